// The Python versions Bytewise grades against (the simulator models each one).
import { z } from "zod";

export const PYTHON_VERSIONS = ["3.6", "3.7", "3.8", "3.9", "3.10", "3.11", "3.12", "3.13"] as const;
export type PythonVersionId = (typeof PYTHON_VERSIONS)[number];

/** New accounts default to the newest supported version. */
export const DEFAULT_PYTHON_VERSION: PythonVersionId = "3.13";

export const pythonVersionSchema = z.enum(PYTHON_VERSIONS, {
  error: "Choose one of the supported Python versions.",
});
