import type { FederationStatus } from "@/lib/domain/enums";

/**
 * The regional federations of the AVECsanté movement, as listed in "L'annuaire des fédérations régionales"
 * of the Kit des 100 premiers jours (AVECsanté). Where the Municipales 2026 brochure gives other addresses,
 * the kit's are kept. Region codes are INSEE's (as in @etalab/decoupage-administratif).
 *
 * Guyane (region 03) has no federation in the directory: `federationForRegion("03")` is null on purpose.
 * Loaded into the `federation` and `federation_region` tables by `loadReferenceData`.
 */
export type FederationSeed = {
  /** Stable slug, used in URLs and foreign keys: never change one. */
  id: string;
  shortName: string;
  name: string;
  /** As the brochure writes it ("06 37 25 30 10"), or null when it gives none. */
  phone: string | null;
  email: string;
  website: string | null;
  status: FederationStatus;
  regionCodes: readonly string[];
};

export const FEDERATIONS = [
  {
    id: "femasaura",
    shortName: "FemasAURA&Co",
    name: "Fédération des Maisons de Santé en Auvergne et Rhône Alpes",
    phone: "06 37 25 30 10",
    email: "secretariat@femasaura.fr",
    website: "https://www.femasaura.fr",
    status: "active",
    regionCodes: ["84"],
  },
  {
    id: "fmeps-cvl",
    shortName: "FMPS Centre-Val de Loire",
    name: "Fédération des maisons et Pôles de Santé de la région Centre-Val de Loire",
    phone: "06 19 75 96 69",
    email: "contact@fmeps-cvl.fr",
    website: "https://www.fmeps-cvl.fr",
    status: "active",
    regionCodes: ["24"],
  },
  {
    id: "femag",
    shortName: "FEMAG",
    name: "Fédération des Antilles",
    phone: null,
    email: "mspducos@gmail.com",
    website: null,
    status: "active",
    regionCodes: ["01", "02"],
  },
  {
    id: "fccis",
    shortName: "FCCIS",
    name: "Fédération Corse pour la Coordination et l'Innovation en Santé",
    phone: null,
    email: "coordination@fccis.fr",
    website: "https://www.fccis.fr",
    status: "active",
    regionCodes: ["94"],
  },
  {
    id: "femasco-bfc",
    shortName: "FeMaS Co Bourgogne Franche-Comté",
    name: "Fédération des Maisons de Santé et de l'Exercice Coordonné en Bourgogne Franche-Comté",
    phone: "03 81 47 08 22",
    email: "contact@femasco-bfc.fr",
    website: "https://www.femasco-bfc.fr",
    status: "active",
    regionCodes: ["27"],
  },
  {
    id: "femage",
    shortName: "FEMAGE",
    name: "Fédération de l'Exercice coordonné et des Maisons de santé du Grand Est",
    phone: "07 87 14 78 46",
    email: "contact@femage.fr",
    website: "https://www.femage.fr",
    status: "active",
    regionCodes: ["44"],
  },
  {
    id: "paca",
    shortName: "Fédération PACA",
    name: "Fédération PACA",
    phone: null,
    email: "delegation.paca@avecsante.fr",
    website: null,
    status: "en_construction",
    regionCodes: ["93"],
  },
  {
    id: "avecsante-bretagne",
    shortName: "AVECsanté Bretagne",
    name: "Fédération de Bretagne",
    phone: "06 59 08 73 51",
    email: "contact@avecsante-bretagne.fr",
    website: "https://www.avecsante-bretagne.fr",
    status: "active",
    regionCodes: ["53"],
  },
  {
    id: "femas-hdf",
    shortName: "FEMAS Hauts-de-France",
    name: "Fédération des Maisons de Santé des Hauts-de-France",
    phone: null,
    email: "contact@femas-hdf.fr",
    website: "https://www.femas-hdf.fr",
    status: "active",
    regionCodes: ["32"],
  },
  {
    id: "femasif",
    shortName: "FémasIF",
    name: "Fédération des Maisons de Santé en Île-de-France",
    phone: "06 95 71 35 24",
    email: "contact@femasif.fr",
    website: "https://www.femasif.fr",
    status: "active",
    regionCodes: ["11"],
  },
  {
    id: "fecop",
    shortName: "Fécop",
    name: "Fédération de l'Exercice Coordonné Pluriprofessionnel en soins primaires",
    phone: "06 31 00 60 47",
    email: "contact@fecop.fr",
    website: "https://www.fecop.fr",
    status: "active",
    regionCodes: ["76"],
  },
  {
    id: "fmeps-normandie",
    shortName: "FMPS Normandie",
    name: "Fédération des maisons et pôles de santé en Normandie",
    phone: "07 66 20 17 48",
    email: "contact@fmeps-normandie.org",
    website: "https://www.fmeps-normandie.org",
    status: "active",
    regionCodes: ["28"],
  },
  {
    id: "apmsl",
    shortName: "APMSL",
    name: "Association pour le développement de l'exercice coordonné pluriprofessionnel en Pays de la Loire",
    phone: "02 28 21 97 35",
    email: "contact@apmsl.fr",
    website: "https://www.apmsl.fr",
    status: "active",
    regionCodes: ["52"],
  },
  {
    id: "avecsante-na",
    shortName: "AVECsanté Nouvelle-Aquitaine",
    name: "AVECsanté Nouvelle Aquitaine",
    phone: "06 86 17 17 43",
    email: "contact@avecsantena.fr",
    website: "https://www.avecsantena.fr",
    status: "active",
    regionCodes: ["75"],
  },
  {
    id: "feecoia",
    shortName: "FEECOIA",
    name: "Fédération de l'Exercice Coordonné de l'Océan Indien Avec les équipes",
    phone: null,
    email: "contact@feecoia.com",
    website: "https://www.feecoia.com",
    status: "active",
    regionCodes: ["04", "06"],
  },
] as const satisfies readonly FederationSeed[];

export type FederationId = (typeof FEDERATIONS)[number]["id"];
