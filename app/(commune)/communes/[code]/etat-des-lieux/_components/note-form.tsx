"use client";

import { useEffect, useState } from "react";
import Link from "next/link";
import { Field, TextArea, describedBy } from "@/components/ui/field";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { ConflictPanel } from "@/components/forms/conflict-panel";
import { useActionForm } from "@/components/forms/use-action-form";
import type { NoteTheme } from "@/lib/domain/enums";
import { THEMES, tagLabel } from "@/lib/inventory/tags";
import { NOTE_MAX, createNoteSchema, updateNoteSchema } from "@/lib/validation/inventory";
import { createNoteAction, updateNoteAction } from "../actions";

/** A note of one theme: its text and a few tags from the theme's list. Added inline; edited on its own page. */
export function NoteForm({
  code,
  theme,
  note,
  cancelHref,
}: {
  code: string;
  theme: NoteTheme;
  /** Editing an existing note. */
  note?: { id: number; version: number; text: string; tags: string[] };
  cancelHref?: string;
}) {
  const editing = Boolean(note);
  const schema = editing ? updateNoteSchema : createNoteSchema;
  const action = editing ? updateNoteAction : createNoteAction;
  const initial = { code, theme, text: note?.text ?? "", tags: note?.tags ?? [], ...(note ? { id: String(note.id), version: String(note.version) } : {}) };
  const { form, state, pending, formRef, formAction, onSubmit, errorOf } = useActionForm(schema as typeof updateNoteSchema, action, initial as never);
  // Also in the server-rendered HTML (react-hook-form fills the fields only once hydrated).
  const kept = state.status === "error" ? state.values : undefined;
  const keptTags = kept ? (kept.tags ?? "").split("\n") : initial.tags;
  const [dismissed, setDismissed] = useState<number | null>(null);
  const p = `${theme}-${note?.id ?? "new"}`;
  const info = THEMES[theme];
  const text = form.watch("text") ?? "";
  const textError = errorOf("text");
  const tagsError = errorOf("tags");

  // A note added: the form is emptied for the next one (the list above shows it).
  useEffect(() => {
    if (!editing && state.status === "success") form.reset({ code, theme, text: "", tags: [] } as never);
  }, [state, editing, form, code, theme]);

  const conflict = state.status === "error" && state.conflict && state.conflict.version !== dismissed ? state.conflict : null;
  const tagsText = (v: string | undefined) =>
    (v ?? "")
      .split("\n")
      .filter(Boolean)
      .map((t) => tagLabel(theme, t))
      .join(", ");

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormStatus state={state} />
      {conflict && (
        <ConflictPanel
          conflict={conflict}
          pending={pending}
          rows={[
            { key: "text", label: "Texte", mine: state.status === "error" ? (state.values.text ?? "") : "", theirs: conflict.theirs.text },
            { key: "tags", label: "Mots-clés", mine: tagsText(state.status === "error" ? state.values.tags : ""), theirs: tagsText(conflict.theirs.tags) },
          ]}
          onKeepMine={() => {
            form.setValue("version", String(conflict.version) as never);
            setDismissed(conflict.version);
            formRef.current?.requestSubmit();
          }}
          onTakeTheirs={() => {
            form.reset({ ...initial, version: String(conflict.version), text: conflict.theirs.text, tags: conflict.theirs.tags.split("\n").filter(Boolean) } as never);
            setDismissed(conflict.version);
          }}
        />
      )}
      <input type="hidden" defaultValue={code} {...form.register("code")} />
      <input type="hidden" defaultValue={theme} {...form.register("theme")} />
      {editing && (
        <>
          <input type="hidden" defaultValue={initial.id} {...form.register("id")} />
          <input type="hidden" value={String(form.watch("version") ?? "")} {...form.register("version")} />
        </>
      )}
      <Field
        id={`${p}-text`}
        label={editing ? "Texte de la note" : `Nouvelle note (${info.title.toLowerCase()})`}
        hint={`${info.hint} ${text.length.toLocaleString("fr-FR")} / ${NOTE_MAX.toLocaleString("fr-FR")} caractères.`}
        error={textError}
        required
      >
        <TextArea
          id={`${p}-text`}
          rows={3}
          defaultValue={kept?.text ?? initial.text}
          aria-invalid={textError ? true : undefined}
          aria-describedby={describedBy(`${p}-text`, { hint: true, error: Boolean(textError) })}
          {...form.register("text")}
        />
      </Field>
      <fieldset aria-describedby={tagsError ? `${p}-tags-error` : undefined}>
        <legend className="mb-2 font-semibold text-slate-900">Mots-clés</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {Object.entries(info.tags).map(([tag, label]) => (
            <label key={tag} className="flex items-center gap-2 text-sm">
              <input type="checkbox" value={tag} className="h-4 w-4" defaultChecked={keptTags.includes(tag)} {...form.register("tags")} />
              {label}
            </label>
          ))}
        </div>
        {tagsError && (
          <p id={`${p}-tags-error`} className="mt-2 text-sm font-semibold text-red-700">
            <span className="sr-only">Erreur : </span>
            {tagsError}
          </p>
        )}
      </fieldset>
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
