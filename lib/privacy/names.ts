/**
 * Nobody but the team sees an address. Names shown to a professional or an invitee (owners of next steps, who
 * wrote or published something, who of the team came) were built with `displayName`, which falls back on the
 * address of a person who gave no name: for those viewers, every address in such a label is replaced.
 */
export const SOMEONE = "un·e participant·e";

const ADDRESS = /[^\s<>()"'«»,;:]+@[^\s<>()"'«»,;:]+\.[^\s<>()"'«»,;:]*[^\s<>()"'«»,;:.]/gu;

/** The label with every e-mail address replaced by `replacement`. */
export function withoutAddresses(label: string, replacement: string = SOMEONE): string {
  return label.replace(ADDRESS, replacement);
}

/** The label as a viewer may see it: whole for the team, without addresses for anyone else. */
export function labelFor<T extends string | null | undefined>(label: T, viewerIsTeam: boolean): T {
  return (viewerIsTeam || !label ? label : withoutAddresses(label)) as T;
}

/**
 * "Qui participe": the name shown for a member, or null when there is none to show (the card then shows the
 * role alone). A member who gave no name (their `name` is their address, as `displayName` gives it) is shown by
 * their address to the team only, and a professional never: their address is personal.
 */
export function memberName(m: { name: string; email: string; role: string }, viewerIsTeam: boolean): string | null {
  if (m.name !== m.email && !m.name.includes("@")) return m.name;
  return viewerIsTeam && m.role !== "professionnel" ? m.email : null;
}
