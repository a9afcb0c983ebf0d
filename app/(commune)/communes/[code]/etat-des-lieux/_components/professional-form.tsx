"use client";

import { useState } from "react";
import Link from "next/link";
import { Field, Select, TextArea, TextInput, describedBy } from "@/components/ui/field";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { ConflictPanel } from "@/components/forms/conflict-panel";
import { useActionForm } from "@/components/forms/use-action-form";
import {
  AGE_BRACKETS,
  AGE_BRACKET_LABELS,
  DEPARTURE_HORIZONS,
  DEPARTURE_HORIZON_LABELS,
  INTEREST_LABELS,
  INTEREST_LEVELS,
  LINE_SOURCE_LABELS,
  PRACTICE_FORMS,
  PRACTICE_FORM_LABELS,
  PRACTICE_LOCATIONS,
  PRACTICE_LOCATION_LABELS,
  PROFESSIONS,
  PROFESSION_LABELS,
} from "@/lib/domain/enums";
import { LINE_NOTE_MAX, TEAM_SOURCES, createProfessionalSchema, updateProfessionalSchema } from "@/lib/validation/inventory";
import { createProfessionalAction, updateProfessionalAction } from "../actions";
import { CommunePicker, type CommuneOption } from "./commune-picker";
import { LINE_FIELD_LABELS, lineFieldValue } from "./labels";

export type ProfessionalFormProps = {
  code: string;
  communeName: string;
  /** "create" and "edit" for the team; "own" for the professional checking their own line. */
  mode: "create" | "edit" | "own";
  /** The form's strings (see lineFormValues), plus id and version when editing. */
  defaults: Record<string, string>;
  /** The team may say who entered the line, until the professional confirms it. */
  canSetSource: boolean;
  cancelHref: string;
};

const COMPARED = ["profession", "professionOther", "name", "practiceLocation", "practiceCommuneCode", "practiceForm", "ageBracket", "departure", "interest", "email", "phone", "note", "source"];

export function ProfessionalForm({ code, communeName, mode, defaults, canSetSource, cancelHref }: ProfessionalFormProps) {
  const create = mode === "create";
  const schema = create ? createProfessionalSchema : updateProfessionalSchema;
  const action = create ? createProfessionalAction : updateProfessionalAction;
  const toForm = (v: Record<string, string>) => ({
    code,
    profession: v.profession ?? "",
    professionOther: v.professionOther ?? "",
    anonymous: v.anonymous === "on",
    name: v.name ?? "",
    practiceLocation: v.practiceLocation || "commune",
    practiceCommuneCode: v.practiceCommuneCode ?? "",
    practiceForm: v.practiceForm ?? "",
    ageBracket: v.ageBracket || "inconnu",
    departure: v.departure || "inconnu",
    interest: v.interest || "non_sollicite",
    email: v.email ?? "",
    phone: v.phone ?? "",
    note: v.note ?? "",
    ...(canSetSource ? { source: v.source || "commune" } : {}),
    ...(create ? {} : { id: defaults.id, version: v.version ?? defaults.version }),
  });
  const initial = toForm(defaults) as Record<string, string | boolean | undefined>;
  const { form, state, pending, formRef, formAction, onSubmit, errorOf } = useActionForm(schema as typeof updateProfessionalSchema, action, initial as never);
  // The server-rendered HTML carries the values too (react-hook-form only fills the fields once hydrated):
  // the form is right before JavaScript runs, and without it. Hidden fields that change (version, commune)
  // are controlled instead: a hidden input's value *is* its default value, which React would reset.
  const kept = state.status === "error" ? state.values : undefined;
  const dv = (name: string) => (kept ? (kept[name] ?? "") : String(initial[name] ?? ""));
  const checked = (name: string, value: string) => dv(name) === value;
  const [communes, setCommunes] = useState<Record<string, string>>(
    defaults.practiceCommuneCode ? { [defaults.practiceCommuneCode]: defaults.practiceCommuneLabel || defaults.practiceCommuneCode } : {},
  );
  const [dismissed, setDismissed] = useState<number | null>(null);

  const profession = form.watch("profession");
  const anonymous = form.watch("anonymous");
  const location = form.watch("practiceLocation");
  const communeCodeValue = form.watch("practiceCommuneCode") ?? "";
  const note = form.watch("note") ?? "";

  const conflict = state.status === "error" && state.conflict && state.conflict.version !== dismissed ? state.conflict : null;
  const communeLabel = (c: string) => communes[c] ?? conflict?.theirs.practiceCommuneLabel ?? c;

  const err = (name: string) => errorOf(name);
  const control = (name: string, opts: { hint?: boolean } = {}) => ({
    id: name,
    "aria-invalid": err(name) ? true : undefined,
    "aria-describedby": describedBy(name, { hint: opts.hint, error: Boolean(err(name)) }),
  });
  const radioError = (name: string) =>
    err(name) && (
      <p id={`${name}-error`} className="mt-2 text-sm font-semibold text-red-700">
        <span className="sr-only">Erreur : </span>
        {err(name)}
      </p>
    );

  const submitLabel = create ? "Ajouter la fiche" : mode === "own" ? "Confirmer ma fiche" : "Enregistrer la fiche";

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-6">
      <FormStatus state={state} />
      {conflict && (
        <ConflictPanel
          conflict={conflict}
          pending={pending}
          rows={COMPARED.filter((k) => k !== "source" || canSetSource).map((key) => ({
            key,
            label: LINE_FIELD_LABELS[key],
            mine: lineFieldValue(key, state.status === "error" ? state.values : {}, communeLabel),
            theirs: lineFieldValue(key, conflict.theirs, () => conflict.theirs.practiceCommuneLabel),
          }))}
          onKeepMine={() => {
            form.setValue("version", String(conflict.version) as never);
            setDismissed(conflict.version);
            formRef.current?.requestSubmit();
          }}
          onTakeTheirs={() => {
            if (conflict.theirs.practiceCommuneCode) setCommunes((c) => ({ ...c, [conflict.theirs.practiceCommuneCode]: conflict.theirs.practiceCommuneLabel }));
            form.reset(toForm({ ...conflict.theirs, version: String(conflict.version) }) as never);
            setDismissed(conflict.version);
            formRef.current?.querySelector<HTMLElement>("#profession")?.focus();
          }}
        />
      )}
      <input type="hidden" defaultValue={dv("code")} {...form.register("code")} />
      {!create && (
        <>
          <input type="hidden" defaultValue={dv("id")} {...form.register("id")} />
          <input type="hidden" value={String(form.watch("version") ?? "")} {...form.register("version")} />
        </>
      )}

      <fieldset className="space-y-4">
        <legend className="mb-1 text-lg font-bold text-slate-900">Qui</legend>
        <Field id="profession" label="Profession" error={err("profession")} required>
          <Select defaultValue={dv("profession")} {...control("profession")} {...form.register("profession")}>
            {create && <option value="">Choisissez une profession…</option>}
            {PROFESSIONS.map((p) => (
              <option key={p} value={p}>
                {PROFESSION_LABELS[p]}
              </option>
            ))}
          </Select>
        </Field>
        {profession === "autre" && (
          <Field id="professionOther" label="Précisez la profession" hint="Par exemple : ostéopathe, audioprothésiste." error={err("professionOther")} required>
            <TextInput defaultValue={dv("professionOther")} {...control("professionOther", { hint: true })} {...form.register("professionOther")} />
          </Field>
        )}
        <label className="flex items-center gap-3">
          <input type="checkbox" className="h-4 w-4" defaultChecked={kept ? kept.anonymous === "on" : initial.anonymous === true} {...form.register("anonymous")} />
          <span>Fiche anonyme (sans nom)</span>
        </label>
        {!anonymous && (
          <Field id="name" label="Prénom et nom" error={err("name")} required>
            <TextInput autoComplete="off" defaultValue={dv("name")} {...control("name")} {...form.register("name")} />
          </Field>
        )}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-1 text-lg font-bold text-slate-900">Exercice</legend>
        <fieldset aria-describedby={err("practiceLocation") ? "practiceLocation-error" : undefined}>
          <legend className="mb-2 font-semibold text-slate-900">Où cette personne exerce-t-elle ?</legend>
          <div className="flex flex-wrap gap-x-6 gap-y-2">
            {PRACTICE_LOCATIONS.map((l) => (
              <label key={l} className="flex items-center gap-2">
                <input type="radio" value={l} className="h-4 w-4" defaultChecked={checked("practiceLocation", l)} {...form.register("practiceLocation")} />
                {l === "commune" ? `À ${communeName}` : PRACTICE_LOCATION_LABELS[l]}
              </label>
            ))}
          </div>
          {radioError("practiceLocation")}
        </fieldset>
        <input type="hidden" value={communeCodeValue} {...form.register("practiceCommuneCode")} />
        {location === "proximite" && (
          <CommunePicker
            communeCode={code}
            value={communeCodeValue}
            initial={communeCodeValue ? { code: communeCodeValue, label: communeLabel(communeCodeValue) } : null}
            error={err("practiceCommuneCode")}
            onChange={(o: CommuneOption) => {
              setCommunes((c) => ({ ...c, [o.code]: o.label }));
              form.setValue("practiceCommuneCode", o.code, { shouldValidate: form.formState.isSubmitted });
            }}
          />
        )}
        <Field id="practiceForm" label="Forme d'exercice" error={err("practiceForm")} required>
          <Select defaultValue={dv("practiceForm")} {...control("practiceForm")} {...form.register("practiceForm")}>
            {create && <option value="">Choisissez…</option>}
            {PRACTICE_FORMS.map((f) => (
              <option key={f} value={f}>
                {PRACTICE_FORM_LABELS[f]}
              </option>
            ))}
          </Select>
        </Field>
      </fieldset>

      <fieldset className="space-y-4" aria-describedby="personal-hint">
        <legend className="mb-1 text-lg font-bold text-slate-900">Âge et projets (informations personnelles)</legend>
        <p id="personal-hint" className="text-sm text-slate-700">
          Visibles uniquement par le maire, le référent santé, les facilitateurs de la fédération et la personne elle-même, jamais par les autres professionnels.
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="ageBracket" label="Tranche d'âge" error={err("ageBracket")}>
            <Select defaultValue={dv("ageBracket")} {...control("ageBracket")} {...form.register("ageBracket")}>
              {AGE_BRACKETS.map((a) => (
                <option key={a} value={a}>
                  {AGE_BRACKET_LABELS[a]}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="departure" label="Départ envisagé (retraite, déménagement…)" error={err("departure")}>
            <Select defaultValue={dv("departure")} {...control("departure")} {...form.register("departure")}>
              {DEPARTURE_HORIZONS.map((d) => (
                <option key={d} value={d}>
                  {DEPARTURE_HORIZON_LABELS[d]}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      </fieldset>

      <fieldset aria-describedby={err("interest") ? "interest-error" : "interest-hint"}>
        <legend className="mb-1 text-lg font-bold text-slate-900">Travailler ensemble</legend>
        <p id="interest-hint" className="mb-2 text-sm text-slate-700">
          {mode === "own" ? "Seriez-vous intéressé·e par un exercice coordonné avec d'autres professionnels du territoire ?" : "Cette personne est-elle intéressée par un exercice coordonné avec d'autres professionnels ?"}
        </p>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {INTEREST_LEVELS.map((i) => (
            <label key={i} className="flex items-center gap-2">
              <input type="radio" value={i} className="h-4 w-4" defaultChecked={checked("interest", i)} {...form.register("interest")} />
              {INTEREST_LABELS[i]}
            </label>
          ))}
        </div>
        {radioError("interest")}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-1 text-lg font-bold text-slate-900">Contact (facultatif)</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="email" label="Adresse e-mail" hint="Par exemple : prenom.nom@exemple.fr." error={err("email")}>
            <TextInput type="email" autoComplete="off" defaultValue={dv("email")} {...control("email", { hint: true })} {...form.register("email")} />
          </Field>
          <Field id="phone" label="Téléphone" hint="Par exemple : 04 66 32 00 00." error={err("phone")}>
            <TextInput type="tel" autoComplete="off" defaultValue={dv("phone")} {...control("phone", { hint: true })} {...form.register("phone")} />
          </Field>
        </div>
      </fieldset>

      <Field
        id="note"
        label="Note"
        hint={`Ce qui aide à préparer la suite : disponibilités, projets, freins… ${note.length.toLocaleString("fr-FR")} / ${LINE_NOTE_MAX.toLocaleString("fr-FR")} caractères.`}
        error={err("note")}
      >
        <TextArea rows={4} defaultValue={dv("note")} {...control("note", { hint: true })} {...form.register("note")} />
      </Field>

      {canSetSource && (
        <Field id="source" label="Source de la fiche" hint="Qui a recueilli ces informations. La fiche devient « confirmée » quand le professionnel la vérifie lui-même." error={err("source")}>
          <Select defaultValue={dv("source")} {...control("source", { hint: true })} {...form.register("source")}>
            {TEAM_SOURCES.map((s) => (
              <option key={s} value={s}>
                {LINE_SOURCE_LABELS[s]}
              </option>
            ))}
          </Select>
        </Field>
      )}

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Enregistrement…" : submitLabel}
        </Button>
        <Link href={cancelHref} className={buttonClasses("ghost")}>
          Annuler
        </Link>
      </div>
    </form>
  );
}
