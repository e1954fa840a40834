// Content as code: an exercise written back as the same YAML file content/exercises/ holds, and a
// course's set of exercises as a tar of such files. Importing goes through parseExerciseFile, the
// path the built-in library loads through, so export → import changes nothing.
import { Document, isMap, isSeq, type Node } from "yaml";
import type { ExerciseFile } from "@/lib/content/schema";
import { PYTHON_VERSIONS } from "@/lib/validation/python";

// Keys in the order the library's files use.
const KEY_ORDER = ["title", "topic", "concepts", "difficulty", "summary", "pythonVersions", "parameters", "template", "parts", "hints", "explanation"] as const;

/** The exercise as a content file: defaults left out, short lists and measures in flow style, multi-line text as literal blocks. */
export function exerciseToYaml(exercise: ExerciseFile, comment?: string): string {
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) {
    const value = exercise[key];
    if (key === "pythonVersions" && PYTHON_VERSIONS.every((v, i) => exercise.pythonVersions[i] === v) && exercise.pythonVersions.length === PYTHON_VERSIONS.length) continue;
    if (key === "parameters" && Object.keys(exercise.parameters).length === 0) continue;
    if (key === "hints" && exercise.hints.length === 0) continue;
    ordered[key] = value;
  }
  const doc = new Document(ordered);
  if (comment) doc.commentBefore = ` ${comment.replace(/\n/g, " ")}`;
  const flow = (node: unknown) => {
    if (isMap(node) || isSeq(node)) (node as Node & { flow?: boolean }).flow = true;
  };
  flow(doc.get("concepts", true));
  flow(doc.get("pythonVersions", true));
  const parameters = doc.get("parameters", true);
  if (isMap(parameters)) for (const pair of parameters.items) flow(pair.value);
  const parts = doc.get("parts", true);
  if (isSeq(parts)) {
    for (const part of parts.items) {
      if (!isMap(part)) continue;
      flow(part.get("measure", true));
      for (const listKey of ["steps", "items"]) {
        const list = part.get(listKey, true);
        if (isSeq(list)) for (const entry of list.items) if (isMap(entry)) flow(entry.get("measure", true));
      }
    }
  }
  return doc.toString({ lineWidth: 0, blockQuote: "literal", flowCollectionPadding: true });
}

// ## A minimal ustar writer: enough for `tar xf` and for our own import.

function header(name: string, size: number, mtime: number): Uint8Array {
  const block = new Uint8Array(512);
  const put = (text: string, offset: number, length: number) => {
    const bytes = new TextEncoder().encode(text);
    block.set(bytes.subarray(0, length), offset);
  };
  const octal = (n: number, length: number) => n.toString(8).padStart(length - 1, "0") + "\0";
  put(name, 0, 100);
  put(octal(0o644, 8), 100, 8);
  put(octal(0, 8), 108, 8);
  put(octal(0, 8), 116, 8);
  put(octal(size, 12), 124, 12);
  put(octal(mtime, 12), 136, 12);
  put("        ", 148, 8);
  put("0", 156, 1);
  put("ustar\0", 257, 6);
  put("00", 263, 2);
  let sum = 0;
  for (const b of block) sum += b;
  put(sum.toString(8).padStart(6, "0") + "\0 ", 148, 8);
  return block;
}

/** A tar archive of text files (names up to 100 bytes). */
export function tarFiles(files: { name: string; text: string }[], mtime = 0): Uint8Array {
  const chunks: Uint8Array[] = [];
  for (const file of files) {
    const body = new TextEncoder().encode(file.text);
    chunks.push(header(file.name, body.length, mtime), body, new Uint8Array((512 - (body.length % 512)) % 512));
  }
  chunks.push(new Uint8Array(1024));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

/** The regular files of a tar archive (as written by tarFiles or GNU tar). */
export function untarFiles(data: Uint8Array): { name: string; text: string }[] {
  const files: { name: string; text: string }[] = [];
  const decoder = new TextDecoder();
  for (let offset = 0; offset + 512 <= data.length; ) {
    const block = data.subarray(offset, offset + 512);
    if (block.every((b) => b === 0)) break;
    const field = (start: number, length: number) => decoder.decode(block.subarray(start, start + length)).replace(/\0.*$/s, "");
    const size = parseInt(field(124, 12).trim() || "0", 8);
    const type = field(156, 1);
    const prefix = field(345, 155);
    const name = (prefix ? `${prefix}/` : "") + field(0, 100);
    const body = data.subarray(offset + 512, offset + 512 + size);
    if (type === "0" || type === "") files.push({ name, text: decoder.decode(body) });
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}
