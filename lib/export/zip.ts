/**
 * The commune's export as one zip (fflate): each kind of record as a CSV file to open in a spreadsheet and a
 * JSON file that keeps the stored codes, plus a README.txt in French saying what each file holds.
 */
import { strToU8, zipSync } from "fflate";
import type { WorkspaceExport } from "@/db/export";
import { formatDateTime } from "@/lib/dates";
import { professionalsCsv } from "@/lib/inventory/csv-professionals";
import { checklistCsv, historyCsv, inviteesCsv, meetingsCsv, nextStepsCsv, notesCsv, partnersCsv, responsibilitiesCsv, synthesesCsv } from "./tables";

/** Each file's base name, what it holds (for the README), and its rows. */
function sections(d: WorkspaceExport) {
  return [
    { name: "professionnels", about: "L'état des lieux : une ligne par professionnel·le de santé (profession, lieu et forme d'exercice, tranche d'âge, départ envisagé, intérêt, coordonnées, note). Données personnelles : à ne partager qu'avec l'équipe.", rows: d.professionals, csv: professionalsCsv(d.professionals) },
    { name: "notes-etat-des-lieux", about: "Les autres thèmes de l'état des lieux : besoins des habitants, opportunités, dynamiques et offres existantes, avec leurs mots-clés.", rows: d.notes, csv: notesCsv(d.notes) },
    { name: "reunions", about: "Les réunions avec les professionnel·les : date, lieu, statut et ordre du jour.", rows: d.meetings, csv: meetingsCsv(d.meetings) },
    { name: "invites-et-reponses", about: "Les invité·es de chaque réunion, leur réponse, leurs réponses au tour de table et leur présence. Les liens personnels n'y figurent pas.", rows: d.invitees, csv: inviteesCsv(d.invitees) },
    { name: "syntheses", about: "Les synthèses des réunions : le texte publié (lu par les participant·es) et le brouillon en cours, partie par partie.", rows: d.syntheses, csv: synthesesCsv(d.syntheses) },
    { name: "prochaines-etapes", about: "Les prochaines étapes : qui fait quoi, pour quand, où elles en sont.", rows: d.nextSteps, csv: nextStepsCsv(d.nextSteps) },
    { name: "check-list", about: "La check-list des 100 premiers jours : chaque action avec son échéance, son statut tel que Boussole l'affiche (coché automatiquement quand l'événement a eu lieu, avec sa preuve), son porteur et sa note.", rows: d.checklist, csv: checklistCsv(d.checklist) },
    { name: "responsabilites", about: "« Qui fait quoi » : les responsabilités de la commune, des professionnel·les, de la fédération et des partenaires.", rows: d.responsibilities, csv: responsibilitiesCsv(d.responsibilities) },
    { name: "contacts-partenaires", about: "L'annuaire des contacts des partenaires locaux (ARS, CPAM, intercommunalité, CCAS…).", rows: d.partners, csv: partnersCsv(d.partners) },
    { name: "historique", about: "L'historique de l'espace : chaque modification, avec son auteur et sa date, de la plus ancienne à la plus récente.", rows: d.history, csv: historyCsv(d.history) },
  ];
}

export function readme(d: WorkspaceExport, meta: { communeName: string; communeCode: string; exportedBy: string; now: Date }): string {
  const list = sections(d).map((s) => `${s.name}.csv / ${s.name}.json (${s.rows.length} ${s.rows.length > 1 ? "lignes" : "ligne"})\n  ${s.about}`);
  return [
    `Données de la commune de ${meta.communeName} (${meta.communeCode}) sur Boussole`,
    `Exportées le ${formatDateTime(meta.now)} (heure de Paris) par ${meta.exportedBy}.`,
    "",
    "Chaque ensemble de données est fourni en deux formats :",
    "- CSV, à ouvrir dans un tableur (Excel, LibreOffice) : encodage UTF-8, séparateur « ; », libellés en français, dates au format AAAA-MM-JJ HH:MM (heure de Paris).",
    "  Une cellule qui commencerait par =, +, - ou @ est précédée d'une apostrophe, pour qu'un tableur ne l'exécute pas comme une formule.",
    "- JSON, pour une reprise par un autre logiciel : codes tels qu'enregistrés, dates au format ISO 8601 (UTC).",
    "",
    "Fichiers :",
    "",
    ...list.flatMap((l) => [l, ""]),
    "Ces fichiers contiennent des données personnelles (professionnel·les, invité·es, partenaires) : conservez-les en lieu sûr et ne les transmettez qu'aux personnes qui en ont besoin.",
    "",
  ].join("\r\n");
}

/** The zip's file name: boussole-{code}-{AAAA-MM-JJ}.zip. */
export const exportFileName = (communeCode: string, day: string) => `boussole-${communeCode}-${day}.zip`;

export function exportZip(d: WorkspaceExport, meta: { communeName: string; communeCode: string; exportedBy: string; now: Date }): Uint8Array {
  const files: Record<string, Uint8Array> = { "README.txt": strToU8(`\uFEFF${readme(d, meta)}`) };
  for (const s of sections(d)) {
    files[`${s.name}.csv`] = strToU8(s.csv);
    files[`${s.name}.json`] = strToU8(JSON.stringify(s.rows, null, 2));
  }
  return zipSync(files, { level: 6, mtime: meta.now });
}
