import { test } from "node:test";
import assert from "node:assert/strict";
import { firstParam, ownValue } from "./lookup";
import { DEFAULT_SIGN_IN_ERROR, signInErrorMessage } from "./auth/sign-in-errors";

const PROTOTYPE_KEYS = ["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__", "__defineGetter__", "isPrototypeOf"];

test("ownValue finds own entries only", () => {
  const record: Record<string, string> = { ok: "oui" };
  assert.equal(ownValue(record, "ok"), "oui");
  assert.equal(ownValue(record, "absent"), undefined);
  for (const key of PROTOTYPE_KEYS) assert.equal(ownValue(record, key), undefined, key);
});

test("ownValue takes any request value: absent, repeated, not a string", () => {
  const record: Record<string, string> = { ok: "oui", "ok,ok": "non" };
  assert.equal(ownValue(record, undefined), undefined);
  assert.equal(ownValue(record, ["ok", "ok"]), undefined);
  assert.equal(ownValue(record, 1), undefined);
  assert.equal(ownValue(record, null), undefined);
});

test("signInErrorMessage: Auth.js's codes, and the default for anything else", () => {
  assert.match(signInErrorMessage("Verification"), /expiré/);
  assert.match(signInErrorMessage("AccessDenied"), /refusée/);
  assert.equal(signInErrorMessage(undefined), DEFAULT_SIGN_IN_ERROR);
  assert.equal(signInErrorMessage(["Verification", "x"]), DEFAULT_SIGN_IN_ERROR);
  for (const key of [...PROTOTYPE_KEYS, "", "verification"]) assert.equal(signInErrorMessage(key), DEFAULT_SIGN_IN_ERROR, key);
});

test("firstParam: a repeated search parameter gives its first value, never an array", () => {
  assert.equal(firstParam(["a", "b"]), "a");
  assert.equal(firstParam("a"), "a");
  assert.equal(firstParam(undefined), undefined);
  assert.equal(firstParam([]), undefined);
});
