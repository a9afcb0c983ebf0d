"use client";

import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/field";
import { ChoiceFieldset } from "@/components/forms/choice-group";

export type CommuneOption = { code: string; label: string; detail?: string };

type Result = { code: string; name: string; postalCodes: string[]; departement: string };

/**
 * Picks the nearby commune from the official list: a search field and a button (Enter works too), then the
 * matches as radio buttons, announced politely. The chosen code goes into the form through `onChange`
 * (a hidden field of the form carries it). No combobox: a plain radio group is what every screen reader knows.
 * Not a field of the form itself (its radios carry no form name), so it takes the field's error as a prop.
 */
export function CommunePicker({
  communeCode,
  value,
  initial,
  error,
  onChange,
}: {
  /** The workspace's commune: the search URL, and excluded from the choices. */
  communeCode: string;
  value: string;
  initial: CommuneOption | null;
  error?: string;
  onChange: (option: CommuneOption) => void;
}) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [options, setOptions] = useState<CommuneOption[]>(initial ? [initial] : []);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  // An error on the field moves the focus here (the form's own focus would land on a hidden input).
  useEffect(() => {
    if (!error) return;
    (listRef.current?.querySelector<HTMLInputElement>("input:checked") ?? listRef.current?.querySelector<HTMLInputElement>("input") ?? searchRef.current)?.focus();
  }, [error]);

  async function search() {
    const q = query.trim();
    if (q.length < 2) {
      setStatus("Tapez au moins deux caractères du nom ou du code postal.");
      return;
    }
    setBusy(true);
    setStatus("Recherche en cours…");
    try {
      const res = await fetch(`/communes/${encodeURIComponent(communeCode)}/etat-des-lieux/communes?q=${encodeURIComponent(q)}`, { headers: { accept: "application/json" } });
      if (!res.ok) throw new Error(String(res.status));
      const { results } = (await res.json()) as { results: Result[] };
      const found = results
        .filter((r) => r.code !== communeCode)
        .map((r) => ({ code: r.code, label: `${r.name} (${r.code})`, detail: `${r.postalCodes.join(", ")} · ${r.departement}` }));
      const selected = options.find((o) => o.code === value);
      setOptions(selected && !found.some((f) => f.code === selected.code) ? [selected, ...found] : found);
      setStatus(
        found.length === 0
          ? `Aucune commune ne correspond à « ${q} » : vérifiez l'orthographe, ou cherchez par code postal.`
          : `${found.length} ${found.length > 1 ? "communes trouvées" : "commune trouvée"} : choisissez dans la liste ci-dessous.`,
      );
    } catch {
      setStatus("La recherche n'a pas abouti : vérifiez votre connexion et réessayez.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <ChoiceFieldset
      id={id}
      error={error}
      legend="Commune d'exercice"
      required
      className="space-y-3 rounded-md border border-slate-300 p-4"
      legendClassName="px-1 font-semibold text-slate-900"
    >
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-56 flex-1 space-y-2">
          <label htmlFor={`${id}-q`} className="block text-sm font-semibold text-slate-900">
            Rechercher par nom ou code postal
          </label>
          <TextInput
            ref={searchRef}
            id={`${id}-q`}
            type="search"
            value={query}
            autoComplete="off"
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                void search();
              }
            }}
          />
        </div>
        <Button type="button" variant="secondary" onClick={() => void search()} disabled={busy}>
          Rechercher la commune
        </Button>
      </div>
      <p role="status" aria-live="polite" className="text-sm text-slate-800">
        {status}
      </p>
      {options.length > 0 && (
        <ul ref={listRef} className="grid gap-2 sm:grid-cols-2">
          {options.map((o) => (
            <li key={o.code}>
              <label className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-300 bg-white p-2 hover:border-blue-800">
                <input
                  type="radio"
                  name={`${id}-choice`}
                  value={o.code}
                  checked={value === o.code}
                  onChange={() => onChange(o)}
                  className="mt-1 h-4 w-4"
                />
                <span>
                  <span className="font-semibold">{o.label}</span>
                  {o.detail && <span className="block text-sm text-slate-700">{o.detail}</span>}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </ChoiceFieldset>
  );
}
