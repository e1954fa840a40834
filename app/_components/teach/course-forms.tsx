"use client";
// Instructor forms on the course page: add an assignment, delete one, remove a learner; and the
// learner's "join this course" button behind a join link.
import { useActionState, useState } from "react";
import { createAssignmentAction, deleteAssignmentAction, joinViaLinkAction, removeLearnerAction } from "@/lib/actions/assignments";
import { initialActionState } from "@/lib/actions/action-state-initial";
import { FieldError, FormMessage } from "@/app/_components/form-message";
import styles from "./teach.module.css";

export interface ExerciseChoice {
  slug: string;
  title: string;
  topic: string;
}

export function CreateAssignmentForm({ courseId, exercises }: { courseId: string; exercises: ExerciseChoice[] }) {
  const [state, formAction, pending] = useActionState(createAssignmentAction, initialActionState);
  const [filter, setFilter] = useState("");
  const shown = exercises.filter((e) => !filter || `${e.title} ${e.topic} ${e.slug}`.toLowerCase().includes(filter.toLowerCase()));
  return (
    <form className="form" action={formAction} data-testid="create-assignment-form" style={{ maxWidth: "40rem" }}>
      <input type="hidden" name="courseId" value={courseId} />
      <div className="field">
        <label htmlFor="assignment-title">Assignment title</label>
        <input id="assignment-title" name="title" required aria-describedby="assignment-title-error" />
        <FieldError id="assignment-title-error" messages={state.errors.title} />
      </div>
      <div className="inline-form">
        <div className="field">
          <label htmlFor="assignment-opens">Opens (optional)</label>
          <input id="assignment-opens" name="opensAt" type="datetime-local" aria-describedby="assignment-opens-error" />
          <FieldError id="assignment-opens-error" messages={state.errors.opensAt} />
        </div>
        <div className="field">
          <label htmlFor="assignment-due">Due (optional)</label>
          <input id="assignment-due" name="dueAt" type="datetime-local" aria-describedby="assignment-due-error" />
          <FieldError id="assignment-due-error" messages={state.errors.dueAt} />
        </div>
      </div>
      <fieldset className="field">
        <legend>Exercises</legend>
        <label htmlFor="assignment-filter" className="muted">Filter the list</label>
        <input id="assignment-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        <div className={styles.checkList}>
          {exercises.map((e) => (
            // Hidden, not removed, so filtering never drops a ticked exercise from the form.
            <label key={e.slug} hidden={!shown.includes(e)}>
              <input type="checkbox" name="exercise" value={e.slug} /> {e.title} <span className="tag">{e.topic}</span>
            </label>
          ))}
        </div>
        <FieldError id="assignment-exercises-error" messages={state.errors.exercises} />
      </fieldset>
      <FormMessage state={state} testId="create-assignment-message" />
      <div>
        <button type="submit" disabled={pending}>Add assignment</button>
      </div>
    </form>
  );
}

export function DeleteAssignmentButton({ assignmentId, title }: { assignmentId: string; title: string }) {
  const [state, formAction, pending] = useActionState(deleteAssignmentAction, initialActionState);
  return (
    <form action={formAction} className="inline-form">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <button type="submit" className="secondary" disabled={pending} aria-label={`Delete assignment ${title}`}>Delete</button>
      {state.message && !state.ok && <span className="form-message error" aria-live="polite">{state.message}</span>}
    </form>
  );
}

export function RemoveLearnerButton({ courseId, userId, name }: { courseId: string; userId: string; name: string }) {
  const [state, formAction, pending] = useActionState(removeLearnerAction, initialActionState);
  return (
    <form
      action={formAction}
      className="inline-form"
      onSubmit={(e) => {
        if (!window.confirm(`Remove ${name} from this course? Their answers are kept.`)) e.preventDefault();
      }}
    >
      <input type="hidden" name="courseId" value={courseId} />
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" className="secondary" disabled={pending} aria-label={`Remove ${name}`}>Remove</button>
      {state.message && !state.ok && <span className="form-message error" aria-live="polite">{state.message}</span>}
    </form>
  );
}

export function JoinViaLinkForm({ joinCode, title }: { joinCode: string; title: string }) {
  const [state, formAction, pending] = useActionState(joinViaLinkAction, initialActionState);
  return (
    <form action={formAction} className="form">
      <input type="hidden" name="joinCode" value={joinCode} />
      <FormMessage state={state} testId="join-link-message" />
      <div>
        <button type="submit" disabled={pending}>Join {title}</button>
      </div>
    </form>
  );
}
