import { expect, test, type Browser, type Page, type TestInfo } from "@playwright/test";
import { STORAGE_STATE } from "./support/accounts";
import { mainHeading } from "./support/pages";

// This spec moves the server's clock, so it runs in its own project after every other spec.
test.describe.configure({ mode: "serial" });

const LINKED = "Walnut Serving Board";
const BUYER_AGENT = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15";

async function as(browser: Browser, testInfo: TestInfo, storageState?: string) {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, storageState: storageState ?? { cookies: [], origins: [] }, userAgent: BUYER_AGENT });
  return { context, page: await context.newPage() };
}

async function linkFor(page: Page, title: string, subId: string) {
  await page.goto(`/creator/products?q=${encodeURIComponent(title)}`);
  await page.getByRole("article", { name: title }).getByRole("link", { name: `Get link for ${title}` }).click();
  await page.getByLabel("Where will you share it?").selectOption("blog");
  await page.getByLabel("Sub-id (optional)").fill(subId);
  await page.getByRole("button", { name: "Get link", exact: true }).click();
  await expect(page).toHaveURL(/\/creator\/links\/lnk_/);
  return page.getByLabel("Your short link").inputValue();
}

/** Adds the product the buyer landed on and the first other product of the shop, pays with the test card, and returns the order id. */
async function buyLinkedAndAnother(buyer: Page) {
  await buyer.getByRole("button", { name: "Add to cart", exact: true }).click();
  await expect(buyer.getByRole("status").filter({ hasText: /Added/ })).toBeVisible();
  const another = buyer.getByRole("list", { name: /^More from / }).getByRole("button").first();
  const anotherName = ((await another.getAttribute("aria-label")) ?? (await another.textContent()) ?? "").replace(/^Add | to cart$/g, "");
  await another.click();
  await expect(buyer.getByRole("link", { name: /^Cart/ })).toHaveAccessibleName("Cart 2 items");
  await buyer.goto("/checkout");
  await buyer.getByLabel("Full name").fill("Robin Vale");
  await buyer.getByLabel("E-mail").fill("robin.vale@example.com");
  await buyer.getByLabel("Address", { exact: true }).fill("3 Elm Row");
  await buyer.getByLabel("Town or city").fill("Portland");
  await buyer.getByLabel("Postal code").fill("97201");
  await buyer.getByLabel("Country").selectOption({ label: "United States" });
  await buyer.getByLabel("Card number").fill("4242 4242 4242 4242");
  await buyer.getByLabel("Expiry (MM/YY)").fill("12/39");
  await buyer.getByLabel("CVC").fill("123");
  await buyer.getByRole("button", { name: /^Pay / }).click();
  await expect(buyer).toHaveURL(/\/checkout\/thanks/, { timeout: 20_000 });
  const text = await buyer.getByRole("list", { name: "Your orders" }).textContent();
  return { orderId: /ord_[0-9A-Z]{26}/.exec(text ?? "")![0], anotherName };
}

async function sellerAction(page: Page, label: "Ship" | "Mark delivered" | "Complete") {
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: label, exact: true }).click();
  await expect(page.getByRole("button", { name: label, exact: true })).toHaveCount(0);
}

test("the whole loop: a creator's link, a cart with two products, fulfilment, the holding period, and the commission on the linked product only", async ({ browser }, testInfo) => {
  const creator = await as(browser, testInfo, STORAGE_STATE.linkShareCreator);
  const link = await linkFor(creator.page, LINKED, `loop-${Date.now().toString(36)}`);

  const buyer = await as(browser, testInfo);
  await buyer.page.goto(link);
  await expect(mainHeading(buyer.page)).toHaveText(LINKED);
  const { orderId, anotherName } = await buyLinkedAndAnother(buyer.page);
  await buyer.context.close();

  const seller = await as(browser, testInfo, STORAGE_STATE.seller);
  await seller.page.goto(`/seller/orders/${orderId}`);
  // Only the linked product earns; the other line says so.
  await expect(seller.page.getByText("@leo").first()).toBeVisible();
  await expect(seller.page.getByText("No creator: no creator’s link earned on this line.")).toHaveCount(1);
  await sellerAction(seller.page, "Ship");
  await sellerAction(seller.page, "Mark delivered");
  await sellerAction(seller.page, "Complete");

  // The holding period (15 days) passes: move the clock, run the settlement job, then put the clock back.
  const admin = await as(browser, testInfo, STORAGE_STATE.admin);
  await admin.page.goto("/admin");
  await admin.page.getByLabel("Move the clock forward by (days)").fill("16");
  await admin.page.getByRole("button", { name: "Move clock" }).click();
  await expect(admin.page.getByText("Clock moved.")).toBeVisible();
  try {
    await admin.page.getByRole("button", { name: "Run settlement now" }).click();
    await expect(admin.page.getByText(/Settlement ran: \d+ orders? completed, [1-9]\d* commissions? made available/)).toBeVisible();
  } finally {
    await admin.page.getByRole("button", { name: "Back to real time" }).click();
    await expect(admin.page.getByText("Clock moved.")).toBeVisible();
  }

  await creator.page.goto("/creator/commissions");
  const row = creator.page.getByRole("row").filter({ hasText: LINKED }).first();
  await expect(row).toContainText("Available");
  await expect(creator.page.getByRole("row").filter({ hasText: anotherName })).toHaveCount(0);
  await row.getByRole("link", { name: /History/ }).click();
  await expect(creator.page.getByRole("list", { name: "History" }).getByRole("listitem")).toHaveCount(3);
  await Promise.all([creator.context.close(), seller.context.close(), admin.context.close()]);
});

test("two creators' links for the same product: the later click earns", async ({ browser }, testInfo) => {
  const mai = await as(browser, testInfo, STORAGE_STATE.creator);
  const leo = await as(browser, testInfo, STORAGE_STATE.linkShareCreator);
  const tag = Date.now().toString(36);
  const first = await linkFor(mai.page, LINKED, `first-${tag}`);
  const later = await linkFor(leo.page, LINKED, `later-${tag}`);

  const buyer = await as(browser, testInfo);
  await buyer.page.goto(first);
  await buyer.page.goto(later);
  const { orderId } = await buyLinkedAndAnother(buyer.page);

  const seller = await as(browser, testInfo, STORAGE_STATE.seller);
  await seller.page.goto(`/seller/orders/${orderId}`);
  await expect(seller.page.getByText("@leo")).toHaveCount(1);
  await expect(seller.page.getByText("@mai")).toHaveCount(0);
  await Promise.all([mai.context.close(), leo.context.close(), buyer.context.close(), seller.context.close()]);
});

test("automatic withdrawal: a creator turns it on, the clock moves to the next Wednesday, the job pays out the whole balance", async ({ browser }, testInfo) => {
  const creator = await as(browser, testInfo, STORAGE_STATE.creator);
  const page = creator.page;
  await page.goto("/creator/wallet");
  if ((await page.getByRole("list", { name: "Your payout methods" }).count()) === 0) {
    await page.getByLabel("E-wallet").check();
    await page.getByLabel("Provider").selectOption("MoMo");
    await page.getByLabel("Account e-mail or phone").fill("+84 901 234 567");
    await page.getByRole("button", { name: "Save e-wallet" }).click();
    await expect(page.getByRole("list", { name: "Your payout methods" })).toContainText("MoMo ····4567");
  }
  const available = page.getByTestId("available-USD");
  const balance = (await available.textContent()) ?? "";
  const dong = (await page.getByTestId("available-VND").textContent()) ?? "";
  expect(Number(balance.replace(/[^0-9.]/g, ""))).toBeGreaterThanOrEqual(10);
  await page.getByRole("switch", { name: "Automatic withdrawal every Wednesday" }).click();
  await expect(page.getByRole("switch", { name: "Automatic withdrawal every Wednesday" })).toHaveAttribute("aria-checked", "true");
  const next = (await page.getByTestId("next-auto-payout").textContent())!;
  expect(next).toContain(balance);
  // The day is written in the reader's language; its <time> carries the ISO date.
  const wednesday = (await page.getByTestId("next-auto-payout").locator("time").getAttribute("datetime"))!;
  expect(wednesday).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  const admin = await as(browser, testInfo, STORAGE_STATE.admin);
  await admin.page.goto("/admin");
  const appTime = new Date((await admin.page.locator("time").first().getAttribute("datetime"))!);
  const days = Math.round((Date.parse(`${wednesday}T00:00:00Z`) - Date.parse(`${appTime.toISOString().slice(0, 10)}T00:00:00Z`)) / 86_400_000);
  expect(days).toBeGreaterThanOrEqual(0);
  expect(days).toBeLessThanOrEqual(7);
  try {
    if (days > 0) {
      await admin.page.getByLabel("Move the clock forward by (days)").fill(String(days));
      await admin.page.getByRole("button", { name: "Move clock" }).click();
      await expect(admin.page.getByText("Clock moved.")).toBeVisible();
    }
    await admin.page.getByRole("button", { name: "Run settlement now" }).click();
    // The server's own minute timer may have made the withdrawal already: either way there is exactly one.
    await expect(admin.page.getByText(/Automatic withdrawals: \d+ requested\./)).toBeVisible();
  } finally {
    await admin.page.getByRole("button", { name: "Back to real time" }).click();
    await expect(admin.page.getByText("Clock moved.")).toBeVisible();
  }

  await page.reload();
  await expect(available).toHaveText("$0.00");
  // One automatic withdrawal per currency at or above its minimum: Mai's dollars. Her dong balance is
  // under the 250,000 ₫ minimum, so it stays in the wallet and no dong withdrawal is made.
  const automatic = page.getByRole("region", { name: "Withdrawals" }).getByRole("row").filter({ hasText: "Automatic" });
  await expect(automatic.filter({ hasText: balance })).toHaveCount(1);
  await expect(automatic.filter({ hasText: balance })).toContainText("Requested");
  await expect(automatic.filter({ hasText: "₫" })).toHaveCount(0);
  await expect(automatic).toHaveCount(1);
  expect(dong).toMatch(/₫/);
  await expect(page.getByTestId("available-VND")).toHaveText(dong);
  await Promise.all([creator.context.close(), admin.context.close()]);
});
