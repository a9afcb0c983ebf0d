import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/synthesis/print-button";
import { SynthesisDocument } from "@/components/synthesis/synthesis-document";
import { meetingNextSteps, publishedSynthesis } from "@/db/syntheses";
import { requireCommuneRole } from "@/lib/auth/guards";
import { meetingIdParam } from "../../../_components/defaults";

export const metadata: Metadata = { title: "Synthèse — version imprimable" };

/** The published synthesis alone, for paper: the print stylesheet hides the site's frame and navigation. */
export default async function PrintableSynthesisPage({ params }: { params: Promise<{ code: string; id: string }> }) {
  const { code, id } = await params;
  const ctx = await requireCommuneRole(code, "synthesis.read");
  const meetingId = meetingIdParam(id);
  const read = meetingId ? publishedSynthesis(ctx.data, { meetingId }) : null;
  if (!read?.publication || !read.attendance) notFound();
  const back = `/communes/${ctx.commune.code}/reunions/${read.meeting.id}/synthese`;
  return (
    <div className="mx-auto max-w-3xl">
      <div className="mb-6 flex flex-wrap items-center gap-3 print:hidden">
        <PrintButton />
        <Link href={back} className="font-semibold text-blue-900 underline">
          Retour à la synthèse
        </Link>
      </div>
      <SynthesisDocument
        headingLevel={1}
        communeName={ctx.commune.name}
        meeting={read.meeting}
        content={read.publication.content}
        publishedAt={read.publication.publishedAt}
        firstPublishedAt={read.publication.firstPublishedAt}
        professions={read.attendance.professions}
        team={read.attendance.team}
        nextSteps={meetingNextSteps(ctx.data, read.meeting.id)}
      />
    </div>
  );
}
