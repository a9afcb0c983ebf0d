import { Pager } from "@/components/ui/pager";
import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { contactValues, findPartnerContact, listPartnerContacts, type PartnerContact } from "@/db/roles";
import { requireCommuneRole } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { ACTOR_LABELS } from "@/lib/domain/enums";
import { firstParam, ownValue } from "@/lib/lookup";
import { contactsPath, rolesPath } from "@/lib/roles/paths";
import type { PartnerContactForm } from "@/lib/validation/roles";
import { ContactCard } from "./_components/contact-card";
import { DeleteContact } from "./_components/delete-contact";
import { PartnerForm } from "./_components/partner-form";

export const metadata: Metadata = { title: "Annuaire des partenaires" };

type Search = Record<string, string | string[] | undefined>;

const DONE: Record<string, string> = {
  ajoute: "Le contact a été ajouté à l'annuaire.",
  modifie: "Le contact a été enregistré.",
  inchange: "Aucune modification : le contact est resté tel quel.",
  supprime: "Le contact a été supprimé de l'annuaire.",
};

const pageOf = (v: string | undefined) => (v && /^\d{1,6}$/.test(v) ? Number(v) : 1);

export default async function PartnerContactsPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<Search> }) {
  const { code } = await params;
  const ctx = await requireCommuneRole(code, "partners.view");
  const q = await searchParams;
  const edit = can(ctx.roles, "partners.edit");
  const base = contactsPath(ctx.commune.code);
  const page = pageOf(firstParam(q.page));
  const directory = listPartnerContacts(ctx.data, { page });
  const adding = edit && firstParam(q.ajouter) === "1";
  const editedId = edit ? firstParam(q.contact) : undefined;
  const edited = editedId && /^[1-9]\d{0,11}$/.test(editedId) ? findPartnerContact(ctx.data, { id: Number(editedId) }) : undefined;
  const done = ownValue(DONE, firstParam(q.fait));
  const here = (extra: string) => `${base}?${directory.page > 1 ? `page=${directory.page}&` : ""}${extra}`;
  const listed = new Set(directory.groups.flatMap((g) => g.contacts.map((c) => c.id)));

  const editForm = (c: PartnerContact) => (
    <div key={c.id} id={`contact-${c.id}`} className="scroll-mt-4 space-y-4 rounded-lg border-2 border-blue-800 bg-white p-4">
      <h3 className="text-lg font-bold text-slate-900">Modifier le contact « {c.organisation} »</h3>
      <PartnerForm
        code={ctx.commune.code}
        contact={{ id: c.id, version: c.version, values: contactValues(c) as Omit<PartnerContactForm, "code" | "id" | "version"> }}
        cancelHref={`${here("").replace(/[?&]$/, "")}#contact-${c.id}`}
      />
      <DeleteContact code={ctx.commune.code} id={c.id} version={c.version} name={c.personName ? `${c.personName} (${c.organisation})` : c.organisation} />
    </div>
  );

  return (
    <>
      <PageHeader
        title="Annuaire des partenaires"
        breadcrumbs={[{ href: rolesPath(ctx.commune.code), label: "Qui fait quoi" }, { label: "Annuaire des partenaires" }]}
        description="Les contacts locaux de la commune, partagés par l'équipe : délégation de l'ARS, CPAM, MSA, intercommunalité, CCAS, CPTS, contrat local de santé, acteurs sociaux…"
        actions={edit && !adding ? <ButtonLink href={`${base}?ajouter=1#nouveau-contact`}>Ajouter un contact</ButtonLink> : undefined}
      />
      <div className="mt-6 space-y-8">
        {done && <Alert tone="success">{done}</Alert>}
        {editedId && !edited && <Alert tone="warning">Ce contact n&apos;existe pas ou plus : il a peut-être été supprimé.</Alert>}

        {adding && (
          <section id="nouveau-contact" aria-labelledby="nouveau-contact-titre" className="scroll-mt-4 space-y-4 rounded-lg border-2 border-blue-800 bg-white p-5">
            <h2 id="nouveau-contact-titre" className="text-xl font-bold text-slate-900">
              Ajouter un contact
            </h2>
            <PartnerForm code={ctx.commune.code} cancelHref={base} />
          </section>
        )}
        {edited && !listed.has(edited.id) && editForm(edited)}

        {directory.total === 0 ? (
          <EmptyState title="Aucun contact pour l'instant" headingLevel={2} action={edit && !adding ? <ButtonLink href={`${base}?ajouter=1#nouveau-contact`}>Ajouter un contact</ButtonLink> : undefined}>
            <p>Réunissez ici les coordonnées des partenaires que l&apos;équipe sollicite : chacun les retrouve au même endroit.</p>
          </EmptyState>
        ) : (
          <>
            <p className="text-slate-800">
              {directory.total} contact{directory.total > 1 ? "s" : ""}
              {directory.pages > 1 ? ` — page ${directory.page} sur ${directory.pages}` : ""}.
            </p>
            {directory.groups.map((g) => (
              <section key={g.actor} id={`partenaire-${g.actor}`} aria-labelledby={`partenaire-${g.actor}-titre`} className="scroll-mt-4 space-y-3">
                <h2 id={`partenaire-${g.actor}-titre`} className="text-xl font-bold text-slate-900">
                  {ACTOR_LABELS[g.actor]}
                </h2>
                <ul className="grid gap-4 md:grid-cols-2">
                  {g.contacts.map((c) => (
                    <li key={c.id} className={edited?.id === c.id ? "md:col-span-2" : undefined}>
                      {edited?.id === c.id ? editForm(c) : <ContactCard contact={c} editHref={edit ? `${here(`contact=${c.id}`)}#contact-${c.id}` : undefined} />}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
            <Pager label="Pages de l'annuaire" page={directory.page} pages={directory.pages} href={(page) => `${base}?page=${page}`} />
          </>
        )}
      </div>
    </>
  );
}
