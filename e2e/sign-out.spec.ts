import { expect, test } from "@playwright/test";
import { mainHeading, SignUpPage, signOut } from "./support/pages";
import { strongPassword, uniqueEmail } from "./support/unique";

test.describe("sign-out", () => {
  // A freshly signed-up creator: signing out ends every session of the user, and the shared demo
  // accounts' saved sessions (e2e/auth.setup.ts) must stay valid for the other specs.
  test("a session cookie saved before signing out no longer opens the wallet", async ({ page, browser }) => {
    const signUp = new SignUpPage(page);
    await signUp.goto();
    await signUp.signUp({ role: "creator", name: "Noor Halvorsen", email: uniqueEmail("sign-out"), password: strongPassword() });
    await expect(page).toHaveURL((url) => url.pathname === "/creator");
    await expect(mainHeading(page)).toHaveText("Hi, Noor");

    await page.goto("/creator/wallet");
    await expect(page).toHaveURL((url) => url.pathname === "/creator/wallet");
    const saved = await page.context().cookies();
    expect(saved.some((cookie) => cookie.name.endsWith("authjs.session-token"))).toBe(true);

    await signOut(page);

    // Somebody who copied the cookie before the sign-out (another tab, another device) tries it.
    const replay = await browser.newContext();
    await replay.addCookies(saved);
    const stolen = await replay.newPage();
    await stolen.goto("/creator/wallet");
    await expect(stolen).toHaveURL((url) => url.pathname === "/sign-in");
    await expect(stolen.getByText("Hi, Noor")).toHaveCount(0);
    await replay.close();
  });
});
