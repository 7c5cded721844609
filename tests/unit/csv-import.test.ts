import { describe, expect, it } from "vitest";
import { MAX_IMPORT_ROWS, parseProductCsv, productCsvTemplate } from "@/lib/catalogue/csv-import";
import { canImport, checkProductRows, commonSkuPrefix, csvSkus, importReport, type ImportShop, type ImportProgress } from "@/lib/catalogue/csv-import-check";

const USD: ImportShop = { currency: "USD", domains: ["brightside.example"], defaultOpenRateBps: 750 };
const VND: ImportShop = { currency: "VND", domains: [], defaultOpenRateBps: 1000 };
const HEADER = "title,sku,price,category,stock,description,open_rate,flat_fee,open_to_affiliates,external_url";

async function check(csv: string, shop = USD, existing: string[] = []) {
  return checkProductRows(parseProductCsv(csv), shop, new Set(existing));
}

const errorsOf = async (csv: string, shop = USD, existing: string[] = []) => (await check(csv, shop, existing)).errors;

describe("the header", () => {
  it("names every missing required column in one file-level error", () => {
    const parsed = parseProductCsv("title,category,stock\nMug,Kitchen,3\n");
    expect(parsed.fileErrors).toEqual(['The file has no "sku" and "price" columns. The first line must name the columns; required: title, sku, price, category.']);
  });

  it("names a single missing column", () => {
    expect(parseProductCsv("title,sku,category\nMug,M1,Kitchen\n").fileErrors[0]).toMatch(/^The file has no "price" column\./);
  });

  it("matches column names whatever their case and surrounding spaces", async () => {
    const result = await check(" Title ,SKU,  PRICE,Category , Open Rate\nMug,M-1,12.50,Kitchen,10\n");
    expect(result.fileErrors).toEqual([]);
    expect(result.valid[0]?.product).toMatchObject({ title: "Mug", sku: "M-1", price: 1250, category: "Kitchen", openRate: 1000 });
  });

  it("reports unknown columns as ignored and still imports the rest", async () => {
    const result = await check("title,sku,price,category,colour,weight\nMug,M-1,12,Kitchen,red,300g\n");
    expect(result.ignoredColumns).toEqual(["colour", "weight"]);
    expect(canImport(result)).toBe(true);
  });

  it("refuses a column given twice", () => {
    expect(parseProductCsv("title,sku,price,category,price\nMug,M-1,12,Kitchen,13\n").fileErrors).toEqual(['The column "price" appears twice in the header. Keep one of them.']);
  });

  it("refuses an empty file and a file with only a header", () => {
    expect(parseProductCsv("").fileErrors[0]).toMatch(/^The file is empty/);
    expect(parseProductCsv("\r\n\r\n").fileErrors[0]).toMatch(/^The file is empty/);
    expect(parseProductCsv(`${HEADER}\r\n`).fileErrors).toEqual(["The file has a header but no products under it."]);
  });

  it(`refuses more than ${MAX_IMPORT_ROWS.toLocaleString("en")} products`, () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `P ${i},S${i},1,Misc`);
    expect(parseProductCsv(["title,sku,price,category", ...rows].join("\n")).fileErrors).toEqual(["The file has more than 20,000 products. Split it into smaller files."]);
    expect(parseProductCsv(["title,sku,price,category", ...rows.slice(1)].join("\n")).fileErrors).toEqual([]);
  });
});

describe("reading values", () => {
  it("keeps commas, quotes and line breaks inside quoted values", async () => {
    const csv = `title,sku,price,category,description\n"Mug, large",M-1,12,Kitchen,"Holds 350 ml.\nSays ""hello"", twice."\n`;
    const [row] = (await check(csv)).valid;
    expect(row?.product.title).toBe("Mug, large");
    expect(row?.product.description).toBe('Holds 350 ml.\nSays "hello", twice.');
  });

  it("ignores a byte order mark and reads CRLF line endings", async () => {
    const result = await check("\uFEFFtitle,sku,price,category\r\nMug,M-1,12,Kitchen\r\nBowl,B-1,9.5,Kitchen\r\n");
    expect(result.fileErrors).toEqual([]);
    expect(result.valid.map((r) => [r.line, r.product.sku, r.product.price])).toEqual([
      [2, "M-1", 1200],
      [3, "B-1", 950],
    ]);
  });

  it("reads a semicolon-separated file from a spreadsheet set to a European locale", async () => {
    const result = await check("title;sku;price;category\nMug;M-1;12,50;Kitchen\n");
    expect(result.valid[0]?.product).toMatchObject({ sku: "M-1", price: 1250 });
  });

  it.each([
    ["yes", true],
    ["YES", true],
    ["true", true],
    ["1", true],
    ["", true],
    ["no", false],
    ["False", false],
    ["0", false],
  ])("reads open_to_affiliates %j as %s", async (value, open) => {
    const result = await check(`title,sku,price,category,open_to_affiliates\nMug,M-1,12,Kitchen,${value}\n`);
    expect(result.valid[0]?.product.openToAffiliates).toBe(open);
  });

  it("refuses an open_to_affiliates value that is not yes or no", async () => {
    expect(await errorsOf("title,sku,price,category,open_to_affiliates\nMug,M-1,12,Kitchen,maybe\n")).toEqual([
      { line: 2, column: "open_to_affiliates", message: "Write yes or no (true/false and 1/0 work too)." },
    ]);
  });

  it("gives empty optional values the form's defaults: the shop's rate, no stock, no fee, open", async () => {
    const [row] = (await check(`${HEADER}\nMug,M-1,12,Kitchen,,,,,,\n`)).valid;
    expect(row?.product).toMatchObject({ stock: 0, description: "", openRate: 750, openFlatFee: 0, openToAffiliates: true, externalUrl: null });
  });

  it("takes a rate of 0 with a flat fee as a fee-only plan", async () => {
    const [row] = (await check("title,sku,price,category,open_rate,flat_fee\nMug,M-1,12,Kitchen,0,1.50\n")).valid;
    expect(row?.product).toMatchObject({ openRate: 0, openFlatFee: 150 });
  });
});

describe("row rules, the same as the product form", () => {
  it("refuses a bad price with the form's message, on its line and column", async () => {
    expect(await errorsOf("title,sku,price,category\nMug,M-1,12,Kitchen\nBowl,B-1,twelve,Kitchen\nCup,C-1,0,Kitchen\n")).toEqual([
      { line: 3, column: "price", message: "Enter a number like 12.50" },
      { line: 4, column: "price", message: "Amount must be more than zero" },
    ]);
  });

  it("parses prices in the shop's currency", async () => {
    expect(await errorsOf("title,sku,price,category\nNón lá,N-1,150.50,Quà tặng\n", VND)).toEqual([{ line: 2, column: "price", message: "VND amounts have no decimal part" }]);
    expect((await check("title,sku,price,category\nNón lá,N-1,150000,Quà tặng\n", VND)).valid[0]?.product.price).toBe(150000);
  });

  it.each([
    ["95", "The rate must be between 1% and 80%"],
    ["0.5", "The rate must be between 1% and 80%"],
    ["80.01", "The rate must be between 1% and 80%"],
    ["-5", "A rate cannot be negative"],
    ["12.345", "Use at most two decimals, like 12.75"],
  ])("refuses the rate %s", async (rate, message) => {
    expect(await errorsOf(`title,sku,price,category,open_rate\nMug,M-1,12,Kitchen,${rate}\n`)).toEqual([{ line: 2, column: "open_rate", message }]);
  });

  it.each(["1", "80", "12.5%"])("accepts the rate %s", async (rate) => {
    expect(await errorsOf(`title,sku,price,category,open_rate\nMug,M-1,12,Kitchen,${rate}\n`)).toEqual([]);
  });

  it("shows every problem of a row at once, the rate too", async () => {
    expect(await errorsOf(`${HEADER}\n,bad sku!,abc,K,-1,,95,,,http://elsewhere.example/p\n`)).toEqual([
      { line: 2, column: "title", message: "Enter a title" },
      { line: 2, column: "sku", message: "Use letters, digits and . _ - / only" },
      { line: 2, column: "price", message: "Enter a number like 12.50" },
      { line: 2, column: "category", message: "Enter a category" },
      { line: 2, column: "stock", message: "Stock cannot be negative" },
      { line: 2, column: "open_rate", message: "The rate must be between 1% and 80%" },
      { line: 2, column: "external_url", message: "The address must start with https://" },
    ]);
  });

  it("accepts an external address only on the shop's domains", async () => {
    const csv = (url: string) => `title,sku,price,category,external_url\nMug,M-1,12,Kitchen,${url}\n`;
    expect(await errorsOf(csv("https://www.brightside.example/mug"))).toEqual([]);
    expect((await errorsOf(csv("https://evil.example/mug")))[0]?.message).toMatch(/^The address must be on your shop's domains/);
  });
});

describe("SKUs", () => {
  it("marks every line of a SKU that appears more than once in the file", async () => {
    const csv = "title,sku,price,category\nMug,M-1,12,Kitchen\nBowl,B-1,9,Kitchen\nMug again,M-1,13,Kitchen\nMug thrice, M-1 ,14,Kitchen\n";
    const message = 'SKU "M-1" is on lines 2, 4 and 5 of this file: each product needs its own SKU.';
    expect(await errorsOf(csv)).toEqual([2, 4, 5].map((line) => ({ line, column: "sku", message })));
  });

  it("refuses a SKU the shop already has", async () => {
    const csv = "title,sku,price,category\nMug,M-1,12,Kitchen\nBowl,B-1,9,Kitchen\n";
    expect(csvSkus(parseProductCsv(csv))).toEqual(["M-1", "B-1"]);
    expect(await errorsOf(csv, USD, ["B-1"])).toEqual([{ line: 3, column: "sku", message: 'Your shop already has a product with SKU "B-1".' }]);
  });
});

describe("line numbers", () => {
  it("count lines as a text editor does: blank lines and line breaks inside quotes included", async () => {
    const csv = [
      "title,sku,price,category,description", // 1
      'Mug,M-1,12,Kitchen,"two', // 2
      'lines"', // 3
      "", // 4
      " ,,, ", // 5: only separators, skipped like a blank line
      "Bowl,B-1,abc,Kitchen,", // 6
      'Plate,P-1,8,Kitchen,"three\r\nlines\rhere"', // 7, 8, 9
      "", // 10
      "", // 11
      "Cup,C-1,,Kitchen,", // 12
    ].join("\r\n");
    const result = await check(csv);
    expect(result.rowCount).toBe(4);
    expect(result.valid.map((r) => [r.line, r.product.sku])).toEqual([
      [2, "M-1"],
      [7, "P-1"],
    ]);
    expect(result.errors.map((e) => [e.line, e.column])).toEqual([
      [6, "price"],
      [12, "price"],
    ]);
  });

  it("puts a line with a stray comma or a missing value on its own line, without reading it", async () => {
    const result = await check("title,sku,price,category\nMug, large,M-1,12,Kitchen\nBowl,B-1,9\nCup,C-1,4,Kitchen,,\n");
    expect(result.errors).toEqual([
      { line: 2, column: null, message: "This line has 5 values but the header has 4 columns. Put values that contain a comma in double quotes." },
      { line: 3, column: null, message: "This line has 3 values but the header has 4 columns. Put values that contain a comma in double quotes." },
    ]);
    expect(result.valid.map((r) => r.line)).toEqual([4]);
    expect(result.rowCount).toBe(3);
  });

  it("reports a quote that is never closed on the line where it opens", async () => {
    const result = await check('title,sku,price,category\nMug,M-1,12,Kitchen\nBowl,B-1,9,"Kitchen\nCup,C-1,4,Kitchen\n');
    expect(result.errors).toEqual([{ line: 3, column: null, message: 'A quoted value is never closed: every opening " needs a closing ".' }]);
  });
});

describe("the report and progress", () => {
  it("counts rows, valid rows, errors and lines with errors, and samples the first valid rows", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `Item ${i},S-${i},${i === 3 ? "x" : "5"},Misc,`);
    const result = await check(["title,sku,price,category,note", ...rows].join("\n"));
    const report = importReport(result, "USD");
    expect(report).toMatchObject({ rowCount: 30, validCount: 29, errorCount: 1, errorLineCount: 1, ignoredColumns: ["note"] });
    expect(report.sample).toHaveLength(20);
    expect(report.sample[0]).toEqual({ line: 2, title: "Item 0", sku: "S-0", category: "Misc", priceMinor: 500, stock: 0, openToAffiliates: true, openRateBps: 750, openFlatFeeMinor: 0 });
    expect(canImport(result)).toBe(false);
  });

  it("reports validation progress up to the last row", async () => {
    const rows = Array.from({ length: 600 }, (_, i) => `Item ${i},S-${i},5,Misc`);
    const seen: ImportProgress[] = [];
    await checkProductRows(parseProductCsv(["title,sku,price,category", ...rows].join("\n")), USD, new Set(), (p) => {
      seen.push(p);
    });
    expect(seen).toEqual([
      { phase: "validating", done: 250, total: 600 },
      { phase: "validating", done: 500, total: 600 },
      { phase: "validating", done: 600, total: 600 },
    ]);
  });
});

describe("the link to the imported products", () => {
  it("searches by the start every imported SKU shares, when it is long enough to mean something", async () => {
    const file = (skus: string[]) => ["title,sku,price,category", ...skus.map((sku) => `Item,${sku},5,Misc`)].join("\n");
    expect(commonSkuPrefix(await check(file(["SPRING-001", "SPRING-002", "SPRING-110"])))).toBe("SPRING-");
    expect(commonSkuPrefix(await check(file(["A1", "A2"])))).toBe("");
    expect(commonSkuPrefix(await check(file(["MUG-1", "BOWL-1"])))).toBe("");
  });
});

describe("the template", () => {
  it.each([
    { shop: USD, price: 2450 },
    { shop: VND, price: 150_000 },
  ])("is a file the import accepts as it is, with prices in the shop's currency ($shop.currency)", async ({ shop, price }) => {
    const template = productCsvTemplate(shop.currency);
    expect(template.split("\r\n")[0]).toBe(HEADER);
    const result = await check(template, shop);
    expect(result.errors).toEqual([]);
    expect(result.valid.map((r) => [r.product.price, r.product.openToAffiliates])).toEqual([
      [price, true],
      [expect.any(Number), false],
    ]);
  });
});
