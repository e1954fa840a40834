// The one result shape every server action returns, and the wrapper that checks the session and
// parses the form before an action's body runs.
import "server-only";
import { z } from "zod";
import { getViewer } from "@/lib/auth/session";
import { AccessError, type Viewer } from "@/lib/data/access";

import type { ActionState } from "@/lib/actions/action-state-initial";

export type { ActionState };

export const failure = (message: string, errors: ActionState["errors"] = {}): ActionState => ({ ok: false, message, errors });

/** Parses a form with `schema`; on failure returns the field errors as an ActionState. */
export function parseForm<S extends z.ZodType>(schema: S, formData: FormData): { data: z.output<S> } | { state: ActionState } {
  const parsed = schema.safeParse(Object.fromEntries(formData));
  if (parsed.success) return { data: parsed.data };
  return { state: failure("Please correct the highlighted fields.", z.flattenError(parsed.error).fieldErrors as ActionState["errors"]) };
}

/**
 * Wraps an action body: refuses anonymous callers, validates the form with `schema`, and turns
 * the data layer's AccessError into a message. The body's return value is the success message.
 * Role and ownership checks stay in lib/data, which the body calls.
 */
export function authedAction<S extends z.ZodType>(
  schema: S,
  body: (input: z.output<S>, viewer: Viewer) => Promise<string>,
): (previous: ActionState, formData: FormData) => Promise<ActionState> {
  return async (_previous, formData) => {
    const viewer = await getViewer();
    if (!viewer) return failure("Please sign in.");
    const parsed = parseForm(schema, formData);
    if ("state" in parsed) return parsed.state;
    try {
      return { ok: true, message: await body(parsed.data, viewer), errors: {} };
    } catch (error) {
      if (error instanceof AccessError) return failure(error.message);
      throw error;
    }
  };
}
