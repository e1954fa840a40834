"use client";
// Monaco and the simulator load only on the authoring pages, only in the browser.
import dynamic from "next/dynamic";
import type { ExerciseEditorProps } from "./exercise-editor";

const ExerciseEditor = dynamic(() => import("./exercise-editor"), { ssr: false, loading: () => <p>Loading the editor and the simulator…</p> });

export function ExerciseEditorLoader(props: ExerciseEditorProps) {
  return <ExerciseEditor {...props} />;
}
