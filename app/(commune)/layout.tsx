import { Shell } from "@/app/_components/shell";

export default function CommuneGroupLayout({ children }: { children: React.ReactNode }) {
  return <Shell>{children}</Shell>;
}
