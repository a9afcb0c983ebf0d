import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { authRedirect, pathOf, returnPathOfCallbackUrl, safeReturnPath } from "./urls";

describe("safeReturnPath", () => {
  const hostile: [string, unknown][] = [
    ["a tab, percent-encoded (browsers drop it: //evil.test)", "/%09/evil.test"],
    ["a raw tab", "/\t/evil.test"],
    ["a raw line feed", "/\n/evil.test"],
    ["a protocol-relative URL", "//evil.test"],
    ["a backslash (read as /)", "/\\evil.test"],
    ["an encoded backslash", "/%5Cevil.test"],
    ["encoded slashes", "/%2F%2Fevil.test"],
    ["one encoded slash", "/%2Fevil.test"],
    ["a dot segment leaving //", "/.//evil.test"],
    ["a dot-dot segment leaving //", "/..//evil.test"],
    ["an absolute URL", "https://evil.test"],
    ["an absolute URL, upper case", "HTTPS://evil.test/espace"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["an encoded line feed (header injection)", "/%0aSet-Cookie:x=1"],
    ["an encoded carriage return", "/%0dSet-Cookie:x=1"],
    ["a NUL", "/a%00b"],
    ["DEL", "/a\u007Fb"],
    ["a C1 control", "/a\u0085b"],
    ["a non-breaking space", "/a\u00A0b"],
    ["an encoded space", "/a%20b"],
    ["malformed UTF-8", "/%E9"],
    ["malformed percent-encoding", "/%zz"],
    ["a truncated escape", "/espace%"],
    ["a relative path", "espace"],
    ["the empty string", ""],
    ["too long", `/${"a".repeat(3000)}`],
    ["not a string", 42],
    ["an array (a repeated parameter)", ["/espace", "//evil.test"]],
    ["undefined", undefined],
  ];
  for (const [what, value] of hostile) {
    test(`rejects ${what}`, () => assert.equal(safeReturnPath(value), "/espace"));
  }

  const kept: [string, string][] = [
    ["/espace?x=1#y", "/espace?x=1#y"],
    ["/communes/48092", "/communes/48092"],
    ["/communes/2A004/reunions/3", "/communes/2A004/reunions/3"],
    ["/", "/"],
    ["/%C3%A9", "/%C3%A9"],
  ];
  for (const [value, expected] of kept) {
    test(`keeps ${value}`, () => assert.equal(safeReturnPath(value), expected));
  }

  test("a non-ASCII character is percent-encoded (safe in a Location header)", () => {
    assert.equal(safeReturnPath("/é"), "/%C3%A9");
    assert.equal(safeReturnPath("/communes/nouvelle?q=Évreux"), "/communes/nouvelle?q=%C3%89vreux");
  });

  test("dot segments are resolved on the same site", () => {
    assert.equal(safeReturnPath("/communes/../espace"), "/espace");
  });

  test("never returns a protocol-relative or non-ASCII path, for any short input", () => {
    const pieces = ["/", "\\", "%2F", "%5C", "%09", ".", "..", "evil.test", "é", "%E9", ":", "?", "#", "@"];
    for (const a of pieces) for (const b of pieces) for (const c of pieces) {
      const out = safeReturnPath(`/${a}${b}${c}`);
      assert.ok(out.startsWith("/") && !out.startsWith("//") && /^[\x21-\x7E]+$/.test(out), `/${a}${b}${c} → ${out}`);
    }
  });
});

describe("returnPathOfCallbackUrl", () => {
  test("keeps the path, query and fragment of Auth.js's absolute callback URL", () => {
    assert.equal(returnPathOfCallbackUrl("https://boussole.example/communes/48092?x=1#y"), "/communes/48092?x=1#y");
    assert.equal(returnPathOfCallbackUrl("/espace"), "/espace");
  });
  test("another origin keeps only a checked path; garbage falls back", () => {
    assert.equal(returnPathOfCallbackUrl("https://evil.test/espace"), "/espace");
    assert.equal(returnPathOfCallbackUrl("https://evil.test//evil.test"), "/espace");
    assert.equal(returnPathOfCallbackUrl("javascript:alert(1)"), "/espace");
    assert.equal(returnPathOfCallbackUrl("http://[::1"), "/espace");
    assert.equal(returnPathOfCallbackUrl("https://x.test/\n"), "/espace");
    assert.equal(returnPathOfCallbackUrl(["/a", "/b"]), "/espace");
    assert.equal(returnPathOfCallbackUrl(undefined), "/espace");
  });
});

describe("authRedirect (Auth.js's redirect callback)", () => {
  const base = "https://boussole.example";
  test("same-origin paths and URLs stay, on the site's origin", () => {
    assert.equal(authRedirect("/communes/48092", base), `${base}/communes/48092`);
    assert.equal(authRedirect(`${base}/espace?x=1`, base), `${base}/espace?x=1`);
    assert.equal(authRedirect("/", base), `${base}/`);
    assert.equal(authRedirect(base, base), `${base}/`);
  });
  test("anything else lands on /espace, without throwing", () => {
    for (const url of ["https://evil.test/", "//evil.test", "/%09/evil.test", "evil", "", "/%E9", "javascript:alert(1)", `${base}/\n`]) {
      assert.equal(authRedirect(url, base), `${base}/espace`, url);
    }
  });
});

describe("pathOf", () => {
  test("encodes each segment", () => {
    assert.equal(pathOf("communes", "48092"), "/communes/48092");
    assert.equal(pathOf("communes", "a/b?c"), "/communes/a%2Fb%3Fc");
  });
  test("a lone surrogate gives undefined instead of throwing", () => {
    assert.equal(pathOf("communes", "\uD800"), undefined);
  });
});
