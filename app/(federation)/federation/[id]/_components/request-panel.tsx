import Link from "next/link";
import type { federationRequestDetail } from "@/db/federations";
import { displayName, isDeletedAccount } from "@/db/users";
import { formatDate, formatDateTime } from "@/lib/dates";
import { AcceptRequestForm, DeclineRequestForm } from "./decision-forms";
import { UnassignFacilitatorForm } from "./unassign-facilitator";
import { ofCommune } from "@/lib/federation/query";

type Detail = NonNullable<ReturnType<typeof federationRequestDetail>>;
type Person = { userId: string; name: string; role: string };
type Facilitator = { userId: string; name: string };

/**
 * The selected request (`?demande=`): what the mayor wrote, and — for the federation's admins, while it waits —
 * the two decision forms. Only this request carries forms, however many wait.
 */
export function RequestPanel({
  federationId,
  request,
  facilitators,
  people,
  mayDecide,
  mayUnassign,
  closeHref,
}: {
  federationId: string;
  request: Detail;
  facilitators: Facilitator[];
  people: Person[];
  mayDecide: boolean;
  /** An admin (`federation.members`): the accepted request's facilitators can be unassigned here. */
  mayUnassign: boolean;
  closeHref: string;
}) {
  const names = facilitators.map((f) => f.name);
  const r = request;
  return (
    <section aria-labelledby="demande-choisie" className="rounded-lg border-2 border-blue-900 bg-white p-5 shadow-sm sm:p-6">
      <h2 id="demande-choisie" className="break-words text-xl font-bold text-slate-900">
        Demande {ofCommune(r.communeName)} ({r.departementName ?? ""})
      </h2>
      <p className="mt-2 text-sm text-slate-700">
        Demande de {displayName({ name: r.requesterName, email: r.requesterEmail })}{isDeletedAccount({ email: r.requesterEmail }) ? "" : ` (${r.requesterEmail})`}, le {formatDateTime(r.requestedAt)} · mandat commencé le {formatDate(r.mandateStart)}
        {r.population ? ` · ${r.population.toLocaleString("fr-FR")} habitants` : ""}
      </p>
      <p className="mt-1 text-sm font-semibold text-slate-800">
        {r.verifiedAt ? `Mandat du maire vérifié le ${formatDate(r.verifiedAt)}.` : "Espace à vérifier : le mandat du maire n'a pas encore été confirmé auprès de la mairie."}
      </p>
      <blockquote className="mt-3 whitespace-pre-line break-words border-l-4 border-slate-300 pl-3 text-slate-800">{r.message}</blockquote>
      {r.status === "pending" ? (
        mayDecide ? (
          <div className="mt-5 grid gap-6 md:grid-cols-2">
            <AcceptRequestForm
              federationId={federationId}
              requestId={r.id}
              communeName={r.communeName}
              requesterName={r.requesterName ?? r.requesterEmail}
              people={people}
              needsVerification={r.verifiedAt === null}
            />
            <DeclineRequestForm federationId={federationId} requestId={r.id} />
          </div>
        ) : (
          <p className="mt-4 text-slate-800">Un·e admin de la fédération répondra à cette demande.</p>
        )
      ) : (
        <p className="mt-4 font-semibold text-slate-900">
          {r.status === "accepted" && `Demande acceptée le ${r.decidedAt ? formatDate(r.decidedAt) : "—"}${names.length ? ` ; ${names.join(" et ")} ${names.length > 1 ? "accompagnent" : "accompagne"} la commune.` : "."}`}
          {r.status === "declined" && `Demande déclinée le ${r.decidedAt ? formatDate(r.decidedAt) : "—"}${r.declineReason ? ` (motif : ${r.declineReason})` : ""}.`}
          {r.status === "withdrawn" && `La commune a retiré cette demande le ${r.decidedAt ? formatDate(r.decidedAt) : "—"}.`}
        </p>
      )}
      {r.status === "accepted" && mayUnassign && <UnassignFacilitatorForm federationId={federationId} communeCode={r.communeCode} communeName={r.communeName} facilitators={facilitators} />}
      <p className="mt-4">
        <Link href={closeHref} className="text-blue-900 underline hover:no-underline">
          Fermer la demande et revenir aux communes
        </Link>
      </p>
    </section>
  );
}
