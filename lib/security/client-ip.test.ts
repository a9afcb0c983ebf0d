import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { clientIp } from "./client-ip";

const h = (xff: string | null) => new Headers(xff === null ? {} : { "x-forwarded-for": xff });

describe("clientIp", () => {
  test("not behind a trusted proxy: the forgeable header is ignored", () => {
    assert.equal(clientIp(h("203.0.113.7"), {}), null);
    assert.equal(clientIp(h("203.0.113.7"), { BOUSSOLE_TRUST_PROXY: "0" }), null);
  });
  test("behind a trusted proxy: the last address, the one the proxy appended", () => {
    const env = { BOUSSOLE_TRUST_PROXY: "1" };
    assert.equal(clientIp(h("203.0.113.7"), env), "203.0.113.7");
    assert.equal(clientIp(h("10.0.0.1, 198.51.100.4"), env), "198.51.100.4");
    assert.equal(clientIp(h("2001:DB8::1"), env), "2001:db8::1");
    assert.equal(clientIp(h(null), env), null);
    assert.equal(clientIp(h("<script>"), env), null);
  });
});
