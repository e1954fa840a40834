"use client";
// Upload content files (.yaml, or a .tar of them) to import as the instructor's exercises.
import { useActionState } from "react";
import { importExercisesAction, type ImportState } from "@/lib/actions/authoring";

const initialState: ImportState = { ok: false, message: null, results: [] };

export function ImportExercisesForm() {
  const [state, formAction, pending] = useActionState(importExercisesAction, initialState);
  return (
    <form action={formAction} className="form" data-testid="import-form">
      <div className="field">
        <label htmlFor="import-files">Exercise files (.yaml, or a .tar exported from a course)</label>
        <input id="import-files" name="files" type="file" multiple accept=".yaml,.yml,.tar" />
      </div>
      <div aria-live="polite">
        {state.message && <p className={`form-message ${state.ok ? "ok" : "error"}`}>{state.message}</p>}
        {state.results.length > 0 && (
          <ul>
            {state.results.map((r) => (
              <li key={r.file}>
                {r.file}: {r.outcome}
                {r.problems.length > 0 && ` — ${r.problems.join(" ")}`}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <button type="submit" disabled={pending}>Import</button>
      </div>
    </form>
  );
}
