import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, STORAGE_STATE } from "./support/accounts";
import { mainHeading } from "./support/pages";

// Mai's dashboard on the demo data (clicks and orders over the last 60 days of the server's clock).
test.use({ storageState: STORAGE_STATE.creator });

const figures = (page: Page) => page.getByRole("region", { name: "Your figures for the period" });

/** The number on a figure's card, as a person reads it ("1,234" is 1234). */
async function figure(page: Page, label: string): Promise<number> {
  const card = figures(page).locator("div").filter({ has: page.locator("p", { hasText: new RegExp(`^${label}$`) }) });
  const text = await card.locator("p").nth(1).textContent();
  return Number((text ?? "").replace(/[^0-9.]/g, ""));
}

const periods = (page: Page) => page.getByRole("navigation", { name: "Period" });

test("the period picker changes the address and the figures; the chart is drawn", async ({ page }) => {
  await page.goto("/creator");
  await expect(mainHeading(page)).toHaveText(`Hi, ${ACCOUNTS.mai.firstName}`);
  await expect(page.getByText(ACCOUNTS.mai.badge, { exact: true })).toBeVisible();
  await expect(periods(page).getByRole("link", { name: "30 days" })).toHaveAttribute("aria-current", "page");
  await expect(page.locator("figure svg").first()).toBeVisible();

  await periods(page).getByRole("link", { name: "90 days" }).click();
  await expect(page).toHaveURL(/[?&]period=90\b/);
  await expect(periods(page).getByRole("link", { name: "90 days" })).toHaveAttribute("aria-current", "page");
  const clicks90 = await figure(page, "Clicks");
  const range90 = await page.getByTestId("period-range").textContent();
  expect(clicks90).toBeGreaterThan(0);

  await periods(page).getByRole("link", { name: "7 days" }).click();
  await expect(page).toHaveURL(/[?&]period=7\b/);
  await expect(periods(page).getByRole("link", { name: "7 days" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("period-range")).not.toHaveText(range90 ?? "");
  const clicks7 = await figure(page, "Clicks");
  expect(clicks7).toBeLessThan(clicks90);
  await expect(page.locator("figure", { hasText: "Clicks, orders and earnings by day" }).locator("svg").first()).toBeVisible();

  // A custom range long ago: nothing in it, and the page says so instead of an empty table.
  const custom = page.getByRole("form", { name: "Custom" });
  await custom.getByLabel("From").fill("2020-01-01");
  await custom.getByLabel("To").fill("2020-01-31");
  await custom.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get("period") === "custom" && url.searchParams.get("from") === "2020-01-01" && url.searchParams.get("to") === "2020-01-31");
  await expect(page.getByTestId("period-range")).toContainText("2020");
  await expect(page.getByTestId("period-range")).toContainText("31");
  expect(await figure(page, "Clicks")).toBe(0);
  expect(await figure(page, "Orders")).toBe(0);
  await expect(page.getByText("Nothing in this period")).toBeVisible();

  // Past 90 days the chart's points are weeks.
  await custom.getByLabel("From").fill("2020-01-01");
  await custom.getByLabel("To").fill("2020-06-30");
  await custom.getByRole("button", { name: "Show" }).click();
  await expect(page.locator("figure", { hasText: "Clicks, orders and earnings by week" }).locator("svg").first()).toBeVisible();
});

test("the breakdown's tabs switch between links, products, channels, sub-ids and shops; the channels add up to the clicks", async ({ page }) => {
  await page.goto("/creator?period=90");
  const clicks = await figure(page, "Clicks");
  const tabs = page.getByRole("navigation", { name: "Where your figures come from" });
  await expect(tabs.getByRole("link", { name: "Links" })).toHaveAttribute("aria-current", "page");
  const table = page.locator("#breakdown table");
  await expect(table.getByRole("columnheader", { name: "Link" })).toBeVisible();
  await expect(table.locator("tbody tr").first()).toContainText("/l/");

  await tabs.getByRole("link", { name: "Channels" }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get("by") === "channel" && url.searchParams.get("period") === "90");
  await expect(table.getByRole("columnheader", { name: "Channel" })).toBeVisible();
  // At most 8 channels, so every row is shown: their clicks are the period's clicks.
  const cells = await table.locator('tbody td[data-label="Clicks"]').allTextContents();
  expect(cells.length).toBeGreaterThan(0);
  expect(cells.reduce((sum, text) => sum + Number(text.replace(/[^0-9]/g, "")), 0)).toBe(clicks);

  await tabs.getByRole("link", { name: "Products" }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get("by") === "product");
  await expect(table.getByRole("columnheader", { name: "Product" })).toBeVisible();
  await tabs.getByRole("link", { name: "Shops" }).click();
  await expect(table.getByRole("columnheader", { name: "Shop" })).toBeVisible();
  await tabs.getByRole("link", { name: "Sub-ids" }).click();
  await expect(table.getByRole("columnheader", { name: "Sub-id" })).toBeVisible();
  // The period is kept when the tab changes, and the tab when the period does.
  await periods(page).getByRole("link", { name: "30 days" }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get("by") === "subId" && url.searchParams.get("period") === "30");
});

test("at 390 px the dashboard fits the screen: no sideways scroll, the tables as cards", async ({ browser }, testInfo) => {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, storageState: STORAGE_STATE.creator, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  for (const path of ["/creator?period=90", "/creator?period=90&by=product", "/creator?period=custom&from=2020-01-01&to=2020-06-30"]) {
    await page.goto(path);
    await expect(mainHeading(page)).toHaveText(`Hi, ${ACCOUNTS.mai.firstName}`);
    await expect(page.locator("figure svg").first()).toBeVisible();
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
    expect(scrollWidth, path).toBeLessThanOrEqual(clientWidth);
  }
  await context.close();
});
