import { Alert } from "@/components/ui/alert";
import type { RemovedMember } from "@/db/workspaces";
import { COMMUNE_ROLE_LABELS } from "@/lib/domain/enums";
import { RemoveMemberForm } from "./remove-member-form";

/** The `?retirer=` of a team list, read by the page: a positive id, or null (absent or malformed: no selection). */
export function selectedMemberId(value: string | string[] | undefined): number | null {
  const n = typeof value === "string" && /^\d{1,12}$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

/** The confirmation of removing the selected member, for the maire. */
export function RemoveMemberPanel({ code, member, viewerId, from, cancelHref }: { code: string; member: RemovedMember; viewerId: string; from: "equipe" | "referent"; cancelHref: string }) {
  const self = member.userId === viewerId;
  const role = COMMUNE_ROLE_LABELS[member.role].toLowerCase();
  return (
    <RemoveMemberForm
      values={{ code, memberId: String(member.memberId), from }}
      title={self ? `Vous retirer de l'espace de la commune (${role}) ?` : `Retirer ${member.name} (${role}) de l'espace de la commune ?`}
      confirmLabel={self ? "Oui, me retirer" : `Oui, retirer ${member.name}`}
      cancelHref={cancelHref}
    >
      <p>
        {self
          ? "Votre accès prendra fin tout de suite : les pages de la commune ne s'ouvriront plus pour vous."
          : `Son accès prendra fin tout de suite : sa prochaine page de la commune ne s'ouvrira plus. Un e-mail le lui dira, en vous nommant.`}
      </p>
      {member.role === "professionnel" && <p>Sa fiche de l&apos;état des lieux reste ; elle n&apos;est simplement plus reliée à son compte.</p>}
      <p>Ce que {self ? "vous avez" : "la personne a"} écrit reste dans l&apos;espace, et l&apos;historique de la commune garde la trace du retrait.</p>
    </RemoveMemberForm>
  );
}

/** What the page says after a removal (`?retrait=`), where the list is. */
export function RemovalDone({ value }: { value: string | string[] | undefined }) {
  if (value !== "ok") return null;
  return (
    <Alert tone="success" title="Accès retiré" className="mb-4">
      La personne ne peut plus ouvrir l&apos;espace de la commune ; un e-mail part pour l&apos;en prévenir.
    </Alert>
  );
}
