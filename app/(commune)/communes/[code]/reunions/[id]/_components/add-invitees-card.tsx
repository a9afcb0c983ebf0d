import { Card } from "@/components/ui/card";
import type { Meeting } from "@/db/meetings";
import { canEdit, invitationsOut } from "@/lib/meetings/phase";
import { InventoryInviteesForm, PastedInviteesForm, TypedInviteeForm, type InvitableProfessional } from "../../_components/invitee-forms";

/** Adding invitees until the meeting starts: from the inventory, typed, or pasted. */
export function AddInviteesCard({ meeting, code, now, pickable }: { meeting: Meeting; code: string; now: Date; pickable: InvitableProfessional[] }) {
  if (!canEdit(meeting, now)) return null;
  const sent = invitationsOut(meeting);
  return (
    <Card title={sent ? "Inviter d'autres personnes" : "Ajouter des invité·es"} headingLevel={2}>
      <p className="mb-5 text-slate-700">
        {sent ? "Les personnes ajoutées maintenant reçoivent leur invitation tout de suite." : "Elles ne sont prévenues qu'à l'envoi des invitations."} Une même adresse n&apos;est invitée qu&apos;une fois.
      </p>
      <div className="space-y-8">
        <section aria-labelledby="depuis-inventaire">
          <h3 id="depuis-inventaire" className="mb-3 text-lg font-bold">
            Depuis l&apos;état des lieux
          </h3>
          {pickable.length === 0 ? (
            <p className="text-slate-700">Aucun·e professionnel·le de l&apos;état des lieux avec une adresse e-mail n&apos;est à inviter.</p>
          ) : (
            <InventoryInviteesForm code={code} meetingId={meeting.id} sent={sent} professionals={pickable} />
          )}
        </section>
        <section aria-labelledby="saisir-invite">
          <h3 id="saisir-invite" className="mb-3 text-lg font-bold">
            Saisir une personne
          </h3>
          <TypedInviteeForm code={code} meetingId={meeting.id} sent={sent} />
        </section>
        <section aria-labelledby="coller-adresses">
          <h3 id="coller-adresses" className="mb-3 text-lg font-bold">
            Coller plusieurs adresses
          </h3>
          <PastedInviteesForm code={code} meetingId={meeting.id} sent={sent} />
        </section>
      </div>
    </Card>
  );
}
