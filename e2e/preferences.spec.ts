import { expect, test, type Browser, type TestInfo } from "@playwright/test";
import type AccountTexts from "../messages/en/account.json";
import type CommonTexts from "../messages/en/common.json";
import type CreatorTexts from "../messages/en/creator.json";
import { messages } from "./support/messages";
import { mainHeading, SignInPage, SignUpPage } from "./support/pages";
import { strongPassword, uniqueEmail } from "./support/unique";

/**
 * The profile's language and time zone (issue #13): the header's switch saves the language to the
 * profile of whoever is signed in, so it wins on another device whose browser asks for English; the
 * Settings page sets both, and the times on the portal's pages follow the chosen zone.
 */

const vi = { common: messages<typeof CommonTexts>("vi", "common"), account: messages<typeof AccountTexts>("vi", "account"), creator: messages<typeof CreatorTexts>("vi", "creator") };
const id = { common: messages<typeof CommonTexts>("id", "common"), account: messages<typeof AccountTexts>("id", "account"), creator: messages<typeof CreatorTexts>("id", "creator") };

/** Another device: a fresh browser that asks for English in UTC, signed in through the form. */
async function otherDevice(browser: Browser, testInfo: TestInfo, email: string, password: string) {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: "en-US", timezoneId: "UTC", storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  const form = new SignInPage(page);
  await form.goto();
  await form.signIn(email, password);
  await expect(page).toHaveURL((url) => url.pathname === "/creator");
  return { context, page };
}

test("a creator's language and time zone follow the profile from device to device", async ({ page, browser }, testInfo) => {
  const email = uniqueEmail("prefs");
  const password = strongPassword();
  const signUp = new SignUpPage(page);
  await signUp.goto();
  await signUp.signUp({ role: "creator", name: "Linh Pham", email, password });
  await expect(page).toHaveURL((url) => url.pathname === "/creator");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  // The header's switch, signed in: the profile keeps the choice.
  await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "Tiếng Việt" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(mainHeading(page)).toHaveText(vi.creator.home.greeting.replace("{name}", "Linh"));

  const second = await otherDevice(browser, testInfo, email, password);
  await expect(second.page.locator("html")).toHaveAttribute("lang", "vi");

  // Settings: Bahasa Indonesia and Jakarta's time, chosen on the second device.
  await second.page.getByRole("link", { name: vi.common.shell.settings, exact: true }).first().click();
  await expect(mainHeading(second.page)).toHaveText(vi.account.preferences.title);
  const zone = second.page.getByRole("combobox", { name: vi.account.preferences.timeZone });
  await expect(zone).toHaveValue("");
  await second.page.getByRole("combobox", { name: vi.account.preferences.language }).selectOption("id");
  await zone.selectOption("Asia/Jakarta");
  await second.page.getByRole("button", { name: vi.account.preferences.submit }).click();
  await expect(second.page.locator("html")).toHaveAttribute("lang", "id");
  await expect(second.page.getByText(id.account.preferences.saved)).toBeVisible();
  await expect(mainHeading(second.page)).toHaveText(id.account.preferences.title);
  await expect(second.page.getByRole("combobox", { name: id.account.preferences.timeZone })).toHaveValue("Asia/Jakarta");
  // "Sekarang pukul 3 Des 2026, 23.59 di Asia/Jakarta." — the clock of the chosen zone.
  await expect(second.page.getByText(new RegExp(`Asia/Jakarta\\.`))).toBeVisible();

  // The first device follows on its next page, in the new language and zone, though its browser is UTC.
  await page.goto("/account/preferences");
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page.getByRole("combobox", { name: id.account.preferences.timeZone })).toHaveValue("Asia/Jakarta");
  const shown = await page.getByText(/Asia\/Jakarta\./).textContent();
  const hour = new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Jakarta", hour: "2-digit", hourCycle: "h23" }).format(new Date());
  expect(shown).toMatch(new RegExp(`\\b${hour}[.:]\\d{2}\\b`));

  // Back to the browser's choices: "" follows the browser again.
  await page.getByRole("combobox", { name: id.account.preferences.language }).selectOption("");
  await page.getByRole("combobox", { name: id.account.preferences.timeZone }).selectOption("");
  await page.getByRole("button", { name: id.account.preferences.submit }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByText("Your preferences were saved.")).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Time zone" })).toHaveValue("");
  await second.context.close();
});
