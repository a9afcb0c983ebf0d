"use client";

import { useState } from "react";
import type { DefaultValues, FieldPath, FieldPathValue, FieldValues, UseFormReturn } from "react-hook-form";
import type { ActionState, Conflict } from "@/lib/actions/state";
import type { ConflictRow } from "./conflict-panel";

type Kit<V extends FieldValues> = {
  state: ActionState;
  pending: boolean;
  formRef: React.RefObject<HTMLFormElement | null>;
  form: UseFormReturn<V>;
};

/** The form's first control a person can use: where the focus goes when the conflict panel closes. */
const FIRST_CONTROL = ["input", "select", "textarea"].map((t) => `${t}:not([type=hidden]):not([disabled])`).join(", ");

/**
 * The conflict protocol of a versioned form, once for all: when the server answers that someone saved a newer
 * version, it gives the `ConflictPanel`'s props (or null). "Keep mine" saves again over the version now stored;
 * "take theirs" puts the stored version into the form and moves the focus to the form's first field (the panel,
 * and the button that had the focus, are gone). The form must hold a `version` field.
 */
export function useConflict<V extends FieldValues>(
  kit: Kit<V>,
  opts: {
    /** The compared fields: what the user sent (`mine`, the kept values) beside what is stored (`conflict.theirs`). */
    rows: (conflict: Conflict, mine: Record<string, string>) => ConflictRow[];
    /** The form's values once the stored version is taken back. */
    theirs: (conflict: Conflict) => DefaultValues<NoInfer<V>>;
    /** After the stored version is put in the form: whatever else the form keeps beside its values (labels…). */
    onTakeTheirs?: (conflict: Conflict) => void;
  },
) {
  const [dismissed, setDismissed] = useState<number | null>(null);
  const { state } = kit;
  if (state.status !== "error" || !state.conflict || state.conflict.version === dismissed) return null;
  const conflict = state.conflict;
  return {
    conflict,
    rows: opts.rows(conflict, state.values),
    pending: kit.pending,
    onKeepMine: () => {
      // Every versioned form has a "version" field (a string, as FormData carries it).
      kit.form.setValue("version" as FieldPath<V>, String(conflict.version) as FieldPathValue<V, FieldPath<V>>);
      setDismissed(conflict.version);
      kit.formRef.current?.requestSubmit();
    },
    onTakeTheirs: () => {
      kit.form.reset(opts.theirs(conflict));
      opts.onTakeTheirs?.(conflict);
      setDismissed(conflict.version);
      kit.formRef.current?.querySelector<HTMLElement>(FIRST_CONTROL)?.focus();
    },
  };
}
