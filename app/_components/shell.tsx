import { SiteHeader } from "@/components/site-header";
import { SiteFooter } from "@/components/site-footer";
import { getCurrentUser } from "@/lib/auth/guards";
import { signOutAction } from "@/lib/auth/actions";
import { isDemo } from "@/lib/config";

/** The page frame: header with the signed-in user, main landmark, footer. */
export async function Shell({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  return (
    <>
      <SiteHeader user={user} signOutAction={signOutAction} demo={isDemo()} />
      <main id="contenu" tabIndex={-1} className="flex-1 outline-none">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
