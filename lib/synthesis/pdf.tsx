/**
 * The published synthesis as a PDF a mayor can attach to a municipal council file: rendered on the server by
 * @react-pdf/renderer (its own layout engine and PDF writer: no browser, no React DOM), from a plain input,
 * so that the commune's route and the invitee's reading link each make one call. A4, the standard Helvetica
 * (every text goes through `winAnsi`), the parts in the kit's order, empty parts left out, a footer with
 * the commune's name and "Page X / Y" on every page.
 */
import { Document, Font, Page, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { formatDate, formatDateTime } from "@/lib/dates";
import { NEXT_STEP_STATUS_LABELS, type NextStepStatus } from "@/lib/domain/enums";
import { formatMeetingWhen } from "@/lib/meetings/schedule";
import { SYNTHESIS_PARTS, type SynthesisContent } from "./content";
import { attendanceSentence, type ProfessionCount } from "./readers";
import { attachmentDisposition, synthesisPdfFileName } from "./pdf-text";
import { Bullet, Heading, Meta, prose, s, SHORT_TEXT, t } from "./pdf-parts";
import { withoutAddresses } from "@/lib/privacy/names";

/** A next step as the PDF lists it: already in words (the owner's name, the status's label). */
export type SynthesisPdfNextStep = { title: string; owner: string; /** YYYY-MM-DD */ dueOn: string; status: string };

export type SynthesisPdfInput = {
  communeName: string;
  meeting: { title: string; startsAt: Date; place: string; durationMinutes: number };
  content: SynthesisContent;
  publishedAt: Date;
  firstPublishedAt: Date;
  /** The professionals who came, by profession (`attendanceByProfession`). */
  professions: readonly ProfessionCount[];
  /** The municipal team and the facilitators, named, with their roles' labels ([] to leave them out). */
  team: readonly { name: string; roles: readonly string[]; attended: boolean | null }[];
  nextSteps: readonly SynthesisPdfNextStep[];
};

// The default hyphenation follows English patterns ("profes-sionnels" at the wrong place): French words are
// kept whole; only a very long token (a web address) is cut, so that it never overflows a table's column.
Font.registerHyphenationCallback((word) => (word.length > 28 ? (word.match(/.{1,20}/gu) ?? [word]) : [word]));

/** From this many next steps on, their table starts on a page of its own; a shorter one is kept whole on one page. */
export const LONG_NEXT_STEPS = 8;

const sameInstant = (a: Date, b: Date) => a.getTime() === b.getTime();

/** "Publiée le 24 novembre 2026", with "(mise à jour le …)" once corrected (with the time when on the same day). */
export function publicationLine(firstPublishedAt: Date, publishedAt: Date): string {
  const first = `Publiée le ${formatDate(firstPublishedAt)}`;
  if (sameInstant(firstPublishedAt, publishedAt)) return first;
  const sameDay = formatDate(firstPublishedAt) === formatDate(publishedAt);
  return `${first} (mise à jour le ${sameDay ? formatDateTime(publishedAt) : formatDate(publishedAt)})`;
}

/** The proposed follow-up, in sentences; [] when none was proposed. */
export function followUpSentences(f: SynthesisContent["followUp"]): string[] {
  const out: string[] = [];
  if (f.meeting) out.push(f.meetingOn ? `Une nouvelle réunion est proposée le ${formatDate(f.meetingOn)}.` : "Une nouvelle réunion est proposée ; sa date reste à fixer.");
  if (f.support) out.push("Un accompagnement par la fédération régionale est proposé.");
  if (f.other.trim()) out.push(f.other.trim());
  return out;
}

function teamLine(team: SynthesisPdfInput["team"], attended: boolean): string {
  return team
    .filter((m) => m.attended === attended)
    .map((m) => (m.roles.length ? `${m.name} (${m.roles.join(", ")})` : m.name))
    .join(", ");
}

/** Who came: a few lines, kept on one page. */
function Participants({ input }: { input: SynthesisPdfInput }) {
  const present = teamLine(input.team, true);
  const absent = teamLine(input.team, false);
  return (
    <View wrap={false}>
      <Heading>Participants</Heading>
      {present && (
        <Text style={s.para}>
          <Text style={s.strong}>{t("Pour la commune et la fédération : ")}</Text>
          {t(`${present}.`)}
        </Text>
      )}
      {absent && (
        <Text style={s.para}>
          <Text style={s.strong}>{t("Absent·es : ")}</Text>
          {t(`${absent}.`)}
        </Text>
      )}
      <Text style={s.para}>
        <Text style={s.strong}>{t("Professionnel·les de santé : ")}</Text>
        {t(attendanceSentence(input.professions))}
      </Text>
    </View>
  );
}

/** The next steps' table: kept whole on one page when short, starting a page of its own when long (rows never split). */
function NextSteps({ steps }: { steps: SynthesisPdfInput["nextSteps"] }) {
  const long = steps.length >= LONG_NEXT_STEPS;
  return (
    <View break={long} wrap={long}>
      <Heading>Prochaines étapes</Heading>
      <View style={s.table}>
        <View style={s.headRow} wrap={false}>
          <Text style={s.colTitle}>{t("Étape")}</Text>
          <Text style={s.colOwner}>Qui</Text>
          <Text style={s.colDue}>{t("Échéance")}</Text>
          <Text style={s.colStatus}>Statut</Text>
        </View>
        {steps.map((step, i) => (
          <View key={i} style={s.row} wrap={false}>
            <Text style={s.colTitle}>{t(step.title)}</Text>
            <Text style={s.colOwner}>{t(step.owner)}</Text>
            <Text style={s.colDue}>{t(/^\d{4}-\d{2}-\d{2}$/.test(step.dueOn) ? formatDate(step.dueOn) : step.dueOn)}</Text>
            <Text style={s.colStatus}>{t(step.status)}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

function synthesisDocument(input: SynthesisPdfInput) {
  const { content, meeting } = input;
  const day = formatDate(meeting.startsAt);
  const notes = content.agenda.map((n, i) => ({ ...n, number: i + 1 })).filter((n) => n.text.trim());
  const parts = SYNTHESIS_PARTS.filter((p) => content[p.key].trim());
  const followUp = followUpSentences(content.followUp);
  const footer = `${input.communeName} · Synthèse de la réunion du ${day}`;

  // The parts are the page's own children (fragments, not views): see `prose`.
  return (
    <Document
      title={t(`Synthèse de la réunion du ${day} — ${input.communeName}`)}
      subject={t(meeting.title)}
      author="Boussole"
      creator="Boussole"
      producer="Boussole"
      language="fr"
      creationDate={input.firstPublishedAt}
      modificationDate={input.publishedAt}
    >
      <Page size="A4" style={s.page}>
        <View style={s.header}>
          <Text style={s.kicker}>{t(`COMMUNE DE ${input.communeName.toLocaleUpperCase("fr")}`)}</Text>
          <Text style={s.title}>{t("Synthèse de la réunion")}</Text>
          <Text style={s.subtitle}>{t(meeting.title)}</Text>
          <Meta label="Date" value={formatMeetingWhen(meeting)} />
          {meeting.place.trim() && <Meta label="Lieu" value={meeting.place.trim()} />}
          <Meta label="Synthèse" value={publicationLine(input.firstPublishedAt, input.publishedAt)} />
        </View>

        <Participants input={input} />

        {notes.length > 0 && <Heading>Échanges, point par point</Heading>}
        {notes.flatMap((n) => [
          <Heading key={`h${n.agendaItemId}`} level={3}>{`${n.number}. ${n.title}`}</Heading>,
          ...prose(n.text, `n${n.agendaItemId}`),
        ])}

        {parts.flatMap((p) => [<Heading key={`h-${p.key}`}>{p.title}</Heading>, ...prose(content[p.key], p.key)])}

        {content.leads.length > 0 && <Heading>Premières pistes</Heading>}
        {content.leads.map((lead, i) => (
          <Bullet key={`lead${i}`} text={lead} />
        ))}

        {followUp.length > 0 && <Heading>Poursuite des échanges</Heading>}
        {followUp.map((line, i) => (
          <Text key={`follow${i}`} style={s.para}>
            {t(line)}
          </Text>
        ))}

        {content.keyPoints.trim() && <Heading>À retenir</Heading>}
        {content.keyPoints.trim() && (
          <View style={s.keyPoints} wrap={content.keyPoints.length > SHORT_TEXT}>
            {prose(content.keyPoints, "key")}
          </View>
        )}

        {input.nextSteps.length > 0 && <NextSteps steps={input.nextSteps} />}

        <View style={s.footer} fixed>
          <Text>{t(footer)}</Text>
          <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} / ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
}

/** The PDF's bytes (a Buffer starting with "%PDF"). */
export function renderSynthesisPdf(input: SynthesisPdfInput): Promise<Buffer> {
  return renderToBuffer(synthesisDocument(input));
}

/**
 * The input from what the data functions return: a published synthesis (`publishedSynthesis`'s publication
 * and attendance, or a reading link's view with `team: []`), the commune's name and the meeting's next steps.
 */
export function synthesisPdfInput(input: {
  communeName: string;
  meeting: SynthesisPdfInput["meeting"];
  publication: { content: SynthesisContent; publishedAt: Date; firstPublishedAt: Date };
  attendance: { professions: readonly ProfessionCount[]; team?: SynthesisPdfInput["team"] };
  nextSteps: SynthesisPdfInput["nextSteps"];
}): SynthesisPdfInput {
  const { meeting, publication, attendance } = input;
  return {
    communeName: input.communeName,
    meeting: { title: meeting.title, startsAt: meeting.startsAt, place: meeting.place, durationMinutes: meeting.durationMinutes },
    content: publication.content,
    publishedAt: publication.publishedAt,
    firstPublishedAt: publication.firstPublishedAt,
    professions: attendance.professions,
    // A document for every reader: a person who gave no name appears without their address.
    team: (attendance.team ?? []).map((t) => ({ ...t, name: withoutAddresses(t.name) })),
    nextSteps: input.nextSteps.map((s) => ({ ...s, owner: withoutAddresses(s.owner) })),
  };
}

/** Next steps as stored (`next_step` rows, or what a data function returns of them) in the PDF's words. */
export function nextStepsForPdf(rows: readonly { title: string; ownerLabel: string; dueOn: string; status: NextStepStatus }[]): SynthesisPdfNextStep[] {
  return rows.map((r) => ({ title: r.title, owner: r.ownerLabel, dueOn: r.dueOn, status: NEXT_STEP_STATUS_LABELS[r.status] }));
}

/** The download: the PDF as an attachment named after the commune and the meeting's day, never cached. */
export async function synthesisPdfResponse(input: SynthesisPdfInput): Promise<Response> {
  const pdf = await renderSynthesisPdf(input);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": attachmentDisposition(synthesisPdfFileName(input.communeName, input.meeting.startsAt)),
      "content-length": String(pdf.length),
      "cache-control": "private, no-store",
    },
  });
}
