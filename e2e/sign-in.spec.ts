import { expect, test } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD } from "./support/accounts";
import { mainHeading, SignInPage, SignUpPage, signIn, signOut } from "./support/pages";
import { strongPassword, uniqueEmail } from "./support/unique";

const onPath = (path: string) => (url: URL) => url.pathname === path;

test.describe("sign-in", () => {
  test("the seller signs in and sees the shop", async ({ page }) => {
    await signIn(page, ACCOUNTS.seller.email, DEMO_PASSWORD, "/seller");
    await expect(mainHeading(page)).toHaveText("Brightside Home");
    await expect(page.getByText("USD ·")).toBeVisible();
  });

  test("the Vietnamese seller signs in and sees their own shop, not the other one", async ({ page }) => {
    await signIn(page, ACCOUNTS.sellerVn.email, DEMO_PASSWORD, "/seller");
    await expect(mainHeading(page)).toHaveText("Saigon Craft Co.");
    await expect(page.getByText("Brightside Home")).toHaveCount(0);
  });

  test("creator Mai signs in and sees she is an affiliate creator", async ({ page }) => {
    await signIn(page, ACCOUNTS.mai.email, DEMO_PASSWORD, "/creator");
    await expect(mainHeading(page)).toHaveText("Hi, Mai");
    await expect(page.getByText("Affiliate creator", { exact: true })).toBeVisible();
    await expect(page.getByText("12,400 verified followers")).toBeVisible();
  });

  test("creator Leo signs in and sees he is a link-share creator", async ({ page }) => {
    await signIn(page, ACCOUNTS.leo.email, DEMO_PASSWORD, "/creator");
    await expect(mainHeading(page)).toHaveText("Hi, Leo");
    await expect(page.getByText("Link-share creator", { exact: true })).toBeVisible();
    await expect(page.getByText("Affiliate creator", { exact: true })).toHaveCount(0);
  });

  test("the admin signs in and sees the platform overview", async ({ page }) => {
    await signIn(page, ACCOUNTS.admin.email, DEMO_PASSWORD, "/admin");
    await expect(mainHeading(page)).toHaveText("Platform");
  });

  test("a wrong password is refused and the visitor stays on the sign-in page", async ({ page }) => {
    const form = new SignInPage(page);
    await form.goto();
    await form.signIn(ACCOUNTS.sam.email, "demo-pass-2025");
    await expect(form.alert).toHaveText("Wrong e-mail or password.");
    await expect(page).toHaveURL(onPath("/sign-in"));
    await expect(form.email).toHaveValue(ACCOUNTS.sam.email);
    await expect(form.password).toHaveValue("");

    // An e-mail without an account gets the very same answer.
    await form.signIn(uniqueEmail("nobody"), DEMO_PASSWORD);
    await expect(form.alert).toHaveText("Wrong e-mail or password.");
    await expect(page).toHaveURL(onPath("/sign-in"));

    // Still not signed in.
    await page.goto("/creator");
    await expect(page).toHaveURL(onPath("/sign-in"));

    // The right password then works (and clears the failure for re-runs on one database).
    await form.signIn(ACCOUNTS.sam.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(onPath("/creator"));
    await expect(mainHeading(page)).toHaveText("Hi, Sam");
  });

  test("after five failed sign-ins even the right password has to wait", async ({ page }) => {
    // A fresh account, so no demo account gets locked.
    const email = uniqueEmail("throttle");
    const password = strongPassword();
    const signUp = new SignUpPage(page);
    await signUp.goto();
    await signUp.signUp({ role: "creator", name: "Robin Vance", email, password });
    await expect(page).toHaveURL(onPath("/creator"));
    await signOut(page);

    const form = new SignInPage(page);
    for (let attempt = 1; attempt <= 5; attempt++) {
      await form.signIn(email, `not-it-${attempt}-password`);
      await expect(form.alert, `failed attempt ${attempt}`).toHaveText("Wrong e-mail or password.");
    }
    await form.signIn(email, password);
    await expect(form.alert).toHaveText(/^Too many failed sign-ins for this e-mail\. Try again in \d+ seconds?\.$/);
    await expect(page).toHaveURL(onPath("/sign-in"));

    await page.goto("/creator");
    await expect(page).toHaveURL(onPath("/sign-in"));
  });

  test("?next=/seller brings the seller to /seller", async ({ page }) => {
    const form = new SignInPage(page);
    await form.goto("?next=/seller");
    await expect(form.notice).toHaveText("Sign in to continue.");
    await form.signIn(ACCOUNTS.seller.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(onPath("/seller"));
    await expect(mainHeading(page)).toHaveText("Brightside Home");
  });

  test("a same-site next path is followed, query included", async ({ page }) => {
    const form = new SignInPage(page);
    await form.goto(`?next=${encodeURIComponent("/seller?from=e2e")}`);
    await form.signIn(ACCOUNTS.seller.email, DEMO_PASSWORD);
    // The role home alone has no query: this URL can only come from the next path.
    await expect(page).toHaveURL((url) => url.pathname === "/seller" && url.searchParams.get("from") === "e2e");
    await expect(mainHeading(page)).toHaveText("Brightside Home");
  });

  test("opening /seller signed out asks for a sign-in and then shows /seller", async ({ page }) => {
    await page.goto("/seller");
    await expect(page).toHaveURL((url) => url.pathname === "/sign-in" && url.searchParams.get("next") === "/seller");
    const form = new SignInPage(page);
    await form.signIn(ACCOUNTS.seller.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(onPath("/seller"));
    await expect(mainHeading(page)).toHaveText("Brightside Home");
  });

  // The last four pass a check of the raw string and normalise to "//evil.example/…".
  for (const next of ["//evil.example", "/\\evil.example", "https://evil.example/", "/..//evil.example/steal", "/.//evil.example", "/%2e%2e//evil.example", "/x/..//evil.example"]) {
    test(`next=${next} does not leave the site`, async ({ page, baseURL }) => {
      const form = new SignInPage(page);
      await form.goto(`?next=${encodeURIComponent(next)}`);
      await form.signIn(ACCOUNTS.mai.email, DEMO_PASSWORD);
      await expect(page).toHaveURL(onPath("/creator"));
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
      await expect(mainHeading(page)).toHaveText("Hi, Mai");
    });
  }

  test("signing out returns to the sign-in page and closes the creator home", async ({ page }) => {
    // A fresh account: signing out ends every session of the user, and other specs use the demo
    // creators' sessions at the same time (orders.spec.ts signs in as Ana).
    const email = uniqueEmail("sign-out");
    const password = strongPassword();
    const signUp = new SignUpPage(page);
    await signUp.goto();
    await signUp.signUp({ role: "creator", name: "Ines Okafor", email, password });
    await signOut(page);
    await signIn(page, email, password, "/creator");
    await expect(mainHeading(page)).toHaveText("Hi, Ines");
    await signOut(page);
    await expect(new SignInPage(page).heading).toBeVisible();

    await page.goto("/creator");
    await expect(page).toHaveURL((url) => url.pathname === "/sign-in" && url.searchParams.get("next") === "/creator");
    await expect(page.getByText("Hi, Ines")).toHaveCount(0);
  });
});
