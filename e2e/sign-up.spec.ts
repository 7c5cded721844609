import { expect, test } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD } from "./support/accounts";
import { mainHeading, SignInPage, SignUpPage } from "./support/pages";
import { strongPassword, uniqueEmail } from "./support/unique";

test.describe("sign-up", () => {
  test("a new creator lands on the creator home as a link-share creator", async ({ page }) => {
    const form = new SignUpPage(page);
    await form.goto();
    await form.signUp({ role: "creator", name: "Quinn Marlowe", email: uniqueEmail("creator"), password: strongPassword() });

    await expect(page).toHaveURL((url) => url.pathname === "/creator");
    await expect(mainHeading(page)).toHaveText("Hi, Quinn");
    await expect(page.getByText("Link-share creator", { exact: true })).toBeVisible();
    await expect(page.getByText("Affiliate creator", { exact: true })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  });

  test("a new seller lands on the seller home and is told there is no shop yet", async ({ page }) => {
    const form = new SignUpPage(page);
    await form.goto();
    await form.signUp({ role: "seller", name: "Priya Natarajan", email: uniqueEmail("seller"), password: strongPassword() });

    await expect(page).toHaveURL((url) => url.pathname === "/seller");
    await expect(page.getByText("You have no shop yet")).toBeVisible();
    // A new seller must not be shown somebody else's shop.
    await expect(page.getByText(ACCOUNTS.seller.shop)).toHaveCount(0);
    await expect(page.getByText(ACCOUNTS.sellerVn.shop)).toHaveCount(0);
  });

  test("a too-short password is explained next to the field and the typed name and e-mail are kept", async ({ page }) => {
    const form = new SignUpPage(page);
    const email = uniqueEmail("short");
    await form.goto();
    await form.signUp({ role: "seller", name: "Tomás Herrera", email, password: "abc123" });

    await expect(page).toHaveURL((url) => url.pathname === "/sign-up");
    await expect(form.fieldMessage(form.password)).toHaveText("Use at least 10 characters");
    await expect(form.name).toHaveValue("Tomás Herrera");
    await expect(form.email).toHaveValue(email);
    await expect(form.password).toHaveValue("");
    await expect(form.roleCard("seller")).toBeChecked();

    // Fixing only the password is enough: the e-mail is still free, so no account was made before.
    await form.password.fill(strongPassword());
    await form.submitForm();
    await expect(page).toHaveURL((url) => url.pathname === "/seller");
    await expect(page.getByText("You have no shop yet")).toBeVisible();
  });

  test("a letters-only password is explained and creates no account", async ({ page }) => {
    const form = new SignUpPage(page);
    const email = uniqueEmail("letters");
    const weak = "onlyletterspassword";
    await form.goto();
    await form.signUp({ role: "creator", name: "Ines Duarte", email, password: weak });

    await expect(form.fieldMessage(form.password)).toHaveText("Mix letters with numbers or symbols");
    await expect(form.name).toHaveValue("Ines Duarte");
    await expect(form.email).toHaveValue(email);
    await expect(form.roleCard("creator")).toBeChecked();

    const signInForm = new SignInPage(page);
    await signInForm.goto();
    await signInForm.signIn(email, weak);
    await expect(signInForm.alert).toHaveText("Wrong e-mail or password.");
    await expect(page).toHaveURL((url) => url.pathname === "/sign-in");
  });

  test("an e-mail that already has an account is refused and that account is left as it was", async ({ page }) => {
    const form = new SignUpPage(page);
    const attempted = strongPassword();
    await form.goto();
    await form.signUp({ role: "creator", name: "Someone Else", email: ACCOUNTS.seller.email, password: attempted });

    await expect(page).toHaveURL((url) => url.pathname === "/sign-up");
    await expect(form.fieldMessage(form.email)).toHaveText("An account with this e-mail already exists. Sign in instead?");
    await expect(form.name).toHaveValue("Someone Else");
    await expect(form.email).toHaveValue(ACCOUNTS.seller.email);

    // The existing account keeps its own password and role.
    const signInForm = new SignInPage(page);
    await signInForm.goto();
    await signInForm.signIn(ACCOUNTS.seller.email, attempted);
    await expect(signInForm.alert).toHaveText("Wrong e-mail or password.");
    await signInForm.signIn(ACCOUNTS.seller.email, DEMO_PASSWORD);
    await expect(page).toHaveURL((url) => url.pathname === "/seller");
    await expect(mainHeading(page)).toHaveText(ACCOUNTS.seller.shop);
  });

  test("an invalid e-mail is explained next to the field and the typed values are kept", async ({ page }) => {
    const form = new SignUpPage(page);
    const password = strongPassword();
    await form.goto();
    await form.signUp({ role: "creator", name: "Kofi Mensah", email: "kofi.mensah-at-example.com", password });

    await expect(page).toHaveURL((url) => url.pathname === "/sign-up");
    await expect(form.fieldMessage(form.email)).toHaveText("Enter a valid e-mail address, like name@example.com");
    await expect(form.name).toHaveValue("Kofi Mensah");
    await expect(form.email).toHaveValue("kofi.mensah-at-example.com");
    // Nothing else was wrong, so no other field shows a message.
    await expect(form.fieldMessage(form.name)).toHaveCount(0);
    await expect(form.fieldMessage(form.password)).toHaveCount(0);

    // Nobody got signed in: the creator home still asks for a sign-in.
    await page.goto("/creator");
    await expect(page).toHaveURL((url) => url.pathname === "/sign-in" && url.searchParams.get("next") === "/creator");
  });
});
