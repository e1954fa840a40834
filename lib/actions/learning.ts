"use server";
// Answering exercises: grade and record (the answer key never leaves the server before this), and
// reveal the answer after trying.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getViewer } from "@/lib/auth/session";
import { AccessError } from "@/lib/data/access";
import { revealAnswers, submitAnswers, type GradingResult } from "@/lib/data/grading";

export interface AnswerState {
  /** Bumped on every completed call, so the form can announce repeated identical results. */
  round: number;
  message: string | null;
  result: GradingResult | null;
}

const submitFormSchema = z.object({
  slug: z.string().min(1).max(200),
  revisionId: z.string().min(1).max(64),
  python: z.string().max(8).optional(),
  intent: z.enum(["submit", "reveal"]).default("submit"),
  /** Set when the exercise is answered inside a course assignment (issue 3); lateness is decided on the server. */
  assignmentId: z.string().min(1).max(64).optional(),
});

/** Reads `answer:<part>` and `answer:<part>:<n>` fields into one list of strings per part. */
function answersFrom(formData: FormData): Record<string, string[]> {
  const answers: Record<string, string[]> = {};
  for (const [name, value] of formData.entries()) {
    const match = /^answer:([a-z0-9-]+)(?::(\d+))?$/.exec(name);
    if (!match || typeof value !== "string") continue;
    const list = (answers[match[1]!] ??= []);
    list[match[2] === undefined ? 0 : Number(match[2])] = value.slice(0, 200);
  }
  for (const list of Object.values(answers)) for (let i = 0; i < list.length; i++) list[i] ??= "";
  return answers;
}

/** Grades the learner's answers for one exercise (or reveals the answer with intent=reveal). */
export async function answerExerciseAction(previous: AnswerState, formData: FormData): Promise<AnswerState> {
  const round = previous.round + 1;
  const viewer = await getViewer();
  if (!viewer) return { round, message: "Please sign in.", result: null };
  const parsed = submitFormSchema.safeParse(Object.fromEntries([...formData.entries()].filter(([k]) => !k.startsWith("answer:"))));
  if (!parsed.success) return { round, message: "This form is out of date; reload the page.", result: null };
  const { slug, revisionId, python, intent, assignmentId } = parsed.data;
  try {
    if (intent === "reveal") {
      return { round, message: null, result: await revealAnswers(viewer, { slug, revisionId, python }) };
    }
    const answers = answersFrom(formData);
    if (Object.values(answers).every((list) => list.every((a) => a.trim() === ""))) {
      return { round, message: "Enter an answer first.", result: null };
    }
    const result = await submitAnswers(viewer, { slug, revisionId, python, answers, assignmentId });
    revalidatePath("/progress");
    revalidatePath("/exercises");
    return { round, message: null, result };
  } catch (error) {
    if (error instanceof AccessError) return { round, message: error.message, result: null };
    throw error;
  }
}
