import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { mails } from "@/db/schema";
import { isDemo, isPublicDemo } from "@/lib/config";
import { isDemoAccount } from "@/lib/demo";

/** Demo only: downloads an attachment of a kept e-mail (e.g. the meeting's calendar file). */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string; n: string }> }) {
  if (!isDemo()) return new Response("Introuvable", { status: 404 });
  const { id, n } = await params;
  const mail = Number.isSafeInteger(Number(id)) ? db.select({ to: mails.to, attachments: mails.attachments }).from(mails).where(eq(mails.id, Number(id))).get() : undefined;
  const file = mail && !(isPublicDemo() && !isDemoAccount(mail.to)) ? mail.attachments?.[Number(n)] : undefined;
  if (!file) return new Response("Introuvable", { status: 404 });
  return new Response(file.content, {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.filename.replace(/[^\w.-]/g, "_")}"`,
    },
  });
}
