import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { agendaTotal } from "@/lib/meetings/agenda";
import { agendaItemSchema } from "@/lib/validation/meetings";
import { followUpAgenda } from "./follow-up";

const steps = [{ title: "Recenser les locaux disponibles", owner: "La commune", dueOn: "2027-01-15" }];

describe("the follow-up meeting's agenda", () => {
  it("looks back, reviews the open next steps, gives each of a few leads its item, and concludes", () => {
    const a = followUpAgenda({ previousDay: "2026-11-21", leads: ["Un secrétariat partagé", "Des protocoles infirmiers"], openSteps: steps });
    assert.deepEqual(
      a.map((i) => i.title),
      ["Accueil et retour sur la réunion du 21 novembre 2026", "Où en sont les prochaines étapes", "Piste : Un secrétariat partagé", "Piste : Des protocoles infirmiers", "Conclusion et suites"],
    );
    assert.match(a[1].questions, /Recenser les locaux disponibles — La commune \(pour le 15 janvier 2027\)/);
    assert.ok(agendaTotal(a) >= 60 && agendaTotal(a) <= 90, `total ${agendaTotal(a)}`);
  });
  it("puts many leads in one item, and is not the first meeting's agenda again", () => {
    const leads = ["a", "b", "c", "d", "e"].map((x) => `Piste ${x}`);
    const a = followUpAgenda({ previousDay: "2026-11-21", leads, openSteps: [] });
    assert.equal(a.length, 3);
    assert.equal(a[1].title, "Approfondir les premières pistes");
    assert.ok(!a.some((i) => i.title === "Tour de table des professionnels"));
    assert.ok(agendaTotal(a) >= 45);
  });
  it("every item passes the agenda's own validation, even with very long leads", () => {
    const a = followUpAgenda({ previousDay: "2026-11-21", leads: ["x".repeat(300)], openSteps: Array.from({ length: 30 }, () => ({ ...steps[0], title: "y".repeat(200) })) });
    for (const item of a) assert.ok(agendaItemSchema.safeParse(item).success, item.title);
  });
  it("without leads nor steps, still a meeting worth holding", () => {
    const a = followUpAgenda({ previousDay: "2026-11-21", leads: [], openSteps: [] });
    assert.equal(a[1].title, "Échanges ouverts");
  });
});
