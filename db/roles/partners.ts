/**
 * The shared directory of local partners' contacts (ARS delegation, CPAM, intercommunalité…). Listed a page at
 * a time, ordered by partner then organisation (two queries whatever the size); every write is one IMMEDIATE
 * transaction with its history event, scoped by the workspace (another commune's contact is "not found"),
 * refused over a newer version (nothing written).
 */
import { and, asc, count, eq, sql } from "drizzle-orm";
import { write, type DataContext } from "../context";
import { partnerContacts } from "../schema";
import { recordHistory } from "../history";
import { displayName } from "../users";
import { ConflictError, FieldError, FormError, NotFoundError } from "@/lib/domain/errors";
import { ACTOR_LABELS, PARTNERS, type Partner } from "@/lib/domain/enums";
import { formatDateTime } from "@/lib/dates";
import type { PartnerContactFields } from "@/lib/validation/roles";
import { updaterName } from "./shared";
import { literalLimit } from "../prepared";

export type PartnerContact = typeof partnerContacts.$inferSelect;

export const PARTNERS_PAGE_SIZE = 50;
export const CONTACT_NOT_FOUND = "Ce contact n'existe pas ou plus : il a peut-être été supprimé. Rechargez la page.";
const PARTNER_MESSAGE = "Choisissez le type de partenaire dans la liste.";

type Reader = Pick<DataContext, "db" | "workspace">;

/** The partners in the order of PARTNERS (the kit's), not the codes' alphabetical one. */
const partnerOrder = sql.join([sql`case ${partnerContacts.actor}`, ...PARTNERS.map((p, i) => sql`when ${p} then ${i}`), sql`else ${PARTNERS.length} end`], sql` `);

export type PartnerDirectory = { groups: { actor: Partner; contacts: PartnerContact[] }[]; total: number; page: number; pages: number };

/** One page of the directory, grouped by partner in the order of PARTNERS, then by organisation. */
export function listPartnerContacts(ctx: Reader, input: { page?: number } = {}): PartnerDirectory {
  const mine = eq(partnerContacts.workspaceId, ctx.workspace.id);
  const total = ctx.db.select({ n: count() }).from(partnerContacts).where(mine).get()?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / PARTNERS_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(input.page ?? 1) || 1), pages);
  const rows = ctx.db
    .select()
    .from(partnerContacts)
    .where(mine)
    .orderBy(asc(partnerOrder), asc(partnerContacts.organisation), asc(partnerContacts.id))
    .limit(literalLimit(PARTNERS_PAGE_SIZE))
    .offset(literalLimit((page - 1) * PARTNERS_PAGE_SIZE))
    .all();
  const groups = PARTNERS.map((actor) => ({ actor, contacts: rows.filter((r) => r.actor === actor) })).filter((g) => g.contacts.length > 0);
  return { groups, total, page, pages };
}

/** How many contacts each partner has in the directory (one query). */
export function partnerContactCounts(ctx: Reader): Map<Partner, number> {
  const rows = ctx.db
    .select({ actor: partnerContacts.actor, n: count() })
    .from(partnerContacts)
    .where(eq(partnerContacts.workspaceId, ctx.workspace.id))
    .groupBy(partnerContacts.actor)
    .all();
  return new Map(rows.filter((r): r is { actor: Partner; n: number } => isPartner(r.actor)).map((r) => [r.actor, r.n]));
}

/** One contact of the workspace, or undefined (another commune's, deleted, never there). */
export function findPartnerContact(ctx: Reader, input: { id: number }): PartnerContact | undefined {
  return ctx.db
    .select()
    .from(partnerContacts)
    .where(and(eq(partnerContacts.id, input.id), eq(partnerContacts.workspaceId, ctx.workspace.id)))
    .get();
}

const isPartner = (a: string): a is Partner => (PARTNERS as readonly string[]).includes(a);

function checkPartner(fields: PartnerContactFields) {
  if (!isPartner(fields.actor)) throw new FieldError("actor", PARTNER_MESSAGE);
}

/** The stored contact as the form's values, for a conflict. */
export function contactValues(c: PartnerContact): Record<string, string> {
  return { actor: c.actor, organisation: c.organisation, personName: c.personName ?? "", position: c.position ?? "", email: c.email ?? "", phone: c.phone ?? "", note: c.note ?? "" };
}

const who = (c: Pick<PartnerContact, "organisation" | "personName">) => (c.personName ? `${c.personName} (${c.organisation})` : c.organisation);

export function createPartnerContact(ctx: DataContext, input: { contact: PartnerContactFields }): PartnerContact {
  const { workspace, actor, now } = ctx;
  checkPartner(input.contact);
  return write(ctx, (tx) => {
    const contact = tx
      .insert(partnerContacts)
      .values({ workspaceId: workspace.id, ...input.contact, createdBy: actor.id, createdAt: now, updatedBy: actor.id, updatedAt: now })
      .returning()
      .get();
    recordHistory(tx, {
      workspaceId: workspace.id,
      actorId: actor.id,
      action: "partner.created",
      summary: `${displayName(actor)} a ajouté à l'annuaire des partenaires le contact ${who(contact)} — ${ACTOR_LABELS[contact.actor as Partner]}.`,
      createdAt: now,
    });
    return contact;
  });
}

const FIELD_NAMES: Record<keyof PartnerContactFields, string> = {
  actor: "partenaire",
  organisation: "organisme",
  personName: "nom",
  position: "fonction",
  email: "e-mail",
  phone: "téléphone",
  note: "note",
};

function conflictOf(db: DataContext["db"], c: PartnerContact) {
  return new ConflictError({ theirs: contactValues(c), updatedBy: updaterName(db, c.updatedBy), updatedAt: formatDateTime(c.updatedAt), version: c.version });
}

export function updatePartnerContact(ctx: DataContext, input: { id: number; version: number; contact: PartnerContactFields }): { contact: PartnerContact; changed: string[] } {
  const { workspace, actor, now } = ctx;
  checkPartner(input.contact);
  return write(ctx, (tx) => {
    const current = findPartnerContact({ db: tx, workspace }, { id: input.id });
    if (!current) throw new NotFoundError(CONTACT_NOT_FOUND);
    if (current.version !== input.version) throw conflictOf(tx, current);
    const changed = (Object.keys(FIELD_NAMES) as (keyof PartnerContactFields)[]).filter((k) => (current[k] ?? null) !== (input.contact[k] ?? null));
    if (changed.length === 0) return { contact: current, changed: [] };
    const res = tx
      .update(partnerContacts)
      .set({ ...input.contact, version: current.version + 1, updatedBy: actor.id, updatedAt: now })
      .where(and(eq(partnerContacts.id, current.id), eq(partnerContacts.workspaceId, workspace.id), eq(partnerContacts.version, input.version)))
      .run();
    if (res.changes !== 1) throw conflictOf(tx, current);
    const contact = findPartnerContact({ db: tx, workspace }, { id: current.id })!;
    const names = changed.map((k) => FIELD_NAMES[k]);
    recordHistory(tx, {
      workspaceId: workspace.id,
      actorId: actor.id,
      action: "partner.updated",
      summary: `${displayName(actor)} a modifié le contact ${who(contact)} dans l'annuaire des partenaires (${names.join(", ")}).`,
      createdAt: now,
    });
    return { contact, changed: names };
  });
}

export function deletePartnerContact(ctx: DataContext, input: { id: number; version: number }): PartnerContact {
  const { workspace, actor, now } = ctx;
  return write(ctx, (tx) => {
    const current = findPartnerContact({ db: tx, workspace }, { id: input.id });
    if (!current) throw new NotFoundError(CONTACT_NOT_FOUND);
    if (current.version !== input.version) {
      throw new FormError(`${updaterName(tx, current.updatedBy)} a modifié ce contact le ${formatDateTime(current.updatedAt)}, depuis que vous avez ouvert la page : rechargez la page avant de le supprimer.`);
    }
    tx.delete(partnerContacts).where(and(eq(partnerContacts.id, current.id), eq(partnerContacts.workspaceId, workspace.id))).run();
    recordHistory(tx, {
      workspaceId: workspace.id,
      actorId: actor.id,
      action: "partner.deleted",
      summary: `${displayName(actor)} a supprimé de l'annuaire des partenaires le contact ${who(current)} — ${ACTOR_LABELS[current.actor as Partner]}.`,
      createdAt: now,
    });
    return current;
  });
}
