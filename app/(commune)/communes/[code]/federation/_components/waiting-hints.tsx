import { NATIONAL_CONTACT, NATIONAL_CONTACT_AFTER_DAYS, type WaitingHints } from "@/lib/federation/waiting";

type Federation = { shortName: string; phone: string | null; email: string };

const tel = (phone: string) => `tel:${phone.replace(/\s/g, "")}`;

/** Under a pending request: the federation is not on Boussole yet (call it), and after 14 days the national contact. */
export function WaitingHintsPanel({ hints, federation }: { hints: WaitingHints; federation: Federation }) {
  if (!hints.notOnBoussole && !hints.suggestNational) return null;
  return (
    <div className="mt-4 space-y-4">
      {hints.notOnBoussole && (
        <div className="rounded-md border-l-4 border-blue-800 bg-blue-50 p-4 text-blue-950">
          <h3 className="font-bold">La fédération {federation.shortName} n&apos;est pas encore sur Boussole</h3>
          <p className="mt-1">
            Elle a reçu votre demande par e-mail, à son adresse de l&apos;annuaire, avec un lien pour rejoindre Boussole et vous répondre.{" "}
            {federation.phone ? "Appelez-la pour l'en avertir : un appel aide souvent à repérer ce message." : "Écrivez-lui aussi directement pour l'en avertir."}
          </p>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            {federation.phone && (
              <>
                <dt className="font-semibold">Téléphone</dt>
                <dd>
                  <a className="underline" href={tel(federation.phone)}>
                    {federation.phone}
                  </a>
                </dd>
              </>
            )}
            <dt className="font-semibold">E-mail</dt>
            <dd>
              <a className="break-all underline" href={`mailto:${federation.email}`}>
                {federation.email}
              </a>
            </dd>
          </dl>
        </div>
      )}
      {hints.suggestNational && (
        <div className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-4 text-amber-950">
          <h3 className="font-bold">Toujours sans réponse après {NATIONAL_CONTACT_AFTER_DAYS} jours ?</h3>
          <p className="mt-1">
            Contactez {NATIONAL_CONTACT.name}, {NATIONAL_CONTACT.description} : il peut relayer votre demande ou vous orienter.
          </p>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            <dt className="font-semibold">Téléphone</dt>
            <dd>
              <a className="underline" href={tel(NATIONAL_CONTACT.phone)}>
                {NATIONAL_CONTACT.phone}
              </a>
            </dd>
            <dt className="font-semibold">E-mail</dt>
            <dd>
              <a className="break-all underline" href={`mailto:${NATIONAL_CONTACT.email}`}>
                {NATIONAL_CONTACT.email}
              </a>
            </dd>
            <dt className="font-semibold">Site</dt>
            <dd>
              <a className="break-all underline" href={NATIONAL_CONTACT.website} rel="noopener noreferrer">
                {NATIONAL_CONTACT.website.replace(/^https?:\/\//, "")}
              </a>
            </dd>
          </dl>
        </div>
      )}
    </div>
  );
}
