"use client";
// The exercise editor: Monaco for the Python template, a form for everything else, and a live
// preview that runs the simulator in a worker as the author types: each part's answer key for a
// few variant seeds in every version. Simulator errors become Monaco markers on their line.
import { useActionState, useEffect, useId, useMemo, useRef, useState } from "react";
import Editor, { type OnMount } from "@monaco-editor/react";
import { monaco } from "./monaco";
import type { PreviewRequest, PreviewResponse } from "./preview.worker";
import { previewable, rawFromState, validateState, type EditorState } from "./editor-state";
import { publishExerciseAction, saveExerciseAction, type AuthoringState } from "@/lib/actions/authoring";
import type { PreviewVariant } from "@/lib/authoring/preview";
import { PREVIEW_SEEDS } from "@/lib/authoring/preview";
import { PYTHON_VERSIONS } from "@/lib/validation/python";
import type { Part } from "@/lib/content/schema";
import styles from "./teach.module.css";

const DEBOUNCE_MS = 350;
const TIMEOUT_MS = 8_000;
const initialState: AuthoringState = { ok: false, message: null, problems: [], round: 0 };

export interface ExerciseEditorProps {
  mode: "create" | "edit";
  slug?: string;
  initial: EditorState;
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

export default function ExerciseEditor({ mode, slug: initialSlug = "", initial, status, revisionNumber }: ExerciseEditorProps) {
  const id = useId();
  const [form, setForm] = useState<EditorState>(initial);
  const [slug, setSlug] = useState(initialSlug);
  const [variants, setVariants] = useState<PreviewVariant[] | null>(null);
  const [previewStatus, setPreviewStatus] = useState("Starting the simulator…");
  // Loaded with ssr: false, so window exists on the first render.
  const [dark] = useState(() => window.matchMedia("(prefers-color-scheme: dark)").matches);
  const [seed, setSeed] = useState(1);
  const [saveState, saveAction, saving] = useActionState(saveExerciseAction, initialState);
  const [publishState, publishAction, publishing] = useActionState(publishExerciseAction, initialState);
  const workerRef = useRef<Worker | null>(null);
  const requestId = useRef(0);
  const watchdog = useRef<ReturnType<typeof setTimeout> | null>(null);
  const editorRef = useRef<Parameters<OnMount>[0] | null>(null);

  const preview = useMemo(() => previewable(form), [form]);
  const full = useMemo(() => validateState(form), [form]);
  const set = <K extends keyof EditorState>(key: K, value: EditorState[K]) => setForm((f) => ({ ...f, [key]: value }));

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
  const content = JSON.stringify(full.exercise ?? rawFromState(form).raw);

  return (
    <div className={styles.editorLayout}>
      <div className={styles.editorForm}>
        <form action={saveAction} className="form" style={{ maxWidth: "none" }} data-testid="exercise-form">
          <input type="hidden" name="mode" value={mode} />
          <input type="hidden" name="content" value={content} />
          {mode === "create" ? (
            <div className="field">
              <label htmlFor={`${id}-slug`}>File name (slug)</label>
              <input id={`${id}-slug`} name="slug" value={slug} onChange={(e) => setSlug(e.target.value)} required pattern="[a-z0-9]+(-[a-z0-9]+)*" aria-describedby={`${id}-slug-help`} />
              <p id={`${id}-slug-help`} className="muted">Lowercase words joined by dashes; the exercise is exported as content/exercises/&lt;slug&gt;.yaml.</p>
            </div>
          ) : (
            <input type="hidden" name="slug" value={slug} />
          )}
          <div className="field">
            <label htmlFor={`${id}-title`}>Title</label>
            <input id={`${id}-title`} value={form.title} onChange={(e) => set("title", e.target.value)} />
          </div>
          <div className="inline-form">
            <div className="field">
              <label htmlFor={`${id}-topic`}>Topic</label>
              <input id={`${id}-topic`} value={form.topic} onChange={(e) => set("topic", e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-concepts`}>Concepts (comma-separated)</label>
              <input id={`${id}-concepts`} value={form.concepts} onChange={(e) => set("concepts", e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-difficulty`}>Difficulty</label>
              <select id={`${id}-difficulty`} value={form.difficulty} onChange={(e) => set("difficulty", e.target.value)}>
                <option value="1">1</option>
                <option value="2">2</option>
                <option value="3">3</option>
              </select>
            </div>
          </div>
          <div className="field">
            <label htmlFor={`${id}-summary`}>Summary</label>
            <input id={`${id}-summary`} value={form.summary} onChange={(e) => set("summary", e.target.value)} />
          </div>
          <fieldset className="field">
            <legend>Python versions graded</legend>
            <div className="inline-form">
              {PYTHON_VERSIONS.map((v) => (
                <label key={v} style={{ fontWeight: "normal" }}>
                  <input type="checkbox" checked={form.versions.includes(v)} onChange={(e) => set("versions", e.target.checked ? [...form.versions, v] : form.versions.filter((x) => x !== v))} /> {v}
                </label>
              ))}
            </div>
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
                defaultValue={initial.template}
                theme={dark ? "vs-dark" : "vs"}
                onChange={(value) => set("template", value ?? "")}
                onMount={onMount}
                options={{ minimap: { enabled: false }, fontSize: 14, scrollBeyondLastLine: false, ariaLabel: "Python template", tabSize: 4, insertSpaces: true }}
                loading={<p>Loading the editor…</p>}
              />
            </div>
          </div>
          <div className="field">
            <label htmlFor={`${id}-parameters`}>Parameters (YAML: name: {"{ kind: int, min, max }"}, {"{ kind: choice, values: [...] }"} or {"{ kind: name, values: [...] }"})</label>
            <textarea id={`${id}-parameters`} rows={4} value={form.parameters} onChange={(e) => set("parameters", e.target.value)} spellCheck={false} className={styles.code} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-parts`}>Parts (YAML list: id, kind exact | estimate | trace | ranking | threshold, prompt, measure)</label>
            <textarea id={`${id}-parts`} rows={8} value={form.parts} onChange={(e) => set("parts", e.target.value)} spellCheck={false} className={styles.code} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-hints`}>Hints (one per line, revealed in order)</label>
            <textarea id={`${id}-hints`} rows={3} value={form.hints} onChange={(e) => set("hints", e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-explanation`}>Explanation (shown after answering)</label>
            <textarea id={`${id}-explanation`} rows={5} value={form.explanation} onChange={(e) => set("explanation", e.target.value)} />
          </div>
          {full.problems.length > 0 && (
            <div className="muted" data-testid="form-problems">
              <p>Before saving:</p>
              <ul>
                {full.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          )}
          <div aria-live="polite" data-testid="save-message">
            {saveState.message && <p className={`form-message ${saveState.ok ? "ok" : "error"}`}>{saveState.message}</p>}
            {saveState.problems.length > 0 && (
              <ul className="form-message error">
                {saveState.problems.map((p) => (
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
        {preview.problems.length > 0 && (
          <ul className="form-message error" data-testid="preview-problems">
            {preview.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
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
