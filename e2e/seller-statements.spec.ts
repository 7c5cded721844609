import { expect, test } from "@playwright/test";
import Papa from "papaparse";
import { STORAGE_STATE } from "./support/accounts";
import { inlineSections } from "./support/navigation";
import { mainHeading } from "./support/pages";

test.use({ storageState: STORAGE_STATE.seller });

/** An amount as the English pages write it ("$1,234.50", "-$3.00") as a plain decimal ("1234.50"). */
function plain(shown: string): string {
  return shown.replace(/[^\d.-]/g, "");
}

test("the seller opens Statements, a month, and downloads its CSV whose total matches the screen", async ({ page }) => {
  await page.goto("/seller");
  await inlineSections(page).getByRole("link", { name: "Statements", exact: true }).click();
  await expect(mainHeading(page)).toHaveText("Commission statements");
  const months = page.getByRole("table", { name: "Monthly commission statements" });
  const first = months.getByRole("row").nth(1);
  await expect(first).toBeVisible();
  const listed = plain((await first.getByRole("cell").last().textContent())!);
  const monthName = (await first.getByRole("link").textContent())!;

  await first.getByRole("link").click();
  await expect(page).toHaveURL(/\/seller\/statements\/\d{4}-\d{2}$/);
  await expect(mainHeading(page)).toHaveText(`Statement for ${monthName}`);
  const lines = page.getByRole("table", { name: "Statement lines" }).locator("tbody tr");
  expect(await lines.count()).toBeGreaterThan(0);
  const total = page.getByTestId("statement-total-USD");
  // The month's total is the list's.
  expect(plain((await total.textContent())!)).toBe(listed);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const file = await download;
  const month = new URL(page.url()).pathname.split("/").pop();
  expect(file.suggestedFilename()).toBe(`statement-${month}.csv`);
  const text = (await (await file.createReadStream()).toArray()).join("").replace(/^\uFEFF/, "");
  const rows = Papa.parse<Record<string, string>>(text.trim(), { header: true }).data;
  const totalRow = rows.at(-1)!;
  expect(totalRow["date"]).toBe("Total charged");
  expect(totalRow["amount"]).toBe(listed);
  // One CSV line per line on screen, and they add up to the total (in cents).
  const entries = rows.slice(0, -1);
  expect(entries).toHaveLength(await lines.count());
  expect(entries.reduce((s, r) => s + Math.round(Number(r["amount"]) * 100), 0)).toBe(Math.round(Number(listed) * 100));
});

test("a month still to come, or not a month, is not found", async ({ page }) => {
  for (const month of ["2999-01", "2026-13", "last-month"]) {
    const response = await page.goto(`/seller/statements/${month}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByText("No such statement")).toBeVisible();
    expect((await page.request.get(`/seller/statements/${month}/statement.csv`)).status()).toBe(404);
  }
});

test("on a 360 px phone a month's lines are cards and nothing is wider than the screen", async ({ browser }, testInfo) => {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, storageState: STORAGE_STATE.seller, viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  try {
    await page.goto("/seller/statements");
    await page.getByRole("table", { name: "Monthly commission statements" }).getByRole("link").first().click();
    await expect(page).toHaveURL(/\/seller\/statements\/\d{4}-\d{2}$/);
    const line = page.getByRole("table", { name: "Statement lines" }).locator("tbody tr").first();
    // A card: the row is a block and each value sits beside its column's name.
    await expect(line).toHaveCSS("display", "block");
    await expect(line.locator("td[data-label='Amount']")).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await expect(page.getByRole("link", { name: "Download CSV" })).toBeVisible();
  } finally {
    await context.close();
  }
});
