"use client";
// The answer form and its feedback: one input per number (the server parses `1_000` and `0x…`),
// a Python version per exercise, hints one at a time, unlimited retries. Feedback is announced to
// screen readers; the pictures and per-version values appear once a part is right or revealed.
import { startTransition, useActionState, useId, useState, type FormEvent } from "react";
import { answerExerciseAction, type AnswerState } from "@/lib/actions/learning";
import type { LearnerPart } from "@/lib/data/learning";
import type { PartFeedback } from "@/lib/data/grading";
import { DIAGNOSIS_LABELS } from "@/lib/grading/codes";
import { Breakdown, GrowthChart, LayoutPicture, VersionTable } from "./figures";
import styles from "./learn.module.css";

const initialAnswerState: AnswerState = { round: 0, message: null, result: null };
const letter = (i: number) => String.fromCharCode(65 + i);

interface Props {
  slug: string;
  revisionId: string;
  version: string;
  versions: string[];
  parts: LearnerPart[];
  hints: string[];
  attemptedBefore: boolean;
  /** The course assignment this exercise is answered in (issue 3), if any. */
  assignmentId?: string;
}

function inputCount(part: LearnerPart): number {
  return part.kind === "trace" ? part.steps!.length : part.kind === "ranking" ? part.items!.length : 1;
}

export function AnswerForm({ slug, revisionId, version: initialVersion, versions, parts, hints, attemptedBefore, assignmentId }: Props) {
  const [state, formAction, pending] = useActionState(answerExerciseAction, initialAnswerState);
  const [values, setValues] = useState<Record<string, string[]>>(() =>
    Object.fromEntries(parts.map((p) => [p.id, Array.from({ length: inputCount(p) }, (_, i) => (p.kind === "ranking" ? String(i) : ""))])),
  );
  const [version, setVersion] = useState(initialVersion);
  const [hintsShown, setHintsShown] = useState(0);
  const id = useId();
  const result = state.result;
  const feedbackFor = (partId: string) => result?.parts.find((p) => p.partId === partId) ?? null;
  const anyWrong = result?.parts.some((p) => p.status === "wrong") ?? false;
  const canReveal = attemptedBefore || (result?.parts.length ?? 0) > 0;

  // Submitting through onSubmit (not the form's action prop) keeps what the learner typed and the
  // version they picked: React resets a form after an action prop completes.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  const chooseVersion = (next: string) => {
    setVersion(next);
    const url = new URL(window.location.href);
    url.searchParams.set("python", next);
    window.history.replaceState(null, "", url);
  };

  const set = (partId: string, index: number, value: string) =>
    setValues((old) => ({ ...old, [partId]: old[partId]!.map((v, i) => (i === index ? value : v)) }));

  return (
    <>
      <form onSubmit={submit} aria-describedby={`${id}-summary`} data-testid="answer-form">
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="revisionId" value={revisionId} />
        {assignmentId && <input type="hidden" name="assignmentId" value={assignmentId} />}
        <div className={styles.versionPicker}>
          <label htmlFor={`${id}-python`}>Graded for Python</label>
          <select id={`${id}-python`} name="python" value={version} onChange={(e) => chooseVersion(e.target.value)} data-testid="python-version">
            {versions.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </div>
        {parts.map((part, n) => {
          const feedback = feedbackFor(part.id);
          const promptId = `${id}-${part.id}-prompt`;
          return (
            <section key={part.id} className={styles.part} aria-labelledby={promptId} data-testid={`part-${part.id}`}>
              <p id={promptId} className={styles.prompt}>
                {parts.length > 1 ? `${n + 1}. ` : ""}
                {part.prompt}
                {part.kind === "estimate" && part.tolerance ? ` (within ${Math.round(part.tolerance * 100)}%)` : ""}
              </p>
              <PartInputs part={part} values={values[part.id]!} onChange={(i, v) => set(part.id, i, v)} idBase={`${id}-${part.id}`} invalid={feedback?.status === "invalid"} />
            </section>
          );
        })}
        <div className={styles.actions}>
          <button type="submit" disabled={pending} data-testid="submit-answer">
            {pending ? "Checking…" : "Check answer"}
          </button>
          <span className="muted">Numbers like 1_000 or 0x3f8 are fine. Retry as often as you like.</span>
        </div>
      </form>

      <div id={`${id}-summary`} aria-live="polite" data-testid="feedback">
        {state.message && <p className="form-message error">{state.message}</p>}
        {result?.parts.map((p) => <PartVerdict key={`${state.round}-${p.partId}`} feedback={p} part={parts.find((x) => x.id === p.partId)!} />)}
        {result?.solved && <p data-testid="solved" className="form-message ok">Every part of this exercise is solved.</p>}
      </div>

      {hints.length > 0 && (
        <section className={styles.hints} aria-label="Hints">
          <ol aria-live="polite" data-testid="hints">
            {hints.slice(0, hintsShown).map((h, i) => (
              <li key={i}>{h}</li>
            ))}
          </ol>
          {hintsShown < hints.length && (
            <button type="button" className="secondary" onClick={() => setHintsShown((n) => n + 1)} data-testid="show-hint">
              Show a hint ({hintsShown + 1} of {hints.length})
            </button>
          )}
        </section>
      )}

      {canReveal && anyWrong && (
        <form onSubmit={submit}>
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="revisionId" value={revisionId} />
          <input type="hidden" name="python" value={version} />
          <input type="hidden" name="intent" value="reveal" />
          <button type="submit" className="secondary" disabled={pending} data-testid="reveal-answer">
            Show the answer and explanation
          </button>
        </form>
      )}

      {result && result.parts.some((p) => p.reveal) && (
        <section className={styles.feedback} aria-label="Explanation" data-testid="explanation">
          {result.parts.filter((p) => p.reveal).map((p) => (
            <PartReveal key={p.partId} feedback={p} part={parts.find((x) => x.id === p.partId)!} version={result.version} multiple={parts.length > 1} />
          ))}
          {result.explanation && (
            <div className="card">
              <h2>Why</h2>
              {result.explanation.split(/\n\s*\n/).map((para, i) => (
                <p key={i}>{para}</p>
              ))}
            </div>
          )}
        </section>
      )}
    </>
  );
}

function PartInputs({ part, values, onChange, idBase, invalid }: { part: LearnerPart; values: string[]; onChange: (i: number, v: string) => void; idBase: string; invalid: boolean }) {
  if (part.kind === "ranking") {
    return (
      <div className={styles.inputs}>
        {values.map((v, position) => (
          <label key={position}>
            {position === 0 ? "Smallest" : position === values.length - 1 ? "Largest" : `Position ${position + 1}`}
            <select name={`answer:${part.id}:${position}`} value={v} onChange={(e) => onChange(position, e.target.value)} data-testid={`answer-${part.id}-${position}`}>
              {part.items!.map((item, i) => (
                <option key={i} value={String(i)}>
                  {letter(i)}: {item}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
    );
  }
  const labels = part.kind === "trace" ? part.steps! : [part.kind === "threshold" ? "Number of steps" : "Your answer"];
  return (
    <div className={styles.inputs}>
      {labels.map((label, i) => (
        <label key={i} htmlFor={`${idBase}-${i}`}>
          {part.kind === "trace" ? `${i + 1}. ${label}` : label}
          <input
            id={`${idBase}-${i}`}
            name={part.kind === "trace" ? `answer:${part.id}:${i}` : `answer:${part.id}`}
            value={values[i] ?? ""}
            onChange={(e) => onChange(i, e.target.value)}
            inputMode={part.kind === "estimate" ? "decimal" : "numeric"}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={invalid || undefined}
            data-testid={part.kind === "trace" ? `answer-${part.id}-${i}` : `answer-${part.id}`}
          />
        </label>
      ))}
    </div>
  );
}

function PartVerdict({ feedback, part }: { feedback: PartFeedback; part: LearnerPart }) {
  const cls = feedback.status === "correct" ? styles.correct : styles.wrong;
  const title =
    feedback.status === "correct" ? "Correct." : feedback.status === "wrong" ? "Not quite." : feedback.status === "invalid" ? "Check your input." : "Cannot grade this.";
  if (!feedback.normalized && feedback.status === "wrong" && feedback.reveal) return null; // a reveal, not an attempt
  return (
    <div className={`${styles.verdict} ${cls}`} data-testid="verdict" data-status={feedback.status} data-part={feedback.partId}>
      <p className={styles.verdictTitle}>
        {title} <span className="muted">({part.prompt})</span>
      </p>
      {feedback.message && <p className={styles.diagnosis}>{feedback.message}</p>}
      {feedback.stepsCorrect && feedback.status === "wrong" && (
        <ul className={styles.stepMarks}>
          {feedback.stepsCorrect.map((ok, i) => (
            <li key={i}>
              {part.steps![i]}: {ok ? "right" : "wrong"}
            </li>
          ))}
        </ul>
      )}
      {feedback.diagnosis && (
        <p className={styles.diagnosis} data-testid="diagnosis" data-code={feedback.diagnosis.code}>
          <strong>{DIAGNOSIS_LABELS[feedback.diagnosis.code]}:</strong> {feedback.diagnosis.message}
        </p>
      )}
      {feedback.status === "wrong" && !feedback.diagnosis && <p className={styles.diagnosis}>Try again, or open a hint below.</p>}
    </div>
  );
}

function PartReveal({ feedback, part, version, multiple }: { feedback: PartFeedback; part: LearnerPart; version: string; multiple: boolean }) {
  const reveal = feedback.reveal!;
  return (
    <article className="card" data-testid={`reveal-${part.id}`}>
      <h2>
        {multiple ? `${part.prompt} ` : "Answer: "}
        <span data-testid="key">{reveal.answer}</span> <span className="muted">in Python {version}</span>
      </h2>
      <div className={styles.feedbackGrid}>
        <div>
          <h3>Every version</h3>
          <VersionTable values={reveal.perVersion} version={version} />
        </div>
        <div>
          {reveal.views.slice(0, 1).map((v) => (
            <div key={v.label}>
              <h3>
                Inside <code>{v.label}</code> ({v.explanation.typeName}, {v.explanation.total} bytes)
              </h3>
              <LayoutPicture layout={v.layout} title={v.label} />
              <Breakdown view={v} />
            </div>
          ))}
        </div>
      </div>
      {reveal.views.length > 1 &&
        reveal.views.slice(1).map((v) => (
          <details key={v.label}>
            <summary>
              Inside <code>{v.label}</code> ({v.explanation.typeName}, {v.explanation.total} bytes)
            </summary>
            <LayoutPicture layout={v.layout} title={v.label} />
            <Breakdown view={v} />
          </details>
        ))}
      {reveal.growth && (
        <>
          <h3>How the size grows</h3>
          <GrowthChart chart={reveal.growth} />
        </>
      )}
    </article>
  );
}
