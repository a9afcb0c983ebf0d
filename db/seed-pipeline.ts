/**
 * Demo, the Fécop's pipeline: four more communes of Occitanie that asked the Fécop, each at another stage, so
 * that the federation's page shows its stages, its to-do and its quiet communes. Langogne has its inventory
 * under way (Inès Benali), Florac Trois Rivières has drafted its first meeting (Marc Delmas), La Canourgue has
 * been quiet for five weeks (Inès Benali), and Espalion (Aveyron, a by-election in October) has just asked.
 * Fictional people; dates relative to the seed's clock so the demo keeps its shape whenever it is built.
 */
import { verificationSummary } from "@/lib/trust/verification";
import type { Tx } from "./context";
import { federationRequests, historyEvents, meetings, professionals, users, workspaceMembers, workspaces } from "./schema";
import { systemNow } from "./clock";
import { parisDay } from "./seed-synthesis";
import { parisToInstant } from "@/lib/meetings/schedule";
import { DEMO_FEDERATION_ID } from "@/lib/demo";
import type { HistoryAction } from "@/lib/domain/history";
import type { AgeBracket, DepartureHorizon, InterestLevel, PracticeForm, Profession } from "@/lib/domain/enums";

const FECOP = "Fédération de l'Exercice Coordonné Pluriprofessionnel en soins primaires";

type Line = { profession: Profession; name: string | null; practiceForm: PracticeForm; ageBracket: AgeBracket; departure: DepartureHorizon; interest: InterestLevel };
type Commune = {
  code: string;
  name: string;
  mayor: { email: string; name: string };
  mandateStart: (clock: Date) => string;
  /** Days before the clock: the request, and the Fécop's answer (none: still waiting). */
  requestedDaysAgo: number;
  acceptedDaysAgo: number | null;
  facilitator: "facilitatrice" | "admin" | null;
  message: string;
  /** Inventory lines, the first added that many days ago, then one a day. */
  lines: Line[];
  linesFromDaysAgo: number;
  /** A first meeting drafted that many days ago, for three weeks later. */
  meetingDraftedDaysAgo?: number;
};

const COMMUNES: Commune[] = [
  {
    code: "48080",
    name: "Langogne",
    mayor: { email: "maire.langogne@demo.boussole.fr", name: "Sylvie Pagès" },
    mandateStart: () => "2026-03-22",
    requestedDaysAgo: 62,
    acceptedDaysAgo: 58,
    facilitator: "facilitatrice",
    message:
      "Bonjour,\n\nLe cabinet médical de la place du Marché ne trouve pas de remplaçant pour l'été et les infirmières libérales aimeraient s'organiser avec la pharmacie. Pouvez-vous nous accompagner ?\n\nSylvie Pagès, maire de Langogne",
    lines: [
      { profession: "medecin_generaliste", name: "Dr François Bastide", practiceForm: "cabinet_groupe", ageBracket: "62_plus", departure: "moins_2_ans", interest: "oui" },
      { profession: "infirmier", name: "Aurélie Vincens", practiceForm: "cabinet_groupe", ageBracket: "40_54", departure: "aucun", interest: "oui" },
      { profession: "pharmacien", name: "Gilles Rouquet", practiceForm: "isole", ageBracket: "55_61", departure: "2_5_ans", interest: "peut_etre" },
      { profession: "masseur_kinesitherapeute", name: "Manon Teissier", practiceForm: "isole", ageBracket: "moins_40", departure: "aucun", interest: "oui" },
    ],
    linesFromDaysAgo: 12,
  },
  {
    code: "48061",
    name: "Florac Trois Rivières",
    mayor: { email: "maire.florac@demo.boussole.fr", name: "Olivier Causse" },
    mandateStart: () => "2026-03-22",
    requestedDaysAgo: 80,
    acceptedDaysAgo: 74,
    facilitator: "admin",
    message:
      "Bonjour,\n\nNous voulons réunir les professionnels de santé de la vallée avant que le dernier généraliste installé en ville ne parte. La communauté de communes est prête à nous suivre.\n\nOlivier Causse, maire de Florac Trois Rivières",
    lines: [
      { profession: "medecin_generaliste", name: "Dr Anne Boissier", practiceForm: "isole", ageBracket: "62_plus", departure: "2_5_ans", interest: "oui" },
      { profession: "medecin_generaliste", name: "Dr Yann Le Floch", practiceForm: "isole", ageBracket: "moins_40", departure: "aucun", interest: "oui" },
      { profession: "infirmier", name: "Claire Agulhon", practiceForm: "cabinet_groupe", ageBracket: "40_54", departure: "aucun", interest: "oui" },
      { profession: "infirmier", name: null, practiceForm: "cabinet_groupe", ageBracket: "inconnu", departure: "inconnu", interest: "non_sollicite" },
      { profession: "sage_femme", name: "Émilie Fabre", practiceForm: "isole", ageBracket: "40_54", departure: "aucun", interest: "peut_etre" },
    ],
    linesFromDaysAgo: 40,
    meetingDraftedDaysAgo: 4,
  },
  {
    code: "48034",
    name: "La Canourgue",
    mayor: { email: "maire.la-canourgue@demo.boussole.fr", name: "Hélène Bonnal" },
    mandateStart: () => "2026-03-22",
    requestedDaysAgo: 110,
    acceptedDaysAgo: 104,
    facilitator: "facilitatrice",
    message: "Bonjour,\n\nNotre médecin part à la retraite l'an prochain et nous ne savons pas par où commencer. Merci de votre aide.\n\nHélène Bonnal, maire de La Canourgue",
    lines: [{ profession: "medecin_generaliste", name: "Dr Paul Séguret", practiceForm: "isole", ageBracket: "62_plus", departure: "moins_2_ans", interest: "peut_etre" }],
    linesFromDaysAgo: 38,
  },
  {
    code: "12096",
    name: "Espalion",
    mayor: { email: "maire.espalion@demo.boussole.fr", name: "Bernard Vernhes" },
    // Elected at a by-election: the 100 days are still running.
    mandateStart: (clock) => parisDay(clock, -47),
    requestedDaysAgo: 4,
    acceptedDaysAgo: null,
    facilitator: null,
    message:
      "Bonjour,\n\nÉlu depuis peu, je souhaite engager la commune dans un projet de santé avec les professionnels de la vallée du Lot. Pourriez-vous nous rencontrer ?\n\nBernard Vernhes, maire d'Espalion",
    lines: [],
    linesFromDaysAgo: 0,
  },
];

/** Adds the four communes; `team` holds the Fécop's facilitator and admin (user ids). */
export function seedPipeline(tx: Tx, team: { facilitatrice: string; admin: string }, clock: Date = systemNow()) {
  const ago = (days: number, hour = 10) => {
    const at = parisToInstant(parisDay(clock, -days), `${String(hour).padStart(2, "0")}:00`);
    if (!at.ok) throw new Error(`Date de démonstration invalide : ${days} jours`);
    return at.instant;
  };
  const names = tx.select({ id: users.id, name: users.name }).from(users).all();
  const nameOf = (id: string) => names.find((u) => u.id === id)?.name ?? "";

  for (const c of COMMUNES) {
    const mayor = tx.insert(users).values({ email: c.mayor.email, name: c.mayor.name, emailVerified: ago(c.requestedDaysAgo + 2) }).returning().get();
    const mandateStart = c.mandateStart(clock);
    const ws = tx
      .insert(workspaces)
      .values({
        communeCode: c.code,
        mandateStart,
        referentKind: "elu",
        createdBy: mayor.id,
        createdAt: ago(c.requestedDaysAgo + 1),
        // An accepted request: the Fécop's admin verified the mandate with the town hall as they accepted it.
        ...(c.acceptedDaysAgo === null ? {} : { verifiedAt: ago(c.acceptedDaysAgo), verifiedBy: team.admin, verifiedVia: "federation" as const }),
      })
      .returning()
      .get();
    tx.insert(workspaceMembers).values({ workspaceId: ws.id, userId: mayor.id, role: "maire", createdAt: ago(c.requestedDaysAgo + 1) }).run();
    const facilitator = c.facilitator ? team[c.facilitator] : null;
    tx.insert(federationRequests)
      .values({
        workspaceId: ws.id,
        federationId: DEMO_FEDERATION_ID,
        message: c.message,
        status: c.acceptedDaysAgo === null ? "pending" : "accepted",
        requestedBy: mayor.id,
        requestedAt: ago(c.requestedDaysAgo, 9),
        decidedBy: c.acceptedDaysAgo === null ? null : team.admin,
        decidedAt: c.acceptedDaysAgo === null ? null : ago(c.acceptedDaysAgo),
      })
      .run();

    const events: { action: HistoryAction; summary: string; actorId: string; createdAt: Date }[] = [
      {
        action: "workspace.created",
        summary: `${c.mayor.name} a ouvert l'espace de ${c.name} (mandat commencé le ${mandateStart.split("-").reverse().join("/")}) et en est le maire.`,
        actorId: mayor.id,
        createdAt: ago(c.requestedDaysAgo + 1),
      },
      { action: "federation.requested", summary: `${c.mayor.name} a demandé l'accompagnement de la ${FECOP}.`, actorId: mayor.id, createdAt: ago(c.requestedDaysAgo, 9) },
    ];
    if (c.acceptedDaysAgo !== null && facilitator) {
      tx.insert(workspaceMembers).values({ workspaceId: ws.id, userId: facilitator, role: "facilitateur", federationId: DEMO_FEDERATION_ID, createdAt: ago(c.acceptedDaysAgo) }).run();
      events.push({
        action: "federation.accepted",
        summary: `${nameOf(team.admin)} a accepté, pour la ${FECOP}, d'accompagner la commune ; facilitateur·rice : ${nameOf(facilitator)}.`,
        actorId: team.admin,
        createdAt: ago(c.acceptedDaysAgo),
      });
    }
    if (c.acceptedDaysAgo !== null) {
      events.push({
        action: "workspace.verified",
        summary: verificationSummary({ communeName: c.name, by: `${nameOf(team.admin)} (Fécop)`, via: "federation", how: "appel à la mairie" }),
        actorId: team.admin,
        createdAt: ago(c.acceptedDaysAgo),
      });
    }
    c.lines.forEach((line, i) => {
      const by = i % 2 && facilitator ? facilitator : mayor.id;
      const at = ago(c.linesFromDaysAgo - i, 11);
      tx.insert(professionals)
        .values({ workspaceId: ws.id, ...line, practiceLocation: "commune", source: by === mayor.id ? "commune" : "federation", createdBy: by, createdAt: at, updatedBy: by, updatedAt: at })
        .run();
      const who = line.name ?? "un·e professionnel·le (anonyme)";
      events.push({ action: "inventory.professional_added", summary: `${by === mayor.id ? c.mayor.name : nameOf(by)} a ajouté ${who} à l'état des lieux.`, actorId: by, createdAt: at });
    });
    if (c.meetingDraftedDaysAgo !== undefined) {
      const drafted = ago(c.meetingDraftedDaysAgo, 17);
      const startsAt = parisToInstant(parisDay(clock, 21), "18:30");
      if (!startsAt.ok) throw new Error("Date de réunion de démonstration invalide");
      const title = "Première rencontre avec les professionnels de santé";
      tx.insert(meetings)
        .values({
          workspaceId: ws.id,
          title,
          kind: "premiere",
          startsAt: startsAt.instant,
          durationMinutes: 120,
          place: `Salle des fêtes, mairie de ${c.name}`,
          status: "brouillon",
          icsUid: `demo-premiere-rencontre-${ws.id}@boussole`,
          createdBy: mayor.id,
          createdAt: drafted,
          updatedBy: mayor.id,
          updatedAt: drafted,
        })
        .run();
      events.push({ action: "meeting.created", summary: `${c.mayor.name} a préparé la réunion « ${title} » (première rencontre avec les professionnels), en brouillon.`, actorId: mayor.id, createdAt: drafted });
    }
    tx.insert(historyEvents)
      .values(events.map((e) => ({ workspaceId: ws.id, ...e })))
      .run();
  }
}
