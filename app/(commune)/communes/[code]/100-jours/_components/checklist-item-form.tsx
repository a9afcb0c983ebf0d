"use client";

import Link from "next/link";
import type * as z from "zod/mini";
import { Select, TextArea } from "@/components/ui/field";
import { Button, buttonClasses } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { FormStatus } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { ConflictPanel } from "@/components/forms/conflict-panel";
import { useActionForm } from "@/components/forms/use-action-form";
import { useConflict } from "@/components/forms/use-conflict";
import { CHECKLIST_STATUSES, CHECKLIST_STATUS_LABELS } from "@/lib/domain/enums";
import { ownValue } from "@/lib/lookup";
import { CHECKLIST_NOTE_MAX as NOTE_MAX } from "@/lib/validation/limits";
import type { ChecklistItemFormValues } from "@/lib/validation/checklist";
import { updateChecklistItemAction } from "../actions";

export type OwnerOption = { value: string; label: string };

export type ChecklistItemFormProps = {
  code: string;
  item: { code: string; title: string };
  /** The stored version: 0 while nobody had touched the item. */
  version: number;
  values: { status: string; owner: string; note: string };
  owners: OwnerOption[];
  /** Set when the item ticked itself: its status comes from the facts, not from this form. */
  doneBecause: string | null;
  cancelHref: string;
};

const STATUS_OPTIONS = CHECKLIST_STATUSES.map((s) => ({ value: s, label: CHECKLIST_STATUS_LABELS[s] }));
const statusLabel = (s: string | undefined) => ownValue(CHECKLIST_STATUS_LABELS, s) ?? s ?? "";

/** The item's schema (loaded when the form is first used), typed with the values the form holds. */
const loadSchema = () =>
  import("@/lib/validation/checklist").then((m) => m.checklistItemSchema as unknown as z.ZodMiniType<ChecklistItemFormValues, ChecklistItemFormValues>);

/** One item's status, owner and note; a save over a newer version shows both versions (the form kit's protocol). */
export function ChecklistItemForm({ code, item, version, values, owners, doneBecause, cancelHref }: ChecklistItemFormProps) {
  const initial: ChecklistItemFormValues = { code, item: item.code, version: String(version), ...values };
  const kit = useActionForm(loadSchema, updateChecklistItemAction, initial);
  const { state, pending, formRef, formAction, onSubmit } = kit;
  const ownerLabel = (v: string | undefined) => (v ? (owners.find((o) => o.value === v)?.label ?? v) : "Personne pour l'instant");

  const conflict = useConflict(kit, {
    rows: (c, mine) => [
      ...(doneBecause ? [] : [{ key: "status", label: "Statut", mine: statusLabel(mine.status), theirs: statusLabel(c.theirs.status) }]),
      { key: "owner", label: "Qui s'en charge", mine: ownerLabel(mine.owner), theirs: c.theirs.ownerLabel || "Personne pour l'instant" },
      { key: "note", label: "Note", mine: mine.note ?? "", theirs: c.theirs.note },
    ],
    theirs: (c) => ({ ...initial, version: String(c.version), status: c.theirs.status, owner: c.theirs.owner, note: c.theirs.note }),
  });

  const ownerField = kit.field("owner", { id: "checklist-owner", hint: true });
  const noteField = kit.field("note", { id: "checklist-note", hint: true });

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-5" aria-label={`Statut, responsable et note : ${item.title}`}>
      <FormStatus state={state} />
      {conflict && <ConflictPanel {...conflict} />}
      <input {...kit.hidden("code")} />
      <input {...kit.hidden("item")} />
      <input {...kit.hidden("version")} />
      {doneBecause ? (
        <>
          <input {...kit.hidden("status")} />
          <p className="rounded-md border-l-4 border-green-700 bg-green-50 p-3 text-sm text-green-950">
            <span className="font-semibold">Statut : fait, d&apos;après ce qui s&apos;est passé dans l&apos;espace.</span> {doneBecause}. Cet élément s&apos;est coché tout seul : son statut ne se
            change pas à la main, mais vous pouvez dire qui le suit et ajouter une note.
          </p>
        </>
      ) : (
        <ChoiceGroup {...kit.choices("status", { id: "checklist-status" })} legend="Où en est cet élément" options={STATUS_OPTIONS} inline required />
      )}
      <FormField {...ownerField} label="Qui s'en charge" hint="Un membre de l'équipe de la commune : le ou la maire, un·e référent·e santé, un·e facilitateur·rice de la fédération.">
        {(control) => (
          <Select {...control}>
            <option value="">— Personne pour l&apos;instant —</option>
            {owners.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField noHealthData {...noteField} label="Note" hint={`Facultatif : où vous en êtes, ce qui reste à faire, avec qui… ${NOTE_MAX.toLocaleString("fr-FR")} caractères au plus.`}>
        {(control) => <TextArea rows={3} {...control} />}
      </FormField>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Enregistrement…" : "Enregistrer"}
        </Button>
        <Link href={cancelHref} className={buttonClasses("ghost")}>
          Annuler
        </Link>
      </div>
    </form>
  );
}
