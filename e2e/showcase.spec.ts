import { expect, test, type Locator, type Page } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD } from "./support/accounts";
import { mainHeading, signIn } from "./support/pages";

// Ana is an affiliate creator with a showcase no other spec edits (links.spec.ts edits Mai's), so
// this spec can reorder and pin hers and put it back at the end.
// A buyer's browser: Playwright's own user agent says "HeadlessChrome", which the redirect rightly treats as a bot.
const BUYER_AGENT = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";
const PIN_LIMIT = "You can pin at most 3 products: unpin one first.";

test.use({ storageState: { cookies: [], origins: [] } });
// Both tests edit Ana's showcase: one after the other.
test.describe.configure({ mode: "serial" });

const showcaseItems = (page: Page) => page.getByRole("list", { name: "Showcase products" }).getByRole("listitem");
const titlesIn = (items: Locator) => items.evaluateAll((rows) => rows.map((row) => row.querySelector("p")?.textContent ?? ""));
const handleOf = (page: Page, title: string) => page.getByRole("button", { name: `Reorder ${title}`, exact: true });

/** Drags a product by its handle onto another's place, with the several small moves dnd-kit needs to follow a pointer. */
async function drag(page: Page, title: string, ontoTitle: string) {
  const from = (await handleOf(page, title).boundingBox())!;
  const to = (await handleOf(page, ontoTitle).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 8, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2 + 4, { steps: 15 });
  await page.mouse.up();
}

/** Puts the showcase back in `order` with the up buttons, and takes every pin off. */
async function restore(page: Page, order: string[]) {
  await page.goto("/creator/showcase");
  const items = showcaseItems(page);
  const unpins = page.getByRole("button", { name: /^Unpin / });
  for (let count = await unpins.count(); count > 0; count--) {
    await unpins.first().click();
    await expect(unpins).toHaveCount(count - 1);
  }
  for (const [index, title] of order.entries()) {
    for (let at = (await titlesIn(items)).indexOf(title); at > index; at--) {
      await page.getByRole("button", { name: `Move ${title} up` }).click();
      await expect(items.nth(at - 1)).toContainText(title);
      await expect(page.getByRole("list", { name: "Showcase products" })).toHaveAttribute("aria-busy", "false");
    }
  }
  await expect.poll(() => titlesIn(items)).toEqual(order);
}

test("an affiliate creator reorders the showcase by drag and drop and by keyboard, pins three, and buyers see it", async ({ page, browser }, testInfo) => {
  test.setTimeout(180_000);
  await signIn(page, ACCOUNTS.ana.email, DEMO_PASSWORD, ACCOUNTS.ana.home);
  await page.goto("/creator/showcase");
  await expect(mainHeading(page)).toHaveText("Showcase");
  const items = showcaseItems(page);
  await expect(items.first()).toBeVisible();
  const original = await titlesIn(items);
  expect(original.length).toBeGreaterThanOrEqual(5);
  if (await page.getByRole("button", { name: /^Unpin / }).count()) await restore(page, original);
  const [a, b, c, d, e] = original as [string, string, string, string, string];

  try {
    // Drag and drop with the mouse: the first product onto the third's place, kept after a reload.
    await drag(page, a, c);
    await expect.poll(() => titlesIn(items)).toEqual([b, c, a, d, e, ...original.slice(5)]);
    await page.reload();
    await expect.poll(() => titlesIn(items)).toEqual([b, c, a, d, e, ...original.slice(5)]);

    // The keyboard: Space picks the fourth product up, two arrows up, Space drops it second.
    // Each key waits for dnd-kit's announcement of the new place: a second arrow pressed while the
    // first move is still being measured is dropped (seen once on a loaded machine).
    const announced = page.locator('[id^="DndLiveRegion"]');
    await handleOf(page, d).focus();
    await page.keyboard.press("Space");
    await expect(announced).toContainText(d);
    await page.keyboard.press("ArrowUp");
    await expect(announced).toContainText(`${d} is over position 3 of`);
    await page.keyboard.press("ArrowUp");
    await expect(announced).toContainText(`${d} is over position 2 of`);
    await page.keyboard.press("Space");
    const afterKeys = [b, d, c, a, e, ...original.slice(5)];
    await expect.poll(() => titlesIn(items)).toEqual(afterKeys);
    await page.reload();
    await expect.poll(() => titlesIn(items)).toEqual(afterKeys);

    // Removing offers an undo, which puts the product back in its place.
    await page.getByRole("button", { name: `Remove ${c}` }).click();
    await expect(page.getByRole("status").filter({ hasText: `${c} was removed from your showcase.` })).toBeVisible();
    await expect.poll(() => titlesIn(items)).toEqual(afterKeys.filter((title) => title !== c));
    await page.getByRole("button", { name: `Undo: put ${c} back` }).click();
    await expect.poll(() => titlesIn(items)).toEqual(afterKeys);

    // Three pins; the fourth is refused and says why.
    for (const title of [e, c, b]) {
      await page.getByRole("button", { name: `Pin ${title} to the top` }).click();
      await expect(page.getByRole("button", { name: `Unpin ${title}` })).toBeVisible();
    }
    await page.getByRole("button", { name: `Pin ${a} to the top` }).click();
    await expect(page.getByRole("alert").filter({ hasText: PIN_LIMIT })).toBeVisible();
    await expect(page.getByRole("button", { name: /^Unpin / })).toHaveCount(3);

    // A buyer sees the three pinned first, in the creator's order, then the rest.
    const buyer = await browser.newContext({ baseURL: testInfo.project.use.baseURL, storageState: { cookies: [], origins: [] }, userAgent: BUYER_AGENT });
    const buyerPage = await buyer.newPage();
    await buyerPage.goto("/s/ana");
    await expect(mainHeading(buyerPage)).toHaveText("Ana Souza’s picks");
    const cards = buyerPage.getByRole("list", { name: "Ana Souza’s picks" }).getByRole("listitem");
    const pinnedFirst = [b, c, e, d, a, ...original.slice(5)];
    await expect.poll(() => cards.getByRole("heading").allTextContents()).toEqual(pinnedFirst);
    for (const [index] of pinnedFirst.entries()) await expect(cards.nth(index).getByText("Top pick")).toHaveCount(index < 3 ? 1 : 0);
    await expect(cards.first().getByText(/^(In stock|Only \d+ left|Sold out)$/)).toBeVisible();
    await expect(cards.first().getByRole("link")).toHaveAttribute("href", /^\/p\/prd_/);
    await buyer.close();
  } finally {
    await restore(page, original);
  }
});

test("a reorder from a stale tab is refused, and the tab shows the current order", async ({ page, context }) => {
  await signIn(page, ACCOUNTS.ana.email, DEMO_PASSWORD, ACCOUNTS.ana.home);
  await page.goto("/creator/showcase");
  const items = showcaseItems(page);
  await expect(items.first()).toBeVisible();
  const original = await titlesIn(items);
  const last = original.at(-1)!;

  // Another tab takes the last product out; this one still lists it.
  const other = await context.newPage();
  await other.goto("/creator/showcase");
  await other.getByRole("button", { name: `Remove ${last}` }).click();
  await expect(other.getByRole("button", { name: `Undo: put ${last} back` })).toBeVisible();
  try {
    await page.getByRole("button", { name: `Move ${original[0]} down` }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Your showcase changed in another window or tab: it now shows its current order. Try again." })).toBeVisible();
    await expect.poll(() => titlesIn(items)).toEqual(original.slice(0, -1));
  } finally {
    await other.getByRole("button", { name: `Undo: put ${last} back` }).click();
    await expect.poll(() => titlesIn(showcaseItems(other))).toEqual(original);
    await other.close();
  }
});
