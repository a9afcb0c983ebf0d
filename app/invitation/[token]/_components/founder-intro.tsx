import type { InvitationView } from "@/db/invitations";

/** A federation's founding link: why this mailbox received it, and what accepting gives. */
export function FounderIntro({ view }: { view: InvitationView }) {
  const { invitation, founder } = view;
  return (
    <>
      <p className="mt-3 text-slate-700">
        {view.inviterName}
        {founder?.communeName ? `, maire de ${founder.communeName},` : ""} demande l&apos;accompagnement de la {view.federationName}. La fédération
        n&apos;a pas encore d&apos;espace sur Boussole : ce lien a été envoyé à <strong>{invitation.email}</strong>, son adresse dans l&apos;annuaire du
        mouvement AVECsanté.
      </p>
      <p className="mt-3 text-slate-700">
        En acceptant, ce compte devient admin de la fédération : vous pourrez répondre à la demande, puis inviter vos collègues (admins et
        facilitateurs), chacun à son adresse.
      </p>
    </>
  );
}

/** What the page says instead of the form once the federation has an admin (another link was used first). */
export const FOUNDER_HAS_ADMIN = "La fédération a déjà un·e admin : demandez-lui de vous inviter.";
