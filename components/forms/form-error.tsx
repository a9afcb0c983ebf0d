import type { ActionState } from "@/lib/actions/state";

/** The form-level message (summary of errors, or a refusal), focusable so the form can move focus to it. */
export function FormStatus({ state, successMessage }: { state: ActionState; successMessage?: string }) {
  if (state.status === "error" && state.formError) {
    return (
      <div data-form-error tabIndex={-1} role="status" aria-live="polite" className="rounded-md border-l-4 border-red-700 bg-red-50 p-3 text-sm text-red-900">
        {state.formError}
      </div>
    );
  }
  if (state.status === "success" && (state.message || successMessage)) {
    return (
      <div role="status" aria-live="polite" className="rounded-md border-l-4 border-green-700 bg-green-50 p-3 text-sm text-green-900">
        {state.message ?? successMessage}
      </div>
    );
  }
  return <div role="status" aria-live="polite" className="sr-only" />;
}
