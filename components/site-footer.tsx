import Link from "next/link";

const link = "text-blue-900 underline hover:no-underline";

/** The site footer: where the content comes from, the federations, and the public statements (every page has them). */
export function SiteFooter() {
  return (
    <footer data-site-footer className="mt-16 border-t border-slate-200 bg-white">
      <div className="mx-auto grid max-w-6xl gap-4 px-4 py-8 text-sm text-slate-700 sm:grid-cols-[2fr_1fr]">
        <p>
          Boussole s&apos;appuie sur le « Kit des 100 premiers jours » destiné aux maires, publié par le mouvement AVECsanté et
          ses fédérations régionales des maisons de santé pluriprofessionnelles.
        </p>
        <nav aria-label="Informations sur le site">
          <ul className="space-y-1 sm:text-right">
            <li>
              <Link href="/federations" className={link}>
                Les fédérations régionales
              </Link>
            </li>
            <li>
              <Link href="/confidentialite" className={link}>
                Confidentialité
              </Link>
            </li>
            <li>
              <Link href="/mentions-legales" className={link}>
                Mentions légales
              </Link>
            </li>
            <li>
              <Link href="/accessibilite" className={link}>
                Accessibilité : partiellement conforme
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
