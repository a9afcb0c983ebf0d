/**
 * Checks the proxy (proxy.ts) makes on a request before Next.js or Auth.js sees it, as pure functions:
 * a cross-site request to the sign-in callback (login CSRF), a body over the server actions' limit, a body
 * Next.js could not decode (it would answer 500). Each refusal is a short French page.
 */

/** Next.js's server actions accept 1 MB (next.config.js `serverActions.bodySizeLimit`): larger is a 413 here. */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

/** The paths the proxy protects from cross-site requests: Auth.js's e-mail sign-in callback (no CSRF token). */
export const SIGN_IN_CALLBACK = "/api/auth/callback/email";

/**
 * Whether a request comes from another site. `Sec-Fetch-Site` (every current browser) must say same-origin,
 * or "none" (typed or bookmarked by the user); without it, `Origin` must be one of ours. A browser POST
 * without either is refused: no current browser sends one, and a request without cookies has nothing to fear.
 */
export function isCrossSite(request: { method: string; origin: string | null; secFetchSite: string | null }, ownOrigins: readonly string[]): boolean {
  const site = request.secFetchSite?.toLowerCase();
  if (site) return !(site === "same-origin" || (site === "none" && request.method === "GET"));
  if (request.origin) return !ownOrigins.includes(request.origin);
  return request.method !== "GET" && request.method !== "HEAD";
}

export type Refusal = { status: 400 | 403 | 411 | 413; title: string; message: string };

export const TOO_LARGE: Refusal = {
  status: 413,
  title: "Envoi trop volumineux",
  message:
    "Ce que vous avez envoyé dépasse 1 Mo, la limite de Boussole : rien n'a été enregistré. Pour un fichier d'état des lieux, la limite est de 512 Ko et 2 000 lignes ; vérifiez que vous avez choisi le bon fichier.",
};

export const MALFORMED: Refusal = {
  status: 400,
  title: "Envoi illisible",
  message: "Le formulaire reçu est incomplet ou mal formé : rien n'a été enregistré. Rechargez la page et envoyez-le à nouveau.",
};

export const LENGTH_REQUIRED: Refusal = {
  status: 411,
  title: "Envoi sans taille",
  message: "Le formulaire a été envoyé sans indiquer sa taille : rien n'a été enregistré. Rechargez la page et envoyez-le à nouveau.",
};

/** What the headers alone say is wrong with a POST's body (size), or null. */
export function bodySizeRefusal(headers: { contentLength: string | null; transferEncoding: string | null }): Refusal | null {
  if (headers.contentLength === null) return headers.transferEncoding ? LENGTH_REQUIRED : null;
  const length = Number(headers.contentLength);
  if (!Number.isSafeInteger(length) || length < 0) return MALFORMED;
  return length > ACTION_BODY_LIMIT_BYTES ? TOO_LARGE : null;
}

const isJson = (value: FormDataEntryValue) => {
  if (typeof value !== "string") return false;
  try {
    JSON.parse(value);
    return true;
  } catch {
    return false;
  }
};

/**
 * A server action's multipart body, once parsed: the fields React decodes as JSON (`0`, `1`… of a call from
 * the page's script; `$ACTION_1:0`… of a form sent without JavaScript) must be JSON, or Next.js answers 500.
 */
export function multipartActionRefusal(form: FormData, fetchAction: boolean): Refusal | null {
  let root = false;
  for (const [key, value] of form.entries()) {
    if (/^\d+$/.test(key) || /^\$ACTION_\d+:\d+$/.test(key)) {
      if (!isJson(value)) return MALFORMED;
      if (key === "0") root = true;
    }
  }
  return fetchAction && !root ? MALFORMED : null;
}

/** A server action called by the page's script with a plain body: it is the JSON of its arguments. */
export function plainActionRefusal(body: string): Refusal | null {
  try {
    return Array.isArray(JSON.parse(body)) ? null : MALFORMED;
  } catch {
    return MALFORMED;
  }
}

export const CROSS_SITE: Refusal = {
  status: 403,
  title: "Connexion refusée",
  message:
    "Cette demande de connexion vient d'un autre site que Boussole : elle a été refusée, et votre session n'a pas changé. Pour vous connecter, ouvrez le lien reçu par e-mail, puis cliquez sur « Me connecter ».",
};

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The refusal as a small French page (no script), with a way back. */
export function refusalPage(refusal: { title: string; message: string }, back: { href: string; label: string }): string {
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(refusal.title)} — Boussole</title><link rel="icon" href="/icon.svg" type="image/svg+xml"></head>
<body style="margin:0;font-family:system-ui,sans-serif;background:#f8fafc;color:#0f172a">
<header style="background:#1e3a8a;color:#fff;padding:12px 16px"><a href="/" style="color:#fff;font-weight:bold;text-decoration:none">Boussole</a></header>
<main id="contenu" style="max-width:42rem;margin:0 auto;padding:40px 16px">
<h1 style="font-size:1.75rem;margin:0 0 16px">${escape(refusal.title)}</h1>
<p style="line-height:1.5">${escape(refusal.message)}</p>
<p style="margin-top:24px"><a href="${escape(back.href)}" style="color:#1e3a8a;font-weight:600">${escape(back.label)}</a></p>
</main></body></html>`;
}
