import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { CompassIcon } from "@/components/compass-icon";
import { checklistByPhase } from "@/lib/checklist/items";

// Content paraphrased from the AVECsanté "Kit des 100 premiers jours" for mayors (seeds/).

const COMPASS = [
  { subject: "Le médecin", verdict: "est essentiel, mais ne suffit pas.", detail: "Chercher un médecin seul ne répond pas à l'ensemble des besoins de santé des habitants." },
  { subject: "Le bâtiment", verdict: "peut aider, mais ne structure rien.", detail: "Des murs sans équipe ne règlent pas l'accès aux soins et peuvent coûter cher à la commune." },
  { subject: "L'équipe pluriprofessionnelle", verdict: "est déterminante.", detail: "Des professionnels qui s'organisent ensemble améliorent durablement l'accès, la continuité et la qualité des soins." },
];

const MSP_IS = [
  "Une organisation des soins portée par des professionnels de santé de terrain, qui choisissent de travailler ensemble au service des habitants.",
  "Une équipe pluriprofessionnelle : médecins, infirmier·ères, kinésithérapeutes, pharmacien·nes, sages-femmes…",
  "Un projet qui avance par étapes, souvent sur plusieurs années.",
  "Une démarche qui se construit avec le terrain.",
];

const MSP_IS_NOT = [
  "Un bâtiment : les murs viennent après l'équipe, et seulement si besoin.",
  "Un projet décrété par la mairie ou « clé en main ».",
  "Le recrutement d'un médecin isolé.",
  "Une solution immédiate à la pénurie de soignants.",
];

const STEPS = [
  { title: "Réunir l'équipe", text: "Rassembler des professionnels de santé qui souhaitent travailler ensemble sur la commune, et identifier les besoins du territoire." },
  { title: "Écrire le projet de santé", text: "L'équipe rédige son projet de santé ; sa validation par l'Agence régionale de santé (ARS) vaut reconnaissance comme MSP." },
  { title: "Penser l'immobilier, si besoin", text: "Le projet immobilier ne se réfléchit et ne se réalise qu'ensuite, quand l'équipe en a besoin." },
];

const MISTAKES = [
  "Lancer un projet immobilier sans équipe pluriprofessionnelle de santé.",
  "Ne chercher que des médecins, en oubliant les autres professionnels de santé.",
  "Agir sans diagnostic préalable.",
  "Compter sur l'intercommunalité ou l'État pour régler seuls la question.",
  "S'engager seul, sans l'accompagnement de la fédération régionale.",
];

const BOUSSOLE_STEPS = [
  { title: "Inviter la fédération", text: "Le maire ouvre l'espace de sa commune et sollicite la fédération de sa région, qui désigne un ou deux facilitateurs." },
  { title: "Désigner le référent santé", text: "Un élu, un agent ou un binôme, invité par e-mail, fait vivre la démarche au quotidien." },
  { title: "Faire l'état des lieux", text: "Professionnels présents, départs prévus, besoins des habitants, opportunités : un inventaire partagé et tenu à plusieurs." },
  { title: "Préparer la première réunion", text: "Ordre du jour du kit, invitations personnelles, réponses des professionnels sans création de mot de passe." },
  { title: "Publier la synthèse", text: "Ce qui a été dit, les envies de coopérer, les freins et les premières pistes, transmis aux participants." },
  { title: "Suivre les prochaines étapes", text: "La check-list des 100 jours et les actions de chacun sur un même tableau de bord." },
];

function CheckIcon({ className }: { className?: string }) {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" className={className}>
      <path d="M3 8.5 6.5 12 13 4.5" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

function CrossIcon({ className }: { className?: string }) {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" className={className}>
      <path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
    </svg>
  );
}

function SectionIntro({ id, eyebrow, title, children }: { id: string; eyebrow?: string; title: string; children?: React.ReactNode }) {
  return (
    <div className="max-w-3xl">
      {eyebrow && <p className="text-sm font-semibold uppercase tracking-wider text-teal-800">{eyebrow}</p>}
      <h2 id={id} className="mt-1 text-2xl font-bold tracking-tight text-blue-900 sm:text-3xl">
        {title}
      </h2>
      {children && <div className="mt-3 text-lg text-slate-700">{children}</div>}
    </div>
  );
}

export default function HomePage() {
  return (
    <>
      <section aria-labelledby="titre-accueil" className="surface-dark relative overflow-hidden bg-blue-900 text-white">
        <CompassIcon hub="#1e3a8a" className="pointer-events-none absolute -right-20 -top-10 hidden h-[28rem] w-[28rem] text-blue-800 opacity-70 md:block" />
        <div className="relative mx-auto max-w-5xl px-4 py-16 sm:py-24">
          <p className="text-sm font-semibold uppercase tracking-wider text-teal-200">Les 100 premiers jours du mandat</p>
          <h1 id="titre-accueil" className="mt-3 max-w-3xl text-4xl font-bold tracking-tight sm:text-5xl">
            L&apos;équipe avant les briques
          </h1>
          <p className="mt-5 max-w-2xl text-lg text-blue-50 sm:text-xl">
            Boussole réunit la commune et la fédération régionale des maisons de santé pour faire naître, dès le début du
            mandat, une équipe de santé pluriprofessionnelle : état des lieux, première réunion, synthèse et suivi, au même
            endroit.
          </p>
          <div className="mt-8 flex flex-col gap-3 sm:flex-row sm:flex-wrap">
            <Link
              href="/connexion"
              className="inline-flex items-center justify-center rounded-md border border-white bg-white px-5 py-3 text-base font-semibold text-blue-900 no-underline hover:bg-blue-50"
            >
              Ouvrir l&apos;espace de ma commune
            </Link>
            <Link
              href="/federations"
              className="inline-flex items-center justify-center rounded-md border border-white px-5 py-3 text-base font-semibold text-white no-underline hover:bg-blue-800"
            >
              Trouver ma fédération régionale
            </Link>
          </div>
          <blockquote className="mt-12 max-w-2xl border-l-4 border-teal-300 pl-4 text-blue-50">
            <p className="text-lg italic">
              « Les 100 premiers jours ne sont pas ceux de la solution immédiate, mais ceux de la méthode. »
            </p>
            <footer className="mt-1 text-sm text-blue-100">— Kit des 100 premiers jours, AVECsanté</footer>
          </blockquote>
        </div>
      </section>

      <section aria-labelledby="boussole" className="mx-auto max-w-5xl px-4 py-16">
        <SectionIntro id="boussole" eyebrow="Le cap" title="La boussole du maire">
          <p>
            Face aux départs annoncés et aux habitants sans médecin, la tentation est d&apos;agir vite. Trois repères aident
            à agir juste.
          </p>
        </SectionIntro>
        <ol className="mt-8 grid gap-4 md:grid-cols-3">
          {COMPASS.map((c, i) => {
            const key = i === COMPASS.length - 1;
            return (
              <li
                key={c.subject}
                className={`rounded-lg border p-6 ${key ? "border-teal-700 bg-teal-50 ring-1 ring-teal-700" : "border-slate-200 bg-white"}`}
              >
                <h3 className="text-lg font-bold text-slate-900">
                  {c.subject} <span className={key ? "text-teal-800" : "text-blue-900"}>{c.verdict}</span>
                </h3>
                <p className="mt-2 text-slate-700">{c.detail}</p>
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="msp" className="border-y border-slate-200 bg-white">
        <div className="mx-auto max-w-5xl px-4 py-16">
          <SectionIntro id="msp" eyebrow="Comprendre" title="Ce qu'est une MSP… et ce qu'elle n'est pas">
            <p>
              Une maison de santé pluriprofessionnelle (MSP) ne se décrète pas : pour les élus, notamment en milieu rural,
              c&apos;est un changement de regard.
            </p>
          </SectionIntro>
          <div className="mt-8 grid gap-6 md:grid-cols-2">
            <div className="rounded-lg border border-teal-700 bg-teal-50 p-6">
              <h3 className="flex items-center gap-2 text-lg font-bold text-teal-900">
                <CheckIcon className="h-7 w-7 shrink-0 rounded-full bg-teal-800 p-1.5 text-white" />
                Une MSP, c&apos;est
              </h3>
              <ul className="mt-4 space-y-3 text-slate-800">
                {MSP_IS.map((t) => (
                  <li key={t} className="flex gap-3">
                    <span aria-hidden="true" className="mt-2.5 h-1.5 w-1.5 shrink-0 rounded-full bg-teal-800" />
                    <span>{t}</span>
                  </li>
                ))}
              </ul>
            </div>
            <div className="rounded-lg border border-slate-300 bg-slate-50 p-6">
              <h3 className="flex items-center gap-2 text-lg font-bold text-slate-900">
                <CrossIcon className="h-7 w-7 shrink-0 rounded-full bg-slate-700 p-2 text-white" />
                Ce n&apos;est pas
              </h3>
              <ul className="mt-4 space-y-3 text-slate-800">
                {MSP_IS_NOT.map((t) => (
                  <li key={t} className="flex gap-3">
                    <span aria-hidden="true" className="mt-2.5 h-1.5 w-1.5 shrink-0 rounded-full bg-slate-600" />
                    <span>{t}</span>
                  </li>
                ))}
              </ul>
            </div>
          </div>
          <div className="mt-6 grid gap-4 md:grid-cols-2">
            <p className="rounded-md border-l-4 border-red-700 bg-red-50 p-4 text-red-950">
              Construire des murs sans équipe, c&apos;est prendre un <strong>risque politique et financier</strong>.
            </p>
            <p className="rounded-md border-l-4 border-teal-700 bg-teal-50 p-4 text-teal-950">
              Soutenir une équipe, même sans bâtiment, c&apos;est <strong>investir utilement</strong>.
            </p>
          </div>

          <h3 className="mt-14 text-xl font-bold text-blue-900">Les trois grandes étapes de la création d&apos;une MSP</h3>
          <ol className="mt-6 grid gap-4 md:grid-cols-3">
            {STEPS.map((s, i) => (
              <li key={s.title} className="relative rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
                <span aria-hidden="true" className="flex h-10 w-10 items-center justify-center rounded-full bg-blue-900 text-lg font-bold text-white">
                  {i + 1}
                </span>
                <h4 className="mt-4 text-lg font-bold text-slate-900">
                  <span className="sr-only">Étape {i + 1} : </span>
                  {s.title}
                </h4>
                <p className="mt-2 text-slate-700">{s.text}</p>
              </li>
            ))}
          </ol>
          <p className="mt-4 text-slate-700">
            À chaque étape, la fédération régionale accompagne les professionnels de santé, du premier échange jusqu&apos;à
            la reconnaissance.
          </p>
        </div>
      </section>

      <section aria-labelledby="cent-jours" className="mx-auto max-w-5xl px-4 py-16">
        <SectionIntro id="cent-jours" eyebrow="La check-list du kit" title="Vos 100 premiers jours">
          <p>
            Ces trois mois ne servent pas à apporter une solution immédiate, mais à poser les bases d&apos;un projet de santé
            solide, partenarial et adapté au territoire.
          </p>
        </SectionIntro>
        <ol className="mt-8 grid gap-6 lg:grid-cols-3">
          {checklistByPhase().map((p) => (
            <li key={p.code} className="flex flex-col rounded-lg border border-slate-200 bg-white shadow-sm">
              <div className="rounded-t-lg border-b border-slate-200 bg-blue-50 px-6 py-4">
                <p className="text-sm font-bold uppercase tracking-wider text-blue-900">{p.label}</p>
                <h3 className="mt-1 text-lg font-bold text-slate-900">{p.title}</h3>
              </div>
              <ul className="space-y-3 px-6 py-5 text-slate-800">
                {p.items.map((item) => (
                  <li key={item.code} className="flex gap-3">
                    <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-1 h-4 w-4 shrink-0 text-teal-700" focusable="false">
                      <rect x="1.5" y="1.5" width="17" height="17" rx="3" fill="none" stroke="currentColor" strokeWidth="2" />
                    </svg>
                    <span>{item.title}</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="erreurs" className="border-y border-slate-200 bg-white">
        <div className="mx-auto grid max-w-5xl gap-8 px-4 py-16 md:grid-cols-[1fr_1.4fr]">
          <SectionIntro id="erreurs" eyebrow="Vigilance" title="Les erreurs fréquentes à éviter">
            <p>Elles coûtent du temps, de l&apos;argent et de la crédibilité.</p>
          </SectionIntro>
          <ul className="space-y-3">
            {MISTAKES.map((m) => (
              <li key={m} className="flex gap-3 rounded-md border border-slate-200 bg-slate-50 p-4 text-slate-800">
                <CrossIcon className="h-6 w-6 shrink-0 rounded-full bg-red-700 p-1.5 text-white" />
                <span>{m}</span>
              </li>
            ))}
          </ul>
        </div>
      </section>

      <section aria-labelledby="accompagnement" className="mx-auto max-w-5xl px-4 pt-16 pb-4">
        <SectionIntro id="accompagnement" eyebrow="Boussole" title="Comment Boussole vous accompagne">
          <p>
            Un espace partagé par la commune, le référent santé, les professionnels et la fédération régionale, pour suivre
            le bon enchaînement : se faire accompagner, faire l&apos;état des lieux, réunir les acteurs, avancer par étapes.
          </p>
        </SectionIntro>
        <ol className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {BOUSSOLE_STEPS.map((s, i) => (
            <li key={s.title} className="rounded-lg border border-slate-200 bg-white p-5">
              <p className="text-sm font-bold text-teal-800" aria-hidden="true">
                {String(i + 1).padStart(2, "0")}
              </p>
              <h3 className="mt-1 text-lg font-bold text-slate-900">
                <span className="sr-only">Étape {i + 1} : </span>
                {s.title}
              </h3>
              <p className="mt-2 text-slate-700">{s.text}</p>
            </li>
          ))}
        </ol>
        <div className="mt-10 flex flex-col items-start gap-4 rounded-lg bg-blue-50 p-6 sm:flex-row sm:items-center sm:justify-between">
          <p className="text-lg font-semibold text-blue-950">
            Le rôle du maire : faciliter, relier et soutenir — pas porter seul la solution.
          </p>
          <div className="flex w-full flex-col gap-3 sm:w-auto sm:flex-row">
            <ButtonLink href="/connexion">Ouvrir l&apos;espace de ma commune</ButtonLink>
            <ButtonLink href="/federations" variant="secondary">
              Trouver ma fédération
            </ButtonLink>
          </div>
        </div>
      </section>
    </>
  );
}
