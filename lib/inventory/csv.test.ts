import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { CSV_MAX_BYTES, CSV_MAX_ROWS, checkSeparator, decodeCsv, escapeCell, formatCsv, parseCsv, unescapeCell } from "./csv";
import { CSV_COLUMNS, modelCsv, professionalsCsv, readProfessionalsCsv, type ExportLine, type ImportRow } from "./csv-professionals";
import { duplicateKey, parseCommuneRef, validateImportRow } from "./import-row";

const utf8 = (s: string) => new TextEncoder().encode(s);
const HEADER = CSV_COLUMNS.map((c) => c.header).join(";");

function ok<T>(r: { ok: true; value: T } | { ok: false; message: string }): T {
  assert.equal(r.ok, true, r.ok ? "" : r.message);
  return (r as { ok: true; value: T }).value;
}
/** The refusal's message, its French narrow no-break spaces ("2 000") as plain spaces. */
function refused(r: { ok: boolean; message?: string }): string {
  assert.equal(r.ok, false, "expected a refusal");
  return sp((r as { message: string }).message);
}
const sp = (s: string) => s.replace(/\s/g, " ");

describe("formatCsv / escapeCell", () => {
  test("UTF-8 BOM, semicolons, CRLF, quotes only where needed", () => {
    const csv = formatCsv([
      ["Nom", "Note"],
      ["Anne; Martin", 'Dit "oui"\nà suivre'],
      ["Élodie", "simple"],
    ]);
    assert.equal(csv, '\uFEFFNom;Note\r\n"Anne; Martin";"Dit ""oui""\nà suivre"\r\nÉlodie;simple\r\n');
  });

  test("cells a spreadsheet would run as formulas are neutralised, and read back as typed", () => {
    for (const v of ["=HYPERLINK(\"http://x\")", "+33 6 12", "-2", "@SUM(A1)"]) {
      const cell = escapeCell(v);
      assert.ok(cell.startsWith("'") || cell.startsWith("\"'"), cell);
      const back = ok(parseCsv(cell))[0].cells[0];
      assert.equal(unescapeCell(back), v);
    }
    assert.equal(escapeCell("Marie"), "Marie");
    assert.equal(unescapeCell("'apostrophe"), "'apostrophe");
  });
});

describe("parseCsv", () => {
  test("quoted cells with separators, quotes and line breaks; CRLF, LF and CR; blank rows skipped", () => {
    const rows = ok(parseCsv('a;b\r\n"1;2";"x ""y""\r\nz"\n\n;;;\r3;4\n'));
    assert.deepEqual(
      rows.map((r) => [r.line, r.cells]),
      [
        [1, ["a", "b"]],
        [2, ["1;2", 'x "y"\r\nz']],
        [6, ["3", "4"]],
      ],
    );
  });

  test("a last row without line break is read", () => {
    assert.deepEqual(ok(parseCsv("a;b\n1;2")).map((r) => r.cells), [["a", "b"], ["1", "2"]]);
  });

  test("an unclosed quote is refused with its line", () => {
    assert.equal(refused(parseCsv('a;b\n1;"deux\n3;4\n')), "Un guillemet ouvert ligne 2 n'est jamais refermé : vérifiez cette ligne dans votre tableur.");
  });
});

describe("decodeCsv", () => {
  test("UTF-8, with or without BOM", () => {
    assert.equal(ok(decodeCsv(utf8("\uFEFFProfession;Nom\n"))), "Profession;Nom\n");
    assert.equal(ok(decodeCsv(utf8("Profession;Nom\nInfirmière;Zoé\n"))), "Profession;Nom\nInfirmière;Zoé\n");
  });

  test("Windows-1252 (Excel's « CSV (séparateur : point-virgule) ») is refused, with how to save as UTF-8", () => {
    const latin1 = Uint8Array.from([...utf8("Profession;Nom\nInfirmi"), 0xe8, ...utf8("re;Zo"), 0xe9, 0x0a]);
    assert.match(refused(decodeCsv(latin1)), /n'est pas encodé en UTF-8.*CSV UTF-8/);
  });

  test("UTF-16, spreadsheets and binary files are recognised", () => {
    assert.match(refused(decodeCsv(Uint8Array.from([0xff, 0xfe, 0x50, 0x00]))), /UTF-16/);
    assert.match(refused(decodeCsv(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2]))), /classeur \(Excel \.xlsx ou LibreOffice \.ods\), pas un fichier CSV/);
    assert.match(refused(decodeCsv(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 1]))), /classeur Excel \(\.xls\)/);
    assert.match(refused(decodeCsv(Uint8Array.from([0x41, 0x00, 0x42]))), /n'est pas un fichier texte/);
  });

  test("empty and oversized files", () => {
    assert.equal(refused(decodeCsv(new Uint8Array())), "Le fichier est vide.");
    assert.match(refused(decodeCsv(new Uint8Array(5 * 1024 * 1024).fill(0x41))), /^Le fichier pèse 5 Mo : la limite est de 512 Ko\./);
    assert.equal(decodeCsv(new Uint8Array(CSV_MAX_BYTES).fill(0x41)).ok, true);
  });
});

describe("checkSeparator", () => {
  test("semicolons pass; commas and tabs are explained; a single column is left to the header check", () => {
    assert.equal(checkSeparator("Profession;Nom\n"), null);
    assert.match(checkSeparator("Profession,Nom\nInfirmier,Zoé\n")!, /séparées par des virgules ; Boussole attend des points-virgules/);
    assert.match(checkSeparator("Profession\tNom\n")!, /tabulations/);
    assert.equal(checkSeparator('"Nom, prénom"\n'), null);
    assert.equal(checkSeparator("Profession\n"), null);
  });
});

const line = (over: Partial<ExportLine> = {}): ExportLine => ({
  id: 1,
  version: 1,
  source: "commune",
  profession: "infirmier",
  professionOther: null,
  name: "Marie Pagès",
  practiceLocation: "commune",
  practiceCommuneCode: null,
  practiceCommuneName: null,
  practiceForm: "cabinet_groupe",
  ageBracket: "40_54",
  departure: "aucun",
  interest: "oui",
  email: "marie.pages@idel.test",
  phone: "06 12 45 78 90",
  note: null,
  ...over,
});

/** Validates every row, resolving communes from a tiny list. */
function validateAll(rows: ImportRow[]) {
  const known: Record<string, string> = { "48103": "Montrodat", "48092": "Marvejols" };
  return rows.map((r) => {
    const ref = parseCommuneRef(r.communeText);
    const commune = ref ? (ref.code && known[ref.code] ? { code: ref.code, name: known[ref.code] } : { error: "introuvable." }) : null;
    return validateImportRow(r, "48092", commune);
  });
}

describe("readProfessionalsCsv", () => {
  test("the export reads back into the same lines", () => {
    const lines = [
      line(),
      line({ id: 2, version: 3, profession: "autre", professionOther: "Ostéopathe", name: null, practiceLocation: "proximite", practiceCommuneCode: "48103", practiceCommuneName: "Montrodat", ageBracket: "inconnu", departure: "inconnu", interest: "non_sollicite", email: null, phone: null, note: 'Note ; avec "guillemets"\net retour à la ligne' }),
      line({ id: 3, profession: "medecin_generaliste", name: "Dr Jean-Pierre Causse", practiceForm: "isole", ageBracket: "62_plus", departure: "moins_2_ans", interest: "peut_etre", phone: "+442079460958", note: "=1+1" }),
    ];
    const read = ok(readProfessionalsCsv(ok(decodeCsv(utf8(professionalsCsv(lines))))));
    assert.deepEqual(read.ignoredColumns, []);
    assert.deepEqual(read.rows.map((r) => [r.line, r.id, r.version, r.source]), [
      [2, 1, 1, "commune"],
      [3, 2, 3, "commune"],
      [5, 3, 1, "commune"],
    ]);
    const results = validateAll(read.rows);
    assert.deepEqual(results.map((r) => r.errors), [[], [], []]);
    const strip = ({ id: _i, version: _v, source: _s, practiceCommuneName: _n, ...rest }: ExportLine) => rest;
    assert.deepEqual(results.map((r) => r.input), lines.map(strip));
  });

  test("the model reads without errors", () => {
    const read = ok(readProfessionalsCsv(ok(decodeCsv(utf8(modelCsv())))));
    assert.deepEqual(validateAll(read.rows).map((r) => r.errors), [[]]);
  });

  test("labels, codes, feminine forms and abbreviations are accepted, case and accents ignored", () => {
    const text = [
      "profession;NOM;Forme d'exercice;tranche d'age;Départ;Intérêt;Commune d'exercice",
      "Infirmière;Zoé Roux;maison de santé;62+;d'ici 2 ans;intéressée;",
      "kiné;Paul Roux;isolé;moins de 40 ans;2 à 5 ans;peut etre;Montrodat (48103)",
      "medecin_generaliste;;cabinet de groupe;;;;",
    ].join("\n");
    const read = ok(readProfessionalsCsv(text));
    const [a, b, c] = validateAll(read.rows).map((r) => r.input!);
    assert.deepEqual([a.profession, a.practiceForm, a.ageBracket, a.departure, a.interest, a.practiceLocation], ["infirmier", "msp", "62_plus", "moins_2_ans", "oui", "commune"]);
    assert.deepEqual([b.profession, b.practiceForm, b.ageBracket, b.departure, b.interest, b.practiceLocation, b.practiceCommuneCode], ["masseur_kinesitherapeute", "isole", "moins_40", "2_5_ans", "peut_etre", "proximite", "48103"]);
    assert.deepEqual([c.profession, c.name, c.ageBracket, c.departure, c.interest], ["medecin_generaliste", null, "inconnu", "inconnu", "non_sollicite"]);
  });

  test("per-row French errors: unknown profession, bad e-mail, bad phone, missing practice form, 10,000-character note", () => {
    const text = [
      "Profession;Nom;Forme d'exercice;E-mail;Téléphone;Note",
      "Ostéo;Luc Blanc;Exercice isolé;;;",
      "Infirmier;Zoé Roux;Exercice isolé;zoe.roux@;;",
      "Infirmier;Ana Roux;Exercice isolé;;12 34;",
      "Infirmier;Eva Roux;;;;",
      `Infirmier;Léa Roux;Exercice isolé;;;${"x".repeat(10_000)}`,
    ].join("\r\n");
    const errors = validateAll(ok(readProfessionalsCsv(text)).rows).map((r) => r.errors.map(sp));
    assert.match(errors[0][0], /^Profession inconnue : « Ostéo »\. Utilisez une profession de la liste/);
    assert.deepEqual(errors[1], ["E-mail : Indiquez une adresse e-mail valide, par exemple prenom.nom@mairie.fr."]);
    assert.deepEqual(errors[2], ["Téléphone : Indiquez un numéro de téléphone à 10 chiffres, par exemple 04 66 32 00 00."]);
    assert.match(errors[3][0], /^Forme d'exercice : indiquez « Exercice isolé », « Cabinet de groupe »/);
    assert.deepEqual(errors[4], ["Note : La note ne peut pas dépasser 2 000 caractères (elle en compte 10 000)."]);
  });

  test("values outside the lists, nearby commune missing, « autre » without its label", () => {
    const text = [
      "Profession;Précision de la profession;Nom;Lieu d'exercice;Commune d'exercice;Forme d'exercice;Tranche d'âge;Source",
      "Autre profession;;Luc Blanc;Dans une commune proche;;Exercice isolé;vieux;Voisin",
    ].join("\n");
    const [r] = validateAll(ok(readProfessionalsCsv(text)).rows);
    assert.deepEqual(r.errors.sort(), [
      "Commune d'exercice : indiquez la commune proche où cette personne exerce, par exemple « Montrodat (48103) ».",
      "Précision de la profession : Précisez la profession (par exemple : ostéopathe).",
      "Source : « Voisin » n'est pas dans la liste (Saisi par la commune, Saisi par la fédération, Confirmé par le professionnel).",
      "Tranche d'âge : la tranche d'âge « vieux » n'est pas dans la liste.",
    ]);
    assert.equal(r.input, null);
  });

  test("structure errors stop the whole file", () => {
    assert.match(refused(readProfessionalsCsv("Infirmier;Zoé Roux;Exercice isolé\nPharmacien;Ana;Exercice isolé\n")), /^La première ligne doit contenir les titres des colonnes/);
    assert.match(refused(readProfessionalsCsv("Nom;E-mail\nZoé;z@x.fr\n")), /^La colonne « Profession » manque/);
    assert.match(refused(readProfessionalsCsv("Profession;Nom;Nom\nInfirmier;a;b\n")), /« Nom » apparaît deux fois/);
    assert.equal(refused(readProfessionalsCsv(`${HEADER}\n`)), "Le fichier ne contient que la ligne des titres : ajoutez au moins un professionnel.");
    assert.match(refused(readProfessionalsCsv("Profession,Nom\nInfirmier,Zoé\n")), /virgules/);
    assert.equal(refused(readProfessionalsCsv("  \n")), "Le fichier est vide.");
    const many = ["Profession;Nom;Forme d'exercice", ...Array.from({ length: CSV_MAX_ROWS + 1 }, (_, i) => `Infirmier;P${i};isolé`)].join("\n");
    assert.match(refused(readProfessionalsCsv(many)), /^Le fichier compte 2 001 lignes : la limite est de 2 000/);
  });

  test("unknown columns are ignored and listed; a row with more cells than columns is an error", () => {
    const read = ok(readProfessionalsCsv("Profession;Nom;Forme d'exercice;Ville natale\nInfirmier;Zoé;isolé;Rodez;en trop\n"));
    assert.deepEqual(read.ignoredColumns, ["Ville natale"]);
    assert.match(read.rows[0].errors[0], /^Cette ligne a 5 cellules pour 4 colonnes/);
  });
});

describe("duplicateKey and parseCommuneRef", () => {
  test("same profession and name, ignoring case, accents and « Dr »; anonymous lines never collide", () => {
    const k = (name: string | null, profession: ExportLine["profession"] = "medecin_generaliste", professionOther: string | null = null) => duplicateKey({ name, profession, professionOther });
    assert.equal(k("Dr Hélène Vidal"), k("helene  VIDAL"));
    assert.notEqual(k("Hélène Vidal"), k("Hélène Vidal", "infirmier"));
    assert.notEqual(k("Luc Blanc", "autre", "Ostéopathe"), k("Luc Blanc", "autre", "Naturopathe"));
    assert.equal(k(null), null);
  });

  test("commune cells", () => {
    assert.deepEqual(parseCommuneRef("Montrodat (48103)"), { code: "48103", name: "Montrodat" });
    assert.deepEqual(parseCommuneRef("2a004"), { code: "2A004" });
    assert.deepEqual(parseCommuneRef(" Montrodat "), { name: "Montrodat" });
    assert.equal(parseCommuneRef(""), null);
  });
});
