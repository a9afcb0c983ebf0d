/**
 * The référent santé's mission sheet, as the kit of the 100 first days writes it ("Fiche missions — Référent
 * santé"): its purpose, the four missions, what it means day to day, the posture and the time it takes. Written
 * once here, shown on the référent page, on the invitation page and in the designation e-mail.
 */

export type MissionSheetSection = { title: string; intro?: string; items: readonly string[] };

export type Mission = { number: number; title: string; items: readonly string[] };

export const MISSION_SHEET = {
  title: "Fiche missions du référent santé",
  purpose:
    "Le référent santé est la personne qui, au sein de la commune, fait le lien entre les professionnels de santé, les élus et les partenaires, pour faire avancer concrètement les projets, notamment de maison de santé pluriprofessionnelle (MSP), en lien avec la fédération régionale adhérente à AVECsanté.",
  missions: [
    {
      number: 1,
      title: "Coordination locale",
      items: [
        "Être l'interlocuteur identifié des professionnels de santé",
        "Assurer le lien avec la fédération régionale des MSP",
        "Faciliter les échanges entre les acteurs (élus, soignants, partenaires locaux)",
      ],
    },
    {
      number: 2,
      title: "Suivi du projet de santé",
      items: [
        "Suivre l'avancement des démarches engagées",
        "S'assurer que les actions correspondent aux besoins identifiés sur la commune",
        "Appuyer l'organisation des temps de rencontre (réunions, échanges…)",
      ],
    },
    {
      number: 3,
      title: "Animation territoriale",
      items: [
        "Contribuer à mobiliser les acteurs locaux (CCAS, associations, prévention…)",
        "Soutenir les professionnels de santé",
        "Valoriser les initiatives existantes",
        "Faciliter la compréhension des dispositifs existants (contrat local de santé…)",
      ],
    },
    {
      number: 4,
      title: "Information et communication",
      items: ["Informer les élus des avancées et enjeux", "Participer à la communication auprès des habitants", "Contribuer à rendre lisible la démarche engagée"],
    },
  ] satisfies readonly Mission[],
  daily: {
    title: "Concrètement, au quotidien",
    intro: "Le référent santé :",
    items: [
      "Co-organise les premières rencontres avec les professionnels de santé, en lien avec la fédération régionale",
      "Répond aux sollicitations locales liées à la santé",
      "Suit l'avancée des échanges et relance si besoin",
      "Fait le lien avec la fédération régionale tout au long du projet",
      "Informe régulièrement le maire et l'équipe municipale",
    ],
  } satisfies MissionSheetSection,
  posture: {
    title: "Sa posture",
    items: [
      "Il ne remplace pas les professionnels de santé",
      "Il crée les conditions d'échanges entre professionnels de santé, en leur laissant toute leur place pour travailler entre eux",
      "Il facilite, relie et soutient",
    ],
  } satisfies MissionSheetSection,
  time: {
    title: "Temps à y consacrer",
    intro: "Variable selon les périodes, mais généralement :",
    items: ["Quelques heures par mois", "Davantage au démarrage du projet"],
  } satisfies MissionSheetSection,
  who: {
    title: "Qui peut être référent santé ?",
    items: ["Un élu", "Un agent de la collectivité", "Un binôme élu / agent"],
  } satisfies MissionSheetSection,
  remember:
    "Désigner un référent santé au sein de l'équipe municipale, c'est se doter d'un point d'appui pour structurer et faire émerger une dynamique locale en santé.",
} as const;

/** The sheet as titled lists (the missions numbered), for an e-mail's text and HTML parts. */
export function missionSheetSections(): MissionSheetSection[] {
  return [
    ...MISSION_SHEET.missions.map((m) => ({ title: `Mission ${m.number} — ${m.title}`, items: m.items })),
    MISSION_SHEET.daily,
    MISSION_SHEET.posture,
    MISSION_SHEET.time,
  ];
}
