// SourceError: the one exception the front end throws, carrying the Python exception class
// CPython would raise while compiling (SyntaxError, IndentationError, TabError) or the
// simulator's own NotImplementedError for valid Python outside the supported subset.

export type SourceErrorType = "SyntaxError" | "IndentationError" | "TabError" | "NotImplementedError";

/**
 * A compile-time error with CPython's class name. Fields follow CPython's SyntaxError:
 * `lineno` is 1-based, `col_offset` is 0-based (the message shows it 1-based, like the caret).
 *
 * - `message`   the full text, e.g. "SyntaxError: invalid syntax (line 1, column 7)"
 * - `pyMessage` the text after "ClassName: ", e.g. "invalid syntax (line 1, column 7)"
 * - `detail`    the bare reason, e.g. "invalid syntax"
 */
export class SourceError extends Error {
  readonly pyMessage: string;

  constructor(
    readonly pyType: SourceErrorType,
    readonly detail: string,
    readonly lineno: number,
    readonly col_offset: number,
  ) {
    const where =
      pyType === "NotImplementedError" ? `(line ${lineno})` : `(line ${lineno}, column ${col_offset + 1})`;
    const pyMessage = `${detail} ${where}`;
    super(`${pyType}: ${pyMessage}`);
    this.name = "SourceError";
    this.pyMessage = pyMessage;
  }
}
