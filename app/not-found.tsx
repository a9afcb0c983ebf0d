import { Shell } from "@/app/_components/shell";
import { NotFoundContent } from "@/app/_components/not-found-content";

/** An address that matches no route: the root layout has no frame, so this page brings its own. */
export default function NotFound() {
  return (
    <Shell>
      <NotFoundContent />
    </Shell>
  );
}
