import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  ACTION_BODY_LIMIT_BYTES,
  LENGTH_REQUIRED,
  MALFORMED,
  TOO_LARGE,
  bodySizeRefusal,
  isCrossSite,
  multipartActionRefusal,
  plainActionRefusal,
  refusalPage,
} from "./requests";

const OURS = ["https://boussole.example.fr"];

describe("the sign-in callback refuses other sites (login CSRF)", () => {
  it("accepts the confirmation button's POST from our own page", () => {
    assert.equal(isCrossSite({ method: "POST", origin: OURS[0], secFetchSite: "same-origin" }, OURS), false);
  });
  it("refuses a form posted from another site, or a sibling subdomain", () => {
    assert.equal(isCrossSite({ method: "POST", origin: "https://evil.test", secFetchSite: "cross-site" }, OURS), true);
    assert.equal(isCrossSite({ method: "POST", origin: "https://x.example.fr", secFetchSite: "same-site" }, OURS), true);
    assert.equal(isCrossSite({ method: "GET", origin: null, secFetchSite: "cross-site" }, OURS), true, "a link from another site");
  });
  it("a link typed or bookmarked (none) opens only by GET", () => {
    assert.equal(isCrossSite({ method: "GET", origin: null, secFetchSite: "none" }, OURS), false);
    assert.equal(isCrossSite({ method: "POST", origin: null, secFetchSite: "none" }, OURS), true);
  });
  it("without Sec-Fetch-Site, the Origin decides; a POST with neither is refused", () => {
    assert.equal(isCrossSite({ method: "POST", origin: OURS[0], secFetchSite: null }, OURS), false);
    assert.equal(isCrossSite({ method: "POST", origin: "null", secFetchSite: null }, OURS), true);
    assert.equal(isCrossSite({ method: "POST", origin: "https://evil.test", secFetchSite: null }, OURS), true);
    assert.equal(isCrossSite({ method: "POST", origin: null, secFetchSite: null }, OURS), true);
    assert.equal(isCrossSite({ method: "GET", origin: null, secFetchSite: null }, OURS), false);
  });
});

describe("POST bodies Next.js would answer with a 500", () => {
  it("over 1 MB: 413; chunked without a length: 411; a nonsense length: 400", () => {
    assert.equal(bodySizeRefusal({ contentLength: String(ACTION_BODY_LIMIT_BYTES), transferEncoding: null }), null);
    assert.equal(bodySizeRefusal({ contentLength: String(2 * 1024 * 1024), transferEncoding: null }), TOO_LARGE);
    assert.equal(bodySizeRefusal({ contentLength: null, transferEncoding: "chunked" }), LENGTH_REQUIRED);
    assert.equal(bodySizeRefusal({ contentLength: null, transferEncoding: null }), null);
    assert.equal(bodySizeRefusal({ contentLength: "-4", transferEncoding: null }), MALFORMED);
    assert.equal(bodySizeRefusal({ contentLength: "abc", transferEncoding: null }), MALFORMED);
    assert.match(TOO_LARGE.message, /rien n'a été enregistré/);
  });
  it("a script's call: its JSON fields must be JSON, with a root", () => {
    const good = new FormData();
    good.append("0", '["$K1"]');
    good.append("1_nom", "Claire");
    assert.equal(multipartActionRefusal(good, true), null);
    const bad = new FormData();
    bad.append("0", "{{{");
    assert.equal(multipartActionRefusal(bad, true), MALFORMED);
    assert.equal(multipartActionRefusal(new FormData(), true), MALFORMED, "no root");
  });
  it("a form sent without JavaScript: its bound-action fields must be JSON; the typed fields are free", () => {
    const form = new FormData();
    form.append("$ACTION_REF_1", "");
    form.append("$ACTION_1:0", '{"id":"abc","bound":"$@1"}');
    form.append("$ACTION_1:1", "[null]");
    form.append("nom", "{{{ pas du JSON, et c'est permis");
    assert.equal(multipartActionRefusal(form, false), null);
    form.set("$ACTION_1:1", "[nul");
    assert.equal(multipartActionRefusal(form, false), MALFORMED);
  });
  it("a plain body is the JSON array of the arguments", () => {
    assert.equal(plainActionRefusal("[]"), null);
    assert.equal(plainActionRefusal('["a",1]'), null);
    assert.equal(plainActionRefusal("{}"), MALFORMED);
    assert.equal(plainActionRefusal("<xml/>"), MALFORMED);
  });
});

describe("the refusal page", () => {
  it("is French, escapes what it shows, and has one main", () => {
    const html = refusalPage(TOO_LARGE, { href: '/a?b="c"', label: "Revenir" });
    assert.match(html, /<html lang="fr">/);
    assert.equal(html.match(/<main/g)?.length, 1);
    assert.ok(html.includes("/a?b=&quot;c&quot;"));
    assert.ok(!html.includes("<script"));
  });
});
