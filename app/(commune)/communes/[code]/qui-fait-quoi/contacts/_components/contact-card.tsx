import Link from "next/link";
import type { PartnerContact } from "@/db/roles";

/** One contact of the directory, as read: organisation, person, how to reach them, and the note. */
export function ContactCard({ contact, editHref }: { contact: PartnerContact; editHref?: string }) {
  const name = contact.personName ?? contact.organisation;
  return (
    <article id={`contact-${contact.id}`} aria-labelledby={`contact-${contact.id}-titre`} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h3 id={`contact-${contact.id}-titre`} className="break-words text-lg font-bold text-slate-900">
        {contact.organisation}
      </h3>
      {(contact.personName || contact.position) && (
        <p className="mt-1 break-words text-slate-900">
          {contact.personName}
          {contact.personName && contact.position ? " — " : ""}
          {contact.position}
        </p>
      )}
      <ul className="mt-2 space-y-1 text-slate-800">
        {contact.email && (
          <li className="break-all">
            E-mail :{" "}
            <a href={`mailto:${contact.email}`} className="text-blue-900 underline hover:no-underline">
              {contact.email}
            </a>
          </li>
        )}
        {contact.phone && (
          <li>
            Téléphone :{" "}
            <a href={`tel:${contact.phone.replace(/\s/g, "")}`} className="text-blue-900 underline hover:no-underline">
              {contact.phone}
            </a>
          </li>
        )}
        {!contact.email && !contact.phone && <li>Ni e-mail ni téléphone renseigné.</li>}
      </ul>
      {contact.note && <p className="mt-2 whitespace-pre-line break-words text-sm text-slate-700">{contact.note}</p>}
      {editHref && (
        <p className="mt-3">
          <Link href={editHref} className="text-blue-900 underline hover:no-underline">
            Modifier<span className="sr-only"> le contact {name}</span>
          </Link>
        </p>
      )}
    </article>
  );
}
