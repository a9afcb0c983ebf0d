import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { noteForEdit } from "@/db/inventory";
import { requireCommuneRole } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/dates";
import { THEMES } from "@/lib/inventory/tags";
import { DeleteRecord } from "../../_components/delete-record";
import { NoteForm } from "../../_components/note-form";
import { deleteNoteAction } from "../../actions";

export const metadata: Metadata = { title: "Modifier une note — État des lieux" };

export default async function NotePage({ params }: { params: Promise<{ code: string; id: string }> }) {
  const { code, id } = await params;
  const ctx = await requireCommuneRole(code, "inventory.edit");
  const noteId = /^\d{1,9}$/.test(id) ? Number(id) : NaN;
  const note = Number.isSafeInteger(noteId) ? noteForEdit(ctx.data, { id: noteId }) : null;
  if (!note) notFound();
  const base = `/communes/${ctx.commune.code}/etat-des-lieux`;
  const theme = THEMES[note.theme];
  return (
    <>
      <PageHeader
        title={`Modifier une note : ${theme.title.toLowerCase()}`}
        breadcrumbs={[{ href: base, label: "État des lieux" }, { href: `${base}#${note.theme}`, label: theme.title }, { label: "Note" }]}
        description={theme.questions}
      />
      <div className="mt-6 space-y-6">
        <p className="text-sm text-slate-700">
          Version {note.version}, enregistrée le {formatDateTime(note.updatedAt)}
          {note.updatedByName ? ` par ${note.updatedByName}` : ""}.
        </p>
        <Card>
          <NoteForm code={ctx.commune.code} theme={note.theme} note={note} cancelHref={`${base}#${note.theme}`} />
        </Card>
        <DeleteRecord action={deleteNoteAction} code={ctx.commune.code} id={note.id} version={note.version} label="Supprimer cette note" question="Supprimer définitivement cette note de l'état des lieux ?" />
      </div>
    </>
  );
}
