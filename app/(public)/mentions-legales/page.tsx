import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { PageHeader } from "@/components/ui/page-header";
import { Configured, LegalSection } from "@/components/legal-page";
import { notConfigured, publisherInfo } from "@/lib/privacy/publisher";

export const metadata: Metadata = {
  title: "Mentions légales",
  description: "Éditeur, directeur de la publication et hébergeur de Boussole.",
};

/** Publisher and host come from the configuration (README, « Configuration »): nothing here is invented. */
export default async function LegalNoticePage() {
  await connection(); // read at request time, from the environment
  const info = publisherInfo();
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <PageHeader title="Mentions légales" description="Les informations prévues par la loi pour la confiance dans l'économie numérique (article 6)." />
      <div className="mt-8 space-y-10">
        <LegalSection id="editeur" title="Éditeur">
          <p>
            <Configured value={info.publisher} placeholder={notConfigured("BOUSSOLE_EDITEUR")} />
            <br />
            <Configured value={info.publisherAddress} placeholder={notConfigured("BOUSSOLE_EDITEUR_ADRESSE")} />
          </p>
          <p>
            Directeur·rice de la publication : <Configured value={info.director} placeholder={notConfigured("BOUSSOLE_DIRECTEUR_PUBLICATION")} />
          </p>
          <p>
            Contact :{" "}
            {info.contactEmail ? (
              <a href={`mailto:${info.contactEmail}`}>{info.contactEmail}</a>
            ) : (
              <Configured value={null} placeholder={notConfigured("BOUSSOLE_CONTACT_EMAIL")} />
            )}
          </p>
        </LegalSection>

        <LegalSection id="hebergeur" title="Hébergeur">
          <p>
            <Configured value={info.host} placeholder={notConfigured("BOUSSOLE_HEBERGEUR")} />
          </p>
        </LegalSection>

        <LegalSection id="contenus" title="Contenus et sources">
          <p>
            Les repères, la check-list des 100 jours et les modèles de rencontre reprennent le « Kit des 100 premiers jours » destiné aux maires, publié par le
            mouvement AVECsanté et ses fédérations régionales des maisons de santé pluriprofessionnelles.
          </p>
          <p>
            La liste des communes provient du découpage administratif publié par Etalab (paquet <span lang="en">@etalab/decoupage-administratif</span>), sous
            Licence Ouverte.
          </p>
          <p>
            Les contenus saisis dans l&apos;espace d&apos;une commune (état des lieux, rencontres, synthèses) relèvent de la commune et des personnes qui les ont
            rédigés.
          </p>
        </LegalSection>

        <LegalSection id="donnees" title="Données personnelles et accessibilité">
          <p>
            Le traitement des données personnelles est décrit sur la page <Link href="/confidentialite">Confidentialité</Link> ; l&apos;état de conformité au
            référentiel d&apos;accessibilité sur la page <Link href="/accessibilite">Accessibilité</Link>.
          </p>
        </LegalSection>
      </div>
    </div>
  );
}
