// Computes the author's live preview off the main thread: answer keys for a few seeds in every
// version of the exercise, with the simulator's errors and their template lines.
import type { ExerciseFile } from "@/lib/content/schema";
import { previewExercise, type PreviewVariant } from "@/lib/authoring/preview";

export interface PreviewRequest {
  id: number;
  exercise: ExerciseFile;
}

export interface PreviewResponse {
  id: number;
  variants: PreviewVariant[];
  ms: number;
}

self.onmessage = (event: MessageEvent<PreviewRequest>) => {
  const started = performance.now();
  const variants = previewExercise(event.data.exercise);
  self.postMessage({ id: event.data.id, variants, ms: performance.now() - started } satisfies PreviewResponse);
};
