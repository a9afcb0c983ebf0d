"use client";

import { useEffect, useId, useRef, useState } from "react";
import Link from "next/link";
import type * as z from "zod/mini";
import { Select, TextArea, TextInput } from "@/components/ui/field";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { ConflictPanel } from "@/components/forms/conflict-panel";
import { useActionForm } from "@/components/forms/use-action-form";
import { useConflict } from "@/components/forms/use-conflict";
import type { ActionState } from "@/lib/actions/state";
import { formatDate } from "@/lib/dates";
import { nextStepsPath } from "@/lib/next-steps/messages";
import type { OwnerGroup } from "@/lib/next-steps/owner";
import { DETAILS_MAX, TITLE_MAX } from "@/lib/validation/limits";
import type { NextStepFormValues } from "@/lib/validation/next-steps";
import { createNextStepAction, updateNextStepAction } from "../actions";

export type NextStepFormProps = {
  code: string;
  /** The meeting whose synthesis the step comes from: its invitees are among the owners, the due date starts on its day. */
  meetingId?: number;
  /** The synthesis's lead the step is made from, shown above the fields and kept with the step. */
  lead?: string;
  /** The owner select's groups (`nextStepOwnerOptions`). */
  owners: OwnerGroup[];
  /** The first day allowed ("YYYY-MM-DD"), the meeting's day (`firstDueDay`); the server checks it too. */
  minDue?: string;
  defaultTitle?: string;
  /** Editing a step: its id, version and the form's values (`nextStepForEdit`). */
  step?: { id: number; version: number; values: { title: string; details: string; owner: string; dueOn: string } };
  /** Where "Annuler" goes, when editing. */
  cancelHref?: string;
  /** The ids' prefix, when several forms share a page; by default, unique per form made from a meeting. */
  idPrefix?: string;
};

const ownerLabelOf = (groups: OwnerGroup[], value: string | undefined) => groups.flatMap((g) => g.options).find((o) => o.value === value)?.label ?? value ?? "";

// One form for both, typed with the shared string values (each schema reads the keys it knows); loaded when first used.
type StepSchema = z.ZodMiniType<NextStepFormValues, NextStepFormValues>;
const loadCreateSchema = () => import("@/lib/validation/next-steps").then((m) => m.createNextStepSchema as unknown as StepSchema);
const loadUpdateSchema = () => import("@/lib/validation/next-steps").then((m) => m.updateNextStepSchema as unknown as StepSchema);

/**
 * A next step: what, who, by when. Adding answers on the form itself (a success message, and a way to add
 * another), so that it works on its own page and beside each lead of a synthesis; editing saves and goes
 * back to the list. What was typed is kept when the server refuses it.
 */
export function NextStepForm({ code, meetingId, lead, owners, minDue, defaultTitle, step, cancelHref, idPrefix }: NextStepFormProps) {
  const editing = Boolean(step);
  const action: (state: ActionState, formData: FormData) => Promise<ActionState> = editing ? updateNextStepAction : createNextStepAction;
  const initial: NextStepFormValues = {
    code,
    meetingId: meetingId ? String(meetingId) : "",
    lead: lead ?? "",
    nextStepId: step ? String(step.id) : "",
    version: step ? String(step.version) : "",
    title: step?.values.title ?? defaultTitle ?? "",
    details: step?.values.details ?? "",
    owner: step?.values.owner ?? "",
    dueOn: step?.values.dueOn ?? "",
  };
  const kit = useActionForm(editing ? loadUpdateSchema : loadCreateSchema, action, initial);
  const { form, state, pending, formRef, formAction, onSubmit } = kit;

  const auto = useId().replace(/[^A-Za-z0-9_-]/g, "");
  const p = idPrefix ?? (meetingId && !editing ? `etape-${auto}-` : "");
  const id = (name: string) => `${p}${name}`;

  // After an addition: the message, and the form again only when asked for ("Ajouter une autre…").
  const [another, setAnother] = useState<ActionState | null>(null);
  const added = !editing && state.status === "success" && state !== another;
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (added) doneRef.current?.focus();
  }, [added]);

  const conflict = useConflict(kit, {
    rows: (c, mine) => [
      { key: "title", label: "Intitulé", mine: mine.title ?? "", theirs: c.theirs.title },
      { key: "owner", label: "Qui s'en charge", mine: ownerLabelOf(owners, mine.owner), theirs: c.theirs.ownerLabel },
      { key: "dueOn", label: "Date prévue", mine: mine.dueOn ? formatDate(mine.dueOn) : "", theirs: c.theirs.dueOn ? formatDate(c.theirs.dueOn) : "" },
      { key: "details", label: "Précisions", mine: mine.details ?? "", theirs: c.theirs.details },
    ],
    theirs: (c) => ({ ...initial, version: String(c.version), title: c.theirs.title, details: c.theirs.details, owner: c.theirs.owner, dueOn: c.theirs.dueOn }),
  });

  if (added) {
    return (
      <div ref={doneRef} tabIndex={-1} className="space-y-3 rounded-md border-l-4 border-green-700 bg-green-50 p-4 text-green-950">
        <p role="status" aria-live="polite">
          {state.status === "success" ? state.message : null}
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href={nextStepsPath(code)} className={buttonClasses("secondary", "sm")}>
            Voir toutes les prochaines étapes
          </Link>
          <Button
            type="button"
            size="sm"
            variant="ghost"
            onClick={() => {
              form.reset({ ...initial, title: "" });
              setAnother(state);
            }}
          >
            Ajouter une autre prochaine étape
          </Button>
        </div>
      </div>
    );
  }

  const titleField = kit.field("title", { id: id("title"), hint: true });
  const ownerField = kit.field("owner", { id: id("owner"), hint: true });
  const dueField = kit.field("dueOn", { id: id("dueOn"), hint: true });
  const detailsField = kit.field("details", { id: id("details"), hint: true });

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
      <FormStatus state={state} />
      {conflict && <ConflictPanel {...conflict} />}
      <input {...kit.hidden("code")} />
      {editing ? (
        <>
          <input {...kit.hidden("nextStepId")} />
          <input {...kit.hidden("version")} />
        </>
      ) : (
        <>
          <input {...kit.hidden("meetingId")} />
          <input {...kit.hidden("lead")} />
        </>
      )}
      {lead && !editing && (
        <p className="text-slate-800">
          <span className="font-semibold">Piste de la synthèse :</span> « {lead} »
        </p>
      )}
      <FormField {...titleField} label="Ce qu'il faut faire" hint={`Une phrase qui commence par un verbe : « Visiter le local de l'ancienne poste ». ${TITLE_MAX} caractères au plus.`} required>
        {(control) => <TextInput type="text" autoComplete="off" {...control} />}
      </FormField>
      <FormField
        {...ownerField}
        label="Qui s'en charge"
        hint="Un membre de l'espace, une personne invitée ou recensée sans compte, ou un acteur (la commune, l'ARS, la CPAM…). Les personnes qui ont un compte sont prévenues par e-mail."
        required
      >
        {(control) => (
          <Select {...control}>
            <option value="">— Choisir qui s&apos;en charge —</option>
            {owners.map((g) => (
              <optgroup key={g.label} label={g.label}>
                {g.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </Select>
        )}
      </FormField>
      <FormField {...dueField} label="Date prévue" hint={minDue ? `Le jour de la réunion (${formatDate(minDue)}) ou plus tard.` : "Le jour où cette étape devrait être faite."} required>
        {(control) => <TextInput type="date" min={minDue} className="sm:max-w-xs" {...control} />}
      </FormField>
      <FormField noHealthData {...detailsField} label="Précisions" hint={`Facultatif : avec qui, comment, les documents utiles… ${DETAILS_MAX.toLocaleString("fr-FR")} caractères au plus.`}>
        {(control) => <TextArea rows={3} {...control} />}
      </FormField>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Enregistrement…" : editing ? "Enregistrer les modifications" : "Ajouter la prochaine étape"}
        </Button>
        {cancelHref && (
          <Link href={cancelHref} className={buttonClasses("ghost")}>
            Annuler
          </Link>
        )}
      </div>
    </form>
  );
}
