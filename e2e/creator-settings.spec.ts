import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import type CreatorTexts from "../messages/en/creator.json";
import { STORAGE_STATE } from "./support/accounts";
import { messages } from "./support/messages";
import { mainHeading, SignUpPage } from "./support/pages";
import { strongPassword, uniqueEmail } from "./support/unique";

/**
 * A creator's profile and settings (issue #14, item 1), done by a creator who has just signed up:
 * demo accounts stay as they are, other specs depend on them. A new creator is a link-share
 * creator, whose /s/<handle> is no page yet (only affiliate creators have a showcase), so the new
 * profile is checked where others see it today: in the creator directory a seller invites from.
 */

const en = messages<typeof CreatorTexts>("en", "creator").settings;
const vi = messages<typeof CreatorTexts>("vi", "creator").settings;

// A 1×1 PNG.
const AVATAR = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

test("a new creator sets their name, handle, bio, categories and picture, and sellers see them", async ({ page, browser }, testInfo) => {
  const signUp = new SignUpPage(page);
  await signUp.goto();
  await signUp.signUp({ role: "creator", name: "Nadia Okafor", email: uniqueEmail("profile"), password: strongPassword() });
  await expect(page).toHaveURL((url) => url.pathname === "/creator");

  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Profile", exact: true }).first().click();
  await expect(page).toHaveURL((url) => url.pathname === "/creator/settings");
  await expect(mainHeading(page)).toHaveText(en.title);
  const oldHandle = (await page.getByLabel(en.profile.handle, { exact: true }).inputValue()).trim();
  expect(oldHandle).toMatch(/^nadiaokafor\d*$/);
  // No picture yet: the initials stand in.
  await expect(page.getByText("NO", { exact: true })).toBeVisible();

  const handle = `nadia.${randomBytes(4).toString("hex")}`;
  await page.getByLabel(en.profile.displayName, { exact: true }).fill("Nadia Makes");
  await page.getByLabel(en.profile.handle, { exact: true }).fill(`@${handle.toUpperCase()}`);
  const bio = page.getByLabel(en.profile.bio, { exact: true });
  await bio.fill("Slow ceramics and everyday kitchen finds.");
  await expect(page.getByText("41 of 300 characters")).toBeVisible();
  const categories = page.getByRole("group", { name: en.profile.categories }).getByRole("checkbox");
  const picked = [await categories.nth(0).getAttribute("value"), await categories.nth(1).getAttribute("value")] as string[];
  await categories.nth(0).check();
  await categories.nth(1).check();
  await expect(page.getByText("2 of 5 chosen")).toBeVisible();
  await page.getByLabel(en.profile.avatar, { exact: true }).setInputFiles({ name: "me.png", mimeType: "image/png", buffer: AVATAR });
  await page.getByRole("button", { name: en.profile.save }).click();

  await expect(page.getByText(en.profile.saved)).toBeVisible();
  await expect(page.getByText(`@${handle}`, { exact: true })).toBeVisible();
  await expect(page.getByLabel(en.profile.handle, { exact: true })).toHaveValue(handle);
  await expect(bio).toHaveValue("Slow ceramics and everyday kitchen finds.");
  for (const category of picked) await expect(page.getByRole("checkbox", { name: category, exact: true })).toBeChecked();
  await expect(page.locator('main img[src^="/media/med_"]').first()).toBeVisible();
  await expect(page.getByText("NO", { exact: true })).toHaveCount(0);

  // A seller, in a browser of their own, finds the creator by the new handle, with name and picture.
  const seller = await browser.newContext({ baseURL: testInfo.project.use.baseURL, storageState: STORAGE_STATE.seller });
  const sellerPage = await seller.newPage();
  await sellerPage.goto("/seller/plans/new");
  await sellerPage.getByRole("textbox", { name: "Search creators by name or handle" }).fill(handle);
  await sellerPage.getByRole("button", { name: "Search creators" }).click();
  const found = sellerPage.getByRole("list", { name: "Creator directory results" }).getByRole("listitem");
  await expect(found).toHaveCount(1);
  await expect(found.getByText("Nadia Makes", { exact: true })).toBeVisible();
  await expect(found.getByText(`@${handle}`, { exact: true })).toBeVisible();
  await expect(found.locator('img[src^="/media/med_"]')).toBeVisible();
  expect((await sellerPage.request.get(await found.locator("img").getAttribute("src") as string)).headers()["content-type"]).toBe("image/png");
  await seller.close();

  // A buyer who kept the old address is sent to the new one (a link-share creator's showcase is not open yet).
  const buyer = await browser.newContext({ baseURL: testInfo.project.use.baseURL, storageState: { cookies: [], origins: [] } });
  const buyerPage = await buyer.newPage();
  await buyerPage.goto(`/s/${oldHandle}`);
  await expect(buyerPage).toHaveURL((url) => url.pathname === `/s/${handle}`);
  await expect(buyerPage.getByRole("heading", { level: 1 })).toHaveText("We could not find this showcase");
  await buyer.close();

  // Back to initials: those of the new name.
  await page.getByLabel(en.profile.removeAvatar).check();
  await page.getByRole("button", { name: en.profile.save }).click();
  await expect(page.getByText("NM", { exact: true })).toBeVisible();
  await expect(page.locator('main img[src^="/media/med_"]')).toHaveCount(0);
  await expect(page.getByLabel(en.profile.removeAvatar)).toHaveCount(0);
});

test("a handle someone else has is refused in the creator's own language, and what was typed is kept", async ({ page }) => {
  const signUp = new SignUpPage(page);
  await signUp.goto();
  await signUp.signUp({ role: "creator", name: "Tuan Le", email: uniqueEmail("handle"), password: strongPassword() });
  await expect(page).toHaveURL((url) => url.pathname === "/creator");
  await page.goto("/creator/settings");

  // The language form on the same page: Vietnamese from now on.
  await page.locator("#locale").selectOption("vi");
  await page.getByRole("button", { name: "Save preferences" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(mainHeading(page)).toHaveText(vi.title);

  await page.getByLabel(vi.profile.displayName, { exact: true }).fill("Tuấn Lê");
  await page.getByLabel(vi.profile.handle, { exact: true }).fill("MAI");
  await page.getByRole("button", { name: vi.profile.save }).click();
  await expect(page.locator("#handle-error")).toHaveText(vi.profile.errors.handleTaken);
  await expect(page.getByLabel(vi.profile.handle, { exact: true })).toHaveAttribute("aria-describedby", "handle-error");
  await expect(page.getByLabel(vi.profile.handle, { exact: true })).toHaveValue("MAI");
  await expect(page.getByLabel(vi.profile.displayName, { exact: true })).toHaveValue("Tuấn Lê");

  await page.getByLabel(vi.profile.handle, { exact: true }).fill("support");
  await page.getByRole("button", { name: vi.profile.save }).click();
  await expect(page.locator("#handle-error")).toHaveText(vi.profile.errors.handleReserved);
});
