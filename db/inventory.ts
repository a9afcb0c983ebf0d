/**
 * The inventory (état des lieux): professionals' lines and the notes of the other themes. Every read and write
 * takes the workspace: a line of another commune is "not found". Every write runs in a transaction with its
 * history event; shared records carry a version, and a save over a newer version is a ConflictError.
 */
import { and, asc, desc, eq, inArray, isNull, ne } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { DB } from "./client";
import { communes, inventoryNotes, invitations, professionals, users, workspaceMembers } from "./schema";
import { recordHistory } from "./history";
import { createInvitation, invitationState, renewInvitationToken, type Invitation, type InvitationState } from "./invitations";
import { displayName } from "./users";
import { ConflictError, FieldError, FormError } from "@/lib/domain/errors";
import type { Conflict } from "@/lib/domain/errors";
import { formatDateTime } from "@/lib/dates";
import {
  LINE_SOURCE_LABELS,
  type AgeBracket,
  type DepartureHorizon,
  type LineSource,
  type NoteTheme,
} from "@/lib/domain/enums";
import { duplicateKey, parseCommuneRef, readProfessionalsCsv, validateImportRow, type CommuneResolution, type ExportLine } from "@/lib/inventory/csv-professionals";
import type { Result } from "@/lib/inventory/csv";
import { lineTitle, professionLabel, professionRank } from "@/lib/inventory/professions";
import { THEMES, knownTags } from "@/lib/inventory/tags";
import { normalizeSearch } from "@/lib/text";
import type { ProfessionalInput } from "@/lib/validation/inventory";

type Actor = { id: string; email: string; name: string | null };
type Tx = Parameters<Parameters<DB["transaction"]>[0]>[0];
type Reader = DB | Tx;
type WorkspaceRef = { id: number; communeCode: string };

export type ProfessionalRecord = typeof professionals.$inferSelect;
export type NoteRecord = typeof inventoryNotes.$inferSelect;

const updater = alias(users, "updater");
const linked = alias(users, "linked_user");

/* ——— Reading ——— */

/** The fields of a line as the page may show them; personal ones are null when the viewer may not see them. */
export type ProfessionalView = {
  id: number;
  version: number;
  profession: ProfessionalRecord["profession"];
  professionOther: string | null;
  name: string | null;
  practiceLocation: ProfessionalRecord["practiceLocation"];
  practiceCommuneCode: string | null;
  practiceCommuneName: string | null;
  practiceForm: ProfessionalRecord["practiceForm"];
  interest: ProfessionalRecord["interest"];
  source: LineSource;
  confirmedAt: Date | null;
  updatedAt: Date;
  updatedByName: string | null;
  /** This line is the viewer's own (they accepted the invitation it was sent from). */
  isOwn: boolean;
  /** Private: the team and the person themself only. */
  ageBracket: AgeBracket | null;
  departure: DepartureHorizon | null;
  email: string | null;
  phone: string | null;
  note: string | null;
  /** Team only: the account the line is linked to, and the pending invitation. */
  linkedAccount: string | null;
  invitation: { id: number; email: string; state: InvitationState; deliveryStatus: Invitation["deliveryStatus"]; lastSentAt: Date | null; expiresAt: Date } | null;
};

export type NoteView = {
  id: number;
  version: number;
  theme: NoteTheme;
  text: string;
  tags: string[];
  updatedAt: Date;
  updatedByName: string | null;
};

export type Viewer = { userId: string; team: boolean };

function selectLines(db: Reader, workspaceId: number, id?: number) {
  return db
    .select({
      line: professionals,
      communeName: communes.name,
      updaterName: updater.name,
      updaterEmail: updater.email,
      linkedName: linked.name,
      linkedEmail: linked.email,
    })
    .from(professionals)
    .leftJoin(communes, eq(communes.code, professionals.practiceCommuneCode))
    .leftJoin(updater, eq(updater.id, professionals.updatedBy))
    .leftJoin(linked, eq(linked.id, professionals.userId))
    .where(and(eq(professionals.workspaceId, workspaceId), id !== undefined ? eq(professionals.id, id) : undefined));
}

type LineRow = Awaited<ReturnType<ReturnType<typeof selectLines>["all"]>>[number];

function toView(r: LineRow, viewer: Viewer, invitation: ProfessionalView["invitation"]): ProfessionalView {
  const l = r.line;
  const isOwn = l.userId !== null && l.userId === viewer.userId;
  const maySee = viewer.team || isOwn;
  return {
    id: l.id,
    version: l.version,
    profession: l.profession,
    professionOther: l.professionOther,
    name: l.name,
    practiceLocation: l.practiceLocation,
    practiceCommuneCode: l.practiceCommuneCode,
    practiceCommuneName: r.communeName,
    practiceForm: l.practiceForm,
    interest: l.interest,
    source: l.source,
    confirmedAt: l.confirmedAt,
    updatedAt: l.updatedAt,
    updatedByName: r.updaterEmail ? displayName({ name: r.updaterName, email: r.updaterEmail }) : null,
    isOwn,
    ageBracket: mayse(maySee, l.ageBracket),
    departure: mayse(maySee, l.departure),
    email: mayse(maySee, l.email),
    phone: mayse(maySee, l.phone),
    note: mayse(maySee, l.note),
    linkedAccount: viewer.team && r.linkedEmail ? `${displayName({ name: r.linkedName, email: r.linkedEmail })} (${r.linkedEmail})` : null,
    invitation: viewer.team ? invitation : null,
  };
}

function mayse<T>(allowed: boolean, value: T): T | null {
  return allowed ? value : null;
}

const byProfessionThenName = (a: { profession: ProfessionalRecord["profession"]; name: string | null; id: number }, b: typeof a) =>
  professionRank(a.profession) - professionRank(b.profession) ||
  (a.name ?? "\uffff").localeCompare(b.name ?? "\uffff", "fr") ||
  a.id - b.id;

/** The latest professional invitation of each line of the workspace that is still open or expired (one query). */
function pendingInvitations(db: Reader, workspaceId: number, professionalId?: number) {
  const rows = db
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.workspaceId, workspaceId),
        eq(invitations.kind, "professionnel"),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        professionalId ? eq(invitations.professionalId, professionalId) : undefined,
      ),
    )
    .orderBy(desc(invitations.createdAt), desc(invitations.id))
    .all();
  const byLine = new Map<number, NonNullable<ProfessionalView["invitation"]>>();
  for (const inv of rows) {
    if (inv.professionalId === null || byLine.has(inv.professionalId)) continue;
    byLine.set(inv.professionalId, { id: inv.id, email: inv.email, state: invitationState(inv, new Date()), deliveryStatus: inv.deliveryStatus, lastSentAt: inv.lastSentAt, expiresAt: inv.expiresAt });
  }
  return byLine;
}

/** Everything the inventory page shows, filtered for the viewer on the server (three queries). */
export function inventoryView(db: DB, workspaceId: number, viewer: Viewer) {
  const invitationsByLine = viewer.team ? pendingInvitations(db, workspaceId) : new Map();
  const lines = selectLines(db, workspaceId)
    .all()
    .map((r) => toView(r, viewer, invitationsByLine.get(r.line.id) ?? null))
    .sort(byProfessionThenName);
  const notes: NoteView[] = db
    .select({ note: inventoryNotes, updaterName: updater.name, updaterEmail: updater.email })
    .from(inventoryNotes)
    .leftJoin(updater, eq(updater.id, inventoryNotes.updatedBy))
    .where(eq(inventoryNotes.workspaceId, workspaceId))
    .orderBy(asc(inventoryNotes.createdAt), asc(inventoryNotes.id))
    .all()
    .map(({ note, updaterName, updaterEmail }) => ({
      id: note.id,
      version: note.version,
      theme: note.theme,
      text: note.text,
      tags: knownTags(note.theme, note.tags),
      updatedAt: note.updatedAt,
      updatedByName: updaterEmail ? displayName({ name: updaterName, email: updaterEmail }) : null,
    }));
  return { lines, notes };
}

/** One line for its edit page, or null when it is not of this workspace (or not the viewer's own, for a professional). */
export function professionalForEdit(db: DB, workspaceId: number, id: number, viewer: Viewer) {
  const row = selectLines(db, workspaceId, id).get();
  if (!row) return null;
  if (!viewer.team && row.line.userId !== viewer.userId) return null;
  const invitation = viewer.team ? (pendingInvitations(db, workspaceId, id).get(id) ?? null) : null;
  return { view: toView(row, viewer, invitation), values: lineFormValues(row.line, row.communeName) };
}

export function noteForEdit(db: DB, workspaceId: number, id: number): NoteView | null {
  const row = db
    .select({ note: inventoryNotes, updaterName: updater.name, updaterEmail: updater.email })
    .from(inventoryNotes)
    .leftJoin(updater, eq(updater.id, inventoryNotes.updatedBy))
    .where(and(eq(inventoryNotes.id, id), eq(inventoryNotes.workspaceId, workspaceId)))
    .get();
  if (!row) return null;
  const { note } = row;
  return {
    id: note.id,
    version: note.version,
    theme: note.theme,
    text: note.text,
    tags: knownTags(note.theme, note.tags),
    updatedAt: note.updatedAt,
    updatedByName: row.updaterEmail ? displayName({ name: row.updaterName, email: row.updaterEmail }) : null,
  };
}

/** A stored line as the form's string fields (defaults of the edit form, and "their" side of a conflict). */
export function lineFormValues(l: ProfessionalRecord, communeName: string | null): Record<string, string> {
  return {
    profession: l.profession,
    professionOther: l.professionOther ?? "",
    anonymous: l.name ? "" : "on",
    name: l.name ?? "",
    practiceLocation: l.practiceLocation,
    practiceCommuneCode: l.practiceCommuneCode ?? "",
    practiceCommuneLabel: l.practiceCommuneCode ? `${communeName ?? l.practiceCommuneCode} (${l.practiceCommuneCode})` : "",
    practiceForm: l.practiceForm,
    ageBracket: l.ageBracket,
    departure: l.departure,
    interest: l.interest,
    email: l.email ?? "",
    phone: l.phone ?? "",
    note: l.note ?? "",
    source: l.source,
  };
}

/** The workspaces' lines for the CSV export, in the page's order (one query). */
export function professionalsForExport(db: DB, workspaceId: number): ExportLine[] {
  return selectLines(db, workspaceId)
    .all()
    .map(({ line: l, communeName }) => ({
      id: l.id,
      version: l.version,
      source: l.source,
      profession: l.profession,
      professionOther: l.professionOther,
      name: l.name,
      practiceLocation: l.practiceLocation,
      practiceCommuneCode: l.practiceCommuneCode,
      practiceCommuneName: communeName,
      practiceForm: l.practiceForm,
      ageBracket: l.ageBracket,
      departure: l.departure,
      interest: l.interest,
      email: l.email,
      phone: l.phone,
      note: l.note,
    }))
    .sort(byProfessionThenName);
}

/* ——— Professionals ——— */

const FIELD_LABELS: Record<keyof ProfessionalInput | "source", string> = {
  profession: "profession",
  professionOther: "précision de la profession",
  name: "nom",
  practiceLocation: "lieu d'exercice",
  practiceCommuneCode: "commune d'exercice",
  practiceForm: "forme d'exercice",
  ageBracket: "tranche d'âge",
  departure: "départ envisagé",
  interest: "intérêt pour travailler ensemble",
  email: "e-mail",
  phone: "téléphone",
  note: "note",
  source: "source",
};

const LINE_KEYS = Object.keys(FIELD_LABELS).filter((k) => k !== "source") as (keyof ProfessionalInput)[];

function changedFields(current: ProfessionalRecord, next: ProfessionalInput): (keyof ProfessionalInput)[] {
  return LINE_KEYS.filter((k) => (current[k] ?? null) !== (next[k] ?? null));
}

function checkPracticeCommune(tx: Reader, code: string | null) {
  if (!code) return;
  const found = tx.select({ code: communes.code }).from(communes).where(eq(communes.code, code)).get();
  if (!found) throw new FieldError("practiceCommuneCode", "Cette commune n'est pas dans la liste officielle : recherchez-la par son nom ou son code postal.");
}

function checkNoDuplicate(tx: Reader, workspaceId: number, line: ProfessionalInput, exceptId?: number) {
  const key = duplicateKey(line);
  if (!key) return;
  const others = tx
    .select({ id: professionals.id, name: professionals.name, profession: professionals.profession, professionOther: professionals.professionOther })
    .from(professionals)
    .where(and(eq(professionals.workspaceId, workspaceId), exceptId ? ne(professionals.id, exceptId) : undefined))
    .all();
  const dup = others.find((o) => duplicateKey(o) === key);
  if (dup) throw new FieldError("name", `${lineTitle(dup)} figure déjà dans l'état des lieux : modifiez sa fiche plutôt que d'en créer une seconde.`);
}

function conflictOf(tx: Reader, current: ProfessionalRecord): Conflict {
  const extra = tx
    .select({ communeName: communes.name, updaterName: users.name, updaterEmail: users.email })
    .from(professionals)
    .leftJoin(communes, eq(communes.code, professionals.practiceCommuneCode))
    .leftJoin(users, eq(users.id, professionals.updatedBy))
    .where(eq(professionals.id, current.id))
    .get();
  return {
    theirs: lineFormValues(current, extra?.communeName ?? null),
    updatedBy: extra?.updaterEmail ? displayName({ name: extra.updaterName, email: extra.updaterEmail }) : "Quelqu'un",
    updatedAt: formatDateTime(current.updatedAt),
    version: current.version,
  };
}

export function createProfessional(db: DB, ws: WorkspaceRef, input: { line: ProfessionalInput; source: "commune" | "federation" }, actor: Actor) {
  return db.transaction((tx) => {
    checkPracticeCommune(tx, input.line.practiceCommuneCode);
    checkNoDuplicate(tx, ws.id, input.line);
    const now = new Date();
    const created = tx
      .insert(professionals)
      .values({ ...input.line, workspaceId: ws.id, source: input.source, createdBy: actor.id, updatedBy: actor.id, createdAt: now, updatedAt: now })
      .returning()
      .get();
    recordHistory(tx, {
      workspaceId: ws.id,
      actorId: actor.id,
      action: "inventory.professional_added",
      summary: `${displayName(actor)} a ajouté ${lineTitle(created)} à l'état des lieux.`,
    });
    return created;
  });
}

/**
 * Saves a line. The professional's own line (linked to the actor's account) is saved as "owner" and becomes
 * "confirmed by the professional"; the team (maire, référent, facilitateur: `team`) saves any other line.
 * Null when the line is not there for this actor; ConflictError when it changed since `version`.
 */
export function updateProfessional(
  db: DB,
  ws: WorkspaceRef,
  input: { id: number; version: number; line: ProfessionalInput; source?: "commune" | "federation" },
  actor: Actor,
  { team }: { team: boolean },
): { line: ProfessionalRecord; changed: string[]; as: "team" | "owner" } | null {
  return db.transaction((tx) => {
    const current = tx
      .select()
      .from(professionals)
      .where(and(eq(professionals.id, input.id), eq(professionals.workspaceId, ws.id)))
      .get();
    if (!current) {
      if (!team) return null;
      throw new FormError("Cette fiche n'existe plus : quelqu'un l'a supprimée pendant que vous la modifiiez. Votre saisie est encore affichée : recopiez-la dans une nouvelle fiche si besoin.");
    }
    const as = current.userId !== null && current.userId === actor.id ? "owner" : team ? "team" : null;
    if (!as) return null;
    if (current.version !== input.version) throw new ConflictError(conflictOf(tx, current));
    checkPracticeCommune(tx, input.line.practiceCommuneCode);
    checkNoDuplicate(tx, ws.id, input.line, current.id);

    const changed = changedFields(current, input.line);
    // A confirmed line stays "confirmed by the professional": the team cannot take the confirmation back.
    const source: LineSource = as === "owner" ? "professionnel" : current.source === "professionnel" ? "professionnel" : (input.source ?? current.source);
    const sourceChanged = source !== current.source;
    if (as === "team" && changed.length === 0 && !sourceChanged) return { line: current, changed: [], as };

    const now = new Date();
    const res = tx
      .update(professionals)
      .set({
        ...input.line,
        source,
        ...(as === "owner" ? { confirmedAt: now } : {}),
        version: current.version + 1,
        updatedBy: actor.id,
        updatedAt: now,
      })
      .where(and(eq(professionals.id, current.id), eq(professionals.workspaceId, ws.id), eq(professionals.version, input.version)))
      .run();
    if (res.changes !== 1) throw new ConflictError(conflictOf(tx, current));
    const line = tx.select().from(professionals).where(eq(professionals.id, current.id)).get()!;
    const fields = [...changed.map((k) => FIELD_LABELS[k]), ...(sourceChanged && as === "team" ? [FIELD_LABELS.source] : [])];
    const what = fields.length ? ` (${fields.join(", ")})` : "";
    recordHistory(tx, {
      workspaceId: ws.id,
      actorId: actor.id,
      action: as === "owner" ? "inventory.professional_confirmed" : "inventory.professional_updated",
      summary:
        as === "owner"
          ? `${displayName(actor)} a vérifié et confirmé sa fiche${fields.length ? `, en modifiant : ${fields.join(", ")}` : ", sans modification"}.`
          : `${displayName(actor)} a modifié la fiche ${lineTitle(line)}${what}.`,
    });
    return { line, changed: fields, as };
  });
}

/**
 * Deletes a line, with its invitations (their foreign key has no cascade) and, when it was the person's only
 * line here, the "professionnel" access the invitation had given. Refused when the line changed since `version`.
 */
export function deleteProfessional(db: DB, ws: WorkspaceRef, input: { id: number; version: number }, actor: Actor) {
  return db.transaction((tx) => {
    const current = tx
      .select()
      .from(professionals)
      .where(and(eq(professionals.id, input.id), eq(professionals.workspaceId, ws.id)))
      .get();
    if (!current) return null;
    if (current.version !== input.version) {
      const c = conflictOf(tx, current);
      throw new FormError(`${c.updatedBy} a modifié cette fiche le ${c.updatedAt}, depuis que vous l'avez ouverte : rechargez la page et relisez-la avant de la supprimer.`);
    }
    tx.delete(invitations).where(and(eq(invitations.professionalId, current.id), eq(invitations.workspaceId, ws.id))).run();
    tx.delete(professionals).where(and(eq(professionals.id, current.id), eq(professionals.workspaceId, ws.id))).run();
    let accessRemoved = false;
    if (current.userId) {
      const other = tx
        .select({ id: professionals.id })
        .from(professionals)
        .where(and(eq(professionals.workspaceId, ws.id), eq(professionals.userId, current.userId)))
        .get();
      if (!other) {
        accessRemoved =
          tx
            .delete(workspaceMembers)
            .where(and(eq(workspaceMembers.workspaceId, ws.id), eq(workspaceMembers.userId, current.userId), eq(workspaceMembers.role, "professionnel")))
            .run().changes > 0;
      }
    }
    recordHistory(tx, {
      workspaceId: ws.id,
      actorId: actor.id,
      action: "inventory.professional_deleted",
      summary: `${displayName(actor)} a supprimé la fiche ${lineTitle(current)} de l'état des lieux${accessRemoved ? " ; son accès professionnel à l'espace est retiré" : ""}.`,
    });
    return current;
  });
}

/* ——— Inviting a professional to confirm their line ——— */

export function inviteProfessional(db: DB, ws: WorkspaceRef, input: { id: number; email: string }, actor: Actor) {
  return db.transaction((tx) => {
    const line = tx
      .select()
      .from(professionals)
      .where(and(eq(professionals.id, input.id), eq(professionals.workspaceId, ws.id)))
      .get();
    if (!line) return null;
    if (line.userId) throw new FormError("Cette personne a déjà accepté une invitation : sa fiche est reliée à son compte.");
    tx.update(invitations)
      .set({ revokedAt: new Date() })
      .where(and(eq(invitations.workspaceId, ws.id), eq(invitations.professionalId, line.id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
      .run();
    // The address becomes the line's contact when it had none (the inviter just typed it).
    if (!line.email) {
      tx.update(professionals)
        .set({ email: input.email, version: line.version + 1, updatedBy: actor.id, updatedAt: new Date() })
        .where(eq(professionals.id, line.id))
        .run();
    }
    const name = line.name ?? professionLabel(line.profession, line.professionOther);
    const created = createInvitation(tx, { kind: "professionnel", workspaceId: ws.id, professionalId: line.id, email: input.email, name, invitedBy: actor.id }, new Date());
    recordHistory(tx, {
      workspaceId: ws.id,
      actorId: actor.id,
      action: "inventory.professional_invited",
      summary: `${displayName(actor)} a invité ${lineTitle(line)} (${input.email}) à vérifier et confirmer sa fiche.`,
    });
    return { ...created, line };
  });
}

function openProfessionalInvitation(tx: Reader, ws: WorkspaceRef, invitationId: number) {
  const inv = tx
    .select()
    .from(invitations)
    .where(and(eq(invitations.id, invitationId), eq(invitations.workspaceId, ws.id), eq(invitations.kind, "professionnel")))
    .get();
  if (!inv) return null;
  if (inv.acceptedAt) throw new FormError(`${inv.name} a déjà accepté cette invitation.`);
  if (inv.revokedAt) throw new FormError("Cette invitation a été retirée.");
  return inv;
}

export function resendProfessionalInvitation(db: DB, ws: WorkspaceRef, invitationId: number, actor: Actor) {
  return db.transaction((tx) => {
    const inv = openProfessionalInvitation(tx, ws, invitationId);
    if (!inv) return null;
    const line = tx
      .select({ name: professionals.name, profession: professionals.profession, professionOther: professionals.professionOther })
      .from(professionals)
      .where(and(eq(professionals.id, inv.professionalId ?? -1), eq(professionals.workspaceId, ws.id)))
      .get();
    if (!line) return null;
    const token = renewInvitationToken(tx, inv.id, new Date());
    recordHistory(tx, {
      workspaceId: ws.id,
      actorId: actor.id,
      action: "inventory.professional_invitation_resent",
      summary: `${displayName(actor)} a renvoyé l'invitation de ${inv.name} (${inv.email}) à confirmer sa fiche.`,
    });
    return { invitation: inv, token, line };
  });
}

export function revokeProfessionalInvitation(db: DB, ws: WorkspaceRef, invitationId: number, actor: Actor) {
  return db.transaction((tx) => {
    const inv = openProfessionalInvitation(tx, ws, invitationId);
    if (!inv) return null;
    tx.update(invitations).set({ revokedAt: new Date() }).where(eq(invitations.id, inv.id)).run();
    recordHistory(tx, {
      workspaceId: ws.id,
      actorId: actor.id,
      action: "inventory.professional_invitation_revoked",
      summary: `${displayName(actor)} a retiré l'invitation de ${inv.name} (${inv.email}).`,
    });
    return inv;
  });
}

/* ——— Notes ——— */

const excerpt = (s: string, n = 80) => {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > n ? `${one.slice(0, n)}…` : one;
};

export function createNote(db: DB, ws: WorkspaceRef, input: { theme: NoteTheme; text: string; tags: string[] }, actor: Actor) {
  return db.transaction((tx) => {
    const now = new Date();
    const note = tx
      .insert(inventoryNotes)
      .values({ workspaceId: ws.id, theme: input.theme, text: input.text, tags: input.tags, createdBy: actor.id, updatedBy: actor.id, createdAt: now, updatedAt: now })
      .returning()
      .get();
    recordHistory(tx, {
      workspaceId: ws.id,
      actorId: actor.id,
      action: "inventory.note_added",
      summary: `${displayName(actor)} a ajouté une note « ${THEMES[input.theme].title} » : « ${excerpt(input.text)} ».`,
    });
    return note;
  });
}

function noteConflict(tx: Reader, current: NoteRecord): Conflict {
  const who = current.updatedBy ? tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, current.updatedBy)).get() : undefined;
  return {
    theirs: { text: current.text, tags: knownTags(current.theme, current.tags).join("\n") },
    updatedBy: who ? displayName(who) : "Quelqu'un",
    updatedAt: formatDateTime(current.updatedAt),
    version: current.version,
  };
}

export function updateNote(db: DB, ws: WorkspaceRef, input: { id: number; version: number; theme: NoteTheme; text: string; tags: string[] }, actor: Actor) {
  return db.transaction((tx) => {
    const current = tx
      .select()
      .from(inventoryNotes)
      .where(and(eq(inventoryNotes.id, input.id), eq(inventoryNotes.workspaceId, ws.id)))
      .get();
    if (!current) throw new FormError("Cette note n'existe plus : quelqu'un l'a supprimée pendant que vous la modifiiez. Votre texte est encore affiché : recopiez-le dans une nouvelle note si besoin.");
    if (current.theme !== input.theme) throw new FormError("Cette note a changé de thème : rechargez la page.");
    if (current.version !== input.version) throw new ConflictError(noteConflict(tx, current));
    const tags = knownTags(current.theme, input.tags);
    if (current.text === input.text && JSON.stringify(knownTags(current.theme, current.tags)) === JSON.stringify(tags)) return current;
    const res = tx
      .update(inventoryNotes)
      .set({ text: input.text, tags, version: current.version + 1, updatedBy: actor.id, updatedAt: new Date() })
      .where(and(eq(inventoryNotes.id, current.id), eq(inventoryNotes.workspaceId, ws.id), eq(inventoryNotes.version, input.version)))
      .run();
    if (res.changes !== 1) throw new ConflictError(noteConflict(tx, current));
    recordHistory(tx, {
      workspaceId: ws.id,
      actorId: actor.id,
      action: "inventory.note_updated",
      summary: `${displayName(actor)} a modifié une note « ${THEMES[current.theme].title} » : « ${excerpt(input.text)} ».`,
    });
    return tx.select().from(inventoryNotes).where(eq(inventoryNotes.id, current.id)).get()!;
  });
}

export function deleteNote(db: DB, ws: WorkspaceRef, input: { id: number; version: number }, actor: Actor) {
  return db.transaction((tx) => {
    const current = tx
      .select()
      .from(inventoryNotes)
      .where(and(eq(inventoryNotes.id, input.id), eq(inventoryNotes.workspaceId, ws.id)))
      .get();
    if (!current) return null;
    if (current.version !== input.version) {
      const c = noteConflict(tx, current);
      throw new FormError(`${c.updatedBy} a modifié cette note le ${c.updatedAt}, depuis que vous l'avez ouverte : rechargez la page et relisez-la avant de la supprimer.`);
    }
    tx.delete(inventoryNotes).where(eq(inventoryNotes.id, current.id)).run();
    recordHistory(tx, {
      workspaceId: ws.id,
      actorId: actor.id,
      action: "inventory.note_deleted",
      summary: `${displayName(actor)} a supprimé une note « ${THEMES[current.theme].title} » : « ${excerpt(current.text)} ».`,
    });
    return current;
  });
}

/* ——— CSV import ——— */

export type PlanAction = "create" | "update" | "unchanged" | "error";

export type PlanRow = {
  line: number;
  action: PlanAction;
  profession: string;
  name: string;
  commune: string | null;
  /** For an update: the fields the row changes. */
  changes: string[];
  errors: string[];
  warnings: string[];
};

export type ImportPlan = {
  rows: PlanRow[];
  counts: Record<PlanAction, number>;
  errorCount: number;
  ignoredColumns: string[];
};

type PlannedWrite =
  | { kind: "create"; input: ProfessionalInput; source: LineSource }
  | { kind: "update"; id: number; version: number; input: ProfessionalInput; changes: string[] };

/** Resolves the "Commune d'exercice" cells against the official list, preferring the commune's département (two queries). */
function resolveCommunes(db: Reader, texts: string[], departementCode: string): Map<string, CommuneResolution> {
  const refs = new Map(texts.map((t) => [t, parseCommuneRef(t)] as const));
  const codes = [...new Set([...refs.values()].flatMap((r) => (r?.code ? [r.code] : [])))];
  const names = [...new Set([...refs.values()].flatMap((r) => (r?.name && !r.code ? [normalizeSearch(r.name)] : [])))].filter(Boolean);
  const select = { code: communes.code, name: communes.name, searchName: communes.searchName, departementCode: communes.departementCode };
  const byCode = new Map(codes.length ? db.select(select).from(communes).where(inArray(communes.code, codes)).all().map((c) => [c.code, c]) : []);
  const byName = new Map<string, { code: string; name: string; searchName: string; departementCode: string }[]>();
  if (names.length) {
    for (const c of db.select(select).from(communes).where(inArray(communes.searchName, names)).all()) {
      byName.set(c.searchName, [...(byName.get(c.searchName) ?? []), c]);
    }
  }
  const out = new Map<string, CommuneResolution>();
  for (const [text, ref] of refs) {
    if (!ref) continue;
    if (ref.code) {
      const c = byCode.get(ref.code);
      if (!c) out.set(text, { error: `aucune commune n'a le code INSEE ${ref.code} dans la liste officielle.` });
      else if (ref.name && normalizeSearch(ref.name) !== c.searchName) out.set(text, { error: `le code INSEE ${ref.code} est celui de ${c.name}, pas de « ${ref.name} ».` });
      else out.set(text, { code: c.code, name: c.name });
      continue;
    }
    const candidates = byName.get(normalizeSearch(ref.name ?? "")) ?? [];
    const local = candidates.filter((c) => c.departementCode === departementCode);
    const pick = local.length === 1 ? local[0] : local.length === 0 && candidates.length === 1 ? candidates[0] : null;
    if (pick) out.set(text, { code: pick.code, name: pick.name });
    else if (candidates.length === 0) out.set(text, { error: `« ${ref.name} » n'est pas dans la liste officielle des communes : vérifiez l'orthographe, ou écrivez « Nom (code INSEE) ».` });
    else out.set(text, { error: `plusieurs communes s'appellent « ${ref.name} » : écrivez « Nom (code INSEE) », par exemple « ${candidates[0].name} (${candidates[0].code}) ».` });
  }
  return out;
}

function plan(db: Reader, ws: WorkspaceRef & { departementCode: string }, text: string, defaultSource: "commune" | "federation"): Result<{ plan: ImportPlan; writes: PlannedWrite[] }> {
  const read = readProfessionalsCsv(text);
  if (!read.ok) return read;
  const { rows, ignoredColumns } = read.value;
  const existing = new Map(db.select().from(professionals).where(eq(professionals.workspaceId, ws.id)).all().map((l) => [l.id, l]));
  const resolved = resolveCommunes(db, [...new Set(rows.map((r) => r.communeText).filter(Boolean))], ws.departementCode);

  const idLines = new Map<number, number[]>();
  for (const r of rows) if (r.id !== null && existing.has(r.id)) idLines.set(r.id, [...(idLines.get(r.id) ?? []), r.line]);

  type Work = { row: PlanRow; input: ProfessionalInput | null; target: ProfessionalRecord | null; source: LineSource; version: number | null };
  const work: Work[] = rows.map((r) => {
    const { input, errors } = validateImportRow(r, ws.communeCode, r.communeText ? (resolved.get(r.communeText) ?? null) : null);
    const warnings = [...r.warnings];
    const target = r.id !== null ? (existing.get(r.id) ?? null) : null;
    if (r.id !== null && !target) warnings.push(`L'identifiant ${r.id} ne correspond à aucune fiche de cette commune : une nouvelle fiche sera créée.`);
    const twins = target ? (idLines.get(target.id) ?? []) : [];
    if (twins.length > 1) errors.push(`L'identifiant ${target!.id} figure sur plusieurs lignes (${twins.join(", ")}) : gardez-en une seule.`);
    let source: LineSource = defaultSource;
    if (!target && r.source) {
      if (r.source === "professionnel") warnings.push(`Seul le professionnel peut confirmer sa fiche : elle sera marquée « ${LINE_SOURCE_LABELS[defaultSource]} ».`);
      else source = r.source;
    }
    const commune = input?.practiceCommuneCode ? (resolved.get(r.communeText) as { name: string } | undefined)?.name ?? input.practiceCommuneCode : null;
    return {
      row: {
        line: r.line,
        action: "error",
        profession: input ? professionLabel(input.profession, input.professionOther) : r.display.profession,
        name: input ? (input.name ?? "Anonyme") : r.display.name || "Anonyme",
        commune,
        changes: [],
        errors,
        warnings,
      },
      input,
      target,
      source,
      version: r.version,
    };
  });

  // Duplicates: the file's rows against each other, and against the lines no row of the file rewrites.
  const rewritten = new Set(work.flatMap((w) => (w.target ? [w.target.id] : [])));
  const owners = new Map<string, string>();
  for (const l of existing.values()) {
    const key = duplicateKey(l);
    if (key && !rewritten.has(l.id)) owners.set(key, `${lineTitle(l)} figure déjà dans l'état des lieux (pour mettre à jour sa fiche, gardez les colonnes Identifiant et Version de l'export)`);
  }
  for (const w of work) {
    if (!w.input) continue;
    const key = duplicateKey(w.input);
    if (!key) continue;
    const other = owners.get(key);
    if (other) w.row.errors.push(`Doublon : ${other}.`);
    else owners.set(key, `même profession et même nom qu'à la ligne ${w.row.line}`);
  }

  const writes: PlannedWrite[] = [];
  for (const w of work) {
    if (w.row.errors.length || !w.input) continue;
    if (!w.target) {
      w.row.action = "create";
      writes.push({ kind: "create", input: w.input, source: w.source });
      continue;
    }
    const changes = changedFields(w.target, w.input).map((k) => FIELD_LABELS[k]);
    if (changes.length === 0) {
      w.row.action = "unchanged";
      continue;
    }
    const version = w.version;
    if (version === null) {
      w.row.errors.push("Version manquante : pour modifier une fiche existante, gardez les colonnes Identifiant et Version de l'export.");
      continue;
    }
    if (version !== w.target.version) {
      w.row.errors.push(`Cette fiche a été modifiée dans Boussole depuis votre export (version ${w.target.version}, votre fichier : ${version}) : exportez de nouveau l'état des lieux et reportez-y vos changements.`);
      continue;
    }
    w.row.action = "update";
    w.row.changes = changes;
    writes.push({ kind: "update", id: w.target.id, version, input: w.input, changes });
  }
  const planRows = work.map((w) => w.row);
  const counts: Record<PlanAction, number> = { create: 0, update: 0, unchanged: 0, error: 0 };
  for (const r of planRows) counts[r.errors.length ? "error" : r.action]++;
  for (const r of planRows) if (r.errors.length) r.action = "error";
  return {
    ok: true,
    value: { plan: { rows: planRows, counts, errorCount: planRows.reduce((n, r) => n + r.errors.length, 0), ignoredColumns }, writes: counts.error ? [] : writes },
  };
}

/** What importing this file would do, row by row. Reads only. */
export function previewImport(db: DB, ws: WorkspaceRef & { departementCode: string }, text: string, defaultSource: "commune" | "federation"): Result<ImportPlan> {
  const p = plan(db, ws, text, defaultSource);
  return p.ok ? { ok: true, value: p.value.plan } : p;
}

/**
 * Imports a file: planned again inside the transaction (the lines may have changed since the preview), written
 * only when no row has an error, with one history event naming what was added and changed.
 */
export function applyImport(
  db: DB,
  ws: WorkspaceRef & { departementCode: string },
  text: string,
  input: { fileName: string; defaultSource: "commune" | "federation" },
  actor: Actor,
): Result<{ plan: ImportPlan; written: boolean }> {
  return db.transaction((tx) => {
    const p = plan(tx, ws, text, input.defaultSource);
    if (!p.ok) return p;
    const { plan: result, writes } = p.value;
    if (result.counts.error > 0 || writes.length === 0) return { ok: true, value: { plan: result, written: false } };
    const now = new Date();
    const added: string[] = [];
    const updated: string[] = [];
    for (const w of writes) {
      if (w.kind === "create") {
        const l = tx
          .insert(professionals)
          .values({ ...w.input, workspaceId: ws.id, source: w.source, createdBy: actor.id, updatedBy: actor.id, createdAt: now, updatedAt: now })
          .returning()
          .get();
        added.push(lineTitle(l));
      } else {
        const res = tx
          .update(professionals)
          .set({ ...w.input, version: w.version + 1, updatedBy: actor.id, updatedAt: now })
          .where(and(eq(professionals.id, w.id), eq(professionals.workspaceId, ws.id), eq(professionals.version, w.version)))
          .run();
        if (res.changes !== 1) throw new FormError("Une fiche a été modifiée pendant l'import : rien n'a été enregistré. Vérifiez de nouveau le fichier.");
        updated.push(`${lineTitle({ ...w.input })} (${w.changes.join(", ")})`);
      }
    }
    const parts = [
      added.length ? `${added.length} ${added.length > 1 ? "fiches ajoutées" : "fiche ajoutée"} : ${added.join(", ")}` : null,
      updated.length ? `${updated.length} ${updated.length > 1 ? "fiches modifiées" : "fiche modifiée"} : ${updated.join(" ; ")}` : null,
    ].filter(Boolean);
    recordHistory(tx, {
      workspaceId: ws.id,
      actorId: actor.id,
      action: "inventory.imported",
      summary: `${displayName(actor)} a importé le fichier « ${input.fileName} » dans l'état des lieux — ${parts.join(" ; ")}.`,
    });
    return { ok: true, value: { plan: result, written: true } };
  });
}
