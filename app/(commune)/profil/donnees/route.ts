import { accountData } from "@/db/account";
import { requireAccount } from "@/lib/auth/guards";

/** « Télécharger mes données » : a GET that writes nothing; the file is what the database holds about the person. */
export async function GET() {
  const { data } = await requireAccount("profile.edit", "/profil");
  const exported = accountData(data);
  const day = data.now.toISOString().slice(0, 10);
  return new Response(JSON.stringify(exported, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="boussole-mes-donnees-${day}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
