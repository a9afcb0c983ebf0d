"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, TextArea, describedBy } from "@/components/ui/field";
import { FormStatus } from "@/components/forms/form-error";
import { idle, type ActionState } from "@/lib/actions/state";
import {
  cancelMeetingAction,
  recordAttendanceAction,
  remindInviteesAction,
  removeInviteeAction,
  resendInvitationAction,
  sendInvitationsAction,
} from "../actions";

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

const confirmed = (message: string) => (e: React.FormEvent<HTMLFormElement>) => {
  if (!window.confirm(message)) e.preventDefault();
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
  const [state, action, pending] = useActionState(cancelMeetingAction, idle);
  const error = state.status === "error" ? state.fieldErrors.reason : undefined;
  if (state.status === "success") return <FormStatus state={state} />;
  return (
    <details className="rounded-md border border-red-200 bg-white p-4">
      <summary className="cursor-pointer font-semibold text-red-800">Annuler la réunion…</summary>
      <form
        action={action}
        onSubmit={confirmed(
          invitedCount > 0
            ? `Annuler la réunion ? ${invitedCount > 1 ? `Les ${invitedCount} invité·es recevront` : "L'invité·e recevra"} un e-mail d'annulation qui retire la réunion de leur agenda. Cette action est définitive.`
            : "Annuler la réunion ? Personne n'a encore été invité. Cette action est définitive.",
        )}
        className="mt-3 space-y-3"
      >
        <FormStatus state={state} />
        <Hidden code={code} meetingId={meetingId} version={version} />
        {invitedCount > 0 && (
          <Field id="reason" label="Message aux invité·es (facultatif)" hint="Il figurera dans l'e-mail d'annulation." error={error}>
            <TextArea id="reason" name="reason" rows={3} aria-invalid={error ? true : undefined} aria-describedby={describedBy("reason", { hint: true, error: Boolean(error) })} defaultValue={state.status === "error" ? state.values.reason : undefined} />
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
export function AttendanceForm({ code, meetingId, invitees, team, held }: Ref & { invitees: AttendanceInvitee[]; team: AttendanceMember[]; held: boolean }) {
  const [state, action, pending] = useActionState(recordAttendanceAction, idle);
  return (
    <form action={action} className="space-y-5">
      <FormStatus state={state} />
      <Hidden code={code} meetingId={meetingId} />
      <fieldset>
        <legend className="font-semibold text-slate-900">Professionnel·les invité·es présent·es</legend>
        {invitees.length === 0 ? (
          <p className="text-slate-700">Aucun·e invité·e.</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {invitees.map((i) => (
              <li key={i.id}>
                <label className="flex items-center gap-2">
                  <input type="checkbox" name="inviteeIds" value={i.id} defaultChecked={i.attended ?? i.expected} className="h-4 w-4" />
                  {i.name} <span className="text-sm text-slate-700">({i.profession} — réponse : {i.answerLabel})</span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <fieldset>
        <legend className="font-semibold text-slate-900">Équipe municipale et fédération présentes</legend>
        <ul className="mt-2 space-y-1">
          {team.map((t) => (
            <li key={t.userId}>
              <label className="flex items-center gap-2">
                <input type="checkbox" name="teamUserIds" value={t.userId} defaultChecked={t.attended ?? true} className="h-4 w-4" />
                {t.name} <span className="text-sm text-slate-700">({t.rolesLabel})</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? "Enregistrement…" : held ? "Corriger les présences" : "Enregistrer les présences : la réunion a eu lieu"}
      </Button>
    </form>
  );
}
