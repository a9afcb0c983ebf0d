/**
 * An INSEE commune code: five characters, all digits except Corsica's départements "2A" and "2B"
 * ("2A004" is Ajaccio). Upper case only: the official list spells them so. The one check of the app:
 * the guards, the forms' schema and the commune search all use it.
 */
export const COMMUNE_CODE_PATTERN = /^(?:[0-9]{2}|2A|2B)[0-9]{3}$/;

export function isCommuneCode(code: unknown): code is string {
  return typeof code === "string" && COMMUNE_CODE_PATTERN.test(code);
}
