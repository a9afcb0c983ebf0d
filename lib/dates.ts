import { format } from "date-fns";
import { fr } from "date-fns/locale";
import { TZDate } from "@date-fns/tz";

export const TIME_ZONE = "Europe/Paris";

/** Today's date in Paris, "YYYY-MM-DD". */
export function todayInParis(now: Date = new Date()): string {
  return format(new TZDate(now, TIME_ZONE), "yyyy-MM-dd");
}

/** "24 novembre 2026" — for a "YYYY-MM-DD" day or an instant (shown in Paris time). */
export function formatDate(value: Date | string): string {
  if (typeof value === "string") {
    const [y, m, d] = value.split("-").map(Number);
    return format(new Date(y, m - 1, d), "d MMMM yyyy", { locale: fr });
  }
  return format(new TZDate(value, TIME_ZONE), "d MMMM yyyy", { locale: fr });
}

/** "24 novembre 2026 à 14 h 05" in Paris time. */
export function formatDateTime(value: Date): string {
  return format(new TZDate(value, TIME_ZONE), "d MMMM yyyy 'à' H 'h' mm", { locale: fr });
}

/** Whole days from a "YYYY-MM-DD" day to today (Paris), 0 on the day itself. */
export function daysSince(day: string, now: Date = new Date()): number {
  const [y, m, d] = day.split("-").map(Number);
  const [ty, tm, td] = todayInParis(now).split("-").map(Number);
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(y, m - 1, d)) / 86_400_000);
}
