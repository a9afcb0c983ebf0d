import { SynthesisDocument } from "@/components/synthesis/synthesis-document";
import type { ReadingView } from "@/db/syntheses";

/** A published synthesis as a reader without an account sees it: through a reading link or their answer link. */
export function ReadingDocument({ view }: { view: ReadingView }) {
  return (
    <SynthesisDocument
      headingLevel={1}
      communeName={view.communeName}
      meeting={view.meeting}
      content={view.content}
      publishedAt={view.publishedAt}
      firstPublishedAt={view.firstPublishedAt}
      professions={view.professions}
      team={view.team}
      nextSteps={view.nextSteps}
    />
  );
}
