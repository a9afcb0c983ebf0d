import { Pager } from "@/components/ui/pager";
import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Button, ButtonLink } from "@/components/ui/button";
import { TextInput } from "@/components/ui/field";
import { Badge } from "@/components/ui/badge";
import { userWorkspacesPage, roleLabels, MY_SPACES_PAGE_SIZE } from "@/db/workspaces";
import { userFederations } from "@/db/federations";
import { requireUser, publicContext } from "@/lib/auth/guards";
import { FEDERATION_ROLE_LABELS } from "@/lib/domain/enums";

export const metadata: Metadata = { title: "Mes espaces" };

type Search = { page?: string | string[]; commune?: string | string[] };
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : "");

/** The address of a page of "Mes communes", keeping the filter. */
function href(query: string, page: number) {
  const params = new URLSearchParams();
  if (query) params.set("commune", query);
  if (page > 1) params.set("page", String(page));
  const qs = params.toString();
  return `/espace${qs ? `?${qs}` : ""}`;
}

/**
 * A person's communes, 20 a page (a facilitator may accompany hundreds), with a name filter once there is more
 * than a page; both are in the address (a GET form and plain links), so they work without JavaScript.
 */
export default async function MySpacesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requireUser("/espace");
  const ctx = { ...publicContext(), actor: user };
  const search = await searchParams;
  const query = one(search.commune).trim().slice(0, 100);
  const list = userWorkspacesPage(ctx, { page: Number(one(search.page)) || 1, query });
  const communes = list.rows;
  const federations = userFederations(ctx);
  const filterable = list.total > MY_SPACES_PAGE_SIZE || query !== "";
  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <PageHeader
        title="Mes espaces"
        description={`Connecté·e en tant que ${user.name ?? user.email}.`}
        actions={<ButtonLink href="/communes/nouvelle">Ouvrir l&apos;espace d&apos;une commune</ButtonLink>}
      />
      <div className="mt-8 grid gap-6 md:grid-cols-2">
        <Card title="Mes communes">
          {filterable && (
            <form method="get" action="/espace" role="search" aria-label="Chercher parmi mes communes" className="mb-4 flex flex-wrap items-end gap-3">
              <div className="min-w-0 flex-1 space-y-1">
                <label htmlFor="filtre-commune" className="block font-semibold text-slate-900">
                  Nom de la commune
                </label>
                <TextInput id="filtre-commune" name="commune" defaultValue={query} className="w-full" />
              </div>
              <Button type="submit" variant="secondary">
                Chercher
              </Button>
              {query && (
                <Link href="/espace" className="text-blue-900 underline hover:no-underline">
                  Toutes mes communes
                </Link>
              )}
            </form>
          )}
          {filterable && (
            <p role="status" className="mb-2 text-slate-800">
              {list.total === 0
                ? `Aucune de vos communes ne contient « ${query} ».`
                : `${list.total} commune${list.total > 1 ? "s" : ""}${query ? ` contenant « ${query} »` : ""}${list.pages > 1 ? ` — page ${list.page} sur ${list.pages}` : ""}.`}
            </p>
          )}
          {communes.length === 0 && !query ? (
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
          <Pager label="Pages de mes communes" page={list.page} pages={list.pages} href={(page) => href(query, page)} className="mt-4" />
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
