import { Fragment } from "react";
import { Alert } from "@/components/ui/alert";
import { RefreshWhileSending } from "@/components/ui/refresh-while-sending";
import type { Invitee, Meeting } from "@/db/meetings";
import { ownValue } from "@/lib/lookup";
import { isDraft, showsAnswerWarnings } from "@/lib/meetings/phase";
import { FocusOnArrival } from "./focus-on-arrival";
import { inviteeHref } from "@/lib/meetings/invitee-list";

/** What the last action did, by the `?fait=` of the redirect that followed it. */
const DONE: Record<string, string> = {
  preparee: "Brouillon enregistré. Ajoutez les invité·es, vérifiez l'ordre du jour, puis envoyez les invitations : personne n'est prévenu avant.",
  modifiee: "Modifications enregistrées.",
  // The e-mails leave through the outbox: these say what was decided, the list of invitees says what was delivered.
  "mise-a-jour-envoyee": "Modifications enregistrées : un e-mail de mise à jour, avec le fichier d'agenda modifié, part vers chaque invité·e. La liste des invité·es indique s'il a été remis.",
  "invitations-envoyees": "Invitations en cours d'envoi : chaque invité·e va recevoir son lien personnel et le fichier d'agenda. La liste des invité·es indique pour chacun·e « Envoi en cours », « E-mail remis » ou « E-mail non remis » (choisissez alors la personne pour lui renvoyer son lien). Les réponses s'afficheront ici.",
  annulee: "Réunion annulée : un e-mail d'annulation, avec le fichier qui retire la réunion de leur agenda, part vers chaque invité·e.",
  "brouillon-annule": "Réunion annulée. Personne n'avait été invité : aucun e-mail n'est parti.",
  "invite-retire": "La personne a été retirée des invité·es.",
};

/**
 * Above the cards: the outcome of the last action (focused: the action's button may be gone), and the invitations that could not be delivered — the
 * latter only while a new link can still be sent (not once the meeting has started, is held or cancelled).
 */
export function MeetingNotices({ meeting, invitees, done, now }: { meeting: Meeting; invitees: Invitee[]; done: string | undefined; now: Date }) {
  const message = ownValue(DONE, done);
  const failed = showsAnswerWarnings(meeting, now) ? invitees.filter((i) => i.deliveryStatus === "failed") : [];
  const sending = isDraft(meeting) ? 0 : invitees.filter((i) => i.deliveryStatus === "pending").length;
  return (
    <div className="mt-6 space-y-4">
      <RefreshWhileSending pending={sending > 0} />
      {message && (
        <FocusOnArrival>
          <Alert tone="success">{message}</Alert>
        </FocusOnArrival>
      )}
      {sending > 0 && (
        <Alert tone="info">
          Envoi en cours : {sending} e-mail{sending > 1 ? "s" : ""} pas encore remis au serveur de messagerie. Cette page se met à jour d&apos;elle-même.
        </Alert>
      )}
      {failed.length > 0 && (
        <Alert tone="error" title={`${failed.length} e-mail${failed.length > 1 ? "s" : ""} non remis`}>
          {failed.map((f, k) => (
            <Fragment key={f.id}>
              {k > 0 && ", "}
              <a href={inviteeHref({ invite: f.id }, `invite-${f.id}`)} className="font-semibold underline hover:no-underline">
                {f.name}
              </a>{" "}
              ({f.email})
            </Fragment>
          ))}{" "}
          : l&apos;invitation n&apos;a pas pu être remise. Choisissez la personne pour lui renvoyer son lien, ou retirez-la et invitez-la avec la bonne adresse.
        </Alert>
      )}
    </div>
  );
}
