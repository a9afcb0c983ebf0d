import Link from "next/link";
import { CompassIcon } from "@/components/compass-icon";

export type SiteHeaderUser = { name: string | null; email: string };
export type NavLink = { href: string; label: string };

export type SiteHeaderProps = {
  user?: SiteHeaderUser | null;
  nav?: NavLink[];
  signOutAction?: () => Promise<void>;
  demo?: boolean;
};

const link = "rounded-sm px-1 py-1 text-blue-900 underline decoration-blue-900/40 hover:decoration-blue-900";

/** The site banner: skip link, brand, main navigation and the account area. */
export function SiteHeader({ user, nav = [], signOutAction, demo = false }: SiteHeaderProps) {
  return (
    <header data-site-header className="border-b border-slate-200 bg-white">
      <a
        href="#contenu"
        className="sr-only focus:not-sr-only focus:absolute focus:left-3 focus:top-3 focus:z-50 focus:rounded-md focus:bg-blue-900 focus:px-4 focus:py-2 focus:font-semibold focus:text-white"
      >
        Aller au contenu
      </a>
      {demo && (
        <div className="bg-amber-100 text-amber-950">
          <p className="mx-auto max-w-6xl px-4 py-1.5 text-sm">
            Démonstration — les e-mails sont gardés dans la{" "}
            <Link href="/dev/boite-mail" className="font-semibold underline">
              boîte de développement
            </Link>
            .
          </p>
        </div>
      )}
      <div className="h-1 bg-gradient-to-r from-blue-900 via-blue-900 to-teal-700" aria-hidden="true" />
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-4">
        <Link href="/" className="group flex items-center gap-3 rounded-md text-blue-900 no-underline">
          <CompassIcon className="h-9 w-9 shrink-0 text-blue-900" />
          <span className="flex flex-col leading-tight">
            <span className="text-xl font-bold tracking-tight group-hover:underline">Boussole</span>
            <span className="text-sm text-teal-800">L&apos;équipe avant les briques</span>
          </span>
        </Link>
        <nav aria-label="Navigation principale">
          <ul className="flex flex-wrap items-center gap-x-4 gap-y-2 text-base">
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className={link}>
                  {item.label}
                </Link>
              </li>
            ))}
            <li>
              <Link href="/federations" className={link}>
                Fédérations
              </Link>
            </li>
            {user ? (
              <>
                <li>
                  <Link href="/espace" className={link}>
                    Mes espaces
                  </Link>
                </li>
                <li className="flex flex-wrap items-center gap-3 border-slate-200 sm:border-l sm:pl-4">
                  <Link href="/profil" className={`${link} max-w-[16rem] truncate text-sm`} title={`Mon profil (${user.email})`}>
                    <span className="sr-only">Mon profil, connecté·e : </span>
                    {user.name || user.email}
                  </Link>
                  {signOutAction && (
                    <form action={signOutAction}>
                      <button
                        type="submit"
                        className="rounded-md border border-slate-400 bg-white px-3 py-1 text-sm font-semibold text-slate-900 hover:bg-slate-100"
                      >
                        Se déconnecter
                      </button>
                    </form>
                  )}
                </li>
              </>
            ) : (
              <li>
                <Link
                  href="/connexion"
                  className="inline-flex items-center rounded-md border border-blue-900 bg-blue-900 px-4 py-2 font-semibold text-white no-underline hover:bg-blue-950"
                >
                  Se connecter
                </Link>
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
