import "server-only";
import crypto from "node:crypto";
import { cookies } from "next/headers";
import { db } from "@/db/client";
import { openSession } from "@/db/sessions";
import { appUrl, isPublicDemo } from "@/lib/config";
import { PUBLIC_DEMO_REFUSAL, isDemoAccount } from "@/lib/demo";
import { findUser } from "@/db/users";
import { SESSION_IDLE_DAYS } from "./constants";

/** Auth.js's session cookie name: prefixed with __Secure- when the site is served over HTTPS. */
export function sessionCookieName() {
  return appUrl().startsWith("https://") ? "__Secure-authjs.session-token" : "authjs.session-token";
}

/**
 * Opens an Auth.js database session for a user, exactly as the e-mail callback does.
 * Used when an invitation link (itself a single-use, expiring proof of the address) is accepted,
 * and by the demo's "sign in as…".
 */
export async function startSession(userId: string) {
  // A public demo signs in only its demo accounts (the callers check first and say so in French).
  if (isPublicDemo() && !isDemoAccount(findUser({ db, now: new Date() }, { id: userId })?.email)) throw new Error(PUBLIC_DEMO_REFUSAL);
  const sessionToken = crypto.randomBytes(32).toString("base64url");
  const now = new Date();
  // Stored hashed, with its opening instant (db/sessions.ts); the cookie carries the token itself.
  const { expires } = openSession({ db, now }, { userId, sessionToken, expires: new Date(now.getTime() + SESSION_IDLE_DAYS * 24 * 60 * 60 * 1000) });
  const jar = await cookies();
  jar.set(sessionCookieName(), sessionToken, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: appUrl().startsWith("https://"),
    expires,
  });
}
