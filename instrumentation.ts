/** Runs once when the server starts: production refuses to start without its secret and its mail server. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { authSecret, smtpUrl, mode } = await import("@/lib/config");
  if (mode() === "production") {
    authSecret();
    smtpUrl();
  }
}
