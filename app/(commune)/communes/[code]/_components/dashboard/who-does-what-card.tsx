import Link from "next/link";
import { Card } from "@/components/ui/card";

/** Where each actor's part is written: the commune, the professionals, the federation and the partners. */
export function WhoDoesWhatCard({ base }: { base: string }) {
  return (
    <Card title="Qui fait quoi" headingLevel={2}>
      <p>La commune, les professionnels de santé, la fédération et les partenaires (ARS, CPAM, intercommunalité…) : le rôle de chacun, écrit ensemble.</p>
      <p className="mt-3">
        <Link className="font-semibold text-blue-900 underline" href={`${base}/qui-fait-quoi`}>
          Voir qui fait quoi
        </Link>
      </p>
    </Card>
  );
}
