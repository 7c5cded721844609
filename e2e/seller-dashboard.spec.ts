import { expect, test } from "@playwright/test";
import Papa from "papaparse";
import { ACCOUNTS, STORAGE_STATE } from "./support/accounts";
import { mainHeading } from "./support/pages";

test.use({ storageState: STORAGE_STATE.seller });

/** The number on a stat card, as the page shows it ("1,234" or "$12.50"). */
function stat(page: import("@playwright/test").Page, label: string) {
  return page.locator("div", { has: page.getByText(label, { exact: true }) }).locator("p.text-2xl").first();
}

test("the seller's performance: periods, the chart, breakdowns that add up, and a CSV with every row", async ({ page }) => {
  await page.goto("/seller");
  await expect(mainHeading(page)).toHaveText(ACCOUNTS.seller.shop);
  const picker = page.getByRole("navigation", { name: "Period" });
  await expect(picker.getByRole("link", { name: "30 days" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("figure").locator("svg").first()).toBeVisible();
  // The chart's figures are also a table for screen readers: one row per day of the period.
  await expect(page.getByRole("figure").locator("table tbody tr")).toHaveCount(30);

  const clicks30 = Number((await stat(page, "Clicks").textContent())!.replace(/\D/g, ""));
  await picker.getByRole("link", { name: "90 days" }).click();
  await expect(page).toHaveURL(/period=90/);
  await expect(page.getByRole("figure").locator("table tbody tr")).toHaveCount(90);
  const clicks90 = Number((await stat(page, "Clicks").textContent())!.replace(/\D/g, ""));
  expect(clicks90).toBeGreaterThanOrEqual(clicks30);
  expect(clicks90).toBeGreaterThan(0);

  // Custom range past 90 days: weekly points.
  await page.getByLabel("From").fill("2026-01-01");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/period=custom/);
  const weeks = await page.getByRole("figure").locator("table tbody tr").count();
  expect(weeks).toBeGreaterThan(13);
  expect(weeks).toBeLessThan(60);
  await picker.getByRole("link", { name: "90 days" }).click();
  await expect(page).toHaveURL(/period=90/);

  // Breakdown by creator: the rows' clicks add up to the total.
  await page.getByRole("navigation", { name: "Break down by" }).getByRole("link", { name: "Creator" }).click();
  await expect(page).toHaveURL(/by=creator/);
  await expect(page).toHaveURL(/period=90/);
  const table = page.getByRole("table", { name: "Breakdown" });
  await expect(table.getByRole("row").nth(1)).toContainText("@");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^performance-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}-creator\.csv$/);
  const text = (await (await file.createReadStream()).toArray()).join("").replace(/^\uFEFF/, "");
  const rows = Papa.parse<Record<string, string>>(text.trim(), { header: true }).data;
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.reduce((s, r) => s + Number(r["Clicks"]), 0)).toBe(clicks90);
  expect(rows.every((r) => r["Currency"] === "USD")).toBe(true);
});

test("a phone sees the whole report without scrolling sideways", async ({ browser }, testInfo) => {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, storageState: STORAGE_STATE.seller, viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  await page.goto("/seller?period=90&by=product");
  await expect(page.getByRole("figure").locator("svg").first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await context.close();
});
