"use client";
// The exercise editor's structured lists: parameters, parts (with their steps or items) and hints,
// each row with its kind's fields and Up / Down / Remove buttons. Every field shows its own
// messages (from the same zod schema the server uses) next to it, linked with aria-describedby.
import { createContext, useContext, type ReactNode } from "react";
import {
  emptyHint, emptyParameter, emptyPart, emptyStep, PARAMETER_KINDS, PART_KINDS,
  type FieldErrors, type HintRow, type MeasureRow, type ParameterKind, type ParameterRow, type PartKind, type PartRow, type StepRow,
} from "@/lib/authoring/form";
import styles from "./teach.module.css";

interface FieldContextValue {
  /** The page-unique prefix of element ids. */
  base: string;
  errors: FieldErrors;
}

export const FieldContext = createContext<FieldContextValue>({ base: "f", errors: {} });

/** The element id of a form field key (`parts.0.prompt` → `<base>-parts-0-prompt`). */
export function fieldId(base: string, key: string): string {
  return `${base}-${key.replace(/\./g, "-")}`;
}

/** Focus an element once React has rendered (after a row moves or disappears). */
export function focusSoon(elementId: string) {
  setTimeout(() => document.getElementById(elementId)?.focus(), 0);
}

/** Messages for `key`, with the id inputs point to with aria-describedby. */
function useFieldErrors(key: string): { id: string; errorId: string; messages: string[] } {
  const { base, errors } = useContext(FieldContext);
  const id = fieldId(base, key);
  return { id, errorId: `${id}-error`, messages: errors[key] ?? [] };
}

export function ErrorText({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <p id={id} className="field-error">
      {messages.join(" ")}
    </p>
  );
}

/** Messages that belong to a whole section or row rather than one input. */
export function SectionErrors({ fieldKey }: { fieldKey: string }) {
  const { errorId, messages } = useFieldErrors(fieldKey);
  return <ErrorText id={errorId} messages={messages} />;
}

interface TextFieldProps {
  fieldKey: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  help?: ReactNode;
  rows?: number;
  code?: boolean;
  inputMode?: "numeric" | "decimal" | "text";
  wide?: boolean;
}

export function TextField({ fieldKey, label, value, onChange, help, rows, code, inputMode, wide }: TextFieldProps) {
  const { id, errorId, messages } = useFieldErrors(fieldKey);
  const helpId = help ? `${id}-help` : undefined;
  const describedBy = [messages.length ? errorId : null, helpId].filter(Boolean).join(" ") || undefined;
  const common = {
    id, value, "data-field": fieldKey, "aria-invalid": messages.length > 0 ? true : undefined, "aria-describedby": describedBy,
    className: code ? styles.code : undefined, spellCheck: code ? false : undefined,
  };
  return (
    <div className={`field ${wide === false ? styles.narrowField : ""}`}>
      <label htmlFor={id}>{label}</label>
      {rows ? (
        <textarea {...common} rows={rows} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} inputMode={inputMode} autoComplete="off" onChange={(e) => onChange(e.target.value)} />
      )}
      {help && (
        <p id={helpId} className={`muted ${styles.help}`}>
          {help}
        </p>
      )}
      <ErrorText id={errorId} messages={messages} />
    </div>
  );
}

interface SelectFieldProps<T extends string> {
  fieldKey: string;
  label: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
}

export function SelectField<T extends string>({ fieldKey, label, value, options, onChange }: SelectFieldProps<T>) {
  const { id, errorId, messages } = useFieldErrors(fieldKey);
  return (
    <div className={`field ${styles.narrowField}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} data-field={fieldKey} aria-invalid={messages.length > 0 ? true : undefined} aria-describedby={messages.length ? errorId : undefined} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <ErrorText id={errorId} messages={messages} />
    </div>
  );
}

// ## Row controls shared by every list

function move<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

interface RowControlsProps {
  /** "parameter 2", "part 1 step 3", … */
  name: string;
  /** Element id prefix of this list's controls (`…-parameters`), for keeping focus after a change. */
  listId: string;
  index: number;
  count: number;
  min: number;
  onChange: (update: { move: number } | { remove: true }) => void;
}

function RowControls({ name, listId, index, count, min, onChange }: RowControlsProps) {
  return (
    <div className={styles.rowControls}>
      <button type="button" className="secondary" id={`${listId}-up-${index}`} aria-label={`Move ${name} up`} disabled={index === 0}
        onClick={() => {
          onChange({ move: index - 1 });
          focusSoon(index - 1 === 0 ? `${listId}-down-0` : `${listId}-up-${index - 1}`);
        }}>
        Up
      </button>
      <button type="button" className="secondary" id={`${listId}-down-${index}`} aria-label={`Move ${name} down`} disabled={index === count - 1}
        onClick={() => {
          onChange({ move: index + 1 });
          focusSoon(index + 1 === count - 1 ? `${listId}-up-${count - 1}` : `${listId}-down-${index + 1}`);
        }}>
        Down
      </button>
      <button type="button" className="secondary" aria-label={`Remove ${name}`} disabled={count <= min}
        onClick={() => {
          onChange({ remove: true });
          focusSoon(`${listId}-add`);
        }}>
        Remove
      </button>
    </div>
  );
}

function applyRowChange<T>(list: T[], index: number, update: { move: number } | { remove: true }): T[] {
  if ("remove" in update) return list.filter((_, i) => i !== index);
  return move(list, index, update.move);
}

function AddButton({ listId, label, onClick }: { listId: string; label: string; onClick: () => void }) {
  return (
    <button type="button" className="secondary" id={`${listId}-add`} onClick={onClick}>
      {label}
    </button>
  );
}

// ## Parameters

export function ParametersEditor({ rows, onChange }: { rows: ParameterRow[]; onChange: (rows: ParameterRow[]) => void }) {
  const { base } = useContext(FieldContext);
  const listId = `${base}-parameters`;
  const update = (i: number, patch: Partial<ParameterRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className={styles.section} id={fieldId(base, "parameters")}>
      <legend>Parameters</legend>
      <p className={`muted ${styles.help}`}>
        Each learner gets one value per parameter; <code>{"{{name}}"}</code> in the template or a measured expression inserts it.
      </p>
      <SectionErrors fieldKey="parameters" />
      {rows.length === 0 && <p className="muted">No parameters: every learner sees the same code.</p>}
      {rows.map((row, i) => (
        <fieldset key={row.key} className={styles.row}>
          <legend>Parameter {i + 1}</legend>
          <div className={styles.rowFields}>
            <TextField fieldKey={`parameters.${i}.name`} label="Name" value={row.name} onChange={(name) => update(i, { name })} code wide={false} />
            <SelectField fieldKey={`parameters.${i}.kind`} label="Kind" value={row.kind} options={PARAMETER_KINDS} onChange={(kind: ParameterKind) => update(i, { kind })} />
            {row.kind === "int" && (
              <>
                <TextField fieldKey={`parameters.${i}.min`} label="Minimum" value={row.min} onChange={(min) => update(i, { min })} inputMode="numeric" wide={false} />
                <TextField fieldKey={`parameters.${i}.max`} label="Maximum" value={row.max} onChange={(max) => update(i, { max })} inputMode="numeric" wide={false} />
              </>
            )}
          </div>
          {row.kind !== "int" && (
            <TextField
              fieldKey={`parameters.${i}.values`} label="Values (one per line)" value={row.values} onChange={(values) => update(i, { values })} rows={3} code
              help={row.kind === "name" ? "Python identifiers, inserted as written (a field or variable name)." : <>Inserted as Python literals: numbers stay numbers, other text becomes a string; quote a number to make it a string (<code>&quot;3&quot;</code>).</>}
            />
          )}
          <RowControls name={`parameter ${i + 1}`} listId={listId} index={i} count={rows.length} min={0} onChange={(u) => onChange(applyRowChange(rows, i, u))} />
        </fieldset>
      ))}
      <AddButton listId={listId} label="Add a parameter" onClick={() => {
        onChange([...rows, emptyParameter()]);
        focusSoon(fieldId(base, `parameters.${rows.length}.name`));
      }} />
    </fieldset>
  );
}

// ## Parts

const MEASURE_TYPES = [
  { value: "expression" as const, label: "A Python expression (evaluated after the template)" },
  { value: "output" as const, label: "A printed line" },
];

function MeasureFields({ fieldKey, measure, onChange }: { fieldKey: string; measure: MeasureRow; onChange: (m: MeasureRow) => void }) {
  return (
    <>
      <SelectField fieldKey={`${fieldKey}.type`} label="What is measured" value={measure.type} options={MEASURE_TYPES} onChange={(type) => onChange({ ...measure, type })} />
      {measure.type === "expression" ? (
        <TextField fieldKey={`${fieldKey}.expression`} label="Expression" value={measure.expression} onChange={(expression) => onChange({ ...measure, expression })} code help={<>For example <code>sys.getsizeof(row)</code>.</>} />
      ) : (
        <TextField fieldKey={`${fieldKey}.output`} label="Printed line number" value={measure.output} onChange={(output) => onChange({ ...measure, output })} inputMode="numeric" wide={false} help="1 is the first line the template prints." />
      )}
      <SectionErrors fieldKey={fieldKey} />
    </>
  );
}

function StepsEditor({ partIndex, kind, steps, onChange }: { partIndex: number; kind: "trace" | "ranking"; steps: StepRow[]; onChange: (steps: StepRow[]) => void }) {
  const { base } = useContext(FieldContext);
  const noun = kind === "trace" ? "step" : "item";
  const listId = `${base}-parts-${partIndex}-steps`;
  const update = (j: number, patch: Partial<StepRow>) => onChange(steps.map((s, k) => (k === j ? { ...s, ...patch } : s)));
  return (
    <fieldset className={styles.section} id={fieldId(base, `parts.${partIndex}.steps`)}>
      <legend>{kind === "trace" ? "Steps (one number each, in order)" : "Items (the learner orders them, smallest first)"}</legend>
      <SectionErrors fieldKey={`parts.${partIndex}.steps`} />
      {steps.map((step, j) => (
        <fieldset key={step.key} className={styles.row}>
          <legend>
            {noun === "step" ? "Step" : "Item"} {j + 1}
          </legend>
          <TextField fieldKey={`parts.${partIndex}.steps.${j}.label`} label="Label" value={step.label} onChange={(label) => update(j, { label })} />
          <MeasureFields fieldKey={`parts.${partIndex}.steps.${j}.measure`} measure={step.measure} onChange={(measure) => update(j, { measure })} />
          <RowControls name={`part ${partIndex + 1} ${noun} ${j + 1}`} listId={listId} index={j} count={steps.length} min={0} onChange={(u) => onChange(applyRowChange(steps, j, u))} />
        </fieldset>
      ))}
      <AddButton listId={listId} label={`Add a${noun === "item" ? "n" : ""} ${noun}`} onClick={() => {
        onChange([...steps, emptyStep()]);
        focusSoon(fieldId(base, `parts.${partIndex}.steps.${steps.length}.label`));
      }} />
    </fieldset>
  );
}

export function PartsEditor({ rows, onChange }: { rows: PartRow[]; onChange: (rows: PartRow[]) => void }) {
  const { base } = useContext(FieldContext);
  const listId = `${base}-parts`;
  const update = (i: number, patch: Partial<PartRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className={styles.section} id={fieldId(base, "parts")}>
      <legend>Parts</legend>
      <p className={`muted ${styles.help}`}>A part says what to measure; the simulator computes its answer for each variant and version.</p>
      <SectionErrors fieldKey="parts" />
      {rows.map((row, i) => (
        <fieldset key={row.key} className={styles.row} id={fieldId(base, `parts.${i}`)}>
          <legend>Part {i + 1}</legend>
          <SectionErrors fieldKey={`parts.${i}`} />
          <div className={styles.rowFields}>
            <TextField fieldKey={`parts.${i}.id`} label="Part id" value={row.id} onChange={(id) => update(i, { id })} code wide={false} />
            <SelectField fieldKey={`parts.${i}.kind`} label="Question kind" value={row.kind} options={PART_KINDS} onChange={(kind: PartKind) => update(i, { kind })} />
          </div>
          <TextField fieldKey={`parts.${i}.prompt`} label="Prompt" value={row.prompt} onChange={(prompt) => update(i, { prompt })} rows={2} />
          {(row.kind === "exact" || row.kind === "estimate") && (
            <MeasureFields fieldKey={`parts.${i}.measure`} measure={row.measure} onChange={(measure) => update(i, { measure })} />
          )}
          {row.kind === "estimate" && (
            <TextField fieldKey={`parts.${i}.tolerance`} label="Tolerance (relative, 0.05 = 5%)" value={row.tolerance} onChange={(tolerance) => update(i, { tolerance })} inputMode="decimal" wide={false} />
          )}
          {(row.kind === "trace" || row.kind === "ranking") && <StepsEditor partIndex={i} kind={row.kind} steps={row.steps} onChange={(steps) => update(i, { steps })} />}
          {row.kind === "threshold" && (
            <>
              <TextField fieldKey={`parts.${i}.step`} label="Code run each time" value={row.step} onChange={(step) => update(i, { step })} rows={2} code help={<>Runs after the template, up to the maximum number of times, with <code>i</code> = 0, 1, …</>} />
              <TextField fieldKey={`parts.${i}.measure.expression`} label="Measured expression" value={row.thresholdMeasure} onChange={(thresholdMeasure) => update(i, { thresholdMeasure })} code help="The answer is the number of runs after which its value first changes." />
              <SectionErrors fieldKey={`parts.${i}.measure`} />
              <TextField fieldKey={`parts.${i}.maxSteps`} label="Maximum runs" value={row.maxSteps} onChange={(maxSteps) => update(i, { maxSteps })} inputMode="numeric" wide={false} />
            </>
          )}
          <RowControls name={`part ${i + 1}`} listId={listId} index={i} count={rows.length} min={1} onChange={(u) => onChange(applyRowChange(rows, i, u))} />
        </fieldset>
      ))}
      <AddButton listId={listId} label="Add a part" onClick={() => {
        onChange([...rows, emptyPart()]);
        focusSoon(fieldId(base, `parts.${rows.length}.id`));
      }} />
    </fieldset>
  );
}

// ## Hints

export function HintsEditor({ rows, onChange }: { rows: HintRow[]; onChange: (rows: HintRow[]) => void }) {
  const { base } = useContext(FieldContext);
  const listId = `${base}-hints`;
  return (
    <fieldset className={styles.section} id={fieldId(base, "hints")}>
      <legend>Hints (revealed one at a time, in this order)</legend>
      <SectionErrors fieldKey="hints" />
      {rows.length === 0 && <p className="muted">No hints yet.</p>}
      {rows.map((row, i) => (
        <div key={row.key} className={styles.row}>
          <TextField fieldKey={`hints.${i}`} label={`Hint ${i + 1}`} value={row.text} onChange={(text) => onChange(rows.map((r, j) => (j === i ? { ...r, text } : r)))} rows={2} />
          <RowControls name={`hint ${i + 1}`} listId={listId} index={i} count={rows.length} min={0} onChange={(u) => onChange(applyRowChange(rows, i, u))} />
        </div>
      ))}
      <AddButton listId={listId} label="Add a hint" onClick={() => {
        onChange([...rows, emptyHint()]);
        focusSoon(fieldId(base, `hints.${rows.length}`));
      }} />
    </fieldset>
  );
}
