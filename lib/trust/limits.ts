/**
 * The limits on what leaves the platform (stored by rate-limiter-flexible in the `rate_limit` table, see
 * db/trust/limits.ts): how many, over which window, and the French sentence that says when to retry.
 */
import { format } from "date-fns";
import { TZDate } from "@date-fns/tz";
import { todayInParis, formatDate, TIME_ZONE } from "@/lib/dates";

export type LimitName = "signInAddress" | "signInIp" | "invitations" | "workspaceCreation";

/** points per window (seconds); the key prefix names the counter in the table. */
export const LIMITS: Record<LimitName, { points: number; duration: number; keyPrefix: string }> = {
  signInAddress: { points: 3, duration: 15 * 60, keyPrefix: "connexion-adresse" },
  signInIp: { points: 20, duration: 60 * 60, keyPrefix: "connexion-ip" },
  invitations: { points: 50, duration: 24 * 60 * 60, keyPrefix: "invitations-espace" },
  workspaceCreation: { points: 3, duration: 24 * 60 * 60, keyPrefix: "creation-espace" },
};

/** « 14 h 35 » (Paris), the minute rounded up: before it, the counter has not expired. */
export function retryTime(retryAt: Date): string {
  const ms = Math.ceil(retryAt.getTime() / 60_000) * 60_000;
  return format(new TZDate(ms, TIME_ZONE), "H 'h' mm");
}

/** « Réessayez après 14 h 35 », « … demain après 9 h 05 » or « … le 4 décembre 2026 après 9 h 05 ». */
export function retryAfter(retryAt: Date, now: Date): string {
  const rounded = new Date(Math.ceil(retryAt.getTime() / 60_000) * 60_000);
  const day = todayInParis(rounded);
  const today = todayInParis(now);
  const tomorrow = todayInParis(new Date(now.getTime() + 24 * 3600_000));
  const when = day === today ? "" : day === tomorrow ? "demain " : `le ${formatDate(day)} `;
  return `Réessayez ${when}après ${retryTime(rounded)}.`;
}

export const LIMIT_MESSAGES = {
  signInAddress: (retryAt: Date, now: Date) =>
    `Trois liens de connexion ont déjà été envoyés à cette adresse dans le dernier quart d'heure : vérifiez votre messagerie (et les indésirables). ${retryAfter(retryAt, now)}`,
  signInIp: (retryAt: Date, now: Date) => `Trop de liens de connexion ont été demandés depuis cette connexion internet en une heure. ${retryAfter(retryAt, now)}`,
  invitations: (retryAt: Date, now: Date, remaining: number) =>
    `Un espace peut envoyer au plus ${LIMITS.invitations.points} invitations par jour${remaining > 0 ? ` ; il en reste ${remaining} aujourd'hui, moins que ce que cet envoi demande` : " et ce nombre est atteint"}. Rien n'a été envoyé. ${retryAfter(retryAt, now)}`,
  workspaceCreation: (retryAt: Date, now: Date) => `Un compte peut ouvrir au plus ${LIMITS.workspaceCreation.points} espaces par jour. ${retryAfter(retryAt, now)}`,
};

/** The invitations an action may still send: what the counter leaves, and when it starts again. */
export type MailAllowance = { remaining: number; retryAt: Date };
