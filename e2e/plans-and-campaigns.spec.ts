import { expect, test, type Locator, type Page } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD, STORAGE_STATE } from "./support/accounts";
import { mainHeading, signIn } from "./support/pages";

// A 1×1 PNG, made in the test so nothing is downloaded.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYPj/HwADAgH/eL9zWQAAAABJRU5ErkJggg==", "base64");

// Demo products of Brightside Home that are open to creators. The catalogue spec re-rates the first
// two by title, so these come later in the alphabet.
const SKILLET = "Cast Iron Skillet 26 cm";
const POUR_OVER = "Ceramic Pour-Over Set";
const THROW = "Linen Throw Blanket";

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const unique = (label: string) => `${label} ${Date.now().toString(36)}`;

/** A product's row in the plan or campaign product picker, found through the picker's search. */
async function pickerRow(page: Page, title: string): Promise<Locator> {
  await page.getByLabel("Search products by title").fill(title);
  const row = page.getByRole("row").filter({ has: page.getByRole("checkbox", { name: `Include ${title}`, exact: true }) });
  await expect(row).toBeVisible();
  return row;
}

/** The open rate the picker shows for a product ("12%" → 12). */
async function openRate(row: Locator): Promise<number> {
  // innerText: what is on screen (the cell also holds a label shown only on phones).
  const text = (await row.getByRole("cell").nth(2).innerText()).trim();
  const match = /^(\d+(?:\.\d+)?)%$/.exec(text);
  expect(match, `open plan "${text}" is a plain rate`).not.toBeNull();
  return Number(match![1]);
}

async function submit(page: Page, name: string) {
  await page.getByRole("button", { name, exact: true }).click();
  await expect(page.getByRole("button", { name: "Saving…" })).toHaveCount(0);
}

test.describe("targeted plans", () => {
  test.use({ storageState: STORAGE_STATE.seller });

  test("a seller invites a creator to a plan and publishes it; the creator accepts; the seller sees it accepted", async ({ page, browser }, testInfo) => {
    const name = unique("Skillet insiders");
    await page.goto("/seller/plans/new");
    await expect(mainHeading(page)).toHaveText("New targeted plan");
    await page.getByLabel("Plan name", { exact: true }).fill(name);
    await page.getByLabel("Message to the creators", { exact: true }).fill("You cook with us every week: here is a better rate.");

    const row = await pickerRow(page, SKILLET);
    const open = await openRate(row);
    const targeted = Math.min(open + 5, 80);
    await row.getByRole("checkbox", { name: `Include ${SKILLET}` }).check();
    await row.getByLabel(`Targeted rate (%) for ${SKILLET}`).fill(String(targeted));
    await expect(page.getByText("1 product selected")).toBeVisible();

    await page.getByLabel("Search creators by name or handle").fill("mai");
    await page.getByRole("button", { name: "Search creators" }).click();
    await page.getByRole("button", { name: "Invite Mai Tran" }).click();
    await expect(page.getByRole("list", { name: "Invited creators" })).toContainText("Mai Tran");
    await expect(page.getByRole("button", { name: "Mai Tran is invited" })).toBeDisabled();

    await submit(page, "Save draft");
    await expect(page).toHaveURL(/\/seller\/plans\/tpl_/);
    await expect(mainHeading(page)).toHaveText(name);
    await expect(page.getByText("Plan saved as a draft.")).toBeVisible();
    await expect(page.getByRole("row", { name: /^Mai Tran @mai/ })).toContainText("not sent yet");
    await expect(page.getByRole("row", { name: new RegExp(escapeRegex(SKILLET)) })).toContainText(`${targeted}%`);

    await page.getByRole("button", { name: "Publish plan" }).click();
    await expect(page.getByText("live", { exact: true })).toBeVisible();
    await expect(page.getByRole("row", { name: /^Mai Tran @mai/ })).toContainText("pending");
    await expect(page.getByRole("button", { name: "End plan now" })).toBeVisible();

    // Mai (the creator storage state) finds the invitation and accepts it.
    const creator = await browser.newContext({ baseURL: testInfo.project.use.baseURL, storageState: STORAGE_STATE.creator });
    const creatorPage = await creator.newPage();
    await creatorPage.goto("/creator/invitations");
    await expect(mainHeading(creatorPage)).toHaveText("Invitations");
    const card = creatorPage.getByRole("article", { name });
    await expect(card).toContainText(ACCOUNTS.seller.shop);
    await expect(card).toContainText("You cook with us every week");
    const product = card.getByRole("list", { name: `Products of ${name}` }).getByRole("listitem").filter({ hasText: SKILLET });
    await expect(product).toContainText(new RegExp(`Open rate\\s*${escapeRegex(`${open}%`)}`));
    await expect(product).toContainText(new RegExp(`Your rate\\s*${escapeRegex(`${targeted}%`)}`));
    await card.getByRole("button", { name: `Accept ${name}` }).click();
    await expect(creatorPage.getByRole("article", { name })).toContainText("You accepted this invitation");
    await expect(creatorPage.getByRole("button", { name: `Accept ${name}` })).toHaveCount(0);
    await creator.close();

    await page.reload();
    await expect(page.getByRole("row", { name: /^Mai Tran @mai/ })).toContainText("accepted");

    // Ending early asks first: dismissing keeps the plan live.
    page.once("dialog", (dialog) => dialog.dismiss());
    await page.getByRole("button", { name: "End plan now" }).click();
    await expect(page.getByText("live", { exact: true })).toBeVisible();
    page.once("dialog", (dialog) => dialog.accept());
    await page.getByRole("button", { name: "End plan now" }).click();
    await expect(page.getByText("ended", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "End plan now" })).toHaveCount(0);
  });

  test("another seller opening the plan's address finds nothing", async ({ page, browser }, testInfo) => {
    await page.goto("/seller/plans");
    await page.getByRole("link", { name: "Brightside Insiders" }).click();
    await expect(page).toHaveURL(/\/seller\/plans\/tpl_/);
    const planPath = new URL(page.url()).pathname;

    const other = await browser.newContext({ baseURL: testInfo.project.use.baseURL, storageState: { cookies: [], origins: [] } });
    const otherPage = await other.newPage();
    await signIn(otherPage, ACCOUNTS.sellerVn.email, DEMO_PASSWORD, "/seller");
    for (const path of [planPath, `${planPath}/edit`]) {
      const response = await otherPage.goto(path);
      expect(response?.status(), path).toBe(404);
      expect(await otherPage.content()).not.toContain("Brightside Insiders");
    }
    await other.close();
  });

  test("a targeted rate not above the open rate gets a message next to it, and the form keeps what was typed", async ({ page }) => {
    const name = unique("Too generous to nobody");
    await page.goto("/seller/plans/new");
    await page.getByLabel("Plan name", { exact: true }).fill(name);
    await page.getByLabel("Ends (UTC)", { exact: true }).fill("2020-01-01T00:00");
    const row = await pickerRow(page, POUR_OVER);
    const open = await openRate(row);
    await row.getByRole("checkbox", { name: `Include ${POUR_OVER}` }).check();
    const rate = row.getByLabel(`Targeted rate (%) for ${POUR_OVER}`);
    await rate.fill(String(open));

    await submit(page, "Save draft");
    await expect(page).toHaveURL(/\/seller\/plans\/new$/);
    await expect(page.getByLabel("Ends (UTC)", { exact: true }).locator("xpath=..").getByRole("alert")).toHaveText("The end must be after the start");
    await page.getByLabel("Ends (UTC)", { exact: true }).fill("2099-01-01T00:00");
    await submit(page, "Save draft");
    await expect(row.getByRole("alert")).toHaveText(`Set a rate above the open rate of ${open}%`);
    await expect(rate).toHaveValue(String(open));
    await expect(row.getByRole("checkbox", { name: `Include ${POUR_OVER}` })).toBeChecked();
    await expect(page.getByLabel("Plan name", { exact: true })).toHaveValue(name);

    await page.goto("/seller/plans");
    await expect(page.getByRole("link", { name })).toHaveCount(0);
  });
});

test.describe("campaigns", () => {
  test.use({ storageState: STORAGE_STATE.seller });

  test("a seller creates a campaign with two products; anyone sees them on its public page", async ({ page, browser }, testInfo) => {
    const name = unique("Slow Sunday");
    await page.goto("/seller/campaigns/new");
    await expect(mainHeading(page)).toHaveText("New campaign");
    await page.getByLabel("Campaign name", { exact: true }).fill(name);
    const slug = page.getByLabel("Public address", { exact: true });
    await expect(slug).toHaveValue(/^slow-sunday-[a-z0-9]+$/);
    const address = await slug.inputValue();
    await page.getByLabel("Description", { exact: true }).fill("Weekend cooking, slow and cosy.");
    await page.locator('input[type="file"][name="banner"]').setInputFiles({ name: "banner.png", mimeType: "image/png", buffer: PNG });

    const skillet = await pickerRow(page, SKILLET);
    await skillet.getByRole("checkbox", { name: `Include ${SKILLET}` }).check();
    await skillet.getByLabel(`Campaign rate (%) for ${SKILLET}`).fill("18");
    // A flat fee instead of a percentage.
    const throwRow = await pickerRow(page, THROW);
    await throwRow.getByRole("checkbox", { name: `Include ${THROW}` }).check();
    await throwRow.getByLabel(`Flat fee for ${THROW}`).fill("5.00");
    await expect(page.getByText("2 products selected")).toBeVisible();

    await submit(page, "Create campaign");
    await expect(page).toHaveURL(/\/seller\/campaigns\/cmp_/);
    await expect(page.getByText("Campaign created.")).toBeVisible();
    await expect(page.getByText("live", { exact: true })).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(escapeRegex(SKILLET)) }).last()).toContainText("18%");
    await expect(page.getByRole("row", { name: new RegExp(escapeRegex(THROW)) }).last()).toContainText("$5.00");

    const visitor = await browser.newContext({ baseURL: testInfo.project.use.baseURL, storageState: { cookies: [], origins: [] } });
    const visitorPage = await visitor.newPage();
    const response = await visitorPage.goto(`/c/${address}`);
    expect(response?.status()).toBe(200);
    await expect(visitorPage).toHaveURL(new RegExp(`/c/${address}$`));
    await expect(mainHeading(visitorPage)).toHaveText(name);
    await expect(visitorPage.getByText("Weekend cooking, slow and cosy.")).toBeVisible();
    const products = visitorPage.getByRole("list", { name: "Products" }).getByRole("listitem");
    await expect(products).toHaveCount(2);
    await expect(products.filter({ hasText: SKILLET })).toContainText(ACCOUNTS.seller.shop);
    await expect(products.filter({ hasText: THROW })).toContainText("$");

    const missing = await visitorPage.goto(`/c/no-such-campaign-${Date.now().toString(36)}`);
    expect(missing?.status()).toBe(404);
    await expect(mainHeading(visitorPage)).toHaveText("We could not find this campaign");
    await visitor.close();
  });
});
