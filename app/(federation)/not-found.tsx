import { NotFoundContent } from "@/app/_components/not-found-content";

/** `notFound()` below this group: its layout already draws the frame (one header, one main). */
export default function NotFound() {
  return <NotFoundContent />;
}
