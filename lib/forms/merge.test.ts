import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { choiceLists, combinedStatus, fieldStatus, fieldStrings, mergeForm, postedValues, sameValue, threeWayMerge } from "./merge";

describe("threeWayMerge", () => {
  test("nobody changed a field: unchanged, the stored value", () => {
    const r = threeWayMerge({ a: "x" }, { a: "x" }, { a: "x" });
    assert.deepEqual(r, { merged: { a: "x" }, status: { a: "unchanged" } });
  });

  test("only they changed a field: theirs is taken, never the base", () => {
    const r = threeWayMerge({ a: "x" }, { a: "x" }, { a: "y" });
    assert.deepEqual(r, { merged: { a: "y" }, status: { a: "theirs" } });
  });

  test("only I changed a field: mine is kept", () => {
    const r = threeWayMerge({ a: "x" }, { a: "z" }, { a: "x" });
    assert.deepEqual(r, { merged: { a: "z" }, status: { a: "mine" } });
  });

  test("both changed a field to the same value: same, mine", () => {
    const r = threeWayMerge({ a: "x" }, { a: "y" }, { a: "y" });
    assert.deepEqual(r, { merged: { a: "y" }, status: { a: "same" } });
  });

  test("both changed a field differently: a true conflict, mine in the merge until the user chooses", () => {
    const r = threeWayMerge({ a: "x" }, { a: "mine" }, { a: "theirs" });
    assert.deepEqual(r, { merged: { a: "mine" }, status: { a: "both" } });
  });

  test("fields are merged one by one: my change and theirs both survive", () => {
    const base = { note: "Appeler en mai", phone: "", interest: "non_sollicite" };
    const mine = { note: "Appeler en juin", phone: "", interest: "non_sollicite" };
    const theirs = { note: "Appeler en mai", phone: "04 66 32 00 00", interest: "peut_etre" };
    const r = threeWayMerge(base, mine, theirs);
    assert.deepEqual(r.merged, { note: "Appeler en juin", phone: "04 66 32 00 00", interest: "peut_etre" });
    assert.deepEqual(r.status, { note: "mine", phone: "theirs", interest: "theirs" });
  });

  test("whitespace does not count as a change (spaces, line breaks, CRLF posted by a textarea)", () => {
    const r = threeWayMerge({ a: "un\ndeux", b: "x" }, { a: "un\r\ndeux ", b: "x" }, { a: "un  deux", b: " x\n" });
    assert.deepEqual(r.status, { a: "unchanged", b: "unchanged" });
    // Unchanged: the stored value, as stored.
    assert.equal(r.merged.a, "un  deux");
    const same = threeWayMerge({ a: "x" }, { a: "y  z" }, { a: "y z\n" });
    assert.equal(same.status.a, "same");
  });

  test("a field absent from one side is empty there", () => {
    // Absent from the base (a new field in the stored version): only they have it.
    assert.deepEqual(threeWayMerge({}, {}, { a: "y" }), { merged: { a: "y" }, status: { a: "theirs" } });
    // Absent from mine (an unticked box is not posted): I emptied it.
    assert.deepEqual(threeWayMerge({ a: "on" }, {}, { a: "on" }), { merged: { a: "" }, status: { a: "mine" } });
    // Absent from theirs: they emptied it, I did not touch it.
    assert.deepEqual(threeWayMerge({ a: "x" }, { a: "x" }, {}), { merged: { a: "" }, status: { a: "theirs" } });
    // Absent everywhere but mine: I filled it.
    assert.deepEqual(threeWayMerge({}, { a: "z" }, {}), { merged: { a: "z" }, status: { a: "mine" } });
    // Absent and empty are the same.
    assert.deepEqual(threeWayMerge({ a: "" }, {}, { a: "  " }).status, { a: "unchanged" });
    // I emptied it, they changed it: a true conflict.
    assert.deepEqual(threeWayMerge({ a: "x" }, {}, { a: "y" }), { merged: { a: "" }, status: { a: "both" } });
  });

  test("every key of the three sides is in the result", () => {
    const r = threeWayMerge({ a: "1" }, { b: "2" }, { c: "3" });
    assert.deepEqual(Object.keys(r.status).sort(), ["a", "b", "c"]);
    // "a" is absent from mine and theirs: both emptied it.
    assert.deepEqual(r.status, { a: "same", b: "mine", c: "theirs" });
    assert.deepEqual(r.merged, { a: "", b: "2", c: "3" });
  });

  test("keys named like Object.prototype's are plain fields", () => {
    const r = threeWayMerge({ constructor: "x" }, { constructor: "x" }, { constructor: "y", toString: "z" });
    assert.deepEqual(r.status, { constructor: "theirs", toString: "theirs" });
    assert.deepEqual(r.merged, { constructor: "y", toString: "z" });
  });
});

describe("fieldStatus and sameValue", () => {
  test("the five cases", () => {
    assert.equal(fieldStatus("a", "a", "a"), "unchanged");
    assert.equal(fieldStatus("a", "a", "b"), "theirs");
    assert.equal(fieldStatus("a", "b", "a"), "mine");
    assert.equal(fieldStatus("a", "b", "b"), "same");
    assert.equal(fieldStatus("a", "b", "c"), "both");
    assert.equal(fieldStatus(undefined, "", undefined), "unchanged");
  });
  test("sameValue ignores whitespace only", () => {
    assert.equal(sameValue(" a\tb ", "a b"), true);
    assert.equal(sameValue("a", "A"), false);
    assert.equal(sameValue(undefined, ""), true);
  });
});

describe("combinedStatus", () => {
  test("a row of several fields", () => {
    assert.equal(combinedStatus([]), "unchanged");
    assert.equal(combinedStatus(["unchanged", "unchanged"]), "unchanged");
    assert.equal(combinedStatus(["unchanged", "theirs"]), "theirs");
    assert.equal(combinedStatus(["mine", "unchanged"]), "mine");
    assert.equal(combinedStatus(["same", "unchanged"]), "same");
    assert.equal(combinedStatus(["same", "theirs"]), "theirs");
    assert.equal(combinedStatus(["same", "mine"]), "mine");
    assert.equal(combinedStatus(["mine", "theirs"]), "both");
    assert.equal(combinedStatus(["both", "unchanged"]), "both");
  });
});

describe("postedValues", () => {
  test("as a browser posts a form: dotted names, lists one per line, ticked boxes 'on', the rest absent", () => {
    const values = {
      code: "48092",
      anonymous: false,
      confirmed: true,
      tags: ["pharmacie", "ehpad"],
      none: [],
      missing: undefined,
      empty: null,
      minutes: 60,
      agenda: [
        { title: "Accueil", durationMinutes: "10" },
        { title: "Tour de table", durationMinutes: 20 },
      ],
    };
    assert.deepEqual(postedValues(values), {
      code: "48092",
      confirmed: "on",
      tags: "pharmacie\nehpad",
      minutes: "60",
      "agenda.0.title": "Accueil",
      "agenda.0.durationMinutes": "10",
      "agenda.1.title": "Tour de table",
      "agenda.1.durationMinutes": "20",
    });
    assert.deepEqual(postedValues(null), {});
  });
});

describe("fieldStrings and choiceLists", () => {
  test("lists of choices are sets; item lists are one field; whitespace normalised", () => {
    const lists = choiceLists({ tags: ["a"], agenda: [{ title: "x" }], text: "t" });
    assert.deepEqual([...lists], ["tags"]);
    const a = fieldStrings({ tags: "b\na", text: "un\r\ndeux", "agenda.0.title": "x", "agenda.0.questions": "" }, lists);
    const b = fieldStrings({ tags: "a\nb", text: "un deux", "agenda.0.title": " x" }, lists);
    assert.deepEqual(a, b);
    assert.deepEqual(Object.keys(a).sort(), ["agenda", "tags", "text"]);
    // Without the hint, a text's lines keep their order.
    assert.notDeepEqual(fieldStrings({ text: "b\na" }), fieldStrings({ text: "a\nb" }));
    // An item list emptied of values is an empty field.
    assert.deepEqual(fieldStrings({ "agenda.0.title": "" }), { agenda: "" });
  });
});

describe("mergeForm", () => {
  test("a professional's line: B changed the interest, A the departure; the version is theirs", () => {
    const base = { code: "48092", id: "7", version: "1", anonymous: false, name: "Bruno", interest: "non_sollicite", departure: "inconnu", note: "" };
    const theirs = { ...base, version: "2", interest: "peut_etre" };
    const mine = { code: "48092", id: "7", version: "1", name: "Bruno", interest: "non_sollicite", departure: "2_5_ans", note: "" };
    const r = mergeForm(base, mine, theirs);
    assert.deepEqual(r.status, {
      code: "unchanged",
      id: "unchanged",
      version: "theirs",
      name: "unchanged",
      interest: "theirs",
      departure: "mine",
      note: "unchanged",
    });
  });

  test("a note: both changed the text (a true conflict), they ticked a tag (order of the boxes aside)", () => {
    const base = { text: "Deux pharmacies", tags: ["pharmacie", "ehpad"], version: "3" };
    const theirs = { text: "Deux pharmacies et un SSIAD", tags: ["pharmacie", "ehpad", "ssiad"], version: "4" };
    const mine = { text: "Deux pharmacies, un CCAS", tags: "ehpad\npharmacie", version: "3" };
    const r = mergeForm(base, mine, theirs);
    assert.equal(r.status.text, "both");
    assert.equal(r.status.tags, "theirs");
    assert.equal(r.status.version, "theirs");
  });

  test("a checkbox: unticked is absent from the post and false in the form's values", () => {
    const r = mergeForm({ anonymous: false }, {}, { anonymous: true });
    assert.equal(r.status.anonymous, "theirs");
    assert.equal(mergeForm({ anonymous: true }, { anonymous: "on" }, { anonymous: true }).status.anonymous, "unchanged");
    assert.equal(mergeForm({ anonymous: true }, {}, { anonymous: true }).status.anonymous, "mine");
  });

  test("a meeting's agenda is one field: an item changed on each side is a true conflict, not a mix", () => {
    const agenda = [
      { title: "Accueil", durationMinutes: "10", leader: "Maire", questions: "" },
      { title: "Diagnostic", durationMinutes: "30", leader: "Fédération", questions: "" },
    ];
    const base = { title: "Réunion", agenda };
    const posted = (a: typeof agenda, title = "Réunion") => ({ title, ...postedValues({ agenda: a }) });
    // Nobody touched the agenda; A changed the title.
    let r = mergeForm(base, posted(agenda, "Première réunion"), base);
    assert.deepEqual(r.status, { title: "mine", agenda: "unchanged" });
    // B changed an item's duration (as a number in the form's values); A did not touch the agenda.
    r = mergeForm(base, posted(agenda), { ...base, agenda: [agenda[0], { ...agenda[1], durationMinutes: 40 }] });
    assert.equal(r.status.agenda, "theirs");
    // A changed item 0, B item 1: both changed the agenda.
    r = mergeForm(base, posted([{ ...agenda[0], title: "Bienvenue" }, agenda[1]]), { ...base, agenda: [agenda[0], { ...agenda[1], leader: "ARS" }] });
    assert.equal(r.status.agenda, "both");
  });
});
