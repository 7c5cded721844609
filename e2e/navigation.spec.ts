import { expect, test, type Page } from "@playwright/test";
import { STORAGE_STATE } from "./support/accounts";
import { expectSectionNames, inlineSections, MobileMenu, SECTIONS } from "./support/navigation";

/** At desktop width the sections sit inline in the header, with the current page marked. */
async function expectInlineCurrent(page: Page, path: string, sections: readonly string[], current: string) {
  await page.goto(path);
  const nav = inlineSections(page);
  await expectSectionNames(nav.getByRole("link"), sections);
  await expect(nav.getByRole("link", { name: current, exact: true })).toHaveAttribute("aria-current", "page");
  await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
  await expect(new MobileMenu(page).button, "no phone menu on a desktop").toBeHidden();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

test.describe("creator", () => {
  test.use({ storageState: STORAGE_STATE.creator });

  test("the header marks the current section", async ({ page }) => {
    await expectInlineCurrent(page, "/creator", SECTIONS.creator, "Overview");
    await expectInlineCurrent(page, "/creator/wallet", SECTIONS.creator, "Wallet");
  });
});

test.describe("seller", () => {
  test.use({ storageState: STORAGE_STATE.seller });

  test("the header marks the current section, also on a page below it", async ({ page }) => {
    await expectInlineCurrent(page, "/seller/products/new", SECTIONS.seller, "Products");
  });
});

test.describe("admin", () => {
  test.use({ storageState: STORAGE_STATE.admin });

  test("the header marks the current section", async ({ page }) => {
    await expectInlineCurrent(page, "/admin/payouts", SECTIONS.admin, "Payouts");
  });
});
