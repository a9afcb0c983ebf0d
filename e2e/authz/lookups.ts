/**
 * The ids and versions an input names, read from the served database at the moment of the call: commune A's
 * latest record of each kind. When the record is gone (an allowed call deleted it), an id that exists nowhere:
 * the call still reaches the guard, and past it the record is "not found".
 */
import { COMMUNE_A, FEDERATION, readOne } from "./world";

const MISSING = "999999999";
const ws = `(select id from workspace where commune_code = '${COMMUNE_A}')`;
const str = (n: number | undefined) => (n === undefined ? MISSING : String(n));

function latest(sql: string): { id: number; version?: number } | undefined {
  return readOne<{ id: number; version?: number }>(sql);
}

export const lookups = {
  maireId: () => readOne<{ id: string }>(`select user_id as id from workspace_member where workspace_id = ${ws} and role = 'maire' order by id limit 1`)!.id,
  facilitatriceId: () => readOne<{ id: string }>("select id from user where email = 'facilitatrice@demo.boussole.fr'")!.id,
  /** A's latest row of a table with (id, version, workspace_id). */
  row(table: string): { id: string; version: string } {
    const r = latest(`select id, version from "${table}" where workspace_id = ${ws} order by id desc limit 1`);
    return { id: str(r?.id), version: str(r?.version ?? 1) };
  },
  professional(): { id: string; version: string } {
    return lookups.row("professional");
  },
  invitation(kind: "referent" | "professionnel"): string {
    return str(latest(`select id from invitation where workspace_id = ${ws} and kind = '${kind}' order by id desc limit 1`)?.id);
  },
  memberInvitation(): string {
    return str(latest(`select id from invitation where federation_id = '${FEDERATION}' and kind = 'federation_member' and email like '%@authz.boussole.test' order by id desc limit 1`)?.id);
  },
  /** The second maire of A (never a persona): what « retirer » may remove. */
  coMaireMembership(): string {
    return str(latest(`select m.id from workspace_member m join user u on u.id = m.user_id where m.workspace_id = ${ws} and u.email like 'comaire.rodez.%' order by m.id desc limit 1`)?.id);
  },
  /** The Fécop's extra facilitator (e2e/authz/world.ts): his user id, his membership of the Fécop. */
  fecopExtra(): { userId: string; memberId: string } {
    const r = readOne<{ userId: string; memberId: number }>(
      `select u.id as userId, m.id as memberId from user u left join federation_member m on m.user_id = u.id and m.federation_id = '${FEDERATION}' where u.email like 'facilitateur2.fecop.%' order by u.created_at desc limit 1`,
    );
    return { userId: r?.userId ?? "personne-inconnue", memberId: str(r?.memberId ?? undefined) };
  },
  sessionsOf(userId: string): number {
    return readOne<{ n: number }>("select count(*) as n from session where userId = ?", userId)!.n;
  },
  accountDeleted(userId: string): boolean {
    const r = readOne<{ deleted: number | null }>("select deleted_at as deleted from user where id = ?", userId);
    return !r || r.deleted !== null;
  },
  checklistItem(): { item: string; version: string } {
    const r = readOne<{ version: number }>(`select version from checklist_item where workspace_id = ${ws} and code = 'valoriser_existant'`);
    return { item: "valoriser_existant", version: String(r?.version ?? 0) };
  },
  workspaceVersion(): string {
    const r = readOne<{ at: number | null }>(`select meeting_place_set_at as at from workspace where id = ${ws}`);
    return String(r?.at ?? 0);
  },
  responsibilityVersion(actor: string): string {
    return String(readOne<{ version: number }>(`select version from responsibility where workspace_id = ${ws} and actor = ?`, actor)?.version ?? 0);
  },
  nextStep(): { nextStepId: string; version: string } {
    const r = lookups.row("next_step");
    return { nextStepId: r.id, version: r.version };
  },
  meeting(): { meetingId: string; version: string } {
    const r = latest(`select id, version from meeting where workspace_id = ${ws} and status <> 'annulee' order by id desc limit 1`);
    return { meetingId: str(r?.id), version: str(r?.version ?? 1) };
  },
  invitee(): { meetingId: string; inviteeId: string } {
    const r = readOne<{ id: number; meetingId: number }>(`select i.id, i.meeting_id as meetingId from meeting_invitee i join meeting m on m.id = i.meeting_id where m.workspace_id = ${ws} order by i.id desc limit 1`);
    return { meetingId: r ? String(r.meetingId) : lookups.meeting().meetingId, inviteeId: str(r?.id) };
  },
  request(): string {
    return str(latest(`select id from federation_request where workspace_id = ${ws} order by id desc limit 1`)?.id);
  },
  claim(): { claimId: string; version: string } {
    const r = latest(`select id, version from commune_claim where workspace_id = ${ws} order by id desc limit 1`);
    return { claimId: str(r?.id), version: str(r?.version ?? 1) };
  },
};
