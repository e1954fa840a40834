// Read-only, syntax-highlighted Python, rendered on the server with the lezer Python grammar (no
// editor and no highlighting JavaScript is shipped). Line numbers match the questions' "line 4".
import { parser } from "@lezer/python";
import { classHighlighter, highlightTree } from "@lezer/highlight";
import styles from "./learn.module.css";

interface Token {
  text: string;
  className: string;
}

/** Splits `source` into highlighted tokens (class names like "tok-keyword"). */
export function highlightPython(source: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  highlightTree(parser.parse(source), classHighlighter, (from, to, classes) => {
    if (from > pos) tokens.push({ text: source.slice(pos, from), className: "" });
    tokens.push({ text: source.slice(from, to), className: classes });
    pos = to;
  });
  if (pos < source.length) tokens.push({ text: source.slice(pos), className: "" });
  return tokens;
}

export function CodeBlock({ source, label = "Python code" }: { source: string; label?: string }) {
  const text = source.replace(/\n+$/, "");
  const lineCount = text.split("\n").length;
  return (
    <figure className={styles.codeFigure} aria-label={label}>
      <pre className={styles.code} data-testid="exercise-code" tabIndex={0}>
        <span className={styles.gutter} aria-hidden="true">
          {Array.from({ length: lineCount }, (_, i) => `${i + 1}\n`).join("")}
        </span>
        <code>
          {highlightPython(text).map((t, i) => (t.className ? <span key={i} className={t.className}>{t.text}</span> : t.text))}
        </code>
      </pre>
    </figure>
  );
}
