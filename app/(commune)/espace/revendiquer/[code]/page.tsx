import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { claimableCommune, noWorkspaceMessage } from "@/db/workspaces";
import { requireAccount } from "@/lib/auth/guards";
import { formatDate } from "@/lib/dates";
import { ClaimForm } from "./_components/claim-form";

export const metadata: Metadata = { title: "Je suis le/la maire de cette commune" };

/**
 * "Je suis le/la maire de cette commune": someone else opened the commune's workspace. The claim goes to the
 * federation of the region, who checks with the town hall before transferring the maire role. The page never
 * says who holds the workspace.
 */
export default async function ClaimPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const { user, data } = await requireAccount("workspace.claim", `/espace/revendiquer/${code}`);
  const found = claimableCommune(data, { code });
  if (!found) notFound();
  const { commune, reviewers } = found;
  const reviewing = reviewers.filter((f) => f.adminEmails.length > 0);
  const place = `${commune.name}${commune.departementName ? ` (${commune.departementName})` : ""}`;
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <PageHeader
        title={`Je suis le/la maire de ${commune.name}`}
        breadcrumbs={[{ href: "/espace", label: "Mes espaces" }, { href: "/communes/nouvelle", label: "Nouvelle commune" }, { label: "Revendiquer" }]}
        description={found.hasWorkspace ? `Un espace existe déjà pour ${place} sur Boussole. Si vous en êtes le ou la maire, demandez le rôle de maire de cet espace.` : undefined}
      />
      <div className="mt-8 space-y-6">
        {!found.hasWorkspace ? (
          <Alert tone="info" title="Rien à revendiquer">
            <p>{noWorkspaceMessage(commune.name)}</p>
            <p className="mt-2">
              <Link href={`/communes/nouvelle?q=${encodeURIComponent(commune.name)}`} className="font-semibold text-blue-900 underline">
                Ouvrir l&apos;espace de {commune.name}
              </Link>
            </p>
          </Alert>
        ) : found.isMaire ? (
          <Alert tone="info" title="Vous êtes déjà maire de cette commune">
            <Link href={`/communes/${commune.code}`} className="font-semibold text-blue-900 underline">
              Ouvrir l&apos;espace de {commune.name}
            </Link>
          </Alert>
        ) : found.pendingSince ? (
          <Alert tone="info" title="Votre revendication est en cours d'examen">
            Déposée le {formatDate(found.pendingSince)}.{" "}
            {reviewing.length
              ? `Les admins de la ${reviewing.map((f) => f.shortName).join(" et de la ")} vérifient auprès de la mairie`
              : "L'équipe Boussole vérifie auprès de la mairie"}{" "}
            ; vous recevrez la réponse par e-mail, à {user.email}.
          </Alert>
        ) : (
          <>
            <Card title="Comment cela se passe">
              <ol className="list-decimal space-y-2 pl-5 text-slate-800">
                <li>Vous indiquez qui vous êtes et comment vous joindre.</li>
                <li>
                  {reviewing.length
                    ? `Les admins de la ${reviewing.map((f) => f.shortName).join(" et de la ")}, fédération de votre région, vérifient auprès de la mairie.`
                    : "L'équipe Boussole vérifie auprès de la mairie (la fédération de votre région n'est pas encore sur Boussole)."}
                </li>
                <li>Après vérification, le rôle de maire de l&apos;espace vous est transféré ; la personne qui le tenait le perd. Vous êtes prévenu·e par e-mail.</li>
              </ol>
            </Card>
            <Card title="Votre revendication">
              <ClaimForm code={commune.code} name={user.name ?? ""} />
            </Card>
          </>
        )}
      </div>
    </div>
  );
}
