// Self-hosted Monaco: the editor API plus the contributions a small Python editor needs, the Python
// grammar, and a local worker. Nothing is fetched from a CDN. Imported only by the exercise editor (authoring pages).
import * as monaco from "monaco-editor/editor/editor.api";
import "monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching";
import "monaco-editor/editor/contrib/clipboard/browser/clipboard";
import "monaco-editor/editor/contrib/comment/browser/comment";
import "monaco-editor/editor/contrib/contextmenu/browser/contextmenu";
import "monaco-editor/editor/contrib/cursorUndo/browser/cursorUndo";
import "monaco-editor/editor/contrib/folding/browser/folding";
import "monaco-editor/editor/contrib/hover/browser/hoverContribution";
import "monaco-editor/editor/contrib/indentation/browser/indentation";
import "monaco-editor/editor/contrib/linesOperations/browser/linesOperations";
import "monaco-editor/editor/contrib/multicursor/browser/multicursor";
import "monaco-editor/editor/contrib/wordHighlighter/browser/wordHighlighter";
import "monaco-editor/features/find/register";
import "monaco-editor/languages/definitions/python/register";
import { loader } from "@monaco-editor/react";

self.MonacoEnvironment = {
  getWorker() {
    return new Worker(new URL("./editor.worker.ts", import.meta.url));
  },
};
loader.config({ monaco });

export { monaco };
