// Course inputs (issue 3 extends these with assignments).
import { z } from "zod";

export const createCourseInputSchema = z.object({
  title: z.string().trim().min(3, "Use at least 3 characters.").max(120, "Use at most 120 characters."),
  description: z.string().trim().max(2000, "Use at most 2000 characters.").default(""),
});
export type CreateCourseInput = z.infer<typeof createCourseInputSchema>;

export const joinCourseInputSchema = z.object({
  joinCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{6,12}$/, "A join code is 6 to 12 letters and digits."),
});
export type JoinCourseInput = z.infer<typeof joinCourseInputSchema>;
