"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { idle } from "@/lib/actions/state";
import { resendReadingLinkAction } from "../actions";

/** A new reading link by e-mail (the first one bounced, or was lost); the old one keeps working. */
export function ResendReadingLink({ code, meetingId, inviteeId, name }: { code: string; meetingId: number; inviteeId: number; name: string }) {
  const [state, action, pending] = useActionState(resendReadingLinkAction, idle);
  return (
    <form action={action} className="mt-1 space-y-1">
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="inviteeId" value={inviteeId} />
      <Button type="submit" variant="ghost" size="sm" disabled={pending}>
        Renvoyer un lien<span className="sr-only"> à {name}</span>
      </Button>
      <FormStatus state={state} />
    </form>
  );
}
