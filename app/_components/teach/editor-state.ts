// The exercise editor's form state and its conversion to and from an exercise file. Parameters
// and parts are edited as small YAML snippets (the same notation as the content files).
import { parse, stringify } from "yaml";
import { exerciseFileSchema, type ExerciseFile } from "@/lib/content/schema";
import { PYTHON_VERSIONS } from "@/lib/validation/python";

export interface EditorState {
  title: string;
  topic: string;
  concepts: string;
  difficulty: string;
  summary: string;
  versions: string[];
  template: string;
  parameters: string;
  parts: string;
  hints: string;
  explanation: string;
}

export const STARTER: EditorState = {
  title: "",
  topic: "list",
  concepts: "list-growth",
  difficulty: "1",
  summary: "",
  versions: [...PYTHON_VERSIONS],
  template: "import sys\n\nitems = list(range({{n}}))\nprint(sys.getsizeof(items))\n",
  parameters: "n: { kind: int, min: 1, max: 20 }\n",
  parts: "- id: size\n  kind: exact\n  prompt: What does line 4 print?\n  measure: { output: 1 }\n",
  hints: "",
  explanation: "",
};

export function stateFromExercise(e: ExerciseFile): EditorState {
  return {
    title: e.title, topic: e.topic, concepts: e.concepts.join(", "), difficulty: String(e.difficulty), summary: e.summary,
    versions: [...e.pythonVersions], template: e.template,
    parameters: Object.keys(e.parameters).length ? stringify(e.parameters, { lineWidth: 0 }) : "",
    parts: stringify(e.parts, { lineWidth: 0 }),
    hints: e.hints.join("\n"), explanation: e.explanation,
  };
}

function yamlField(label: string, text: string, fallback: unknown, problems: string[]): unknown {
  if (!text.trim()) return fallback;
  try {
    return parse(text, { strict: true, uniqueKeys: true }) ?? fallback;
  } catch (error) {
    problems.push(`${label}: not valid YAML (${(error as Error).message.split("\n")[0]})`);
    return fallback;
  }
}

/** The raw exercise object the form describes (not yet validated), and YAML syntax problems. */
export function rawFromState(s: EditorState): { raw: Record<string, unknown>; problems: string[] } {
  const problems: string[] = [];
  const raw = {
    title: s.title.trim(), topic: s.topic.trim(),
    concepts: s.concepts.split(",").map((c) => c.trim()).filter(Boolean),
    difficulty: Number(s.difficulty), summary: s.summary.trim(),
    pythonVersions: PYTHON_VERSIONS.filter((v) => s.versions.includes(v)),
    parameters: yamlField("parameters", s.parameters, {}, problems),
    template: s.template,
    parts: yamlField("parts", s.parts, [], problems),
    hints: s.hints.split("\n").map((h) => h.trim()).filter(Boolean),
    explanation: s.explanation.trim(),
  };
  return { raw, problems };
}

/** Full validation, as the server will do on save. */
export function validateState(s: EditorState): { exercise: ExerciseFile | null; problems: string[] } {
  const { raw, problems } = rawFromState(s);
  const parsed = exerciseFileSchema.safeParse(raw);
  if (!parsed.success) problems.push(...parsed.error.issues.map((i) => `${i.path.join(".") || "exercise"}: ${i.message}`));
  return { exercise: parsed.success && problems.length === 0 ? parsed.data : null, problems };
}

/**
 * What the live preview runs: the form with placeholder metadata where it is still empty, so the
 * template and parts preview before the title or explanation are written.
 */
export function previewable(s: EditorState): { exercise: ExerciseFile | null; problems: string[] } {
  const { raw, problems } = rawFromState(s);
  const filled = {
    ...raw,
    title: s.title.trim().length >= 3 ? raw.title : "Untitled draft",
    topic: /^[a-z0-9-]+$/.test(s.topic.trim()) ? raw.topic : "draft",
    concepts: (raw.concepts as string[]).length && (raw.concepts as string[]).every((c) => /^[a-z0-9-]+$/.test(c)) ? raw.concepts : ["draft"],
    difficulty: [1, 2, 3].includes(raw.difficulty as number) ? raw.difficulty : 1,
    summary: raw.summary || "Draft.",
    explanation: raw.explanation || "Draft.",
  };
  const parsed = exerciseFileSchema.safeParse(filled);
  if (!parsed.success) problems.push(...parsed.error.issues.map((i) => `${i.path.join(".") || "exercise"}: ${i.message}`));
  return { exercise: parsed.success && problems.length === 0 ? parsed.data : null, problems };
}
