import Link from "next/link";

/**
 * What a missing page says. The record of another commune is "not found" too: the text never tells a
 * missing page from a forbidden one. Rendered inside the frame (`Shell`) of whichever layout is above it.
 */
export function NotFoundContent() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="text-3xl font-bold text-slate-900">Page introuvable</h1>
      <p className="mt-4 text-slate-800">
        Cette page n&apos;existe pas, ou vous n&apos;y avez pas accès avec ce compte. Les espaces des communes ne sont visibles que des personnes qui y ont un rôle.
      </p>
      <p className="mt-6 flex flex-wrap gap-4">
        <Link className="font-semibold text-blue-900 underline" href="/espace">
          Mes espaces
        </Link>
        <Link className="font-semibold text-blue-900 underline" href="/">
          Accueil
        </Link>
      </p>
    </div>
  );
}
