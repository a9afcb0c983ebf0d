import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { buttonClasses } from "@/components/ui/button";
import { openSessionCount } from "@/db/account";
import { userFederations } from "@/db/federations";
import { roleLabels, userWorkspacesPage } from "@/db/workspaces";
import { requireAccount } from "@/lib/auth/guards";
import { FEDERATION_ROLE_LABELS } from "@/lib/domain/enums";
import { NameForm } from "./_components/name-form";
import { DeleteAccountForm, SignOutEverywhereForm } from "./_components/account-forms";

export const metadata: Metadata = { title: "Mon profil" };

const PROFILE_COMMUNES = 10;

export default async function ProfilePage() {
  const { user, data } = await requireAccount("profile.edit", "/profil");
  // A facilitator may hold a role in hundreds of communes: the first ones here, all of them on /espace (paged).
  const communes = userWorkspacesPage(data, { size: PROFILE_COMMUNES });
  const federations = userFederations(data);
  const sessions = openSessionCount(data);
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <PageHeader
        title="Mon profil"
        breadcrumbs={[{ href: "/espace", label: "Mes espaces" }, { label: "Mon profil" }]}
        description={
          <>
            Connecté·e avec l&apos;adresse <strong className="break-all">{user.email}</strong>.
          </>
        }
      />
      <div className="mt-8 space-y-6">
        <Card title="Mon nom">
          <NameForm name={user.name ?? ""} />
        </Card>

        <Card title="Mes rôles">
          {communes.total === 0 && federations.length === 0 ? (
            <p className="text-slate-800">Vous n&apos;avez de rôle dans aucune commune ni aucune fédération.</p>
          ) : (
            <>
              {communes.total > 0 && (
                <ul className="divide-y divide-slate-200">
                  {communes.rows.map((c) => (
                    <li key={c.code} className="py-2">
                      <Link href={`/communes/${c.code}`} className="font-semibold text-blue-900 underline">
                        {c.name}
                      </Link>{" "}
                      — {roleLabels(c.roles).join(", ")}
                    </li>
                  ))}
                </ul>
              )}
              {communes.total > communes.rows.length && (
                <p className="py-2 text-slate-800">
                  {`Et ${communes.total - communes.rows.length} autre${communes.total - communes.rows.length > 1 ? "s" : ""} commune${communes.total - communes.rows.length > 1 ? "s" : ""}. `}
                  <Link href="/espace" className="font-semibold text-blue-900 underline">
                    Voir toutes mes communes ({communes.total})
                  </Link>
                </p>
              )}
              {federations.length > 0 && (
                <ul className="divide-y divide-slate-200 border-t border-slate-200">
                  {federations.map((f) => (
                    <li key={f.id} className="py-2">
                      <Link href={`/federation/${f.id}`} className="font-semibold text-blue-900 underline">
                        {f.name}
                      </Link>{" "}
                      — {f.roles.map((r) => FEDERATION_ROLE_LABELS[r]).join(", ")}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </Card>

        <Card title="Mes connexions">
          <p className="mb-4 text-slate-800">
            {sessions <= 1 ? "Vous êtes connecté·e sur cet appareil." : `Vous êtes connecté·e sur ${sessions} appareils ou navigateurs, celui-ci compris.`} Un appareil perdu, un ordinateur partagé ? Déconnectez-vous partout : il faudra ensuite redemander un lien de connexion sur chaque appareil.
          </p>
          <SignOutEverywhereForm />
        </Card>

        <Card title="Mes données">
          <p className="mb-4 text-slate-800">
            Tout ce que Boussole garde sur vous — compte, rôles, invitations envoyées et reçues, réponses aux rencontres, ce que vous avez écrit — dans un fichier JSON.
          </p>
          <a href="/profil/donnees" download className={buttonClasses("secondary")}>
            Télécharger mes données
          </a>
        </Card>

        <Card title="Supprimer mon compte">
          <p className="mb-4 text-slate-800">
            Vos rôles et vos connexions prennent fin, votre adresse et votre nom sont effacés. Ce que vous avez écrit dans les espaces (notes, réunions, étapes) reste pour l&apos;équipe, sous « compte supprimé ». Une commune garde toujours un maire et une fédération un·e admin : s&apos;il ne reste que vous, transmettez d&apos;abord le rôle.
          </p>
          <DeleteAccountForm />
        </Card>
      </div>
    </div>
  );
}
