import "server-only";
import type { CurrencyCode } from "@/lib/money";
import { productSchema, ratePercentField, type ProductInput } from "@/lib/validation/catalogue";
import { moneyField } from "@/lib/validation/money";
import { isStorableText } from "@/lib/validation/text";
import type { CsvColumn, CsvIssue, CsvRow, ParsedCsv } from "./csv-import";
import { flatFeeError, ratePercentInput, rewardError } from "./rates";

/**
 * Checks every row of a product CSV with the same rules as the product form (productSchema), plus
 * the rules only a file has: a SKU twice in the file, a SKU the shop already has.
 */

/** `domains`: the shop's verified domains (external URLs may use only these); `unverifiedDomains` explain a refusal. */
export type ImportShop = { currency: CurrencyCode; domains: readonly string[]; unverifiedDomains?: readonly string[]; defaultOpenRateBps: number };

export type ImportPhase = "validating" | "importing";
export type ImportProgress = { phase: ImportPhase; done: number; total: number };
export type OnImportProgress = (progress: ImportProgress) => void | Promise<void>;

export type ValidRow = { line: number; product: ProductInput };

export type ImportCheck = {
  fileErrors: string[];
  ignoredColumns: string[];
  /** Data rows in the file, readable or not. */
  rowCount: number;
  valid: ValidRow[];
  /** Every problem, by line then column. */
  errors: CsvIssue[];
};

/** The form field each CSV column fills, for turning the schema's messages back into columns. */
const FIELD_COLUMN: Record<string, CsvColumn> = {
  title: "title",
  sku: "sku",
  price: "price",
  category: "category",
  stock: "stock",
  description: "description",
  openRate: "open_rate",
  openFlatFee: "flat_fee",
  openToAffiliates: "open_to_affiliates",
  externalUrl: "external_url",
};
const COLUMN_ORDER = Object.values(FIELD_COLUMN);

const YES = new Set(["yes", "true", "1", "y"]);
const NO = new Set(["no", "false", "0", "n"]);

const blank = (value: string | undefined): value is undefined | "" => value === undefined || value.trim() === "";

/** The row as the product form would post it; empty optional values take the form's defaults. */
function formInput(values: CsvRow["values"], shop: ImportShop): Record<string, string | undefined> {
  const open = values.open_to_affiliates?.trim().toLowerCase() ?? "";
  return {
    title: values.title ?? "",
    sku: values.sku ?? "",
    price: values.price ?? "",
    category: values.category ?? "",
    description: values.description ?? "",
    stock: blank(values.stock) ? "0" : values.stock,
    openRate: blank(values.open_rate) ? ratePercentInput(shop.defaultOpenRateBps) : values.open_rate,
    openFlatFee: values.flat_fee ?? "",
    openToAffiliates: NO.has(open) ? undefined : "on",
    externalUrl: values.external_url ?? "",
  };
}

type MoneyFields = { feeField: ReturnType<typeof moneyField>; priceField: ReturnType<typeof moneyField> };

function rowIssues(row: CsvRow, shop: ImportShop, schema: ReturnType<typeof productSchema>, { feeField, priceField }: MoneyFields): { product?: ProductInput; issues: CsvIssue[] } {
  const issues: CsvIssue[] = [];
  const open = row.values.open_to_affiliates?.trim().toLowerCase() ?? "";
  if (open !== "" && !YES.has(open) && !NO.has(open)) {
    issues.push({ line: row.line, column: "open_to_affiliates", message: "Write yes or no (true/false and 1/0 work too)." });
  }
  const input = formInput(row.values, shop);
  const parsed = schema.safeParse(input);
  if (parsed.success) return issues.length ? { issues } : { product: parsed.data, issues };

  const columns = new Set<CsvColumn>();
  for (const issue of parsed.error.issues) {
    const column = FIELD_COLUMN[String(issue.path[0])] ?? null;
    if (column && columns.has(column)) continue;
    if (column) columns.add(column);
    issues.push({ line: row.line, column, message: issue.message });
  }
  // The schema checks the rate and the price against the flat fee only when every field parsed; a row should show all its problems at once.
  if (!columns.has("open_rate") && !columns.has("flat_fee")) {
    const rate = ratePercentField.safeParse(input.openRate);
    const fee = feeField.safeParse(input.openFlatFee);
    const error = rate.success && fee.success ? rewardError(rate.data, fee.data) : null;
    if (error) issues.push({ line: row.line, column: "open_rate", message: error });
  }
  if (!columns.has("price") && !columns.has("flat_fee")) {
    const price = priceField.safeParse(input.price);
    const fee = feeField.safeParse(input.openFlatFee);
    const error = price.success && fee.success ? flatFeeError(fee.data, price.data) : null;
    if (error) issues.push({ line: row.line, column: "flat_fee", message: error });
  }
  return { issues };
}

function linesText(lines: number[]): string {
  const shown = lines.slice(0, 5).map(String);
  if (lines.length > 5) return `lines ${shown.join(", ")} and ${lines.length - 5} more`;
  return shown.length === 1 ? `line ${shown[0]}` : `lines ${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`;
}

/** SKUs as the database will hold them (trimmed, case kept), for looking up the ones the shop already has. */
export function csvSkus(parsed: ParsedCsv): string[] {
  // A SKU PostgreSQL cannot hold is not looked up: the row's own check reports it.
  return [...new Set(parsed.rows.map((r) => r.values.sku?.trim() ?? "").filter((sku) => sku && isStorableText(sku)))];
}

const ROWS_PER_PROGRESS = 250;

/**
 * Checks every row; `existingSkus` are the SKUs of `csvSkus(parsed)` the shop already has. Reports
 * progress every few hundred rows (awaited, so a caller can stream it).
 */
export async function checkProductRows(parsed: ParsedCsv, shop: ImportShop, existingSkus: ReadonlySet<string>, onProgress?: OnImportProgress): Promise<ImportCheck> {
  const schema = productSchema(shop);
  const fields: MoneyFields = { feeField: moneyField(shop.currency, { optional: true, allowZero: true }), priceField: moneyField(shop.currency, { allowZero: false }) };
  const errors: CsvIssue[] = [...parsed.issues];
  const products = new Map<number, ProductInput>();
  const total = parsed.rows.length;
  const linesBySku = new Map<string, number[]>();

  for (let i = 0; i < total; i++) {
    const row = parsed.rows[i]!;
    const checked = rowIssues(row, shop, schema, fields);
    errors.push(...checked.issues);
    if (checked.product) products.set(row.line, checked.product);
    const sku = row.values.sku?.trim() ?? "";
    if (sku) {
      const lines = linesBySku.get(sku);
      if (lines) lines.push(row.line);
      else linesBySku.set(sku, [row.line]);
    }
    if ((i + 1) % ROWS_PER_PROGRESS === 0 && i + 1 < total) await onProgress?.({ phase: "validating", done: i + 1, total });
  }

  for (const [sku, lines] of linesBySku) {
    if (existingSkus.has(sku)) {
      for (const line of lines) errors.push({ line, column: "sku", message: `Your shop already has a product with SKU "${sku}".` });
    } else if (lines.length > 1) {
      const message = `SKU "${sku}" is on ${linesText(lines)} of this file: each product needs its own SKU.`;
      for (const line of lines) errors.push({ line, column: "sku", message });
    }
  }
  for (const { line } of errors) products.delete(line);
  await onProgress?.({ phase: "validating", done: total, total });

  const order = (c: CsvColumn | null) => (c === null ? -1 : COLUMN_ORDER.indexOf(c));
  errors.sort((a, b) => a.line - b.line || order(a.column) - order(b.column));
  return {
    fileErrors: parsed.fileErrors,
    ignoredColumns: parsed.ignoredColumns,
    rowCount: parsed.rows.length + parsed.issues.length,
    valid: [...products].map(([line, product]) => ({ line, product })),
    errors,
  };
}

export const canImport = (check: ImportCheck) => check.fileErrors.length === 0 && check.errors.length === 0 && check.valid.length > 0;

/** What the seller sees before importing: the counts, the first rows as they will be saved, and the problems. */
export type ImportReport = {
  currency: CurrencyCode;
  fileErrors: string[];
  ignoredColumns: string[];
  rowCount: number;
  validCount: number;
  errorCount: number;
  errorLineCount: number;
  /** The first MAX_LISTED_ERRORS problems; errorCount says how many there are in all. */
  errors: CsvIssue[];
  sample: { line: number; title: string; sku: string; category: string; priceMinor: number; stock: number; openToAffiliates: boolean; openRateBps: number; openFlatFeeMinor: number }[];
};

export const MAX_LISTED_ERRORS = 1_000;
const SAMPLE_ROWS = 20;

export function importReport(check: ImportCheck, currency: CurrencyCode): ImportReport {
  return {
    currency,
    fileErrors: check.fileErrors,
    ignoredColumns: check.ignoredColumns,
    rowCount: check.rowCount,
    validCount: check.valid.length,
    errorCount: check.errors.length,
    errorLineCount: new Set(check.errors.map((e) => e.line)).size,
    errors: check.errors.slice(0, MAX_LISTED_ERRORS),
    sample: check.valid.slice(0, SAMPLE_ROWS).map(({ line, product: p }) => ({
      line,
      title: p.title,
      sku: p.sku,
      category: p.category,
      priceMinor: p.price,
      stock: p.stock,
      openToAffiliates: p.openToAffiliates,
      openRateBps: p.openRate,
      openFlatFeeMinor: p.openFlatFee,
    })),
  };
}

/** What an import tells the seller as it goes: progress lines, then one result (or an error). */
export type ImportUpdate =
  | ({ type: "progress" } & ImportProgress)
  | { type: "result"; mode: "preview" | "commit"; imported: number; report: ImportReport; skuPrefix: string }
  | { type: "error"; error: { code: string; message: string } };

/** The start all imported SKUs share ("SPRING-"), if it is long enough to search the product list by; else "". */
export function commonSkuPrefix(check: ImportCheck): string {
  const skus = check.valid.map((r) => r.product.sku);
  let prefix = skus[0] ?? "";
  for (const sku of skus) {
    while (!sku.startsWith(prefix)) prefix = prefix.slice(0, -1);
  }
  return prefix.length >= 3 ? prefix : "";
}
