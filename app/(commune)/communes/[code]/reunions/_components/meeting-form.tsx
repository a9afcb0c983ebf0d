"use client";

import Link from "next/link";
import { useWatch } from "react-hook-form";
import { Field, TextInput } from "@/components/ui/field";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { ConflictPanel } from "@/components/forms/conflict-panel";
import { useActionForm } from "@/components/forms/use-action-form";
import { useConflict } from "@/components/forms/use-conflict";
import type { ActionState } from "@/lib/actions/state";
import { MEETING_KINDS, MEETING_KIND_LABELS } from "@/lib/domain/enums";
import { meetingConflictRows, meetingValuesFromTheirs } from "@/lib/meetings/form-values";
import type { MeetingValues } from "@/lib/validation/meetings";
import { todayInParis } from "@/lib/dates";
import { lengthWarningText, meetingLengthWarning } from "@/lib/meetings/schedule";
import { AgendaEditor } from "./agenda-editor";

// The form's schema, loaded when the form is first used (see `SchemaLoader`).
const loadMeetingSchema = () => import("@/lib/validation/meetings").then((m) => m.meetingSchema);

export type TeamOption = { userId: string; name: string; rolesLabel: string };

const KIND_OPTIONS = MEETING_KINDS.map((k) => ({ value: k, label: MEETING_KIND_LABELS[k] }));

/** Preparing a meeting: details, who prepares it, and the timed agenda (editable, reorderable with the keyboard). */
export function MeetingForm({
  action,
  defaults,
  team,
  submitLabel,
  notifyCount = 0,
  cancelHref,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  defaults: MeetingValues;
  team: TeamOption[];
  submitLabel: string;
  /** Invitees who will receive an update if the date, time, duration or place change. */
  notifyCount?: number;
  cancelHref: string;
}) {
  const kit = useActionForm(loadMeetingSchema, action, defaults);
  const { form, state, pending, formRef, formAction, onSubmit } = kit;
  const [date, time, durationMinutes, place, version, kind] = useWatch({ control: form.control, name: ["date", "time", "durationMinutes", "place", "version", "kind"] });

  // A save over a newer version: both shown side by side until the user keeps one.
  const conflict = useConflict(kit, {
    rows: (c, mine) => meetingConflictRows(c.theirs, mine),
    theirs: (c) => ({ code: defaults.code, meetingId: defaults.meetingId, version: String(c.version), ...meetingValuesFromTheirs(c.theirs) }),
  });

  const scheduleChanged =
    date !== defaults.date || time !== defaults.time || String(durationMinutes) !== String(defaults.durationMinutes) || (place ?? "").trim() !== (defaults.place ?? "").trim();

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    if (notifyCount > 0 && scheduleChanged) {
      const ok = window.confirm(
        `L'horaire ou le lieu change : ${notifyCount > 1 ? `les ${notifyCount} invité·es recevront` : "l'invité·e recevra"} un e-mail de mise à jour avec le fichier d'agenda modifié. Enregistrer et prévenir ?`,
      );
      if (!ok) {
        event.preventDefault();
        return;
      }
    }
    onSubmit(event);
  };

  const title = kit.field("title");
  const day = kit.field("date", { hint: true });
  const start = kit.field("time", { hint: true });
  const duration = kit.field("durationMinutes", { hint: true });
  const where = kit.field("place", { hint: true });
  // The kit's 1 h to 1 h 30 for a first meeting: a warning beside the length, as it is typed (never a refusal).
  const lengthWarning = duration.error ? null : meetingLengthWarning(durationMinutes, kind);
  const durationDescribedBy = [duration.control["aria-describedby"], lengthWarning ? "durationMinutes-warning" : null].filter(Boolean).join(" ") || undefined;

  return (
    <form ref={formRef} action={formAction} onSubmit={submit} noValidate className="space-y-8">
      <FormStatus state={state} />
      {conflict && <ConflictPanel {...conflict} />}
      <input type="hidden" defaultValue={defaults.code} {...form.register("code")} />
      <input type="hidden" defaultValue={defaults.meetingId} {...form.register("meetingId")} />
      {/* Its value changes when the user keeps their version after a conflict. */}
      <input type="hidden" value={version ?? ""} {...form.register("version")} />

      <fieldset className="space-y-5">
        <legend className="text-xl font-bold text-slate-900">La réunion</legend>
        <Field id={title.id} label="Titre" error={title.error} required>
          <TextInput autoComplete="off" {...title.control} />
        </Field>
        <ChoiceGroup {...kit.choices("kind")} legend="Type de réunion" options={KIND_OPTIONS} inline />
        <div className="grid gap-5 sm:grid-cols-3">
          <Field id={day.id} label="Date" hint="Heure de Paris." error={day.error} required>
            <TextInput type="date" min={todayInParis()} {...day.control} />
          </Field>
          <Field id={start.id} label="Heure de début" hint="Par exemple 18:30." error={start.error} required>
            <TextInput type="time" {...start.control} />
          </Field>
          <Field id={duration.id} label="Durée (en minutes)" hint="De 15 minutes à 4 heures ; le kit conseille 60 à 90." error={duration.error} required>
            <TextInput type="number" inputMode="numeric" min={15} max={240} step={5} {...duration.control} aria-describedby={durationDescribedBy} />
          </Field>
        </div>
        <div role="status" aria-live="polite">
          {lengthWarning && (
            <p id="durationMinutes-warning" data-testid="duration-warning" className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-sm text-amber-950">
              <span className="sr-only">Attention : </span>
              {lengthWarningText(lengthWarning)}
            </p>
          )}
        </div>
        <Field id={where.id} label="Lieu" hint="Une salle municipale, une adresse, ou un lien de visioconférence." error={where.error} required>
          <TextInput autoComplete="off" {...where.control} />
        </Field>
        <ChoiceGroup
          {...kit.choices("preparerIds")}
          type="checkbox"
          legend="Qui prépare la réunion"
          hint="La fédération régionale et l'équipe municipale la préparent ensemble."
          options={team.map((t) => ({
            value: t.userId,
            label: (
              <>
                {t.name} <span className="text-sm text-slate-700">({t.rolesLabel})</span>
              </>
            ),
          }))}
        />
      </fieldset>

      <AgendaEditor kit={kit} />

      <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-6">
        <Button type="submit" disabled={pending}>
          {pending ? "Enregistrement…" : submitLabel}
        </Button>
        <Link href={cancelHref} className={buttonClasses("ghost")}>
          Annuler
        </Link>
        {notifyCount > 0 && (
          <p className="w-full text-sm text-slate-700">
            Les invitations sont parties : un changement de date, d&apos;heure, de durée ou de lieu enverra une mise à jour aux {notifyCount} invité·es.
          </p>
        )}
      </div>
    </form>
  );
}
