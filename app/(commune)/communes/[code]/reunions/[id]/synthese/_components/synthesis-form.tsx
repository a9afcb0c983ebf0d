"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { TextArea, TextInput } from "@/components/ui/field";
import { FormField } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-error";
import { ConflictPanel } from "@/components/forms/conflict-panel";
import { useActionForm } from "@/components/forms/use-action-form";
import { useConflict } from "@/components/forms/use-conflict";
import { noteKey, SYNTHESIS_PARTS, type SynthesisFormValues } from "@/lib/synthesis/content";
import type { SynthesisValues } from "@/lib/validation/synthesis";
import { saveSynthesisAction } from "../actions";

// The form's schema, loaded when the form is first used (see `SchemaLoader`).
const loadSynthesisSchema = () => import("@/lib/validation/synthesis").then((m) => m.synthesisSchema);

export type EditorAgendaItem = { id: number; title: string; leader: string; questions: string };

/**
 * The synthesis, written along the meeting's agenda: a text per agenda item (the round-table answers shown
 * beside the round-table item), then the kit's structured parts and the proposed follow-up. "Enregistrer le
 * brouillon" keeps it for the organisers; "Publier" sends it to the participants. A save over someone else's
 * newer version opens the conflict view: nothing is lost.
 */
export function SynthesisForm({
  code,
  meetingId,
  version,
  values,
  agenda,
  roundTable,
  published,
  readers,
  minFollowUpDate,
}: {
  code: string;
  meetingId: number;
  version: number;
  values: SynthesisFormValues;
  agenda: EditorAgendaItem[];
  /** The invitees' round-table answers, one table by question (rendered on the server). */
  roundTable: ReactNode;
  published: boolean;
  /** How many invitees receive the synthesis when it is published. */
  readers: number;
  /** The day after the meeting: the earliest follow-up date. */
  minFollowUpDate: string;
}) {
  // Checkboxes start as booleans: react-hook-form reads a single checkbox as true/false.
  const initial: SynthesisValues = {
    code,
    meetingId: String(meetingId),
    version: String(version),
    intent: "enregistrer",
    ...values,
    followUpMeeting: values.followUpMeeting === "on",
    followUpSupport: values.followUpSupport === "on",
  };
  const kit = useActionForm(loadSynthesisSchema, saveSynthesisAction, initial);
  const { form, state, pending, formRef, formAction, onSubmit } = kit;
  const roundTableIndex = agenda.findIndex((a) => /tour de table/i.test(a.title));

  const labels: Record<string, string> = {
    cooperation: "Envies de coopération",
    needs: "Besoins prioritaires",
    obstacles: "Freins et points de vigilance",
    leads: "Premières pistes",
    followUpMeeting: "Nouvelle réunion proposée",
    followUpDate: "Date proposée",
    followUpSupport: "Accompagnement par la fédération",
    followUpOther: "Autre suite",
    keyPoints: "À retenir",
  };
  // The agenda's notes first, in order: each is merged by itself.
  const rowKeys = [...agenda.map((_, i) => noteKey(i)), ...Object.keys(labels)];
  agenda.forEach((a, i) => (labels[noteKey(i)] = `${i + 1}. ${a.title}`));
  const onOff = (v: string | undefined) => (v === "on" || v === "true" ? "Oui" : "Non");
  const supportError = kit.errorOf("followUpSupport");
  const shown = (key: string, v: string | undefined) => (key === "followUpMeeting" || key === "followUpSupport" ? onOff(v) : (v ?? ""));
  const conflict = useConflict(kit, {
    rows: (c, mine) => rowKeys.map((key) => ({ key, label: labels[key], mine: shown(key, mine[key]), theirs: shown(key, c.theirs[key]) })),
    theirs: (c) => ({
      ...initial,
      ...Object.fromEntries(agenda.map((_, i) => [noteKey(i), c.theirs[noteKey(i)] ?? ""])),
      version: String(c.version),
      cooperation: c.theirs.cooperation ?? "",
      needs: c.theirs.needs ?? "",
      obstacles: c.theirs.obstacles ?? "",
      leads: c.theirs.leads ?? "",
      followUpMeeting: c.theirs.followUpMeeting === "on",
      followUpDate: c.theirs.followUpDate ?? "",
      followUpSupport: c.theirs.followUpSupport === "on",
      followUpOther: c.theirs.followUpOther ?? "",
      keyPoints: c.theirs.keyPoints ?? "",
    }),
  });
  const followUpMeeting = kit.checkbox("followUpMeeting", { id: "followUpMeeting" });
  const followUpSupport = kit.checkbox("followUpSupport", { id: "followUpSupport" });

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-8" aria-label="Rédaction de la synthèse">
      <FormStatus state={state} />
      {conflict && <ConflictPanel {...conflict} />}
      <input type="hidden" {...form.register("code")} />
      <input type="hidden" {...form.register("meetingId")} />
      <input {...kit.hidden("version")} />
      <input type="hidden" {...form.register("agendaIds")} />

      <section aria-labelledby="agenda-notes-title" className="space-y-6">
        <h2 id="agenda-notes-title" className="text-xl font-bold text-slate-900">
          Les échanges, point par point
        </h2>
        {agenda.map((a, i) => {
          const questions = a.questions.split("\n").filter((q) => q.trim());
          return (
            <div key={a.id} className="space-y-3 rounded-md border border-slate-200 bg-white p-4">
              <FormField noHealthData
                {...kit.field(noteKey(i), { id: `agenda-${a.id}`, hint: true })}
                label={`${i + 1}. ${a.title}`}
                hint={`Animé par : ${a.leader}.${questions.length ? ` Questions posées : ${questions.join(" ; ")}.` : ""}`}
              >
                {(control) => <TextArea rows={5} {...control} />}
              </FormField>
              {i === roundTableIndex && roundTable}
            </div>
          );
        })}
        {roundTableIndex < 0 && roundTable}
      </section>

      <section aria-labelledby="parts-title" className="space-y-6">
        <h2 id="parts-title" className="text-xl font-bold text-slate-900">
          Ce qui ressort de la réunion
        </h2>
        {SYNTHESIS_PARTS.map((p) => (
          <FormField noHealthData key={p.key} {...kit.field(p.key, { id: p.key, hint: true })} label={p.title} hint={p.hint}>
            {(control) => <TextArea rows={4} {...control} />}
          </FormField>
        ))}
        <FormField noHealthData
          {...kit.field("leads", { id: "leads", hint: true })}
          label="Premières pistes"
          hint="Une piste par ligne (20 au plus). Une fois la synthèse enregistrée, chaque piste peut devenir une prochaine étape, avec qui s'en charge et pour quand."
        >
          {(control) => <TextArea rows={5} {...control} />}
        </FormField>
      </section>

      <fieldset className="space-y-4 rounded-md border border-slate-300 p-4">
        <legend className="px-1 text-xl font-bold text-slate-900">Suite proposée</legend>
        <p className="text-sm text-slate-700">La proposition de poursuite des échanges, comme le prévoit la trame : une nouvelle réunion, l&apos;accompagnement par la fédération régionale, ou autre chose.</p>
        <div className="space-y-2">
          <div className="flex items-start gap-3">
            <input {...followUpMeeting.control} className="mt-1 h-5 w-5" />
            <label htmlFor={followUpMeeting.id} className="font-semibold text-slate-900">
              Une nouvelle réunion
            </label>
          </div>
          {followUpMeeting.error && (
            <p id={`${followUpMeeting.id}-error`} className="text-sm font-semibold text-red-700">
              <span className="sr-only">Erreur : </span>
              {followUpMeeting.error}
            </p>
          )}
        </div>
        <FormField {...kit.field("followUpDate", { id: "followUpDate", hint: true })} label="Date proposée pour la nouvelle réunion" hint="Facultatif : une date après la réunion.">
          {(control) => <TextInput type="date" min={minFollowUpDate} className="max-w-xs" {...control} />}
        </FormField>
        <div className="flex items-start gap-3">
          <input {...followUpSupport.control} className="mt-1 h-5 w-5" />
          <label htmlFor={followUpSupport.id} className="font-semibold text-slate-900">
            Un accompagnement par la fédération régionale
          </label>
        </div>
        {supportError && (
          <p id={`${followUpSupport.id}-error`} className="text-sm font-semibold text-red-700">
            <span className="sr-only">Erreur : </span>
            {supportError}
          </p>
        )}
        <FormField {...kit.field("followUpOther", { id: "followUpOther" })} label="Autre suite proposée">
          {(control) => <TextInput {...control} />}
        </FormField>
      </fieldset>

      <FormField noHealthData
        {...kit.field("keyPoints", { id: "keyPoints", hint: true })}
        label="À retenir"
        hint="Les messages clés, en quelques lignes : ce que chacun·e doit retenir de cette première rencontre."
      >
        {(control) => <TextArea rows={4} {...control} />}
      </FormField>

      <div className="sticky bottom-0 z-10 -mx-4 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white/95 px-4 py-3 print:hidden">
        <Button type="submit" name="intent" value="enregistrer" variant="secondary" disabled={pending}>
          {pending ? "Enregistrement…" : "Enregistrer le brouillon"}
        </Button>
        <Button type="submit" name="intent" value="publier" disabled={pending}>
          {published ? "Publier la correction" : "Publier la synthèse"}
        </Button>
        <p className="text-sm text-slate-700">
          {published
            ? "La correction remplace le texte publié ; les lecteurs voient qu'il a été mis à jour, et quand."
            : `Publier envoie un lien de lecture à ${readers > 1 ? `${readers} invité·es` : readers === 1 ? "1 invité·e" : "aucun·e invité·e"} (oui ou présent·es) et prévient les membres de l'espace.`}
        </p>
      </div>
    </form>
  );
}
