// What the grader hands to the data layer when it records an attempt.
import { z } from "zod";
import { pythonVersionSchema } from "@/lib/validation/python";

export const recordSubmissionInputSchema = z.object({
  revisionId: z.string().min(1),
  variantSeed: z.number().int().min(0).max(2 ** 31 - 1),
  part: z.string().min(1).max(64),
  answer: z.string().max(200),
  correct: z.boolean(),
  pythonVersion: pythonVersionSchema,
  diagnosis: z.string().max(64).nullable().default(null),
  assignmentId: z.string().min(1).nullable().default(null),
});
export type RecordSubmissionInput = z.input<typeof recordSubmissionInputSchema>;
