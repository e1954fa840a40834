"use client";
import { useActionState } from "react";
import { createCourseAction, joinCourseAction } from "@/lib/actions/courses";
import { initialActionState } from "@/lib/actions/action-state-initial";
import { FieldError, FormMessage } from "@/app/_components/form-message";

export function JoinCourseForm() {
  const [state, formAction, pending] = useActionState(joinCourseAction, initialActionState);
  return (
    <form className="form" action={formAction}>
      <div className="field">
        <label htmlFor="joinCode">Join code</label>
        <input id="joinCode" name="joinCode" autoComplete="off" required aria-describedby="joinCode-error" />
        <FieldError id="joinCode-error" messages={state.errors.joinCode} />
      </div>
      <FormMessage state={state} testId="join-course-message" />
      <div>
        <button type="submit" disabled={pending}>Join course</button>
      </div>
    </form>
  );
}

export function CreateCourseForm() {
  const [state, formAction, pending] = useActionState(createCourseAction, initialActionState);
  return (
    <form className="form" action={formAction}>
      <div className="field">
        <label htmlFor="title">Course title</label>
        <input id="title" name="title" required aria-describedby="title-error" />
        <FieldError id="title-error" messages={state.errors.title} />
      </div>
      <div className="field">
        <label htmlFor="description">Description (optional)</label>
        <textarea id="description" name="description" rows={3} aria-describedby="description-error" />
        <FieldError id="description-error" messages={state.errors.description} />
      </div>
      <FormMessage state={state} testId="create-course-message" />
      <div>
        <button type="submit" disabled={pending}>Create course</button>
      </div>
    </form>
  );
}
