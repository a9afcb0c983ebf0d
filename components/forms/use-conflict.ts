"use client";

import { useEffect, useState } from "react";
import type { DefaultValues, FieldPath, FieldPathValue, FieldValues, UseFormReturn } from "react-hook-form";
import type { ActionState, Conflict } from "@/lib/actions/state";
import { combinedStatus, mergeForm, sameValue, type FieldStatus } from "@/lib/forms/merge";
import type { ComparedRow, ConflictPanelProps, ConflictRow } from "./conflict-panel";

/** What `useConflict` needs of `useActionForm`'s kit. */
type Kit<V extends FieldValues> = {
  state: ActionState;
  pending: boolean;
  formRef: React.RefObject<HTMLFormElement | null>;
  form: UseFormReturn<V>;
  /** The values the form was loaded with (null when unknown: then the panel compares two versions only). */
  base: DefaultValues<NoInfer<V>> | null;
  rebase: (values: DefaultValues<NoInfer<V>>) => void;
};

/** Every versioned form has a "version" field (a string, as FormData carries it): never shown, never merged in. */
const VERSION = "version";

/** The form's first control a person can use: where the focus goes when the conflict panel closes. */
const FIRST_CONTROL = ["input", "select", "textarea"].map((t) => `${t}:not([type=hidden]):not([disabled])`).join(", ");

/** A top-level field's value in the form's values; a missing one is emptied. */
const valueOf = (values: unknown, field: string): unknown => {
  const v = values && typeof values === "object" && Object.hasOwn(values, field) ? (values as Record<string, unknown>)[field] : undefined;
  return v === undefined ? "" : v;
};

/**
 * A change the row's text does not show (an address's case, spaces) is not listed: a true conflict between two
 * values shown alike is "the same", another change "unchanged" (the field is still merged).
 */
function shownStatus(status: FieldStatus, row: ConflictRow): FieldStatus {
  if (!sameValue(row.mine, row.theirs)) return status;
  return status === "both" || status === "same" ? "same" : "unchanged";
}

/**
 * The conflict protocol of a versioned form, once for all: when the server answers that someone saved a newer
 * version, it gives the `ConflictPanel`'s props (or null) — a three-way merge of the values the form was loaded
 * with (the kit's `base`), what the user sent, and the stored version:
 *
 * - as soon as the conflict arrives, the fields only the other person changed are put into the form (the user had
 *   not touched them): "Modifié par X, repris dans le formulaire";
 * - the fields only the user changed keep the user's value: "Vous avez modifié ce champ";
 * - a field both changed differently is a true conflict: both values side by side, and the choice between them
 *   (`onChoose`: the form holds the user's value until they take the other one);
 * - "Enregistrer ma version" saves what the form now holds — the user's changes, the other person's elsewhere,
 *   never reverting what the user did not touch — over the stored version (its number goes into the `version`
 *   field), and the form builds on that version from then on;
 * - "Reprendre la version de X" puts the whole stored version into the form and moves the focus to the form's
 *   first field (the panel, and the button that had the focus, are gone).
 *
 * Without JavaScript the form's first render is the server's answer: nothing is known of the loaded values, and
 * the panel compares the two versions side by side (`threeWay: false`).
 *
 * The form must hold a `version` field, and each row's `key` (or its `fields`) must name the form's top-level
 * fields: that is what is merged (a list of items, such as an agenda, is merged as a whole). For a form of text
 * areas, such as a meeting's synthesis:
 *
 * ```tsx
 * const kit = useActionForm(loadSynthesisSchema, saveSynthesisAction, defaults); // defaults hold `version`
 * const conflict = useConflict(kit, {
 *   rows: (c, mine) => SECTIONS.map((key) => ({ key, label: SECTION_LABELS[key], mine: mine[key] ?? "", theirs: c.theirs[key] ?? "" })),
 *   theirs: (c) => ({ ...defaults, ...c.theirs, version: String(c.version) }),
 * });
 * return (
 *   <form ref={kit.formRef} action={kit.formAction} onSubmit={kit.onSubmit} noValidate>
 *     <FormStatus state={kit.state} />
 *     {conflict && <ConflictPanel {...conflict} />}
 *     <input {...kit.hidden("version")} />
 *     …
 * ```
 */
export function useConflict<V extends FieldValues>(
  kit: Kit<V>,
  opts: {
    /**
     * The compared rows, as the user reads them: each field's label, what the user sent (`mine`, the kept values,
     * as posted) and what is stored (`conflict.theirs`), as text. The merge decides which rows are listed.
     */
    rows: (conflict: Conflict, mine: Record<string, string>) => ConflictRow[];
    /** The stored version as the form's values (with `version: String(conflict.version)`). */
    theirs: (conflict: Conflict) => DefaultValues<NoInfer<V>>;
    /**
     * After values of the stored version are put in the form — all of them ("Reprendre"), or the fields only the
     * other person changed (as the conflict arrives): whatever else the form keeps beside its values (labels…).
     */
    onTakeTheirs?: (conflict: Conflict) => void;
  },
): ConflictPanelProps | null {
  const [dismissed, setDismissed] = useState<number | null>(null);
  // The true conflicts where the user took the other person's value: the user's own values, to put them back.
  const [taken, setTaken] = useState<{ of: Conflict; mine: Record<string, Record<string, unknown>> } | null>(null);
  const { state, form, base } = kit;
  const conflict = state.status === "error" && state.conflict && state.conflict.version !== dismissed ? state.conflict : null;
  const mine = state.status === "error" ? state.values : {};
  const theirs = conflict ? opts.theirs(conflict) : null;
  const merge = conflict && base ? mergeForm(base, mine, theirs) : null;
  const set = (field: string, value: unknown) =>
    form.setValue(field as FieldPath<V>, value as FieldPathValue<V, FieldPath<V>>, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });

  // As the conflict arrives: what only the other person changed goes into the form, beside the user's changes.
  useEffect(() => {
    if (!conflict || !merge) return;
    const fields = Object.keys(merge.status).filter((f) => f !== VERSION && merge.status[f] === "theirs");
    for (const f of fields) set(f, valueOf(theirs, f));
    if (fields.length) opts.onTakeTheirs?.(conflict);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per answer of the server
  }, [state]);

  if (!conflict) return null;
  const chosen = taken?.of === conflict ? taken.mine : {};
  const fieldsOf = (row: ConflictRow) => (row.fields ?? [row.key]).filter((f) => merge && Object.hasOwn(merge.status, f));

  const rows: ComparedRow[] = opts
    .rows(conflict, mine)
    .filter((row) => row.key !== VERSION)
    .map((row) => {
      if (!merge) return row;
      const fields = fieldsOf(row);
      // A row naming no field of the form: shown when its two sides differ, without a choice.
      const status = fields.length ? shownStatus(combinedStatus(fields.map((f) => merge.status[f])), row) : sameValue(row.mine, row.theirs) ? "unchanged" : "both";
      return { ...row, status, ...(status === "both" ? { taken: Object.hasOwn(chosen, row.key) ? "theirs" : "mine" } : {}) };
    });

  const onChoose = (key: string, side: "mine" | "theirs") => {
    const row = rows.find((r) => r.key === key);
    if (!row || !theirs) return;
    const fields = fieldsOf(row);
    if (side === "theirs" && !Object.hasOwn(chosen, key)) {
      const own = Object.fromEntries(fields.map((f) => [f, form.getValues(f as FieldPath<V>)]));
      for (const f of fields) set(f, valueOf(theirs, f));
      opts.onTakeTheirs?.(conflict);
      setTaken({ of: conflict, mine: { ...chosen, [key]: own } });
    } else if (side === "mine" && Object.hasOwn(chosen, key)) {
      const { [key]: own, ...others } = chosen;
      for (const f of fields) set(f, own[f]);
      setTaken({ of: conflict, mine: others });
    }
  };

  return {
    conflict,
    rows,
    threeWay: merge !== null,
    pending: kit.pending,
    onKeepMine: () => {
      form.setValue(VERSION as FieldPath<V>, String(conflict.version) as FieldPathValue<V, FieldPath<V>>);
      // The form now builds on the stored version: a later conflict is merged from there.
      if (theirs) kit.rebase(theirs);
      setDismissed(conflict.version);
      kit.formRef.current?.requestSubmit();
    },
    onTakeTheirs: () => {
      if (theirs) {
        form.reset(theirs);
        kit.rebase(theirs);
      }
      opts.onTakeTheirs?.(conflict);
      setDismissed(conflict.version);
      kit.formRef.current?.querySelector<HTMLElement>(FIRST_CONTROL)?.focus();
    },
    onChoose: merge ? onChoose : undefined,
  };
}
