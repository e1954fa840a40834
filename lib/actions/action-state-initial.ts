// The client-safe half of action-state.ts: the state type and its initial value, for forms.
export interface ActionState {
  ok: boolean;
  /** A sentence for the whole form (success or failure). */
  message: string | null;
  /** Messages per field name, from zod. */
  errors: Record<string, string[] | undefined>;
}

export const initialActionState: ActionState = { ok: false, message: null, errors: {} };
