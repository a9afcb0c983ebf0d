import { test } from "node:test";
import assert from "node:assert/strict";
import { DEMO_ACCOUNTS, isDemoAccount } from "./demo";

test("a public demo signs in its accounts only, whatever the case or spaces typed", () => {
  for (const a of DEMO_ACCOUNTS) assert.ok(isDemoAccount(a.email));
  assert.ok(isDemoAccount(" Maire@Demo.Boussole.fr "));
  for (const other of ["autre@demo.boussole.fr", "maire@demo.boussole.fr.evil.test", "", null, undefined]) assert.equal(isDemoAccount(other), false, String(other));
});
