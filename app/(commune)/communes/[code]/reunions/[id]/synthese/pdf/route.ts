import { notFound } from "next/navigation";
import { meetingNextSteps, publishedSynthesis } from "@/db/syntheses";
import { requireCommuneRole } from "@/lib/auth/guards";
import { synthesisPdfInput, synthesisPdfResponse } from "@/lib/synthesis/pdf";
import { meetingIdParam } from "../../../_components/defaults";

/**
 * The published synthesis as a PDF, for every member of the commune's space (a mayor attaches it to a council
 * file). A draft is not a document: no publication, no PDF (404), as for another commune's meeting.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string; id: string }> }) {
  const { code, id } = await params;
  const ctx = await requireCommuneRole(code, "synthesis.read");
  const meetingId = meetingIdParam(id);
  const found = meetingId ? publishedSynthesis(ctx.data, { meetingId }) : null;
  if (!found?.publication || !found.attendance) notFound();
  const nextSteps = meetingNextSteps(ctx.data, found.meeting.id);
  return synthesisPdfResponse(
    synthesisPdfInput({ communeName: ctx.commune.name, meeting: found.meeting, publication: found.publication, attendance: found.attendance, nextSteps }),
  );
}
