/**
 * The address of a meeting's list of invitees (/communes/{code}/reunions/{id}): the answer shown (`?reponse=`),
 * the page (`?page=`) and the selected invitee (`?invite=`), read safely and written back; and the page of the
 * list that they select. A page holds at most `INVITEE_PAGE_SIZE` lines, whatever the meeting's size.
 */
import { firstParam } from "@/lib/lookup";
import { RSVP_ANSWERS, type RsvpAnswer } from "@/lib/domain/enums";
import type { AnswerKey } from "./invitees";

export const INVITEE_PAGE_SIZE = 50;

export type Search = Record<string, string | string[] | undefined>;
export type InviteeQuery = { answer: AnswerKey | null; page: number; invite: number | null };

const ID = /^[1-9]\d{0,9}$/;
const KEYS: readonly AnswerKey[] = [...RSVP_ANSWERS, "sans_reponse"];

/** Anything malformed is no filter, the first page, no selection (never a 500). */
export function inviteeQuery(q: Search): InviteeQuery {
  const answer = firstParam(q.reponse) ?? "";
  const page = firstParam(q.page) ?? "";
  const invite = firstParam(q.invite) ?? "";
  return {
    answer: KEYS.find((k) => k === answer) ?? null,
    page: ID.test(page) ? Number(page) : 1,
    invite: ID.test(invite) ? Number(invite) : null,
  };
}

/** A relative address (the meeting's page stays the same) with this answer, page and selection, and its fragment. */
export function inviteeHref(q: Partial<InviteeQuery>, fragment: string): string {
  const s = new URLSearchParams();
  if (q.answer) s.set("reponse", q.answer);
  if (q.invite) s.set("invite", String(q.invite));
  else if (q.page && q.page > 1) s.set("page", String(q.page));
  return `?${s.toString()}#${fragment}`;
}

export type InviteePage<T> = { rows: T[]; answer: AnswerKey | null; page: number; pages: number; total: number; selected: T | null };

/**
 * The lines the address selects. A selected invitee is shown on the page that holds them (the address gives no
 * page then), with the answer filter if they match it, without it otherwise (their answer changed meanwhile).
 */
export function inviteePage<T extends { id: number; answer: RsvpAnswer | null }>(all: readonly T[], q: InviteeQuery): InviteePage<T> {
  const selected = q.invite === null ? null : (all.find((i) => i.id === q.invite) ?? null);
  const keep = (answer: AnswerKey | null) => (i: T) => answer === null || (i.answer ?? "sans_reponse") === answer;
  const answer = selected && !keep(q.answer)(selected) ? null : q.answer;
  const matching = all.filter(keep(answer));
  const pages = Math.max(1, Math.ceil(matching.length / INVITEE_PAGE_SIZE));
  const page = selected ? Math.floor(matching.indexOf(selected) / INVITEE_PAGE_SIZE) + 1 : Math.min(q.page, pages);
  return { rows: matching.slice((page - 1) * INVITEE_PAGE_SIZE, page * INVITEE_PAGE_SIZE), answer, page, pages, total: matching.length, selected };
}
