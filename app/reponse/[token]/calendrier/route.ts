import { publicContext } from "@/lib/auth/guards";
import { findInvitationByToken } from "@/db/meetings";
import { appUrl } from "@/lib/config";
import { calendarFilename } from "@/lib/calendar";
import { invitationCalendar, rsvpPath } from "@/lib/meetings/messages";

/** The invitee's calendar file, again (the e-mail's, with their answer as PARTSTAT once given). A GET: reads only. */
export async function GET(_req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = findInvitationByToken(publicContext(), { token });
  if (!view || view.state === "over" || view.state === "cancelled") return new Response("Ce lien n'est pas valide ou la réunion n'a plus lieu.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const file = invitationCalendar(view.mail, { name: view.invitee.name, email: view.invitee.email, answer: view.invitee.answer }, `${appUrl()}${rsvpPath(token)}`);
  return new Response(file.content, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="${calendarFilename("REQUEST")}"`,
      "cache-control": "private, no-store",
      "x-robots-tag": "noindex",
    },
  });
}
