/** Invitees: pasted address lists, profession labels, who may be reminded, who is coming by profession. */
import * as z from "zod/mini";
import { PROFESSION_LABELS, PROFESSIONS, RSVP_ANSWERS, type Profession, type RsvpAnswer } from "@/lib/domain/enums";
import { normalizeSearch } from "@/lib/text";
import { showsAnswerWarnings, type PhaseFacts } from "./phase";

const email = z.email();

export type PastedPerson = { email: string; name: string | null };
export type PastedList = { people: PastedPerson[]; invalid: string[]; duplicates: string[] };

/**
 * Reads a pasted list of addresses: separated by commas, semicolons, spaces or lines, each one possibly
 * written `Prénom Nom <adresse>` as mail programs copy them. Invalid entries are reported one by one,
 * in the order typed; the same address twice is kept once (and reported as a duplicate).
 */
export function parseEmailList(text: string): PastedList {
  const people: PastedPerson[] = [];
  const invalid: string[] = [];
  const duplicates: string[] = [];
  const seen = new Set<string>();
  const add = (raw: string, name: string | null) => {
    const address = raw.trim().replace(/^mailto:/i, "").toLowerCase();
    if (!address) return;
    if (address.length > 254 || !email.safeParse(address).success) {
      invalid.push(raw.trim());
      return;
    }
    if (seen.has(address)) {
      if (!duplicates.includes(address)) duplicates.push(address);
      return;
    }
    seen.add(address);
    people.push({ email: address, name });
  };
  for (const chunk of text.split(/[,;\n\r]+/)) {
    const part = chunk.trim();
    if (!part) continue;
    const named = /^(.*?)<([^<>]*)>\s*$/.exec(part);
    if (named) {
      const name = named[1].trim().replace(/^"(.*)"$/, "$1").trim();
      add(named[2], name || null);
    } else {
      for (const word of part.split(/\s+/)) add(word, null);
    }
  }
  return { people, invalid, duplicates };
}

/** Invitees' professions: a code of the fixed list, free text for another one, "" when not known. */
export function professionLabel(profession: string): string {
  if (!profession) return "Profession non précisée";
  return (PROFESSIONS as readonly string[]).includes(profession) ? PROFESSION_LABELS[profession as Profession] : profession;
}

/** The stored profession of an invitee picked from the inventory. */
export function inviteeProfession(p: { profession: Profession; professionOther: string | null }): string {
  return p.profession === "autre" ? p.professionOther?.trim() || "autre" : p.profession;
}

/** Each profession's words in the masculine form ("Infirmier·ère" → infirmier), accents and case aside. */
const PROFESSION_WORDS = PROFESSIONS.filter((p) => p !== "autre").map((p) => ({ code: p, words: normalizeSearch(PROFESSION_LABELS[p].replace(/·\p{L}+/gu, "")).split(" ") }));

/**
 * The professions a search names: each word typed begins a word of the label ("kiné", "médecin"), or is a
 * longer form of one, as the feminine is ("infirmière", "pharmacienne", "assistante médicale").
 */
export function professionsMatching(text: string): Profession[] {
  const typed = normalizeSearch(text).split(" ").filter(Boolean);
  if (typed.length === 0) return [];
  const names = (w: string, word: string) => word.startsWith(w) || (word.length >= 4 && w.startsWith(word));
  return PROFESSION_WORDS.filter(({ words }) => typed.every((w) => words.some((word) => names(w, word)))).map((p) => p.code);
}

export const REMINDER_INTERVAL_MS = 24 * 60 * 60 * 1000;

export type ReminderCandidate = {
  answer: RsvpAnswer | null;
  tokenHash: string | null;
  deliveryStatus: "pending" | "sent" | "failed";
  lastReminderAt: Date | null;
};

/**
 * Reminded: invited (the link was delivered) and still without an answer, at most once a day. A failed
 * delivery is not reminded — the organisers resend it instead.
 */
export function canRemind(i: ReminderCandidate, now: Date = new Date()): boolean {
  if (i.answer !== null || !i.tokenHash || i.deliveryStatus !== "sent") return false;
  return !i.lastReminderAt || now.getTime() - i.lastReminderAt.getTime() >= REMINDER_INTERVAL_MS;
}

export type AnswerKey = RsvpAnswer | "sans_reponse";
export const ANSWER_KEYS: readonly AnswerKey[] = [...RSVP_ANSWERS, "sans_reponse"];

export type ProfessionRow = { key: string; label: string } & Record<AnswerKey, number>;

export type AnswerSummary = {
  counts: Record<AnswerKey, number>;
  total: number;
  /** One row per profession, most "oui" first. */
  byProfession: ProfessionRow[];
  /** Distinct known professions among the "oui". */
  professionsComing: string[];
  /** Two professions or more among the "oui". */
  multiProfessional: boolean;
};

/** Who is coming, by profession: is it really multi-professional? An invitation without answer is "sans réponse", never "non". */
export function answerSummary(invitees: readonly { profession: string; answer: RsvpAnswer | null }[]): AnswerSummary {
  const counts: Record<AnswerKey, number> = { oui: 0, non: 0, peut_etre: 0, sans_reponse: 0 };
  const rows = new Map<string, ProfessionRow>();
  for (const i of invitees) {
    const answer: AnswerKey = i.answer ?? "sans_reponse";
    counts[answer] += 1;
    const key = i.profession.trim().toLowerCase();
    const row = rows.get(key) ?? { key, label: professionLabel(i.profession.trim()), oui: 0, non: 0, peut_etre: 0, sans_reponse: 0 };
    row[answer] += 1;
    rows.set(key, row);
  }
  const byProfession = [...rows.values()].sort(
    (a, b) => b.oui - a.oui || b.peut_etre - a.peut_etre || (a.key === "" ? 1 : 0) - (b.key === "" ? 1 : 0) || a.label.localeCompare(b.label, "fr"),
  );
  const professionsComing = byProfession.filter((r) => r.key !== "" && r.oui > 0).map((r) => r.label);
  return { counts, total: invitees.length, byProfession, professionsComing, multiProfessional: professionsComing.length >= 2 };
}

export type AnswerAdvice = { tone: "success" | "warning"; title: string; text: string };

/**
 * What the organisers are told about the professions among the "oui": several (good), one or none (remind,
 * invite other professions). Only while answers are open (`showsAnswerWarnings`): null once the meeting
 * has started, is held or cancelled.
 */
export function answerAdvice(s: AnswerSummary, m: PhaseFacts, now: Date): AnswerAdvice | null {
  if (!showsAnswerWarnings(m, now)) return null;
  const coming = s.professionsComing;
  if (s.multiProfessional) {
    return { tone: "success", title: `${coming.length} professions parmi les « oui »`, text: `${coming.join(", ")} : la rencontre réunit plusieurs professions.` };
  }
  return {
    tone: "warning",
    title: coming.length === 0 ? "Aucune profession parmi les « oui » pour l'instant" : "Une seule profession parmi les « oui »",
    text: `${coming.length === 1 ? `${coming[0]} : ` : ""}une équipe pluriprofessionnelle a besoin de plusieurs professions. Relancez les personnes sans réponse ou invitez d'autres professions.`,
  };
}
