/** How the professional form's fields are named and shown (the conflict comparison and the pages use them). */
import {
  AGE_BRACKET_LABELS,
  DEPARTURE_HORIZON_LABELS,
  INTEREST_LABELS,
  LINE_SOURCE_LABELS,
  PRACTICE_FORM_LABELS,
  PRACTICE_LOCATION_LABELS,
  PROFESSION_LABELS,
} from "@/lib/domain/enums";
import { ownValue } from "@/lib/lookup";

export const LINE_FIELD_LABELS: Record<string, string> = {
  profession: "Profession",
  professionOther: "Précision de la profession",
  name: "Nom",
  practiceLocation: "Lieu d'exercice",
  practiceCommuneCode: "Commune d'exercice",
  practiceForm: "Forme d'exercice",
  ageBracket: "Tranche d'âge",
  departure: "Départ envisagé",
  interest: "Intérêt pour travailler ensemble",
  email: "E-mail",
  phone: "Téléphone",
  note: "Note",
  source: "Source",
};

const ENUM_LABELS: Record<string, Record<string, string>> = {
  profession: PROFESSION_LABELS,
  practiceLocation: PRACTICE_LOCATION_LABELS,
  practiceForm: PRACTICE_FORM_LABELS,
  ageBracket: AGE_BRACKET_LABELS,
  departure: DEPARTURE_HORIZON_LABELS,
  interest: INTEREST_LABELS,
  source: LINE_SOURCE_LABELS,
};

/**
 * The comparable, readable value of a field from the form's strings: the label of a code, "Fiche anonyme" for
 * an anonymous line, nothing for fields that do not apply (the precision of a listed profession…).
 */
export function lineFieldValue(key: string, values: Record<string, string | undefined>, communeLabel?: (code: string) => string): string {
  const v = (values[key] ?? "").trim();
  const anonymous = values.anonymous === "on" || values.anonymous === "true";
  switch (key) {
    case "name":
      return anonymous ? "Fiche anonyme" : v;
    case "professionOther":
      return values.profession === "autre" ? v : "";
    case "practiceCommuneCode":
      return values.practiceLocation === "proximite" && v ? (communeLabel?.(v) ?? v) : "";
    case "email":
      return v.toLowerCase();
    default:
      return ownValue(ownValue(ENUM_LABELS, key) ?? {}, v) ?? v;
  }
}
