import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { NAME_STEP_PATH, requireAccount } from "@/lib/auth/guards";
import { firstParam } from "@/lib/lookup";
import { safeReturnPath } from "@/lib/urls";
import { NameForm } from "../_components/name-form";

export const metadata: Metadata = { title: "Prénom et nom" };

/** First sign-in: the person gives their name once, then goes on where they were going (`retour`). */
export default async function NameStepPage({ searchParams }: { searchParams: Promise<{ retour?: string | string[] }> }) {
  const retour = safeReturnPath(firstParam((await searchParams).retour));
  const { user } = await requireAccount("profile.edit", `${NAME_STEP_PATH}?${new URLSearchParams({ retour })}`, { nameless: true });
  if (user.name?.trim()) redirect(retour);
  return (
    <div className="mx-auto max-w-xl px-4 py-10">
      <PageHeader title="Prénom et nom" description="Bienvenue sur Boussole. Avant de continuer, dites-nous comment vous présenter aux autres : les membres de vos espaces, les fédérations et les personnes que vous inviterez verront ce nom." />
      <div className="mt-8">
        <Card title="Votre nom">
          <NameForm name="" retour={retour} />
        </Card>
      </div>
    </div>
  );
}
