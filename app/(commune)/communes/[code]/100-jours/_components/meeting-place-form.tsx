"use client";

import type * as z from "zod/mini";
import { TextInput } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { ConflictPanel } from "@/components/forms/conflict-panel";
import { useActionForm } from "@/components/forms/use-action-form";
import { useConflict } from "@/components/forms/use-conflict";
import { MEETING_PLACE_MAX } from "@/lib/validation/limits";
import type { MeetingPlaceFormValues } from "@/lib/validation/checklist";
import { setMeetingPlaceAction } from "../actions";

/** The place's schema (loaded when the form is first used), typed with the values the form holds. */
const loadSchema = () =>
  import("@/lib/validation/checklist").then((m) => m.meetingPlaceSchema as unknown as z.ZodMiniType<MeetingPlaceFormValues, MeetingPlaceFormValues>);

/** The regular meeting place the commune offers; its version is the time it was last set (0: never). */
export function MeetingPlaceForm({ code, place, version }: { code: string; place: string; version: number }) {
  const initial: MeetingPlaceFormValues = { code, version: String(version), meetingPlace: place };
  const kit = useActionForm(loadSchema, setMeetingPlaceAction, initial);
  const { state, pending, formRef, formAction, onSubmit } = kit;
  const conflict = useConflict(kit, {
    rows: (c, mine) => [{ key: "meetingPlace", label: "Lieu de rencontre", mine: mine.meetingPlace ?? "", theirs: c.theirs.meetingPlace }],
    theirs: (c) => ({ ...initial, version: String(c.version), meetingPlace: c.theirs.meetingPlace }),
  });
  const field = kit.field("meetingPlace", { id: "meeting-place", hint: true });
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Lieu de rencontre régulier">
      <FormStatus state={state} />
      {conflict && <ConflictPanel {...conflict} />}
      <input {...kit.hidden("code")} />
      <input {...kit.hidden("version")} />
      <FormField
        {...field}
        label="Lieu de rencontre régulier proposé aux professionnels"
        hint={`Le lieu, et si possible le rythme : « Salle du conseil municipal, le premier mardi du mois ». ${MEETING_PLACE_MAX} caractères au plus. L'enregistrer coche l'élément.`}
        required
      >
        {(control) => <TextInput type="text" autoComplete="off" {...control} />}
      </FormField>
      <Button type="submit" disabled={pending}>
        {pending ? "Enregistrement…" : place ? "Changer le lieu" : "Enregistrer le lieu"}
      </Button>
    </form>
  );
}
