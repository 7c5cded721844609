import { expect, test, type Browser, type Page, type TestInfo } from "@playwright/test";
import { STORAGE_STATE } from "./support/accounts";
import { fieldBlock, mainHeading } from "./support/pages";

// Brightside Home products sold on the portal itself, with plenty of stock in the demo.
const SKILLET = "Cast Iron Skillet 26 cm";
const DIFFUSER = "Aroma Diffuser";
// A Saigon Craft Co. product in the live "Tết Gift Week" campaign.
const TEA_SET = "Bát Tràng Tea Set";
// A buyer's browser: Playwright's own user agent says "HeadlessChrome", which the redirect rightly treats as a bot.
const BUYER_AGENT = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

const TEST_CARD_SUCCEEDS = "4242 4242 4242 4242";
const TEST_CARD_DECLINED = "4000 0000 0000 0002";

function buyerContext(browser: Browser, testInfo: TestInfo) {
  return browser.newContext({ baseURL: testInfo.project.use.baseURL, storageState: { cookies: [], origins: [] }, userAgent: BUYER_AGENT });
}

/** The creator's way to a product link: catalogue, search, "Get link", Instagram. */
async function creatorLinkFor(page: Page, title: string) {
  await page.goto(`/creator/products?q=${encodeURIComponent("skillet")}`);
  await expect(mainHeading(page)).toHaveText("Products");
  await page.getByRole("article", { name: title }).getByRole("link", { name: `Get link for ${title}` }).click();
  await expect(mainHeading(page)).toHaveText(`Get a link: ${title}`);
  await page.getByLabel("Where will you share it?").selectOption("instagram");
  await page.getByLabel("Sub-id (optional)").fill(`shop-${Date.now().toString(36)}`);
  await page.getByRole("button", { name: "Get link", exact: true }).click();
  await expect(page).toHaveURL(/\/creator\/links\/lnk_[0-9A-Z]{26}\?/);
  return page.getByLabel("Your short link").inputValue();
}

function cartCount(page: Page) {
  return page.getByRole("link", { name: /^Cart/ });
}

type Details = { name: string; email: string; line1: string; city: string; postalCode: string; country: string };
const LAN: Details = { name: "Lan Pham", email: "lan.pham@example.com", line1: "12 Hang Bac", city: "Hanoi", postalCode: "100000", country: "Vietnam" };

async function fillDetails(page: Page, details: Details) {
  await page.getByLabel("Full name").fill(details.name);
  await page.getByLabel("E-mail").fill(details.email);
  await page.getByLabel("Address", { exact: true }).fill(details.line1);
  await page.getByLabel("Town or city").fill(details.city);
  await page.getByLabel("Postal code").fill(details.postalCode);
  await page.getByLabel("Country").selectOption({ label: details.country });
}

async function fillCard(page: Page, number: string) {
  await page.getByLabel("Card number").fill(number);
  await page.getByLabel("Expiry (MM/YY)").fill("12/39");
  await page.getByLabel("CVC").fill("123");
}

/** Presses the pay button and waits for the answer (a new page, or the form again with its message). */
async function pay(page: Page) {
  await page.getByRole("button", { name: /^Pay / }).click();
  await expect(page.getByRole("button", { name: "Paying…" })).toHaveCount(0, { timeout: 20_000 });
}

test.describe("a buyer who followed a creator's link", () => {
  test.use({ storageState: STORAGE_STATE.creator });

  test("adds the linked product and another of the same shop, pays with the test card, and follows the order", async ({ page, browser }, testInfo) => {
    const shortLink = await creatorLinkFor(page, SKILLET);

    const buyer = await buyerContext(browser, testInfo);
    const shop = await buyer.newPage();
    await shop.goto(shortLink);
    await expect(shop).toHaveURL(/\/p\/prd_[0-9A-Z]{26}$/);
    await expect(mainHeading(shop)).toHaveText(SKILLET);
    expect((await buyer.cookies()).find((c) => c.name === "ls_vid")).toBeTruthy();
    await expect(cartCount(shop)).toHaveAccessibleName("Cart 0 items");

    await shop.getByLabel("Quantity", { exact: true }).fill("2");
    await shop.getByRole("button", { name: "Add to cart", exact: true }).click();
    await expect(shop.getByRole("status").filter({ hasText: "Added: 2 in your cart." })).toBeVisible();
    await expect(cartCount(shop)).toHaveAccessibleName("Cart 2 items");
    const cartCookie = (await buyer.cookies()).find((c) => c.name === "ls_cart");
    expect(cartCookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });

    // Another product of the same shop, straight from the "More from" cards.
    const more = shop.getByRole("list", { name: "More from Brightside Home" });
    await more.getByRole("button", { name: `Add ${DIFFUSER} to cart` }).click();
    await expect(cartCount(shop)).toHaveAccessibleName("Cart 3 items");

    await cartCount(shop).click();
    await expect(mainHeading(shop)).toHaveText("Your cart");
    const brightside = shop.getByRole("region", { name: "Brightside Home" });
    await expect(brightside.getByRole("listitem")).toHaveCount(2);
    await expect(brightside.getByLabel("Subtotal for Brightside Home")).toHaveText("$110.00");
    await brightside.getByLabel(`Quantity of ${SKILLET}`, { exact: true }).fill("1");
    await brightside.getByRole("button", { name: `Update quantity of ${SKILLET}` }).click();
    await expect(brightside.getByLabel("Subtotal for Brightside Home")).toHaveText("$71.00");
    await expect(cartCount(shop)).toHaveAccessibleName("Cart 2 items");

    await shop.getByRole("link", { name: "Check out" }).click();
    await expect(mainHeading(shop)).toHaveText("Checkout");
    await expect(shop.getByText(`Pay with the test card ${TEST_CARD_SUCCEEDS}`, { exact: false })).toBeVisible();
    await fillDetails(shop, { ...LAN, country: "United States", city: "Portland", postalCode: "97201" });
    await fillCard(shop, TEST_CARD_SUCCEEDS);
    await expect(shop.getByRole("button", { name: "Pay $71.00" })).toBeVisible();
    await pay(shop);

    await expect(shop).toHaveURL(/\/checkout\/thanks\?orders=[A-Za-z0-9]{32}$/);
    await expect(mainHeading(shop)).toHaveText("Thank you, Lan Pham!");
    const confirmation = shop.getByRole("list", { name: "Your orders" }).getByRole("listitem");
    await expect(confirmation).toHaveCount(1);
    await expect(confirmation).toContainText("Brightside Home");
    await expect(confirmation).toContainText(/Order number ord_[0-9A-Z]{26}/);
    await expect(confirmation).toContainText("$71.00");
    await expect(confirmation).toContainText("Paid");
    await expect(cartCount(shop)).toHaveAccessibleName("Cart 0 items");

    await confirmation.getByRole("link", { name: "Track your order from Brightside Home" }).click();
    await expect(shop).toHaveURL(/\/orders\/[A-Za-z0-9]{32}$/);
    await expect(mainHeading(shop)).toHaveText("Your order from Brightside Home");
    await expect(shop.getByText("Payment received: the shop is preparing your order.")).toBeVisible();
    const rows = shop.getByRole("row");
    await expect(rows.filter({ hasText: SKILLET })).toContainText("$39.00");
    await expect(rows.filter({ hasText: DIFFUSER })).toContainText("$32.00");
    await expect(shop.getByLabel("Order total")).toHaveText("$71.00");
    await expect(shop.getByRole("list", { name: "Order timeline" }).getByRole("listitem")).toHaveText([/^Order placed/, /^Payment received/]);
    await expect(shop.locator("address")).toContainText("12 Hang Bac");
    // The buyer's page says nothing about who sent them or what anyone earns.
    await expect(shop.locator("main")).not.toContainText(/commission|creator|Mai/i);

    // Only the token opens it.
    const missing = await shop.goto("/orders/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    expect(missing?.status()).toBe(404);
    await expect(mainHeading(shop)).toHaveText("We could not find this order");
    await buyer.close();
  });
});

test.describe("a buyer whose card is declined", () => {
  test("sees field messages with the typed values kept, then a clear decline, keeps the cart, and can pay with the other test card", async ({ browser }, testInfo) => {
    const buyer = await buyerContext(browser, testInfo);
    const shop = await buyer.newPage();
    await shop.goto("/c/tet-gift-week");
    await expect(mainHeading(shop)).toHaveText("Tết Gift Week");
    await shop.getByRole("list", { name: "Products" }).getByRole("button", { name: `Add ${TEA_SET} to cart` }).click();
    await expect(cartCount(shop)).toHaveAccessibleName("Cart 1 item");

    await shop.goto("/checkout");
    // Money follows the reader's language: an English reader sees dong the English way.
    await expect(shop.getByLabel("Subtotal for Saigon Craft Co.")).toHaveText("₫850,000");
    await fillDetails(shop, { ...LAN, name: "" });
    await fillCard(shop, "4111 1111 1111 1111");
    await pay(shop);
    await expect(fieldBlock(shop.getByLabel("Full name")).getByRole("alert")).toHaveText("Enter your name");
    await expect(fieldBlock(shop.getByLabel("Card number")).getByRole("alert")).toContainText("This shop takes test cards only");
    await expect(shop.getByLabel("E-mail")).toHaveValue(LAN.email);
    await expect(shop.getByLabel("Town or city")).toHaveValue(LAN.city);
    await expect(shop.getByLabel("Country")).toHaveValue("VN");

    // Card data is never sent back into the form (issue #11 item 17): the buyer types it again.
    await expect(shop.getByLabel("Card number")).toHaveValue("");
    await shop.getByLabel("Full name").fill(LAN.name);
    await fillCard(shop, TEST_CARD_DECLINED);
    await pay(shop);
    await expect(shop.locator("form").getByRole("alert").first()).toHaveText(/^Payment declined: the card was refused, so nothing was charged/);
    await expect(shop).toHaveURL(/\/checkout$/);
    await expect(shop.getByLabel("Full name")).toHaveValue(LAN.name);
    await expect(cartCount(shop)).toHaveAccessibleName("Cart 1 item");

    await fillCard(shop, TEST_CARD_SUCCEEDS);
    await pay(shop);
    await expect(mainHeading(shop)).toHaveText("Thank you, Lan Pham!");
    await expect(shop.getByRole("list", { name: "Your orders" })).toContainText("₫850,000");
    await buyer.close();
  });
});

test.describe("a Vietnamese buyer", () => {
  test("shops in Vietnamese: the cart, money the Vietnamese way, and a refused card told in Vietnamese", async ({ browser }, testInfo) => {
    const buyer = await browser.newContext({ baseURL: testInfo.project.use.baseURL, storageState: { cookies: [], origins: [] }, userAgent: BUYER_AGENT, locale: "vi-VN" });
    const shop = await buyer.newPage();
    await shop.goto("/c/tet-gift-week");
    await shop.getByRole("list", { name: "Sản phẩm" }).getByRole("button", { name: `Thêm ${TEA_SET} vào giỏ` }).click();
    await expect(shop.getByRole("link", { name: /^Giỏ hàng/ })).toHaveAccessibleName("Giỏ hàng 1 sản phẩm");

    await shop.goto("/cart");
    await expect(mainHeading(shop)).toHaveText("Giỏ hàng của bạn");
    await expect(shop.getByLabel("Tạm tính của Saigon Craft Co.")).toHaveText("850.000 ₫");

    await shop.getByRole("link", { name: "Thanh toán" }).click();
    await expect(mainHeading(shop)).toHaveText("Thanh toán");
    await shop.getByLabel("Số thẻ").fill("4111 1111 1111 1111");
    await shop.getByRole("button", { name: "Thanh toán 850.000 ₫" }).click();
    await expect(fieldBlock(shop.getByLabel("Số thẻ")).getByRole("alert")).toContainText("Cửa hàng này chỉ nhận thẻ thử");
    await expect(fieldBlock(shop.getByLabel("Họ và tên")).getByRole("alert")).toHaveText("Hãy nhập họ tên của bạn");
    await buyer.close();
  });
});
