"use client";

import { useState } from "react";
import Link from "next/link";
import type { DefaultValues } from "react-hook-form";
import { Select, TextArea, TextInput } from "@/components/ui/field";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { ConflictPanel } from "@/components/forms/conflict-panel";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { FormField } from "@/components/forms/form-field";
import { oneOf, useActionForm } from "@/components/forms/use-action-form";
import { useConflict } from "@/components/forms/use-conflict";
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
import { ownValue } from "@/lib/lookup";
import { LINE_NOTE_MAX, TEAM_SOURCES } from "@/lib/validation/limits";
import type { UpdateProfessionalForm, updateProfessionalSchema } from "@/lib/validation/inventory";
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

// One form for both (loaded when first used), typed as the edit's: a new line has no id nor version yet.
const loadUpdateSchema = () => import("@/lib/validation/inventory").then((m) => m.updateProfessionalSchema);
const loadCreateSchema = () => import("@/lib/validation/inventory").then((m) => m.createProfessionalSchema as unknown as typeof updateProfessionalSchema);

export function ProfessionalForm({ code, communeName, mode, defaults, canSetSource, cancelHref }: ProfessionalFormProps) {
  const create = mode === "create";
  // One form for the three modes: typed with the edit shape (its id and version fields exist only when editing).
  const action = create ? createProfessionalAction : updateProfessionalAction;
  /** The form's values from a line's strings: the page's defaults, or the version stored by someone else. */
  const toForm = (v: Record<string, string>): DefaultValues<UpdateProfessionalForm> => ({
    code,
    profession: oneOf(PROFESSIONS, v.profession),
    professionOther: v.professionOther ?? "",
    anonymous: v.anonymous === "on",
    name: v.name ?? "",
    practiceLocation: oneOf(PRACTICE_LOCATIONS, v.practiceLocation) ?? "commune",
    practiceCommuneCode: v.practiceCommuneCode ?? "",
    practiceForm: oneOf(PRACTICE_FORMS, v.practiceForm),
    ageBracket: oneOf(AGE_BRACKETS, v.ageBracket) ?? "inconnu",
    departure: oneOf(DEPARTURE_HORIZONS, v.departure) ?? "inconnu",
    interest: oneOf(INTEREST_LEVELS, v.interest) ?? "non_sollicite",
    email: v.email ?? "",
    phone: v.phone ?? "",
    note: v.note ?? "",
    ...(canSetSource ? { source: oneOf(TEAM_SOURCES, v.source) ?? "commune" } : {}),
    ...(create ? {} : { id: defaults.id, version: v.version ?? defaults.version }),
  });
  const kit = useActionForm(create ? loadCreateSchema : loadUpdateSchema, action, toForm(defaults));
  const { form, state, pending, formRef, formAction, onSubmit } = kit;
  // The labels of the communes met (the picker's choices, the stored version's): the comparison names them.
  const [communes, setCommunes] = useState<Record<string, string>>(
    defaults.practiceCommuneCode ? { [defaults.practiceCommuneCode]: defaults.practiceCommuneLabel || defaults.practiceCommuneCode } : {},
  );

  const conflict = useConflict(kit, {
    rows: (c, mine) =>
      COMPARED.filter((k) => k !== "source" || canSetSource).map((key) => ({
        key,
        // The name row shows "Fiche anonyme" too: the box and the name are merged, and chosen, together.
        ...(key === "name" ? { fields: ["name", "anonymous"] } : {}),
        label: LINE_FIELD_LABELS[key],
        mine: lineFieldValue(key, mine, (commune) => ownValue(communes, commune) ?? c.theirs.practiceCommuneLabel ?? commune),
        theirs: lineFieldValue(key, c.theirs, () => c.theirs.practiceCommuneLabel),
      })),
    theirs: (c) => toForm({ ...c.theirs, version: String(c.version) }),
    // The stored version's commune (taken back, or merged in because only they changed it): its label is known.
    onTakeTheirs: (c) => {
      if (c.theirs.practiceCommuneCode) setCommunes((known) => ({ ...known, [c.theirs.practiceCommuneCode]: c.theirs.practiceCommuneLabel }));
    },
  });
  const communeLabel = (c: string) => ownValue(communes, c) ?? conflict?.conflict.theirs.practiceCommuneLabel ?? c;

  const profession = form.watch("profession");
  const anonymous = form.watch("anonymous");
  const location = form.watch("practiceLocation");
  const communeCodeValue = form.watch("practiceCommuneCode") ?? "";
  const note = form.watch("note") ?? "";

  const submitLabel = create ? "Ajouter la fiche" : mode === "own" ? "Confirmer ma fiche" : "Enregistrer la fiche";

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-6">
      <FormStatus state={state} />
      {conflict && <ConflictPanel {...conflict} />}
      <input {...kit.hidden("code")} />
      {!create && (
        <>
          <input {...kit.hidden("id")} />
          <input {...kit.hidden("version")} />
        </>
      )}

      <fieldset className="space-y-4">
        <legend className="mb-1 text-lg font-bold text-slate-900">Qui</legend>
        <FormField {...kit.field("profession")} label="Profession" required>
          {(control) => (
            <Select {...control}>
              {create && <option value="">Choisissez une profession…</option>}
              {PROFESSIONS.map((p) => (
                <option key={p} value={p}>
                  {PROFESSION_LABELS[p]}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        {profession === "autre" && (
          <FormField {...kit.field("professionOther")} label="Précisez la profession" hint="Par exemple : ostéopathe, audioprothésiste." required>
            {(control) => <TextInput {...control} />}
          </FormField>
        )}
        <label className="flex items-center gap-3">
          <input className="h-4 w-4" {...kit.checkbox("anonymous").control} />
          <span>Fiche anonyme (sans nom)</span>
        </label>
        {!anonymous && (
          <FormField {...kit.field("name")} label="Prénom et nom" required>
            {(control) => <TextInput autoComplete="off" {...control} />}
          </FormField>
        )}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-1 text-lg font-bold text-slate-900">Exercice</legend>
        <ChoiceGroup
          {...kit.choices("practiceLocation")}
          legend="Où cette personne exerce-t-elle ?"
          inline
          small={false}
          options={PRACTICE_LOCATIONS.map((l) => ({ value: l, label: l === "commune" ? `À ${communeName}` : PRACTICE_LOCATION_LABELS[l] }))}
        />
        <input {...kit.hidden("practiceCommuneCode")} />
        {location === "proximite" && (
          <CommunePicker
            communeCode={code}
            value={communeCodeValue}
            initial={communeCodeValue ? { code: communeCodeValue, label: communeLabel(communeCodeValue) } : null}
            error={kit.errorOf("practiceCommuneCode")}
            onChange={(o: CommuneOption) => {
              setCommunes((c) => ({ ...c, [o.code]: o.label }));
              form.setValue("practiceCommuneCode", o.code, { shouldValidate: form.formState.isSubmitted });
            }}
          />
        )}
        <FormField {...kit.field("practiceForm")} label="Forme d'exercice" required>
          {(control) => (
            <Select {...control}>
              {create && <option value="">Choisissez…</option>}
              {PRACTICE_FORMS.map((f) => (
                <option key={f} value={f}>
                  {PRACTICE_FORM_LABELS[f]}
                </option>
              ))}
            </Select>
          )}
        </FormField>
      </fieldset>

      <fieldset className="space-y-4" aria-describedby="personal-hint">
        <legend className="mb-1 text-lg font-bold text-slate-900">Âge et projets (informations personnelles)</legend>
        <p id="personal-hint" className="text-sm text-slate-700">
          Visibles uniquement par le maire, le référent santé, les facilitateurs de la fédération et la personne elle-même, jamais par les autres professionnels.
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField {...kit.field("ageBracket")} label="Tranche d'âge">
            {(control) => (
              <Select {...control}>
                {AGE_BRACKETS.map((a) => (
                  <option key={a} value={a}>
                    {AGE_BRACKET_LABELS[a]}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          <FormField {...kit.field("departure")} label="Départ envisagé (retraite, déménagement…)">
            {(control) => (
              <Select {...control}>
                {DEPARTURE_HORIZONS.map((d) => (
                  <option key={d} value={d}>
                    {DEPARTURE_HORIZON_LABELS[d]}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
        </div>
      </fieldset>

      <ChoiceGroup
        {...kit.choices("interest")}
        legend="Travailler ensemble"
        legendClassName="mb-1 text-lg font-bold text-slate-900"
        hint={mode === "own" ? "Seriez-vous intéressé·e par un exercice coordonné avec d'autres professionnels du territoire ?" : "Cette personne est-elle intéressée par un exercice coordonné avec d'autres professionnels ?"}
        inline
        small={false}
        options={INTEREST_LEVELS.map((i) => ({ value: i, label: INTEREST_LABELS[i] }))}
      />

      <fieldset className="space-y-4">
        <legend className="mb-1 text-lg font-bold text-slate-900">Contact (facultatif)</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField {...kit.field("email")} label="Adresse e-mail" hint="Par exemple : prenom.nom@exemple.fr.">
            {(control) => <TextInput type="email" autoComplete="off" {...control} />}
          </FormField>
          <FormField {...kit.field("phone")} label="Téléphone" hint="Par exemple : 04 66 32 00 00.">
            {(control) => <TextInput type="tel" autoComplete="off" {...control} />}
          </FormField>
        </div>
      </fieldset>

      <FormField noHealthData
        {...kit.field("note")}
        label="Note"
        hint={`Ce qui aide à préparer la suite : disponibilités, projets, freins… ${note.length.toLocaleString("fr-FR")} / ${LINE_NOTE_MAX.toLocaleString("fr-FR")} caractères.`}
      >
        {(control) => <TextArea rows={4} {...control} />}
      </FormField>

      {canSetSource && (
        <FormField {...kit.field("source")} label="Source de la fiche" hint="Qui a recueilli ces informations. La fiche devient « confirmée » quand le professionnel la vérifie lui-même.">
          {(control) => (
            <Select {...control}>
              {TEAM_SOURCES.map((s) => (
                <option key={s} value={s}>
                  {LINE_SOURCE_LABELS[s]}
                </option>
              ))}
            </Select>
          )}
        </FormField>
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
