"use client";

import { TextArea } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { rejectClaimAction, transferClaimAction } from "../claim-actions";

// Each form's schema, loaded when the form is first used (see `SchemaLoader`).
const loadRejectClaimSchema = () => import("@/lib/validation/claims").then((m) => m.rejectClaimSchema);
const loadTransferClaimSchema = () => import("@/lib/validation/claims").then((m) => m.transferClaimSchema);

type Ref = { federationId: string; claimId: number; version: number };

export function TransferClaimForm({ federationId, claimId, version, claimant }: Ref & { claimant: string }) {
  const kit = useActionForm(loadTransferClaimSchema, transferClaimAction, { federationId, claimId: String(claimId), version: String(version), checked: false, note: "" });
  const { state, pending, formRef, formAction, onSubmit } = kit;
  const checked = kit.checkbox("checked", { id: `claim-checked-${claimId}` });
  if (state.status === "success") return <FormStatus state={state} />;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <h4 className="font-bold text-slate-900">Transférer le rôle de maire</h4>
      <FormStatus state={state} />
      <input {...kit.hidden("federationId")} />
      <input {...kit.hidden("claimId")} />
      <input {...kit.hidden("version")} />
      <div>
        <label htmlFor={checked.id} className="flex items-start gap-2 text-slate-900">
          <input className="mt-1 h-4 w-4" {...checked.control} />
          <span>J&apos;ai vérifié auprès de la mairie que {claimant} en est le ou la maire</span>
        </label>
        {checked.error && (
          <p id={`${checked.id}-error`} className="mt-1 text-sm font-semibold text-red-700">
            <span className="sr-only">Erreur : </span>
            {checked.error}
          </p>
        )}
      </div>
      <FormField {...kit.field("note", { id: `claim-note-${claimId}` })} label="Comment avez-vous vérifié ? (facultatif)" hint="Gardé dans la revendication, pour mémoire.">
        {(control) => <TextArea rows={2} {...control} />}
      </FormField>
      <Button type="submit" disabled={pending}>
        Transférer le rôle de maire
      </Button>
    </form>
  );
}

export function RejectClaimForm({ federationId, claimId, version }: Ref) {
  const kit = useActionForm(loadRejectClaimSchema, rejectClaimAction, { federationId, claimId: String(claimId), version: String(version), reason: "" });
  const { state, pending, formRef, formAction, onSubmit } = kit;
  if (state.status === "success") return <FormStatus state={state} />;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <h4 className="font-bold text-slate-900">Refuser</h4>
      <FormStatus state={state} />
      <input {...kit.hidden("federationId")} />
      <input {...kit.hidden("claimId")} />
      <input {...kit.hidden("version")} />
      <FormField {...kit.field("reason", { id: `claim-reason-${claimId}` })} label="Motif du refus" hint="Il sera envoyé à la personne qui revendique le rôle." required>
        {(control) => <TextArea rows={3} {...control} />}
      </FormField>
      <Button type="submit" variant="danger" disabled={pending}>
        Refuser la revendication
      </Button>
    </form>
  );
}
