"use client";
// The sandbox: Monaco on the left, every getsizeof of the program for every Python version on the
// right, recomputed in a worker as you type. Errors become editor markers; the code lives in the URL.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import Editor, { type OnMount } from "@monaco-editor/react";
import { monaco } from "./monaco";
import type { SimulatorRequest, SimulatorResponse } from "./simulator.worker";
import { decodeCode, encodeCode } from "./url-code";
import { Breakdown, LayoutPicture } from "@/app/_components/learn/figures";
import { layoutOf } from "@/lib/grading/layout";
import styles from "@/app/_components/learn/learn.module.css";
import local from "./sandbox.module.css";

export const TUTORIAL_SNIPPET = `import sys

row = {'route': '22', 'date': '01/01/2001', 'daytype': 'U', 'rides': 7354}
print(sys.getsizeof(row))
row['province'] = 'ON'
print(sys.getsizeof(row))
row['country'] = 'CA'
print(sys.getsizeof(row))
`;

const DEBOUNCE_MS = 300;
const TIMEOUT_MS = 5_000;

type Results = SimulatorResponse["results"];

function newWorker(): Worker {
  return new Worker(new URL("./simulator.worker.ts", import.meta.url));
}

export default function Sandbox() {
  const [source, setSource] = useState<string | null>(null);
  const [results, setResults] = useState<Results | null>(null);
  const [status, setStatus] = useState("Loading the simulator…");
  const [selected, setSelected] = useState<string>("3.13");
  // Client-only component (loaded with ssr: false), so window is available on first render.
  const [dark, setDark] = useState(() => window.matchMedia("(prefers-color-scheme: dark)").matches);
  const workerRef = useRef<Worker | null>(null);
  const requestId = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const watchdog = useRef<ReturnType<typeof setTimeout> | null>(null);
  const editorRef = useRef<Parameters<OnMount>[0] | null>(null);

  // Start from the code in the URL, or the tutorial's snippet.
  useEffect(() => {
    const match = /(?:^#|&)code=([A-Za-z0-9_-]+)/.exec(window.location.hash);
    (match ? decodeCode(match[1]!) : Promise.resolve(null)).then((code) => setSource(code ?? TUTORIAL_SNIPPET));
    const query = window.matchMedia("(prefers-color-scheme: dark)");
    const onChange = (e: MediaQueryListEvent) => setDark(e.matches);
    query.addEventListener("change", onChange);
    return () => query.removeEventListener("change", onChange);
  }, []);

  const run = useCallback((code: string) => {
    const id = ++requestId.current;
    if (!workerRef.current) {
      workerRef.current = newWorker();
      workerRef.current.onmessage = (event: MessageEvent<SimulatorResponse>) => {
        if (event.data.id !== requestId.current) return;
        if (watchdog.current) clearTimeout(watchdog.current);
        setResults(event.data.results);
        setStatus(`Simulated ${event.data.results.length} Python versions in ${Math.round(event.data.ms)} ms.`);
      };
    }
    if (watchdog.current) clearTimeout(watchdog.current);
    watchdog.current = setTimeout(() => {
      // A program that runs too long: stop the worker; the next edit starts a fresh one.
      workerRef.current?.terminate();
      workerRef.current = null;
      setStatus("The program took too long and was stopped.");
    }, TIMEOUT_MS);
    setStatus("Running…");
    workerRef.current.postMessage({ id, source: code } satisfies SimulatorRequest);
  }, []);

  useEffect(() => () => workerRef.current?.terminate(), []);

  // Debounced: run the simulator and update the URL after typing pauses.
  useEffect(() => {
    if (source === null) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      run(source);
      encodeCode(source).then((encoded) => history.replaceState(null, "", `#code=${encoded}`));
    }, DEBOUNCE_MS);
  }, [source, run]);

  // Errors as editor markers, one per distinct message, naming the versions it applies to.
  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model || !results) return;
    const byMessage = new Map<string, { line: number; versions: string[] }>();
    for (const r of results) {
      if (!r.error) continue;
      const entry = byMessage.get(r.error) ?? { line: r.errorLine ?? 1, versions: [] };
      entry.versions.push(r.version);
      byMessage.set(r.error, entry);
    }
    monaco.editor.setModelMarkers(
      model,
      "simulator",
      [...byMessage].map(([message, { line, versions }]) => {
        const safeLine = Math.min(Math.max(line, 1), model.getLineCount());
        return {
          severity: message.startsWith("NotImplementedError") ? monaco.MarkerSeverity.Warning : monaco.MarkerSeverity.Error,
          message: `${message} (Python ${versions.length === results.length ? "all versions" : versions.join(", ")})`,
          startLineNumber: safeLine,
          endLineNumber: safeLine,
          startColumn: 1,
          endColumn: model.getLineMaxColumn(safeLine),
        };
      }),
    );
  }, [results]);

  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
  };

  const rows = useMemo(() => {
    if (!results) return [];
    const longest = results.reduce((a, b) => (b.observations.length > a.observations.length ? b : a), results[0]!);
    return longest.observations.map((o, i) => ({ index: i, line: o.line, expression: o.expression }));
  }, [results]);
  const selectedResult = results?.find((r) => r.version === selected) ?? null;
  const errors = results?.filter((r) => r.error) ?? [];

  return (
    <div className={local.layout}>
      <div className={local.editorPane}>
        <p className="muted" id="editor-help">
          Type Python; every <code>sys.getsizeof</code> is simulated for each version as you type. In the editor, Tab
          indents: press Ctrl+M to make Tab move focus instead.
        </p>
        <div className={local.editor} data-testid="sandbox-editor">
          {source !== null && (
            <Editor
              height="100%"
              defaultLanguage="python"
              defaultValue={source}
              theme={dark ? "vs-dark" : "vs"}
              onChange={(value) => setSource(value ?? "")}
              onMount={onMount}
              options={{ minimap: { enabled: false }, fontSize: 14, scrollBeyondLastLine: false, ariaLabel: "Python program", tabSize: 4, insertSpaces: true }}
              loading={<p>Loading the editor…</p>}
            />
          )}
        </div>
        <button type="button" className="secondary" onClick={() => navigator.clipboard?.writeText(window.location.href)}>
          Copy a link to this code
        </button>
      </div>
      <div className={local.resultsPane}>
        <p aria-live="polite" className="muted" data-testid="sandbox-status">
          {status}
        </p>
        {errors.length > 0 && (
          <ul className={local.errors} data-testid="sandbox-errors">
            {[...new Set(errors.map((e) => e.error))].map((message) => (
              <li key={message}>
                {message}
                {errors[0]?.errorLine ? ` (line ${errors.find((e) => e.error === message)!.errorLine})` : ""} —{" "}
                Python {errors.filter((e) => e.error === message).map((e) => e.version).join(", ")}
              </li>
            ))}
          </ul>
        )}
        {results && (
          <div className={styles.tableWrap} role="region" aria-label="Sizes in every version" tabIndex={0}>
            <table className={local.sizes} data-testid="sandbox-sizes">
              <caption>sys.getsizeof in every version</caption>
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Object</th>
                  {results.map((r) => (
                    <th scope="col" key={r.version}>
                      {r.version}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.index} data-row={row.index}>
                    <td>{row.line}</td>
                    <td>
                      <code>{row.expression}</code>
                    </td>
                    {results.map((r) => {
                      const o = r.observations[row.index];
                      return (
                        <td key={r.version} data-version={r.version} className={r.version === selected ? styles.own : undefined}>
                          {o ? o.value : "—"}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {results && rows.length === 0 && errors.length === 0 && <p>No getsizeof calls yet: try print(sys.getsizeof([1, 2, 3])).</p>}
        {selectedResult && (
          <>
            <div className={styles.versionPicker}>
              <label htmlFor="breakdown-version">Breakdown for Python</label>
              <select id="breakdown-version" value={selected} onChange={(e) => setSelected(e.target.value)}>
                {results!.map((r) => (
                  <option key={r.version} value={r.version}>
                    {r.version}
                  </option>
                ))}
              </select>
            </div>
            {selectedResult.observations.map((o, i) => (
              <details key={i} open={i === 0}>
                <summary>
                  Line {o.line}: <code>{o.expression}</code> ({o.typeName}) = {o.value} bytes
                </summary>
                <LayoutPicture layout={layoutOf(o.explanation)} title={`${o.expression} on line ${o.line}`} />
                <Breakdown view={{ label: o.expression, explanation: o.explanation, layout: layoutOf(o.explanation) }} />
              </details>
            ))}
            {selectedResult.stdout && (
              <>
                <h2 className={local.outputTitle}>Output in Python {selected}</h2>
                <pre data-testid="sandbox-stdout">{selectedResult.stdout}</pre>
              </>
            )}
          </>
        )}
      </div>
    </div>
  );
}
