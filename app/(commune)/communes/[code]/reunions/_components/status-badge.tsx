import { Badge, type BadgeTone } from "@/components/ui/badge";
import { MEETING_STATUS_LABELS, RSVP_LABELS, type MeetingStatus, type RsvpAnswer } from "@/lib/domain/enums";

const STATUS_TONES: Record<MeetingStatus, BadgeTone> = { brouillon: "neutral", invitations_envoyees: "info", tenue: "success", annulee: "danger" };

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{MEETING_STATUS_LABELS[status]}</Badge>;
}

const ANSWER_TONES: Record<RsvpAnswer | "sans_reponse", BadgeTone> = { oui: "success", non: "danger", peut_etre: "warning", sans_reponse: "neutral" };

export function AnswerBadge({ answer }: { answer: RsvpAnswer | null }) {
  const key = answer ?? "sans_reponse";
  return <Badge tone={ANSWER_TONES[key]}>{RSVP_LABELS[key]}</Badge>;
}
