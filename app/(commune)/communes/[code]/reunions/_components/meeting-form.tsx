"use client";

import { useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import Link from "next/link";
import { useFieldArray, useWatch } from "react-hook-form";
import { Field, TextArea, TextInput, describedBy } from "@/components/ui/field";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionState } from "@/lib/actions/state";
import { ConflictPanel, type ConflictRow } from "@/components/forms/conflict-panel";
import { MEETING_KINDS, MEETING_KIND_LABELS, type MeetingKind } from "@/lib/domain/enums";
import { LEADER_SUGGESTIONS, agendaTotal, agendaWarningText, agendaWarnings, formatMinutes, kitAgenda, kitRangeOf } from "@/lib/meetings/agenda";
import { meetingSchema, type MeetingValues } from "@/lib/validation/meetings";
import { todayInParis } from "@/lib/dates";

export type TeamOption = { userId: string; name: string; rolesLabel: string };

/** The fields compared when someone saved another version meanwhile. */
function conflictRows(theirs: Record<string, string>, mine: Record<string, unknown>): ConflictRow[] {
  const agenda = (Array.isArray(mine.agenda) ? mine.agenda : []) as { title?: string; durationMinutes?: unknown }[];
  const kind = (k: unknown) => MEETING_KIND_LABELS[k as MeetingKind] ?? "";
  return [
    { key: "title", label: "Titre", mine: String(mine.title ?? ""), theirs: theirs.title },
    { key: "kind", label: "Type de réunion", mine: kind(mine.kind), theirs: kind(theirs.kind) },
    { key: "date", label: "Date", mine: String(mine.date ?? ""), theirs: theirs.date },
    { key: "time", label: "Heure de début", mine: String(mine.time ?? ""), theirs: theirs.time },
    { key: "durationMinutes", label: "Durée (minutes)", mine: String(mine.durationMinutes ?? ""), theirs: theirs.durationMinutes },
    { key: "place", label: "Lieu", mine: String(mine.place ?? ""), theirs: theirs.place },
    { key: "agenda", label: "Ordre du jour", mine: agenda.map((a) => `${a.title ?? ""} (${formatMinutes(Number(a.durationMinutes) || 0)})`).join(" · "), theirs: theirs.agenda },
  ];
}

/** Preparing a meeting: details, who prepares it, and the timed agenda (editable, reorderable with the keyboard). */
export function MeetingForm({
  action,
  defaults,
  team,
  submitLabel,
  notifyCount = 0,
  cancelHref,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  defaults: MeetingValues;
  team: TeamOption[];
  submitLabel: string;
  /** Invitees who will receive an update if the date, time, duration or place change. */
  notifyCount?: number;
  cancelHref: string;
}) {
  const { form, state, pending, formRef, formAction, onSubmit, errorOf } = useActionForm(meetingSchema, action, defaults);
  // Without JavaScript the server renders the form: what the user typed (after an error), else the defaults.
  const kept = state.status === "error" ? state.values : undefined;
  const dv = (name: string): string => {
    if (kept && name in kept) return kept[name];
    const v = name.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], defaults);
    return v == null ? "" : String(v);
  };
  // Agenda items move with JavaScript: their default then follows the item (its field), never an index.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const itemDefault = (field: Record<string, unknown>, i: number, f: string): string =>
    !hydrated && kept ? (kept[`agenda.${i}.${f}`] ?? "") : field[f] == null ? "" : String(field[f]);
  const keptPreparers = kept ? (kept.preparerIds ?? "").split("\n") : ((defaults.preparerIds as string[] | undefined) ?? []);
  const { control, register } = form;
  const { fields, append, remove, move, replace } = useFieldArray({ control, name: "agenda" });
  const agenda = useWatch({ control, name: "agenda" }) ?? [];
  const [date, time, durationMinutes, place] = useWatch({ control, name: ["date", "time", "durationMinutes", "place"] });
  const [announce, setAnnounce] = useState("");
  const [focusAfter, setFocusAfter] = useState<{ index: number; prefer: "up" | "down" | "title" } | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  const total = agendaTotal(agenda.map((a) => ({ durationMinutes: a?.durationMinutes as number })));
  const meetingMinutes = Number(durationMinutes);
  const warnings = agendaWarnings(total, meetingMinutes);
  // A save over a newer version: both shown side by side until the user keeps one.
  const [dismissed, setDismissed] = useState<number | null>(null);
  const [version, setVersion] = useState(String(defaults.version ?? ""));
  const conflict = state.status === "error" && state.conflict && state.conflict.version !== dismissed ? state.conflict : null;

  // Keeps the focus on the item that was moved (or on the neighbour of the one removed).
  useEffect(() => {
    if (!focusAfter) return;
    const { index, prefer } = focusAfter;
    const byId = (id: string) => document.getElementById(id) as HTMLButtonElement | HTMLInputElement | null;
    const candidates =
      prefer === "title"
        ? [`agenda-${index}-title`]
        : prefer === "up"
          ? [`agenda-${index}-up`, `agenda-${index}-down`]
          : [`agenda-${index}-down`, `agenda-${index}-up`];
    const target = candidates.map(byId).find((el) => el && !(el as HTMLButtonElement).disabled);
    (target ?? addButton.current)?.focus();
    setFocusAfter(null);
  }, [focusAfter, fields]);

  const titleOf = (i: number) => agenda[i]?.title?.trim() || `point ${i + 1}`;

  const moveItem = (from: number, to: number) => {
    if (to < 0 || to >= fields.length) return;
    const title = titleOf(from);
    move(from, to);
    setAnnounce(`« ${title} » est maintenant en position ${to + 1} sur ${fields.length}.`);
    setFocusAfter({ index: to, prefer: to < from ? "up" : "down" });
  };

  const removeItem = (i: number) => {
    const title = titleOf(i);
    remove(i);
    setAnnounce(`« ${title} » a été retiré de l'ordre du jour.`);
    if (fields.length > 1) setFocusAfter({ index: Math.min(i, fields.length - 2), prefer: "title" });
    else setTimeout(() => addButton.current?.focus());
  };

  const addItem = () => {
    append({ title: "", durationMinutes: "10" as unknown as number, leader: "", questions: "" }, { shouldFocus: false });
    setAnnounce(`Point ${fields.length + 1} ajouté à la fin de l'ordre du jour.`);
    setFocusAfter({ index: fields.length, prefer: "title" });
  };

  const resetToKit = () => {
    if (!window.confirm("Remplacer l'ordre du jour par le modèle du kit ? Vos modifications de l'ordre du jour seront perdues.")) return;
    replace(kitAgenda().map((a) => ({ ...a, durationMinutes: String(a.durationMinutes) as unknown as number })));
    setAnnounce("L'ordre du jour a été remplacé par le modèle du kit.");
  };

  const scheduleChanged =
    date !== defaults.date || time !== defaults.time || String(durationMinutes) !== String(defaults.durationMinutes) || (place ?? "").trim() !== (defaults.place ?? "").trim();

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    if (notifyCount > 0 && scheduleChanged) {
      const ok = window.confirm(
        `L'horaire ou le lieu change : ${notifyCount > 1 ? `les ${notifyCount} invité·es recevront` : "l'invité·e recevra"} un e-mail de mise à jour avec le fichier d'agenda modifié. Enregistrer et prévenir ?`,
      );
      if (!ok) {
        event.preventDefault();
        return;
      }
    }
    onSubmit(event);
  };

  const err = (name: string) => errorOf(name);
  const input = (name: string, hint = false) => ({
    "aria-invalid": err(name) ? (true as const) : undefined,
    "aria-describedby": describedBy(name.replace(/\./g, "-"), { hint, error: Boolean(err(name)) }),
  });

  return (
    <form ref={formRef} action={formAction} onSubmit={submit} noValidate className="space-y-8">
      <FormStatus state={state} />
      {conflict && (
        <ConflictPanel
          conflict={conflict}
          pending={pending}
          rows={conflictRows(conflict.theirs, form.getValues() as unknown as Record<string, unknown>)}
          onKeepMine={() => {
            flushSync(() => {
              setVersion(String(conflict.version));
              setDismissed(conflict.version);
            });
            formRef.current?.requestSubmit();
          }}
          onTakeTheirs={() => {
            const t = conflict.theirs;
            form.reset({
              ...form.getValues(),
              title: t.title,
              kind: t.kind as MeetingValues["kind"],
              date: t.date,
              time: t.time,
              durationMinutes: t.durationMinutes,
              place: t.place,
              preparerIds: t.preparerIds ? t.preparerIds.split("\n") : [],
              agenda: JSON.parse(t.agendaItems || "[]"),
            });
            setVersion(String(conflict.version));
            setDismissed(conflict.version);
            formRef.current?.querySelector<HTMLElement>("#title")?.focus();
          }}
        />
      )}
      <input type="hidden" defaultValue={dv("code")} {...register("code")} />
      <input type="hidden" defaultValue={dv("meetingId")} {...register("meetingId")} />
      {/* Not registered: its value changes when the user keeps a version after a conflict (a hidden input's
          default value is its value, so React must own it). */}
      <input type="hidden" name="version" value={version} readOnly />

      <fieldset className="space-y-5">
        <legend className="text-xl font-bold text-slate-900">La réunion</legend>
        <Field id="title" label="Titre" error={err("title")} required>
          <TextInput id="title" autoComplete="off" defaultValue={dv("title")} {...input("title")} {...register("title")} />
        </Field>
        <fieldset aria-describedby={err("kind") ? "kind-error" : undefined}>
          <legend className="mb-2 font-semibold text-slate-900">Type de réunion</legend>
          <div className="flex flex-wrap gap-x-6 gap-y-2">
            {MEETING_KINDS.map((k) => (
              <label key={k} className="flex items-center gap-2">
                <input type="radio" value={k} className="h-4 w-4" defaultChecked={dv("kind") === k} {...register("kind")} />
                {MEETING_KIND_LABELS[k]}
              </label>
            ))}
          </div>
          {err("kind") && (
            <p id="kind-error" className="mt-1 text-sm font-semibold text-red-700">
              {err("kind")}
            </p>
          )}
        </fieldset>
        <div className="grid gap-5 sm:grid-cols-3">
          <Field id="date" label="Date" hint="Heure de Paris." error={err("date")} required>
            <TextInput id="date" type="date" min={todayInParis()} defaultValue={dv("date")} {...input("date", true)} {...register("date")} />
          </Field>
          <Field id="time" label="Heure de début" hint="Par exemple 18:30." error={err("time")} required>
            <TextInput id="time" type="time" defaultValue={dv("time")} {...input("time", true)} {...register("time")} />
          </Field>
          <Field id="durationMinutes" label="Durée (en minutes)" hint="De 15 minutes à 4 heures ; le kit conseille 60 à 90." error={err("durationMinutes")} required>
            <TextInput id="durationMinutes" type="number" inputMode="numeric" min={15} max={240} step={5} defaultValue={dv("durationMinutes")} {...input("durationMinutes", true)} {...register("durationMinutes")} />
          </Field>
        </div>
        <Field id="place" label="Lieu" hint="Une salle municipale, une adresse, ou un lien de visioconférence." error={err("place")} required>
          <TextInput id="place" autoComplete="off" defaultValue={dv("place")} {...input("place", true)} {...register("place")} />
        </Field>
        <fieldset aria-describedby={`preparers-hint${err("preparerIds") ? " preparerIds-error" : ""}`}>
          <legend className="font-semibold text-slate-900">Qui prépare la réunion</legend>
          <p id="preparers-hint" className="text-sm text-slate-700">
            La fédération régionale et l&apos;équipe municipale la préparent ensemble.
          </p>
          <ul className="mt-2 space-y-1">
            {team.map((t) => (
              <li key={t.userId}>
                <label className="flex items-center gap-2">
                  <input type="checkbox" value={t.userId} className="h-4 w-4" defaultChecked={keptPreparers.includes(t.userId)} aria-invalid={err("preparerIds") ? true : undefined} {...register("preparerIds")} />
                  {t.name} <span className="text-sm text-slate-700">({t.rolesLabel})</span>
                </label>
              </li>
            ))}
          </ul>
          {err("preparerIds") && (
            <p id="preparerIds-error" className="mt-1 text-sm font-semibold text-red-700">
              {err("preparerIds")}
            </p>
          )}
        </fieldset>
      </fieldset>

      <fieldset className="space-y-4" aria-describedby={`agenda-hint${err("agenda") ? " agenda-error" : ""}`}>
        <legend className="text-xl font-bold text-slate-900">Ordre du jour</legend>
        <p id="agenda-hint" className="text-slate-700">
          Il part de l&apos;ordre du jour indicatif du kit (1 h à 1 h 30). Modifiez, ajoutez, retirez des points ; les boutons « Monter » et « Descendre » les réordonnent.
        </p>
        {err("agenda") && (
          <p id="agenda-error" className="text-sm font-semibold text-red-700">
            {err("agenda")}
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
            const id = (f: string) => `agenda-${i}-${f}`;
            const name = (f: string) => `agenda.${i}.${f}` as "agenda.0.title";
            const range = kitRangeOf(agenda[i]?.title ?? "");
            return (
              <li key={field.id} className="rounded-lg border border-slate-300 bg-white p-4" data-testid="agenda-item">
                <fieldset className="space-y-4">
                  <legend className="font-semibold text-blue-900">
                    Point {i + 1} : {agenda[i]?.title?.trim() || "sans titre"}
                  </legend>
                  <div className="grid items-end gap-4 sm:grid-cols-[minmax(0,1fr)_11rem_14rem]">
                    <Field id={id("title")} label="Intitulé" error={err(name("title"))} required>
                      <TextInput id={id("title")} autoComplete="off" defaultValue={itemDefault(field, i, "title")} {...input(name("title"))} {...register(name("title"))} />
                    </Field>
                    <Field id={id("durationMinutes")} label="Durée (min)" hint={range ? (range[0] === range[1] ? `Kit : ${range[0]} min` : `Kit : ${range[0]} à ${range[1]} min`) : undefined} error={err(name("durationMinutes"))} required>
                      <TextInput
                        id={id("durationMinutes")}
                        defaultValue={itemDefault(field, i, "durationMinutes")}
                        type="number"
                        inputMode="numeric"
                        min={1}
                        max={240}
                        {...input(name("durationMinutes"), Boolean(range))}
                        {...register(name("durationMinutes") as "agenda.0.durationMinutes")}
                      />
                    </Field>
                    <Field id={id("leader")} label="Animé par" error={err(name("leader"))} required>
                      <TextInput id={id("leader")} list="agenda-leaders" autoComplete="off" defaultValue={itemDefault(field, i, "leader")} {...input(name("leader"))} {...register(name("leader") as "agenda.0.leader")} />
                    </Field>
                  </div>
                  <Field id={id("questions")} label="Questions pour guider les échanges" hint="Une par ligne." error={err(name("questions"))}>
                    <TextArea id={id("questions")} rows={Math.max(3, Math.min(8, (agenda[i]?.questions ?? "").split("\n").length + 1))} defaultValue={itemDefault(field, i, "questions")} {...input(name("questions"), true)} {...register(name("questions") as "agenda.0.questions")} />
                  </Field>
                  <div className="flex flex-wrap gap-2">
                    <Button type="button" size="sm" variant="secondary" id={id("up")} disabled={i === 0} onClick={() => moveItem(i, i - 1)} aria-label={`Monter « ${titleOf(i)} »`}>
                      <span aria-hidden="true">↑</span> Monter
                    </Button>
                    <Button
                      type="button"
                      size="sm"
                      variant="secondary"
                      id={id("down")}
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

      <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-6">
        <Button type="submit" disabled={pending}>
          {pending ? "Enregistrement…" : submitLabel}
        </Button>
        <Link href={cancelHref} className={buttonClasses("ghost")}>
          Annuler
        </Link>
        {notifyCount > 0 && (
          <p className="w-full text-sm text-slate-700">
            Les invitations sont parties : un changement de date, d&apos;heure, de durée ou de lieu enverra une mise à jour aux {notifyCount} invité·es.
          </p>
        )}
      </div>
    </form>
  );
}
