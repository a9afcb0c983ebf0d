/**
 * The sizes and lists that forms show (counters, `maxLength`, choices) and their schemas check, without zod:
 * a form imports them from here and loads its schema only when it is used (`SchemaLoader`, components/forms).
 * The schemas' modules re-export them under their usual names.
 */

/** The 100-day checklist: an item's note, the regular meeting place. */
export const CHECKLIST_NOTE_MAX = 2000;
export const MEETING_PLACE_MIN = 3;
export const MEETING_PLACE_MAX = 300;

/** The inventory: a thematic note, a line's note. */
export const INVENTORY_NOTE_MAX = 2000;
export const LINE_NOTE_MAX = 2000;
/** Who entered a line, as the team may set it ("confirmed by the professional" is only set by the professional). */
export const TEAM_SOURCES = ["commune", "federation"] as const;

/** Next steps. */
export const TITLE_MIN = 3;
export const TITLE_MAX = 200;
export const DETAILS_MAX = 2000;

/** "Qui fait quoi": an actor's responsibilities, a partner contact's note. */
export const RESPONSIBILITY_MAX = 4000;
export const PARTNER_NOTE_MAX = 1000;
