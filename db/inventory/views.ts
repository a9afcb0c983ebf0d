/**
 * Reading the inventory. Every read is scoped by the workspace (a line of another commune is "not found"), and
 * the personal fields are filtered here, on the server, for who is looking.
 */
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { DataContext, Queryable } from "../context";
import { inventoryNotes, invitations } from "../schema";
import { invitationState, type Invitation, type InvitationState } from "../invitations";
import type { AgeBracket, DepartureHorizon, LineSource, NoteTheme } from "@/lib/domain/enums";
import type { ExportLine } from "@/lib/inventory/csv-professionals";
import { lineFormValues } from "@/lib/inventory/form-values";
import { knownTags } from "@/lib/inventory/tags";
import { prepared } from "../prepared";
import { displayName } from "../users";
import { byProfessionThenName, selectLines, updater, updaterName, type LineRow, type NoteRecord, type ProfessionalRecord, type WorkspaceContext } from "./shared";

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

/** Who looks: the acting account, and whether they may see every line's personal fields (the team). */
export type Viewer = { userId: string; team: boolean };

export function toView(r: LineRow, viewer: Viewer, invitation: ProfessionalView["invitation"]): ProfessionalView {
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
    updatedByName: updaterName(r),
    isOwn,
    ageBracket: maySee ? l.ageBracket : null,
    departure: maySee ? l.departure : null,
    email: maySee ? l.email : null,
    phone: maySee ? l.phone : null,
    note: maySee ? l.note : null,
    linkedAccount: viewer.team && r.linkedEmail ? `${displayName({ name: r.linkedName, email: r.linkedEmail })} (${r.linkedEmail})` : null,
    invitation: viewer.team ? invitation : null,
  };
}

function toNoteView(r: { note: NoteRecord; updaterName: string | null; updaterEmail: string | null }): NoteView {
  const { note } = r;
  return {
    id: note.id,
    version: note.version,
    theme: note.theme,
    text: note.text,
    tags: knownTags(note.theme, note.tags),
    updatedAt: note.updatedAt,
    updatedByName: updaterName(r),
  };
}

/** The latest professional invitation of each line of the workspace (or of the lines `ids`) that is still open or expired (one query). */
export function pendingInvitations(ctx: WorkspaceContext, ids?: number[]) {
  const open = (...more: SQL[]) =>
    and(
      eq(invitations.workspaceId, sql.placeholder("workspace")),
      eq(invitations.kind, "professionnel"),
      isNull(invitations.acceptedAt),
      isNull(invitations.revokedAt),
      ...more,
    );
  const latestFirst = [desc(invitations.createdAt), desc(invitations.id)];
  // Prepared once per connection (db/prepared.ts); the lines' ids as a JSON array, one query text whatever their number.
  const rows = ids
    ? prepared(ctx.db, "inventory.invitationsOf", (db) =>
        db
          .select()
          .from(invitations)
          .where(open(inArray(invitations.professionalId, sql`(select value from json_each(${sql.placeholder("ids")}))`)))
          .orderBy(...latestFirst)
          .prepare(),
      ).all({ workspace: ctx.workspace.id, ids: JSON.stringify(ids) })
    : prepared(ctx.db, "inventory.invitations", (db) => db.select().from(invitations).where(open()).orderBy(...latestFirst).prepare()).all({ workspace: ctx.workspace.id });
  const byLine = new Map<number, NonNullable<ProfessionalView["invitation"]>>();
  for (const inv of rows) {
    if (inv.professionalId === null || byLine.has(inv.professionalId)) continue;
    byLine.set(inv.professionalId, {
      id: inv.id,
      email: inv.email,
      state: invitationState(inv, ctx.now),
      deliveryStatus: inv.deliveryStatus,
      lastSentAt: inv.lastSentAt,
      expiresAt: inv.expiresAt,
    });
  }
  return byLine;
}

function selectNotes(db: Queryable) {
  return db.select({ note: inventoryNotes, updaterName: updater.name, updaterEmail: updater.email }).from(inventoryNotes).leftJoin(updater, eq(updater.id, inventoryNotes.updatedBy));
}

/**
 * Everything the inventory page shows, filtered on the server for the acting person (three queries): `team`
 * sees every line's personal fields, anyone else only those of their own line.
 */
export function inventoryView(ctx: DataContext, input: { team: boolean }): { lines: ProfessionalView[]; notes: NoteView[] } {
  const viewer = { userId: ctx.actor.id, team: input.team };
  const invitationsByLine = viewer.team ? pendingInvitations(ctx) : new Map<number, NonNullable<ProfessionalView["invitation"]>>();
  const lines = selectLines(ctx.db, ctx.workspace.id)
    .all()
    .map((r) => toView(r, viewer, invitationsByLine.get(r.line.id) ?? null))
    .sort(byProfessionThenName);
  return { lines, notes: notesView(ctx) };
}

/** The notes of every theme, oldest first (one query). */
export function notesView(ctx: WorkspaceContext): NoteView[] {
  return prepared(ctx.db, "inventory.notes", (db) =>
    selectNotes(db)
      .where(eq(inventoryNotes.workspaceId, sql.placeholder("workspace")))
      .orderBy(asc(inventoryNotes.createdAt), asc(inventoryNotes.id))
      .prepare(),
  )
    .all({ workspace: ctx.workspace.id })
    .map(toNoteView);
}

/**
 * One line for its edit page with the form's values, or null when it is not of this workspace (or, for
 * somebody outside the team, not their own line).
 */
export function professionalForEdit(ctx: DataContext, input: { id: number; team: boolean }): { view: ProfessionalView; values: Record<string, string> } | null {
  const row = selectLines(ctx.db, ctx.workspace.id, input.id).get();
  if (!row) return null;
  if (!input.team && row.line.userId !== ctx.actor.id) return null;
  const invitation = input.team ? (pendingInvitations(ctx, [input.id]).get(input.id) ?? null) : null;
  return { view: toView(row, { userId: ctx.actor.id, team: input.team }, invitation), values: lineFormValues(row.line, row.communeName) };
}

/** One note for its edit page, or null when it is not of this workspace. */
export function noteForEdit(ctx: WorkspaceContext, input: { id: number }): NoteView | null {
  const row = selectNotes(ctx.db)
    .where(and(eq(inventoryNotes.id, input.id), eq(inventoryNotes.workspaceId, ctx.workspace.id)))
    .get();
  return row ? toNoteView(row) : null;
}

/** The workspace's lines for the CSV export, in the page's order (one query). Every field: the team only. */
export function professionalsForExport(ctx: WorkspaceContext): ExportLine[] {
  return selectLines(ctx.db, ctx.workspace.id)
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
