import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, STORAGE_STATE } from "./support/accounts";
import { MobileMenu, SECTIONS, expectSectionNames } from "./support/navigation";
import { mainHeading, SignInPage } from "./support/pages";

/** Runs in the "phone" project (390×844, touch): nothing may push the page wider than the screen. */
async function expectNoSidewaysScroll(page: Page) {
  const size = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(size.innerWidth, "the phone viewport is in effect").toBe(390);
  expect(size.scrollWidth, `page is ${size.scrollWidth}px wide on a ${size.innerWidth}px screen`).toBeLessThanOrEqual(size.innerWidth);
}

/** On a phone, Sign out is in the menu: one tap on "Menu" away. */
async function expectSignOutReachable(page: Page) {
  await new MobileMenu(page).button.click();
  const signOut = page.getByRole("button", { name: "Sign out" });
  await expect(signOut).toBeVisible();
  await expect(signOut).toBeInViewport();
}

test("the sign-in page fits the phone screen", async ({ page }) => {
  const form = new SignInPage(page);
  await form.goto();
  await expectNoSidewaysScroll(page);
  await expect(form.submit).toBeInViewport();
});

test("the sign-up page fits the phone screen", async ({ page }) => {
  await page.goto("/sign-up");
  await expect(mainHeading(page)).toHaveText("Create your account");
  await expectNoSidewaysScroll(page);
});

test.describe("seller home", () => {
  test.use({ storageState: STORAGE_STATE.seller });

  test("fits the phone screen and keeps Sign out at hand", async ({ page }) => {
    await page.goto("/seller");
    await expect(mainHeading(page)).toHaveText(ACCOUNTS.seller.shop);
    await expectNoSidewaysScroll(page);
    await expectSignOutReachable(page);
  });
});

test.describe("creator home (affiliate creator)", () => {
  test.use({ storageState: STORAGE_STATE.creator });

  test("fits the phone screen and keeps Sign out at hand", async ({ page }) => {
    await page.goto("/creator");
    await expect(mainHeading(page)).toHaveText("Hi, Mai");
    await expectNoSidewaysScroll(page);
    await expectSignOutReachable(page);
  });
});

test.describe("creator home (link-share creator)", () => {
  test.use({ storageState: STORAGE_STATE.linkShareCreator });

  test("fits the phone screen and keeps Sign out at hand", async ({ page }) => {
    await page.goto("/creator");
    await expect(mainHeading(page)).toHaveText("Hi, Leo");
    await expect(page.getByText("Link-share creator", { exact: true })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectSignOutReachable(page);
  });
});

/**
 * The phone menu of a role: every section of its layout, one per row and big enough to tap, the
 * current page marked; Escape, a chosen section and a tap outside close it.
 */
async function expectFullMenu(page: Page, home: string, sections: readonly string[], choose: { name: string; path: string }) {
  const menu = new MobileMenu(page);
  await page.goto(home);
  await expectNoSidewaysScroll(page);
  await expect(menu.button).toHaveAttribute("aria-expanded", "false");
  await expect(menu.button).toHaveAttribute("aria-controls", "mobile-nav-panel");
  await expect(menu.panel).toBeHidden();

  await menu.button.click();
  await expect(menu.button).toHaveAttribute("aria-expanded", "true");
  await expect(menu.panel).toBeVisible();
  await expectSectionNames(menu.links, sections);
  for (const link of await menu.links.all()) {
    await expect(link).toBeInViewport();
    const box = await link.boundingBox();
    expect(box?.height, `${await link.textContent()} is tall enough to tap`).toBeGreaterThanOrEqual(44);
  }
  await expect(menu.link("Overview")).toHaveAttribute("aria-current", "page");
  await expect(menu.panel.locator('[aria-current="page"]')).toHaveCount(1);
  await expect(menu.link("Overview"), "focus moves into the menu").toBeFocused();
  await expectNoSidewaysScroll(page);

  await page.keyboard.press("Escape");
  await expect(menu.panel).toBeHidden();
  await expect(menu.button).toHaveAttribute("aria-expanded", "false");
  await expect(menu.button).toBeFocused();

  await menu.button.click();
  await expect(menu.panel).toBeVisible();
  await page.touchscreen.tap(195, 835);
  await expect(menu.panel, "a tap outside closes the menu").toBeHidden();
  await expect(menu.button).toBeFocused();

  await menu.button.click();
  await menu.link(choose.name).click();
  await expect(page).toHaveURL((url) => url.pathname === choose.path);
  await expect(menu.panel).toBeHidden();
  await expect(menu.button).toHaveAttribute("aria-expanded", "false");
  await menu.button.click();
  await expect(menu.link(choose.name)).toHaveAttribute("aria-current", "page");
  await expect(menu.link("Overview")).not.toHaveAttribute("aria-current", "page");
}

test.describe("the creator menu", () => {
  test.use({ storageState: STORAGE_STATE.creator });

  test("opens every creator section and marks the current page", async ({ page }) => {
    await expectFullMenu(page, "/creator", SECTIONS.creator, { name: "Wallet", path: "/creator/wallet" });
  });
});

test.describe("the seller menu", () => {
  test.use({ storageState: STORAGE_STATE.seller });

  test("opens every seller section and marks the current page", async ({ page }) => {
    await expectFullMenu(page, "/seller", SECTIONS.seller, { name: "API keys", path: "/seller/api-keys" });
  });
});

test.describe("the admin menu", () => {
  test.use({ storageState: STORAGE_STATE.admin });

  test("opens every admin section and marks the current page", async ({ page }) => {
    await expectFullMenu(page, "/admin", SECTIONS.admin, { name: "Payouts", path: "/admin/payouts" });
  });
});
