import { expect, test, type Browser, type Page, type TestInfo } from "@playwright/test";
import { STORAGE_STATE } from "./support/accounts";
import { BUYER_AGENT } from "./support/every-page";
import { mainHeading } from "./support/pages";

/**
 * The seller's fulfilment: Ship with a carrier and a tracking number that the buyer then sees, the
 * list's bulk actions, and the confirmation before cancelling. Demo data seeded when the server starts.
 */

// A Brightside Home product with plenty of stock in the demo.
const SKILLET = "Cast Iron Skillet 26 cm";

/** A buyer orders the product on the storefront; the order's id and the secret token of its status page. */
async function buyerOrders(browser: Browser, testInfo: TestInfo, productPath: string) {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, storageState: { cookies: [], origins: [] }, userAgent: BUYER_AGENT });
  try {
    const shop = await context.newPage();
    await shop.goto(productPath);
    await expect(mainHeading(shop)).toHaveText(SKILLET);
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
    await expect(shop).toHaveURL(/\/checkout\/thanks\?orders=[A-Za-z0-9]{32}$/, { timeout: 20_000 });
    const token = new URL(shop.url()).searchParams.get("orders")!;
    const orderId = (await shop.getByText(/Order number ord_[0-9A-Z]{26}/).textContent())!.match(/ord_[0-9A-Z]{26}/)![0];
    return { token, orderId };
  } finally {
    await context.close();
  }
}

/** What the buyer's status page shows, opened in a browser without a session. */
async function buyerSees(browser: Browser, testInfo: TestInfo, token: string, check: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, storageState: { cookies: [], origins: [] }, userAgent: BUYER_AGENT });
  try {
    const page = await context.newPage();
    await page.goto(`/orders/${token}`);
    await check(page);
  } finally {
    await context.close();
  }
}

test.describe("the seller's fulfilment", () => {
  test.use({ storageState: STORAGE_STATE.seller });

  test("ships an order with a carrier and a tracking number, which the buyer then sees on their order page", async ({ page, browser }, testInfo) => {
    await page.goto(`/seller/products?q=${encodeURIComponent(SKILLET)}`);
    const productHref = (await page.getByRole("link", { name: new RegExp(SKILLET) }).first().getAttribute("href"))!;
    const { token, orderId } = await buyerOrders(browser, testInfo, productHref.replace(/^\/seller\/products\//, "/p/"));

    await page.goto(`/seller/orders/${orderId}`);
    await expect(mainHeading(page)).toHaveText(/^Order /);
    const carrier = page.getByLabel("Carrier");
    const tracking = page.getByLabel("Tracking number");
    // The carrier alone is refused: it is kept, and the missing tracking number gets the focus and the message.
    await carrier.fill("GHN");
    await page.getByRole("button", { name: "Ship", exact: true }).click();
    await expect(page.getByText("Enter the tracking number too, or leave both empty")).toBeVisible();
    await expect(tracking).toBeFocused();
    await expect(carrier).toHaveValue("GHN");
    await expect(page.getByText("Paid", { exact: true }).first()).toBeVisible();

    await tracking.fill("  GHN-5566 7788 ");
    await page.getByRole("button", { name: "Ship", exact: true }).click();
    await expect(page.getByText("The order is shipped.")).toBeVisible();
    // Trimmed, and shown on the seller's page too.
    await expect(page.locator("dl").filter({ hasText: "Tracking number" })).toContainText("GHN-5566 7788");

    await buyerSees(browser, testInfo, token, async (buyer) => {
      await expect(buyer.getByText("Your order is on its way.")).toBeVisible();
      const details = buyer.locator("dl").filter({ hasText: "Tracking number" });
      await expect(details).toContainText("Carrier");
      await expect(details).toContainText("GHN");
      await expect(details).toContainText("Tracking number");
      await expect(details).toContainText("GHN-5566 7788");
    });
  });

  test("completes two delivered orders at once from the list, after confirming", async ({ page }) => {
    await page.goto("/seller/orders?state=delivered");
    await expect(mainHeading(page)).toHaveText("Orders");
    // The download keeps the list's filters.
    const download = page.getByRole("link", { name: "Download orders CSV" });
    await expect(download).toHaveAttribute("href", "/seller/orders.csv?state=delivered");
    const csv = await page.request.get("/seller/orders.csv?state=delivered");
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(await csv.text()).toContain("Tracking number");

    const rows = page.locator("tbody tr");
    await expect(rows.nth(1)).toBeVisible();
    const picked: string[] = [];
    for (const row of (await rows.all()).slice(0, 2)) {
      const box = row.getByRole("checkbox", { name: /^Select order / });
      picked.push((await box.getAttribute("aria-label"))!.replace("Select order ", ""));
      await box.check();
    }
    await expect(page.getByText("2 orders selected")).toBeVisible();

    let question = "";
    page.once("dialog", (dialog) => {
      question = dialog.message();
      void dialog.dismiss();
    });
    await page.getByRole("button", { name: "Complete selected" }).click();
    await expect.poll(() => question).toContain("Complete 2 orders?");
    // Dismissed: nothing changed.
    await expect(page.getByText(/orders? completed\./)).toHaveCount(0);

    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Complete selected" }).click();
    await expect(page.getByText("2 orders completed.")).toBeVisible();

    await page.goto("/seller/orders?state=completed");
    for (const reference of picked) await expect(page.getByRole("link", { name: reference, exact: true })).toBeVisible();
  });

  test("cancelling asks first, naming the order and its amount; dismissing keeps the order", async ({ page, browser }, testInfo) => {
    // An order of its own: which demo orders are still paid depends on the specs that ran before.
    await page.goto(`/seller/products?q=${encodeURIComponent(SKILLET)}`);
    const productHref = (await page.getByRole("link", { name: new RegExp(SKILLET) }).first().getAttribute("href"))!;
    const { orderId } = await buyerOrders(browser, testInfo, productHref.replace(/^\/seller\/products\//, "/p/"));
    await page.goto(`/seller/orders/${orderId}`);
    await expect(mainHeading(page)).toHaveText(/^Order /);
    const reference = (await mainHeading(page).textContent())!.replace(/^Order /, "").trim();
    const total = (await page.getByText("Total paid", { exact: true }).locator("xpath=..").locator("dd").textContent())!.trim();

    const cancel = page.getByRole("group", { name: "Cancel the order" }).getByRole("button", { name: "Cancel order" });
    let question = "";
    page.once("dialog", (dialog) => {
      question = dialog.message();
      void dialog.dismiss();
    });
    await cancel.click();
    await expect.poll(() => question).toContain(`Cancel order ${reference} (${total})?`);
    await expect(page.getByText("Paid", { exact: true }).first()).toBeVisible();

    page.once("dialog", (dialog) => void dialog.accept());
    await cancel.click();
    await expect(page.getByText("The order is cancelled: its commissions are reversed.")).toBeVisible();
    await expect(page.getByText("Cancelled", { exact: true }).first()).toBeVisible();
  });
});
