/**
 * What the `mail` table keeps of a sent e-mail. Outside the demo, a mail that carries a secret link (a sign-in,
 * invitation, answer or reading link: the link *is* the key) keeps neither its body nor its attachments — a
 * copy of the database must open nothing. Callers say so (`sensitive: true`); the body is also checked here,
 * so a new message with a link that the caller forgot to flag is not kept either.
 */
const URL_PATTERN = /https?:\/\/[^\s"'<>]+/g;
/** Our tokens are 43 base64url characters (lib/tokens.ts); Auth.js's sign-in token is 64 hex digits. */
const TOKEN_SEGMENT = /^[A-Za-z0-9_-]{32,}$/;

export const NOT_KEPT = "(contenu non conservé : ce message contenait un lien personnel)";

/** Whether `text` holds a link with a token: a `token` parameter, or a path segment shaped like one. */
export function carriesSecretLink(text: string): boolean {
  for (const [candidate] of text.matchAll(URL_PATTERN)) {
    let url: URL;
    try {
      url = new URL(candidate);
    } catch {
      continue;
    }
    if (url.searchParams.has("token")) return true;
    if (url.pathname.split("/").some((segment) => TOKEN_SEGMENT.test(segment))) return true;
  }
  return false;
}

export type StoredCopy<A> = { text: string; html: string; attachments: A[] | null };

export function storedCopy<A>(mail: { text: string; html: string; attachments?: A[] }, opts: { sensitive?: boolean; demo: boolean }): StoredCopy<A> {
  const secret = opts.sensitive || carriesSecretLink(mail.text) || carriesSecretLink(mail.html);
  if (secret && !opts.demo) return { text: NOT_KEPT, html: "", attachments: null };
  return { text: mail.text, html: mail.html, attachments: mail.attachments?.length ? mail.attachments : null };
}
