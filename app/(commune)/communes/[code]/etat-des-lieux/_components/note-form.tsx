"use client";

import { useEffect } from "react";
import Link from "next/link";
import { Field, TextArea } from "@/components/ui/field";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { ConflictPanel } from "@/components/forms/conflict-panel";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { useActionForm } from "@/components/forms/use-action-form";
import { useConflict } from "@/components/forms/use-conflict";
import type { NoteTheme } from "@/lib/domain/enums";
import { THEMES, tagLabel } from "@/lib/inventory/tags";
import { INVENTORY_NOTE_MAX as NOTE_MAX } from "@/lib/validation/limits";
import type { UpdateNoteForm, updateNoteSchema } from "@/lib/validation/inventory";
import { createNoteAction, updateNoteAction } from "../actions";

// One form for both (loaded when first used), typed as the edit's: a new note has no id nor version yet.
const loadUpdateSchema = () => import("@/lib/validation/inventory").then((m) => m.updateNoteSchema);
const loadCreateSchema = () => import("@/lib/validation/inventory").then((m) => m.createNoteSchema as unknown as typeof updateNoteSchema);

/** A note of one theme: its text and a few tags from the theme's list. Added inline; edited on its own page. */
export function NoteForm({
  code,
  theme,
  note,
  cancelHref,
  autoFocus = false,
}: {
  code: string;
  theme: NoteTheme;
  /** Editing an existing note. */
  note?: { id: number; version: number; text: string; tags: string[] };
  cancelHref?: string;
  /** Opened on request (« Ajouter une note »): the text field takes the focus. */
  autoFocus?: boolean;
}) {
  const editing = Boolean(note);
  // One form for both: typed with the edit shape (its id and version fields exist only when editing).
  const action = editing ? updateNoteAction : createNoteAction;
  const initial: UpdateNoteForm = { code, theme, text: note?.text ?? "", tags: note?.tags ?? [], id: String(note?.id ?? ""), version: String(note?.version ?? "") };
  const kit = useActionForm(editing ? loadUpdateSchema : loadCreateSchema, action, initial);
  const { form, state, pending, formRef, formAction, onSubmit } = kit;
  const p = `${theme}-${note?.id ?? "new"}`;
  const info = THEMES[theme];
  const text = form.watch("text") ?? "";
  const textField = kit.field("text", { id: `${p}-text`, hint: true });

  // A note added: the form is emptied for the next one (the list above shows it).
  useEffect(() => {
    if (!editing && state.status === "success") form.reset({ ...initial, text: "", tags: [] });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when a new state arrives
  }, [state]);

  const tagsText = (v: string | undefined) =>
    (v ?? "")
      .split("\n")
      .filter(Boolean)
      .map((t) => tagLabel(theme, t))
      .join(", ");
  const conflict = useConflict(kit, {
    rows: (c, mine) => [
      { key: "text", label: "Texte", mine: mine.text ?? "", theirs: c.theirs.text },
      { key: "tags", label: "Mots-clés", mine: tagsText(mine.tags), theirs: tagsText(c.theirs.tags) },
    ],
    theirs: (c) => ({ ...initial, version: String(c.version), text: c.theirs.text, tags: c.theirs.tags.split("\n").filter(Boolean) }),
  });

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormStatus state={state} />
      {conflict && <ConflictPanel {...conflict} />}
      <input type="hidden" defaultValue={code} {...form.register("code")} />
      <input type="hidden" defaultValue={theme} {...form.register("theme")} />
      {editing && (
        <>
          <input type="hidden" defaultValue={String(note?.id ?? "")} {...form.register("id")} />
          <input type="hidden" value={String(form.watch("version") ?? "")} {...form.register("version")} />
        </>
      )}
      <Field noHealthData
        id={textField.id}
        label={editing ? "Texte de la note" : `Nouvelle note (${info.title.toLowerCase()})`}
        hint={`${info.hint} ${text.length.toLocaleString("fr-FR")} / ${NOTE_MAX.toLocaleString("fr-FR")} caractères.`}
        error={textField.error}
        required
      >
        <TextArea rows={3} autoFocus={autoFocus} {...textField.control} />
      </Field>
      <ChoiceGroup
        {...kit.choices("tags", { id: `${p}-tags` })}
        type="checkbox"
        inline
        legend="Mots-clés"
        options={Object.entries(info.tags).map(([value, label]) => ({ value, label }))}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending} variant={editing ? "primary" : "secondary"}>
          {pending ? "Enregistrement…" : editing ? "Enregistrer la note" : `Ajouter la note`}
        </Button>
        {cancelHref && (
          <Link href={cancelHref} className={buttonClasses("ghost")}>
            Annuler
          </Link>
        )}
      </div>
    </form>
  );
}
