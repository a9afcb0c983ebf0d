"use client";

import { TextInput } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { REFERENT_KINDS, REFERENT_KIND_LABELS } from "@/lib/domain/enums";
import { designateReferentAction } from "../actions";

// The form's schema, loaded when the form is first used (see `SchemaLoader`).
const loadDesignateReferentSchema = () => import("@/lib/validation/workspace").then((m) => m.designateReferentSchema);

/**
 * Designates the referent. When the commune has referents (`current`, their names), the maire says whether the
 * new person replaces them — removed at once, without waiting for the new person's answer, so that someone who
 * left their post loses access today — or joins them.
 */
export function DesignateReferentForm({ code, current = [] }: { code: string; current?: string[] }) {
  const kit = useActionForm(loadDesignateReferentSchema, designateReferentAction, {
    code,
    replace: "",
    kind: "elu",
    eluName: "",
    eluEmail: "",
    agentName: "",
    agentEmail: "",
  });
  const { form, state, pending, formRef, formAction, onSubmit } = kit;
  const kind = form.watch("kind");
  const show = (who: "elu" | "agent") => kind === "binome" || kind === who;

  const person = (who: "elu" | "agent", title: string) => (
    <fieldset className="space-y-4 rounded-md border border-slate-300 p-4">
      <legend className="px-1 font-semibold">{title}</legend>
      <FormField {...kit.field(`${who}Name`)} label="Prénom et nom" required>
        {(control) => <TextInput autoComplete="name" {...control} />}
      </FormField>
      <FormField {...kit.field(`${who}Email`)} label="Adresse e-mail" hint="L'invitation y sera envoyée." required>
        {(control) => <TextInput type="email" autoComplete="email" {...control} />}
      </FormField>
    </fieldset>
  );

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
      <FormStatus state={state} />
      <input {...kit.hidden("code")} />
      {current.length > 0 && (
        <ChoiceGroup
          {...kit.choices("replace")}
          legend={`Et ${current.join(" et ")} ?`}
          hint="Remplacer retire l'accès tout de suite, dès l'envoi de l'invitation, sans attendre la réponse de la nouvelle personne ; un e-mail le dit à la personne retirée."
          options={[
            { value: "remplacer", label: `Remplacer : ${current.join(" et ")} ${current.length > 1 ? "sont retiré·es" : "est retiré·e"} de l'espace dès maintenant` },
            { value: "ajouter", label: `Ajouter : ${current.join(" et ")} ${current.length > 1 ? "restent" : "reste"} référent·e${current.length > 1 ? "s" : ""}` },
          ]}
        />
      )}
      <ChoiceGroup {...kit.choices("kind")} legend="Qui sera référent·e santé ?" options={REFERENT_KINDS.map((k) => ({ value: k, label: REFERENT_KIND_LABELS[k] }))} />
      {show("elu") && person("elu", kind === "binome" ? "L'élu·e du binôme" : "L'élu·e")}
      {show("agent") && person("agent", kind === "binome" ? "L'agent·e du binôme" : "L'agent·e")}
      <Button type="submit" disabled={pending}>
        {pending ? "Envoi…" : kind === "binome" ? "Envoyer les deux invitations" : "Envoyer l'invitation"}
      </Button>
    </form>
  );
}
