import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { DefinitionList } from "@/components/ui/definition-list";
import type { ClaimDetail, federationClaims } from "@/db/federations";
import { formatDate, formatDateTime } from "@/lib/dates";
import { RejectClaimForm, TransferClaimForm } from "./claim-forms";

type Pending = ReturnType<typeof federationClaims>[number];

const claimHref = (base: string, id: number) => `${base}?revendication=${id}#revendication-choisie`;

/**
 * « Revendications de mandat »: the pending claims on the maire role of the communes of the federation's
 * regions (admins only). Only the selected one (`?revendication=`) is read in full, with the decision forms.
 */
export function ClaimsSection({ base, federationId, claims, selected }: { base: string; federationId: string; claims: Pending[]; selected: ClaimDetail | null }) {
  if (claims.length === 0 && !selected) return null;
  return (
    <section aria-labelledby="revendications" className="space-y-3">
      <h2 id="revendications" className="text-xl font-bold text-slate-900">
        Revendications de mandat <Badge tone={claims.length ? "warning" : "neutral"}>{claims.length}</Badge>
      </h2>
      <p className="text-sm text-slate-700">
        Des personnes indiquent être maire d&apos;une commune dont quelqu&apos;un d&apos;autre a ouvert l&apos;espace. Vérifiez auprès de la mairie avant de transférer le rôle.
      </p>
      {selected && <ClaimPanel base={base} federationId={federationId} claim={selected} />}
      {claims.length > 0 && (
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
          {claims.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
              <span className="break-words">
                <strong>{c.communeName}</strong> ({c.departementName ?? ""}) — {c.name}, le {formatDate(c.createdAt)}
              </span>
              <Link href={claimHref(base, c.id)} aria-current={selected?.id === c.id ? "true" : undefined} className="font-semibold text-blue-900 underline hover:no-underline">
                Examiner<span className="sr-only"> la revendication sur {c.communeName}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ClaimPanel({ base, federationId, claim: c }: { base: string; federationId: string; claim: ClaimDetail }) {
  return (
    <div className="rounded-lg border-2 border-blue-900 bg-white p-5 shadow-sm sm:p-6">
      <h3 id="revendication-choisie" tabIndex={-1} className="break-words text-lg font-bold text-slate-900">
        Revendication sur {c.communeName} ({c.departementName ?? ""})
      </h3>
      <DefinitionList
        className="mt-3"
        items={[
          { term: "Commune", detail: `${c.communeName} — code INSEE ${c.communeCode}${c.population ? ` · ${c.population.toLocaleString("fr-FR")} habitants` : ""}` },
          { term: "Maire de l'espace aujourd'hui", detail: c.maires.length ? c.maires.join(", ") : "personne" },
          { term: "Espace", detail: c.verifiedAt ? `vérifié le ${formatDate(c.verifiedAt)}` : "à vérifier" },
          { term: "Demandé par", detail: `${c.name} (${c.role})` },
          { term: "Téléphone", detail: c.phone },
          { term: "Adresse e-mail", detail: c.claimantEmail },
          { term: "Déposée le", detail: formatDateTime(c.createdAt) },
        ]}
      />
      <blockquote className="mt-3 whitespace-pre-line break-words border-l-4 border-slate-300 pl-3 text-slate-800">{c.message}</blockquote>
      {c.status === "pending" ? (
        <>
          <p className="mt-4 text-slate-800">
            Appelez la mairie à son numéro officiel (annuaire de l&apos;administration, site de la commune), pas au numéro de la demande, pour savoir qui en est le ou la maire.
          </p>
          <div className="mt-5 grid gap-6 md:grid-cols-2">
            <TransferClaimForm federationId={federationId} claimId={c.id} version={c.version} claimant={c.name} />
            <RejectClaimForm federationId={federationId} claimId={c.id} version={c.version} />
          </div>
        </>
      ) : (
        // Announced when it replaces the forms, once the decision is saved.
        <Alert tone={c.status === "transferred" ? "success" : "info"} className="mt-4">
          {c.status === "transferred" ? `Rôle de maire transféré à ${c.name}` : `Revendication de ${c.name} refusée`}
          {c.decidedAt ? ` le ${formatDate(c.decidedAt)}` : ""}
          {c.decisionNote ? ` (${c.status === "rejected" ? "motif" : "vérification"} : ${c.decisionNote})` : ""}.
          {c.status === "transferred" && " L'espace est vérifié ; les personnes concernées sont prévenues par e-mail."}
        </Alert>
      )}
      <p className="mt-4">
        <Link href={base} className="text-blue-900 underline hover:no-underline">
          Fermer la revendication
        </Link>
      </p>
    </div>
  );
}
