"use client";
// The exercise editor: Monaco for the Python template, a structured form for everything else
// (metadata; parameters, parts and hints as lists of rows, or all three as YAML for advanced
// edits), and a live preview that runs the simulator in a worker as the author types: each part's
// answer key for a few variant seeds in every version. Simulator errors become Monaco markers on
// their line. The server validates with the same schema and its messages show next to each field.
import { useActionState, useEffect, useId, useMemo, useRef, useState, type ChangeEvent, type FormEvent } from "react";
import Editor, { type OnMount } from "@monaco-editor/react";
import { monaco } from "./monaco";
import type { PreviewRequest, PreviewResponse } from "./preview.worker";
import { FieldContext, fieldId, focusSoon, HintsEditor, ParametersEditor, PartsEditor, SectionErrors, SelectField, TextField } from "./structured-fields";
import { publishExerciseAction, saveExerciseAction, type AuthoringState } from "@/lib/actions/authoring";
import type { PreviewVariant } from "@/lib/authoring/preview";
import { PREVIEW_SEEDS } from "@/lib/authoring/preview";
import {
  checkForm, formFromExercise, parameterNames, previewableForm, rawFromForm, rowsFromYaml, serverErrorsToFields, starterForm, yamlFromRows,
  type FieldErrors, type FormModel,
} from "@/lib/authoring/form";
import { PYTHON_VERSIONS } from "@/lib/validation/python";
import type { ExerciseFile, Part } from "@/lib/content/schema";
import styles from "./teach.module.css";

const DEBOUNCE_MS = 350;
const TIMEOUT_MS = 8_000;
const initialState: AuthoringState = { ok: false, message: null, problems: [], round: 0, fieldErrors: {} };

export interface ExerciseEditorProps {
  mode: "create" | "edit";
  slug?: string;
  /** The saved exercise (edit); a new exercise starts from a small working example. */
  exercise?: ExerciseFile;
  status?: string;
  revisionNumber?: number;
}

function rowsOf(parts: Part[]): { partId: string; index: number; label: string }[] {
  return parts.flatMap((p) => {
    if (p.kind === "trace") return p.steps.map((s, i) => ({ partId: p.id, index: i, label: `${p.id} · ${s.label}` }));
    if (p.kind === "ranking") return [{ partId: p.id, index: -1, label: `${p.id} (order, smallest first)` }];
    if (p.kind === "threshold") return [{ partId: p.id, index: 0, label: `${p.id} (steps until it changes)` }];
    return [{ partId: p.id, index: 0, label: p.id }];
  });
}

function cellText(values: number[] | undefined, index: number): string {
  if (!values || values.length === 0) return "—";
  if (index < 0) return values.map((v) => String.fromCharCode(65 + v)).join(" < ");
  return values[index] === undefined ? "—" : String(values[index]);
}

/** A field key as words, for the list of problems ("Part 2 › Prompt"). */
function describeKey(key: string): string {
  const words: Record<string, string> = {
    exercise: "Exercise", slug: "File name", title: "Title", topic: "Topic", concepts: "Concepts", difficulty: "Difficulty", summary: "Summary",
    pythonVersions: "Python versions", template: "Template", explanation: "Explanation", yaml: "YAML", parameters: "Parameters", parts: "Parts", hints: "Hints",
    steps: "Steps", measure: "Measure", maxSteps: "Maximum runs", tolerance: "Tolerance", step: "Code run each time", id: "Part id",
    min: "Minimum", max: "Maximum", values: "Values", name: "Name", kind: "Kind", prompt: "Prompt", label: "Label", expression: "Expression", output: "Printed line",
  };
  const segments = key.split(".");
  const out: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    const next = segments[i + 1];
    if (next !== undefined && /^\d+$/.test(next) && ["parameters", "parts", "hints", "steps"].includes(s)) {
      out.push(`${{ parameters: "Parameter", parts: "Part", hints: "Hint", steps: "Step" }[s]} ${Number(next) + 1}`);
      i++;
    } else {
      out.push(words[s] ?? s);
    }
  }
  return out.join(" › ");
}

function onlyKeys(errors: FieldErrors, keep: (key: string) => boolean): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([k]) => keep(k)));
}

export default function ExerciseEditor({ mode, slug: initialSlug = "", exercise, status, revisionNumber }: ExerciseEditorProps) {
  const id = useId().replace(/[^A-Za-z0-9_-]/g, "");
  const [form, setForm] = useState<FormModel>(() => (exercise ? formFromExercise(exercise) : starterForm()));
  const [initialTemplate] = useState(form.template);
  const [slug, setSlug] = useState(initialSlug);
  const [variants, setVariants] = useState<PreviewVariant[] | null>(null);
  const [previewStatus, setPreviewStatus] = useState("Starting the simulator…");
  // Loaded with ssr: false, so window exists on the first render.
  const [dark] = useState(() => window.matchMedia("(prefers-color-scheme: dark)").matches);
  const [seed, setSeed] = useState(1);
  const [saveState, saveAction, saving] = useActionState(saveExerciseAction, initialState);
  const [publishState, publishAction, publishing] = useActionState(publishExerciseAction, initialState);
  /** Fields the author has edited (their messages show from then on), and whether a save was tried (all show). */
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  /** The save round the form was last edited in: the server's messages show until the next edit. */
  const [editedInRound, setEditedInRound] = useState(0);
  /** Why the YAML could not become form rows (stays in YAML mode). */
  const [switchError, setSwitchError] = useState<{ key: string; messages: string[] } | null>(null);
  const workerRef = useRef<Worker | null>(null);
  const requestId = useRef(0);
  const watchdog = useRef<ReturnType<typeof setTimeout> | null>(null);
  const editorRef = useRef<Parameters<OnMount>[0] | null>(null);

  const preview = useMemo(() => previewableForm(form), [form]);
  const full = useMemo(() => checkForm(form), [form]);
  const update = (patch: Partial<FormModel>) => {
    setForm((f) => ({ ...f, ...patch }));
    setEditedInRound(saveState.round);
    setSwitchError(null);
  };
  const set = <K extends keyof FormModel>(key: K, value: FormModel[K]) => update({ [key]: value } as Partial<FormModel>);

  // Messages shown next to fields: the browser's check of what the author has touched (everything
  // after a save attempt), plus the server's answer to the last save until the next edit.
  const shownErrors = useMemo(() => {
    const out: FieldErrors = {};
    const add = (errors: FieldErrors) => {
      for (const [k, messages] of Object.entries(errors)) for (const m of messages) if (!(out[k] ??= []).includes(m)) out[k].push(m);
    };
    add(submitted ? full.errors : onlyKeys(full.errors, (k) => touched.has(k)));
    if (saveState.round > editedInRound && saveState.fieldErrors) add(serverErrorsToFields(saveState.fieldErrors, parameterNames(form)));
    if (switchError) add({ [switchError.key]: switchError.messages });
    return out;
  }, [full.errors, submitted, touched, saveState, editedInRound, form, switchError]);

  useEffect(() => () => workerRef.current?.terminate(), []);

  // Debounced live preview in a worker; a runaway template is stopped by terminating it.
  useEffect(() => {
    if (!preview.exercise) return;
    const exercise = preview.exercise;
    const timer = setTimeout(() => {
      const requestNumber = ++requestId.current;
      if (!workerRef.current) {
        workerRef.current = new Worker(new URL("./preview.worker.ts", import.meta.url));
        workerRef.current.onmessage = (event: MessageEvent<PreviewResponse>) => {
          if (event.data.id !== requestId.current) return;
          if (watchdog.current) clearTimeout(watchdog.current);
          setVariants(event.data.variants);
          setPreviewStatus(`Preview updated: ${event.data.variants.length} variants × ${event.data.variants[0]?.versions.length ?? 0} versions in ${Math.round(event.data.ms)} ms.`);
        };
      }
      if (watchdog.current) clearTimeout(watchdog.current);
      watchdog.current = setTimeout(() => {
        workerRef.current?.terminate();
        workerRef.current = null;
        setPreviewStatus("The template took too long and was stopped.");
      }, TIMEOUT_MS);
      setPreviewStatus("Running the simulator…");
      workerRef.current.postMessage({ id: requestNumber, exercise } satisfies PreviewRequest);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [preview.exercise]);

  // Simulator errors as markers on the template, one per distinct message.
  const errors = useMemo(() => {
    const byMessage = new Map<string, { line: number | null; versions: Set<string> }>();
    for (const v of variants ?? []) {
      for (const c of v.versions) {
        if (!c.error) continue;
        const entry = byMessage.get(c.error) ?? { line: c.errorLine, versions: new Set<string>() };
        entry.versions.add(c.version);
        byMessage.set(c.error, entry);
      }
    }
    return [...byMessage].map(([message, e]) => ({ message, line: e.line, versions: [...e.versions] }));
  }, [variants]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(
      model,
      "simulator",
      errors.map((e) => {
        const line = Math.min(Math.max(e.line ?? 1, 1), model.getLineCount());
        return {
          severity: e.message.startsWith("NotImplementedError") ? monaco.MarkerSeverity.Warning : monaco.MarkerSeverity.Error,
          message: `${e.message} (Python ${e.versions.join(", ")})`,
          startLineNumber: line, endLineNumber: line, startColumn: 1, endColumn: model.getLineMaxColumn(line),
        };
      }),
    );
  }, [errors]);

  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
  };

  const rows = preview.exercise ? rowsOf(preview.exercise.parts) : [];
  // Sent even when invalid, so the server reports the same problems.
  const content = JSON.stringify(full.exercise ?? full.raw);

  // A field's messages show once it has been edited (not on blur: a message appearing as focus
  // leaves would move the button being clicked), and every field's after a save attempt.
  const onFieldChange = (event: ChangeEvent<HTMLFormElement>) => {
    const key = (event.target as HTMLElement).dataset.field;
    if (key && !touched.has(key)) setTouched(new Set([...touched, key]));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    setSubmitted(true);
    // Problems the exercise data cannot carry (two parameters with one name, YAML that does not
    // parse) would be lost on the way to the server, so they stop the save here.
    const blocking = Object.keys(rawFromForm(form).errors);
    if (blocking.length > 0) {
      event.preventDefault();
      focusSoon(fieldId(id, blocking[0]!));
    }
  };

  const toggleYaml = () => {
    if (form.yaml === null) {
      const result = yamlFromRows(form);
      if ("errors" in result) {
        setSubmitted(true);
        const first = Object.keys(result.errors)[0]!;
        setSwitchError({ key: first, messages: ["Fix this before editing as YAML.", ...result.errors[first]!] });
        focusSoon(fieldId(id, first));
        return;
      }
      update({ yaml: result.yaml });
      focusSoon(fieldId(id, "yaml"));
    } else {
      const result = rowsFromYaml(form.yaml);
      if ("error" in result) {
        setSwitchError({ key: "yaml", messages: [result.error] });
        focusSoon(fieldId(id, "yaml"));
        return;
      }
      update({ ...result.rows, yaml: null });
    }
  };

  const problemCount = Object.values(shownErrors).reduce((n, m) => n + m.length, 0);
  const serverProblemsUnplaced = saveState.round > editedInRound && Object.keys(saveState.fieldErrors ?? {}).length === 0 ? saveState.problems : [];

  return (
    <div className={styles.editorLayout}>
      <div className={styles.editorForm}>
        <FieldContext.Provider value={{ base: id, errors: shownErrors }}>
        <form action={saveAction} onSubmit={onSubmit} onChange={onFieldChange} className="form" style={{ maxWidth: "none" }} data-testid="exercise-form" id={`${id}-form`} noValidate>
          <input type="hidden" name="mode" value={mode} />
          <input type="hidden" name="content" value={content} />
          {mode === "create" ? (
            <TextField fieldKey="slug" label="File name (slug)" value={slug} onChange={setSlug} help={<>Lowercase words joined by dashes; the exercise is exported as content/exercises/&lt;slug&gt;.yaml.</>} />
          ) : null}
          <input type="hidden" name="slug" value={slug} />
          <TextField fieldKey="title" label="Title" value={form.title} onChange={(v) => set("title", v)} />
          <div className={styles.rowFields}>
            <TextField fieldKey="topic" label="Topic" value={form.topic} onChange={(v) => set("topic", v)} wide={false} />
            <TextField fieldKey="concepts" label="Concepts (comma-separated)" value={form.concepts} onChange={(v) => set("concepts", v)} />
            <SelectField fieldKey="difficulty" label="Difficulty" value={form.difficulty} options={["1", "2", "3"].map((d) => ({ value: d, label: d }))} onChange={(v) => set("difficulty", v)} />
          </div>
          <TextField fieldKey="summary" label="Summary" value={form.summary} onChange={(v) => set("summary", v)} />
          <fieldset className="field" id={fieldId(id, "pythonVersions")} aria-describedby={shownErrors.pythonVersions ? `${fieldId(id, "pythonVersions")}-error` : undefined}>
            <legend>Python versions graded</legend>
            <div className="inline-form">
              {PYTHON_VERSIONS.map((v) => (
                <label key={v} style={{ fontWeight: "normal" }}>
                  <input type="checkbox" data-field="pythonVersions" checked={form.versions.includes(v)} onChange={(e) => set("versions", e.target.checked ? [...form.versions, v] : form.versions.filter((x) => x !== v))} /> {v}
                </label>
              ))}
            </div>
            <SectionErrors fieldKey="pythonVersions" />
          </fieldset>
          <div className="field">
            <span id={`${id}-template-label`} style={{ fontWeight: 600 }}>Python template</span>
            <p className="muted" id={`${id}-template-help`}>
              <code>{"{{name}}"}</code> inserts a parameter&apos;s value for the learner&apos;s variant. In the editor, Tab indents: press Ctrl+M to make Tab move focus instead.
            </p>
            <div className={styles.monaco} data-testid="template-editor">
              <Editor
                height="100%"
                defaultLanguage="python"
                defaultValue={initialTemplate}
                theme={dark ? "vs-dark" : "vs"}
                onChange={(value) => set("template", value ?? "")}
                onMount={onMount}
                options={{ minimap: { enabled: false }, fontSize: 14, scrollBeyondLastLine: false, ariaLabel: "Python template", tabSize: 4, insertSpaces: true }}
                loading={<p>Loading the editor…</p>}
              />
            </div>
            <SectionErrors fieldKey="template" />
          </div>
          <div className={styles.yamlToggle}>
            <button type="button" className="secondary" aria-pressed={form.yaml !== null} onClick={toggleYaml}>
              Edit as YAML
            </button>
            <span className="muted">
              {form.yaml === null ? "Advanced: parameters, parts and hints as the content file writes them." : "Press again to go back to the form; the YAML must be valid first."}
            </span>
          </div>
          {form.yaml === null ? (
            <>
              <ParametersEditor rows={form.parameters} onChange={(parameters) => set("parameters", parameters)} />
              <PartsEditor rows={form.parts} onChange={(parts) => set("parts", parts)} />
              <HintsEditor rows={form.hints} onChange={(hints) => set("hints", hints)} />
            </>
          ) : (
            <TextField fieldKey="yaml" label="Parameters, parts and hints (YAML)" value={form.yaml} onChange={(v) => set("yaml", v)} rows={16} code />
          )}
          <TextField fieldKey="explanation" label="Explanation (shown after answering)" value={form.explanation} onChange={(v) => set("explanation", v)} rows={5} />
          {problemCount > 0 && (submitted || saveState.round > editedInRound) && (
            <div className={styles.problemSummary} data-testid="form-problems">
              <p>
                {problemCount === 1 ? "1 problem" : `${problemCount} problems`} to fix before saving (shown next to each field):
              </p>
              <ul>
                {Object.entries(shownErrors).flatMap(([key, messages]) =>
                  messages.map((m) => (
                    <li key={`${key}:${m}`}>
                      <a
                        href={`#${fieldId(id, key)}`}
                        onClick={(event) => {
                          const target = document.getElementById(fieldId(id, key));
                          if (!target) return;
                          event.preventDefault();
                          // A section (fieldset) is not focusable: focus its first field instead.
                          const focusable = target.matches("input, select, textarea") ? target : target.querySelector<HTMLElement>("input, select, textarea");
                          target.scrollIntoView({ block: "center" });
                          focusable?.focus();
                        }}
                      >
                        {describeKey(key)}
                      </a>
                      : {m}
                    </li>
                  )),
                )}
              </ul>
            </div>
          )}
          <div aria-live="polite" data-testid="save-message">
            {saveState.message && <p className={`form-message ${saveState.ok ? "ok" : "error"}`}>{saveState.message}</p>}
            {serverProblemsUnplaced.length > 0 && (
              <ul className="form-message error">
                {serverProblemsUnplaced.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            )}
          </div>
          <div className="inline-form">
            <button type="submit" disabled={saving}>{mode === "create" ? "Create draft" : status === "PUBLISHED" ? "Save a new revision" : "Save draft"}</button>
            {revisionNumber !== undefined && <span className="muted">Status: {status === "PUBLISHED" ? "published" : "draft"}, revision {revisionNumber}</span>}
          </div>
        </form>
        </FieldContext.Provider>
        {mode === "edit" && (
          <div className="card" style={{ marginTop: "1rem" }}>
            {status !== "PUBLISHED" && (
              <form action={publishAction} className="inline-form" data-testid="publish-form">
                <input type="hidden" name="slug" value={slug} />
                <button type="submit" disabled={publishing}>Publish the saved revision</button>
                <span className="muted">Checked on the server: the code must run in every version, and parameters must change the answers.</span>
              </form>
            )}
            <div aria-live="polite" data-testid="publish-message">
              {publishState.message && <p className={`form-message ${publishState.ok ? "ok" : "error"}`}>{publishState.message}</p>}
              {publishState.problems.length > 0 && (
                <ul className="form-message error">
                  {publishState.problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              )}
            </div>
            <p className="inline-form">
              <label htmlFor={`${id}-seed`}>Variant seed</label>
              <input id={`${id}-seed`} type="number" min={0} value={seed} onChange={(e) => setSeed(Math.max(0, Math.floor(Number(e.target.value) || 0)))} style={{ width: "7rem" }} />
              <a href={`/teach/exercises/${slug}/preview?seed=${seed}`} data-testid="preview-as-learner">Preview the saved revision as a learner</a>
              <a href={`/teach/exercises/${slug}/yaml`} download>Export as YAML</a>
            </p>
          </div>
        )}
      </div>
      <aside className={styles.editorPreview} aria-labelledby={`${id}-preview-heading`}>
        <h2 id={`${id}-preview-heading`}>Live preview</h2>
        <p aria-live="polite" className="muted" data-testid="preview-status">{preview.exercise ? previewStatus : "Fix the problems listed to see the preview."}</p>
        {Object.keys(preview.errors).length > 0 && (
          <ul className="form-message error" data-testid="preview-problems">
            {Object.entries(preview.errors).flatMap(([key, messages]) => messages.map((m) => (
              <li key={`${key}:${m}`}>{describeKey(key)}: {m}</li>
            )))}
          </ul>
        )}
        {errors.length > 0 && (
          <ul className="form-message error" data-testid="preview-errors">
            {errors.map((e) => (
              <li key={e.message}>
                {e.message} — Python {e.versions.join(", ")}
              </li>
            ))}
          </ul>
        )}
        {variants && preview.exercise &&
          variants.map((v) => (
            <div key={v.seed} className={styles.tableWrap} role="region" aria-label={`Answer keys for seed ${v.seed}`} tabIndex={0}>
              <table data-testid={`preview-seed-${v.seed}`}>
                <caption>
                  Seed {v.seed}
                  {Object.keys(v.values).length > 0 && `: ${Object.entries(v.values).map(([k, val]) => `${k} = ${JSON.stringify(val)}`).join(", ")}`}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Part</th>
                    {v.versions.map((c) => (
                      <th scope="col" key={c.version} className={styles.num}>{c.version}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={`${r.partId}-${r.index}`}>
                      <th scope="row">{r.label}</th>
                      {v.versions.map((c) => (
                        <td key={c.version} className={styles.num} data-version={c.version}>
                          {c.error ? <span title={c.error}>error</span> : cellText(c.parts[r.partId], r.index)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        <p className="muted">Seeds {PREVIEW_SEEDS.join(", ")}; learners get their own seed from their account.</p>
      </aside>
    </div>
  );
}
