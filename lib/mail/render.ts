/** Plain, accessible e-mails: every message says who sent it and why, with the link spelled out. */

export type MailContent = {
  subject: string;
  /** Why this e-mail: the first line the recipient reads. */
  intro: string;
  paragraphs?: string[];
  action?: { label: string; url: string };
  /** Shown under the button: expiry, what to do if unexpected… */
  note?: string;
  /** A reference sheet after the message (the référent's missions…): a title, a lead, then titled lists. */
  sheet?: MailSheet;
};

export type MailSheet = { title: string; lead?: string; sections: readonly { title: string; intro?: string; items: readonly string[] }[] };

function sheetText(sheet: MailSheet): string[] {
  return [
    "",
    "—",
    "",
    sheet.title.toUpperCase(),
    ...(sheet.lead ? ["", sheet.lead] : []),
    ...sheet.sections.flatMap((s) => ["", s.title, ...(s.intro ? [s.intro] : []), ...s.items.map((i) => `- ${i}`)]),
  ];
}

function sheetHtml(sheet: MailSheet): string {
  const lead = sheet.lead ? `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(sheet.lead)}</p>` : "";
  const sections = sheet.sections
    .map(
      (s) =>
        `<h3 style="margin:16px 0 8px;font-size:15px">${escapeHtml(s.title)}</h3>${s.intro ? `<p style="margin:0 0 8px;line-height:1.5">${escapeHtml(s.intro)}</p>` : ""}<ul style="margin:0 0 8px;padding-left:20px;line-height:1.5">${s.items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ul>`,
    )
    .join("\n");
  return `<div style="margin:24px 0 0;border-top:1px solid #e2e8f0;padding-top:16px"><h2 style="margin:0 0 12px;font-size:17px;color:#1e3a8a">${escapeHtml(sheet.title)}</h2>${lead}${sections}</div>`;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const SIGNATURE = "Boussole — le portail des 100 premiers jours, avec les fédérations régionales du mouvement AVECsanté.";

export function renderMail(content: MailContent): { subject: string; text: string; html: string } {
  const paragraphs = content.paragraphs ?? [];
  const text = [
    "Bonjour,",
    "",
    content.intro,
    ...paragraphs.flatMap((p) => ["", p]),
    ...(content.action ? ["", `${content.action.label} :`, content.action.url] : []),
    ...(content.note ? ["", content.note] : []),
    ...(content.sheet ? sheetText(content.sheet) : []),
    "",
    "—",
    SIGNATURE,
  ].join("\n");

  const p = (s: string) => `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(s).replace(/\n/g, "<br>")}</p>`;
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f8fafc;font-family:Arial,Helvetica,sans-serif;color:#0f172a">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border:1px solid #e2e8f0;border-radius:8px;padding:24px">
<p style="margin:0 0 16px;font-weight:bold;color:#1e3a8a">Boussole</p>
${p("Bonjour,")}
${p(content.intro)}
${paragraphs.map(p).join("\n")}
${
  content.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="background:#1e3a8a;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(content.action.label)}</a></p>
<p style="margin:0 0 16px;font-size:13px;color:#475569">Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :<br>${escapeHtml(content.action.url)}</p>`
    : ""
}
${content.note ? `<p style="margin:0 0 16px;font-size:13px;color:#475569">${escapeHtml(content.note)}</p>` : ""}
${content.sheet ? sheetHtml(content.sheet) : ""}
<p style="margin:24px 0 0;font-size:12px;color:#64748b">${escapeHtml(SIGNATURE)}</p>
</div></body></html>`;
  return { subject: content.subject, text, html };
}
