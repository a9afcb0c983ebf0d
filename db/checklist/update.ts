/**
 * Setting a checklist item by hand: its status, who carries it, a note. The row is created the first time
 * someone touches the item (version 1; the form sends version 0 until then) and moved on at each save; a save
 * over a newer version is a conflict, nothing written. The history says what changed, in French.
 */
import { and, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { write, within, type DataContext, type Queryable } from "../context";
import { checklistItems, users } from "../schema";
import { recordHistory } from "../history";
import { displayName } from "../users";
import { ConflictError, FieldError, NotFoundError } from "@/lib/domain/errors";
import { CHECKLIST_STATUSES, CHECKLIST_STATUS_LABELS, type ChecklistStatus } from "@/lib/domain/enums";
import { formatDateTime } from "@/lib/dates";
import { CHECKLIST_ITEMS, type ChecklistCode } from "@/lib/checklist/items";
import { ITEM_NOT_FOUND, STATUS_UNKNOWN } from "@/lib/validation/checklist";
import { teamMemberName } from "./owners";

export type StoredChecklistItem = typeof checklistItems.$inferSelect;


export type ChecklistItemInput = {
  /** The item's code (lib/checklist/items.ts). */
  item: string;
  /** The version the form was loaded with: 0 while nobody had touched the item. */
  version: number;
  status: string;
  /** A member of the workspace's team, or null: nobody yet. */
  ownerId: string | null;
  note: string;
};

export function checklistItemOf(code: string) {
  return CHECKLIST_ITEMS.find((i) => i.code === code);
}

export function isChecklistStatus(s: string): s is ChecklistStatus {
  return (CHECKLIST_STATUSES as readonly string[]).includes(s);
}

/** The stored state of an item of the workspace, with its owner's and last editor's names. */
function storedItem(db: Queryable, workspaceId: number, code: string) {
  const owner = alias(users, "owner");
  const editor = alias(users, "editor");
  return db
    .select({ item: checklistItems, ownerName: owner.name, ownerEmail: owner.email, editorName: editor.name, editorEmail: editor.email })
    .from(checklistItems)
    .leftJoin(owner, eq(owner.id, checklistItems.ownerId))
    .leftJoin(editor, eq(editor.id, checklistItems.updatedBy))
    .where(and(eq(checklistItems.workspaceId, workspaceId), eq(checklistItems.code, code)))
    .get();
}

type Stored = NonNullable<ReturnType<typeof storedItem>>;
const ownerLabelOf = (s: Stored) => (s.ownerEmail ? displayName({ name: s.ownerName, email: s.ownerEmail }) : "");

/** The stored version, as the form names its fields, for the conflict view. */
function conflictOf(s: Stored): ConflictError {
  return new ConflictError({
    theirs: { status: s.item.status, owner: s.item.ownerId ?? "", ownerLabel: ownerLabelOf(s), note: s.item.note ?? "" },
    updatedBy: s.editorEmail ? displayName({ name: s.editorName, email: s.editorEmail }) : "Quelqu'un",
    updatedAt: formatDateTime(s.item.updatedAt),
    version: s.item.version,
  });
}

/**
 * Sets an item's status, owner and note. Refused, nothing written: an unknown item (not found), an unknown
 * status or an owner outside the team (beside the field), a version that is not the stored one (conflict).
 * The same owner as stored is kept without a check, even if they left the team since.
 */
export function updateChecklistItem(ctx: DataContext, input: ChecklistItemInput): { item: StoredChecklistItem | null; title: string; changed: string[] } {
  const { workspace, actor, now } = ctx;
  const def = checklistItemOf(input.item);
  if (!def) throw new NotFoundError(ITEM_NOT_FOUND);
  if (!isChecklistStatus(input.status)) throw new FieldError("status", STATUS_UNKNOWN);
  const status = input.status;
  const note = input.note.trim() || null;
  const code: ChecklistCode = def.code;

  return write(ctx, (tx) => {
    const c = within(ctx, tx);
    const current = storedItem(tx, workspace.id, code);
    // No row: nobody has touched this item here. A form built on a stored version it cannot be from
    // (another commune's, say) finds nothing to update.
    if (!current && input.version !== 0) throw new NotFoundError(ITEM_NOT_FOUND);
    if (current && current.item.version !== input.version) throw conflictOf(current);

    const before = {
      status: current?.item.status ?? ("a_faire" as ChecklistStatus),
      ownerId: current?.item.ownerId ?? null,
      ownerLabel: current ? ownerLabelOf(current) : "",
      note: current?.item.note ?? null,
    };
    const ownerLabel = input.ownerId === null ? "" : input.ownerId === before.ownerId ? before.ownerLabel : teamMemberName(c, input.ownerId);

    const changed = [
      ...(status !== before.status ? [`statut : « ${CHECKLIST_STATUS_LABELS[before.status]} » → « ${CHECKLIST_STATUS_LABELS[status]} »`] : []),
      ...(input.ownerId !== before.ownerId ? [input.ownerId ? `confié à ${ownerLabel}` : "plus personne n'en est chargé"] : []),
      ...(note !== before.note ? [!note ? "note retirée" : before.note ? "note modifiée" : "note ajoutée"] : []),
    ];
    if (changed.length === 0) return { item: current?.item ?? null, title: def.title, changed };

    const values = { status, ownerId: input.ownerId, note, updatedBy: actor.id, updatedAt: now };
    if (current) {
      const res = tx
        .update(checklistItems)
        .set({ ...values, version: current.item.version + 1 })
        .where(and(eq(checklistItems.workspaceId, workspace.id), eq(checklistItems.code, code), eq(checklistItems.version, input.version)))
        .run();
      if (res.changes !== 1) throw conflictOf(current);
    } else {
      tx.insert(checklistItems).values({ workspaceId: workspace.id, code, ...values, version: 1 }).run();
    }
    recordHistory(tx, {
      workspaceId: workspace.id,
      actorId: actor.id,
      action: "checklist.item_updated",
      summary: `${displayName(actor)} a mis à jour « ${def.title} » dans la check-list des 100 jours (${changed.join(", ")}).`,
      createdAt: now,
    });
    return { item: storedItem(tx, workspace.id, code)!.item, title: def.title, changed };
  });
}
