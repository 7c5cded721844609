import "server-only";

/**
 * The one CSV writer for every file the portal hands out (the payout file, the wallet history, the
 * import template, and every export to come): RFC 4180 quoting, CRLF line ends, and cells a
 * spreadsheet would run as a formula made inert.
 */

export type CsvCell = string | number | null | undefined;

export type CsvOptions = {
  /**
   * Columns written exactly as stored, never prefixed: values a machine reads back (an account
   * number, an e-wallet id like "+84901234567") that must reach it unchanged.
   */
  verbatim?: readonly string[];
  /** Starts the text with a UTF-8 byte order mark, so Excel reads accents and "₫" correctly. Default true. */
  byteOrderMark?: boolean;
};

// OWASP "CSV injection": a cell starting with one of these is run as a formula by Excel, Sheets or LibreOffice.
const FORMULA_START = /^[=+\-@\t\r]/;
// A plain number ("-12.50", "+3") is only a number to a spreadsheet: prefixing it would turn an amount into text.
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** A cell a spreadsheet would run as a formula, prefixed with an apostrophe; numbers and everything else unchanged. */
export function inertCell(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

function quoted(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The CSV text of a header line and rows (each row's cells in the headers' order), ending with CRLF. */
export function toCsv(headers: readonly string[], rows: Iterable<readonly CsvCell[]>, options: CsvOptions = {}): string {
  const verbatim = new Set(options.verbatim ?? []);
  const lines = [headers.map((h) => quoted(inertCell(h))).join(",")];
  for (const row of rows) {
    lines.push(
      headers
        .map((header, i) => {
          const cell = row[i];
          const text = cell === null || cell === undefined ? "" : String(cell);
          return quoted(verbatim.has(header) ? text : inertCell(text));
        })
        .join(","),
    );
  }
  return `${options.byteOrderMark === false ? "" : "\uFEFF"}${lines.join("\r\n")}\r\n`;
}
