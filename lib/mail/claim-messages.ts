import "server-only";
import { appUrl } from "@/lib/config";
import { sendMail, type Queue } from "./send";

const url = (path: string) => `${appUrl()}${path}`;

type Claim = { id: number; name: string; role: string; phone: string; message: string };
type Commune = { code: string; name: string; departementName: string | null };

const where = (c: Commune) => `${c.name}${c.departementName ? ` (${c.departementName})` : ""}`;

/** To a federation admin: the claim is on the federation's page, with the decision forms. */
export function sendClaimToFederation(to: string, p: { federationId: string; federationName: string; claim: Claim; commune: Commune }, q: Queue = {}) {
  return sendMail(to, {
    subject: `Revendication du rôle de maire : ${p.commune.name}`,
    intro: `${p.claim.name} (${p.claim.role}) indique être maire de ${where(p.commune)} et demande le rôle de maire de l'espace de la commune sur Boussole, que quelqu'un d'autre a ouvert.`,
    paragraphs: [
      "Avant de transférer le rôle, vérifiez auprès de la mairie (par son numéro officiel, pas par celui qu'indique la demande) qui est le ou la maire. Vous pouvez aussi refuser, en donnant un motif.",
    ],
    action: { label: "Examiner la revendication", url: url(`/federation/${p.federationId}?revendication=${p.claim.id}#revendication-choisie`) },
    note: `Vous recevez ce message parce que vous administrez la ${p.federationName} sur Boussole et que la commune est dans une de ses régions.`,
  }, q);
}

/** To the Boussole team: everything, since it has no page to read the claim on. */
export function sendClaimToOperator(to: string, p: { claim: Claim; claimantEmail: string; commune: Commune; federations: string[]; reviewed: boolean }, q: Queue = {}) {
  return sendMail(
    to,
    {
      subject: `Revendication du rôle de maire : ${p.commune.name} (${p.commune.code})`,
      intro: `${p.claim.name} revendique le rôle de maire de ${where(p.commune)} (code INSEE ${p.commune.code}).`,
      paragraphs: [
        `Fonction à la mairie : ${p.claim.role}\nTéléphone : ${p.claim.phone}\nAdresse e-mail : ${p.claimantEmail}`,
        `Son message :\n« ${p.claim.message} »`,
        p.reviewed
          ? `Les admins de la ${p.federations.join(" et de la ")} l'ont reçue et peuvent transférer le rôle depuis l'espace de la fédération.`
          : p.federations.length
            ? `La ${p.federations.join(" et la ")} n'a pas encore d'admin sur Boussole : la revendication est à examiner par l'équipe Boussole.`
            : "Aucune fédération ne couvre la région de cette commune : la revendication est à examiner par l'équipe Boussole.",
      ],
      note: `Revendication n° ${p.claim.id}.`,
    },
    { sensitive: true, ...q },
  );
}

/** To the new maire, once a federation admin transferred the role. */
export function sendMaireRoleGranted(to: string, p: { communeCode: string; communeName: string; federationName: string }, q: Queue = {}) {
  return sendMail(to, {
    subject: `Vous êtes maire de ${p.communeName} sur Boussole`,
    intro: `La ${p.federationName} a vérifié auprès de la mairie et vous a transféré le rôle de maire de l'espace de ${p.communeName}.`,
    paragraphs: ["Vous pouvez désormais désigner le ou la référent·e santé, solliciter la fédération et inviter l'équipe de la commune."],
    action: { label: "Ouvrir l'espace de la commune", url: url(`/communes/${p.communeCode}`) },
  }, q);
}

/** To whoever held the maire role before the transfer. */
export function sendMaireRoleWithdrawn(to: string, p: { communeName: string; federationName: string; federationEmail: string; newMaire: string }, q: Queue = {}) {
  return sendMail(to, {
    subject: `Votre rôle de maire de ${p.communeName} sur Boussole`,
    intro: `La ${p.federationName} a vérifié auprès de la mairie de ${p.communeName} et a transféré le rôle de maire de l'espace de la commune à ${p.newMaire}.`,
    paragraphs: [
      "Vous n'êtes plus maire de cet espace ; si vous y teniez un autre rôle, vous le gardez.",
      `Si vous pensez qu'il s'agit d'une erreur, écrivez à la fédération : ${p.federationEmail}.`,
    ],
  }, q);
}

/** To the claimant, when a federation admin refused the claim. */
export function sendClaimRejected(to: string, p: { communeCode: string; communeName: string; federationName: string; reason: string }, q: Queue = {}) {
  return sendMail(to, {
    subject: `Votre revendication du rôle de maire de ${p.communeName}`,
    intro: `La ${p.federationName} n'a pas donné suite à votre revendication du rôle de maire de ${p.communeName} sur Boussole.`,
    paragraphs: [`Motif :\n« ${p.reason} »`, "Si votre situation change, vous pouvez déposer une nouvelle revendication."],
    action: { label: "Revoir la commune", url: url(`/espace/revendiquer/${p.communeCode}`) },
  }, q);
}
