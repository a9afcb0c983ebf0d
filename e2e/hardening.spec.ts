/**
 * Hardening, tried as an attacker would: a cross-site post of a sign-in link (login CSRF), bodies too large or
 * malformed for a server action, prototype keys in a search parameter, the 404 drawn once, the favicon, session
 * tokens stored hashed; then a production server's headers and refusals, and a demo that would be public.
 */
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test, expect } from "./fixtures";
import { countRows, readDatabase } from "./database";
import { checkA11y, expectNotFound, uniqueEmail } from "./journeys";
import { freshContext, linkFromLatestMail, signInByEmail, storageStateOf } from "./support";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const SMTP_PORT = Number(process.env.SMTP_CAPTURE_PORT ?? 2525);
const CODE = "48092"; // the demo commune: read here, never changed
const TWO_MB = 2 * 1024 * 1024;

test.describe("sign-in", () => {
  test("a sign-in link posted from another site is refused (403, French) and the mayor stays herself", async ({ as, browser }) => {
    // The attacker asks a link for their own address…
    const attacker = uniqueEmail("attaquant", "hardening.test");
    const { context, page: theirs } = await freshContext(browser);
    await theirs.goto("/connexion");
    await theirs.getByLabel("Adresse e-mail").fill(attacker);
    await theirs.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
    await expect(theirs.getByRole("heading", { name: "Vérifiez votre messagerie" })).toBeVisible();
    const link = new URL(await linkFromLatestMail(theirs, attacker, /lien de connexion/));
    await context.close();

    // …and makes the signed-in mayor's browser post it from their site.
    const page = await as("maire");
    const callback = `http://localhost:${PORT}/api/auth/callback/email?${new URLSearchParams({ token: link.searchParams.get("token")!, email: attacker, callbackUrl: "/espace" })}`;
    await page.route("http://evil.test/**", (route) =>
      route.fulfill({ contentType: "text/html", body: `<!doctype html><form method="post" action="${callback}"><button>Gagner</button></form>` }),
    );
    await page.goto("http://evil.test/");
    const [answer] = await Promise.all([page.waitForResponse((r) => r.url().startsWith(`http://localhost:${PORT}/api/auth/callback/email`)), page.getByRole("button", { name: "Gagner" }).click()]);
    expect(answer.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "Connexion refusée" })).toBeVisible();
    await expect(page.getByText("vient d'un autre site que Boussole")).toBeVisible();
    await expect(page.getByRole("main")).toHaveCount(1);

    await page.goto("/espace");
    await expect(page.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
    await expect(page.getByText("Claire Fabre").first()).toBeVisible();
    expect(countRows("user", "email = ?", attacker), "no account opened for the attacker").toBe(0);
  });

  test("the e-mailed link still signs in from Boussole's own confirmation page", async ({ browser }) => {
    const { context, page } = await freshContext(browser);
    await signInByEmail(page, uniqueEmail("nouvelle", "hardening.test"));
    await expect(page.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
    await context.close();
  });

  test("session tokens are stored as their SHA-256, with their opening instant", () => {
    const state = JSON.parse(fs.readFileSync(storageStateOf("maire"), "utf8")) as { cookies: { name: string; value: string }[] };
    const cookie = state.cookies.find((c) => c.name.endsWith("authjs.session-token"))!.value;
    const hash = crypto.createHash("sha256").update(cookie).digest("hex");
    expect(countRows("session", "sessionToken = ?", cookie), "the cookie's token is not in the table").toBe(0);
    const row = readDatabase((db) => db.prepare("select created_at as createdAt, expires from session where sessionToken = ?").get(hash)) as { createdAt: number; expires: number };
    expect(row.createdAt).toBeGreaterThan(0);
    expect(row.expires - row.createdAt, "never past 30 days after its opening").toBeLessThanOrEqual(30 * 24 * 3600_000);
    expect(countRows("session", "length(sessionToken) <> 64")).toBe(0);
  });

  test("/connexion/erreur?error=constructor (a prototype key) is the general message, not a 500", async ({ page }) => {
    for (const error of ["constructor", "__proto__", "toString"]) {
      const response = await page.goto(`/connexion/erreur?error=${error}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByText("La connexion n'a pas abouti.")).toBeVisible();
    }
  });
});

test.describe("bodies a server action cannot take: 400 or 413, in French, nothing written", () => {
  test("a 2 MB CSV sent without JavaScript: 413 page, no line added", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateOf("maire"), javaScriptEnabled: false });
    const page = await context.newPage();
    const before = countRows("professional", "workspace_id = (select id from workspace where commune_code = ?)", CODE);
    await page.goto(`/communes/${CODE}/etat-des-lieux/import`);
    const line = "Médecin généraliste;Dr Test;Marvejols;libéral;50-59;;;;;\n";
    await page.getByLabel("Fichier CSV des professionnels").setInputFiles({ name: "gros.csv", mimeType: "text/csv", buffer: Buffer.from("profession;nom\n" + line.repeat(Math.ceil(TWO_MB / line.length))) });
    // The proxy answers before reading the upload: the browser shows the page, its network log may not see a
    // response (the status is read by the API-level tests below and in the production server's).
    await page.getByRole("button", { name: "Vérifier le fichier" }).click({ noWaitAfter: true });
    await expect(page.getByRole("heading", { level: 1, name: "Envoi trop volumineux" })).toBeVisible();
    await expect(page.getByText("rien n'a été enregistré")).toBeVisible();
    // axe needs JavaScript: the page's markup is checked in a page that has it.
    const html = await page.content();
    const withJs = await browser.newContext();
    const checked = await withJs.newPage();
    await checked.setContent(html);
    await checkA11y(checked);
    await withJs.close();
    await page.getByRole("link", { name: "Revenir à la page précédente" }).click();
    await expect(page).toHaveURL(new RegExp(`/communes/${CODE}/etat-des-lieux/import`));
    expect(countRows("professional", "workspace_id = (select id from workspace where commune_code = ?)", CODE)).toBe(before);
    await context.close();
  });

  test("malformed action bodies and multipart: 400 with a French page", async ({ as }) => {
    const page = await as("maire");
    const url = `/communes/${CODE}/etat-des-lieux`;
    const history = countRows("history_event", "1 = 1");
    const cases: { name: string; headers: Record<string, string>; data: string }[] = [
      { name: "a script call whose body is not JSON", headers: { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" }, data: "{{{" },
      { name: "a script call whose JSON field is broken", headers: { "next-action": "0".repeat(42), "content-type": "multipart/form-data; boundary=b" }, data: '--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"\r\n--b--\r\n' },
      { name: "multipart that does not parse", headers: { "content-type": "multipart/form-data; boundary=b" }, data: "--b\r\nnot a header\r\n\r\nx" },
    ];
    for (const c of cases) {
      const response = await page.request.post(url, { headers: { ...c.headers, origin: `http://localhost:${PORT}` }, data: c.data });
      expect(response.status(), c.name).toBe(400);
      expect(await response.text(), c.name).toContain("Envoi illisible");
    }
    const big = await page.request.post(url, { headers: { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" }, data: "[" + '"x",'.repeat(TWO_MB / 4) + '"x"]' });
    expect(big.status()).toBe(413);
    expect(await big.text()).toContain("dépasse 1 Mo");
    expect(countRows("history_event", "1 = 1")).toBe(history);
  });
});

test.describe("the frame", () => {
  test("a 404 signed in is drawn once: one header, one main, no duplicate id", async ({ as }) => {
    const page = await as("maire");
    for (const url of ["/nimportequoi", "/communes/99999", `/communes/${CODE}/reunions/999999`, `/communes/${CODE}/nimportequoi`, "/federation/inconnue"]) {
      await expectNotFound(page, url);
      const ids = await page.locator("[id]").evaluateAll((els) => els.map((e) => e.id));
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), `${url}: duplicate ids`).toEqual([]);
    }
    await checkA11y(page);
  });

  test("the favicon is served: no 404 on a first visit", async ({ browser }) => {
    const { context, page } = await freshContext(browser);
    const missing: string[] = [];
    page.on("response", (r) => {
      if (r.status() === 404) missing.push(r.url());
    });
    await page.goto("/");
    await page.waitForLoadState("networkidle");
    const icon = await page.request.get("/favicon.ico");
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toContain("image/");
    expect(missing).toEqual([]);
    await context.close();
  });
});

/** A `next start` of the build in another mode, on its own port and data folder; stopped after the tests. */
function serve(port: number, env: Record<string, string | undefined>) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "boussole-hardening-"));
  const child = spawn("npx", ["next", "start", "-p", String(port)], {
    env: { ...process.env, BOUSSOLE_MODE: undefined, AUTH_SECRET: undefined, BOUSSOLE_PUBLIC_DEMO: undefined, BOUSSOLE_DATA_DIR: dataDir, ...env },
    detached: true,
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  return {
    base: `http://localhost:${port}`,
    output: () => output,
    exited,
    async ready() {
      for (let i = 0; i < 120; i++) {
        try {
          if ((await fetch(`http://localhost:${port}/federations`)).ok) return;
        } catch {
          // not listening yet
        }
        await new Promise((r) => setTimeout(r, 500));
      }
      throw new Error(`server on ${port} did not start:\n${output}`);
    },
    stop() {
      stopGroup(child);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function stopGroup(child: ChildProcess) {
  try {
    process.kill(-child.pid!, "SIGKILL"); // npx spawns the server as a child: the whole group
  } catch {
    // already gone
  }
}

test.describe("a production server", () => {
  let server: ReturnType<typeof serve>;
  test.beforeAll(async () => {
    test.setTimeout(90_000);
    server = serve(PORT + 52, { AUTH_SECRET: crypto.randomBytes(32).toString("base64"), SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`, AUTH_URL: `http://localhost:${PORT + 52}` });
    await server.ready();
  });
  test.afterAll(() => server?.stop());

  test("sends its security headers: CSP with a nonce, HSTS, Permissions-Policy, nosniff, referrer policy", async ({ request }) => {
    const response = await request.get(`${server.base}/`);
    expect(response.status()).toBe(200);
    const h = response.headers();
    const csp = h["content-security-policy"];
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(h["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    expect(h["permissions-policy"]).toContain("camera=()");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("same-origin");
    const nonce = csp.match(/'nonce-([^']+)'/)![1];
    expect(await response.text()).toContain(`nonce="${nonce}"`);
  });

  test("refuses a cross-site sign-in callback, an oversize action; the 404 is drawn once; the favicon is there", async ({ request }) => {
    const callback = `${server.base}/api/auth/callback/email?token=${"a".repeat(64)}&email=x%40y.fr`;
    const attempts: Record<string, string>[] = [{ origin: "https://evil.test", "sec-fetch-site": "cross-site" }, { origin: "https://evil.test" }, {}];
    for (const headers of attempts) {
      const refused = await request.post(callback, { headers, maxRedirects: 0 });
      expect(refused.status(), JSON.stringify(headers)).toBe(403);
      expect(await refused.text()).toContain("Connexion refusée");
    }
    const oversize = await request.post(`${server.base}/connexion`, { headers: { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" }, data: "x".repeat(TWO_MB) });
    expect(oversize.status()).toBe(413);
    expect(await oversize.text()).toContain("Envoi trop volumineux");
    const missing = await request.get(`${server.base}/nimportequoi`);
    expect(missing.status()).toBe(404);
    expect((await missing.text()).match(/<main/g)).toHaveLength(1);
    expect((await request.get(`${server.base}/favicon.ico`)).status()).toBe(200);
  });
});

test.describe("a demo others could reach", () => {
  test("refuses to start at a public address unless declared public", async () => {
    test.setTimeout(90_000);
    const server = serve(PORT + 53, { BOUSSOLE_MODE: "demo", AUTH_URL: "https://demo.boussole.example" });
    const code = await Promise.race([server.exited, new Promise<null>((r) => setTimeout(() => r(null), 60_000))]);
    server.stop();
    expect(code).toBe(1);
    expect(server.output()).toContain("Boussole ne démarre pas");
    expect(server.output()).toContain("BOUSSOLE_PUBLIC_DEMO=1");
  });

  test("declared public, it sends sign-in links to its demo accounts only", async ({ browser }) => {
    test.setTimeout(120_000);
    const port = PORT + 54;
    const server = serve(port, { BOUSSOLE_MODE: "demo", BOUSSOLE_PUBLIC_DEMO: "1", AUTH_URL: `http://localhost:${port}`, SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}` });
    try {
      await server.ready();
      const { context, page } = await freshContext(browser);
      await page.goto(`${server.base}/connexion`);
      const stranger = uniqueEmail("inconnu", "hardening.test");
      await page.getByLabel("Adresse e-mail").fill(stranger);
      await page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
      await expect(page.getByText("Cette démonstration publique ne connecte que ses comptes de démonstration").first()).toBeVisible();
      await expect(page.getByLabel("Adresse e-mail")).toHaveValue(stranger);
      await checkA11y(page);
      // Its mailbox holds nothing for that address.
      await page.goto(`${server.base}/dev/boite-mail?a=${encodeURIComponent(stranger)}`);
      await expect(page.getByText(`Aucun e-mail pour ${stranger}.`)).toBeVisible();
      // A demo account gets its link.
      await page.goto(`${server.base}/connexion`);
      await page.getByLabel("Adresse e-mail").fill("referent@demo.boussole.fr");
      await page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
      await expect(page.getByRole("heading", { name: "Vérifiez votre messagerie" })).toBeVisible();
      await context.close();
    } finally {
      server.stop();
    }
  });
});
