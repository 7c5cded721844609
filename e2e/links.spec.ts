import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Page, type TestInfo } from "@playwright/test";
import { STORAGE_STATE } from "./support/accounts";
import { mainHeading } from "./support/pages";

// A Brightside Home product open to creators and sold on the portal itself (no external address).
const SKILLET = "Cast Iron Skillet 26 cm";
const SHARE_LABELS = ["Facebook", "X", "Threads", "WhatsApp", "Telegram", "E-mail"];
// A buyer's browser: Playwright's own user agent says "HeadlessChrome", which the redirect rightly treats as a bot.
const BUYER_AGENT = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

/** A sub-id no earlier run has used, so the first "Get link" of a run always makes a new link. */
const uniqueSubId = (label: string) => `${label}-${Date.now().toString(36)}`;

function freshContext(browser: Browser, testInfo: TestInfo, storageState: string | { cookies: []; origins: [] } = { cookies: [], origins: [] }) {
  return browser.newContext({ baseURL: testInfo.project.use.baseURL, storageState, userAgent: BUYER_AGENT });
}

// The skillet is in the targeted plan Mai accepted: she is shown her own rate and the plan paying it; others see the open rate.
const MAI_RATE = /\d+(\.\d+)?% · Targeted plan "Brightside Insiders"/;
const OPEN_RATE = /Open rate \d+(\.\d+)?%/;

/** From the product catalogue to the skillet's "Get link" page, the way a creator finds it, seeing the rate they earn. */
async function openSkilletLinkForm(page: Page, rate: RegExp) {
  await page.goto("/creator/products");
  await expect(mainHeading(page)).toHaveText("Products");
  await page.getByLabel("Search products and shops").fill("skillet");
  await page.getByRole("button", { name: "Filter", exact: true }).click();
  await expect(page).toHaveURL(/q=skillet/);
  const card = page.getByRole("article", { name: SKILLET });
  await expect(card).toContainText("Brightside Home");
  await expect(card).toContainText("$39.00");
  await expect(card).toContainText(rate);
  await card.getByRole("link", { name: `Get link for ${SKILLET}` }).click();
  await expect(mainHeading(page)).toHaveText(`Get a link: ${SKILLET}`);
}

/** Fills channel and sub-id, presses "Get link" and returns the short link shown on the link's page. */
async function getLink(page: Page, channel: string, subId: string) {
  await page.getByLabel("Where will you share it?").selectOption(channel);
  await page.getByLabel("Sub-id (optional)").fill(subId);
  await page.getByRole("button", { name: "Get link", exact: true }).click();
  await expect(page).toHaveURL(/\/creator\/links\/lnk_[0-9A-Z]{26}\?/);
  const shortLink = await page.getByLabel("Your short link").inputValue();
  return { shortLink, linkPath: new URL(page.url()).pathname };
}

test.describe("links for an affiliate creator", () => {
  test.use({ storageState: STORAGE_STATE.creator });

  test("finds a product, gets an Instagram link, copies it, downloads its QR code, shares it; asking again gives the same link", async ({ page, context, browser }, testInfo) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const subId = uniqueSubId("bio");
    await openSkilletLinkForm(page, MAI_RATE);
    const { shortLink, linkPath } = await getLink(page, "instagram", subId);
    await expect(page.getByText("Your new link is ready.")).toBeVisible();
    expect(shortLink).toMatch(new RegExp(`^${testInfo.project.use.baseURL}/l/[A-Za-z0-9]{8}$`));
    await expect(mainHeading(page)).toHaveText(SKILLET);
    // The day in the reader's date style (English: "Mar 12, 2027").
    await expect(page.getByText(/^Earns until [A-Z][a-z]{2} \d{1,2}, \d{4}, 100 days\./)).toBeVisible();

    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shortLink);

    // The QR preview shows, and both downloads are real images of the right type.
    await expect(page.getByRole("img", { name: `QR code for ${shortLink}` })).toHaveJSProperty("complete", true);
    expect(await page.getByRole("img", { name: `QR code for ${shortLink}` }).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    for (const [format, firstBytes] of [
      ["PNG", (bytes: Buffer) => expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a")],
      ["SVG", (bytes: Buffer) => expect(bytes.toString("utf8")).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)],
    ] as const) {
      const button = page.getByRole("link", { name: `Download ${format}` });
      const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^linkshare-[A-Za-z0-9]{8}\\.${format.toLowerCase()}$`));
      firstBytes(await readFile((await download.path())!));
      const response = await page.request.get((await button.getAttribute("href"))!);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe(format === "PNG" ? "image/png" : "image/svg+xml");
    }

    const shares = page.getByRole("list", { name: "Share buttons" });
    for (const label of SHARE_LABELS) {
      const share = shares.getByRole("link", { name: `Share on ${label}` });
      expect(await share.getAttribute("href")).toContain(encodeURIComponent(shortLink));
      await expect(share).toHaveAttribute("target", "_blank");
    }

    // Another creator asking for this link's QR code finds nothing.
    const leo = await freshContext(browser, testInfo, STORAGE_STATE.linkShareCreator);
    expect((await leo.request.get(`${linkPath}/qr?format=png`)).status()).toBe(404);
    await leo.close();

    // Same product, channel and sub-id: the same link, and the creator is told so.
    await page.getByRole("link", { name: "Get another link" }).click();
    await expect(mainHeading(page)).toHaveText(`Get a link: ${SKILLET}`);
    const again = await getLink(page, "instagram", subId);
    expect(again).toEqual({ shortLink, linkPath });
    await expect(page.getByText("You already had this link for Instagram")).toBeVisible();

    // The link list has it, with its copy button.
    await page.goto("/creator/links");
    await expect(mainHeading(page)).toHaveText("Your links");
    const row = page.getByRole("row").filter({ hasText: subId });
    await expect(row).toContainText(SKILLET);
    await expect(row).toContainText("Instagram");
    await expect(row).toContainText("100 days left");
    await expect(row.getByRole("button", { name: new RegExp(`^Copy link for ${SKILLET}`) })).toBeVisible();
  });

  test("a buyer following the link lands on the product with the visitor cookie, and the click shows in the link list", async ({ page, browser }, testInfo) => {
    const subId = uniqueSubId("click");
    await openSkilletLinkForm(page, MAI_RATE);
    const { shortLink } = await getLink(page, "youtube", subId);

    const buyer = await freshContext(browser, testInfo);
    const buyerPage = await buyer.newPage();
    await buyerPage.goto(shortLink);
    await expect(buyerPage).toHaveURL(/\/p\/prd_[0-9A-Z]{26}$/);
    await expect(mainHeading(buyerPage)).toHaveText(SKILLET);
    const cookies = await buyer.cookies();
    expect(cookies.find((c) => c.name === "ls_vid")).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    await buyer.close();

    await page.goto("/creator/links");
    const row = page.getByRole("row").filter({ hasText: subId });
    // Clicks are written in small batches: the list catches up within a moment.
    await expect(async () => {
      await page.reload();
      await expect(row.getByRole("cell").nth(1)).toHaveText("1", { timeout: 1000 });
    }).toPass({ timeout: 15_000 });
    await expect(row.getByRole("cell").nth(2)).toHaveText("1");
  });

  test("the public pages show the product, the creator's showcase and a friendly page for a product no longer sold", async ({ page, browser }, testInfo) => {
    await page.goto("/creator/products?q=skillet");
    const preview = page.getByRole("article", { name: SKILLET }).getByRole("link", { name: "Preview" });
    const productPath = (await preview.getAttribute("href"))!;

    const buyer = await freshContext(browser, testInfo);
    const buyerPage = await buyer.newPage();
    await buyerPage.goto(productPath);
    await expect(mainHeading(buyerPage)).toHaveText(SKILLET);
    await expect(buyerPage.getByText("$39.00", { exact: true })).toBeVisible();
    await expect(buyerPage.getByText("Pre-seasoned, oven safe, lasts generations.")).toBeVisible();
    await expect(buyerPage.getByText(/^(In stock|Only \d+ left|Out of stock)$/)).toBeVisible();
    await expect(buyerPage.getByText("Sold by")).toBeVisible();
    await expect(buyerPage.getByRole("list", { name: "More from Brightside Home" }).getByRole("link").first()).toBeVisible();
    await expect(buyerPage.getByRole("button", { name: "Add to cart" })).toBeVisible();

    await buyerPage.goto("/p/prd_01JD0000000000000000000000");
    await expect(mainHeading(buyerPage)).toHaveText("We could not find this product");

    await buyerPage.goto("/s/mai");
    await expect(mainHeading(buyerPage)).toHaveText("Mai Tran’s picks");
    await expect(buyerPage.getByRole("list", { name: "Mai Tran’s picks" }).getByRole("listitem").first()).toBeVisible();

    await buyerPage.goto("/unavailable?shop=brightside-home");
    await expect(mainHeading(buyerPage)).toHaveText("This product is no longer available");
    await expect(buyerPage.getByRole("heading", { name: "More from Brightside Home" })).toBeVisible();
    await buyer.close();
  });
});

test.describe("the showcase editor", () => {
  test.use({ storageState: STORAGE_STATE.creator });
  const BULB = "Smart LED Bulb (2-pack)";

  test("an affiliate creator adds a product to the showcase, moves it up and removes it", async ({ page }) => {
    await page.goto(`/creator/showcase?q=${encodeURIComponent("LED Bulb")}`);
    await expect(mainHeading(page)).toHaveText("Showcase");
    const items = page.getByRole("list", { name: "Showcase products" }).getByRole("listitem");
    const remove = page.getByRole("button", { name: `Remove ${BULB}` });
    // A run that stopped half-way may have left the bulb in; start without it.
    if (await remove.isVisible()) {
      await remove.click();
      await expect(remove).toHaveCount(0);
    }
    const count = await items.count();

    await page.getByRole("button", { name: `Add ${BULB} to showcase` }).click();
    await expect(items).toHaveCount(count + 1);
    await expect(items.last()).toContainText(BULB);
    await expect(page.getByRole("list", { name: "Products to add" })).toContainText("in showcase");

    await page.getByRole("button", { name: `Move ${BULB} up` }).click();
    await expect(items.nth(count - 1)).toContainText(BULB);
    await expect(page.getByRole("button", { name: `Move ${BULB} down` })).toBeEnabled();

    await remove.click();
    await expect(items).toHaveCount(count);
    await expect(page.getByRole("button", { name: `Add ${BULB} to showcase` })).toBeVisible();
  });
});

test.describe("links for a link-share creator", () => {
  test.use({ storageState: STORAGE_STATE.linkShareCreator });

  test("the showcase option explains how to unlock it; product links work", async ({ page }) => {
    await page.goto("/creator/products");
    const showcase = page.getByRole("region", { name: "Your showcase" });
    await expect(showcase).toContainText("Showcases unlock at 600 verified followers.");
    await expect(showcase).toContainText("you have 350 verified followers, 250 to go");
    await expect(page.getByRole("link", { name: "Get showcase link" })).toHaveCount(0);

    await page.goto("/creator/links/new?type=showcase");
    await expect(page.getByText("Showcases unlock at 600 verified followers.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Get link", exact: true })).toHaveCount(0);

    await page.goto("/creator/showcase");
    await expect(page.getByText("Showcases unlock at 600 verified followers.")).toBeVisible();

    await openSkilletLinkForm(page, OPEN_RATE);
    await getLink(page, "blog", uniqueSubId("leo"));
    await expect(page.getByText("Your new link is ready.")).toBeVisible();
  });
});

test.describe("managing links", () => {
  test.use({ storageState: STORAGE_STATE.creator });

  test("searches, filters and sorts the link list, with the filters in the address", async ({ page }) => {
    const subId = uniqueSubId("find");
    await openSkilletLinkForm(page, MAI_RATE);
    await getLink(page, "email", subId);

    await page.goto("/creator/links");
    const filters = page.getByRole("search", { name: "Search and filter links" });
    await filters.getByLabel("Search").fill(subId);
    await filters.getByLabel("Channel").selectOption("email");
    await filters.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/q=find-.*&channel=email/);
    await expect(page.getByRole("row").filter({ hasText: subId })).toHaveCount(1);
    await expect(page.getByRole("row").filter({ hasText: subId })).toContainText(SKILLET);

    await page.getByRole("search", { name: "Search and filter links" }).getByLabel("State").selectOption("expired");
    await page.getByRole("search", { name: "Search and filter links" }).getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/state=expired/);
    await expect(page.getByText("No link matches")).toBeVisible();

    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(page).toHaveURL(/\/creator\/links$/);
    await page.getByRole("search", { name: "Search and filter links" }).getByLabel("Sort by").selectOption("clicks");
    await page.getByRole("search", { name: "Search and filter links" }).getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/sort=clicks/);
    const rows = page.getByRole("row").filter({ has: page.getByRole("cell") });
    await expect(rows.nth(2)).toBeVisible();
    const clicks = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.querySelectorAll("td")[1]!.textContent!.replace(/\D/g, ""))));
    expect(clicks).toEqual([...clicks].sort((a, b) => b - a));
  });

  test("disables a link after a confirmation: the page and the list say so, and the short link answers 410 within 5 s", async ({ page }) => {
    const subId = uniqueSubId("off");
    await openSkilletLinkForm(page, MAI_RATE);
    const { shortLink, linkPath } = await getLink(page, "blog", subId);
    const shortPath = new URL(shortLink).pathname;
    expect((await page.request.get(shortPath, { maxRedirects: 0 })).status()).toBe(302);

    await expect(page.getByRole("heading", { name: "How this link did" })).toBeVisible();
    await expect(page.getByText("Unique clicks")).toBeVisible();
    page.once("dialog", (dialog) => {
      expect(dialog.message()).toContain(`Disable your link for ${SKILLET}?`);
      void dialog.accept();
    });
    await page.getByRole("button", { name: "Disable link" }).click();
    await expect(page).toHaveURL(new RegExp(`${linkPath}\\?disabled=1`));
    await expect(page.getByText(/^This link was disabled on /)).toBeVisible();
    await expect(page.getByRole("button", { name: "Disable link" })).toHaveCount(0);
    const disabledAt = Date.now();
    await expect(async () => {
      expect((await page.request.get(shortPath, { maxRedirects: 0 })).status()).toBe(410);
    }).toPass({ timeout: 5_000, intervals: [250] });
    expect(Date.now() - disabledAt).toBeLessThan(5_000);

    await page.goto(`/creator/links?state=disabled&q=${subId}`);
    await expect(page.getByRole("row").filter({ hasText: subId })).toContainText("disabled");
  });

  test("renews the demo's expired link: one new link for the same product, channel and sub-id", async ({ page }) => {
    await page.goto("/creator/links?state=expired");
    const expired = page.getByRole("row").filter({ has: page.getByRole("link", { name: "renew it" }) }).first();
    const target = (await expired.getByRole("link").first().textContent())!;
    await expired.getByRole("link", { name: "renew it" }).click();
    await expect(page).toHaveURL(/\/creator\/links\/lnk_/);
    const oldPath = new URL(page.url()).pathname;
    await expect(page.getByText(/^Stopped earning on /)).toBeVisible();
    await page.getByRole("button", { name: "Renew link" }).click();
    await expect(page).toHaveURL(/\/creator\/links\/lnk_[0-9A-Z]{26}\?renewed=1$/);
    expect(new URL(page.url()).pathname).not.toBe(oldPath);
    await expect(page.getByText(/^Your renewed link is ready/)).toBeVisible();
    await expect(mainHeading(page)).toHaveText(target);
    await expect(page.getByText(/, 100 days\./)).toBeVisible();

    await page.goto(oldPath);
    await expect(page.getByText("This link was renewed:")).toBeVisible();
    await expect(page.getByRole("button", { name: "Renew link" })).toHaveCount(0);
  });
});
