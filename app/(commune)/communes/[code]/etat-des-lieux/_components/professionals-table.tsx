import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ProfessionMatch, ProfessionalView } from "@/db/inventory";
import { formatDate } from "@/lib/dates";
import {
  AGE_BRACKET_LABELS,
  DEPARTURE_HORIZON_LABELS,
  INTEREST_LABELS,
  LINE_SOURCE_LABELS,
  PRACTICE_FORM_LABELS,
  type InterestLevel,
} from "@/lib/domain/enums";
import { professionLabel } from "@/lib/inventory/professions";

const INTEREST_TONE: Record<InterestLevel, BadgeTone> = { oui: "success", peut_etre: "info", non: "neutral", non_sollicite: "neutral" };

/** Where: "À Marvejols" or the nearby commune's name. */
export function practicePlace(l: Pick<ProfessionalView, "practiceLocation" | "practiceCommuneName" | "practiceCommuneCode">, communeName: string) {
  return l.practiceLocation === "commune" ? `À ${communeName}` : `À ${l.practiceCommuneName ?? l.practiceCommuneCode ?? "une commune proche"}`;
}

/** Who wrote the line and, for the team, where its invitation stands: plain text, a badge only when there is one. */
export function SourceStatus({ line, team }: { line: ProfessionalView; team: boolean }) {
  if (line.source === "professionnel") {
    return (
      <>
        <Badge tone="success">Confirmée</Badge>
        {line.confirmedAt && <small>par le professionnel le {formatDate(line.confirmedAt)}</small>}
      </>
    );
  }
  const badge =
    team && line.linkedAccount ? (
      <Badge tone="info">Compte relié</Badge>
    ) : team && line.invitation ? (
      <Badge tone={line.invitation.deliveryStatus === "failed" || line.invitation.state === "expired" ? "warning" : "info"}>
        {line.invitation.deliveryStatus === "failed" ? "Invitation non remise" : line.invitation.state === "expired" ? "Invitation expirée" : "Invitée à confirmer"}
      </Badge>
    ) : null;
  if (!badge) return LINE_SOURCE_LABELS[line.source];
  return (
    <>
      {LINE_SOURCE_LABELS[line.source]}
      <span className="then">{badge}</span>
    </>
  );
}

/** The rows of one profession on this page, and how many lines of it match the filter in all. */
type Group = { key: string; label: string; matching: number; lines: ProfessionalView[] };

const groupKey = (profession: ProfessionalView["profession"], other: string | null) => (profession === "autre" ? `autre:${professionLabel(profession, other).toLowerCase()}` : profession);

function groupsOf(lines: ProfessionalView[], byProfession: ProfessionMatch[]): Group[] {
  const matching = new Map<string, number>();
  for (const m of byProfession) {
    const key = groupKey(m.profession, m.professionOther);
    matching.set(key, (matching.get(key) ?? 0) + m.lines);
  }
  const groups: Group[] = [];
  for (const l of lines) {
    const key = groupKey(l.profession, l.professionOther);
    const last = groups.at(-1);
    if (last?.key === key) last.lines.push(l);
    else groups.push({ key, label: professionLabel(l.profession, l.professionOther), matching: matching.get(key) ?? 0, lines: [l] });
  }
  return groups;
}

/**
 * One page of the professionals' lines, grouped by profession (each group a row group headed by the profession and
 * its count among the matching lines). The private columns (age, departure, contact) exist only in the team's
 * table: for a professional the server leaves them out of the page altogether. Rows hold links only: a line's
 * forms are on its own page.
 */
export function ProfessionalsTable({
  lines,
  byProfession,
  team,
  code,
  communeName,
  caption,
}: {
  lines: ProfessionalView[];
  byProfession: ProfessionMatch[];
  team: boolean;
  code: string;
  communeName: string;
  caption: string;
}) {
  const columns = team ? 7 : 4;
  // Cells are styled by `.pro-table` (app/globals.css): the rows carry no utility classes.
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200 bg-white" role="region" aria-label="Tableau des professionnels (défilement horizontal)" tabIndex={0}>
      <table className="pro-table w-full min-w-[40rem] text-left text-sm" data-testid="professionals">
        <caption className="sr-only">
          {caption}
          {team ? "" : " (âges, départs, coordonnées et notes ne sont pas affichés)"}
        </caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col">Professionnel</th>
            <th scope="col">Exercice</th>
            {team && <th scope="col">Âge</th>}
            {team && <th scope="col">Départ</th>}
            <th scope="col">Travailler ensemble</th>
            <th scope="col">Fiche</th>
            {team && (
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        {groupsOf(lines, byProfession).map((g) => (
          <tbody key={g.key}>
            <tr>
              <th scope="rowgroup" colSpan={columns}>
                {g.label} <span>{`· ${g.matching} ${g.matching > 1 ? "fiches" : "fiche"}`}</span>
              </th>
            </tr>
            {g.lines.map((l) => (
              <Row key={l.id} l={l} team={team} code={code} communeName={communeName} />
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

/*
 * A row is the page's unit of cost (a page holds PAGE_SIZE of them, rendered twice: HTML and RSC payload), so it
 * holds as few elements as its content needs (text where a wrapper adds nothing), and its cells take their style
 * from the table's class rather than from a list of utilities each.
 */
function Row({ l, team, code, communeName }: { l: ProfessionalView; team: boolean; code: string; communeName: string }) {
  const who = l.name ?? "Anonyme";
  const profession = professionLabel(l.profession, l.professionOther);
  const contact = team && (l.email || l.phone);
  return (
    <tr id={`fiche-${l.id}`} className={l.isOwn ? "own" : undefined}>
      <th scope="row">
        <b className={l.name ? undefined : "anon"}>
          {who}
          {l.isOwn && <span>(vous)</span>}
        </b>
        {profession}
        {contact && (
          <small>
            {l.email}
            {l.email && l.phone && <br />}
            {l.phone}
          </small>
        )}
      </th>
      <td>
        {practicePlace(l, communeName)}
        <span className="sub">{PRACTICE_FORM_LABELS[l.practiceForm]}</span>
      </td>
      {team && <td>{l.ageBracket ? AGE_BRACKET_LABELS[l.ageBracket] : ""}</td>}
      {team && <td className={l.departure === "moins_2_ans" ? "soon" : undefined}>{l.departure ? DEPARTURE_HORIZON_LABELS[l.departure] : ""}</td>}
      <td>
        <Badge tone={INTEREST_TONE[l.interest]}>{INTEREST_LABELS[l.interest]}</Badge>
      </td>
      <td>
        <SourceStatus line={l} team={team} />
      </td>
      {team && (
        <td className="act">
          {/* A plain link, not next/link: no client component per row. */}
          <a href={`/communes/${code}/etat-des-lieux/professionnels/${l.id}`} aria-label={`Modifier la fiche : ${who}, ${profession}`}>
            Modifier
          </a>
        </td>
      )}
    </tr>
  );
}
