import { expect, test } from "@playwright/test";
import { PAGE_ROUTES } from "../app/page-routes";
import { addToCart, contextFor, DESKTOP, LANGUAGES, pageProblems, pathOf, PHONE, purchase } from "./support/every-page";

/**
 * Issue #13's check of every page (the list is app/page-routes.ts): at 390×844 in English,
 * Vietnamese and Indonesian, and at 1280×800 in English, the page is no wider than the screen, no
 * table is cut off or scrolled, no message key shows in place of a text, and axe-core finds no
 * serious or critical violation. Five key pages leave a phone screenshot per language in the report.
 */

/** Pages whose phone screenshots go into the HTML report, in every language. */
const SCREENSHOTS = new Set(["/c/[slug]", "/p/[id]", "/creator", "/creator/wallet", "/seller/orders"]);
/** Buyer pages worth seeing with something in the cart. */
const WITH_CART = new Set(["/cart", "/checkout"]);

let order: Promise<{ thanks: string; order: string }> | undefined;

for (const entry of PAGE_ROUTES) {
  test.describe(entry.route, () => {
    // A buyer's order is made once per worker, in its own context, and reused.
    const purchased = (browser: import("@playwright/test").Browser, baseURL: string) => () =>
      (order ??= (async () => {
        const context = await contextFor(browser, baseURL, "buyer", LANGUAGES[0], DESKTOP);
        try {
          return await purchase(await context.newPage());
        } finally {
          await context.close();
        }
      })());

    test(`fits a 390 px phone in en, vi and id, and passes axe (${entry.who})`, async ({ browser, baseURL }, testInfo) => {
      test.setTimeout(120_000);
      let path: string | undefined;
      for (const language of LANGUAGES) {
        const context = await contextFor(browser, baseURL!, entry.who, language, PHONE);
        try {
          const page = await context.newPage();
          // The same instance in every language: found once.
          path ??= await pathOf(page, entry, purchased(browser, baseURL!), baseURL!);
          if (WITH_CART.has(entry.route)) await addToCart(page);
          const response = await page.goto(path);
          expect(response?.status() ?? 0, `${path} answers`).toBeLessThan(500);
          await expect(page.locator("html")).toHaveAttribute("lang", language.locale);
          const problems = await pageProblems(page, PHONE.width);
          expect.soft(problems, `${path} in ${language.locale} at ${PHONE.width} px`).toEqual({ width: 0, cutTables: [], rawKeys: [], axe: [] });
          if (SCREENSHOTS.has(entry.route)) {
            await testInfo.attach(`${entry.route} (${language.locale}, 390 px)`, { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
          }
        } finally {
          await context.close();
        }
      }
    });

    test(`fits a 1280 px screen and passes axe (${entry.who})`, async ({ browser, baseURL }) => {
      const context = await contextFor(browser, baseURL!, entry.who, LANGUAGES[0], DESKTOP);
      try {
        const page = await context.newPage();
        const path = await pathOf(page, entry, purchased(browser, baseURL!), baseURL!);
        if (WITH_CART.has(entry.route)) await addToCart(page);
        const response = await page.goto(path);
        expect(response?.status() ?? 0, `${path} answers`).toBeLessThan(500);
        const problems = await pageProblems(page, DESKTOP.width);
        expect.soft(problems, `${path} at ${DESKTOP.width} px`).toEqual({ width: 0, cutTables: [], rawKeys: [], axe: [] });
      } finally {
        await context.close();
      }
    });
  });
}
