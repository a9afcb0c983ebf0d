/**
 * Who reads a published synthesis, and what it says of who came. The invitees who answered yes or attended
 * get it (a personal reading link); those who declined and did not come do not. Participants are shown by
 * profession, with counts: the synthesis travels (a council file, a federation's records), names do not.
 */
import type { RsvpAnswer } from "@/lib/domain/enums";
import { professionLabel } from "@/lib/meetings/invitees";

export type ReaderFacts = { answer: RsvpAnswer | null; attended: boolean | null };

export function receivesSynthesis(i: ReaderFacts): boolean {
  return i.answer === "oui" || i.attended === true;
}

export type ProfessionCount = { label: string; count: number };

/** The professionals who came, by profession (most represented first, then by name). */
export function attendanceByProfession(invitees: readonly { profession: string; attended: boolean | null }[]): ProfessionCount[] {
  const counts = new Map<string, number>();
  for (const i of invitees) {
    if (i.attended !== true) continue;
    const label = professionLabel(i.profession);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts.entries()].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "fr"));
}

/** "3 professionnel·les : 2 Médecin généraliste, 1 Infirmier·ère" — for mails and the PDF. */
export function attendanceSentence(rows: readonly ProfessionCount[]): string {
  const total = rows.reduce((n, r) => n + r.count, 0);
  if (total === 0) return "Aucun·e professionnel·le invité·e n'a été noté·e présent·e.";
  const head = total === 1 ? "1 professionnel·le" : `${total} professionnel·les`;
  return `${head} : ${rows.map((r) => `${r.count} ${r.label}`).join(", ")}.`;
}
