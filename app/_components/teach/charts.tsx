// Dashboard charts: horizontal bar charts drawn as plain SVG on the server, each with a text
// alternative that lists every bar.
import styles from "./teach.module.css";

export interface Bar {
  label: string;
  value: number;
  /** Colour: neutral, right answers or wrong answers. */
  tone?: "neutral" | "ok" | "wrong";
  /** Text after the bar; defaults to the value. */
  note?: string;
}

export function BarChart({ bars, title, testId, max: fixedMax }: { bars: Bar[]; title: string; testId?: string; max?: number }) {
  const width = 640;
  const rowHeight = 24;
  const labelWidth = 180;
  const barWidth = width - labelWidth - 110;
  const height = Math.max(1, bars.length) * rowHeight + 6;
  const max = fixedMax ?? Math.max(1, ...bars.map((b) => b.value));
  const summary = bars.map((b) => `${b.label}: ${b.note ?? b.value}`).join("; ");
  return (
    <figure className={styles.figure} data-testid={testId}>
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={`${title}. ${summary || "No data yet."}`}>
        {bars.map((b, i) => {
          const y = i * rowHeight + 3;
          const tone = b.tone === "ok" ? styles.barOk : b.tone === "wrong" ? styles.barWrong : styles.bar;
          return (
            <g key={`${b.label}-${i}`}>
              <text x={0} y={y + 13} className={styles.svgText}>{b.label.length > 26 ? `${b.label.slice(0, 25)}…` : b.label}</text>
              <rect x={labelWidth} y={y} width={barWidth} height={rowHeight - 8} rx={3} className={styles.track} />
              <rect x={labelWidth} y={y} width={Math.max(0, (b.value / max) * barWidth)} height={rowHeight - 8} rx={3} className={tone} />
              <text x={labelWidth + barWidth + 8} y={y + 13} className={styles.svgMuted}>{b.note ?? b.value}</text>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted">{title}</figcaption>
    </figure>
  );
}
