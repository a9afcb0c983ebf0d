import type { TeamMember } from "@/db/meetings";
import { COMMUNE_ROLE_LABELS } from "@/lib/domain/enums";
import type { TeamOption } from "./meeting-form";

export function teamOptions(team: TeamMember[]): TeamOption[] {
  return team.map((t) => ({ userId: t.userId, name: t.name, rolesLabel: t.roles.map((r) => COMMUNE_ROLE_LABELS[r]).join(", ") }));
}

/** A meeting's id from the URL, or null (then the page is "not found"). */
export function meetingIdParam(id: string): number | null {
  return /^[1-9][0-9]{0,9}$/.test(id) ? Number(id) : null;
}
