import type { Metadata } from "next";
import { connection } from "next/server";
import { PageHeader } from "@/components/ui/page-header";
import { Configured, LegalSection } from "@/components/legal-page";
import { appUrl } from "@/lib/config";
import { notConfigured, publisherInfo } from "@/lib/privacy/publisher";

export const metadata: Metadata = {
  title: "Déclaration d'accessibilité",
  description: "État de conformité de Boussole au RGAA 4.1, contenus non accessibles, et comment signaler un problème.",
};

const STATEMENT_DATE = "2 décembre 2026";

export default async function AccessibilityPage() {
  await connection(); // the publisher and the contact are read at request time, from the environment
  const info = publisherInfo();
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <PageHeader
        title="Déclaration d'accessibilité"
        description={
          <>
            <Configured value={info.publisher} placeholder="L'éditeur de Boussole" /> s&apos;engage à rendre ce service accessible, conformément à
            l&apos;article 47 de la loi n° 2005-102 du 11 février 2005.
          </>
        }
      />
      <div className="mt-8 space-y-10">
        <LegalSection id="perimetre" title="Périmètre">
          <p>
            Cette déclaration s&apos;applique à Boussole, à l&apos;adresse <span className="break-all">{appUrl()}</span>, et à toutes ses pages : pages publiques,
            espaces des communes et des fédérations, pages ouvertes par un lien reçu par e-mail.
          </p>
        </LegalSection>

        <LegalSection id="etat" title="État de conformité">
          <p>
            Boussole est <strong>partiellement conforme</strong> avec le référentiel général d&apos;amélioration de l&apos;accessibilité (RGAA), version 4.1.
          </p>
          <p>
            Aucun audit complet, critère par critère, n&apos;a encore été réalisé : le taux de conformité n&apos;est donc pas connu. Chaque page est vérifiée
            automatiquement avec l&apos;outil axe-core dans les tests du navigateur, et ces vérifications passent sans erreur. La conception suit les critères
            du RGAA : libellés reliés aux champs, messages d&apos;erreur associés au champ concerné, ordre de tabulation et focus visible, titres hiérarchisés,
            contrastes, formulaires utilisables sans JavaScript.
          </p>
        </LegalSection>

        <LegalSection id="non-accessibles" title="Contenus non accessibles">
          <p>Non-conformités connues :</p>
          <ul>
            <li>
              la synthèse d&apos;une rencontre téléchargée en PDF n&apos;est pas un PDF balisé ; la même synthèse est lisible sous forme de page web, accessible,
              dans l&apos;espace de la commune et par le lien reçu par e-mail.
            </li>
          </ul>
          <p>Dérogations pour charge disproportionnée : aucune.</p>
          <p>Contenus non soumis à l&apos;obligation d&apos;accessibilité : les fichiers déposés ou exportés par les utilisateur·rices (import et export CSV).</p>
        </LegalSection>

        <LegalSection id="etablissement" title="Établissement de cette déclaration">
          <p>Cette déclaration a été établie le {STATEMENT_DATE}.</p>
          <p>Technologies utilisées : HTML, CSS, JavaScript (facultatif : les formulaires fonctionnent sans).</p>
          <p>
            Vérifications : tests automatisés axe-core (WCAG 2.1 A et AA) sur chaque page parcourue par les tests du navigateur Chromium, et tests
            d&apos;affichage à 320 pixels de large. Aucun audit manuel complet n&apos;a été mené.
          </p>
        </LegalSection>

        <LegalSection id="signaler" title="Signaler un problème">
          <p>
            Si vous n&apos;arrivez pas à accéder à un contenu ou à un service, écrivez-nous pour être orienté·e vers une alternative accessible ou obtenir le
            contenu sous une autre forme :{" "}
            {info.contactEmail ? (
              <a href={`mailto:${info.contactEmail}?subject=Accessibilit%C3%A9%20de%20Boussole`}>{info.contactEmail}</a>
            ) : (
              <Configured value={null} placeholder={notConfigured("BOUSSOLE_CONTACT_EMAIL")} />
            )}
            . Vous pouvez aussi vous adresser au maire de votre commune.
          </p>
        </LegalSection>

        <LegalSection id="recours" title="Voies de recours">
          <p>
            Si vous nous avez signalé un défaut d&apos;accessibilité qui vous empêche d&apos;accéder à un contenu ou à un service et que vous n&apos;avez pas
            obtenu de réponse satisfaisante, vous pouvez saisir le Défenseur des droits :
          </p>
          <ul>
            <li>
              par le formulaire en ligne : <a href="https://formulaire.defenseurdesdroits.fr/">formulaire.defenseurdesdroits.fr</a> ;
            </li>
            <li>
              en contactant le délégué du Défenseur des droits de votre région : <a href="https://www.defenseurdesdroits.fr/saisir/delegues">defenseurdesdroits.fr/saisir/delegues</a> ;
            </li>
            <li>par téléphone : 09 69 39 00 00 ;</li>
            <li>par courrier, gratuitement, sans timbre : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.</li>
          </ul>
        </LegalSection>
      </div>
    </div>
  );
}
