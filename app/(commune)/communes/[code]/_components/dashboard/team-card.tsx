import Link from "next/link";
import type { Member } from "@/db/workspaces";
import { REFERENT_CAPACITY_LABELS } from "@/lib/domain/enums";
import { memberName } from "@/lib/privacy/names";

function roleLabel(m: Member): string {
  switch (m.role) {
    case "maire":
      return "Maire";
    case "referent":
      return `Référent·e santé (${m.capacity ? REFERENT_CAPACITY_LABELS[m.capacity] : ""})`;
    case "facilitateur":
      return "Facilitateur·rice de la fédération";
    case "professionnel":
      return "Professionnel·le de santé";
  }
}

/** "Qui participe": everyone who holds a role in the workspace, with that role; for the maire, the way to the team's page. */
export function TeamCard({ members, viewerIsTeam, teamHref }: { members: Member[]; viewerIsTeam: boolean; teamHref?: string }) {
  return (
    <section className="mt-8" aria-labelledby="equipe">
      <h2 id="equipe" className="text-xl font-bold text-slate-900">
        Qui participe
      </h2>
      <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {members.map((m) => {
          const name = memberName(m, viewerIsTeam);
          return (
            <li key={`${m.userId}-${m.role}`} className="break-words rounded-md border border-slate-200 bg-white p-3">
              {name ? (
                <>
                  <span className="font-semibold">{name}</span>
                  <span className="block text-sm text-slate-700">{roleLabel(m)}</span>
                </>
              ) : (
                <span className="font-semibold">{roleLabel(m)}</span>
              )}
            </li>
          );
        })}
      </ul>
      {teamHref && (
        <p className="mt-3 text-sm">
          <Link className="underline" href={teamHref}>
            Gérer l&apos;équipe : retirer quelqu&apos;un de l&apos;espace
          </Link>
        </p>
      )}
    </section>
  );
}
