import { Shell } from "@/app/_components/shell";

export default function FederationGroupLayout({ children }: { children: React.ReactNode }) {
  return <Shell>{children}</Shell>;
}
