import "server-only";
import Papa from "papaparse";
import { toCsv } from "@/lib/csv/write";
import { currencyExponent, formatMoneyPlain, type CurrencyCode } from "@/lib/money";

/**
 * Reading a product CSV: the columns, the limits, and the split of the text into rows with the line
 * each row starts on. Checking the rows against the product rules is `csv-import-check.ts`.
 */

export const CSV_COLUMNS = ["title", "sku", "price", "category", "stock", "description", "open_rate", "flat_fee", "open_to_affiliates", "external_url"] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly CsvColumn[] = ["title", "sku", "price", "category"];

export const MAX_IMPORT_ROWS = 20_000;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** One problem, on a line of the file and, when it is about one value, its column. */
export type CsvIssue = { line: number; column: CsvColumn | null; message: string };

/** A data row: the values of the known columns, and the line of the file where it starts (the header is line 1). */
export type CsvRow = { line: number; values: Partial<Record<CsvColumn, string>> };

export type ParsedCsv = {
  /** Problems with the whole file (no header, a required column missing, too many rows): nothing can be imported. */
  fileErrors: string[];
  /** Header names that are not product columns, as written in the file. */
  ignoredColumns: string[];
  rows: CsvRow[];
  /** Rows that could not be read into columns (a stray comma, an unclosed quote). */
  issues: CsvIssue[];
};

const LINE_BREAK = /\r\n|\r|\n/g;
const countLineBreaks = (text: string) => text.match(LINE_BREAK)?.length ?? 0;

/** "Open Rate", " open-rate " and "OPEN_RATE" all name the open_rate column. */
function columnKey(header: string): string {
  return header.trim().toLowerCase().replace(/[\s-]+/g, "_");
}

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`);

function listWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

/**
 * Spreadsheets in some locales save with semicolons (or tabs); the header line, which holds no
 * quoted commas, tells which one this file uses.
 */
function guessDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r|\n/) === -1 ? undefined : text.search(/\r|\n/));
  let best = ",";
  let bestCount = 0;
  for (const delimiter of [",", ";", "\t"]) {
    const count = firstLine.split(delimiter).length - 1;
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

type Header = { columns: (CsvColumn | null)[]; fileErrors: string[]; ignoredColumns: string[] };

function readHeader(cells: string[]): Header {
  const columns: (CsvColumn | null)[] = [];
  const ignoredColumns: string[] = [];
  const fileErrors: string[] = [];
  const seen = new Set<CsvColumn>();
  for (const cell of cells) {
    const key = columnKey(cell);
    const column = (CSV_COLUMNS as readonly string[]).includes(key) ? (key as CsvColumn) : null;
    columns.push(column);
    if (column === null) {
      if (key !== "") ignoredColumns.push(cell.trim());
    } else if (seen.has(column)) {
      fileErrors.push(`The column "${column}" appears twice in the header. Keep one of them.`);
    } else {
      seen.add(column);
    }
  }
  const missing = REQUIRED_COLUMNS.filter((c) => !seen.has(c));
  if (missing.length > 0) {
    fileErrors.unshift(`The file has no ${listWords(quoted(missing))} column${missing.length === 1 ? "" : "s"}. The first line must name the columns; required: ${REQUIRED_COLUMNS.join(", ")}.`);
  }
  return { columns, fileErrors, ignoredColumns };
}

/**
 * Splits the file into rows with papaparse (quoted fields with commas, quotes and line breaks inside,
 * CRLF or LF). The first non-empty line is the header; blank lines are skipped but still counted, so
 * every line number matches what a text editor shows.
 */
export function parseProductCsv(input: string): ParsedCsv {
  const text = input.replace(/^\uFEFF/, "");
  const rows: CsvRow[] = [];
  const issues: CsvIssue[] = [];
  // Assigned inside papaparse's callback, which the type checker cannot follow.
  let header = null as Header | null;
  let tooMany = false;
  let cursor = 0;
  let breaksBefore = 0;

  Papa.parse<string[]>(text, {
    delimiter: guessDelimiter(text),
    skipEmptyLines: true,
    step: (result, parser) => {
      // A row's text runs from the previous row's end to `cursor`, after any empty lines papaparse skipped.
      const end = result.meta.cursor;
      const segment = text.slice(cursor, end);
      const line = 1 + breaksBefore + countLineBreaks(/^[\r\n]*/.exec(segment)![0]);
      breaksBefore += countLineBreaks(segment);
      cursor = end;
      const cells = result.data;
      if (cells.every((cell) => cell.trim() === "")) return;

      if (!header) {
        header = readHeader(cells);
        return;
      }
      if (rows.length + issues.length >= MAX_IMPORT_ROWS) {
        tooMany = true;
        parser.abort();
        return;
      }
      if (result.errors.some((e) => e.code === "MissingQuotes")) {
        issues.push({ line, column: null, message: "A quoted value is never closed: every opening \" needs a closing \"." });
        return;
      }
      const { columns } = header;
      const extra = cells.slice(columns.length).filter((c) => c.trim() !== "");
      if (extra.length > 0 || cells.length < columns.length) {
        issues.push({
          line,
          column: null,
          message: `This line has ${cells.length} values but the header has ${columns.length} columns. Put values that contain a comma in double quotes.`,
        });
        return;
      }
      const values: CsvRow["values"] = {};
      columns.forEach((column, i) => {
        if (column) values[column] = cells[i] ?? "";
      });
      rows.push({ line, values });
    },
  });

  const found = header;
  if (!found) return { fileErrors: ["The file is empty. Start from the template: a header line, then one product per line."], ignoredColumns: [], rows: [], issues: [] };
  const fileErrors = [...found.fileErrors];
  if (tooMany) fileErrors.push(`The file has more than ${MAX_IMPORT_ROWS.toLocaleString("en")} products. Split it into smaller files.`);
  else if (rows.length + issues.length === 0 && fileErrors.length === 0) fileErrors.push("The file has a header but no products under it.");
  return { fileErrors, ignoredColumns: found.ignoredColumns, rows, issues };
}

/** Example amounts a seller of this currency would recognise: 24.50 in dollars, 150000 in dong. */
function exampleAmount(currency: CurrencyCode, twoDecimalMinor: number, zeroDecimal: number): string {
  const exponent = currencyExponent(currency);
  return formatMoneyPlain(exponent === 0 ? zeroDecimal : twoDecimalMinor * 10 ** (exponent - 2), currency);
}

/** A price as a seller of this currency would write it, for hints. */
export const examplePrice = (currency: CurrencyCode) => exampleAmount(currency, 2450, 150_000);

/** A template with the header and two example rows (the second with every column), in the shop's currency. */
export function productCsvTemplate(currency: CurrencyCode): string {
  const rows = [
    ["Linen tea towel", "TT-001", examplePrice(currency), "Kitchen", "40", "Stonewashed linen, 50 x 70 cm", "", "", "yes", ""],
    ["Ceramic mug, speckled", "MUG-014", exampleAmount(currency, 1800, 90_000), "Kitchen", "12", "Holds 350 ml.\nDishwasher safe.", "10", exampleAmount(currency, 100, 5_000), "no", ""],
  ];
  // The download route adds the byte order mark; the text itself is what the import reads back.
  return toCsv(CSV_COLUMNS, rows, { byteOrderMark: false });
}
