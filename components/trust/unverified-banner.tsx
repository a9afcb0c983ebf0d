import { UNVERIFIED_BANNER } from "@/lib/trust/verification";

/** On every page of a workspace still "à vérifier": what is capped, and how the verification happens. */
export function UnverifiedBanner({ communeName }: { communeName: string }) {
  return (
    <section aria-labelledby="espace-a-verifier" className="mt-4 rounded-md border-l-4 border-amber-600 bg-amber-50 p-4 text-amber-950">
      <h2 id="espace-a-verifier" className="font-bold">
        {UNVERIFIED_BANNER.title} : le mandat du maire de {communeName} n&apos;est pas encore confirmé
      </h2>
      <p className="mt-1">{UNVERIFIED_BANNER.capped}</p>
      <p className="mt-1">{UNVERIFIED_BANNER.how}</p>
    </section>
  );
}
