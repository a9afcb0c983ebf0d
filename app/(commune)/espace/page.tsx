import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { userWorkspaces, roleLabels } from "@/db/workspaces";
import { userFederations } from "@/db/federations";
import { requireUser, publicContext } from "@/lib/auth/guards";
import { FEDERATION_ROLE_LABELS } from "@/lib/domain/enums";

export const metadata: Metadata = { title: "Mes espaces" };

export default async function MySpacesPage() {
  const user = await requireUser("/espace");
  const ctx = { ...publicContext(), actor: user };
  const communes = userWorkspaces(ctx);
  const federations = userFederations(ctx);
  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <PageHeader
        title="Mes espaces"
        description={`Connecté·e en tant que ${user.name ?? user.email}.`}
        actions={<ButtonLink href="/communes/nouvelle">Ouvrir l&apos;espace d&apos;une commune</ButtonLink>}
      />
      <div className="mt-8 grid gap-6 md:grid-cols-2">
        <Card title="Mes communes">
          {communes.length === 0 ? (
            <p className="text-slate-700">
              {federations.length > 0
                ? "Vous n'êtes encore désigné·e dans aucune commune. Les demandes des communes et celles que votre fédération accompagne sont dans l'espace de la fédération."
                : "Vous n'avez encore de rôle dans aucune commune. Maire nouvellement élu·e ? Ouvrez l'espace de votre commune. Référent·e ou professionnel·le ? Attendez l'invitation envoyée par la commune."}
            </p>
          ) : (
            <ul className="divide-y divide-slate-200">
              {communes.map((c) => (
                <li key={c.code} className="flex flex-wrap items-center justify-between gap-2 py-3">
                  <Link href={`/communes/${c.code}`} className="font-semibold text-blue-900 underline">
                    {c.name} <span className="font-normal text-slate-600">({c.departementCode})</span>
                  </Link>
                  <span className="flex flex-wrap gap-1">
                    {roleLabels(c.roles).map((r) => (
                      <Badge key={r} tone="info">
                        {r}
                      </Badge>
                    ))}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        {federations.length > 0 && (
          <Card title="Mes fédérations">
            <ul className="divide-y divide-slate-200">
              {federations.map((f) => (
                <li key={f.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                  <Link href={`/federation/${f.id}`} className="font-semibold text-blue-900 underline">
                    {f.shortName}
                  </Link>
                  <span className="flex flex-wrap gap-1">
                    {f.roles.map((r) => (
                      <Badge key={r} tone="neutral">
                        {FEDERATION_ROLE_LABELS[r]}
                      </Badge>
                    ))}
                  </span>
                </li>
              ))}
            </ul>
          </Card>
        )}
      </div>
    </div>
  );
}
