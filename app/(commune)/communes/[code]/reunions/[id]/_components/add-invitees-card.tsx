import { Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/field";
import { PICKER_SEARCH_MAX, PICKER_SIZE, type InvitablePage, type Meeting } from "@/db/meetings";
import { canEdit, invitationsOut } from "@/lib/meetings/phase";
import { InventoryInviteesForm, PastedInviteesForm, TypedInviteeForm } from "../../_components/invitee-forms";

const count = (n: number) => `${n} professionnel·le${n > 1 ? "s" : ""}`;

/** What the picker shows, in words: how many match, and whether the search should be narrowed. */
function pickerSummary(picker: InvitablePage, search: string): string {
  const matching = search ? ` correspond${picker.total > 1 ? "ent" : ""} à « ${search} »` : "";
  if (picker.total === 0) return search ? `Aucun·e professionnel·le à inviter ne correspond à « ${search} ».` : "";
  if (picker.total <= picker.matches.length) return `${count(picker.total)} à inviter${matching}.`;
  return `${count(picker.total)} à inviter${matching} : les ${PICKER_SIZE} premier·es sont affiché·es. Précisez la recherche pour trouver les autres.`;
}

/**
 * Adding invitees until the meeting starts: from the inventory (found by a GET search, at most `PICKER_SIZE`
 * lines: the page never lists the whole inventory), typed, or pasted.
 */
export function AddInviteesCard({ meeting, code, now, picker, search }: { meeting: Meeting; code: string; now: Date; picker: InvitablePage; search: string }) {
  if (!canEdit(meeting, now)) return null;
  const sent = invitationsOut(meeting);
  const meetingPath = `/communes/${code}/reunions/${meeting.id}`;
  const nobody = picker.total === 0 && !search;
  const summary = pickerSummary(picker, search);
  return (
    <Card title={sent ? "Inviter d'autres personnes" : "Ajouter des invité·es"} headingLevel={2}>
      <p className="mb-5 text-slate-700">
        {sent ? "Les personnes ajoutées maintenant reçoivent leur invitation tout de suite." : "Elles ne sont prévenues qu'à l'envoi des invitations."} Une même adresse n&apos;est invitée qu&apos;une fois.
      </p>
      <div className="space-y-8">
        <section aria-labelledby="depuis-inventaire" className="space-y-4">
          <h3 id="depuis-inventaire" className="text-lg font-bold">
            Depuis l&apos;état des lieux
          </h3>
          {nobody ? (
            <p className="text-slate-700">Aucun·e professionnel·le de l&apos;état des lieux avec une adresse e-mail n&apos;est à inviter.</p>
          ) : (
            <>
              {/* A GET form: the search is in the address (the back button works) and needs no JavaScript. */}
              <form method="get" action={`${meetingPath}#depuis-inventaire`} role="search" aria-label="Chercher dans l'état des lieux" className="flex flex-wrap items-end gap-3">
                <div className="min-w-0 grow space-y-1 sm:max-w-md">
                  <label htmlFor="chercher-professionnel" className="block font-semibold text-slate-900">
                    Nom, profession ou adresse e-mail
                  </label>
                  <TextInput id="chercher-professionnel" name="chercher" type="search" defaultValue={search} maxLength={PICKER_SEARCH_MAX} autoComplete="off" className="w-full" />
                </div>
                <Button type="submit" variant="secondary">
                  Chercher
                </Button>
                {search && (
                  <a href={`${meetingPath}#depuis-inventaire`} className="py-2 text-blue-900 underline hover:no-underline">
                    Effacer la recherche
                  </a>
                )}
              </form>
              <p role="status" className="text-slate-800" data-testid="picker-summary">
                {summary}
              </p>
              {picker.matches.length > 0 && <InventoryInviteesForm code={code} meetingId={meeting.id} sent={sent} professionals={picker.matches} />}
            </>
          )}
        </section>
        <section aria-labelledby="saisir-invite">
          <h3 id="saisir-invite" className="mb-3 text-lg font-bold">
            Saisir une personne
          </h3>
          <TypedInviteeForm code={code} meetingId={meeting.id} sent={sent} />
        </section>
        <section aria-labelledby="coller-adresses">
          <h3 id="coller-adresses" className="mb-3 text-lg font-bold">
            Coller plusieurs adresses
          </h3>
          <PastedInviteesForm code={code} meetingId={meeting.id} sent={sent} />
        </section>
      </div>
    </Card>
  );
}
