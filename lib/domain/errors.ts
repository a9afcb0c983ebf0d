/**
 * The domain's refusals. Data functions throw them (inside their transaction, so nothing is written);
 * `runAction` turns them into the form's state. They carry French sentences meant for the person acting.
 */

/** A value the user typed is refused (already exists, unknown commune…): shown beside that field. */
export class FieldError extends Error {
  constructor(
    public field: string,
    message: string,
  ) {
    super(message);
  }
}

/** The whole form is refused (the state changed meanwhile, a rule of the domain forbids it…). */
export class FormError extends Error {}

/** The record does not exist for this person: another commune's, deleted, or never there. */
export class NotFoundError extends FormError {
  constructor(message = "Cet élément n'existe pas ou plus.") {
    super(message);
  }
}

/** A save over a newer version: what is stored now, to show beside what the user typed. Nothing was written. */
export type Conflict = { theirs: Record<string, string>; updatedBy: string; updatedAt: string; version: number };

/**
 * The user saved over a newer version: the form shows both versions side by side and keeps what the user
 * typed.
 */
export class ConflictError extends Error {
  constructor(public conflict: Conflict) {
    super("Quelqu'un a modifié cette fiche pendant que vous l'éditiez.");
  }
}
