import { Shell } from "@/app/_components/shell";

export default function InvitationLayout({ children }: { children: React.ReactNode }) {
  return <Shell>{children}</Shell>;
}
