import { requireCommuneRole } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { isVerified } from "@/lib/trust/verification";
import { UnverifiedBanner } from "@/components/trust/unverified-banner";
import { CommuneNav } from "./_components/commune-nav";

/** Every page below checks the role itself too; the layout only frames them. */
export default async function CommuneLayout({ children, params }: { children: React.ReactNode; params: Promise<{ code: string }> }) {
  const { code } = await params;
  const { commune, roles, workspace } = await requireCommuneRole(code, "workspace.view");
  const sections = {
    checklist: can(roles, "checklist.view"),
    meetings: can(roles, "meeting.prepare"),
    nextSteps: can(roles, "nextStep.view"),
    roles: can(roles, "responsibilities.view"),
    federation: can(roles, "federationRequest.view"),
    referent: can(roles, "referent.view"),
    history: can(roles, "workspace.history"),
  };
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <p className="text-sm font-semibold uppercase tracking-wide text-teal-800">Espace de la commune</p>
      <p className="text-2xl font-bold text-slate-900">{commune.name}</p>
      <CommuneNav code={commune.code} sections={sections} />
      {!isVerified(workspace) && <UnverifiedBanner communeName={commune.name} />}
      <div className="mt-6">{children}</div>
    </div>
  );
}
