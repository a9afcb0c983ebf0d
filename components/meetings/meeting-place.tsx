import { placeUrl } from "@/lib/meetings/schedule";

/** The meeting's place as typed, with a link when it holds a video-conference address. */
export function MeetingPlace({ place }: { place: string }) {
  const url = placeUrl(place);
  return (
    <>
      {place}
      {url && (
        <>
          {" "}
          <a href={url} className="text-blue-900 underline" rel="noopener noreferrer" target="_blank">
            Ouvrir le lien de visioconférence<span className="sr-only"> (nouvelle fenêtre)</span>
          </a>
        </>
      )}
    </>
  );
}
