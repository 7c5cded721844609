import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, STORAGE_STATE } from "./support/accounts";
import { mainHeading, SignInPage } from "./support/pages";

/** Runs in the "phone" project (390×844, touch): nothing may push the page wider than the screen. */
async function expectNoSidewaysScroll(page: Page) {
  const size = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(size.innerWidth, "the phone viewport is in effect").toBe(390);
  expect(size.scrollWidth, `page is ${size.scrollWidth}px wide on a ${size.innerWidth}px screen`).toBeLessThanOrEqual(size.innerWidth);
}

async function expectSignOutReachable(page: Page) {
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
