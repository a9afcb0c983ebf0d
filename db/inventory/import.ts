/**
 * The CSV import: a preview of what the file would do, then the writes, all or nothing, with one history event
 * naming what was added and changed.
 */
import { and, eq } from "drizzle-orm";
import { write, within, type DataContext } from "../context";
import { professionals } from "../schema";
import { recordHistory } from "../history";
import { displayName } from "../users";
import { FormError } from "@/lib/domain/errors";
import type { Result } from "@/lib/inventory/csv";
import { lineTitle } from "@/lib/inventory/professions";
import { planImport, type ImportInput, type ImportPlan } from "./import-plan";
import type { LocatedWorkspace, WorkspaceContext } from "./shared";

/** What importing this file would do, row by row. Reads only. */
export function previewImport(ctx: WorkspaceContext<LocatedWorkspace>, input: ImportInput): Result<ImportPlan> {
  const p = planImport(ctx, input);
  return p.ok ? { ok: true, value: p.value.plan } : p;
}

/**
 * Imports a file: planned again inside the transaction (the lines may have changed since the preview), written
 * only when no row has an error, with one history event naming what was added and changed.
 */
export function applyImport(ctx: DataContext<LocatedWorkspace>, input: ImportInput & { fileName: string }): Result<{ plan: ImportPlan; written: boolean }> {
  const { workspace, actor, now } = ctx;
  return write(ctx, (tx) => {
    const p = planImport(within(ctx, tx), input);
    if (!p.ok) return p;
    const { plan: result, writes } = p.value;
    if (result.counts.error > 0 || writes.length === 0) return { ok: true, value: { plan: result, written: false } };
    const added: string[] = [];
    const updated: string[] = [];
    for (const w of writes) {
      if (w.kind === "create") {
        const l = tx
          .insert(professionals)
          .values({ ...w.input, workspaceId: workspace.id, source: w.source, createdBy: actor.id, updatedBy: actor.id, createdAt: now, updatedAt: now })
          .returning()
          .get();
        added.push(lineTitle(l));
      } else {
        const res = tx
          .update(professionals)
          .set({ ...w.input, version: w.version + 1, updatedBy: actor.id, updatedAt: now })
          .where(and(eq(professionals.id, w.id), eq(professionals.workspaceId, workspace.id), eq(professionals.version, w.version)))
          .run();
        if (res.changes !== 1) throw new FormError("Une fiche a été modifiée pendant l'import : rien n'a été enregistré. Vérifiez de nouveau le fichier.");
        updated.push(`${lineTitle({ ...w.input })} (${w.changes.join(", ")})`);
      }
    }
    const parts = [
      added.length ? `${added.length} ${added.length > 1 ? "fiches ajoutées" : "fiche ajoutée"} : ${added.join(", ")}` : null,
      updated.length ? `${updated.length} ${updated.length > 1 ? "fiches modifiées" : "fiche modifiée"} : ${updated.join(" ; ")}` : null,
    ].filter(Boolean);
    recordHistory(tx, {
      workspaceId: workspace.id,
      actorId: actor.id,
      action: "inventory.imported",
      summary: `${displayName(actor)} a importé le fichier « ${input.fileName} » dans l'état des lieux — ${parts.join(" ; ")}.`,
      createdAt: now,
    });
    return { ok: true, value: { plan: result, written: true } };
  });
}
