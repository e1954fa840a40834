"use client";
import { useActionState } from "react";
import { updatePreferredPythonAction } from "@/lib/actions/users";
import { initialActionState } from "@/lib/actions/action-state-initial";
import { PYTHON_VERSIONS } from "@/lib/validation/python";
import { FieldError, FormMessage } from "@/app/_components/form-message";

export function PythonVersionForm({ current }: { current: string }) {
  const [state, formAction, pending] = useActionState(updatePreferredPythonAction, initialActionState);
  return (
    <form className="form" action={formAction}>
      <div className="field">
        <label htmlFor="preferredPython">Python version for grading</label>
        <select id="preferredPython" name="preferredPython" defaultValue={current} aria-describedby="python-error">
          {PYTHON_VERSIONS.map((version) => (
            <option key={version} value={version}>
              Python {version}
            </option>
          ))}
        </select>
        <FieldError id="python-error" messages={state.errors.preferredPython} />
      </div>
      <FormMessage state={state} />
      <div>
        <button type="submit" disabled={pending}>Save</button>
      </div>
    </form>
  );
}
