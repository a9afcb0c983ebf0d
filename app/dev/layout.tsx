import { notFound } from "next/navigation";
import { Shell } from "@/app/_components/shell";
import { isDemo } from "@/lib/config";

/** Development helpers: they do not exist in production. */
export default function DevLayout({ children }: { children: React.ReactNode }) {
  if (!isDemo()) notFound();
  return <Shell>{children}</Shell>;
}
