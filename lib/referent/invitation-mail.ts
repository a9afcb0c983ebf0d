/** The designation e-mail to a référent santé: who designates them, what it means (the kit's mission sheet), the link. */
import { INVITATION_DAYS } from "@/lib/auth/constants";
import { REFERENT_CAPACITY_LABELS, type ReferentCapacity } from "@/lib/domain/enums";
import type { MailContent } from "@/lib/mail/render";
import { MISSION_SHEET, missionSheetSections } from "./mission-sheet";

export function referentInvitationMail(p: { inviter: string; communeName: string; capacity: ReferentCapacity; url: string }): MailContent {
  return {
    subject: `${p.inviter} vous désigne référent·e santé de ${p.communeName}`,
    intro: `${p.inviter}, maire de ${p.communeName}, vous désigne comme référent·e santé de la commune (${REFERENT_CAPACITY_LABELS[p.capacity]}) sur Boussole, le portail où la commune et la fédération régionale des maisons de santé préparent ensemble une équipe pluriprofessionnelle.`,
    paragraphs: [
      "Le référent santé fait le lien entre les professionnels de santé, les élus et la fédération régionale : il co-organise les premières rencontres, suit l'avancée des échanges et informe le maire. Sa fiche missions, tirée du kit des 100 premiers jours, suit ce message.",
      "En acceptant, votre compte Boussole est créé avec cette adresse e-mail ; vous n'aurez pas de mot de passe à retenir.",
    ],
    action: { label: "Voir l'invitation", url: p.url },
    note: `Ce lien personnel est valable ${INVITATION_DAYS} jours et ne sert qu'une fois. Si vous ne connaissez pas ${p.inviter}, ignorez ce message.`,
    sheet: { title: MISSION_SHEET.title, lead: MISSION_SHEET.purpose, sections: missionSheetSections() },
  };
}
