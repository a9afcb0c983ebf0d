import { Shell } from "@/app/_components/shell";

/** The invitee's pages: public, the personal link is the key. */
export default function AnswerLayout({ children }: { children: React.ReactNode }) {
  return <Shell>{children}</Shell>;
}
