import { Shell } from "@/app/_components/shell";

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return <Shell>{children}</Shell>;
}
