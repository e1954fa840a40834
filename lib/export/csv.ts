// CSV that spreadsheets read safely: RFC 4180 quoting (CRLF line ends, fields with a comma, quote
// or line break wrapped in quotes, quotes doubled) and formula injection neutralised (a cell
// starting with = + - @ tab or CR gets a leading apostrophe, as OWASP's CSV injection advice says).
export type CsvValue = string | number | boolean | Date | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell's text, neutralised and quoted when needed. Finite numbers are written as numbers. */
export function csvCell(value: CsvValue): string {
  let text: string;
  if (value === null || value === undefined) text = "";
  else if (value instanceof Date) text = value.toISOString();
  else if (typeof value === "number") {
    // A negative number is data, not a formula; only non-finite numbers go through as text.
    if (Number.isFinite(value)) return String(value);
    text = String(value);
  } else text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: header row, then rows, CRLF line ends, a trailing CRLF. */
export function toCsv(header: string[], rows: CsvValue[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** A file name safe for Content-Disposition: letters, digits, dashes. */
export function csvFileName(...parts: string[]): string {
  const stem = parts.join("-").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80);
  return `${stem || "export"}.csv`;
}
