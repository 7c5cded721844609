import { expect, test } from "@playwright/test";
import { STORAGE_STATE } from "./support/accounts";
import { mainHeading } from "./support/pages";

// What a first visit meets before anything else: the browser's icon requests, a bare "Get a link"
// address and the showcase address of a creator who cannot have one (issue #11, items 22 and 24).

test("the favicon and the app icons are images, not 404s", async ({ request }) => {
  for (const path of ["/favicon.ico", "/icon.png", "/apple-icon.png"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(/^image\//);
    expect((await response.body()).length, path).toBeGreaterThan(0);
  }
});

test("the showcase address of a link-share creator is a 404, not an empty showcase", async ({ page }) => {
  const response = await page.goto("/s/leo");
  expect(response?.status()).toBe(404);
  // What the page shows, not its raw HTML: the page carries the whole message catalogue for its scripts.
  await expect(mainHeading(page)).toHaveText("We could not find this showcase");
  await expect(page.getByText("Nothing here yet")).toHaveCount(0);
});

test.describe("as an affiliate creator", () => {
  test.use({ storageState: STORAGE_STATE.creator });

  test("/creator/links/new with nothing chosen offers what can be linked instead of a 404", async ({ page }) => {
    const response = await page.goto("/creator/links/new");
    expect(response?.status()).toBe(200);
    await expect(mainHeading(page)).toHaveText("Get a link");
    await expect(page.getByRole("link", { name: "Pick a product" })).toHaveAttribute("href", "/creator/products");
    await expect(page.getByRole("link", { name: "Get showcase link" })).toHaveAttribute("href", "/creator/links/new?type=showcase");
    await expect(page.getByRole("link", { name: /Get link for Tết Gift Week/ })).toBeVisible();
  });

  test("a product in the creator's accepted targeted plan shows the plan's rate, named, on the catalogue and the get-link page", async ({ page }) => {
    await page.goto("/creator/products?q=Aroma+Diffuser");
    const card = page.getByRole("article", { name: /Aroma Diffuser/ }).first();
    await expect(card).toContainText('Targeted plan "Brightside Insiders"');
    await expect(card).not.toContainText("Open rate");
    await card.getByRole("link", { name: /Get link for/ }).click();
    await expect(page.locator("main")).toContainText('Targeted plan "Brightside Insiders"');

    await page.goto("/creator/invitations");
    await expect(page.getByRole("link", { name: /Get link for/ }).first()).toBeVisible();
  });
});
