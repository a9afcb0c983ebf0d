/** Where the checklist page of a commune is, and the address that opens one item's form on it. */
export const checklistPath = (code: string) => `/communes/${code}/100-jours`;
export const checklistItemEditPath = (code: string, item: string) => `${checklistPath(code)}?item=${encodeURIComponent(item)}#modifier`;
