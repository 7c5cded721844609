import { expect, test, type Browser, type Page, type TestInfo } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD, STORAGE_STATE } from "./support/accounts";
import { chooseByKeyboard, expectVisibleFocus, focusByTab, retype } from "./support/keyboard";
import { mainHeading, signIn } from "./support/pages";

// Each test is a whole task done one key at a time (the marketplace's cards now have three tab stops
// each), then puts the shared settings back: more than the default minute on a busy machine.
test.describe.configure({ timeout: 150_000 });

/**
 * The main tasks with the keyboard only: Tab to a control (its focus showing), then Enter, Space,
 * the arrows or typing. Clicks and fill() are used only to set the scene (an admin's setting, a
 * buyer's order), never on the controls of the task itself.
 */

// A buyer's browser: Playwright's own user agent says "HeadlessChrome", which the redirect rightly treats as a bot.
const BUYER_AGENT = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";
const SKILLET = "Cast Iron Skillet 26 cm";
const tag = () => Date.now().toString(36);

function context(browser: Browser, testInfo: TestInfo, storageState: string | { cookies: []; origins: [] }, userAgent?: string) {
  return browser.newContext({ baseURL: testInfo.project.use.baseURL, storageState, userAgent });
}

/** Sets the platform's US-dollar withdrawal minimum on the admin's payouts page. */
async function setUsdMinimum(page: Page, amount: string) {
  await page.goto("/admin/payouts");
  await page.locator("#min_USD").fill(amount);
  await page.getByRole("button", { name: "Save minimums" }).click();
  await expect(page.getByText("Minimums saved: new withdrawals use them now.")).toBeVisible();
}

/** Ana's first payout method, through the form the wallet opens while she has none. */
async function addBankAccount(page: Page) {
  const country = page.getByLabel("Bank's country");
  await focusByTab(page, country);
  await chooseByKeyboard(page, country, "United States");
  for (const [label, text] of [
    ["Bank name", "Chase"],
    ["Account holder", "Ana Souza"],
    ["Account number or IBAN", "000123456789"],
  ] as const) {
    const field = page.getByLabel(label, { exact: true });
    await focusByTab(page, field);
    await page.keyboard.type(text);
  }
  // Enter in the last field saves it.
  await page.keyboard.press("Enter");
}

test.describe("a creator with the keyboard only", () => {
  // Mai's wallet belongs to wallet.spec.ts, which counts her balance to the cent. Ana has US$8.45
  // available in the demo, under the US$10 default minimum: the admin lowers it for this test and
  // puts it back after (whole-loop.spec.ts, which runs after every other spec, relies on the default).
  // A dollar at a time, and the bank account added only once, so a re-run on the same database works.
  test("makes a link, copies it, adds a bank account and withdraws, a refused amount announced on its field", async ({ browser }, testInfo) => {
    const admin = await context(browser, testInfo, STORAGE_STATE.admin);
    const adminPage = await admin.newPage();
    await setUsdMinimum(adminPage, "1.00");
    const ana = await context(browser, testInfo, { cookies: [], origins: [] });
    try {
      await ana.grantPermissions(["clipboard-read", "clipboard-write"]);
      const page = await ana.newPage();
      await signIn(page, ACCOUNTS.ana.email, DEMO_PASSWORD, ACCOUNTS.ana.home);

      // A link: from "Get a link" to the catalogue, a search, the product's "Get link".
      await page.goto("/creator/links/new");
      const pick = page.getByRole("link", { name: "Pick a product" });
      await focusByTab(page, pick);
      await page.keyboard.press("Enter");
      await expect(mainHeading(page)).toHaveText("Products");
      const search = page.getByLabel("Search products and shops");
      await focusByTab(page, search);
      await page.keyboard.type("skillet");
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/q=skillet/);
      const getLink = page.getByRole("link", { name: `Get link for ${SKILLET}` });
      await focusByTab(page, getLink);
      await page.keyboard.press("Enter");
      await expect(mainHeading(page)).toHaveText(`Get a link: ${SKILLET}`);

      const channel = page.getByLabel("Where will you share it?");
      await focusByTab(page, channel);
      await chooseByKeyboard(page, channel, "Instagram");
      const subId = page.getByLabel("Sub-id (optional)");
      await focusByTab(page, subId);
      await page.keyboard.type(`keys-${tag()}`);
      const submit = page.getByRole("button", { name: "Get link", exact: true });
      await focusByTab(page, submit);
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/creator\/links\/lnk_[0-9A-Z]{26}\?/);
      const shortLink = await page.getByLabel("Your short link").inputValue();
      expect(shortLink).toMatch(/\/l\/[A-Za-z0-9]{8}$/);

      const copy = page.getByRole("button", { name: "Copy link" });
      await focusByTab(page, copy);
      await page.keyboard.press("Space");
      await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shortLink);
      // The button keeps the focus while it says so.
      await expectVisibleFocus(page.getByRole("button", { name: /^Cop(y link|ied)/ }));

      // A bank account (the form is open while there is none), then the withdrawal.
      await page.goto("/creator/wallet");
      await expect(mainHeading(page)).toHaveText("Wallet");
      const available = page.getByTestId("available-USD");
      const before = (await available.textContent()) ?? "";
      const beforeCents = Math.round(Number(before.replace(/[^0-9.]/g, "")) * 100);
      expect(beforeCents).toBeGreaterThanOrEqual(100);
      const after = `$${((beforeCents - 100) / 100).toLocaleString("en-US", { minimumFractionDigits: 2 })}`;
      const methods = page.getByRole("list", { name: "Your payout methods" });
      if (!(await methods.isVisible()) || !(await methods.textContent())?.includes("Chase ····6789")) await addBankAccount(page);
      await expect(methods).toContainText("Chase ····6789");

      const currency = page.getByLabel("Currency", { exact: true }).first();
      await focusByTab(page, currency);
      await chooseByKeyboard(page, currency, `USD (${before} available)`);
      const amount = page.getByLabel("Amount");
      await focusByTab(page, amount);

      // More than there is: refused on the field, which keeps the focus.
      await page.keyboard.type("500");
      await page.keyboard.press("Enter");
      const refusal = page.getByText(`You have ${before} available.`);
      await expect(refusal).toBeVisible();
      await expect(page.getByRole("group", { name: "Confirm the withdrawal" })).toHaveCount(0);
      await expect(amount).toHaveAttribute("aria-invalid", "true");
      const describedBy = (await amount.getAttribute("aria-describedby")) ?? "";
      await expect(page.locator(`[id="${describedBy}"]`)).toHaveText(`You have ${before} available.`);
      await expect(page.locator(`[id="${describedBy}"]`)).toHaveAttribute("role", "alert");
      await expect(amount).toBeFocused();

      // Enter in the amount opens the review too: it never withdraws without the confirmation.
      await retype(page, "1.00");
      await page.keyboard.press("Enter");
      const review = page.getByRole("button", { name: "Review withdrawal" });
      const confirmGroup = page.getByRole("group", { name: "Confirm the withdrawal" });
      await expect(confirmGroup).toContainText("Withdraw $1.00 to Chase ····6789?");
      // The review takes the focus to its confirm button, in place of the hidden Review button.
      const confirm = page.getByRole("button", { name: "Confirm withdrawal" });
      await expectVisibleFocus(confirm);
      // Back and forth: Back returns the focus to the Review button, with the amount as it was.
      await focusByTab(page, page.getByRole("button", { name: "Back" }), { max: 2 });
      await page.keyboard.press("Enter");
      await expect(confirmGroup).toHaveCount(0);
      await expectVisibleFocus(review);
      await expect(amount).toHaveValue("1.00");
      await page.keyboard.press("Enter");
      await expectVisibleFocus(confirm);
      await page.keyboard.press("Enter");
      await expect(page.getByText("Withdrawal of $1.00 requested.")).toBeVisible();
      await expect(available).toHaveText(after);
      const withdrawals = page.getByRole("region", { name: "Withdrawals" });
      await expect(withdrawals.getByRole("row").filter({ hasText: "$1.00" }).first()).toContainText("Requested");
    } finally {
      await setUsdMinimum(adminPage, "10.00");
      await Promise.all([ana.close(), admin.close()]);
    }
  });
});

test.describe("a seller with the keyboard only", () => {
  test.use({ storageState: STORAGE_STATE.seller });

  test("adds a product after a refused price is announced on its field, then ships the order a buyer placed for it", async ({ page, browser }, testInfo) => {
    const title = `Keyboard Tray ${tag()}`;
    await page.goto("/seller/products");
    const add = page.getByRole("link", { name: "New product", exact: true });
    await focusByTab(page, add);
    await page.keyboard.press("Enter");
    await expect(mainHeading(page)).toHaveText("New product");

    for (const [label, text] of [
      ["Title", title],
      ["Description", "A walnut tray for a keyboard and a mouse."],
      ["Category", "Office"],
      ["SKU", `KT-${tag()}`],
      ["Price (USD)", "twelve"],
    ] as const) {
      const field = page.getByLabel(label, { exact: true });
      await focusByTab(page, field);
      await page.keyboard.type(text);
    }
    const stock = page.getByLabel("Stock", { exact: true });
    await focusByTab(page, stock);
    await retype(page, "5");
    const create = page.getByRole("button", { name: "Create product" });
    await focusByTab(page, create);
    await page.keyboard.press("Enter");

    // The refusal is announced on the price, and the focus goes to it to be put right.
    const price = page.getByLabel("Price (USD)", { exact: true });
    await expect(price).toHaveAttribute("aria-invalid", "true");
    const describedBy = (await price.getAttribute("aria-describedby")) ?? "";
    const message = page.locator(`[id="${describedBy}"]`);
    await expect(message).toHaveAttribute("role", "alert");
    await expect(message).not.toBeEmpty();
    await expectVisibleFocus(price);
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);
    await retype(page, "24.50");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/seller\/products\/prd_[0-9A-Z]{26}\?created=1$/);
    await expect(page.getByText("Product created.")).toBeVisible();
    const productPath = new URL(page.url()).pathname;

    await page.goto(`/seller/products?q=${encodeURIComponent(title)}`);
    await expect(page.getByRole("link", { name: new RegExp(title) })).toBeVisible();

    // A buyer orders it on the storefront (the scene, not the task: clicks are fine here).
    const buyer = await context(browser, testInfo, { cookies: [], origins: [] }, BUYER_AGENT);
    const shop = await buyer.newPage();
    await shop.goto(productPath.replace("/seller/products/", "/p/"));
    await expect(mainHeading(shop)).toHaveText(title);
    await shop.getByRole("button", { name: "Add to cart", exact: true }).click();
    await expect(shop.getByRole("link", { name: /^Cart/ })).toHaveAccessibleName("Cart 1 item");
    await shop.goto("/cart");
    await shop.getByRole("link", { name: "Check out" }).click();
    await shop.getByLabel("Full name").fill("Dewi Lestari");
    await shop.getByLabel("E-mail").fill("dewi.lestari@example.com");
    await shop.getByLabel("Address", { exact: true }).fill("1 Main Street");
    await shop.getByLabel("Town or city").fill("Portland");
    await shop.getByLabel("Postal code").fill("97201");
    await shop.getByLabel("Country").selectOption({ label: "United States" });
    await shop.getByLabel("Card number").fill("4242 4242 4242 4242");
    await shop.getByLabel("Expiry (MM/YY)").fill("12/39");
    await shop.getByLabel("CVC").fill("123");
    await shop.getByRole("button", { name: /^Pay / }).click();
    await expect(shop).toHaveURL(/\/checkout\/thanks\?orders=/, { timeout: 20_000 });
    const orderId = (await shop.getByText(/Order number ord_[0-9A-Z]{26}/).textContent())!.match(/ord_[0-9A-Z]{26}/)![0];
    await buyer.close();

    // The seller ships it.
    await page.goto(`/seller/orders/${orderId}`);
    await expect(mainHeading(page)).toHaveText(/^Order /);
    const ship = page.getByRole("button", { name: "Ship", exact: true });
    await focusByTab(page, ship);
    await page.keyboard.press("Enter");
    await expect(page.getByText("The order is shipped.")).toBeVisible();
    await expect(page.getByText("Shipped", { exact: true }).first()).toBeVisible();
    // The next step is a Tab away.
    await focusByTab(page, page.getByRole("button", { name: "Mark delivered" }), { max: 5 });
  });
});

test.describe("the phone's menu with the keyboard only", () => {
  test.use({ storageState: STORAGE_STATE.linkShareCreator, viewport: { width: 390, height: 844 } });

  test("opens with Enter, takes the focus in, gives it back on Escape, and leads to the wallet", async ({ page }) => {
    await page.goto("/creator");
    await expect(mainHeading(page)).toHaveText(`Hi, ${ACCOUNTS.leo.firstName}`);
    const menu = page.getByRole("button", { name: "Menu" });
    await focusByTab(page, menu);
    await page.keyboard.press("Enter");
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    const sections = page.getByRole("navigation", { name: "Sections" });
    // The focus starts on the page the creator is on.
    await expectVisibleFocus(sections.locator('[aria-current="page"]'));
    const wallet = sections.getByRole("link", { name: "Wallet" });
    await focusByTab(page, wallet, { max: 10 });

    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(sections).toBeHidden();
    await expectVisibleFocus(menu);

    await page.keyboard.press("Enter");
    await focusByTab(page, wallet, { max: 10 });
    await page.keyboard.press("Enter");
    await expect(mainHeading(page)).toHaveText("Wallet");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
  });
});
