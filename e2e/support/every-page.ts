import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { PAGE_ROUTES, type PageRoute, type RouteVisitor } from "../../app/page-routes";
import { STORAGE_STATE } from "./accounts";

/** A buyer's browser: Playwright's own user agent says "HeadlessChrome", which the redirect treats as a bot. */
export const BUYER_AGENT = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

export const LANGUAGES = [
  { locale: "en", browserLocale: "en-US", timeZone: "UTC" },
  { locale: "vi", browserLocale: "vi-VN", timeZone: "Asia/Ho_Chi_Minh" },
  { locale: "id", browserLocale: "id-ID", timeZone: "Asia/Jakarta" },
] as const;
export type Language = (typeof LANGUAGES)[number];

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

const STATES: Record<Exclude<RouteVisitor, "visitor" | "buyer">, string> = {
  creator: STORAGE_STATE.creator,
  linkShareCreator: STORAGE_STATE.linkShareCreator,
  seller: STORAGE_STATE.seller,
  sellerVn: STORAGE_STATE.sellerVn,
  admin: STORAGE_STATE.admin,
};

/**
 * A browser context for `who`, in `language` (the switch's cookie, as a reader who chose it) and its
 * time zone (cookie too, so the page is not rendered a second time by the time-zone sync).
 */
export async function contextFor(browser: Browser, baseURL: string, who: RouteVisitor, language: Language, viewport: typeof PHONE): Promise<BrowserContext> {
  const phone = viewport.width < 600;
  const context = await browser.newContext({
    baseURL,
    storageState: who === "visitor" || who === "buyer" ? { cookies: [], origins: [] } : STATES[who],
    userAgent: who === "buyer" ? BUYER_AGENT : undefined,
    locale: language.browserLocale,
    timezoneId: language.timeZone,
    viewport,
    isMobile: phone,
    hasTouch: phone,
    deviceScaleFactor: phone ? 2 : 1,
  });
  const url = new URL(baseURL);
  await context.addCookies([
    { name: "ls_locale", value: language.locale, domain: url.hostname, path: "/" },
    { name: "ls_tz", value: encodeURIComponent(language.timeZone), domain: url.hostname, path: "/" },
  ]);
  return context;
}

/** The first link on `from` whose path matches `link`: a real instance of a dynamic route. */
async function firstLink(page: Page, from: string, link: RegExp): Promise<string> {
  await page.goto(from);
  const hrefs = await page.locator("a[href]").evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const found = hrefs.find((href) => link.test(href));
  expect(found, `a link matching ${link} on ${from}`).toBeTruthy();
  return found!;
}

/** Puts the first product of the Tết campaign in this buyer's cart. */
export async function addToCart(page: Page) {
  const product = await firstLink(page, "/c/tet-gift-week", /^\/p\/prd_/);
  await page.goto(product);
  await page.getByRole("button", { name: /^Add to cart/ }).first().click();
  await expect(page.getByRole("link", { name: /^Cart/ })).toHaveAccessibleName(/[1-9]/);
}

/** A buyer's order through the test card (in English): the thanks page and the order's own page. */
export async function purchase(page: Page): Promise<{ thanks: string; order: string }> {
  await addToCart(page);
  await page.goto("/checkout");
  await page.getByLabel("Full name").fill("Lan Pham");
  await page.getByLabel("E-mail").fill("lan.pham@example.com");
  await page.getByLabel("Address", { exact: true }).fill("12 Hang Bac");
  await page.getByLabel("Town or city").fill("Hanoi");
  await page.getByLabel("Postal code").fill("100000");
  await page.getByLabel("Country").selectOption({ label: "Vietnam" });
  await page.getByLabel("Card number").fill("4242 4242 4242 4242");
  await page.getByLabel("Expiry (MM/YY)").fill("12/39");
  await page.getByLabel("CVC").fill("123");
  await page.getByRole("button", { name: /^Pay / }).click();
  await expect(page).toHaveURL(/\/checkout\/thanks\?orders=/, { timeout: 20_000 });
  const thanks = new URL(page.url());
  const order = await firstLink(page, `${thanks.pathname}${thanks.search}`, /^\/orders\/[A-Za-z0-9]+$/);
  return { thanks: `${thanks.pathname}${thanks.search}`, order };
}

/** Asks for a password reset for a demo account no other test signs in as: an e-mail lands in the outbox. */
async function askPasswordReset(browser: Browser, baseURL: string) {
  const visitor = await browser.newContext({ baseURL });
  try {
    const form = await visitor.newPage();
    await form.goto("/forgot-password");
    await form.getByLabel("E-mail", { exact: true }).fill("sam@demo.test");
    await form.getByRole("button", { name: "Send reset link" }).click();
    await expect(form.getByRole("status")).toContainText("sam@demo.test");
  } finally {
    await visitor.close();
  }
}

/** The path to open for a route's entry (`purchased` is the buyer's order, made once per worker). */
export async function pathOf(page: Page, entry: PageRoute, purchased: () => Promise<{ thanks: string; order: string }>, baseURL: string): Promise<string> {
  const reach = entry.reach;
  if ("path" in reach) return reach.path;
  if ("from" in reach) {
    if (reach.prepare === "password-reset") await askPasswordReset(page.context().browser()!, baseURL);
    // `from` may be another entry's dynamic route: reach that one first.
    const source = PAGE_ROUTES.find((other) => other.route === reach.from && other.route.includes("["));
    const from = source ? await pathOf(page, source, purchased, baseURL) : reach.from;
    return firstLink(page, from, reach.link);
  }
  return (await purchased())[reach.purchase];
}

export type PageProblems = { width: number; cutTables: string[]; rawKeys: string[]; axe: string[] };

/** What the every-page check finds wrong with the page on screen (nothing, when it is right). */
export async function pageProblems(page: Page, screenWidth: number): Promise<PageProblems> {
  const layout = await page.evaluate(() => {
    const cutTables = [...document.querySelectorAll("table")]
      .filter((table) => {
        const box = table.parentElement!;
        // Cut: sticking out of the screen, or scrolled inside its own box.
        return table.getBoundingClientRect().right > document.documentElement.clientWidth + 1 || box.scrollWidth > box.clientWidth + 1;
      })
      .map((table) => table.querySelector("th")?.textContent?.trim() || "a table");
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const rawKeys: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? "";
      // A message key looks like "creator.wallet.title"; next-intl shows the key when a text is missing.
      if (/^(common|auth|creator|seller|admin|account|buyer|mail)(\.[a-zA-Z0-9]+)+$/.test(text)) rawKeys.push(text);
    }
    return { width: document.documentElement.scrollWidth, cutTables, rawKeys };
  });
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const axe = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  return { ...layout, width: Math.max(0, layout.width - screenWidth), axe };
}
