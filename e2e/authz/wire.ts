/**
 * Server actions as Next's browser client calls them: a POST to a page of the action's bundle with the
 * `Next-Action` header and the arguments encoded by React's `encodeReply` (the copy Next ships, so the
 * encoding is the one the server decodes). The actions are read from the production build's manifest.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
// No types are published for Next's compiled copy: only this function is used.
const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.node") as {
  encodeReply: (args: unknown[]) => Promise<FormData | string>;
};

export const PORT = Number(process.env.E2E_PORT ?? 3100);
export const ORIGIN = `http://localhost:${PORT}`;

/** One server action of the build: its id, where it is written, and the pages whose bundle holds it. */
export type BuiltAction = { id: string; file: string; name: string; pages: string[] };

/** Every server action of the production build (`.next/server/server-reference-manifest.json`). */
export function builtActions(root = process.cwd()): BuiltAction[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    if (!entry.filename || !entry.exportedName) throw new Error(`the manifest does not name the source of action ${id}`);
    return { id, file: entry.filename, name: entry.exportedName, pages: Object.keys(entry.workers).filter((w) => w.endsWith("/page")) };
  });
}

/** "app/(commune)/communes/[code]/reunions/page" → "/communes/12202/reunions", the parameters given. */
export function pagePath(worker: string, params: Record<string, string>): string {
  const segments = worker
    .replace(/^app\//, "")
    .replace(/\/?page$/, "")
    .split("/")
    .filter((s) => s && !/^\(.*\)$/.test(s) && !s.startsWith("@"));
  return (
    "/" +
    segments
      .map((s) => {
        const name = /^\[+\.{0,3}([^\]]+)\]+$/.exec(s)?.[1];
        if (!name) return s;
        if (!(name in params)) throw new Error(`no value for [${name}] in ${worker}`);
        return encodeURIComponent(params[name]);
      })
      .join("/")
  );
}

/** What a form posts: one value or several per field (repeated keys, checkboxes). */
export type Fields = Record<string, string | string[]>;

export function formDataOf(fields: Fields): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) form.append(key, v);
  return form;
}

/** The arguments of a form action: `useActionState` actions take (previous state, form), the others (form). */
export async function encodeArgs(args: unknown[]): Promise<{ body: FormData | string; contentType?: string }> {
  const body = await encodeReply(args);
  return typeof body === "string" ? { body, contentType: "text/plain;charset=UTF-8" } : { body };
}

export type Answer = { status: number; location: string | null; actionRedirect: string | null; text: string };

/** Posts to `url` as the browser would, with this session cookie (or none). Redirects are not followed. */
export async function post(url: string, opts: { actionId?: string; cookie?: string; body: BodyInit; contentType?: string; headers?: Record<string, string> }): Promise<Answer> {
  const headers: Record<string, string> = { origin: ORIGIN, accept: "text/x-component", ...opts.headers };
  if (opts.actionId) headers["next-action"] = opts.actionId;
  if (opts.cookie) headers.cookie = opts.cookie;
  if (opts.contentType) headers["content-type"] = opts.contentType;
  const send = () => fetch(ORIGIN + url, { method: "POST", headers, body: opts.body, redirect: "manual" });
  let res: Response;
  try {
    res = await send();
  } catch (error) {
    // A kept-alive connection the server closed while idle (its keep-alive timeout) fails on first write: the
    // request never reached the application, so it is sent once more on a fresh connection. Anything else fails.
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (code !== "EPIPE" && code !== "UND_ERR_SOCKET") throw error;
    res = await send();
  }
  return { status: res.status, location: res.headers.get("location"), actionRedirect: res.headers.get("x-action-redirect"), text: await res.text() };
}

/** Calls an action with its arguments encoded; `args` is what the client would pass. */
export async function callAction(action: BuiltAction, url: string, args: unknown[], cookie?: string): Promise<Answer> {
  const { body, contentType } = await encodeArgs(args);
  return post(url, { actionId: action.id, cookie, body, contentType });
}

/** How the server answered: what the permission table's verdict looks like from outside. */
export type Outcome = "refused" | "sign-in" | "passed" | "error";

export function outcomeOf(answer: Answer): Outcome {
  if (answer.status >= 500) return "error";
  const target = answer.actionRedirect ?? answer.location ?? "";
  if (/^(https?:\/\/[^/]+)?\/connexion(\?|$|;)/.test(target)) return "sign-in";
  // notFound() in an action: a 404 (the commune, the federation, the record "does not exist" for this person).
  if (answer.status === 404) return "refused";
  return "passed";
}
