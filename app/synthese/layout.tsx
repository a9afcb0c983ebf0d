import { Shell } from "@/app/_components/shell";

/** The reader's pages: public, the personal reading link is the key. */
export default function ReadingLayout({ children }: { children: React.ReactNode }) {
  return <Shell>{children}</Shell>;
}
