"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};
import { useFieldArray, useWatch } from "react-hook-form";
import { Field, TextArea, TextInput } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import type { useActionForm } from "@/components/forms/use-action-form";
import { LEADER_SUGGESTIONS, agendaTotal, agendaWarningText, agendaWarnings, formatMinutes, kitAgenda, kitRangeOf } from "@/lib/meetings/agenda";
import type { meetingSchema } from "@/lib/validation/meetings";

/** The meeting form's kit (see `MeetingForm`). */
export type MeetingFormKit = ReturnType<typeof useActionForm<typeof meetingSchema>>;

type ItemField = "title" | "durationMinutes" | "leader" | "questions";

const rangeHint = (range: readonly [number, number] | null) => (range ? (range[0] === range[1] ? `Kit : ${range[0]} min` : `Kit : ${range[0]} à ${range[1]} min`) : undefined);

/**
 * The timed agenda of a meeting: items edited, added, removed and reordered with the keyboard (the focus
 * stays on the item moved, each change is announced), and the kit's total rule shown as it is typed.
 */
export function AgendaEditor({ kit }: { kit: MeetingFormKit }) {
  const { form, kept, errorOf } = kit;
  const { control } = form;
  const { fields, append, remove, move, replace } = useFieldArray({ control, name: "agenda" });
  const agenda = useWatch({ control, name: "agenda" }) ?? [];
  const durationMinutes = useWatch({ control, name: "durationMinutes" });
  const [announce, setAnnounce] = useState("");
  // Where the focus goes once the list has re-rendered after a move or a removal.
  const focusAfter = useRef<{ index: number; prefer: "up" | "down" | "title" } | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  // Items move with JavaScript: their starting value then follows the item (its field), never an index.
  // Before that (the server's HTML after an error), it is what the user sent at that index.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const itemDefault = (field: Record<string, unknown>, i: number, f: ItemField): string =>
    !hydrated && kept ? (kept[`agenda.${i}.${f}`] ?? "") : field[f] == null ? "" : String(field[f]);

  const total = agendaTotal(agenda.map((a) => ({ durationMinutes: Number(a?.durationMinutes) })));
  const meetingMinutes = Number(durationMinutes);
  const warnings = agendaWarnings(total, meetingMinutes);

  // Keeps the focus on the item that was moved (or on the neighbour of the one removed).
  useEffect(() => {
    if (!focusAfter.current) return;
    const { index, prefer } = focusAfter.current;
    const byId = (id: string) => document.getElementById(id) as HTMLButtonElement | HTMLInputElement | null;
    const candidates =
      prefer === "title" ? [`agenda-${index}-title`] : prefer === "up" ? [`agenda-${index}-up`, `agenda-${index}-down`] : [`agenda-${index}-down`, `agenda-${index}-up`];
    const target = candidates.map(byId).find((el) => el && !(el as HTMLButtonElement).disabled);
    (target ?? addButton.current)?.focus();
    focusAfter.current = null;
  }, [fields]);

  const titleOf = (i: number) => agenda[i]?.title?.trim() || `point ${i + 1}`;

  const moveItem = (from: number, to: number) => {
    if (to < 0 || to >= fields.length) return;
    const title = titleOf(from);
    move(from, to);
    setAnnounce(`« ${title} » est maintenant en position ${to + 1} sur ${fields.length}.`);
    focusAfter.current = { index: to, prefer: to < from ? "up" : "down" };
  };

  const removeItem = (i: number) => {
    const title = titleOf(i);
    remove(i);
    setAnnounce(`« ${title} » a été retiré de l'ordre du jour.`);
    if (fields.length > 1) focusAfter.current = { index: Math.min(i, fields.length - 2), prefer: "title" };
    else setTimeout(() => addButton.current?.focus());
  };

  const addItem = () => {
    append({ title: "", durationMinutes: "10", leader: "", questions: "" }, { shouldFocus: false });
    setAnnounce(`Point ${fields.length + 1} ajouté à la fin de l'ordre du jour.`);
    focusAfter.current = { index: fields.length, prefer: "title" };
  };

  const resetToKit = () => {
    if (!window.confirm("Remplacer l'ordre du jour par le modèle du kit ? Vos modifications de l'ordre du jour seront perdues.")) return;
    replace(kitAgenda().map((a) => ({ ...a, durationMinutes: String(a.durationMinutes) })));
    setAnnounce("L'ordre du jour a été remplacé par le modèle du kit.");
  };

  const agendaError = errorOf("agenda");
  return (
    <fieldset className="space-y-4" aria-describedby={`agenda-hint${agendaError ? " agenda-error" : ""}`}>
      <legend className="text-xl font-bold text-slate-900">Ordre du jour</legend>
      <p id="agenda-hint" className="text-slate-700">
        Il part de l&apos;ordre du jour indicatif du kit (1 h à 1 h 30). Modifiez, ajoutez, retirez des points ; les boutons « Monter » et « Descendre » les réordonnent.
      </p>
      {agendaError && (
        <p id="agenda-error" className="text-sm font-semibold text-red-700">
          {agendaError}
        </p>
      )}
      <p className="sr-only" role="status" aria-live="polite">
        {announce}
      </p>
      <datalist id="agenda-leaders">
        {LEADER_SUGGESTIONS.map((l) => (
          <option key={l} value={l} />
        ))}
      </datalist>
      <ol className="space-y-4">
        {fields.map((field, i) => {
          const range = kitRangeOf(agenda[i]?.title ?? "");
          const title = kit.field(`agenda.${i}.title`);
          const duration = kit.field(`agenda.${i}.durationMinutes`, { hint: Boolean(range) });
          const leader = kit.field(`agenda.${i}.leader`);
          const questions = kit.field(`agenda.${i}.questions`, { hint: true });
          const start = (f: ItemField) => itemDefault(field, i, f);
          return (
            <li key={field.id} className="rounded-lg border border-slate-300 bg-white p-4" data-testid="agenda-item">
              <fieldset className="space-y-4">
                <legend className="font-semibold text-blue-900">
                  Point {i + 1} : {agenda[i]?.title?.trim() || "sans titre"}
                </legend>
                <div className="grid items-end gap-4 sm:grid-cols-[minmax(0,1fr)_11rem_14rem]">
                  <Field id={title.id} label="Intitulé" error={title.error} required>
                    <TextInput autoComplete="off" {...title.control} defaultValue={start("title")} />
                  </Field>
                  <Field id={duration.id} label="Durée (min)" hint={rangeHint(range)} error={duration.error} required>
                    <TextInput type="number" inputMode="numeric" min={1} max={240} {...duration.control} defaultValue={start("durationMinutes")} />
                  </Field>
                  <Field id={leader.id} label="Animé par" error={leader.error} required>
                    <TextInput list="agenda-leaders" autoComplete="off" {...leader.control} defaultValue={start("leader")} />
                  </Field>
                </div>
                <Field id={questions.id} label="Questions pour guider les échanges" hint="Une par ligne." error={questions.error}>
                  <TextArea rows={Math.max(3, Math.min(8, (agenda[i]?.questions ?? "").split("\n").length + 1))} {...questions.control} defaultValue={start("questions")} />
                </Field>
                <div className="flex flex-wrap gap-2">
                  <Button type="button" size="sm" variant="secondary" id={`agenda-${i}-up`} disabled={i === 0} onClick={() => moveItem(i, i - 1)} aria-label={`Monter « ${titleOf(i)} »`}>
                    <span aria-hidden="true">↑</span> Monter
                  </Button>
                  <Button
                    type="button"
                    size="sm"
                    variant="secondary"
                    id={`agenda-${i}-down`}
                    disabled={i === fields.length - 1}
                    onClick={() => moveItem(i, i + 1)}
                    aria-label={`Descendre « ${titleOf(i)} »`}
                  >
                    <span aria-hidden="true">↓</span> Descendre
                  </Button>
                  <Button type="button" size="sm" variant="ghost" onClick={() => removeItem(i)} aria-label={`Retirer « ${titleOf(i)} » de l'ordre du jour`}>
                    Retirer
                  </Button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap gap-3">
        <Button type="button" variant="secondary" ref={addButton} onClick={addItem}>
          Ajouter un point
        </Button>
        <Button type="button" variant="ghost" onClick={resetToKit}>
          Repartir du modèle du kit
        </Button>
      </div>
      <div className="rounded-md border border-slate-300 bg-slate-50 p-4" role="status" aria-live="polite" aria-atomic="true">
        <p className="font-semibold text-slate-900" data-testid="agenda-total">
          Total de l&apos;ordre du jour : {formatMinutes(total)}
          {meetingMinutes > 0 ? <span className="font-normal text-slate-700"> pour une réunion de {formatMinutes(meetingMinutes)}</span> : null}
        </p>
        {warnings.length > 0 && (
          <ul className="mt-2 space-y-1 text-amber-950" data-testid="agenda-warnings">
            {warnings.map((w) => (
              <li key={w.kind} className="border-l-4 border-amber-600 pl-2">
                <span className="sr-only">Attention : </span>
                {agendaWarningText(w)}
              </li>
            ))}
          </ul>
        )}
      </div>
    </fieldset>
  );
}
