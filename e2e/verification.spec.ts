import path from "node:path";
import { expect, test } from "@playwright/test";
import { STORAGE_STATE } from "./support/accounts";
import { mainHeading, SignUpPage } from "./support/pages";
import { strongPassword, uniqueEmail } from "./support/unique";

const PROOF = path.join(import.meta.dirname, "fixtures", "follower-proof.png");

test("a new creator gets 700 TikTok followers verified by an admin, is told, and opens the showcase", async ({ page, browser, baseURL }) => {
  const name = `Vera Tran ${Date.now().toString(36)}`;
  const handleHint = `veratran${Date.now().toString(36)}`;

  // Signs up: a link-share creator, 600 verified followers to go.
  const signUp = new SignUpPage(page);
  await signUp.goto();
  await signUp.signUp({ role: "creator", name, email: uniqueEmail("verify"), password: strongPassword() });
  await expect(page).toHaveURL((url) => url.pathname === "/creator");
  await expect(page.getByText("Link-share creator", { exact: true })).toBeVisible();
  await expect(page.getByText("(600 to go)")).toBeVisible();
  await expect(page.getByRole("link", { name: "Notifications: none unread" })).toBeVisible();

  // The showcase says how many verified followers are missing, and where to add them.
  await page.goto("/creator/showcase");
  await expect(page.getByText("600 to go")).toBeVisible();
  await page.getByRole("link", { name: "Add your social accounts to get your followers verified" }).click();

  // Adds a TikTok account claiming 700 followers, with a screenshot.
  await expect(page).toHaveURL((url) => url.pathname === "/creator/social");
  await expect(mainHeading(page)).toHaveText("Social accounts");
  await page.getByLabel("Platform").selectOption("tiktok");
  await page.getByLabel("Followers", { exact: true }).fill("700");
  await page.getByLabel("Profile address").fill(`https://www.tiktok.com/@${handleHint}`);
  await page.getByLabel("Screenshot of your profile").setInputFiles(PROOF);
  await page.getByRole("button", { name: "Send for verification" }).click();
  await expect(page.getByText("Sent: an admin will check your TikTok claim.")).toBeVisible();
  const account = page.getByRole("listitem").filter({ hasText: `https://www.tiktok.com/@${handleHint}` });
  await expect(account.getByText("Pending", { exact: true })).toBeVisible();
  await expect(account.getByText("Waiting for an admin")).toBeVisible();

  // An admin approves it in the queue, next to the proof.
  const admin = await browser.newContext({ baseURL, storageState: STORAGE_STATE.admin });
  const adminPage = await admin.newPage();
  await adminPage.goto("/admin/creators");
  const claim = adminPage.getByRole("listitem").filter({ hasText: name });
  await expect(claim.getByRole("img", { name: `Screenshot sent with the TikTok claim of ${name}` })).toBeVisible();
  await expect(claim.getByText("Claims 700 followers")).toBeVisible();
  await expect(claim.getByLabel("Count to approve (leave as is or correct it)")).toHaveValue("700");
  await claim.getByRole("button", { name: "Approve" }).click();
  // Decided, the claim leaves the queue and shows under the recent decisions.
  await expect(adminPage.getByRole("listitem").filter({ hasText: name }).getByRole("button", { name: "Approve" })).toHaveCount(0);
  await expect(adminPage.getByText(/Approved @.* tiktok approved 700 \(claimed 700\); verified 0 → 700/)).toBeVisible();
  await admin.close();

  // The creator sees the bell count and the notifications.
  await page.goto("/creator");
  await expect(page.getByText("Affiliate creator", { exact: true })).toBeVisible();
  const bell = page.getByRole("link", { name: "Notifications, 2 unread" });
  await expect(bell).toBeVisible();
  await bell.click();
  await expect(page).toHaveURL((url) => url.pathname === "/account/notifications");
  await expect(page.getByText("Your TikTok followers are verified")).toBeVisible();
  await expect(page.getByText("An admin verified 700 followers on TikTok. Your verified total is now 700.")).toBeVisible();
  await expect(page.getByText("You are now an affiliate creator")).toBeVisible();
  await page.getByRole("button", { name: "Mark all read" }).click();
  await expect(page.getByText("Nothing unread")).toBeVisible();
  await expect(page.getByRole("link", { name: "Notifications: none unread" })).toBeVisible();

  // Now an affiliate creator, who can open the showcase editor.
  await page.goto("/creator/showcase");
  await expect(mainHeading(page)).toHaveText("Showcase");
  await expect(page.getByRole("link", { name: "Get showcase link" })).toBeVisible();
  await expect(page.getByText("600 to go")).toHaveCount(0);
});
