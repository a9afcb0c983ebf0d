import { findSynthesisByReadingToken } from "@/db/syntheses";
import { publicContext } from "@/lib/auth/guards";
import { synthesisPdfInput, synthesisPdfResponse } from "@/lib/synthesis/pdf";

/**
 * The published synthesis as a PDF, through the reader's personal link (no account). Reads only; an unknown,
 * malformed or expired link is a 404 that says nothing more.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = findSynthesisByReadingToken(publicContext(), { token });
  if (!view) return new Response("Ce lien de lecture n'est pas valide.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  return synthesisPdfResponse(
    synthesisPdfInput({
      communeName: view.communeName,
      meeting: view.meeting,
      publication: view,
      attendance: { professions: view.professions, team: view.team },
      nextSteps: view.nextSteps,
    }),
  );
}
