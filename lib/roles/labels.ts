import { ACTOR_LABELS, type Actor } from "@/lib/domain/enums";

/** An actor after "de", as French contracts it: "de la commune", "des professionnel·les de santé", "du CCAS", "d'un autre partenaire". */
export function ofActor(actor: Actor): string {
  const label = ACTOR_LABELS[actor].charAt(0).toLowerCase() + ACTOR_LABELS[actor].slice(1);
  if (label.startsWith("les ")) return `des ${label.slice(4)}`;
  if (label.startsWith("le ")) return `du ${label.slice(3)}`;
  if (/^[aeiouyéh]/i.test(label)) return `d'${label}`;
  return `de ${label}`;
}
