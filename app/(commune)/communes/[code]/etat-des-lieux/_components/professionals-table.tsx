import { badgeHtml, type BadgeTone } from "@/components/ui/badge";
import type { ProfessionMatch, ProfessionalView } from "@/db/inventory";
import { formatDate } from "@/lib/dates";
import { html, innerHtml, type Html } from "@/lib/html";
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
function sourceStatus(line: ProfessionalView, team: boolean): Html {
  if (line.source === "professionnel") {
    return html`${badgeHtml("success", "Confirmée")}${line.confirmedAt && html`<small>par le professionnel le ${formatDate(line.confirmedAt)}</small>`}`;
  }
  const badge =
    team && line.linkedAccount
      ? badgeHtml("info", "Compte relié")
      : team && line.invitation
        ? badgeHtml(
            line.invitation.deliveryStatus === "failed" || line.invitation.state === "expired" ? "warning" : "info",
            line.invitation.deliveryStatus === "failed" ? "Invitation non remise" : line.invitation.state === "expired" ? "Invitation expirée" : "Invitée à confirmer",
          )
        : null;
  return html`${LINE_SOURCE_LABELS[line.source]}${badge && html`<span class="then">${badge}</span>`}`;
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
          <tbody key={g.key} {...innerHtml(groupRows(g, columns, team, code, communeName))} />
        ))}
      </table>
    </div>
  );
}

/*
 * A row is the page's unit of cost (a page holds PAGE_SIZE of them), so the rows are markup built as a string
 * (lib/html.ts: every value escaped), not React elements serialized into the RSC payload and rendered again: the
 * same HTML, one string in the payload. They hold as few elements as their content needs (text where a wrapper adds
 * nothing), and their cells take their style from the table's class (`.pro-table` in app/globals.css).
 */
function groupRows(g: Group, columns: number, team: boolean, code: string, communeName: string): Html {
  const heading = html`<tr><th scope="rowgroup" colspan="${columns}">${g.label} <span>· ${g.matching} ${g.matching > 1 ? "fiches" : "fiche"}</span></th></tr>`;
  return html`${heading}${g.lines.map((l) => row(l, team, code, communeName))}`;
}

function row(l: ProfessionalView, team: boolean, code: string, communeName: string): Html {
  const who = l.name ?? "Anonyme";
  const profession = professionLabel(l.profession, l.professionOther);
  const contact = team && (l.email || l.phone) && html`<small>${l.email}${l.email && l.phone && html`<br>`}${l.phone}</small>`;
  const name = html`<b${l.name ? "" : html` class="anon"`}>${who}${l.isOwn && html`<span>(vous)</span>`}</b>`;
  const personal =
    team &&
    html`<td>${l.ageBracket ? AGE_BRACKET_LABELS[l.ageBracket] : ""}</td><td${l.departure === "moins_2_ans" && html` class="soon"`}>${l.departure ? DEPARTURE_HORIZON_LABELS[l.departure] : ""}</td>`;
  const edit =
    team &&
    html`<td class="act"><a href="/communes/${code}/etat-des-lieux/professionnels/${l.id}" aria-label="Modifier la fiche : ${who}, ${profession}">Modifier</a></td>`;
  return html`<tr id="fiche-${l.id}"${l.isOwn && html` class="own"`}><th scope="row">${name}${profession}${contact}</th><td>${practicePlace(l, communeName)}<span class="sub">${PRACTICE_FORM_LABELS[l.practiceForm]}</span></td>${personal}<td>${badgeHtml(INTEREST_TONE[l.interest], INTEREST_LABELS[l.interest])}</td><td>${sourceStatus(l, team)}</td>${edit}</tr>`;
}
