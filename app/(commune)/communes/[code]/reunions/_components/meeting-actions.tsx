"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, TextArea } from "@/components/ui/field";
import { FormStatus } from "@/components/forms/form-error";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { useActionForm } from "@/components/forms/use-action-form";
import { idle, type ActionState } from "@/lib/actions/state";
import {
  cancelMeetingAction,
  recordAttendanceAction,
  remindInviteesAction,
  removeInviteeAction,
  resendInvitationAction,
  sendInvitationsAction,
} from "../actions";

// Each form's schema, loaded when the form is first used (see `SchemaLoader`).
const loadAttendanceSchema = () => import("@/lib/validation/meetings").then((m) => m.attendanceSchema);
const loadCancelMeetingSchema = () => import("@/lib/validation/meetings").then((m) => m.cancelMeetingSchema);

type Ref = { code: string; meetingId: number };

function Hidden({ code, meetingId, version }: Ref & { version?: number }) {
  return (
    <>
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="meetingId" value={meetingId} />
      {version !== undefined && <input type="hidden" name="version" value={version} />}
    </>
  );
}

/** Asks first; a refusal stops the submission (and says so, for a handler that goes on). */
const confirmed = (message: string) => (e: React.FormEvent<HTMLFormElement>) => {
  if (window.confirm(message)) return true;
  e.preventDefault();
  return false;
};

/** Sending the invitations: a confirmation first, then one e-mail per invitee. */
export function SendInvitationsForm({ code, meetingId, version, count }: Ref & { version: number; count: number }) {
  const [state, action, pending] = useActionState(sendInvitationsAction, idle);
  return (
    <form action={action} onSubmit={confirmed(`Envoyer l'invitation à ${count > 1 ? `${count} personnes` : "1 personne"} ? Chacune recevra un e-mail avec son lien personnel et le fichier d'agenda.`)} className="space-y-3">
      <FormStatus state={state} />
      <Hidden code={code} meetingId={meetingId} version={version} />
      <Button type="submit" disabled={pending || count === 0}>
        {pending ? "Envoi en cours…" : `Envoyer les invitations (${count})`}
      </Button>
    </form>
  );
}

/** Reminding the invitees without an answer (at most once a day each). */
export function RemindForm({ code, meetingId, count }: Ref & { count: number }) {
  const [state, action, pending] = useActionState(remindInviteesAction, idle);
  return (
    <form action={action} onSubmit={count > 0 ? confirmed(`Relancer par e-mail ${count > 1 ? `les ${count} personnes` : "la personne"} sans réponse ?`) : undefined} className="space-y-3">
      <FormStatus state={state} />
      <Hidden code={code} meetingId={meetingId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Relance en cours…" : count > 0 ? `Relancer les personnes sans réponse (${count})` : "Relancer les personnes sans réponse"}
      </Button>
    </form>
  );
}

export function CancelMeetingForm({ code, meetingId, version, invitedCount }: Ref & { version: number; invitedCount: number }) {
  const kit = useActionForm(loadCancelMeetingSchema, cancelMeetingAction, { code, meetingId: String(meetingId), version: String(version), reason: "" });
  const { state, pending, formRef, formAction, onSubmit } = kit;
  const reason = kit.field("reason", { hint: true });
  if (state.status === "success") return <FormStatus state={state} />;
  const ask = confirmed(
    invitedCount > 0
      ? `Annuler la réunion ? ${invitedCount > 1 ? `Les ${invitedCount} invité·es recevront` : "L'invité·e recevra"} un e-mail d'annulation qui retire la réunion de leur agenda. Cette action est définitive.`
      : "Annuler la réunion ? Personne n'a encore été invité. Cette action est définitive.",
  );
  return (
    <details className="rounded-md border border-red-200 bg-white p-4">
      <summary className="cursor-pointer font-semibold text-red-800">Annuler la réunion…</summary>
      <form ref={formRef} action={formAction} onSubmit={(e) => ask(e) && onSubmit(e)} noValidate className="mt-3 space-y-3">
        <FormStatus state={state} />
        <Hidden code={code} meetingId={meetingId} version={version} />
        {invitedCount > 0 && (
          <Field noHealthData id={reason.id} label="Message aux invité·es (facultatif)" hint="Il figurera dans l'e-mail d'annulation." error={reason.error}>
            <TextArea rows={3} {...reason.control} />
          </Field>
        )}
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? "Annulation…" : "Annuler définitivement la réunion"}
        </Button>
      </form>
    </details>
  );
}

/** Per invitee: send the link again (a new one), or remove them while they never received anything. */
export function InviteeActions({ code, meetingId, inviteeId, name, canResend, canRemove, resendLabel }: Ref & { inviteeId: number; name: string; canResend: boolean; canRemove: boolean; resendLabel: string }) {
  const [resendState, resend, resending] = useActionState(resendInvitationAction, idle);
  const [removeState, removeAction, removing] = useActionState(removeInviteeAction, idle);
  if (!canResend && !canRemove) return null;
  const state: ActionState = resendState.status !== "idle" ? resendState : removeState;
  return (
    <div className="space-y-2">
      <FormStatus state={state} />
      <div className="flex flex-wrap gap-2">
        {canResend && (
          <form action={resend}>
            <Hidden code={code} meetingId={meetingId} />
            <input type="hidden" name="inviteeId" value={inviteeId} />
            <Button type="submit" size="sm" variant="secondary" disabled={resending} aria-label={`${resendLabel} à ${name}`}>
              {resending ? "Envoi…" : resendLabel}
            </Button>
          </form>
        )}
        {canRemove && (
          <form action={removeAction} onSubmit={confirmed(`Retirer ${name} des invité·es ?`)}>
            <Hidden code={code} meetingId={meetingId} />
            <input type="hidden" name="inviteeId" value={inviteeId} />
            <Button type="submit" size="sm" variant="ghost" disabled={removing} aria-label={`Retirer ${name} des invité·es`}>
              Retirer
            </Button>
          </form>
        )}
      </div>
    </div>
  );
}

type AttendanceInvitee = { id: number; name: string; profession: string; answerLabel: string; attended: boolean | null; expected: boolean };
type AttendanceMember = { userId: string; name: string; rolesLabel: string; attended: boolean | null };

/** After the meeting: who came. Pre-ticked from the answers ("oui") the first time. */
export function AttendanceForm({ code, meetingId, version, invitees, team, held }: Ref & { version: number; invitees: AttendanceInvitee[]; team: AttendanceMember[]; held: boolean }) {
  const kit = useActionForm(loadAttendanceSchema, recordAttendanceAction, {
    code,
    meetingId: String(meetingId),
    version: String(version),
    inviteeIds: invitees.filter((i) => i.attended ?? i.expected).map((i) => String(i.id)),
    teamUserIds: team.filter((t) => t.attended ?? true).map((t) => t.userId),
  });
  const { state, pending, formRef, formAction, onSubmit } = kit;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
      <FormStatus state={state} />
      {/* The version the page shows: it follows the page once the attendance is recorded. */}
      <Hidden code={code} meetingId={meetingId} version={version} />
      {invitees.length === 0 ? (
        <fieldset>
          <legend className="font-semibold text-slate-900">Professionnel·les invité·es présent·es</legend>
          <p className="text-slate-700">Aucun·e invité·e.</p>
        </fieldset>
      ) : (
        <ChoiceGroup
          {...kit.choices("inviteeIds")}
          type="checkbox"
          legend="Professionnel·les invité·es présent·es"
          options={invitees.map((i) => ({
            value: String(i.id),
            label: (
              <>
                {i.name} <span className="text-sm text-slate-700">{`(${i.profession} — réponse : ${i.answerLabel})`}</span>
              </>
            ),
          }))}
        />
      )}
      <ChoiceGroup
        {...kit.choices("teamUserIds")}
        type="checkbox"
        legend="Équipe municipale et fédération présentes"
        options={team.map((t) => ({
          value: t.userId,
          label: (
            <>
              {t.name} <span className="text-sm text-slate-700">({t.rolesLabel})</span>
            </>
          ),
        }))}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Enregistrement…" : held ? "Corriger les présences" : "Enregistrer les présences : la réunion a eu lieu"}
      </Button>
    </form>
  );
}
