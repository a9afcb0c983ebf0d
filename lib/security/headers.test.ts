import { test } from "node:test";
import assert from "node:assert/strict";
import { contentSecurityPolicy, newNonce } from "./headers";

const directives = (csp: string) => new Map(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)] as const));

test("scripts: this origin and the nonce only, never inline scripts without it", () => {
  const csp = directives(contentSecurityPolicy({ nonce: "abc", production: true }));
  assert.deepEqual(csp.get("script-src"), ["'self'", "'nonce-abc'", "'strict-dynamic'"]);
  assert.deepEqual(csp.get("frame-ancestors"), ["'none'"]);
  assert.deepEqual(csp.get("object-src"), ["'none'"]);
  assert.deepEqual(csp.get("form-action"), ["'self'"]);
  assert.ok(csp.has("upgrade-insecure-requests"));
});

test("outside production, no upgrade to https (localhost is served over http); eval only for next dev", () => {
  const demo = directives(contentSecurityPolicy({ nonce: "n", production: false }));
  assert.ok(!demo.has("upgrade-insecure-requests"));
  assert.ok(!demo.get("script-src")!.includes("'unsafe-eval'"));
  assert.ok(directives(contentSecurityPolicy({ nonce: "n", production: false, development: true })).get("script-src")!.includes("'unsafe-eval'"));
});

test("nonces are 128 random bits, new each time", () => {
  const seen = new Set(Array.from({ length: 1000 }, newNonce));
  assert.equal(seen.size, 1000);
  for (const n of seen) assert.equal(Buffer.from(n, "base64").length, 16);
});
