import { Alert } from "@/components/ui/alert";
import type { federationMembership } from "@/db/federations";
import { FEDERATION_ROLE_LABELS } from "@/lib/domain/enums";
import { RemoveFederationMemberForm } from "./remove-member-form";

type Selected = NonNullable<ReturnType<typeof federationMembership>>;

/** The confirmation of removing the selected member (`?retirer=`), with the communes they would leave. */
export function RemoveFederationMemberPanel({ federationId, member, viewerId, cancelHref }: { federationId: string; member: Selected; viewerId: string; cancelHref: string }) {
  const self = member.userId === viewerId;
  const role = FEDERATION_ROLE_LABELS[member.role].toLowerCase();
  return (
    <RemoveFederationMemberForm
      values={{ federationId, memberId: String(member.memberId) }}
      title={self ? `Vous retirer de la fédération (${role}) ?` : `Retirer ${member.name} (${role}) de la fédération ?`}
      confirmLabel={self ? "Oui, me retirer" : `Oui, retirer ${member.name}`}
      cancelHref={cancelHref}
    >
      <p>{self ? "Votre accès à ce rôle prendra fin tout de suite." : "Son accès prendra fin tout de suite : sa prochaine page de la fédération ne s'ouvrira plus. Un e-mail le lui dira, en vous nommant."}</p>
      {member.communes.length > 0 && (
        <p>
          {self ? "Vous accompagnez" : "La personne accompagne"} pour la fédération : <strong>{member.communes.join(", ")}</strong>. {self ? "Vous n'aurez" : "Elle n'aura"} plus accès à{" "}
          {member.communes.length > 1 ? "ces espaces" : "cet espace"} ; les prochaines étapes {self ? "qui vous sont confiées gardent votre nom" : "qui lui sont confiées gardent son nom"}.
        </p>
      )}
      <p>Les invitations qu&apos;elle a envoyées restent valables ; celles qui l&apos;invitent à ce rôle sont retirées. L&apos;historique de la fédération garde la trace du retrait.</p>
    </RemoveFederationMemberForm>
  );
}

export function FederationRemovalDone({ value }: { value: string | undefined }) {
  if (value !== "ok") return null;
  return (
    <Alert tone="success" title="Membre retiré·e" className="mb-4">
      La personne n&apos;a plus accès à ce rôle dans la fédération ; un e-mail part pour l&apos;en prévenir.
    </Alert>
  );
}
