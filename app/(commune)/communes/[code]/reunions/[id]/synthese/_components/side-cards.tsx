import { Card } from "@/components/ui/card";
import type { Attendance, Reader } from "@/db/syntheses";
import { attendanceSentence } from "@/lib/synthesis/readers";
import { ResendReadingLink } from "./resend-reading-link";

/** Who came: the team by name, the professionals by profession. */
export function AttendanceCard({ attendance }: { attendance: Attendance }) {
  return (
    <Card title="Présences" headingLevel={2}>
      <p className="text-slate-900">
        {attendance.present} présent·e{attendance.present > 1 ? "s" : ""} sur {attendance.invited} professionnel·le{attendance.invited > 1 ? "s" : ""} invité·e{attendance.invited > 1 ? "s" : ""}.
      </p>
      {attendance.professions.length > 0 && (
        <ul className="mt-2 space-y-1 text-slate-900">
          {attendance.professions.map((p) => (
            <li key={p.label}>
              {p.label} : {p.count}
            </li>
          ))}
        </ul>
      )}
      <p className="sr-only">{attendanceSentence(attendance.professions)}</p>
      {attendance.team.length > 0 && (
        <>
          <h3 className="mt-4 font-semibold text-slate-900">Équipe</h3>
          <ul className="mt-1 space-y-1 text-sm text-slate-900">
            {attendance.team.map((t) => (
              <li key={t.name}>
                {t.name} ({t.roles.join(", ")}) — {t.attended === true ? "présent·e" : t.attended === false ? "absent·e" : "non noté·e"}
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}

const DELIVERY: Record<"pending" | "sent" | "failed", string> = { pending: "envoi en cours", sent: "lien remis", failed: "e-mail non remis — renvoyez un lien" };

/** Who receives the synthesis (answered yes or came), and how their reading link's e-mail went. */
export function ReadersCard({ readers, published, code, meetingId, canResend }: { readers: Reader[]; published: boolean; code: string; meetingId: number; canResend: boolean }) {
  return (
    <Card title="Qui la reçoit" headingLevel={2}>
      <p className="text-sm text-slate-800">Les invité·es qui ont répondu oui ou sont venu·es reçoivent un lien de lecture personnel, sans compte ; les membres de l&apos;espace la lisent ici.</p>
      {readers.length === 0 ? (
        <p className="mt-2 text-slate-900">Aucun·e invité·e n&apos;a répondu oui ni n&apos;est venu·e.</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {readers.map((r) => (
            <li key={r.inviteeId} className="text-sm text-slate-900">
              <span className="font-semibold">{r.name}</span>
              {published && <span className={r.delivery === "failed" ? "font-semibold text-red-700" : "text-slate-700"}> — {r.delivery ? DELIVERY[r.delivery] : "pas encore de lien"}</span>}
              {published && canResend && <ResendReadingLink code={code} meetingId={meetingId} inviteeId={r.inviteeId} name={r.name} />}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
