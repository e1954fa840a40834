"use client";
import { useActionState } from "react";
import { changeRoleAction } from "@/lib/actions/users";
import { initialActionState } from "@/lib/actions/action-state-initial";
import { ROLES } from "@/lib/validation/users";

export function RoleForm({ userId, role, email, disabled }: { userId: string; role: string; email: string; disabled: boolean }) {
  const [state, formAction, pending] = useActionState(changeRoleAction, initialActionState);
  const selectId = `role-${userId}`;
  return (
    <form className="inline-form" action={formAction} data-testid={`role-form-${email}`}>
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={selectId} className="muted">
        Role
      </label>
      <select id={selectId} name="role" defaultValue={role} disabled={disabled}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {r.toLowerCase()}
          </option>
        ))}
      </select>
      <button type="submit" className="secondary" disabled={disabled || pending}>
        Change
      </button>
      <span aria-live="polite" className={`form-message ${state.ok ? "ok" : "error"}`}>
        {state.message ?? ""}
      </span>
    </form>
  );
}
