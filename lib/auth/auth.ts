import crypto from "node:crypto";
import NextAuth from "next-auth";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { getDb } from "@/db/client";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { appUrl, authSecret, isPublicDemo } from "@/lib/config";
import { isDemoAccount } from "@/lib/demo";
import { sendMail, waitForDelivery } from "@/lib/mail/send";
import { signInLinkUsed } from "@/db/trust";
import { authRedirect } from "@/lib/urls";
import { withHashedSessions } from "./adapter";
import { SESSION_IDLE_DAYS, SESSION_UPDATE_SECONDS, SIGN_IN_LINK_MINUTES } from "./constants";

/** The longest a sign-in waits for its link to leave (the worker's SMTP timeouts are 10 s too). */
const SIGN_IN_MAIL_WAIT_MS = 10_000;

/**
 * Auth.js: sign-in by e-mail link, database sessions.
 * The e-mailed link opens /connexion/confirmer, which shows a button: opening the link changes nothing
 * (mail scanners open links), only the button's POST to Auth.js's callback uses the single-use token.
 */
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  // Lazy: the database and the secret are opened on the first request, not when `next build` imports this.
  adapter: withHashedSessions(
    DrizzleAdapter(getDb(), { usersTable: users, accountsTable: accounts, sessionsTable: sessions, verificationTokensTable: verificationTokens }),
    getDb(),
  ),
  secret: authSecret(),
  trustHost: true,
  // 7 days idle (the end moves forward at most once an hour of use); 30 days absolute (db/sessions.ts).
  session: {
    strategy: "database",
    maxAge: SESSION_IDLE_DAYS * 24 * 60 * 60,
    updateAge: SESSION_UPDATE_SECONDS,
    generateSessionToken: () => crypto.randomBytes(32).toString("base64url"), // 256 bits
  },
  pages: {
    signIn: "/connexion",
    verifyRequest: "/connexion/verifier",
    error: "/connexion/erreur",
  },
  providers: [
    {
      id: "email",
      type: "email",
      name: "E-mail",
      from: "",
      maxAge: SIGN_IN_LINK_MINUTES * 60,
      options: {},
      async sendVerificationRequest({ identifier, url }) {
        const callback = new URL(url);
        const confirm = new URL("/connexion/confirmer", appUrl());
        for (const [k, v] of callback.searchParams) confirm.searchParams.set(k, v);
        // Tried once, and waited for (≤ 10 s): the page must say plainly when the link could not be sent.
        const queued = sendMail(
          identifier,
          {
            subject: "Votre lien de connexion à Boussole",
            intro: `Vous avez demandé à vous connecter à Boussole avec l'adresse ${identifier}.`,
            paragraphs: ["Ce lien vous connecte sans mot de passe. Il ne fonctionne qu'une fois."],
            action: { label: "Me connecter à Boussole", url: confirm.toString() },
            note: `Ce lien expire dans ${SIGN_IN_LINK_MINUTES} minutes. Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : personne ne pourra se connecter sans lui.`,
          },
          { sensitive: true, maxAttempts: 1 },
        );
        const outcome = await waitForDelivery(queued.mailId, SIGN_IN_MAIL_WAIT_MS);
        if (!outcome.delivered) throw new Error(`Lien de connexion non remis : ${outcome.error}`);
      },
    },
  ],
  events: {
    // A link its owner used gives its point back (see db/trust/limits.ts).
    async signIn({ user, account }) {
      if (account?.provider === "email" && user.email) await signInLinkUsed({ db: getDb(), now: new Date() }, { email: user.email });
    },
  },
  callbacks: {
    // A public demo signs in only its demo accounts: asked for a link (the sign-in form says so first) or
    // coming back with one, any other address is refused (AccessDenied).
    signIn({ user }) {
      return !isPublicDemo() || isDemoAccount(user.email);
    },
    // Every callbackUrl (query, form field, cookie) goes through the same check as `retour`.
    redirect({ url, baseUrl }) {
      return authRedirect(url, baseUrl);
    },
    session({ session, user }) {
      session.user.id = user.id;
      return session;
    },
  },
}));
