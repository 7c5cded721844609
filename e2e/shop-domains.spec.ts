import { createServer, type Server } from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { SignUpPage, fieldBlock } from "./support/pages";
import { strongPassword, uniqueEmail } from "./support/unique";

// The seller's site, on loopback: playwright.config.ts routes the check of shop-site.test here.
const SITE_PORT = Number(process.env.E2E_PORT || 3100) + 2000;
let served = "";
let site: Server;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  site = createServer((request, response) => {
    const found = request.url === "/.well-known/linkshare-verify.txt";
    response.writeHead(found ? 200 : 404, { "content-type": "text/plain" });
    response.end(found ? served : "");
  });
  await new Promise<void>((resolve) => site.listen(SITE_PORT, "127.0.0.1", resolve));
});
test.afterAll(async () => {
  await new Promise((resolve) => site?.close(resolve));
});

function field(page: Page, label: string) {
  return page.getByLabel(label, { exact: true });
}

async function tryProduct(page: Page, externalUrl: string) {
  await page.goto("/seller/products/new");
  await field(page, "Title").fill("Site Mug");
  await field(page, "Category").fill("Kitchen");
  await field(page, "SKU").fill(`SM-${Date.now()}`);
  await field(page, "Price (USD)").fill("12");
  await field(page, "Stock").fill("3");
  await field(page, "Sold on your own site? Product address (optional)").fill(externalUrl);
  const reply = page.waitForResponse((r) => r.request().method() === "POST");
  await page.getByRole("button", { name: "Create product" }).click();
  await reply;
}

test("a seller verifies their own domain before products may send buyers there", async ({ page }) => {
  await new SignUpPage(page).goto();
  await new SignUpPage(page).signUp({ role: "seller", name: "Dana Site", email: uniqueEmail("domains"), password: strongPassword() });
  await page.getByRole("link", { name: "Set up your shop" }).click();
  await field(page, "Shop name").fill("Dana's Site Shop");
  await field(page, "Your shop's web domains").fill("shop-site.test");
  await page.getByRole("button", { name: "Save shop" }).click();
  await expect(page).toHaveURL(/\/seller\/products\/new/);

  // Added, not verified: a product may not link there yet.
  await tryProduct(page, "https://shop-site.test/mug");
  await expect(fieldBlock(field(page, "Sold on your own site? Product address (optional)")).getByRole("alert")).toHaveText(/shop-site\.test is not a verified domain/);

  await page.goto("/seller/shop");
  const item = page.getByRole("list", { name: "Your domains" }).getByRole("listitem").filter({ hasText: "shop-site.test" });
  await expect(item.getByText("Pending", { exact: true })).toBeVisible();
  await expect(item.getByText("_linkshare.shop-site.test")).toBeVisible();
  await expect(item.getByText("https://shop-site.test/.well-known/linkshare-verify.txt")).toBeVisible();
  const record = (await item.getByText(/^linkshare-verify=/).textContent())!;
  const token = record.replace("linkshare-verify=", "");
  expect(token).toMatch(/^[A-Za-z0-9_-]{24}$/);

  served = "someone else's token";
  await item.getByRole("button", { name: "Check now" }).click();
  await expect(item.getByText(/Not verified: File: .* does not hold this domain's token/)).toBeVisible();

  served = `${token}\n`;
  await item.getByRole("button", { name: "Check now" }).click();
  await expect(item.getByText("shop-site.test is verified.")).toBeVisible();
  await expect(item.getByText("Verified", { exact: true })).toBeVisible();

  await tryProduct(page, "https://shop-site.test/mug");
  await expect(page).toHaveURL(/\/seller\/products\/prd_/);
  await expect(page.getByText("Product created.")).toBeVisible();

  // Removing asks first; then the domain is gone and its products no longer link there.
  await page.goto("/seller/shop");
  page.once("dialog", (dialog) => void dialog.accept());
  await item.getByRole("button", { name: "Remove" }).click();
  await expect(page.getByText("No domains yet.")).toBeVisible();
});
