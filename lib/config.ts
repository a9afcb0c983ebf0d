import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";

/**
 * Run-time configuration, read from the environment.
 * Demo mode is the default: demo data, development mailbox, "sign in as…", a generated auth secret.
 * Production mode is chosen explicitly (BOUSSOLE_MODE=production) and then requires AUTH_SECRET and SMTP_URL.
 */
export type Mode = "demo" | "production";

export function mode(): Mode {
  return process.env.BOUSSOLE_MODE === "production" ? "production" : "demo";
}

export const isDemo = () => mode() === "demo";

export function dataDir(): string {
  return process.env.BOUSSOLE_DATA_DIR ? path.resolve(/*turbopackIgnore: true*/ process.env.BOUSSOLE_DATA_DIR) : path.join(process.cwd(), "data");
}

export function databasePath(): string {
  return process.env.DATABASE_PATH ? path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH) : path.join(dataDir(), "boussole.sqlite");
}

export class ConfigurationError extends Error {}

/** The auth secret: from AUTH_SECRET, or in demo mode generated once and kept in the data folder. */
export function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (mode() === "production") {
    throw new ConfigurationError("BOUSSOLE_MODE=production exige AUTH_SECRET (32 octets aléatoires ou plus).");
  }
  const file = path.join(dataDir(), "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(dataDir(), { recursive: true });
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
  if (!url && mode() === "production") {
    throw new ConfigurationError("BOUSSOLE_MODE=production exige SMTP_URL (ex. smtps://utilisateur:motdepasse@smtp.exemple.fr:465).");
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
