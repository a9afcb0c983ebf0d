/**
 * Bodies no form sends, posted to every action: not multipart, multipart cut short, no form or not a form,
 * every field repeated (arrays where strings are expected), 100 kB in every field, more than 1 MB in one,
 * control characters and bidi overrides in the free text, prototype keys beside a valid input. Never a 500;
 * the malformed ones write nothing; what the valid ones write holds no control character.
 */
import type { Entry } from "./catalogue";
import { argsFor, urlFor } from "./matrix";
import { callAction, formDataOf, post, type Answer, type BuiltAction, type Fields } from "./wire";

export const MARKER = "fuzzmarq";

export type FuzzCase = {
  name: string;
  /** Malformed: nothing may be written. Otherwise a valid input with something added: it may be written, cleaned. */
  malformed: boolean;
  send: (entry: Entry, action: BuiltAction, fields: Fields, cookie?: string) => Promise<Answer>;
};

const isFreeText = (v: string) => /\s/.test(v) && /\p{L}/u.test(v);
const mapFields = (fields: Fields, f: (v: string, k: string) => string): Fields =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, Array.isArray(v) ? v.map((x) => f(x, k)) : f(v, k)]));

const encoded = (entry: Entry, action: BuiltAction, fields: Fields, cookie: string | undefined, form: FormData) =>
  callAction(action, urlFor(action, fields), argsFor(entry, form), cookie);

/** The multipart body a browser would send for this form, as bytes, with its content type. */
async function multipart(form: FormData): Promise<{ bytes: Uint8Array; type: string }> {
  const response = new Response(form);
  return { bytes: new Uint8Array(await response.arrayBuffer()), type: response.headers.get("content-type")! };
}

export const FUZZ_CASES: FuzzCase[] = [
  {
    name: "pas du multipart",
    malformed: true,
    send: (_e, action, fields, cookie) => post(urlFor(action, fields), { actionId: action.id, cookie, body: "{{{", contentType: "text/plain;charset=UTF-8" }),
  },
  {
    name: "multipart tronqué",
    malformed: true,
    send: async (entry, action, fields, cookie) => {
      const form = formDataOf(fields);
      form.append("0", JSON.stringify(argsFor(entry, new FormData()).length ? [{ status: "idle" }, "$K1"] : []));
      const { bytes, type } = await multipart(form);
      return post(urlFor(action, fields), { actionId: action.id, cookie, body: bytes.slice(0, Math.floor(bytes.length / 2)), contentType: type });
    },
  },
  { name: "formulaire vide", malformed: true, send: (e, a, f, c) => encoded(e, a, f, c, new FormData()) },
  {
    name: "pas un formulaire",
    malformed: true,
    send: async (entry, action, fields, cookie) => {
      const url = urlFor(action, fields);
      let last: Answer | null = null;
      for (const value of ["texte", 42, { code: ["12202"], id: { $gt: 0 } }, null]) {
        const answer = await callAction(action, url, entry.args === "none" ? [value] : entry.args === "form" ? [value] : [{ status: "idle" }, value], cookie);
        if (!last || answer.status >= last.status) last = answer;
      }
      return last!;
    },
  },
  {
    name: "champs répétés",
    malformed: true,
    send: (e, a, fields, c) => encoded(e, a, fields, c, formDataOf(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, [String(v), "autre valeur"]])))),
  },
  { name: "100 ko par champ", malformed: true, send: (e, a, fields, c) => encoded(e, a, fields, c, formDataOf(mapFields(fields, () => "x".repeat(100_000)))) },
  {
    name: "plus d'1 Mo",
    malformed: true,
    send: (e, a, fields, c) => encoded(e, a, fields, c, formDataOf({ ...fields, [Object.keys(fields)[0] ?? "champ"]: "x".repeat(1_100_000) })),
  },
  {
    name: "caractères de contrôle",
    malformed: false,
    send: (e, a, fields, c) => encoded(e, a, fields, c, formDataOf(mapFields(fields, (v) => (isFreeText(v) ? `${v}\r\n\u0000\u202e\u0007${MARKER}` : v)))),
  },
  {
    name: "clés de prototype",
    malformed: false,
    send: (e, a, fields, c) => encoded(e, a, fields, c, formDataOf({ ...fields, ["__proto__"]: "x", constructor: "x", prototype: "x", toString: "x", hasOwnProperty: "x" })),
  },
];
