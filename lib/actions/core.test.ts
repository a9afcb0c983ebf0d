import { describe, test } from "node:test";
import assert from "node:assert/strict";
import * as z from "zod/mini";
import { FieldError, FormError } from "@/lib/domain/errors";
import { asFormData, formDataToObject, keptValues, runAction, zodFieldErrors } from "./core";
import type { ActionState } from "./state";
import { createWorkspaceSchema, designateReferentSchema } from "@/lib/validation/workspace";
import { acceptRequestSchema } from "@/lib/validation/federation";
import { todayInParis } from "@/lib/dates";

const FORM_HAS_ERRORS = "Le formulaire contient des erreurs : corrigez les champs signalés.";

/** authorize/run stand-ins that record whether they were called. */
function spies<C = string>(ctx: C = "ctx" as C) {
  const calls = { authorize: 0, run: 0 };
  return {
    calls,
    authorize: () => {
      calls.authorize++;
      return ctx;
    },
    run: () => {
      calls.run++;
    },
  };
}

function errorState(state: ActionState) {
  assert.equal(state.status, "error", JSON.stringify(state));
  return state as Extract<ActionState, { status: "error" }>;
}

function tomorrowInParis() {
  return todayInParis(new Date(Date.now() + 36 * 60 * 60 * 1000));
}

describe("formDataToObject", () => {
  test("a hand-made call with no form (a number, an array, null) reads as an empty form, never a TypeError", () => {
    for (const sent of [5, ["a"], null, undefined, "texte", { get: 1 }]) {
      assert.deepEqual(formDataToObject(sent as unknown as FormData), {});
      assert.equal(asFormData(sent).get("token"), null);
    }
  });

  test("single keys are strings, repeated keys become arrays in order", () => {
    const fd = new FormData();
    fd.append("federationId", "fecop");
    fd.append("facilitatorIds", "u1");
    fd.append("facilitatorIds", "u2");
    fd.append("facilitatorIds", "u3");
    assert.deepEqual(formDataToObject(fd), { federationId: "fecop", facilitatorIds: ["u1", "u2", "u3"] });
  });

  test("Next.js's $ACTION_ fields and files are dropped", () => {
    const fd = new FormData();
    fd.append("$ACTION_ID_7f3a9c", "");
    fd.append("$ACTION_REF_1", "");
    fd.append("$ACTION_1:0", '{"id":"x"}');
    fd.append("$ACTION_KEY", "k");
    fd.append("attachment", new Blob(["x"]), "x.txt");
    fd.append("code", "34172");
    assert.deepEqual(formDataToObject(fd), { code: "34172" });
  });

  test("field names shared with Object.prototype are plain fields; __proto__ changes nothing", () => {
    const fd = new FormData();
    fd.append("constructor", "x");
    fd.append("toString", "y");
    fd.append("__proto__", "a");
    fd.append("__proto__", "b");
    fd.append("code", "34172");
    const out = formDataToObject(fd);
    assert.equal(Object.getPrototypeOf(out), Object.prototype);
    assert.deepEqual({ ...out }, { constructor: "x", toString: "y", code: "34172" });
    assert.deepEqual(keptValues(out), { constructor: "x", toString: "y", code: "34172" });
  });

  test("an empty form is an empty object; empty strings are kept", () => {
    assert.deepEqual(formDataToObject(new FormData()), {});
    const fd = new FormData();
    fd.append("message", "");
    assert.deepEqual(formDataToObject(fd), { message: "" });
  });
});

describe("keptValues", () => {
  test("strings as typed, arrays joined by new lines", () => {
    assert.deepEqual(keptValues({ eluName: "  Marie Curie ", ids: ["a", "b"] }), { eluName: "  Marie Curie ", ids: "a\nb" });
    assert.deepEqual(keptValues({}), {});
  });
});

describe("zodFieldErrors", () => {
  test("the first message of each field, keyed by its dotted path; root issues under _form", () => {
    const schema = z
      .object({ people: z.array(z.object({ email: z.string().check(z.minLength(3, "trop court"), z.maxLength(1, "trop long")) })) })
      .check(z.refine(() => false, "tout le formulaire"));
    const r = schema.safeParse({ people: [{ email: "abcd" }, { email: "a" }] });
    assert.equal(r.success, false);
    const errors = zodFieldErrors(r.error!);
    assert.deepEqual(errors, { "people.0.email": "trop long", "people.1.email": "trop court", _form: "tout le formulaire" });

    const root = schema.safeParse({ people: [] });
    assert.deepEqual(zodFieldErrors(root.error!), { _form: "tout le formulaire" });
  });
});

describe("runAction: invalid input", () => {
  test("createWorkspace: an impossible date → French message, values kept, neither authorize nor run called", async () => {
    const s = spies();
    const raw = { communeCode: "34172", mandateStart: "2025-02-30" };
    const state = errorState(await runAction(createWorkspaceSchema, raw, s.authorize, s.run));
    assert.deepEqual(state.fieldErrors, { mandateStart: "Cette date n'existe pas." });
    assert.equal(state.formError, FORM_HAS_ERRORS);
    assert.deepEqual(state.values, raw);
    assert.deepEqual(s.calls, { authorize: 0, run: 0 });
  });

  test("createWorkspace: a mandate before 2020, or in the future, is refused", async () => {
    const s = spies();
    const before = errorState(await runAction(createWorkspaceSchema, { communeCode: "34172", mandateStart: "2019-12-31" }, s.authorize, s.run));
    assert.deepEqual(before.fieldErrors, { mandateStart: "Le mandat ne peut pas avoir commencé avant le 1er janvier 2020." });

    const tomorrow = tomorrowInParis();
    const future = errorState(await runAction(createWorkspaceSchema, { communeCode: "34172", mandateStart: tomorrow }, s.authorize, s.run));
    assert.deepEqual(future.fieldErrors, { mandateStart: "Indiquez une date passée ou celle d'aujourd'hui : le mandat a déjà commencé." });
    assert.equal(future.values.mandateStart, tomorrow);
    assert.deepEqual(s.calls, { authorize: 0, run: 0 });
  });

  test("createWorkspace: the first day allowed and today are accepted", async () => {
    for (const mandateStart of ["2020-01-01", todayInParis()]) {
      const s = spies();
      const state = await runAction(createWorkspaceSchema, { communeCode: "2A004", mandateStart }, s.authorize, s.run);
      assert.deepEqual(state, { status: "success" }, mandateStart);
      assert.deepEqual(s.calls, { authorize: 1, run: 1 });
    }
  });

  test("createWorkspace: an empty form gets one message per field, the first of each", async () => {
    const s = spies();
    const state = errorState(await runAction(createWorkspaceSchema, { communeCode: "../x", mandateStart: "" }, s.authorize, s.run));
    assert.deepEqual(state.fieldErrors, { communeCode: "Choisissez une commune dans la liste.", mandateStart: "Indiquez une date." });
    assert.deepEqual(state.values, { communeCode: "../x", mandateStart: "" });
    assert.deepEqual(s.calls, { authorize: 0, run: 0 });
  });

  test("designateReferent: a binôme needs two different addresses (case and spaces ignored)", async () => {
    const s = spies();
    const raw = { code: "34172", kind: "binome", eluName: "Marie Curie", eluEmail: "marie@mairie.fr", agentName: "Paul Agent", agentEmail: " MARIE@mairie.fr " };
    const state = errorState(await runAction(designateReferentSchema, raw, s.authorize, s.run));
    assert.deepEqual(state.fieldErrors, { agentEmail: "Un binôme, ce sont deux personnes : indiquez une autre adresse que celle de l'élu·e." });
    assert.deepEqual(state.values, raw);
    assert.deepEqual(s.calls, { authorize: 0, run: 0 });
  });

  test("designateReferent: a binôme needs both people", async () => {
    const s = spies();
    const state = errorState(
      await runAction(designateReferentSchema, { code: "34172", kind: "binome", eluName: "Marie Curie", eluEmail: "marie@mairie.fr" }, s.authorize, s.run),
    );
    assert.deepEqual(state.fieldErrors, { agentName: "Indiquez le prénom et le nom.", agentEmail: "Indiquez une adresse e-mail." });
    assert.deepEqual(s.calls, { authorize: 0, run: 0 });
  });

  test("designateReferent: a single élu needs a name and a valid address; the agent's fields are not asked for", async () => {
    const s = spies();
    const missing = errorState(await runAction(designateReferentSchema, { code: "34172", kind: "elu" }, s.authorize, s.run));
    assert.deepEqual(missing.fieldErrors, { eluName: "Indiquez le prénom et le nom.", eluEmail: "Indiquez une adresse e-mail." });

    const invalid = errorState(
      await runAction(designateReferentSchema, { code: "34172", kind: "elu", eluName: "M", eluEmail: "marie@" }, s.authorize, s.run),
    );
    assert.deepEqual(invalid.fieldErrors, {
      eluName: "Indiquez le prénom et le nom.",
      eluEmail: "Indiquez une adresse e-mail valide, par exemple prenom.nom@mairie.fr.",
    });
    assert.deepEqual(s.calls, { authorize: 0, run: 0 });
  });

  test("designateReferent: without a kind, the kind is asked for", async () => {
    const s = spies();
    const state = errorState(await runAction(designateReferentSchema, { code: "34172", kind: "maire" }, s.authorize, s.run));
    assert.deepEqual(state.fieldErrors, { kind: "Choisissez qui sera référent·e santé." });
    assert.deepEqual(s.calls, { authorize: 0, run: 0 });
  });

  test("acceptRequest: one or two facilitators, no more, no fewer", async () => {
    const s = spies();
    const none = errorState(await runAction(acceptRequestSchema, { federationId: "fecop", requestId: "3" }, s.authorize, s.run));
    assert.deepEqual(none.fieldErrors, { facilitatorIds: "Choisissez une ou deux personnes pour accompagner la commune." });

    const empty = errorState(await runAction(acceptRequestSchema, { federationId: "fecop", requestId: "3", facilitatorIds: "" }, s.authorize, s.run));
    assert.deepEqual(empty.fieldErrors, { facilitatorIds: "Choisissez une ou deux personnes pour accompagner la commune." });

    const three = errorState(
      await runAction(acceptRequestSchema, { federationId: "fecop", requestId: "3", facilitatorIds: ["u1", "u2", "u3"] }, s.authorize, s.run),
    );
    assert.deepEqual(three.fieldErrors, { facilitatorIds: "Choisissez au plus deux personnes : l'accompagnement se fait en binôme au plus." });
    assert.deepEqual(three.values, { federationId: "fecop", requestId: "3", facilitatorIds: "u1\nu2\nu3" });
    assert.deepEqual(s.calls, { authorize: 0, run: 0 });
  });
});

describe("runAction: a root issue", () => {
  test("a message on the whole form becomes formError, not a field", async () => {
    const schema = z.object({ a: z.string(), b: z.string() }).check(z.refine((v) => v.a !== v.b, "Les deux valeurs doivent différer."));
    const s = spies();
    const state = errorState(await runAction(schema, { a: "x", b: "x" }, s.authorize, s.run));
    assert.deepEqual(state.fieldErrors, {});
    assert.equal(state.formError, "Les deux valeurs doivent différer.");
    assert.deepEqual(s.calls, { authorize: 0, run: 0 });
  });
});

describe("runAction: authorize", () => {
  test("a throwing authorize (notFound) propagates and run is not called", async () => {
    const notFound = Object.assign(new Error("NEXT_HTTP_ERROR_FALLBACK;404"), { digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
    let ran = false;
    await assert.rejects(
      runAction(
        createWorkspaceSchema,
        { communeCode: "34172", mandateStart: "2026-03-22" },
        () => {
          throw notFound;
        },
        () => {
          ran = true;
        },
      ),
      (e) => e === notFound,
    );
    assert.equal(ran, false);
  });

  test("an async authorize rejecting propagates too; even a FieldError is not turned into a state", async () => {
    let ran = false;
    await assert.rejects(
      runAction(
        createWorkspaceSchema,
        { communeCode: "34172", mandateStart: "2026-03-22" },
        async () => {
          throw new FieldError("communeCode", "refusé");
        },
        () => {
          ran = true;
        },
      ),
      FieldError,
    );
    assert.equal(ran, false);
  });

  test("authorize gets the parsed input; run gets the parsed input and authorize's context", async () => {
    const seen: unknown[] = [];
    const state = await runAction(
      acceptRequestSchema,
      { federationId: " fecop ", requestId: "12", facilitatorIds: ["u1", "u1", "u2"] },
      (input) => {
        seen.push(["authorize", input]);
        return { federationId: input.federationId, user: "admin-1" };
      },
      (input, ctx) => {
        seen.push(["run", input, ctx]);
      },
    );
    assert.deepEqual(state, { status: "success" });
    const parsed = { federationId: "fecop", requestId: 12, facilitatorIds: ["u1", "u2"], mandateChecked: false, mandateCheckHow: "" };
    assert.deepEqual(seen, [
      ["authorize", parsed],
      ["run", parsed, { federationId: "fecop", user: "admin-1" }],
    ]);
  });
});

describe("runAction: run", () => {
  const validReferent = { code: "34172", kind: "elu", eluName: "Marie Curie", eluEmail: "Marie@Mairie.fr" };

  test("a FieldError puts its message beside that field, values kept", async () => {
    const state = errorState(
      await runAction(designateReferentSchema, validReferent, () => null, () => {
        throw new FieldError("eluEmail", "marie@mairie.fr est déjà référent·e santé de la commune.");
      }),
    );
    assert.deepEqual(state.fieldErrors, { eluEmail: "marie@mairie.fr est déjà référent·e santé de la commune." });
    assert.equal(state.formError, FORM_HAS_ERRORS);
    assert.deepEqual(state.values, validReferent);
  });

  test("a FormError becomes the form's message, values kept", async () => {
    const state = errorState(
      await runAction(designateReferentSchema, validReferent, () => null, async () => {
        throw new FormError("Cette demande vient d'être modifiée par quelqu'un d'autre : rechargez la page.");
      }),
    );
    assert.deepEqual(state.fieldErrors, {});
    assert.equal(state.formError, "Cette demande vient d'être modifiée par quelqu'un d'autre : rechargez la page.");
    assert.deepEqual(state.values, validReferent);
  });

  test("any other error (redirect, database) propagates", async () => {
    const boom = new Error("SQLITE_BUSY");
    await assert.rejects(
      runAction(designateReferentSchema, validReferent, () => null, () => {
        throw boom;
      }),
      (e) => e === boom,
    );
  });

  test("success: nothing returned is a plain success; a returned state is passed through", async () => {
    let received: unknown;
    const plain = await runAction(designateReferentSchema, validReferent, () => "ctx", (input) => {
      received = input;
    });
    assert.deepEqual(plain, { status: "success" });
    assert.deepEqual(received, { code: "34172", kind: "elu", people: [{ capacity: "elu", name: "Marie Curie", email: "marie@mairie.fr" }] });

    const custom = await runAction(designateReferentSchema, validReferent, () => "ctx", async () => ({ status: "success", message: "Invitation envoyée." }) as const);
    assert.deepEqual(custom, { status: "success", message: "Invitation envoyée." });
  });

  test("from FormData to the parsed input: repeated keys, $ACTION_ fields dropped", async () => {
    const fd = new FormData();
    fd.append("$ACTION_ID_abc", "");
    fd.append("federationId", "fecop");
    fd.append("requestId", "5");
    fd.append("facilitatorIds", "u1");
    fd.append("facilitatorIds", "u2");
    let received: unknown;
    const state = await runAction(acceptRequestSchema, formDataToObject(fd), () => null, (input) => {
      received = input;
    });
    assert.deepEqual(state, { status: "success" });
    assert.deepEqual(received, { federationId: "fecop", requestId: 5, facilitatorIds: ["u1", "u2"], mandateChecked: false, mandateCheckHow: "" });
  });
});
