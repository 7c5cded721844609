import { expect, test, type Browser, type Page, type TestInfo } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD, STORAGE_STATE } from "./support/accounts";
import { mainHeading, signIn } from "./support/pages";

/**
 * Orders and commissions as the seller and the creator see them. The demo data (seeded when the
 * server starts) has orders in every state; each test finds the order it needs through the list.
 */

// One date style, in the reader's time zone (the e2e browser's is UTC): "Dec 15, 2026, 09:25".
const DATE_TIME = /^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{2}:\d{2}$/;

/** The links to the orders on the current list page. */
async function orderLinks(page: Page): Promise<string[]> {
  return page.locator("tbody tr a[href^='/seller/orders/ord_']").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
}

/** The order's state badge, in the header under the order's name. */
/** The order's state badge, in the page header (the first on the page: the timeline below also names its steps). */
function orderState(page: Page, state: string) {
  return page.getByText(state, { exact: true }).first();
}

/** Signs another account in, in its own browser, and reads `read` from the page at `path`. */
async function asOtherAccount<T>(browser: Browser, testInfo: TestInfo, email: string, home: string, path: string, read: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, storageState: { cookies: [], origins: [] } });
  try {
    const page = await context.newPage();
    await signIn(page, email, DEMO_PASSWORD, home);
    await page.goto(path);
    return await read(page);
  } finally {
    await context.close();
  }
}

test.describe("the seller's orders", () => {
  test.use({ storageState: STORAGE_STATE.seller });

  test("filters the orders by state, then ships a paid order, marks it delivered and completes it", async ({ page }) => {
    await page.goto("/seller/orders");
    await expect(mainHeading(page)).toHaveText("Orders");
    await expect(page.locator("tbody tr").first()).toBeVisible();

    await page.getByLabel("State").selectOption("paid");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/[?&]state=paid/);
    const rows = page.locator("tbody tr");
    await expect(rows.first()).toBeVisible();
    for (const row of await rows.all()) await expect(row.getByText("Paid", { exact: true })).toBeVisible();

    const [href] = await orderLinks(page);
    await page.goto(href!);
    await expect(mainHeading(page)).toHaveText(/^Order /);
    await expect(orderState(page, "Paid")).toBeVisible();
    await expect(page.getByRole("button", { name: "Mark delivered" })).toHaveCount(0);

    await page.getByRole("button", { name: "Ship", exact: true }).click();
    await expect(orderState(page, "Shipped")).toBeVisible();
    await expect(page.getByText("The order is shipped.")).toBeVisible();
    // Once shipped, cancelling is no longer offered: only refunds.
    await expect(page.getByRole("button", { name: "Cancel order" })).toHaveCount(0);

    await page.getByRole("button", { name: "Mark delivered" }).click();
    await expect(orderState(page, "Delivered")).toBeVisible();
    // In the reader's time zone and language now ("Dec 9, 2026, 14:05"), no longer in UTC.
    await expect(page.getByText(/^Completes automatically on [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{2}:\d{2}, when the \d+-day return window ends\.$/)).toBeVisible();

    await page.getByRole("button", { name: "Complete", exact: true }).click();
    await expect(orderState(page, "Completed")).toBeVisible();
    await expect(page.getByRole("button", { name: "Complete", exact: true })).toHaveCount(0);
    const timeline = page.getByRole("list", { name: "Timeline" });
    for (const step of ["Paid", "Shipped", "Delivered", "Completed"]) await expect(timeline.getByText(step, { exact: true })).toBeVisible();

    // The list agrees.
    await page.goto(`/seller/orders?state=completed`);
    expect(await orderLinks(page)).toContain(href);
  });

  test("refunds one unit of a line of a completed order after confirming", async ({ page }) => {
    await page.goto("/seller/orders?state=completed");
    await expect(mainHeading(page)).toHaveText("Orders");
    // A line with at least two units left, so one unit is a partial refund and the order stays completed.
    let chosen: { href: string; lineRef: string; unitsLeft: number } | undefined;
    for (const href of await orderLinks(page)) {
      await page.goto(href);
      for (const form of await page.getByRole("form", { name: /^Refund line / }).all()) {
        const unitsLeft = Number(await form.getByLabel("Units to refund").getAttribute("max"));
        if (unitsLeft >= 2) chosen = { href, lineRef: (await form.getAttribute("aria-label"))!.replace("Refund line ", ""), unitsLeft };
      }
      if (chosen) break;
    }
    expect(chosen, "a completed order with a line of two units or more").toBeDefined();
    const { lineRef, unitsLeft } = chosen!;

    const line = page.getByRole("article", { name: new RegExp(`^Line ${lineRef}: `) });
    const title = (await line.getAttribute("aria-label"))!.replace(`Line ${lineRef}: `, "");
    const form = page.getByRole("form", { name: `Refund line ${lineRef}` });
    await form.getByLabel("Units to refund").fill("1");

    // Saying no changes nothing.
    let question = "";
    page.once("dialog", (dialog) => {
      question = dialog.message();
      void dialog.dismiss();
    });
    await form.getByRole("button", { name: "Refund" }).click();
    await expect.poll(() => question).toContain(`Refund 1 of ${unitsLeft} units of “${title}”?`);
    await expect(form.getByLabel("Units to refund")).toHaveAttribute("max", String(unitsLeft));

    page.once("dialog", (dialog) => void dialog.accept());
    await form.getByRole("button", { name: "Refund" }).click();
    await expect(form.getByText("Refunded 1 unit.")).toBeVisible();
    await expect(form.getByLabel("Units to refund")).toHaveAttribute("max", String(unitsLeft - 1));
    await expect(page.getByRole("list", { name: "Timeline" }).getByText(`Refunded 1 × ${title}`)).toBeVisible();
    await expect(orderState(page, "Completed")).toBeVisible();
  });

  test("another shop's order is not found, whatever id is in the address", async ({ page, browser }, testInfo) => {
    const href = await asOtherAccount(browser, testInfo, ACCOUNTS.sellerVn.email, ACCOUNTS.sellerVn.home, "/seller/orders", async (other) => {
      await expect(other.locator("tbody tr").first()).toBeVisible();
      return (await orderLinks(other))[0]!;
    });
    const response = await page.goto(href);
    expect(response?.status()).toBe(404);
    await expect(page.getByText("Order not found")).toBeVisible();
    await expect(page.getByRole("button", { name: "Ship", exact: true })).toHaveCount(0);

    expect((await page.goto("/seller/orders/ord_00000000000000000000000000"))?.status()).toBe(404);
    await expect(page.getByText("Order not found")).toBeVisible();
  });
});

test.describe("the creator's commissions", () => {
  test.use({ storageState: STORAGE_STATE.creator });

  test("sees the commissions, filters them by state and opens one's history", async ({ page }) => {
    await page.goto("/creator/commissions");
    await expect(mainHeading(page)).toHaveText("Commissions");
    const totals = page.getByRole("region", { name: "Totals" });
    for (const label of ["Pending", "Locked", "Available"]) await expect(totals.getByText(label, { exact: true })).toBeVisible();
    await expect(page.locator("tbody tr").first()).toBeVisible();

    await page.getByRole("navigation", { name: "Filter by state" }).getByRole("link", { name: "Locked" }).click();
    await expect(page).toHaveURL(/[?&]state=locked/);
    const rows = page.locator("tbody tr");
    await expect(rows.first()).toBeVisible();
    for (const row of await rows.all()) {
      await expect(row.getByText("Locked", { exact: true })).toBeVisible();
      // A locked commission is expected in the wallet at the end of the shop's holding period.
      await expect(row.getByRole("cell").nth(5)).toHaveText(DATE_TIME);
    }

    const product = (await rows.first().getByRole("cell").nth(0).locator("span").first().textContent())!;
    await rows.first().getByRole("link", { name: /^History/ }).click();
    await expect(page).toHaveURL(/\/creator\/commissions\/com_/);
    await expect(mainHeading(page)).toHaveText(product);
    await expect(page.getByRole("heading", { name: "Why this earned" })).toBeVisible();
    await expect(page.getByText(/^(Product|Showcase|Campaign) link$/)).toBeVisible();
    const history = page.getByRole("list", { name: "History" });
    // Earned pending when the order was paid, locked when it completed (and maybe changed by refunds since).
    await expect(history.getByRole("listitem").first()).toContainText("Pending");
    await expect(history.getByRole("listitem").filter({ hasText: "locked" }).first()).toBeVisible();
  });

  test("another creator's commission is not found", async ({ page, browser }, testInfo) => {
    const href = await asOtherAccount(browser, testInfo, ACCOUNTS.ana.email, ACCOUNTS.ana.home, "/creator/commissions", async (other) => {
      await expect(other.locator("tbody tr").first()).toBeVisible();
      return (await other.locator("tbody tr a[href^='/creator/commissions/com_']").first().getAttribute("href"))!;
    });
    const response = await page.goto(href);
    expect(response?.status()).toBe(404);
    await expect(page.getByText("Commission not found")).toBeVisible();
  });
});
