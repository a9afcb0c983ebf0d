/**
 * Writing and publishing a synthesis. Saves are versioned: a save over a newer version is refused with the
 * stored draft (the editor's conflict view merges field by field), so two writers never lose each other's
 * text. Publishing copies the draft into the published text and issues a personal reading link to each
 * invitee who answered yes or attended (once: a correction does not e-mail everyone again, readers see that
 * it was updated and when). The caller e-mails the links afterwards and records each delivery.
 */
import { and, eq } from "drizzle-orm";
import { write, type DataContext, type Queryable } from "../context";
import { meetingInvitees, meetingSyntheses, synthesisLinks, users } from "../schema";
import { recordHistory } from "../history";
import { displayName } from "../users";
import { agendaOf, meetingOf, type Invitee, type Meeting } from "../meetings/queries";
import { ConflictError, FieldError, FormError, NotFoundError } from "@/lib/domain/errors";
import { formatDate, formatDateTime } from "@/lib/dates";
import { canSynthesise, meetingPhase } from "@/lib/meetings/phase";
import { instantToParis } from "@/lib/meetings/schedule";
import { alignWithAgenda, isEmptySynthesis, synthesisConflictTheirs, type SynthesisContent } from "@/lib/synthesis/content";
import { receivesSynthesis } from "@/lib/synthesis/readers";
import { writerRefusal } from "@/lib/synthesis/writers";
import { newToken } from "@/lib/tokens";
import { synthesisOf, writerFacts, type SynthesisRow } from "./queries";
import { assertWorkspaceMayMail } from "../trust/verification";

/** A reading link lives a year from its e-mail: long after the meeting, not for ever. */
export const READING_LINK_DAYS = 365;

/** A reading link just issued: the clear token goes into one e-mail, only its hash is stored. */
export type IssuedReading = { linkId: number; invitee: Invitee; token: string };

export type SaveSynthesisInput = { meetingId: number; version: number; content: SynthesisContent; publish: boolean };

export type SaveSynthesisResult = {
  meeting: Meeting;
  version: number;
  /** "first": published for the first time; "correction": a published text corrected; null: draft saved. */
  published: "first" | "correction" | null;
  /** Reading links to e-mail (the first publication; later, only invitees who had none). */
  issued: IssuedReading[];
};

function conflictOf(db: Queryable, row: SynthesisRow, agenda: { id: number; title: string }[]): ConflictError {
  const who = row.updatedBy ? db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, row.updatedBy)).get() : undefined;
  return new ConflictError({
    theirs: synthesisConflictTheirs(alignWithAgenda(row.draft, agenda)),
    updatedBy: who ? displayName(who) : "Quelqu'un",
    updatedAt: formatDateTime(row.updatedAt),
    version: row.version,
  });
}

function refusalForPhase(m: Meeting, now: Date): string {
  return meetingPhase(m, now) === "annulee"
    ? "Cette réunion a été annulée : elle n'a pas de synthèse."
    : "La synthèse s'écrit une fois la réunion tenue : notez d'abord les présences.";
}

/** The content as the meeting allows it: notes only for its agenda items, a proposed date after the meeting. */
function checkContent(m: Meeting, agenda: { id: number; title: string }[], content: SynthesisContent): SynthesisContent {
  const known = new Set(agenda.map((a) => a.id));
  if (content.agenda.some((n) => !known.has(n.agendaItemId))) throw new FormError("L'ordre du jour de cette réunion a changé : rechargez la page.");
  const meetingDay = instantToParis(m.startsAt).day;
  const on = content.followUp.meetingOn;
  if (on && on <= meetingDay) throw new FieldError("followUpDate", `Proposez une date après la réunion du ${formatDate(meetingDay)}.`);
  return alignWithAgenda(content, agenda);
}

export function saveSynthesis(ctx: DataContext, input: SaveSynthesisInput): SaveSynthesisResult {
  return write(ctx, (tx) => {
    const m = meetingOf({ ...ctx, db: tx }, input.meetingId);
    if (!m) throw new NotFoundError("Cette réunion n'existe pas ou plus.");
    if (!canSynthesise(m, ctx.now)) throw new FormError(refusalForPhase(m, ctx.now));
    const facts = writerFacts({ ...ctx, db: tx });
    const refusal = writerRefusal(facts.roles, facts.hasFacilitator);
    if (refusal) throw new FormError(refusal);
    const agenda = agendaOf(tx, m.id);
    const content = checkContent(m, agenda, input.content);
    const row = synthesisOf(tx, m.id);
    if ((row?.version ?? 0) !== input.version) {
      if (row) throw conflictOf(tx, row, agenda);
      throw new NotFoundError("Cette synthèse n'existe pas ou plus : rechargez la page.");
    }
    if (input.publish && isEmptySynthesis(content)) {
      throw new FormError("La synthèse est vide : écrivez au moins les échanges d'un point de l'ordre du jour ou les premières pistes avant de la publier.");
    }
    const version = (row?.version ?? 0) + 1;
    const published = input.publish ? (row?.published ? "correction" : "first") : null;
    const publication = input.publish
      ? { published: content, publishedAt: ctx.now, publishedBy: ctx.actor.id, firstPublishedAt: row?.firstPublishedAt ?? ctx.now }
      : {};
    if (row) {
      tx.update(meetingSyntheses)
        .set({ draft: content, version, updatedBy: ctx.actor.id, updatedAt: ctx.now, ...publication })
        .where(and(eq(meetingSyntheses.meetingId, m.id), eq(meetingSyntheses.version, row.version)))
        .run();
    } else {
      tx.insert(meetingSyntheses)
        .values({ meetingId: m.id, workspaceId: ctx.workspace.id, draft: content, version, createdBy: ctx.actor.id, createdAt: ctx.now, updatedBy: ctx.actor.id, updatedAt: ctx.now, ...publication })
        .run();
    }
    const issued = published ? issueReadingLinks(tx, ctx.now, m, { onlyNew: published === "correction" }) : [];
    // Publishing e-mails the readers: refused (the whole save rolled back) while the workspace is not verified.
    if (issued.length > 0) assertWorkspaceMayMail(tx, ctx.workspace.id, "synthesis_mail");
    recordHistory(tx, {
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.id,
      action: published === "first" ? "synthesis.published" : published === "correction" ? "synthesis.corrected" : "synthesis.saved",
      summary:
        published === "first"
          ? `Synthèse de « ${m.title} » publiée (${issued.length} invité·e${issued.length > 1 ? "s" : ""} la reçoivent par un lien personnel).`
          : published === "correction"
            ? `Synthèse de « ${m.title} » corrigée et publiée à nouveau.`
            : `Brouillon de la synthèse de « ${m.title} » enregistré.`,
      createdAt: ctx.now,
    });
    return { meeting: m, version, published, issued };
  });
}

/** One new link for each invitee who receives the synthesis (`onlyNew`: those who have none yet). */
function issueReadingLinks(tx: Queryable, now: Date, m: Meeting, opts: { onlyNew: boolean }): IssuedReading[] {
  const invitees = tx.select().from(meetingInvitees).where(eq(meetingInvitees.meetingId, m.id)).all().filter(receivesSynthesis);
  const holders = opts.onlyNew
    ? new Set(tx.select({ inviteeId: synthesisLinks.inviteeId }).from(synthesisLinks).where(eq(synthesisLinks.meetingId, m.id)).all().map((l) => l.inviteeId))
    : new Set<number>();
  const expiresAt = new Date(now.getTime() + READING_LINK_DAYS * 24 * 60 * 60 * 1000);
  return invitees
    .filter((i) => !holders.has(i.id))
    .map((invitee) => {
      const { token, hash } = newToken();
      const link = tx.insert(synthesisLinks).values({ meetingId: m.id, inviteeId: invitee.id, tokenHash: hash, expiresAt, createdAt: now }).returning({ id: synthesisLinks.id }).get();
      return { linkId: link.id, invitee, token };
    });
}

/** A new reading link for one invitee (the first e-mail failed, or they lost it); older links keep working. */
export function resendReadingLink(ctx: DataContext, input: { meetingId: number; inviteeId: number }): IssuedReading & { meeting: Meeting; leads: string[] } {
  return write(ctx, (tx) => {
    const m = meetingOf({ ...ctx, db: tx }, input.meetingId);
    if (!m) throw new NotFoundError();
    const facts = writerFacts({ ...ctx, db: tx });
    const refusal = writerRefusal(facts.roles, facts.hasFacilitator);
    if (refusal) throw new FormError(refusal);
    const row = synthesisOf(tx, m.id);
    if (!row?.published) throw new FormError("La synthèse n'est pas encore publiée.");
    const invitee = tx
      .select()
      .from(meetingInvitees)
      .where(and(eq(meetingInvitees.id, input.inviteeId), eq(meetingInvitees.meetingId, m.id)))
      .get();
    if (!invitee || !receivesSynthesis(invitee)) throw new NotFoundError("Cette personne ne reçoit pas la synthèse.");
    assertWorkspaceMayMail(tx, ctx.workspace.id, "synthesis_mail");
    const { token, hash } = newToken();
    const expiresAt = new Date(ctx.now.getTime() + READING_LINK_DAYS * 24 * 60 * 60 * 1000);
    const link = tx.insert(synthesisLinks).values({ meetingId: m.id, inviteeId: invitee.id, tokenHash: hash, expiresAt, createdAt: ctx.now }).returning({ id: synthesisLinks.id }).get();
    recordHistory(tx, {
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.id,
      action: "synthesis.link_sent",
      summary: `Nouveau lien de lecture de la synthèse de « ${m.title} » envoyé à ${invitee.name}.`,
      createdAt: ctx.now,
    });
    return { linkId: link.id, invitee, token, meeting: m, leads: row.published.leads };
  });
}

