import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD, STORAGE_STATE } from "./support/accounts";
import { SignUpPage, fieldBlock, mainHeading, signIn } from "./support/pages";
import { strongPassword, uniqueEmail } from "./support/unique";

// A 1×1 PNG, made in the test so nothing is downloaded.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYPj/HwADAgH/eL9zWQAAAABJRU5ErkJggg==", "base64");

function field(page: Page, label: string) {
  return page.getByLabel(label, { exact: true });
}

/** Creates a product through the form (8% open rate) and waits for its page. */
async function createProduct(page: Page, product: { title: string; sku: string }) {
  await page.goto("/seller/products/new");
  await field(page, "Title").fill(product.title);
  await field(page, "Category").fill("Home");
  await field(page, "SKU").fill(product.sku);
  await field(page, "Price (USD)").fill("19.99");
  await field(page, "Stock").fill("5");
  await field(page, "Commission rate (%)").fill("8");
  await submitProduct(page, "Create product");
  await expect(page).toHaveURL(/\/seller\/products\/prd_/);
}

async function submitProduct(page: Page, name: "Create product" | "Save product") {
  const reply = page.waitForResponse((r) => r.request().method() === "POST");
  await page.getByRole("button", { name }).click();
  await reply;
  await expect(page.getByRole("button", { name: "Saving…" })).toHaveCount(0);
}

test.describe("a new seller", () => {
  test("sets up a shop, then creates a product with an image and an open rate", async ({ page }) => {
    const signUp = new SignUpPage(page);
    await signUp.goto();
    await signUp.signUp({ role: "seller", name: "Noor Haddad", email: uniqueEmail("shop"), password: strongPassword() });
    await page.getByRole("link", { name: "Set up your shop" }).click();
    await expect(mainHeading(page)).toHaveText("Set up your shop");
    await field(page, "Shop name").fill("Haddad Ceramics");
    await field(page, "Currency").selectOption("EUR");
    await field(page, "Country").selectOption("DE");
    await field(page, "Default open rate for new products (%)").fill("9.5");
    await field(page, "Your shop's web domains").fill("haddad-ceramics.example");
    await page.getByRole("button", { name: "Save shop" }).click();

    await expect(page).toHaveURL(/\/seller\/products\/new/);
    await expect(page.getByText("Your shop is ready.")).toBeVisible();
    await expect(field(page, "Commission rate (%)")).toHaveValue("9.5");
    const sku = `HC-${Date.now()}`;
    await field(page, "Title").fill("Speckled Mug");
    await field(page, "Category").fill("Kitchen");
    await field(page, "SKU").fill(sku);
    await field(page, "Price (EUR)").fill("24,90");
    await field(page, "Stock").fill("40");
    await page.locator('input[type="file"][name="image"]').setInputFiles({ name: "mug.png", mimeType: "image/png", buffer: PNG });
    await field(page, "Commission rate (%)").fill("12.5");
    await submitProduct(page, "Create product");

    await expect(page).toHaveURL(/\/seller\/products\/prd_/);
    await expect(page.getByText("Product created.")).toBeVisible();
    await expect(mainHeading(page)).toHaveText("Speckled Mug");
    await expect(page.getByText("Open · 12.5%")).toBeVisible();
    const image = page.locator('img[src^="/media/med_"]').first();
    await expect(image).toBeVisible();
    const response = await page.request.get((await image.getAttribute("src"))!);
    expect(response.headers()["content-type"]).toBe("image/png");

    await page.goto(`/seller/products?q=${sku}`);
    await expect(page.getByRole("link", { name: /Speckled Mug/ })).toBeVisible();
    await expect(page.getByRole("cell", { name: "€24.90" }).or(page.getByRole("cell", { name: "24,90 €" }))).toBeVisible();
  });
});

test.describe("the seller's catalogue", () => {
  test.use({ storageState: STORAGE_STATE.seller });

  test("explains bad input next to each field, keeps what was typed and creates nothing", async ({ page }) => {
    await page.goto("/seller/products/new");
    const sku = `BAD-${Date.now()}`;
    await field(page, "Title").fill("Mystery Box");
    await field(page, "Category").fill("Home");
    await field(page, "SKU").fill(sku);
    await field(page, "Price (USD)").fill("-12");
    await field(page, "Stock").fill("3");
    await field(page, "Commission rate (%)").fill("95");
    await field(page, "Sold on your own site? Product address (optional)").fill("http://brightside-home.example/box");
    await submitProduct(page, "Create product");

    await expect(page.getByRole("alert").first()).toHaveText("Please correct the highlighted fields.");
    await expect(fieldBlock(field(page, "Price (USD)")).getByRole("alert")).toContainText(/negative|more than zero/i);
    await expect(fieldBlock(field(page, "Commission rate (%)")).getByRole("alert")).toHaveText("The rate must be between 1% and 80%");
    await expect(fieldBlock(field(page, "Sold on your own site? Product address (optional)")).getByRole("alert")).toHaveText("The address must start with https://");
    await expect(field(page, "Title")).toHaveValue("Mystery Box");
    await expect(field(page, "Price (USD)")).toHaveValue("-12");

    await field(page, "Price (USD)").fill("12");
    await field(page, "Commission rate (%)").fill("10");
    await field(page, "Sold on your own site? Product address (optional)").fill("https://evil.example/box");
    await submitProduct(page, "Create product");
    await expect(fieldBlock(field(page, "Sold on your own site? Product address (optional)")).getByRole("alert")).toContainText("brightside-home.example");

    await field(page, "Sold on your own site? Product address (optional)").fill("");
    await page.locator('input[type="file"][name="image"]').setInputFiles({ name: "notes.png", mimeType: "image/png", buffer: Buffer.from("just some text, not a picture") });
    await submitProduct(page, "Create product");
    await expect(page.getByText("That file is not an image: use PNG, JPEG, WebP or GIF")).toBeVisible();

    await page.locator('input[type="file"][name="image"]').setInputFiles({ name: "huge.png", mimeType: "image/png", buffer: Buffer.alloc(2 * 1024 * 1024 + 10, 1) });
    await expect(page.getByText("The image is too big: at most 2 MB")).toBeVisible();

    await page.goto(`/seller/products?q=${sku}&status=all`);
    await expect(page.getByText("No products match")).toBeVisible();
  });

  // These two tests work on products they create, so other specs running at the same time (plans,
  // campaigns) never find a demo product archived or re-rated under them.
  test("changes the open rate of selected products at once and keeps the history", async ({ page }) => {
    const prefix = `BULK-${Date.now()}`;
    await createProduct(page, { title: `Bulk Candle ${prefix}`, sku: `${prefix}-1` });
    await createProduct(page, { title: `Bulk Vase ${prefix}`, sku: `${prefix}-2` });
    await page.goto(`/seller/products?q=${prefix}`);
    const boxes = page.locator('input[name="productIds[]"]');
    await expect(boxes).toHaveCount(2);
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await expect(page.getByText("2 selected")).toBeVisible();
    await page.getByLabel("New rate (%)").fill("11.25");
    await page.getByRole("button", { name: "Apply to selected" }).click();
    await expect(page.getByText("2 products updated.")).toBeVisible();
    await page.getByRole("link", { name: `Bulk Vase ${prefix}` }).click();
    await expect(page).toHaveURL(/\/seller\/products\/prd_/);
    await expect(page.getByText("Open · 11.25%")).toBeVisible();
    await expect(page.getByRole("cell", { name: "11.25%" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "8%" })).toBeVisible();
  });

  test("a rate cut waits for the shop's notice period, and the seller can keep the current rate", async ({ page }) => {
    const sku = `CUT-${Date.now()}`;
    await createProduct(page, { title: `Cut Lamp ${sku}`, sku });
    await field(page, "Commission rate (%)").fill("5");
    await submitProduct(page, "Save product");
    await page.reload();
    // The product still pays 8% until the day; the page says when 5% applies.
    await expect(page.getByText("Open · 8%")).toBeVisible();
    await expect(page.getByText(/The open plan goes down to 5% on .+\. Until then creators earn 8%/)).toBeVisible();
    await expect(page.getByText("Waiting", { exact: true })).toBeVisible();
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Keep the current plan" }).click();
    await expect(page.getByText(/The open plan goes down to/)).toHaveCount(0);
    await expect(page.getByText("Replaced", { exact: true })).toBeVisible();
    await expect(page.getByText("Open · 8%")).toBeVisible();
  });

  test("archives a product after a confirmation and restores it", async ({ page }) => {
    const sku = `ARC-${Date.now()}`;
    const title = `Archive Me ${sku}`;
    await createProduct(page, { title, sku });
    page.once("dialog", (dialog) => dialog.dismiss());
    await page.getByRole("button", { name: "Archive product" }).click();
    await expect(page.getByRole("button", { name: "Restore product" })).toHaveCount(0);
    page.once("dialog", (dialog) => dialog.accept());
    await page.getByRole("button", { name: "Archive product" }).click();
    await expect(page.getByRole("button", { name: "Restore product" })).toBeVisible();
    await page.goto(`/seller/products?q=${sku}`);
    await expect(page.getByText("No products match")).toBeVisible();
    await page.goto(`/seller/products?q=${sku}&status=archived`);
    await page.getByRole("link", { name: title }).click();
    await expect(page).toHaveURL(/\/seller\/products\/prd_/);
    await page.getByRole("button", { name: "Restore product" }).click();
    await expect(page.getByRole("button", { name: "Archive product" })).toBeVisible();
  });

  test("cannot open another seller's product, whatever id is in the URL", async ({ page, browser }, testInfo) => {
    const other = await browser.newContext({ baseURL: testInfo.project.use.baseURL, storageState: { cookies: [], origins: [] } });
    const otherPage = await other.newPage();
    await signIn(otherPage, ACCOUNTS.sellerVn.email, DEMO_PASSWORD, "/seller");
    await otherPage.goto("/seller/products");
    const href = await otherPage.getByRole("link").filter({ has: otherPage.locator("img") }).first().getAttribute("href");
    const theirTitle = await otherPage.getByRole("link").filter({ has: otherPage.locator("img") }).first().locator("span span").first().textContent();
    await other.close();

    const response = await page.goto(href!);
    expect(response?.status()).toBe(404);
    await expect(page.getByText("We could not find that page")).toBeVisible();
    await expect(page.getByText(theirTitle!)).toHaveCount(0);
  });
});
