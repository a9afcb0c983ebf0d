import { test } from "node:test";
import assert from "node:assert/strict";
import { escapeHtml, html, innerHtml } from "./html";

test("every interpolated value is escaped, in text and in attributes", () => {
  const name = `<script>alert("x")</script> & O'Brien`;
  assert.equal(escapeHtml(name), "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; O&#x27;Brien");
  assert.equal(html`<td title="${name}">${name}</td>`.value, `<td title="${escapeHtml(name)}">${escapeHtml(name)}</td>`);
  assert.equal(html`<a href="${'" onclick="x'}">`.value, '<a href="&quot; onclick=&quot;x">');
});

test("nested markup and arrays of it pass as markup; null, undefined and false as nothing; numbers as text", () => {
  const cells = [1, 2].map((n) => html`<td>${n}</td>`);
  assert.equal(html`<tr>${cells}${null}${undefined}${false}${html`<td>${"<b>"}</td>`}</tr>`.value, "<tr><td>1</td><td>2</td><td>&lt;b&gt;</td></tr>");
  assert.equal(html`${0}`.value, "0");
  assert.deepEqual(innerHtml([html`<tr></tr>`, html`<tr>${"&"}</tr>`]), { dangerouslySetInnerHTML: { __html: "<tr></tr><tr>&amp;</tr>" } });
});
