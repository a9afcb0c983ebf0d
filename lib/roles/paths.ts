/** Where "qui fait quoi" lives: the roles page, and the partners' contact directory under it. */
export const rolesPath = (code: string) => `/communes/${code}/qui-fait-quoi`;
export const contactsPath = (code: string) => `${rolesPath(code)}/contacts`;
