import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";

/**
 * Run-time configuration, read from the environment.
 * Production is the default: it requires a strong AUTH_SECRET and an SMTP_URL, and the server refuses to
 * start without them (instrumentation.ts). Demo mode is chosen explicitly (BOUSSOLE_MODE=demo, as
 * `npm run app` and the browser tests do): demo data, development mailbox, "sign in as…", a generated secret.
 */
export type Mode = "demo" | "production";

export function mode(): Mode {
  return process.env.BOUSSOLE_MODE === "demo" ? "demo" : "production";
}

export const isDemo = () => mode() === "demo";

/**
 * A demo reachable by others (BOUSSOLE_PUBLIC_DEMO=1, required for a demo whose AUTH_URL is not localhost):
 * it signs in only the demo accounts, and its mailbox shows only their mails.
 */
export const isPublicDemo = () => isDemo() && process.env.BOUSSOLE_PUBLIC_DEMO === "1";

export function dataDir(): string {
  return process.env.BOUSSOLE_DATA_DIR ? path.resolve(/*turbopackIgnore: true*/ process.env.BOUSSOLE_DATA_DIR) : path.join(process.cwd(), "data");
}

export function databasePath(): string {
  return process.env.DATABASE_PATH ? path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH) : path.join(dataDir(), "boussole.sqlite");
}

export class ConfigurationError extends Error {}

/** The auth secret: from AUTH_SECRET, or in demo mode generated once and kept in the data folder. */
export function authSecret(): string {
  if (mode() === "production") {
    const problem = authSecretProblem(process.env.AUTH_SECRET);
    if (problem) throw new ConfigurationError(problem);
    return process.env.AUTH_SECRET!;
  }
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(dataDir(), "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(dataDir(), { recursive: true, mode: 0o700 });
    const secret = crypto.randomBytes(32).toString("base64url");
    try {
      fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
      return secret;
    } catch {
      // Another process wrote it first: use theirs.
      return fs.readFileSync(file, "utf8").trim();
    }
  }
}

/** SMTP connection URL (smtp://user:pass@host:port or smtps://…); required in production. */
export function smtpUrl(): string | undefined {
  const url = process.env.SMTP_URL;
  if (mode() === "production") {
    const problem = smtpUrlProblem(url);
    if (problem) throw new ConfigurationError(problem);
  }
  return url || undefined;
}

export function mailFrom(): string {
  return process.env.MAIL_FROM ?? "Boussole <ne-pas-repondre@boussole.localhost>";
}

/** The public address of the application, used in e-mailed links. */
export function appUrl(): string {
  return (process.env.AUTH_URL ?? process.env.APP_URL ?? "http://localhost:3000").replace(/\/+$/, "").replace(/\/api\/auth$/, "");
}

const MIN_SECRET_BYTES = 32;

/** Why AUTH_SECRET cannot sign production sessions, in French; null when it can. */
export function authSecretProblem(secret: string | undefined): string | null {
  if (!secret) return "AUTH_SECRET manque : donnez 32 octets aléatoires ou plus (par exemple `openssl rand -base64 32`).";
  if (Buffer.byteLength(secret) < MIN_SECRET_BYTES) {
    return `AUTH_SECRET est trop court (${Buffer.byteLength(secret)} octets) : il en faut ${MIN_SECRET_BYTES} ou plus, aléatoires (\`openssl rand -base64 32\`).`;
  }
  if (new Set(secret).size < 8) return "AUTH_SECRET n'est pas aléatoire (trop peu de caractères différents) : générez-le avec `openssl rand -base64 32`.";
  return null;
}

/** Why SMTP_URL cannot send production mail, in French; null when it can. */
export function smtpUrlProblem(url: string | undefined): string | null {
  if (!url) return "SMTP_URL manque : indiquez le serveur d'envoi, par exemple smtps://utilisateur:motdepasse@smtp.exemple.fr:465.";
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "SMTP_URL n'est pas une adresse valide : attendu smtp://… ou smtps://utilisateur:motdepasse@hôte:port.";
  }
  if (parsed.protocol !== "smtp:" && parsed.protocol !== "smtps:") return `SMTP_URL doit commencer par smtp:// ou smtps:// (reçu « ${parsed.protocol} »).`;
  if (!parsed.hostname) return "SMTP_URL ne nomme aucun serveur.";
  return null;
}

/** Everything that stops production from starting, in French (empty in demo mode or when all is set). */
export function productionProblems(env: Record<string, string | undefined> = process.env): string[] {
  if (env.BOUSSOLE_MODE === "demo") return [];
  return [authSecretProblem(env.AUTH_SECRET), smtpUrlProblem(env.SMTP_URL)].filter((p): p is string => p !== null);
}

/** The Boussole team's address (BOUSSOLE_OPERATOR_EMAIL): it receives every claim on a commune's maire role. */
export function operatorEmail(): string | undefined {
  return process.env.BOUSSOLE_OPERATOR_EMAIL?.trim() || undefined;
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Why the demo cannot start, in French: its mailbox shows every sign-in link and anyone may sign in as its
 * accounts, so served at an address others can reach (AUTH_URL or APP_URL not on localhost) it must be
 * declared public (BOUSSOLE_PUBLIC_DEMO=1), which then signs in only the demo accounts.
 */
export function demoProblems(env: Record<string, string | undefined> = process.env): string[] {
  if (env.BOUSSOLE_MODE !== "demo" || env.BOUSSOLE_PUBLIC_DEMO === "1") return [];
  const address = env.AUTH_URL ?? env.APP_URL;
  if (!address) return [];
  let host: string;
  try {
    host = new URL(address).hostname;
  } catch {
    return [`AUTH_URL n'est pas une adresse valide (« ${address} »).`];
  }
  if (LOCAL_HOSTS.has(host) || host.endsWith(".localhost")) return [];
  return [
    `La démonstration est servie à l'adresse ${address}, que d'autres peuvent joindre : sa boîte de développement montre tous les liens de connexion. ` +
      "Lancez-la sur localhost, ou déclarez une démonstration publique avec BOUSSOLE_PUBLIC_DEMO=1 (elle ne connecte alors que ses comptes de démonstration).",
  ];
}

/** Everything that stops the server from starting, whatever the mode. */
export function startupProblems(env: Record<string, string | undefined> = process.env): string[] {
  return [...productionProblems(env), ...demoProblems(env)];
}
