"use client";

import Link from "next/link";
import { TextArea } from "@/components/ui/field";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { ConflictPanel } from "@/components/forms/conflict-panel";
import { useActionForm } from "@/components/forms/use-action-form";
import { useConflict } from "@/components/forms/use-conflict";
import type { Actor } from "@/lib/domain/enums";
import { ofActor } from "@/lib/roles/labels";
import { RESPONSIBILITY_MAX } from "@/lib/validation/limits";
import type { ResponsibilityForm as Values } from "@/lib/validation/roles";
import { saveResponsibilityAction } from "../actions";

// The form's schema, loaded when the form is first used (see `SchemaLoader`).
const loadResponsibilitySchema = () => import("@/lib/validation/roles").then((m) => m.responsibilitySchema);

/**
 * One actor's responsibilities, in place in its section. Saving goes back to the page; over a newer version,
 * both texts are compared (the form kit's conflict protocol) and what the user typed is kept.
 */
export function ResponsibilityForm({ code, actor, version, text, cancelHref }: { code: string; actor: Actor; version: number; text: string; cancelHref: string }) {
  const initial: Values = { code, actor, version: String(version), text };
  const kit = useActionForm(loadResponsibilitySchema, saveResponsibilityAction, initial);
  const { state, pending, formRef, formAction, onSubmit } = kit;
  const conflict = useConflict(kit, {
    rows: (c, mine) => [{ key: "text", label: `Le rôle ${ofActor(actor)}`, mine: mine.text ?? "", theirs: c.theirs.text ?? "" }],
    theirs: (c) => ({ ...initial, version: String(c.version), text: c.theirs.text ?? "" }),
  });
  const textField = kit.field("text", { id: `texte-${actor}`, hint: true });
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormStatus state={state} />
      {conflict && <ConflictPanel {...conflict} />}
      <input {...kit.hidden("code")} />
      <input {...kit.hidden("actor")} />
      <input {...kit.hidden("version")} />
      <FormField noHealthData
        {...textField}
        label={`Le rôle ${ofActor(actor)}`}
        hint={`Une responsabilité par ligne, écrite avec les intéressés. Laissez vide pour effacer. ${RESPONSIBILITY_MAX.toLocaleString("fr-FR")} caractères au plus.`}
      >
        {(control) => <TextArea rows={8} {...control} />}
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
