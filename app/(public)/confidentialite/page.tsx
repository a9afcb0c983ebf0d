import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { PageHeader } from "@/components/ui/page-header";
import { Configured, LegalSection } from "@/components/legal-page";
import { INVITATION_DAYS, SESSION_ABSOLUTE_DAYS, SESSION_IDLE_DAYS, SIGN_IN_LINK_MINUTES } from "@/lib/auth/constants";
import { ENDED_LINK_GRACE_DAYS, MAIL_RETENTION_DAYS, UNACCEPTED_INVITATION_DAYS } from "@/lib/privacy/retention";
import { ANSWER_LINK_DAYS_AFTER } from "@/lib/meetings/links";
import { notConfigured, publisherInfo } from "@/lib/privacy/publisher";

export const metadata: Metadata = {
  title: "Confidentialité — données personnelles",
  description: "Quelles données personnelles Boussole traite, pour qui, pourquoi, combien de temps, et comment exercer vos droits.",
};

const RETENTION: [string, string][] = [
  ["Lien de connexion envoyé par e-mail", `valable ${SIGN_IN_LINK_MINUTES} minutes, à usage unique ; effacé par la purge quotidienne une fois expiré`],
  ["Session de connexion", `fin après ${SESSION_IDLE_DAYS} jours sans usage, ${SESSION_ABSOLUTE_DAYS} jours au plus après l'ouverture ; effacée par la purge quotidienne une fois expirée (ou à la déconnexion)`],
  [
    "Invitation (référent·e, professionnel·le, membre d'une fédération)",
    `lien valable ${INVITATION_DAYS} jours ; une invitation jamais acceptée est effacée ${UNACCEPTED_INVITATION_DAYS} jours après l'expiration de son lien`,
  ],
  [
    "Liens personnels de réponse à une rencontre (un par e-mail reçu)",
    `valables jusqu'à ${ANSWER_LINK_DAYS_AFTER} jours après la rencontre, effacés ${ENDED_LINK_GRACE_DAYS} jours plus tard ; la réponse donnée reste attachée à la rencontre`,
  ],
  ["E-mails conservés par l'application (journal d'envoi)", `${MAIL_RETENTION_DAYS} jours, puis effacés par la purge quotidienne`],
  ["Compteurs techniques limitant les tentatives répétées", "effacés à leur expiration par la purge quotidienne"],
  [
    "Données de l'espace d'une commune (état des lieux, rencontres, synthèses, prochaines étapes, check-list, historique)",
    "tant que l'espace de la commune existe ; le maire peut effacer à tout moment la fiche d'un·e professionnel·le avec ses mentions dans l'historique et les e-mails qui lui ont été adressés",
  ],
  ["Compte", "jusqu'à sa suppression par la personne ; son adresse est alors retirée et ce qu'elle a rédigé apparaît sous « compte supprimé »"],
];

export default async function PrivacyPage() {
  await connection(); // the operator's contact is read at request time, from the environment
  const info = publisherInfo();
  const contact = info.contactEmail ? <a href={`mailto:${info.contactEmail}`}>{info.contactEmail}</a> : <Configured value={null} placeholder={notConfigured("BOUSSOLE_CONTACT_EMAIL")} />;
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <PageHeader
        title="Confidentialité"
        description="Ce que Boussole fait des données personnelles : qui en est responsable, pourquoi elles sont traitées, qui les voit, combien de temps elles sont gardées et comment exercer vos droits."
      />
      <div className="mt-8 space-y-10">
        <LegalSection id="responsables" title="Qui est responsable de vos données">
          <p>
            Boussole est un outil de travail partagé entre une commune, ses professionnel·les de santé et la fédération régionale des maisons de santé qui
            l&apos;accompagne. Il y a donc plusieurs responsables de traitement :
          </p>
          <ul>
            <li>
              <strong>la commune</strong>, représentée par son maire, pour les données de son espace : état des lieux des professionnel·les de santé, rencontres,
              synthèses, prochaines étapes, check-list des 100 jours, contacts des partenaires et historique ;
            </li>
            <li>
              <strong>la fédération régionale</strong>, pour ses propres données : ses membres, les demandes d&apos;accompagnement reçues et ses décisions ;
            </li>
            <li>
              <strong>l&apos;exploitant de Boussole</strong> (voir les <Link href="/mentions-legales">mentions légales</Link>) agit comme <strong>sous-traitant</strong> :
              il héberge et fait fonctionner le service pour le compte des communes et des fédérations, sans utiliser les données à d&apos;autres fins.
            </li>
          </ul>
        </LegalSection>

        <LegalSection id="finalites" title="Pourquoi ces données sont traitées, et sur quelle base">
          <ul>
            <li>
              <strong>Organiser l&apos;action de la commune pour l&apos;accès aux soins</strong> (état des lieux de l&apos;offre de soins, rencontres avec les
              professionnel·les, suivi des engagements) : mission d&apos;intérêt public de la commune (article 6.1.e du RGPD).
            </li>
            <li>
              <strong>Accompagner les communes</strong> et les professionnel·les vers l&apos;exercice coordonné : intérêt légitime de la fédération régionale (article
              6.1.f du RGPD).
            </li>
            <li>
              <strong>Répondre à une invitation</strong> à une rencontre et aux questions de la table ronde, <strong>confirmer sa fiche</strong> : ces réponses sont
              facultatives et données par la personne elle-même ; elle peut les corriger ou en demander l&apos;effacement à tout moment.
            </li>
            <li>
              <strong>Sécuriser le service</strong> (connexion par lien e-mail, sessions, limitation des tentatives répétées, historique des modifications) :
              intérêt légitime des responsables et de l&apos;exploitant.
            </li>
          </ul>
          <p>Boussole ne fait ni publicité, ni mesure d&apos;audience, ni profilage, et ne dépose qu&apos;un cookie de session, nécessaire à la connexion.</p>
        </LegalSection>

        <LegalSection id="categories" title="Quelles données">
          <ul>
            <li>comptes : adresse e-mail, prénom et nom, rôles dans les espaces, dates de connexion ;</li>
            <li>
              fiches de l&apos;état des lieux : profession, nom (facultatif), lieu et forme d&apos;exercice, tranche d&apos;âge, horizon de départ, intérêt pour un
              projet collectif, e-mail, téléphone et note éventuels ;
            </li>
            <li>rencontres : personnes invitées (nom, profession, e-mail), réponses, commentaires, réponses à la table ronde, présence ;</li>
            <li>demandes adressées à une fédération, revendications d&apos;un espace (nom, fonction, téléphone, message), contacts des partenaires locaux ;</li>
            <li>historique : qui a fait quoi et quand, dans l&apos;espace de la commune ;</li>
            <li>journal des e-mails envoyés par l&apos;application.</li>
          </ul>
          <p>
            <strong>Aucune donnée de santé concernant des patient·es</strong> ne doit être saisie dans Boussole : chaque champ libre le rappelle. Les tranches
            d&apos;âge et horizons de départ des professionnel·les ne sont visibles que de l&apos;équipe municipale, de la fédération qui accompagne la commune et de la
            personne concernée ; les adresses e-mail ne sont jamais montrées aux autres professionnel·les.
          </p>
        </LegalSection>

        <LegalSection id="destinataires" title="Qui voit ces données">
          <ul>
            <li>l&apos;équipe municipale de la commune (maire, référent·e santé) et les facilitateur·rices de la fédération régionale qui l&apos;accompagne ;</li>
            <li>les professionnel·les invité·es dans l&apos;espace : leur propre fiche, les autres fiches sans âge, départ ni coordonnées, les synthèses publiées ;</li>
            <li>la fédération régionale sollicitée : la demande de la commune et, une fois acceptée, l&apos;espace de la commune ;</li>
            <li>l&apos;exploitant, son hébergeur et le service d&apos;envoi d&apos;e-mails, pour faire fonctionner le service uniquement.</li>
          </ul>
          <p>Les données ne sont ni vendues, ni cédées, ni utilisées à des fins commerciales.</p>
        </LegalSection>

        <LegalSection id="conservation" title="Combien de temps">
          <p>Une purge automatique passe chaque jour et applique ces durées :</p>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">Durées de conservation des données</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-4 font-semibold text-slate-900">
                    Donnée
                  </th>
                  <th scope="col" className="py-2 font-semibold text-slate-900">
                    Conservation
                  </th>
                </tr>
              </thead>
              <tbody>
                {RETENTION.map(([what, how]) => (
                  <tr key={what} className="border-b border-slate-200 align-top">
                    <th scope="row" className="py-2 pr-4 font-normal text-slate-900">
                      {what}
                    </th>
                    <td className="py-2">{how}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </LegalSection>

        <LegalSection id="droits" title="Vos droits, et comment les exercer">
          <p>
            Vous disposez d&apos;un droit d&apos;accès, de rectification, d&apos;effacement, de limitation et d&apos;opposition au traitement de vos données, et du
            droit de retirer à tout moment une réponse que vous avez donnée. Pour les exercer :
          </p>
          <ul>
            <li>
              avec un compte : votre page <Link href="/profil">profil</Link> vous permet de télécharger vos données, de corriger votre nom et de supprimer votre compte ;
            </li>
            <li>
              pour une fiche de l&apos;état des lieux ou une réponse à une rencontre : adressez-vous au maire de la commune concernée (responsable de traitement), qui
              peut corriger ou effacer votre fiche ;
            </li>
            <li>dans tous les cas, vous pouvez écrire à l&apos;exploitant : {contact}.</li>
          </ul>
          <p>Une réponse vous est apportée dans un délai d&apos;un mois.</p>
        </LegalSection>

        <LegalSection id="reclamation" title="Réclamation auprès de la CNIL">
          <p>
            Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la Commission nationale de l&apos;informatique et des
            libertés (CNIL), en ligne sur <a href="https://www.cnil.fr/fr/plaintes">cnil.fr/fr/plaintes</a> ou par courrier : CNIL, 3 place de Fontenoy, TSA
            80715, 75334 Paris Cedex 07.
          </p>
        </LegalSection>
      </div>
    </div>
  );
}
