import { Shell } from "@/app/_components/shell";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return <Shell>{children}</Shell>;
}
