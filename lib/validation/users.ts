// Account administration and profile inputs.
import { z } from "zod";
import { pythonVersionSchema } from "@/lib/validation/python";

export const ROLES = ["LEARNER", "INSTRUCTOR", "ADMIN"] as const;
export const roleSchema = z.enum(ROLES, { error: "Choose learner, instructor or admin." });

export const changeRoleInputSchema = z.object({
  userId: z.string().min(1),
  role: roleSchema,
});
export type ChangeRoleInput = z.infer<typeof changeRoleInputSchema>;

export const updatePreferredPythonInputSchema = z.object({
  preferredPython: pythonVersionSchema,
});
export type UpdatePreferredPythonInput = z.infer<typeof updatePreferredPythonInputSchema>;
