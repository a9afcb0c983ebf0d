import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: {
    template: "%s — Boussole",
    default: "Boussole — L'équipe avant les briques",
  },
  description:
    "Boussole accompagne les 100 premiers jours du mandat municipal vers une équipe de santé pluriprofessionnelle, avec la fédération régionale des maisons de santé du mouvement AVECsanté.",
};

export const viewport: Viewport = {
  themeColor: "#1e3a8a",
};

/** The document shell only: header and footer belong to the route groups' layouts, which know the user. */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="fr">
      <body className="flex min-h-screen flex-col bg-slate-50 font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
