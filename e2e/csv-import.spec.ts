import { expect, test, type Locator, type Page } from "@playwright/test";
import { STORAGE_STATE } from "./support/accounts";
import { mainHeading } from "./support/pages";

const HEADER = "title,sku,price,category,stock,description,open_rate,flat_fee,open_to_affiliates,external_url";
const UPLOAD = "/seller/products/import/upload";

type Spoil = { index: number; column: number; value: string };

/** A file of `count` products with SKUs unique to this run; `spoil` puts a bad value in chosen rows. */
function productsCsv(prefix: string, count: number, spoil: Spoil[] = []): Buffer {
  const rows = Array.from({ length: count }, (_, i) => {
    const cells = [`Imported lamp ${prefix} ${i}`, `${prefix}-${String(i).padStart(4, "0")}`, `${(i % 50) + 5}.99`, "Lighting", String(i % 12), `"Warm light, ${i} lumens"`, "", "", "yes", ""];
    for (const s of spoil.filter((s) => s.index === i)) cells[s.column] = s.value;
    return cells.join(",");
  });
  return Buffer.from([HEADER, ...rows].join("\r\n"));
}

class ImportPage {
  readonly file: Locator;
  readonly checking: Locator;
  readonly importing: Locator;
  readonly errors: Locator;

  constructor(readonly page: Page) {
    this.file = page.getByLabel("CSV file");
    this.checking = page.getByRole("progressbar", { name: "Checking the file" });
    this.importing = page.getByRole("progressbar", { name: "Importing products" });
    this.errors = page.getByRole("table", { name: /problems? on/ });
  }

  async goto() {
    await this.page.goto("/seller/products/import");
    await expect(mainHeading(this.page)).toHaveText("Import products");
  }

  /** Chooses a file and waits until its check has finished. */
  async choose(name: string, buffer: Buffer) {
    await this.file.setInputFiles({ name, mimeType: "text/csv", buffer });
    await expect(this.checking).toHaveAttribute("aria-valuenow", "100", { timeout: 30_000 });
  }

  importButton(count: string) {
    return this.page.getByRole("button", { name: `Import ${count} products` });
  }

  errorRow(line: number) {
    return this.errors.getByRole("row").filter({ has: this.page.getByRole("cell", { name: String(line), exact: true }) });
  }
}

test.describe("CSV import of products", () => {
  test.use({ storageState: STORAGE_STATE.seller });

  test("a 1,000-row file with three bad rows shows the errors and imports nothing until it is fixed", async ({ page }) => {
    test.setTimeout(120_000);
    const prefix = `CSV${Date.now().toString(36).toUpperCase()}`;
    const importer = new ImportPage(page);
    await importer.goto();
    await expect(page.getByText("No file chosen yet.")).toBeVisible();

    // Lines are rows + 1 (the header is line 1).
    const bad = [
      { index: 99, column: 2, value: "twelve" },
      { index: 499, column: 6, value: "95" },
      { index: 899, column: 0, value: "" },
    ];
    await importer.choose("lamps.csv", productsCsv(prefix, 1000, bad));
    await expect(importer.checking).toHaveAttribute("aria-valuetext", "Checked 1,000 of 1,000 rows");
    await expect(page.getByRole("heading", { name: "3 problems on 3 lines" })).toBeVisible();
    await expect(importer.errors.getByRole("row")).toHaveCount(4);
    await expect(importer.errorRow(101).getByRole("cell")).toHaveText(["101", "price", "Enter a number like 12.50"]);
    await expect(importer.errorRow(501).getByRole("cell")).toHaveText(["501", "open_rate", "The rate must be between 1% and 80%"]);
    await expect(importer.errorRow(901).getByRole("cell")).toHaveText(["901", "title", "Enter a title"]);
    await expect(page.getByText("1,000 product rows in the file: 997 ready, 3 with errors.")).toBeVisible();
    await expect(importer.importButton("997")).toBeDisabled();

    await page.goto(`/seller/products?q=${prefix}`);
    await expect(page.getByText("No products match")).toBeVisible();

    await importer.goto();
    await importer.choose("lamps-fixed.csv", productsCsv(prefix, 1000));
    await expect(importer.errors).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "The first 20 products, as they will be saved" })).toBeVisible();
    await expect(page.getByRole("cell", { name: `${prefix}-0019`, exact: true })).toBeVisible();
    await importer.importButton("1,000").click();
    await expect(page.getByText("1,000 products imported.")).toBeVisible({ timeout: 30_000 });

    await page.getByRole("link", { name: "See the imported products" }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/seller/products" && (url.searchParams.get("q") ?? "").startsWith(`${prefix}-`));
    await expect(page.getByText("1,000 matching products")).toBeVisible();

    const search = page.getByLabel("Search title or SKU");
    await search.fill(`${prefix}-0777`);
    await search.press("Enter");
    await expect(page.getByText("1 matching product", { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: new RegExp(`Imported lamp ${prefix} 777`) })).toBeVisible();
  });

  test("a file without a required column is refused as a whole", async ({ page }) => {
    const importer = new ImportPage(page);
    await importer.goto();
    await importer.choose("no-price.csv", Buffer.from("title,sku,category,colour\nLamp,L-1,Lighting,red\n"));
    await expect(page.getByRole("alert").filter({ hasText: 'The file has no "price" column.' })).toBeVisible();
    await expect(page.getByText("This column is not a product column and will be ignored: colour.")).toBeVisible();
    await expect(importer.importButton("0")).toBeDisabled();
  });

  test("the error table fits a phone and scrolls inside its box", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const importer = new ImportPage(page);
    await importer.goto();
    const rows = Array.from({ length: 40 }, (_, i) => `Lamp ${i},PHONE-${i},abc,Lighting,,,,,,`);
    await importer.choose("phone.csv", Buffer.from([HEADER, ...rows].join("\n")));
    await expect(page.getByRole("heading", { name: "40 problems on 40 lines" })).toBeVisible();
    await expect(importer.errorRow(2)).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, "the page never gets wider than the phone").toBeLessThanOrEqual(390);
    const box = await importer.errors.evaluate((table) => ({ scrollHeight: table.parentElement!.scrollHeight, clientHeight: table.parentElement!.clientHeight }));
    expect(box.scrollHeight, "40 errors scroll inside their box").toBeGreaterThan(box.clientHeight);
  });

  test("the template downloads with prices in dollars and the upload answers errors as JSON", async ({ page }) => {
    const template = await page.request.get("/seller/products/import/template");
    expect(template.headers()["content-type"]).toContain("text/csv");
    const [header, example] = (await template.text()).replace(/^\uFEFF/, "").split("\r\n");
    expect(header).toBe(HEADER);
    expect(example).toBe("Linen tea towel,TT-001,24.50,Kitchen,40,\"Stonewashed linen, 50 x 70 cm\",,,yes,");

    const badMode = await page.request.post(`${UPLOAD}?mode=delete`, { data: "title\n", headers: { "Content-Type": "text/csv" } });
    expect(badMode.status()).toBe(400);
    expect(await badMode.json()).toEqual({ error: { code: "bad_mode", message: "Use ?mode=preview or ?mode=commit." } });
    const notUtf8 = await page.request.post(`${UPLOAD}?mode=preview`, { data: Buffer.from([0x74, 0x69, 0xe9, 0xff, 0x0a]), headers: { "Content-Type": "text/csv" } });
    expect(notUtf8.status()).toBe(422);
    expect((await notUtf8.json()).error.code).toBe("not_utf8");
  });
});

test.describe("CSV import for someone who is not a seller", () => {
  test.use({ storageState: STORAGE_STATE.creator });

  test("is refused with 403 and imports nothing", async ({ page }) => {
    const response = await page.request.post(`${UPLOAD}?mode=commit`, { data: `${HEADER}\nLamp,CREATOR-1,5,Lighting,,,,,,\n`, headers: { "Content-Type": "text/csv" } });
    expect(response.status()).toBe(403);
    expect((await response.json()).error.code).toBe("forbidden");
  });
});
