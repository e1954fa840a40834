// Assignment and roster inputs from the instructor's course page (issue 3).
import { z } from "zod";

/** `<input type="datetime-local">` gives "2026-11-26T10:00" (server local time); empty means none. */
const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((text, ctx) => {
    if (!text) return null;
    const date = new Date(text);
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: "custom", message: "Enter a date and time." });
      return z.NEVER;
    }
    return date;
  });

export const createAssignmentInputSchema = z
  .object({
    courseId: z.string().min(1).max(64),
    title: z.string().trim().min(3, "Use at least 3 characters.").max(120, "Use at most 120 characters."),
    opensAt: optionalDate,
    dueAt: optionalDate,
    exercises: z.array(z.string().min(1).max(200)).min(1, "Choose at least one exercise.").max(200),
  })
  .refine((a) => !a.opensAt || !a.dueAt || a.opensAt < a.dueAt, { path: ["dueAt"], message: "The due date must come after the opening date." });
export type CreateAssignmentInput = z.infer<typeof createAssignmentInputSchema>;

export const assignmentIdInputSchema = z.object({ assignmentId: z.string().min(1).max(64) });

export const removeLearnerInputSchema = z.object({
  courseId: z.string().min(1).max(64),
  userId: z.string().min(1).max(64),
});
