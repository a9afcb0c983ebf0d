/**
 * A real SMTP server on loopback for the browser tests: the application sends through it (SMTP_URL),
 * it keeps every message, and lists them as JSON on an HTTP port. Recipients at @refuse.test are
 * rejected, as a mail server would reject an unknown mailbox, to exercise failed deliveries.
 *
 * `POST /mode/down` makes it refuse every connection (421, a relay out of service), `POST /mode/hang` makes it
 * accept connections and never greet (a relay that does not answer), `POST /mode/up` restores it and refuses
 * the connections left hanging, so that no attempt outlives the test that caused it.
 */
import http from "node:http";
import { SMTPServer } from "smtp-server";
import { simpleParser } from "mailparser";

const SMTP_PORT = Number(process.env.SMTP_CAPTURE_PORT ?? 2525);
const HTTP_PORT = Number(process.env.SMTP_CAPTURE_HTTP_PORT ?? 3101);

type Captured = { to: string[]; subject: string; text: string; date: string };
const messages: Captured[] = [];
const MODES = ["up", "down", "hang"] as const;
let mode: (typeof MODES)[number] = "up";
const hanging: ((err?: Error) => void)[] = [];

function outOfService() {
  return Object.assign(new Error("Service de messagerie indisponible"), { responseCode: 421 });
}

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onConnect(_session, callback) {
    if (mode === "down") return callback(outOfService());
    if (mode === "hang") return void hanging.push(callback);
    callback();
  },
  onRcptTo(address, _session, callback) {
    if (address.address.toLowerCase().endsWith("@refuse.test")) {
      const err = new Error("550 Boîte aux lettres inconnue") as Error & { responseCode: number };
      err.responseCode = 550;
      return callback(err);
    }
    callback();
  },
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        messages.push({
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          subject: mail.subject ?? "",
          text: mail.text ?? "",
          date: new Date().toISOString(),
        });
        callback();
      })
      .catch(callback);
  },
});
smtp.listen(SMTP_PORT, "127.0.0.1");

http
  .createServer((req, res) => {
    res.setHeader("content-type", "application/json; charset=utf-8");
    const asked = req.method === "POST" ? MODES.find((m) => req.url === `/mode/${m}`) : undefined;
    if (asked) {
      mode = asked;
      for (const release of hanging.splice(0)) release(outOfService());
      return res.end(JSON.stringify({ mode }));
    }
    res.end(JSON.stringify(req.url?.startsWith("/messages") ? messages : { ok: true }));
  })
  .listen(HTTP_PORT, "127.0.0.1", () => console.log(`SMTP capture on 127.0.0.1:${SMTP_PORT}, HTTP on ${HTTP_PORT}`));
