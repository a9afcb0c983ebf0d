import type { Metadata } from "next";
import { RefreshWhileSending } from "@/components/ui/refresh-while-sending";
import { isVerified, unverifiedRefusal } from "@/lib/trust/verification";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { professionalForEdit } from "@/db/inventory";
import { requireCommuneRole } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { formatDate, formatDateTime } from "@/lib/dates";
import { lineTitle } from "@/lib/inventory/professions";
import { DeleteRecord } from "../../_components/delete-record";
import { InviteProfessionalForm, ProfessionalInvitationActions } from "../../_components/invite-professional";
import { ProfessionalForm } from "../../_components/professional-form";
import { deleteProfessionalAction, eraseProfessionalAction } from "../../actions";
import { labelFor } from "@/lib/privacy/names";

export const metadata: Metadata = { title: "Fiche d'un professionnel — État des lieux" };

/** The team edits any line; a professional only their own (any other is "not found"). */
export default async function ProfessionalPage({ params, searchParams }: { params: Promise<{ code: string; id: string }>; searchParams: Promise<{ bienvenue?: string }> }) {
  const { code, id } = await params;
  const ctx = await requireCommuneRole(code, ["inventory.edit", "inventory.confirmOwnLine"]);
  const lineId = /^\d{1,9}$/.test(id) ? Number(id) : NaN;
  if (!Number.isSafeInteger(lineId)) notFound();
  const team = can(ctx.roles, "inventory.edit");
  const found = professionalForEdit(ctx.data, { id: lineId, team });
  if (!found) notFound();
  const { view: line, values } = found;
  const { bienvenue } = await searchParams;
  const base = `/communes/${ctx.commune.code}/etat-des-lieux`;
  const own = line.isOwn;
  const confirmed = line.source === "professionnel";
  const title = own ? "Ma fiche" : line.name ?? "Fiche anonyme";

  return (
    <>
      <PageHeader
        title={title}
        breadcrumbs={[{ href: base, label: "État des lieux" }, { label: own ? "Ma fiche" : lineTitle(line) }]}
        description={
          own
            ? `Voici ce que l'état des lieux de ${ctx.commune.name} dit de vous. Corrigez ce qui est inexact, puis confirmez : votre fiche sera marquée « confirmée par le professionnel ».`
            : "Les modifications sont visibles aussitôt par l'équipe municipale et la fédération, et inscrites à l'historique."
        }
      />
      <div className="mt-6 space-y-6">
        {bienvenue && own && (
          <Alert tone="success" title="Bienvenue sur Boussole">
            Votre compte est créé et relié à votre fiche. Votre âge et vos projets de départ ne sont visibles que par l&apos;équipe municipale, la fédération et vous.
          </Alert>
        )}
        {!own && confirmed && (
          <Alert tone="info" title="Fiche confirmée par le professionnel">
            {line.confirmedAt ? `Confirmée le ${formatDate(line.confirmedAt)}. ` : ""}Vos modifications lui seront visibles ; la fiche reste marquée « confirmée ».
          </Alert>
        )}
        <p className="text-sm text-slate-700">
          Version {line.version}, enregistrée le {formatDateTime(line.updatedAt)}
          {line.updatedByName ? ` par ${labelFor(line.updatedByName, team)}` : ""}.
        </p>
        <Card>
          <ProfessionalForm
            code={ctx.commune.code}
            communeName={ctx.commune.name}
            mode={own ? "own" : "edit"}
            defaults={{ ...values, id: String(line.id), version: String(line.version) }}
            canSetSource={!own && !confirmed}
            cancelHref={base}
          />
        </Card>

        {own && !team && (
          <p className="text-sm text-slate-700">
            Vous préférez ne pas figurer dans l&apos;état des lieux ? Demandez la suppression de votre fiche au référent santé de la commune ou à la fédération régionale : leurs noms figurent sur le{" "}
            <Link href={`/communes/${ctx.commune.code}`} className="underline">
              tableau de bord
            </Link>
            .
          </p>
        )}

        {team && !own && (
          <Card title="Invitation à confirmer la fiche" headingLevel={2}>
            {line.linkedAccount ? (
              <p>
                <Badge tone="success">Compte relié</Badge> Cette fiche est reliée au compte de {line.linkedAccount} : la personne peut la vérifier et la corriger elle-même.
              </p>
            ) : (
              <div className="space-y-4">
                <p className="text-slate-800">
                  Le professionnel reçoit un lien personnel pour vérifier sa fiche ; son compte est créé quand il l&apos;accepte. Il voit alors sa propre fiche, les autres sans leur âge ni leurs projets de départ.
                </p>
                {line.invitation && (
                  <div className="space-y-2 rounded-md border border-slate-200 p-3">
                    <p>
                      Invitation à <strong>{line.invitation.email}</strong>
                      {line.invitation.lastSentAt ? `, remise le ${formatDateTime(line.invitation.lastSentAt)}` : ""}.{" "}
                      <RefreshWhileSending pending={line.invitation.deliveryStatus === "pending"} />
                      {line.invitation.deliveryStatus === "failed" ? (
                        <Badge tone="danger">E-mail non remis</Badge>
                      ) : line.invitation.deliveryStatus === "pending" ? (
                        <Badge tone="info">Envoi en cours</Badge>
                      ) : line.invitation.state === "expired" ? (
                        <Badge tone="warning">Lien expiré le {formatDate(line.invitation.expiresAt)}</Badge>
                      ) : (
                        <Badge tone="info">Valable jusqu&apos;au {formatDate(line.invitation.expiresAt)}</Badge>
                      )}
                    </p>
                    <ProfessionalInvitationActions code={ctx.commune.code} invitationId={line.invitation.id} email={line.invitation.email} />
                  </div>
                )}
                {isVerified(ctx.workspace) ? (
                  <InviteProfessionalForm code={ctx.commune.code} id={line.id} email={line.invitation?.email ?? line.email ?? ""} again={Boolean(line.invitation)} />
                ) : (
                  <p data-testid="invite-capped" className="text-slate-800">
                    {unverifiedRefusal("professional_invitation")}
                  </p>
                )}
              </div>
            )}
          </Card>
        )}

        {team && (
          <DeleteRecord
            action={deleteProfessionalAction}
            code={ctx.commune.code}
            id={line.id}
            version={line.version}
            label="Supprimer cette fiche"
            question={`Supprimer définitivement la fiche ${lineTitle(line)} de l'état des lieux${line.linkedAccount ? " ? La personne perdra aussi son accès à l'espace de la commune" : ""} ?`}
          />
        )}

        {team && !own && can(ctx.roles, "members.remove") && (
          <DeleteRecord
            action={eraseProfessionalAction}
            code={ctx.commune.code}
            id={line.id}
            version={line.version}
            label="Effacer cette personne (droit à l'effacement)"
            question={`Effacer la fiche ${lineTitle(line)}, et avec elle son nom, son adresse et son téléphone partout où l'espace de la commune les a gardés ?`}
            explanation="Son nom, son adresse e-mail et son téléphone sont remplacés par « un·e professionnel·le (effacé) » dans l'historique, les rencontres et les prochaines étapes ; ses liens personnels et les e-mails conservés qui lui étaient adressés sont supprimés. Ses réponses aux rencontres ne comptent plus que par sa profession. C'est définitif."
            confirmLabel="Oui, effacer définitivement"
          />
        )}
      </div>
    </>
  );
}
