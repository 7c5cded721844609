import { expect, test, type Page } from "@playwright/test";
import { STORAGE_STATE } from "./support/accounts";
import { mainHeading } from "./support/pages";

// A Saigon Craft Co. product (VND).
const TEA_SET = "Bát Tràng Tea Set";
const CAMPAIGN = "Tết Gift Week";

/** The catalogue's cards, in the order shown. */
const cards = (page: Page) => page.getByRole("list", { name: "Products", exact: true }).getByRole("article");

/** The first percentage on each card: the creator's own best rate. */
async function shownRates(page: Page): Promise<number[]> {
  const texts = await cards(page).allInnerTexts();
  return texts.map((text) => Number(/(\d+(?:\.\d+)?)%/.exec(text)?.[1] ?? "0"));
}

test.describe("the marketplace for a link-share creator", () => {
  test.use({ storageState: STORAGE_STATE.linkShareCreator });

  test("saves a product with its heart, finds it under Favourites, and takes it out again", async ({ page }) => {
    await page.goto("/creator/products?q=bat+trang");
    const card = page.getByRole("article", { name: TEA_SET });
    await expect(card).toBeVisible();
    // A run stopped halfway may have left it saved: start from "not saved".
    const remove = card.getByRole("button", { name: `Remove ${TEA_SET} from favourites` });
    if (await remove.isVisible()) {
      await remove.click();
      await expect(card.getByRole("button", { name: `Save ${TEA_SET}` })).toBeVisible();
    }
    await card.getByRole("button", { name: `Save ${TEA_SET}` }).click();
    // The heart turns at once, and stays once the server has answered.
    await expect(card.getByRole("button", { name: `Remove ${TEA_SET} from favourites` })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("article", { name: TEA_SET }).getByRole("button", { name: `Remove ${TEA_SET} from favourites` })).toBeVisible();

    await page.goto("/creator/products");
    await page.getByRole("navigation", { name: "Show" }).getByRole("link", { name: "Favourites" }).click();
    await expect(page).toHaveURL(/saved=1/);
    await expect(page.getByRole("link", { name: "Favourites" })).toHaveAttribute("aria-current", "page");
    await expect(cards(page)).toHaveText([new RegExp(TEA_SET)]);

    await page.getByRole("article", { name: TEA_SET }).getByRole("button", { name: `Remove ${TEA_SET} from favourites` }).click();
    await expect(page.getByRole("article", { name: TEA_SET }).getByRole("button", { name: `Save ${TEA_SET}` })).toBeVisible();
    await page.reload();
    await expect(page.getByText("No favourites yet")).toBeVisible();
  });

  test("opens a shop's page from a card: its name, country and only its products", async ({ page }) => {
    await page.goto("/creator/products?q=bat+trang");
    await page.getByRole("article", { name: TEA_SET }).getByRole("link", { name: "Open the page of Saigon Craft Co." }).click();
    await expect(page).toHaveURL(/\/creator\/shops\/shp_/);
    await expect(mainHeading(page)).toHaveText("Saigon Craft Co.");
    await expect(page.getByText(/Vietnam · \d+ products open to creators/)).toBeVisible();
    const shopCards = page.getByRole("list", { name: "Products open to creators" }).getByRole("article");
    await expect(shopCards.first()).toBeVisible();
    for (const text of await shopCards.allInnerTexts()) expect(text).toContain("Saigon Craft Co.");
    await expect(page.getByRole("heading", { name: "Live campaigns" })).toBeVisible();
    await expect(page.getByRole("link", { name: `Get campaign link for ${CAMPAIGN}` })).toBeVisible();

    const missing = await page.goto("/creator/shops/shp_does_not_exist");
    expect(missing?.status()).toBe(404);
    await expect(page.getByText("Shop not found")).toBeVisible();
  });
});

test.describe("the marketplace for an affiliate creator", () => {
  test.use({ storageState: STORAGE_STATE.creator });

  test("sorts by her own rate, her targeted plan's and the campaign's rates included", async ({ page }) => {
    await page.goto("/creator/products");
    await page.getByLabel("Sort").selectOption({ label: "Your highest rate" });
    await page.getByLabel("Your rate from (%)").fill("5");
    await page.getByRole("button", { name: "Filter", exact: true }).click();
    await expect(page).toHaveURL(/sort=rate/);
    await expect(page).toHaveURL(/rmin=5/);
    const rates = await shownRates(page);
    expect(rates.length).toBeGreaterThan(3);
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
    expect(rates.every((rate) => rate >= 5)).toBe(true);
    // Her best rates come from plans better than the open one.
    await expect(cards(page).first()).toContainText(/Targeted plan|Campaign/);

    // Earnings per click compare within a currency; other specs may add shops in other currencies.
    await page.getByLabel("Sort").selectOption({ label: "Most earned per click, last 30 days" });
    await page.getByRole("button", { name: "Filter", exact: true }).click();
    await expect(page).toHaveURL(/sort=epc/);
    await page.goto("/creator/products?sort=epc&currency=USD");
    await expect(cards(page).first().getByText(/per click, 30 days/)).toBeVisible();
  });

  test("opens the campaign directory from the menu and gets a campaign link", async ({ page }) => {
    await page.goto("/creator");
    await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Campaigns" }).click();
    await expect(mainHeading(page)).toHaveText("Campaigns");
    await expect(page.getByRole("heading", { name: "Live now" })).toBeVisible();
    const campaign = page.getByRole("article", { name: CAMPAIGN });
    await expect(campaign).toContainText("Saigon Craft Co.");
    await expect(campaign.getByRole("table", { name: `Products in ${CAMPAIGN}` })).toContainText("%");
    await campaign.getByRole("link", { name: `Get campaign link for ${CAMPAIGN}` }).click();
    await expect(page).toHaveURL(/\/creator\/links\/new\?type=campaign&campaignId=/);
    await expect(mainHeading(page)).toContainText(CAMPAIGN);
    await page.getByLabel("Where will you share it?").selectOption("tiktok");
    await page.getByLabel("Sub-id (optional)").fill(`dir-${Date.now().toString(36)}`);
    await page.getByRole("button", { name: "Get link", exact: true }).click();
    await expect(page).toHaveURL(/\/creator\/links\/lnk_/);
    await expect(page.getByLabel("Your short link")).toHaveValue(/\/l\/[A-Za-z0-9]{8}$/);
  });
});
