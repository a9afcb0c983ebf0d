import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { MessagePage } from "@/components/ui/message-page";
import { Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { MissionSheet } from "@/components/mission-sheet";
import { findInvitationByToken } from "@/db/invitations";
import { getCurrentUser, publicContext } from "@/lib/auth/guards";
import { signOutAction } from "@/lib/auth/actions";
import { formatDate } from "@/lib/dates";
import { AcceptInvitationForm } from "./_components/accept-form";
import { FOUNDER_HAS_ADMIN, FounderIntro } from "./_components/founder-intro";

export const metadata: Metadata = { title: "Invitation", robots: { index: false, follow: false } };

/** Public: the token is the key. Reading it changes nothing; only the form's POST accepts. */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = findInvitationByToken(publicContext(), { token });
  const user = await getCurrentUser();
  if (!view) {
    return (
      <MessagePage title="Ce lien d'invitation n'est pas valide">
        <p>Il est peut-être incomplet (copiez-le en entier depuis l&apos;e-mail), ou une invitation plus récente l&apos;a remplacé : chaque renvoi crée un nouveau lien.</p>
      </MessagePage>
    );
  }
  const { invitation, state } = view;
  if (state === "accepted") {
    return (
      <MessagePage title="Invitation déjà acceptée">
        <p>Ce lien a déjà servi : chaque invitation ne s&apos;utilise qu&apos;une fois.</p>
        <p>
          Pour revenir sur Boussole, <Link className="underline" href="/connexion">connectez-vous avec votre adresse e-mail</Link>.
        </p>
      </MessagePage>
    );
  }
  if (state === "revoked") {
    return (
      <MessagePage title="Invitation retirée">
        <p>{view.inviterName} a retiré cette invitation. Si c&apos;est une erreur, contactez-le ou contactez-la.</p>
      </MessagePage>
    );
  }
  if (state === "expired" && view.founder) {
    return (
      <MessagePage title="Lien expiré">
        <p>
          Ce lien était valable jusqu&apos;au {formatDate(invitation.expiresAt)}. Chaque nouvelle demande d&apos;une commune à la {view.federationName} arrive
          avec un nouveau lien tant que la fédération n&apos;a pas d&apos;admin sur Boussole : vous pouvez aussi demander à {view.inviterName}
          {view.founder.communeName ? `, maire de ${view.founder.communeName},` : ""} de renvoyer sa demande.
        </p>
      </MessagePage>
    );
  }
  if (view.founder?.hasAdmin) {
    return (
      <MessagePage title="La fédération est déjà sur Boussole">
        <p>{FOUNDER_HAS_ADMIN}</p>
        <p>Chaque admin peut inviter ses collègues depuis la page « Membres de la fédération ».</p>
      </MessagePage>
    );
  }
  if (state === "expired") {
    return (
      <MessagePage title="Invitation expirée">
        <p>
          Ce lien était valable jusqu&apos;au {formatDate(invitation.expiresAt)}. Demandez à {view.inviterName} de vous renvoyer l&apos;invitation.
        </p>
      </MessagePage>
    );
  }
  const wrongAccount = user && user.email !== invitation.email;
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <PageHeader title="Vous êtes invité·e sur Boussole" />
      <Card>
        <p className="text-lg">
          {view.founder ? "Vous pouvez devenir" : `${view.inviterName} vous invite à devenir`} <strong>{view.roleLabel}</strong>.
        </p>
        <p className="mt-3 text-slate-700">
          Invitation adressée à {invitation.name} ({invitation.email}), valable jusqu&apos;au {formatDate(invitation.expiresAt)}.
        </p>
        {view.founder && <FounderIntro view={view} />}
        {invitation.kind === "professionnel" && (
          <p className="mt-3 text-slate-700">
            Vous pourrez vérifier et corriger votre fiche de l&apos;état des lieux de l&apos;offre de santé de la commune : profession, lieu et forme d&apos;exercice, tranche d&apos;âge, projets de départ, intérêt pour un travail en équipe. Votre âge et vos projets de départ ne sont visibles que par l&apos;équipe municipale, la fédération régionale et vous.
          </p>
        )}
        {invitation.kind === "referent" && (
          <>
            <p className="mt-3 text-slate-700">
              Le référent santé fait le lien entre les professionnels de santé, les élus et la fédération régionale. Il ne remplace pas les professionnels : il crée les conditions de leurs échanges. Sa fiche
              missions, tirée du kit des 100 premiers jours, est reprise sous cette invitation.
            </p>
          </>
        )}
        <div className="mt-6">
          {wrongAccount ? (
            <div className="space-y-3">
              <p>
                Vous êtes connecté·e en tant que <strong>{user.email}</strong>, mais cette invitation est adressée à <strong>{invitation.email}</strong>. Déconnectez-vous, puis rouvrez le lien.
              </p>
              <form action={signOutAction}>
                <Button type="submit" variant="secondary">
                  Se déconnecter
                </Button>
              </form>
            </div>
          ) : (
            <>
              {!user && (
                <p className="mb-4 text-sm text-slate-700">
                  En acceptant, {view.founder ? "vous êtes connecté·e avec" : "votre compte est créé avec"} l&apos;adresse {invitation.email}, sans mot de passe : vous
                  vous connecterez ensuite par un lien envoyé par e-mail.
                </p>
              )}
              <AcceptInvitationForm token={token} />
            </>
          )}
        </div>
      </Card>
      {invitation.kind === "referent" && (
        <div className="mt-6 rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
          <MissionSheet showWho={false} />
        </div>
      )}
    </div>
  );
}
