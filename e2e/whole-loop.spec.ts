import path from "node:path";
import { expect, test, type Browser, type Page, type TestInfo } from "@playwright/test";
import { STORAGE_STATE } from "./support/accounts";
import { mainHeading, SignUpPage } from "./support/pages";
import { strongPassword, uniqueEmail } from "./support/unique";

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
  return { orderId: await payAtCheckout(buyer), anotherName };
}

/** Checks out what is in the cart with the test card and returns the order id. */
async function payAtCheckout(buyer: Page) {
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
  return /ord_[0-9A-Z]{26}/.exec(text ?? "")![0];
}

/** Moves the app's clock past the holding period, runs settlement, and puts the clock back. */
async function settleAfterHolding(browser: Browser, testInfo: TestInfo) {
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
    await admin.context.close();
  }
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
  await settleAfterHolding(browser, testInfo);

  await creator.page.goto("/creator/commissions");
  const row = creator.page.getByRole("row").filter({ hasText: LINKED }).first();
  await expect(row).toContainText("Available");
  await expect(creator.page.getByRole("row").filter({ hasText: anotherName })).toHaveCount(0);
  await row.getByRole("link", { name: /History/ }).click();
  await expect(creator.page.getByRole("list", { name: "History" }).getByRole("listitem")).toHaveCount(3);
  await Promise.all([creator.context.close(), seller.context.close()]);
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

const PROOF = path.join(import.meta.dirname, "fixtures", "follower-proof.png");

/** The figure on one of the dashboard's cards ("Clicks", "Orders"…). */
function dashboardFigure(page: Page, label: string) {
  return page.getByRole("region", { name: "Your figures for the period" }).locator("div", { has: page.getByText(label, { exact: true }) }).locator("p.text-2xl").first();
}

test("issue #14 end to end: a new creator is verified, builds and reorders a showcase, a buyer buys through it, and the dashboard and the bell follow", async ({ browser }, testInfo) => {
  test.setTimeout(300_000);
  const tag = Date.now().toString(36);
  const name = `Quinn Ho ${tag}`;

  // Signs up: a link-share creator, 600 verified followers to go.
  const creator = await as(browser, testInfo);
  const page = creator.page;
  const signUp = new SignUpPage(page);
  await signUp.goto();
  await signUp.signUp({ role: "creator", name, email: uniqueEmail("journey"), password: strongPassword() });
  await expect(page).toHaveURL((url) => url.pathname === "/creator");
  await expect(page.getByText("Link-share creator", { exact: true })).toBeVisible();
  await expect(page.getByText("(600 to go)")).toBeVisible();

  // Claims 700 TikTok followers with a screenshot.
  await page.goto("/creator/social");
  await page.getByLabel("Platform").selectOption("tiktok");
  await page.getByLabel("Followers", { exact: true }).fill("700");
  await page.getByLabel("Profile address").fill(`https://www.tiktok.com/@quinn${tag}`);
  await page.getByLabel("Screenshot of your profile").setInputFiles(PROOF);
  await page.getByRole("button", { name: "Send for verification" }).click();
  await expect(page.getByText("Sent: an admin will check your TikTok claim.")).toBeVisible();

  // An admin approves it.
  const admin = await as(browser, testInfo, STORAGE_STATE.admin);
  await admin.page.goto("/admin/creators");
  const claim = admin.page.getByRole("listitem").filter({ hasText: name });
  await expect(claim.getByText("Claims 700 followers")).toBeVisible();
  await claim.getByRole("button", { name: "Approve" }).click();
  await expect(admin.page.getByRole("listitem").filter({ hasText: name }).getByRole("button", { name: "Approve" })).toHaveCount(0);
  await admin.context.close();

  // The creator is told, and is an affiliate creator now.
  await page.goto("/creator");
  await expect(page.getByText("Affiliate creator", { exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Notifications, 2 unread" }).click();
  await expect(page.getByText("Your TikTok followers are verified")).toBeVisible();
  await page.getByRole("button", { name: "Mark all read" }).click();
  await expect(page.getByRole("link", { name: "Notifications: none unread" })).toBeVisible();

  // Builds a showcase of three of Brightside Home's products, then drags the first onto the third's place.
  await page.goto("/creator/showcase");
  const toAdd = page.getByRole("list", { name: "Products to add" }).getByRole("listitem").filter({ hasText: "Brightside Home" });
  const chosen: string[] = [];
  for (let i = 0; i < 3; i++) {
    const row = toAdd.filter({ has: page.getByRole("button", { name: /^Add .* to showcase$/ }) }).first();
    const button = row.getByRole("button", { name: /^Add .* to showcase$/ });
    chosen.push(((await button.textContent()) ?? "").replace(/^Add\s*/, "").replace(/\s*to showcase$/, "").trim());
    await button.click();
    await expect(page.getByRole("list", { name: "Showcase products" }).getByRole("listitem")).toHaveCount(i + 1);
  }
  const items = page.getByRole("list", { name: "Showcase products" }).getByRole("listitem");
  const titles = () => items.evaluateAll((rows) => rows.map((row) => row.querySelector("p")?.textContent ?? ""));
  await expect.poll(titles).toEqual(chosen);
  const handle = (title: string) => page.getByRole("button", { name: `Reorder ${title}`, exact: true });
  const from = (await handle(chosen[0]!).boundingBox())!;
  const to = (await handle(chosen[2]!).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 8, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2 + 4, { steps: 15 });
  await page.mouse.up();
  const reordered = [chosen[1]!, chosen[2]!, chosen[0]!];
  await expect.poll(titles).toEqual(reordered);
  await page.reload();
  await expect.poll(titles).toEqual(reordered);

  // Its showcase link.
  await page.goto("/creator/links/new?type=showcase");
  await page.getByLabel("Where will you share it?").selectOption("tiktok");
  await page.getByRole("button", { name: "Get link", exact: true }).click();
  await expect(page).toHaveURL(/\/creator\/links\/lnk_/);
  const showcaseLink = await page.getByLabel("Your short link").inputValue();

  // A buyer in a fresh browser follows it, sees the showcase in the new order, opens the first product and buys it.
  const buyer = await as(browser, testInfo);
  await buyer.page.goto(showcaseLink);
  await expect(buyer.page).toHaveURL(/\/s\//);
  const cards = buyer.page.getByRole("list", { name: `${name}’s picks` }).getByRole("listitem");
  await expect.poll(() => cards.getByRole("heading").allTextContents()).toEqual(reordered);
  await cards.first().getByRole("link").first().click();
  await expect(mainHeading(buyer.page)).toHaveText(reordered[0]!);
  await buyer.page.getByRole("button", { name: "Add to cart", exact: true }).click();
  await expect(buyer.page.getByRole("status").filter({ hasText: /Added/ })).toBeVisible();
  const orderId = await payAtCheckout(buyer.page);
  await buyer.context.close();

  // The dashboard shows the click, the order and the pending commission for that product.
  await page.goto("/creator?period=7");
  await expect(dashboardFigure(page, "Clicks")).toHaveText("1");
  await expect(dashboardFigure(page, "Orders")).toHaveText("1");
  await expect(page.getByRole("table").filter({ hasText: "Pending" }).first()).toBeVisible();
  await expect(page.getByText(reordered[0]!).first()).toBeVisible();
  await page.getByRole("link", { name: "Products", exact: true }).last().click();
  await expect(page.getByRole("table").filter({ hasText: reordered[0]! }).first()).toBeVisible();

  // The seller fulfils and completes the order; the holding period passes; the bell says the money is available.
  const seller = await as(browser, testInfo, STORAGE_STATE.seller);
  await seller.page.goto(`/seller/orders/${orderId}`);
  await sellerAction(seller.page, "Ship");
  await sellerAction(seller.page, "Mark delivered");
  await sellerAction(seller.page, "Complete");
  await seller.context.close();
  await settleAfterHolding(browser, testInfo);

  await page.goto("/creator");
  await page.getByRole("link", { name: "Notifications, 1 unread" }).click();
  await expect(page.getByText(/is available in your wallet$/).first()).toBeVisible();
  await creator.context.close();
});
