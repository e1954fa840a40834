// Monaco's editor worker, bundled from node_modules and served from our own origin (no CDN).
import "monaco-editor/editor/editor.worker";
