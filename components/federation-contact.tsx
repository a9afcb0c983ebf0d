import { Badge } from "@/components/ui/badge";

export type FederationContactData = {
  id: string;
  shortName: string;
  name: string;
  phone: string | null;
  email: string;
  website: string | null;
  status: "active" | "en_construction";
  regions?: { code: string; name: string }[];
};

/** A federation's directory entry: name, regions, phone, e-mail, web site. */
export function FederationContact({ federation, headingLevel = 3 }: { federation: FederationContactData; headingLevel?: 2 | 3 | 4 }) {
  const H = `h${headingLevel}` as "h2" | "h3" | "h4";
  return (
    <div>
      <H className="text-lg font-bold text-slate-900">
        {federation.shortName}
        {federation.status === "en_construction" && (
          <>
            {" "}
            <Badge tone="warning">En construction</Badge>
          </>
        )}
      </H>
      <p className="text-sm text-slate-700">{federation.name}</p>
      {federation.regions && federation.regions.length > 0 && (
        <p className="mt-1 text-sm text-slate-700">Région{federation.regions.length > 1 ? "s" : ""} : {federation.regions.map((r) => r.name).join(", ")}</p>
      )}
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        {federation.phone && (
          <>
            <dt className="font-semibold">Téléphone</dt>
            <dd>
              <a className="underline" href={`tel:${federation.phone.replace(/\s/g, "")}`}>
                {federation.phone}
              </a>
            </dd>
          </>
        )}
        <dt className="font-semibold">E-mail</dt>
        <dd>
          <a className="break-all underline" href={`mailto:${federation.email}`}>
            {federation.email}
          </a>
        </dd>
        {federation.website && (
          <>
            <dt className="font-semibold">Site</dt>
            <dd>
              <a className="break-all underline" href={federation.website} rel="noopener noreferrer">
                {federation.website.replace(/^https?:\/\//, "")}
              </a>
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}
