import type { ImportPlan } from "@/db/inventory";

/** What the import form shows: nothing yet, a refusal of the whole file, or the row-by-row preview. */
export type ImportState =
  | { status: "idle" }
  | { status: "error"; message: string }
  | {
      status: "preview";
      fileName: string;
      /** The decoded file, sent back on confirmation: what is written is what was previewed (and checked again). */
      content: string;
      plan: ImportPlan;
      /** Set when a confirmation found errors that appeared since the preview. */
      message?: string;
    };

export const idleImport: ImportState = { status: "idle" };
