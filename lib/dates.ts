export const TIME_ZONE = "Europe/Paris";

// One formatter of each kind, built once: building an Intl.DateTimeFormat (what date-fns' TZDate does on every
// call) costs ~0.1 ms, which a page of 400 communes or 50 history lines paid hundreds of times.
const PARIS_DAY = new Intl.DateTimeFormat("fr-FR", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });
const PARIS_LONG_DAY = new Intl.DateTimeFormat("fr-FR", { timeZone: TIME_ZONE, year: "numeric", month: "long", day: "numeric" });
const PARIS_LONG_DAY_TIME = new Intl.DateTimeFormat("fr-FR", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "long",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
  hourCycle: "h23",
});
const PARIS_DAY_TIME = new Intl.DateTimeFormat("fr-FR", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
const UTC_LONG_DAY = new Intl.DateTimeFormat("fr-FR", { timeZone: "UTC", year: "numeric", month: "long", day: "numeric" });

/** The named parts (day, month, hour…) of `value` as one of the cached formatters above writes them. */
export function parts(f: Intl.DateTimeFormat, value: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of f.formatToParts(value)) out[p.type] = p.value;
  return out;
}

// Days of recent instants: a page asks for the same "now" (and often the same dates) once per row it shows.
const dayOfInstant = new Map<number, string>();

/** Today's date in Paris, "YYYY-MM-DD". */
export function todayInParis(now: Date = new Date()): string {
  const t = now.getTime();
  const known = dayOfInstant.get(t);
  if (known !== undefined) return known;
  const p = parts(PARIS_DAY, now);
  const day = `${p.year}-${p.month}-${p.day}`;
  if (dayOfInstant.size >= 1000) dayOfInstant.clear();
  dayOfInstant.set(t, day);
  return day;
}

/** The Paris date ("YYYY-MM-DD") and time ("HH:MM") of an instant. */
export function parisDayTime(instant: Date): { day: string; time: string } {
  const p = parts(PARIS_DAY_TIME, instant);
  return { day: `${p.year}-${p.month}-${p.day}`, time: `${p.hour.padStart(2, "0")}:${p.minute.padStart(2, "0")}` };
}

// Written dates of recent instants and days: a list page writes the same few dozen at every visit (~7 µs each).
const longDayOf = new Map<number | string, string>();

/** "24 novembre 2026" — for a "YYYY-MM-DD" day or an instant (shown in Paris time). */
export function formatDate(value: Date | string): string {
  const key = typeof value === "string" ? value : value.getTime();
  const known = longDayOf.get(key);
  if (known !== undefined) return known;
  let p: Record<string, string>;
  if (typeof value === "string") {
    const [y, m, d] = value.split("-").map(Number);
    p = parts(UTC_LONG_DAY, new Date(Date.UTC(y, m - 1, d)));
  } else p = parts(PARIS_LONG_DAY, value);
  const text = `${p.day} ${p.month} ${p.year}`;
  if (longDayOf.size >= 2000) longDayOf.clear();
  longDayOf.set(key, text);
  return text;
}

/** "24 novembre 2026 à 14 h 05" in Paris time. */
export function formatDateTime(value: Date): string {
  const p = parts(PARIS_LONG_DAY_TIME, value);
  return `${p.day} ${p.month} ${p.year} à ${Number(p.hour)} h ${p.minute}`;
}

/** Whole days from a "YYYY-MM-DD" day to today (Paris), 0 on the day itself. */
export function daysSince(day: string, now: Date = new Date()): number {
  const [y, m, d] = day.split("-").map(Number);
  const [ty, tm, td] = todayInParis(now).split("-").map(Number);
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(y, m - 1, d)) / 86_400_000);
}
