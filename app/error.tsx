"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="contenu" className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="text-3xl font-bold text-slate-900">Une erreur est survenue</h1>
      <p className="mt-4 text-slate-800">Rien de ce que vous avez saisi n&apos;a été perdu côté serveur si l&apos;enregistrement n&apos;a pas été confirmé. Vous pouvez réessayer.</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-blue-900 px-4 py-2 font-semibold text-white">
        Réessayer
      </button>
    </main>
  );
}
