/**
 * Saves under load, as a browser without JavaScript makes them: each writer opens its own inventory line's
 * form, changes the note and posts the form (React's progressive-enhancement fields included), then reads the
 * form again for the next version. The POST alone is timed; a 5xx, or an answer that is not the redirect of a
 * successful save, is an error.
 */
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

const decode = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
const attr = (tag: string, name: string) => {
  const m = tag.match(new RegExp(`\\s${name}="([^"]*)"`));
  return m ? decode(m[1]) : null;
};

/** The fields a browser would post for the form that holds `field`: inputs, checked choices, selects, textareas. */
export function formBody(html: string, field: string): FormData | null {
  const forms = html.match(/<form\b[\s\S]*?<\/form>/g) ?? [];
  const form = forms.find((f) => f.includes(`name="${field}"`));
  if (!form) return null;
  const body = new FormData();
  for (const tag of form.match(/<input\b[^>]*>/g) ?? []) {
    const name = attr(tag, "name");
    const type = attr(tag, "type") ?? "text";
    if (!name || type === "submit" || type === "file") continue;
    if ((type === "radio" || type === "checkbox") && !/\schecked=""/.test(tag)) continue;
    body.append(name, attr(tag, "value") ?? (type === "checkbox" ? "on" : ""));
  }
  for (const m of form.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
    const name = attr(m[1], "name");
    if (name) body.append(name, decode(m[2]));
  }
  for (const m of form.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const name = attr(m[1], "name");
    if (!name) continue;
    const options = m[2].match(/<option\b[^>]*>/g) ?? [];
    const chosen = options.find((o) => /\sselected=""/.test(o)) ?? options[0];
    if (chosen) body.append(name, attr(chosen, "value") ?? "");
  }
  return body;
}

export async function measureSaves(opts: {
  base: string;
  cookie: string;
  code: string;
  lines: number[];
  rounds: number;
  formBody: typeof formBody;
  statements?: () => number;
}) {
  const times: number[] = [];
  const errors: string[] = [];
  let stmts = Infinity;
  const editOne = async (line: number, round: number, countStatements: boolean) => {
    const url = `${opts.base}/communes/${opts.code}/etat-des-lieux/professionnels/${line}`;
    const page = await fetch(url, { headers: { cookie: opts.cookie } });
    const body = opts.formBody(await page.text(), "note");
    if (!body) return void errors.push(`${url} : pas de formulaire avec une note (${page.status})`);
    body.set("note", `Disponibilités revues (enregistrement ${round} de la ligne ${line}).`);
    const before = opts.statements?.() ?? 0;
    const t0 = performance.now();
    const res = await fetch(url, { method: "POST", body, headers: { cookie: opts.cookie, origin: opts.base }, redirect: "manual" });
    await res.arrayBuffer();
    times.push(performance.now() - t0);
    if (countStatements && opts.statements) {
      await new Promise((r) => setTimeout(r, 50));
      stmts = Math.min(stmts, opts.statements() - before);
    }
    if (res.status !== 303) errors.push(`enregistrement de la ligne ${line} → ${res.status}`);
  };
  // Alone first, to count one save's statements; then all writers at once.
  // Warm-up, as the pages get theirs (their throughput runs): the save's code hot before it is timed.
  for (let i = 0; i < 20; i++) await editOne(opts.lines[0], -i - 1, i < 3);
  times.length = 0;
  await Promise.all(opts.lines.map(async (line) => {
    for (let round = 0; round < opts.rounds; round++) await editOne(line, round, false);
  }));
  return { count: times.length, p50: pct(times, 50), p95: pct(times, 95), errors, statements: Number.isFinite(stmts) ? stmts : NaN };
}
