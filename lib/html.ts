/**
 * Markup written as a string, for the few server-rendered lists whose rows are the page's cost: a React element is
 * serialized into the RSC payload, parsed back and rendered to HTML, a few microseconds each, and a page of the
 * inventory holds several hundred in its two tables. Such rows (no state, no event, no client component) are built
 * here and handed to their `<tbody>` as `dangerouslySetInnerHTML`: one string in the payload, the same HTML.
 *
 * Every interpolated value is escaped (text and double-quoted attribute values alike) unless it is itself `Html`
 * built by `html`; nothing else is ever trusted. Nothing here may carry a script, a handler or a client component.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };

/** Text made safe for an element's content or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

export type HtmlValue = string | number | Html | null | undefined | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

/** A tagged template: `html\`<td>${name}</td>\`` escapes `name`; nested `html` and arrays of it pass as markup. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new Html(out);
}

/** The prop that hands built markup to an element (`<tbody {...innerHtml(rows)} />`). */
export function innerHtml(markup: Html | readonly Html[]): { dangerouslySetInnerHTML: { __html: string } } {
  return { dangerouslySetInnerHTML: { __html: render(markup) } };
}
