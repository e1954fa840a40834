// Form feedback announced to screen readers: the whole-form message and per-field errors.
import type { ActionState } from "@/lib/actions/action-state-initial";

export function FormMessage({ state, testId = "form-message" }: { state: Pick<ActionState, "ok" | "message">; testId?: string }) {
  return (
    <p aria-live="polite" data-testid={testId} className={`form-message ${state.ok ? "ok" : "error"}`}>
      {state.message ?? ""}
    </p>
  );
}

export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  return (
    <p id={id} className="field-error" aria-live="polite">
      {messages?.join(" ") ?? ""}
    </p>
  );
}
