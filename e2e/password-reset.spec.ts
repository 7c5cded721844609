import { expect, test, type Page } from "@playwright/test";
import { STORAGE_STATE } from "./support/accounts";
import { mainHeading, SignInPage, SignUpPage, signIn, signOut } from "./support/pages";
import { strongPassword, uniqueEmail } from "./support/unique";

const onPath = (path: string) => (url: URL) => url.pathname === path;

async function signUpCreator(page: Page, name: string) {
  const email = uniqueEmail("reset");
  const password = strongPassword();
  const form = new SignUpPage(page);
  await form.goto();
  await form.signUp({ role: "creator", name, email, password });
  await expect(page).toHaveURL(onPath("/creator"));
  return { email, password };
}

test.describe("forgotten and changed passwords", () => {
  test("a new creator resets a forgotten password through the link the admin finds in the outbox", async ({ page, browser }) => {
    const { email, password: oldPassword } = await signUpCreator(page, "Wren Castellano");
    await signOut(page);

    await page.getByRole("link", { name: "Forgot password?" }).click();
    await expect(page).toHaveURL(onPath("/forgot-password"));
    await page.getByLabel("E-mail", { exact: true }).fill(email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await expect(page.getByRole("status")).toContainText(`If an account exists for ${email}, we sent a link`);

    // No mail server in the e2e run: the message waits in the admin's outbox.
    const admin = await browser.newContext({ storageState: STORAGE_STATE.admin });
    const adminPage = await admin.newPage();
    await adminPage.goto("/admin/outbox");
    await expect(mainHeading(adminPage)).toHaveText("Outbox");
    await adminPage.getByRole("link").filter({ hasText: `To ${email}` }).first().click();
    await expect(mainHeading(adminPage)).toHaveText("Reset your Linkshare password");
    const link = await adminPage.getByRole("link", { name: /\/reset-password\?token=/ }).getAttribute("href");
    await admin.close();
    expect(link).toBeTruthy();

    const newPassword = strongPassword();
    await page.goto(link!);
    await expect(mainHeading(page)).toHaveText("Choose a new password");
    await page.getByLabel("New password", { exact: true }).fill(newPassword);
    await page.getByLabel("New password again", { exact: true }).fill(newPassword);
    await page.getByRole("button", { name: "Set new password" }).click();

    await expect(page).toHaveURL(onPath("/sign-in"));
    const form = new SignInPage(page);
    await expect(form.notice).toHaveText("Your password was changed and every session ended. Sign in with your new password.");
    await form.signIn(email, oldPassword);
    await expect(form.alert).toHaveText("Wrong e-mail or password.");
    await form.signIn(email, newPassword);
    await expect(page).toHaveURL(onPath("/creator"));
    await expect(mainHeading(page)).toHaveText("Hi, Wren");

    // The link worked once.
    await page.goto(link!);
    await expect(page.getByText("This reset link has expired or was already used.")).toBeVisible();
  });

  test("a signed-in creator changes the password, stays signed in, and signs in with the new one later", async ({ page }) => {
    const { email, password: oldPassword } = await signUpCreator(page, "Jules Okafor");

    // Settings in the header, then the account's Password section.
    await page.getByRole("link", { name: "Settings", exact: true }).first().click();
    await expect(mainHeading(page)).toHaveText("Language and time zone");
    await page.getByRole("link", { name: "Password", exact: true }).first().click();
    await expect(mainHeading(page)).toHaveText("Change password");
    const weak = "Password12";
    await page.getByLabel("Current password", { exact: true }).fill(oldPassword);
    await page.getByLabel("New password", { exact: true }).fill(weak);
    await page.getByLabel("New password again", { exact: true }).fill(weak);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText(/^This password is easy to guess\./)).toBeVisible();

    const newPassword = strongPassword();
    await page.getByLabel("Current password", { exact: true }).fill(oldPassword);
    await page.getByLabel("New password", { exact: true }).fill(newPassword);
    await page.getByLabel("New password again", { exact: true }).fill(newPassword);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByRole("status")).toHaveText(/^Your password was changed\./);
    await expect(page).toHaveURL(onPath("/account/password"));

    // Still signed in on this browser.
    await page.goto("/creator");
    await expect(mainHeading(page)).toHaveText("Hi, Jules");

    await signOut(page);
    await signIn(page, email, newPassword, "/creator");
  });
});
