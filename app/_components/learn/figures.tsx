// Feedback figures: the per-version table, the byte breakdown, the layout picture and the growth
// chart. Hand-written SVG, no chart library; pure components usable on the server or the client.
import type { GrowthChartData, ObjectView, VersionValue } from "@/lib/grading";
import type { CellState, Layout } from "@/lib/grading/layout";
import styles from "./learn.module.css";

// ## Per-version values

export function VersionTable({ values, version }: { values: VersionValue[]; version: string }) {
  return (
    <table className={styles.versionTable} data-testid="version-table">
      <caption className={styles.visuallyHidden}>The answer in every supported Python version</caption>
      <thead>
        <tr>
          <th scope="col">Python</th>
          <th scope="col">Answer</th>
        </tr>
      </thead>
      <tbody>
        {values.map((v) => (
          <tr key={v.version} className={v.version === version ? styles.own : undefined} data-version={v.version}>
            <th scope="row">
              {v.version}
              {v.version === version ? " (yours)" : ""}
            </th>
            <td className={v.sameAsOwn && v.version !== version ? styles.same : undefined}>{v.error ? `— (${v.error})` : v.display}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// ## Byte breakdown

export function Breakdown({ view }: { view: ObjectView }) {
  const e = view.explanation;
  return (
    <table className={styles.breakdown} data-testid="breakdown">
      <caption className={styles.visuallyHidden}>Byte breakdown of {view.label}</caption>
      <thead>
        <tr>
          <th scope="col">Part</th>
          <th scope="col">Units</th>
          <th scope="col">Bytes</th>
        </tr>
      </thead>
      <tbody>
        {e.parts.map((p, i) => (
          <tr key={i}>
            <td>
              {p.label}
              <br />
              <span className={styles.source}>{p.cpython}</span>
            </td>
            <td>{p.count !== undefined && p.each !== undefined ? `${p.count} × ${p.each}` : ""}</td>
            <td>{p.bytes}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">sys.getsizeof</th>
          <td />
          <td>
            <strong>{e.total}</strong>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

// ## Layout picture

const CELL_CLASS: Record<CellState, string> = {
  used: styles.cellUsed!,
  field: styles.cellField!,
  free: styles.cellFree!,
  spare: styles.cellSpare!,
  dummy: styles.cellDummy!,
};
const CELL_WORD: Record<CellState, string> = { used: "used", field: "field", free: "free", spare: "spare capacity", dummy: "deleted (dummy)" };
const MAX_CELLS = 48;

export function LayoutPicture({ layout, title }: { layout: Layout; title: string }) {
  const width = 640;
  const labelWidth = 190;
  const rowHeight = 30;
  const barWidth = width - labelWidth - 60;
  const rows = layout.regions;
  const legendStates = [...new Set(rows.flatMap((r) => r.cells?.states ?? []))];
  const height = rows.length * rowHeight + (legendStates.length ? 34 : 10);
  const maxBlockBytes = Math.max(...rows.filter((r) => !r.cells).map((r) => r.bytes), 1);
  const description = `${layout.typeName} object, ${layout.total} bytes: ${rows.map((r) => `${r.label} ${r.bytes} bytes`).join(", ")}. ${layout.caption}`;
  return (
    <figure className={styles.figure} data-testid="layout-picture">
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={`Memory layout of ${title}: ${description}`}>
        {rows.map((region, i) => {
          const y = i * rowHeight + 4;
          const cells = region.cells;
          let body;
          if (cells) {
            const shown = cells.states.slice(0, MAX_CELLS);
            const cellWidth = Math.min(22, (barWidth - 4) / Math.max(shown.length, 1));
            body = (
              <g>
                {shown.map((state, n) => (
                  <rect key={n} x={labelWidth + n * cellWidth} y={y} width={Math.max(cellWidth - 2, 1)} height={rowHeight - 10} rx={2} className={CELL_CLASS[state]} />
                ))}
                {cells.states.length > MAX_CELLS && (
                  <text x={labelWidth + shown.length * cellWidth + 4} y={y + 15} className={styles.svgMuted}>
                    +{cells.states.length - MAX_CELLS}
                  </text>
                )}
              </g>
            );
          } else {
            const w = Math.max(18, (region.bytes / maxBlockBytes) * Math.min(barWidth, 220));
            body = <rect x={labelWidth} y={y} width={w} height={rowHeight - 10} rx={3} className={region.preamble ? styles.blockPre : styles.block} />;
          }
          return (
            <g key={i}>
              <text x={0} y={y + 15} className={styles.svgText}>
                {region.label.length > 30 ? `${region.label.slice(0, 29)}…` : region.label}
              </text>
              {body}
              <text x={width - 4} y={y + 15} textAnchor="end" className={styles.svgMuted}>
                {region.bytes} B
              </text>
            </g>
          );
        })}
        {legendStates.length > 0 && (
          <g transform={`translate(0, ${rows.length * rowHeight + 10})`}>
            {legendStates.map((state, i) => (
              <g key={state} transform={`translate(${i * 130}, 0)`}>
                <rect width={14} height={14} rx={2} className={CELL_CLASS[state]} />
                <text x={20} y={12} className={styles.svgMuted}>
                  {CELL_WORD[state]}
                </text>
              </g>
            ))}
          </g>
        )}
      </svg>
      {layout.caption && <figcaption>{layout.caption}</figcaption>}
    </figure>
  );
}

// ## Growth chart

// Distinguishable in light and dark themes; the learner's family is also drawn thicker.
const SERIES_COLORS = ["#d55e00", "#0072b2", "#009e73", "#cc79a7", "#8a6d00", "#56b4e9"];

export function GrowthChart({ chart }: { chart: GrowthChartData }) {
  const width = 640;
  const height = 300;
  const m = { left: 56, right: 16, top: 16, bottom: 64 };
  const maxX = Math.max(...chart.families.map((f) => f.sizes.length - 1), ...chart.marks.map((k) => k.x), 1);
  const ys = [...chart.families.flatMap((f) => f.sizes), ...chart.marks.map((k) => k.y)];
  // Bytes start at zero; ticks on a 1-2-5 step so the axis reads cleanly.
  const maxY = Math.max(...ys);
  const rawStep = maxY / 4;
  const magnitude = 10 ** Math.floor(Math.log10(Math.max(rawStep, 1)));
  const tickStep = [1, 2, 5, 10].map((f) => f * magnitude).find((s) => s >= rawStep) ?? rawStep;
  const y0 = 0;
  const y1 = Math.ceil(maxY / tickStep) * tickStep;
  const sx = (x: number) => m.left + (x / maxX) * (width - m.left - m.right);
  const sy = (y: number) => height - m.bottom - ((y - y0) / (y1 - y0)) * (height - m.top - m.bottom);
  const stepPath = (sizes: number[]) =>
    sizes.map((s, i) => (i === 0 ? `M${sx(0)},${sy(s)}` : `H${sx(i)}V${sy(s)}`)).join("");
  const yTicks = Array.from({ length: Math.round(y1 / tickStep) + 1 }, (_, i) => i * tickStep);
  const xStep = Math.max(1, Math.ceil(maxX / 8));
  const xTicks = Array.from({ length: Math.floor(maxX / xStep) + 1 }, (_, i) => i * xStep);
  const description =
    `${chart.title}. ` +
    chart.families.map((f) => `Python ${f.label}: ${f.sizes.length > 1 ? `from ${f.sizes[0]} to ${f.sizes[f.sizes.length - 1]} bytes` : ""}`).join("; ") +
    ". " + chart.marks.map((k) => k.label).join("; ");
  return (
    <figure className={styles.figure} data-testid="growth-chart">
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={description}>
        {yTicks.map((t) => (
          <g key={`y${t}`}>
            <line x1={m.left} x2={width - m.right} y1={sy(t)} y2={sy(t)} className={styles.svgGrid} />
            <text x={m.left - 6} y={sy(t) + 4} textAnchor="end" className={styles.svgMuted}>{t}</text>
          </g>
        ))}
        {xTicks.map((t) => (
          <text key={`x${t}`} x={sx(t)} y={height - m.bottom + 16} textAnchor="middle" className={styles.svgMuted}>{t}</text>
        ))}
        <line x1={m.left} x2={m.left} y1={m.top} y2={height - m.bottom} className={styles.svgAxis} />
        <line x1={m.left} x2={width - m.right} y1={height - m.bottom} y2={height - m.bottom} className={styles.svgAxis} />
        <text x={(m.left + width - m.right) / 2} y={height - m.bottom + 32} textAnchor="middle" className={styles.svgText}>{chart.xLabel}</text>
        <text transform={`translate(14, ${(m.top + height - m.bottom) / 2}) rotate(-90)`} textAnchor="middle" className={styles.svgText}>bytes</text>
        {chart.families.map((f, i) => (
          <path key={f.label} d={stepPath(f.sizes)} fill="none" stroke={SERIES_COLORS[i % SERIES_COLORS.length]} strokeWidth={i === chart.ownFamily ? 3 : 1.5} strokeOpacity={i === chart.ownFamily ? 1 : 0.8} />
        ))}
        {chart.marks.map((k, i) =>
          k.kind === "key" ? (
            <circle key={i} cx={sx(k.x)} cy={sy(k.y)} r={6} fill="var(--ok)" stroke="var(--surface)" strokeWidth={2}>
              <title>{k.label}</title>
            </circle>
          ) : (
            <g key={i}>
              <rect x={sx(k.x) - 6} y={sy(k.y) - 6} width={12} height={12} transform={`rotate(45 ${sx(k.x)} ${sy(k.y)})`} fill="none" stroke="var(--danger)" strokeWidth={2.5} />
              <title>{k.label}</title>
            </g>
          ),
        )}
        <g transform={`translate(${m.left}, ${height - 14})`}>
          {chart.families.map((f, i) => (
            <g key={f.label} transform={`translate(${i * 120}, 0)`}>
              <line x1={0} x2={18} y1={-4} y2={-4} stroke={SERIES_COLORS[i % SERIES_COLORS.length]} strokeWidth={i === chart.ownFamily ? 3 : 1.5} />
              <text x={24} y={0} className={styles.svgMuted}>{`Python ${f.label}`}</text>
            </g>
          ))}
        </g>
      </svg>
      <figcaption>
        {chart.title}. {chart.marks.map((k) => k.label).join(" · ")}
      </figcaption>
    </figure>
  );
}
