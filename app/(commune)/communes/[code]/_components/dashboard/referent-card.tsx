import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { WorkspaceOverview } from "@/db/workspaces";
import { REFERENT_CAPACITY_LABELS } from "@/lib/domain/enums";

export type ReferentCardProps = {
  referents: WorkspaceOverview["referents"];
  openInvitations: WorkspaceOverview["openInvitations"];
  /** Whether the viewer may designate the referent (the mayor). */
  mayDesignate: boolean;
  base: string;
};

/** Who the health referent is, or the invitation waiting for an answer, or the way to designate one. */
export function ReferentCard({ referents, openInvitations, mayDesignate, base }: ReferentCardProps) {
  return (
    <Card title="Référent santé" headingLevel={2}>
      {referents.length > 0 ? (
        <ul className="space-y-1">
          {referents.map((r) => (
            <li key={r.userId}>
              <strong>{r.name}</strong> ({r.capacity ? REFERENT_CAPACITY_LABELS[r.capacity] : "référent·e"})
            </li>
          ))}
        </ul>
      ) : (
        <p>Pas encore de référent·e.</p>
      )}
      {openInvitations.length > 0 && (
        <p className="mt-2 text-sm">
          <Badge tone="warning">Invitation en attente</Badge> {openInvitations.map((i) => i.name).join(", ")}
        </p>
      )}
      {mayDesignate && referents.length === 0 && openInvitations.length === 0 && (
        <p className="mt-4">
          <ButtonLink href={`${base}/referent`} size="sm">
            Désigner le référent santé
          </ButtonLink>
        </p>
      )}
      {mayDesignate && referents.length > 0 && openInvitations.length === 0 && (
        <p className="mt-3 text-sm">
          <Link className="underline" href={`${base}/referent`}>
            Remplacer ou retirer le référent
          </Link>
        </p>
      )}
      {openInvitations.length > 0 && mayDesignate && (
        <p className="mt-3 text-sm">
          <Link className="underline" href={`${base}/referent`}>
            Suivre les invitations
          </Link>
        </p>
      )}
    </Card>
  );
}
