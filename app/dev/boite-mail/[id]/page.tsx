import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { eq } from "drizzle-orm";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/db/client";
import { mails } from "@/db/schema";
import { isDemo, isPublicDemo } from "@/lib/config";
import { isDemoAccount } from "@/lib/demo";
import { formatDateTime } from "@/lib/dates";

export const metadata: Metadata = { title: "E-mail" };

/** Shows the text version, with its links made clickable. */
export default async function DevMailPage({ params }: { params: Promise<{ id: string }> }) {
  if (!isDemo()) notFound();
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id)) notFound();
  const mail = db.select().from(mails).where(eq(mails.id, id)).get();
  if (!mail || (isPublicDemo() && !isDemoAccount(mail.to))) notFound();
  const parts = mail.text.split(/(https?:\/\/[^\s]+)/g);
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <PageHeader title={mail.subject} breadcrumbs={[{ href: "/dev/boite-mail", label: "Boîte de développement" }, { label: "E-mail" }]} />
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
        <dt className="font-semibold">À</dt>
        <dd data-testid="mail-to">{mail.to}</dd>
        <dt className="font-semibold">Date</dt>
        <dd>{formatDateTime(mail.createdAt)}</dd>
        {mail.error && (
          <>
            <dt className="font-semibold">Erreur</dt>
            <dd>{mail.error}</dd>
          </>
        )}
      </dl>
      {mail.attachments && mail.attachments.length > 0 && (
        <ul className="mt-4 text-sm" aria-label="Pièces jointes">
          {mail.attachments.map((a, i) => (
            <li key={i}>
              Pièce jointe :{" "}
              <a className="text-blue-900 underline" href={`/dev/boite-mail/${mail.id}/piece/${i}`} download={a.filename}>
                {a.filename}
              </a>
            </li>
          ))}
        </ul>
      )}
      <div className="mt-6 whitespace-pre-wrap rounded-md border border-slate-200 bg-white p-4 font-mono text-sm" data-testid="mail-body">
        {parts.map((p, i) =>
          /^https?:\/\//.test(p) ? (
            <a key={i} href={p} className="break-all text-blue-900 underline">
              {p}
            </a>
          ) : (
            <span key={i}>{p}</span>
          ),
        )}
      </div>
    </div>
  );
}
