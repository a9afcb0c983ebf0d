import { test } from "node:test";
import assert from "node:assert/strict";
import { authSecretProblem, demoProblems, productionProblems, smtpUrlProblem, startupProblems } from "./config";

const STRONG = "q3N0Zk9vJm1yW2xhV1pTbFhhS3Z6Tm9QcUx3RXJ0WXU="; // `openssl rand -base64 32`
const SMTP = "smtps://boussole:motdepasse@smtp.exemple.fr:465";

test("production is the default: it needs a strong secret and a mail server", () => {
  assert.deepEqual(productionProblems({ AUTH_SECRET: STRONG, SMTP_URL: SMTP }), []);
  assert.equal(productionProblems({}).length, 2);
  assert.equal(productionProblems({ BOUSSOLE_MODE: "prod", AUTH_SECRET: STRONG }).length, 1, "an unknown mode is production");
  assert.deepEqual(productionProblems({ BOUSSOLE_MODE: "demo" }), [], "the demonstration needs neither");
});

test("a weak secret is refused, with the reason in French", () => {
  assert.match(authSecretProblem(undefined)!, /AUTH_SECRET manque/);
  assert.match(authSecretProblem("a")!, /trop court \(1 octets\)/);
  assert.match(authSecretProblem("a".repeat(40))!, /n'est pas aléatoire/);
  assert.match(authSecretProblem("abababababababababababababababababab")!, /n'est pas aléatoire/);
  assert.equal(authSecretProblem(STRONG), null);
});

test("SMTP_URL must name an smtp or smtps server", () => {
  assert.match(smtpUrlProblem(undefined)!, /SMTP_URL manque/);
  assert.match(smtpUrlProblem("pas une adresse")!, /n'est pas une adresse valide/);
  assert.match(smtpUrlProblem("https://smtp.exemple.fr")!, /smtp:\/\/ ou smtps:\/\//);
  assert.equal(smtpUrlProblem(SMTP), null);
  assert.equal(smtpUrlProblem("smtp://127.0.0.1:2525"), null);
});

test("a demo served at an address others can reach must say it is public", () => {
  assert.deepEqual(demoProblems({ BOUSSOLE_MODE: "demo" }), [], "no address: localhost:3000");
  assert.deepEqual(demoProblems({ BOUSSOLE_MODE: "demo", AUTH_URL: "http://localhost:3100" }), []);
  assert.deepEqual(demoProblems({ BOUSSOLE_MODE: "demo", AUTH_URL: "http://127.0.0.1:3000" }), []);
  assert.deepEqual(demoProblems({ BOUSSOLE_MODE: "demo", AUTH_URL: "http://[::1]:3000" }), []);
  assert.deepEqual(demoProblems({ BOUSSOLE_MODE: "demo", APP_URL: "http://boussole.localhost" }), []);
  const [problem] = demoProblems({ BOUSSOLE_MODE: "demo", AUTH_URL: "https://demo.boussole.fr" });
  assert.match(problem, /https:\/\/demo\.boussole\.fr.*BOUSSOLE_PUBLIC_DEMO=1/s);
  assert.equal(demoProblems({ BOUSSOLE_MODE: "demo", APP_URL: "http://192.168.1.20:3000" }).length, 1, "APP_URL counts too");
  assert.equal(demoProblems({ BOUSSOLE_MODE: "demo", AUTH_URL: "pas une adresse" }).length, 1);
  assert.deepEqual(demoProblems({ BOUSSOLE_MODE: "demo", AUTH_URL: "https://demo.boussole.fr", BOUSSOLE_PUBLIC_DEMO: "1" }), []);
  assert.deepEqual(demoProblems({ BOUSSOLE_MODE: "demo", AUTH_URL: "https://demo.boussole.fr", BOUSSOLE_PUBLIC_DEMO: "true" }).length, 1, "only 1 declares it");
  assert.deepEqual(demoProblems({ AUTH_URL: "https://boussole.fr" }), [], "production may be anywhere");
});

test("startup checks both: production's secrets, the demo's address", () => {
  assert.equal(startupProblems({}).length, 2);
  assert.equal(startupProblems({ BOUSSOLE_MODE: "demo", AUTH_URL: "https://demo.boussole.fr" }).length, 1);
  assert.deepEqual(startupProblems({ BOUSSOLE_MODE: "demo", AUTH_URL: "http://localhost:3000" }), []);
});
