import { test } from "node:test";
import assert from "node:assert/strict";
import { authSecretProblem, productionProblems, smtpUrlProblem } from "./config";

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
