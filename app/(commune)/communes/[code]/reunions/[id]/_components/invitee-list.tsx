import { Badge } from "@/components/ui/badge";
import type { Invitee, Meeting } from "@/db/meetings";
import { formatDateTime } from "@/lib/dates";
import { RSVP_LABELS } from "@/lib/domain/enums";
import { professionLabel, type AnswerKey } from "@/lib/meetings/invitees";
import { inviteeHref } from "@/lib/meetings/invitee-list";
import { ROUND_TABLE_FIELDS } from "@/lib/meetings/kit";
import { canEdit, canRemind, isDraft, meetingPhase } from "@/lib/meetings/phase";
import { AnswerBadge } from "../../_components/status-badge";
import { InviteeActions } from "../../_components/meeting-actions";
import { FocusOnArrival } from "./focus-on-arrival";

type Facts = { draft: boolean; held: boolean };

/** How their e-mail went, in a word (the line) or with its dates (the selected invitee). */
function Delivery({ invitee, draft, dates }: { invitee: Invitee; draft: boolean; dates?: boolean }) {
  if (draft) return <>Pas encore invité·e</>;
  if (invitee.deliveryStatus === "failed") return <Badge tone="danger">E-mail non remis</Badge>;
  if (invitee.deliveryStatus === "pending") return <Badge tone="info">Envoi en cours</Badge>;
  if (!dates) return <>E-mail remis</>;
  return (
    <>
      E-mail remis{invitee.lastSentAt ? ` le ${formatDateTime(invitee.lastSentAt)}` : ""}
      {invitee.lastReminderAt ? ` · relancé·e le ${formatDateTime(invitee.lastReminderAt)}` : ""}
    </>
  );
}

const roundTableOf = (i: Invitee) => ROUND_TABLE_FIELDS.filter((f) => i[f.name]);

/*
 * A line is the list's unit of cost (a meeting may have a hundred, each sent twice: HTML and RSC payload): who, the
 * answer and the delivery as text, and a plain link (not next/link: no client component per line; relative: the
 * meeting's address is the page's) that selects the invitee. What may be done for an invitee is rendered for the
 * selected one only. The lines' styles are written once, in globals.css (`.invitee-lines`).
 */
function Line({ invitee: i, facts, href }: { invitee: Invitee; facts: Facts; href: string }) {
  const answer = i.answer ?? "sans_reponse";
  const roundTable = roundTableOf(i).length;
  const status = i.deliveryStatus === "sent" || facts.draft ? null : <Delivery invitee={i} draft={false} />;
  const text = [
    facts.held ? (i.attended ? "Présent·e" : "Absent·e") : "",
    facts.draft ? "Pas encore invité·e" : status ? "" : "E-mail remis",
    i.comment ? "commentaire" : "",
    roundTable ? `tour de table (${roundTable}/4)` : "",
  ]
    .filter(Boolean)
    .join(" · ");
  return (
    <li id={`invite-${i.id}`}>
      <a href={href}>{i.name}</a>
      <small>{`${professionLabel(i.profession)} · ${i.email}`}</small>
      {!facts.draft && <span data-answer={answer}>{RSVP_LABELS[answer]}</span>}
      {status}
      {text && <small>{text}</small>}
    </li>
  );
}

/** The selected invitee (`?invite=`): everything about them, and what may still be done for them. */
function Selected({ invitee: i, code, closeHref, facts, canResend, canRemove }: { invitee: Invitee; code: string; closeHref: string; facts: Facts; canResend: boolean; canRemove: boolean }) {
  const roundTable = roundTableOf(i);
  const title = `invite-${i.id}-titre`;
  return (
    <li id={`invite-${i.id}`} aria-current="true">
      <FocusOnArrival labelledBy={title} className="w-full space-y-3 rounded-md border-2 border-blue-900 bg-white p-4">
        <div>
          <h4 id={title} className="text-lg font-bold text-slate-900 [overflow-wrap:anywhere]">
            {i.name}
          </h4>
          <p className="break-all text-sm text-slate-700">
            {professionLabel(i.profession)} · {i.email}
          </p>
        </div>
        {!facts.draft && (
          <p className="flex flex-wrap items-center gap-2">
            <AnswerBadge answer={i.answer} />
            {i.answeredAt && <span className="text-sm text-slate-700">le {formatDateTime(i.answeredAt)}</span>}
            {facts.held && <Badge tone={i.attended ? "success" : "neutral"}>{i.attended ? "Présent·e" : "Absent·e"}</Badge>}
          </p>
        )}
        {i.comment && <p className="whitespace-pre-line text-slate-800">« {i.comment} »</p>}
        {roundTable.length > 0 && (
          <div className="text-sm">
            <p className="font-semibold text-slate-900">Tour de table préparé ({roundTable.length}/4)</p>
            <dl className="mt-2 space-y-2">
              {roundTable.map((f) => (
                <div key={f.name}>
                  <dt className="font-semibold">{f.label}</dt>
                  <dd className="whitespace-pre-line text-slate-800">{i[f.name]}</dd>
                </div>
              ))}
            </dl>
          </div>
        )}
        <p className="text-sm text-slate-700">
          <Delivery invitee={i} draft={facts.draft} dates />
        </p>
        <InviteeActions
          code={code}
          meetingId={i.meetingId}
          inviteeId={i.id}
          name={i.name}
          canResend={canResend}
          resendLabel={i.deliveryStatus === "sent" ? "Renvoyer le lien" : "Renvoyer"}
          canRemove={canRemove}
        />
        <p>
          <a href={closeHref} className="text-blue-900 underline hover:no-underline">
            Fermer<span className="sr-only"> la fiche de {i.name}</span>
          </a>
        </p>
      </FocusOnArrival>
    </li>
  );
}

/** A page of invitees, each on one compact line; the selected one (`selectedId`) opened in place, with its actions. */
export function InviteeList({
  meeting,
  rows,
  answer,
  page,
  selectedId,
  code,
  now,
}: {
  meeting: Meeting;
  rows: Invitee[];
  /** The list's filter and page, kept by the links that open and close an invitee. */
  answer: AnswerKey | null;
  page: number;
  selectedId: number | null;
  code: string;
  now: Date;
}) {
  const facts: Facts = { draft: isDraft(meeting), held: meetingPhase(meeting, now) === "tenue" };
  // A new link while answers are open; removal while nobody was told, or when their e-mail never arrived.
  const canResend = canRemind(meeting, now);
  const editable = canEdit(meeting, now);
  return (
    <ul className="invitee-lines mt-2 divide-y divide-slate-200" aria-label="Invité·es et leurs réponses">
      {rows.map((i) =>
        i.id === selectedId ? (
          <Selected
            key={i.id}
            invitee={i}
            code={code}
            closeHref={inviteeHref({ answer, page }, `invite-${i.id}`)}
            facts={facts}
            canResend={canResend}
            canRemove={editable && (facts.draft || i.deliveryStatus === "failed")}
          />
        ) : (
          <Line key={i.id} invitee={i} facts={facts} href={inviteeHref({ answer, invite: i.id }, `invite-${i.id}`)} />
        ),
      )}
    </ul>
  );
}
