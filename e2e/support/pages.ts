import { expect, type Locator, type Page, type Response } from "@playwright/test";

/** Server actions post back to the page's own URL. */
function serverActionReply(page: Page, path: string): Promise<Response> {
  return page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === path);
}

/**
 * Presses a form's submit button and waits until the form is settled: the server has answered and
 * the button no longer shows its busy label (then React has also re-rendered and reset the form,
 * so the next fill() cannot be wiped, and a message on screen is the answer to this submit).
 */
async function submitAndSettle(page: Page, path: string, submit: Locator, busy: Locator) {
  const reply = serverActionReply(page, path);
  await submit.click();
  await reply;
  await expect(busy).toHaveCount(0);
}

/** The block that holds a form control, its label and the message shown under it. */
export function fieldBlock(control: Locator): Locator {
  return control.locator("xpath=..");
}

export class SignInPage {
  readonly heading: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly busy: Locator;
  readonly alert: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Sign in" });
    this.email = page.getByLabel("E-mail", { exact: true });
    this.password = page.getByLabel("Password", { exact: true });
    this.submit = page.getByRole("button", { name: "Sign in", exact: true });
    this.busy = page.getByRole("button", { name: "Signing in…" });
    // The form-level message (role=alert); field messages also use role=alert, so take the first one.
    this.alert = page.locator("form").getByRole("alert").first();
    this.notice = page.locator("form").getByRole("status");
  }

  async goto(query = "") {
    await this.page.goto(`/sign-in${query}`);
    await expect(this.heading).toBeVisible();
  }

  /** Fills the form and presses "Sign in"; resolves once this attempt is answered. */
  async signIn(email: string, password: string) {
    await this.email.fill(email);
    await this.password.fill(password);
    await submitAndSettle(this.page, "/sign-in", this.submit, this.busy);
  }
}

export type SignUpRole = "creator" | "seller";

export class SignUpPage {
  readonly heading: Locator;
  readonly name: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly busy: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Create your account" });
    this.name = page.getByLabel("Name", { exact: true });
    this.email = page.getByLabel("E-mail", { exact: true });
    this.password = page.getByLabel("Password", { exact: true });
    this.submit = page.getByRole("button", { name: "Create account" });
    this.busy = page.getByRole("button", { name: "Creating your account…" });
  }

  roleCard(role: SignUpRole): Locator {
    return this.page.getByRole("radio", { name: role === "creator" ? "I'm a creator" : "I'm a seller" });
  }

  async goto() {
    await this.page.goto("/sign-up");
    await expect(this.heading).toBeVisible();
  }

  /** Picks the role card, fills the form and presses "Create account"; resolves once this attempt is answered. */
  async signUp(input: { role: SignUpRole; name: string; email: string; password: string }) {
    await this.roleCard(input.role).check();
    await this.name.fill(input.name);
    await this.email.fill(input.email);
    await this.password.fill(input.password);
    await this.submitForm();
  }

  async submitForm() {
    await submitAndSettle(this.page, "/sign-up", this.submit, this.busy);
  }

  /** The message shown under a field after a failed attempt. */
  fieldMessage(control: Locator): Locator {
    return fieldBlock(control).getByRole("alert");
  }
}

/** Signs in through the real form and waits to land on `expectedPath`. */
export async function signIn(page: Page, email: string, password: string, expectedPath?: string) {
  const form = new SignInPage(page);
  await form.goto();
  await form.signIn(email, password);
  if (expectedPath) await expect(page).toHaveURL((url) => url.pathname === expectedPath);
}

/** Presses "Sign out" in the header and waits for the sign-in page that confirms it. */
export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/sign-in" && url.searchParams.get("signed_out") === "1");
  await expect(new SignInPage(page).notice).toHaveText("You are signed out.");
}

/** The page's own h1. */
export function mainHeading(page: Page): Locator {
  return page.getByRole("heading", { level: 1 });
}
