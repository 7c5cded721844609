import { expect, test, type Page } from "@playwright/test";
import type AuthTexts from "../messages/en/auth.json";
import type BuyerTexts from "../messages/en/buyer.json";
import type CommonTexts from "../messages/en/common.json";
import type CreatorTexts from "../messages/en/creator.json";
import { messages } from "./support/messages";
import { BUYER_AGENT } from "./support/every-page";
import { STORAGE_STATE } from "./support/accounts";
import { mainHeading } from "./support/pages";
import { strongPassword, uniqueEmail } from "./support/unique";

/**
 * Issue #13's journeys in Vietnamese and Indonesian, read from the message files (so the test
 * follows the words a reader sees): a creator switches to Tiếng Việt, makes a link and sees the
 * wallet in VND formatting; a buyer on the Tết campaign page buys in Vietnamese with the test card;
 * a new creator signs up in Bahasa Indonesia and gets a first link.
 */

const idAuth = messages<typeof AuthTexts>("id", "auth");
const idCreator = messages<typeof CreatorTexts>("id", "creator");
const viCreator = messages<typeof CreatorTexts>("vi", "creator");
const viCommon = messages<typeof CommonTexts>("vi", "common");
const viBuyer = messages<typeof BuyerTexts>("vi", "buyer");

/** "Get link for {name}" as a pattern for any name. */
const withAnyName = (text: string) => new RegExp(`^${text.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{\w+\}/g, ".+")}$`);

/** From the catalogue, a link for its first product: "Get link", a channel, a sub-id, "Get link". */
async function firstLink(page: Page, t: { products: { getLinkFor: string }; linkForm: { channel: string; subId: string; submit: string }; share: { shortLink: string } }) {
  await page.getByRole("link", { name: withAnyName(t.products.getLinkFor) }).first().click();
  await page.getByLabel(t.linkForm.channel).selectOption("instagram");
  await page.getByLabel(t.linkForm.subId).fill(`lang-${Date.now().toString(36)}`);
  await page.getByRole("button", { name: t.linkForm.submit, exact: true }).click();
  await expect(page).toHaveURL(/\/creator\/links\/lnk_[0-9A-Z]{26}/);
  await expect(page.getByLabel(t.share.shortLink)).toHaveValue(/\/l\/[A-Za-z0-9]+$/);
}

test.describe("in Vietnamese", () => {
  test.use({ storageState: STORAGE_STATE.creator });

  test("a creator switches to Tiếng Việt, makes a link and reads the wallet in VND formatting", async ({ page }) => {
    try {
      // The switch saves Vietnamese to Mai's profile, which every test signed in as her would read: this
      // file runs in the "shared-state" project, before the others (playwright.config.ts), and puts it back.
      await page.goto("/creator");
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "Tiếng Việt" }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", "vi");
      await expect(mainHeading(page)).toHaveText(viCreator.home.greeting.replace("{name}", "Mai"));
      await expect(page.getByRole("navigation", { name: viCommon.shell.sections }).getByRole("link", { name: viCommon.nav.creator.wallet })).toBeVisible();

      await page.getByRole("navigation", { name: viCommon.shell.sections }).getByRole("link", { name: viCommon.nav.creator.products }).click();
      await expect(mainHeading(page)).toHaveText(viCreator.products.heading);
      await firstLink(page, viCreator);

      await page.goto("/creator/wallet");
      await expect(mainHeading(page)).toHaveText(viCreator.wallet.title);
      // Vietnamese groups thousands with dots and puts the đồng sign after the amount: "22.800 ₫".
      await expect(page.getByText(/^\d{1,3}(\.\d{3})+\s₫$/).first()).toBeVisible();
      // And no amount is written the English way ("₫22,800"), in any one text of the page.
      const englishStyle = await page.evaluate(() => {
        const found: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) if (/₫\s?\d/.test(node.textContent ?? "")) found.push(node.textContent!);
        return found;
      });
      expect(englishStyle).toEqual([]);

      // A commission's stored history ("Order paid: open plan at 10% on …") reads in Vietnamese, its plan named as the catalogue names it.
      await page.goto("/creator/commissions");
      await page.locator('main a[href^="/creator/commissions/com_"]').first().click();
      const paid = viCommon.history.orderPaid.split("{plan}")[0]!;
      const planNames = Object.values(viCreator.commission.planKinds).join("|");
      await expect(page.getByRole("list", { name: viCreator.commission.history })).toContainText(new RegExp(`${paid}(${planNames}), `));
    } finally {
      // Back to "My browser's language" (null), as the demo has it, for the tests after this file that sign in as Mai.
      await page.goto("/account/preferences");
      // By its id: the page may be in either language, depending on where the test stopped.
      await page.locator("select#locale").selectOption("");
      await page.locator("form:has(select#locale) button[type=submit]").click();
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
    }
  });
});

test.describe("in Indonesian", () => {
  test("a new creator signs up in Bahasa Indonesia and gets a first link", async ({ browser }, testInfo) => {
    const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: "id-ID", storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    await page.goto("/sign-up");
    await expect(page.locator("html")).toHaveAttribute("lang", "id");
    await expect(mainHeading(page)).toHaveText(idAuth.signUp.heading);
    await page.getByRole("radio", { name: new RegExp(idAuth.signUp.creatorTitle) }).check();
    await page.getByLabel(idAuth.fields.name, { exact: true }).fill("Putri Wulandari");
    await page.getByLabel(idAuth.fields.email, { exact: true }).fill(uniqueEmail("id"));
    await page.getByLabel(idAuth.fields.password, { exact: true }).fill(strongPassword());
    await page.getByRole("button", { name: idAuth.signUp.submit, exact: true }).click();

    await expect(page).toHaveURL((url) => url.pathname === "/creator");
    await expect(mainHeading(page)).toHaveText(idCreator.home.greeting.replace("{name}", "Putri"));
    await expect(page.getByText(idCreator.home.linkShare, { exact: true })).toBeVisible();

    await page.goto("/creator/products");
    await expect(mainHeading(page)).toHaveText(idCreator.products.heading);
    await firstLink(page, idCreator);
    await context.close();
  });
});

test.describe("a Vietnamese buyer", () => {
  test("buys from the Tết campaign page with the test card, all in Vietnamese", async ({ browser }, testInfo) => {
    const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: "vi-VN", userAgent: BUYER_AGENT, storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    await page.goto("/c/tet-gift-week");
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    const add = page.getByRole("button", { name: new RegExp(`^${viBuyer.addToCart.compactBefore} .+ ${viBuyer.addToCart.compactAfter}$`) }).first();
    await add.click();
    await expect(page.getByRole("link", { name: new RegExp(`^${viBuyer.frame.cart}`) })).toHaveAccessibleName(/1/);

    await page.goto("/checkout");
    await expect(mainHeading(page)).toHaveText(viBuyer.checkout.heading);
    await page.getByLabel(viBuyer.checkout.fullName).fill("Phạm Thu Lan");
    await page.getByLabel(viBuyer.checkout.email, { exact: true }).fill("lan.pham@example.com");
    await page.getByLabel(viBuyer.checkout.address, { exact: true }).fill("12 Hàng Bạc");
    await page.getByLabel(viBuyer.checkout.city).fill("Hà Nội");
    await page.getByLabel(viBuyer.checkout.postalCode).fill("100000");
    await page.getByLabel(viBuyer.checkout.country).selectOption("VN");
    await page.getByLabel(viBuyer.checkout.cardNumber).fill("4242 4242 4242 4242");
    await page.getByLabel(viBuyer.checkout.expiry).fill("12/39");
    await page.getByLabel(viBuyer.checkout.cvc).fill("123");
    // The amount the Vietnamese way: "Thanh toán 850.000 ₫".
    const pay = page.getByRole("button", { name: new RegExp(`^${viBuyer.checkout.pay.replace("{amount}", "\\d{1,3}(\\.\\d{3})+\\s₫")}$`) });
    await pay.click();

    await expect(page).toHaveURL(/\/checkout\/thanks\?orders=/, { timeout: 20_000 });
    await expect(mainHeading(page)).toHaveText(viBuyer.thanks.headingNamed.replace("{name}", "Phạm Thu Lan"));
    await expect(page.getByRole("list", { name: viBuyer.thanks.yourOrders }).getByRole("listitem")).toHaveCount(1);
    await context.close();
  });
});
