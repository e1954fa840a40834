// Progress charts: mastery per concept (horizontal bars) and attempts per day. Hand-written SVG.
import type { ConceptMastery } from "@/lib/grading/mastery";
import styles from "./learn.module.css";

const LEVEL_WORD = { "not-started": "not started", attempted: "attempted", familiar: "familiar", proficient: "proficient", mastered: "mastered" } as const;

export function MasteryChart({ mastery }: { mastery: ConceptMastery[] }) {
  const width = 640;
  const rowHeight = 26;
  const labelWidth = 170;
  const barWidth = width - labelWidth - 120;
  const height = mastery.length * rowHeight + 8;
  const summary = mastery.map((m) => `${m.concept}: ${Math.round(m.score * 100)}% (${LEVEL_WORD[m.level]})`).join("; ");
  return (
    <figure className={styles.figure} data-testid="mastery-chart">
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={`Mastery per concept: ${summary}`}>
        {mastery.map((m, i) => {
          const y = i * rowHeight + 4;
          return (
            <g key={m.concept}>
              <text x={0} y={y + 14} className={styles.svgText}>{m.concept}</text>
              <rect x={labelWidth} y={y} width={barWidth} height={rowHeight - 10} rx={3} className={styles.cellFree} />
              <rect x={labelWidth} y={y} width={Math.max(0, m.score * barWidth)} height={rowHeight - 10} rx={3} className={styles.cellUsed} />
              <text x={labelWidth + barWidth + 8} y={y + 14} className={styles.svgMuted}>
                {Math.round(m.score * 100)}% · {LEVEL_WORD[m.level]}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

export function ActivityChart({ activity }: { activity: { day: string; correct: number; wrong: number }[] }) {
  const width = 640;
  const height = 160;
  const m = { left: 30, bottom: 28, top: 8 };
  const max = Math.max(1, ...activity.map((d) => d.correct + d.wrong));
  const slot = (width - m.left) / activity.length;
  const scale = (n: number) => (n / max) * (height - m.bottom - m.top);
  const summary = activity.filter((d) => d.correct + d.wrong > 0).map((d) => `${d.day}: ${d.correct} right, ${d.wrong} wrong`).join("; ") || "no attempts in the last 14 days";
  return (
    <figure className={styles.figure} data-testid="activity-chart">
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={`Answers per day: ${summary}`}>
        <line x1={m.left} x2={width} y1={height - m.bottom} y2={height - m.bottom} className={styles.svgAxis} />
        <text x={m.left - 6} y={m.top + 10} textAnchor="end" className={styles.svgMuted}>{max}</text>
        {activity.map((d, i) => {
          const x = m.left + i * slot + 3;
          const hc = scale(d.correct);
          const hw = scale(d.wrong);
          const base = height - m.bottom;
          return (
            <g key={d.day}>
              <rect x={x} y={base - hc} width={slot - 6} height={hc} fill="var(--ok)" />
              <rect x={x} y={base - hc - hw} width={slot - 6} height={hw} fill="var(--danger)" opacity={0.75} />
              {i % 2 === 0 && <text x={x + (slot - 6) / 2} y={height - 10} textAnchor="middle" className={styles.svgMuted}>{d.day.slice(5)}</text>}
            </g>
          );
        })}
      </svg>
      <figcaption>Answers per day over the last two weeks: green right, red wrong.</figcaption>
    </figure>
  );
}
