import type { Metadata } from "next";
import { MessagePage } from "@/components/ui/message-page";

export const metadata: Metadata = { title: "Compte supprimé" };

/** Where a person lands once their account is deleted (they are signed out). */
export default function AccountDeletedPage() {
  return (
    <MessagePage title="Votre compte est supprimé">
      <p>Vos rôles et vos connexions ont pris fin ; votre adresse et votre nom sont effacés de Boussole. Ce que vous aviez écrit reste dans les espaces, sous « compte supprimé ».</p>
      <p>Si vous vous connectez de nouveau avec la même adresse, un nouveau compte, vide, sera créé.</p>
    </MessagePage>
  );
}
