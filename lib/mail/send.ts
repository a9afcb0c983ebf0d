import nodemailer from "nodemailer";
import { db } from "@/db/client";
import { mails } from "@/db/schema";
import { mailFrom, mode, smtpUrl } from "@/lib/config";
import { renderMail, type MailContent } from "./render";
import { carriesSecretLink, storedCopy } from "./stored";

export type SendResult = { ok: true; mailId: number } | { ok: false; mailId: number; error: string };

let transport: nodemailer.Transporter | null | undefined;
function smtpTransport() {
  if (transport === undefined) {
    const url = smtpUrl();
    transport = url ? nodemailer.createTransport(url) : null;
  }
  return transport;
}

/**
 * Sends an e-mail and logs it. In demo mode every e-mail is also kept, whole, for the development mailbox;
 * elsewhere a mail with a personal link keeps no body (`sensitive`, and ./stored.ts checks the body too).
 * Never throws: a failure is returned (and logged) so that the caller keeps what it saved and offers to resend.
 */
export type MailAttachment = { filename: string; content: string; contentType: string };

export async function sendMail(
  to: string,
  content: MailContent,
  opts: { sensitive?: boolean; attachments?: MailAttachment[] } = {},
): Promise<SendResult> {
  const { subject, text, html } = renderMail(content);
  if (!opts.sensitive && carriesSecretLink(text)) console.warn(`[mail] « ${subject} » porte un lien personnel sans être marqué sensitive : son contenu n'est pas conservé.`);
  const stored = storedCopy({ text, html, attachments: opts.attachments }, { sensitive: opts.sensitive, demo: mode() === "demo" });
  let status: "captured" | "sent" | "failed" = "captured";
  let error: string | undefined;
  const smtp = smtpTransport();
  if (smtp) {
    try {
      const info = await smtp.sendMail({ from: mailFrom(), to, subject, text, html, attachments: opts.attachments });
      const refused = [...(info.rejected ?? []), ...(info.pending ?? [])];
      if (refused.length) throw new Error(`Adresse refusée par le serveur de messagerie : ${refused.join(", ")}`);
      status = "sent";
    } catch (e) {
      status = "failed";
      error = e instanceof Error ? e.message : String(e);
      console.error(`[mail] échec d'envoi à ${to} : ${error}`);
    }
  }
  const row = db
    .insert(mails)
    .values({
      to,
      subject,
      text: stored.text,
      html: stored.html,
      status,
      error,
      attachments: stored.attachments,
    })
    .returning({ id: mails.id })
    .get();
  return status === "failed" ? { ok: false, mailId: row.id, error: error! } : { ok: true, mailId: row.id };
}
