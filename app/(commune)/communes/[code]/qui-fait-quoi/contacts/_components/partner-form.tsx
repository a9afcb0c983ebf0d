"use client";

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
import { ACTOR_LABELS, PARTNERS } from "@/lib/domain/enums";
import { PARTNER_NOTE_MAX } from "@/lib/validation/limits";
import type { PartnerContactForm } from "@/lib/validation/roles";
import { createPartnerContactAction, updatePartnerContactAction } from "../../actions";

const actorLabel = (v: string | undefined) => PARTNERS.find((p) => p === v) ? ACTOR_LABELS[v as (typeof PARTNERS)[number]] : (v ?? "");

// One form for both, typed with the shared string values (each schema reads the keys it knows); loaded when first used.
type ContactSchema = z.ZodMiniType<PartnerContactForm, PartnerContactForm>;
const loadCreateSchema = () => import("@/lib/validation/roles").then((m) => m.createPartnerContactSchema as unknown as ContactSchema);
const loadUpdateSchema = () => import("@/lib/validation/roles").then((m) => m.updatePartnerContactSchema as unknown as ContactSchema);

/**
 * A partner's contact: adding one, or editing it in place in the directory. What was typed is kept when the
 * server refuses it; over a newer version, the fields are compared (the form kit's conflict protocol).
 */
export function PartnerForm({ code, contact, cancelHref }: { code: string; contact?: { id: number; version: number; values: Omit<PartnerContactForm, "code" | "id" | "version"> }; cancelHref: string }) {
  const editing = Boolean(contact);
  const action: (state: ActionState, formData: FormData) => Promise<ActionState> = editing ? updatePartnerContactAction : createPartnerContactAction;
  const initial: PartnerContactForm = {
    code,
    id: contact ? String(contact.id) : "",
    version: contact ? String(contact.version) : "",
    actor: contact?.values.actor ?? "",
    organisation: contact?.values.organisation ?? "",
    personName: contact?.values.personName ?? "",
    position: contact?.values.position ?? "",
    email: contact?.values.email ?? "",
    phone: contact?.values.phone ?? "",
    note: contact?.values.note ?? "",
  };
  const kit = useActionForm(editing ? loadUpdateSchema : loadCreateSchema, action, initial);
  const { state, pending, formRef, formAction, onSubmit } = kit;
  const conflict = useConflict(kit, {
    rows: (c, mine) => [
      { key: "actor", label: "Partenaire", mine: actorLabel(mine.actor), theirs: actorLabel(c.theirs.actor) },
      { key: "organisation", label: "Organisme", mine: mine.organisation ?? "", theirs: c.theirs.organisation ?? "" },
      { key: "personName", label: "Nom", mine: mine.personName ?? "", theirs: c.theirs.personName ?? "" },
      { key: "position", label: "Fonction", mine: mine.position ?? "", theirs: c.theirs.position ?? "" },
      { key: "email", label: "E-mail", mine: mine.email ?? "", theirs: c.theirs.email ?? "" },
      { key: "phone", label: "Téléphone", mine: mine.phone ?? "", theirs: c.theirs.phone ?? "" },
      { key: "note", label: "Note", mine: mine.note ?? "", theirs: c.theirs.note ?? "" },
    ],
    theirs: (c) => ({ ...initial, ...c.theirs, version: String(c.version) }),
  });
  const p = editing ? `contact-${contact!.id}-` : "nouveau-";
  const f = (name: keyof PartnerContactForm, hint = false) => kit.field(name, { id: `${p}${name}`, hint });

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
      <FormStatus state={state} />
      {conflict && <ConflictPanel {...conflict} />}
      <input {...kit.hidden("code")} />
      {editing && (
        <>
          <input {...kit.hidden("id")} />
          <input {...kit.hidden("version")} />
        </>
      )}
      <FormField {...f("actor")} label="Partenaire" required>
        {(control) => (
          <Select {...control}>
            <option value="">— Choisir le partenaire —</option>
            {PARTNERS.map((a) => (
              <option key={a} value={a}>
                {ACTOR_LABELS[a]}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField {...f("organisation", true)} label="Organisme" hint="Par exemple « Délégation départementale de la Lozère » ou « CCAS de la commune »." required>
        {(control) => <TextInput type="text" autoComplete="organization" {...control} />}
      </FormField>
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField {...f("personName")} label="Nom de la personne">
          {(control) => <TextInput type="text" autoComplete="off" {...control} />}
        </FormField>
        <FormField {...f("position")} label="Fonction">
          {(control) => <TextInput type="text" autoComplete="off" {...control} />}
        </FormField>
        <FormField {...f("email")} label="Adresse e-mail">
          {(control) => <TextInput type="email" autoComplete="off" {...control} />}
        </FormField>
        <FormField {...f("phone", true)} label="Téléphone" hint="10 chiffres, par exemple 04 66 32 00 00.">
          {(control) => <TextInput type="tel" autoComplete="off" {...control} />}
        </FormField>
      </div>
      <FormField noHealthData {...f("note", true)} label="Note" hint={`Facultatif : disponibilités, sujets suivis… ${PARTNER_NOTE_MAX.toLocaleString("fr-FR")} caractères au plus.`}>
        {(control) => <TextArea rows={3} {...control} />}
      </FormField>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Enregistrement…" : editing ? "Enregistrer les modifications" : "Ajouter le contact"}
        </Button>
        <Link href={cancelHref} className={buttonClasses("ghost")}>
          Annuler
        </Link>
      </div>
    </form>
  );
}
