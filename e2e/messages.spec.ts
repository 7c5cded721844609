import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD, STORAGE_STATE } from "./support/accounts";
import { inlineSections } from "./support/navigation";
import { mainHeading, signIn } from "./support/pages";

const messagesLink = (page: Page) => inlineSections(page).getByRole("link", { name: "Messages", exact: true });

test.use({ storageState: STORAGE_STATE.seller });

test("a seller messages Ana from her profile; Ana sees the badge and the notification and replies; the seller sees the reply", async ({ page, browser }, testInfo) => {
  test.setTimeout(120_000);
  const stamp = randomBytes(4).toString("hex");
  const url = `https://example.com/spring?ref=${stamp}`;
  const hello = `Hello Ana (${stamp}), our spring catalogue: ${url}`;

  // The seller: Ana's profile, "Message", write, send.
  await page.goto("/seller/creators?q=ana");
  await page.locator('a[href^="/seller/creators/usr_"]').filter({ hasText: "@ana" }).first().click();
  await page.getByRole("button", { name: "Message", exact: true }).click();
  await expect(page).toHaveURL(/\/seller\/messages\/mth_/);
  await expect(mainHeading(page)).toHaveText(/^Conversation with Ana/);
  const box = page.getByLabel("Your message");
  await box.fill(`${hello}\nSecond line`);
  await expect(page.getByText(`${[...`${hello}\nSecond line`].length} / 2,000 characters`)).toBeVisible();
  await page.getByRole("button", { name: "Send", exact: true }).click();
  const sent = page.getByTestId("message-body").filter({ hasText: stamp });
  await expect(sent).toHaveText(`${hello}\nSecond line`);
  await expect(box).toHaveValue("");
  await expect(page.getByText("0 / 2,000 characters")).toBeVisible();
  // A URL in a message is text, never a link.
  await expect(sent.getByRole("link")).toHaveCount(0);
  await expect(page.getByRole("link", { name: url })).toHaveCount(0);

  // Ana, in her own browser.
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, storageState: { cookies: [], origins: [] } });
  try {
    const ana = await context.newPage();
    await signIn(ana, ACCOUNTS.ana.email, DEMO_PASSWORD, ACCOUNTS.ana.home);
    await expect(messagesLink(ana)).toHaveAccessibleDescription(/^\d+ unread messages?$/);
    await ana.goto("/account/notifications");
    await expect(ana.getByText("New message from Brightside Home").first()).toBeVisible();
    await expect(ana.getByText(`Brightside Home wrote: “${hello} Second line”`)).toBeVisible();

    // The notifications page is the account's; back to her pages, then Messages.
    await ana.goto(ACCOUNTS.ana.home);
    await messagesLink(ana).click();
    await expect(mainHeading(ana)).toHaveText("Messages");
    const thread = ana.getByRole("list", { name: "Conversations" }).getByRole("link").filter({ hasText: "Brightside Home" });
    await expect(thread).toContainText("unread");
    await expect(thread).toContainText(stamp);
    await thread.click();
    await expect(mainHeading(ana)).toHaveText("Conversation with Brightside Home");
    await expect(ana.getByTestId("message-body").filter({ hasText: stamp })).toHaveText(`${hello}\nSecond line`);
    await expect(ana.getByRole("link", { name: url })).toHaveCount(0);
    await ana.getByLabel("Your message").fill(`Thanks, I will have a look (${stamp})`);
    await ana.getByRole("button", { name: "Send", exact: true }).click();
    await expect(ana.getByTestId("message-body").filter({ hasText: `I will have a look (${stamp})` })).toBeVisible();
    // Read: no badge any more.
    await ana.goto("/creator/messages");
    await expect(messagesLink(ana)).not.toHaveAttribute("aria-describedby", /.+/);
  } finally {
    await context.close();
  }

  // The seller sees the reply, unread, then in the conversation.
  await page.goto("/seller/messages");
  await expect(messagesLink(page)).toHaveAccessibleDescription(/^\d+ unread messages?$/);
  const row = page.getByRole("list", { name: "Conversations" }).getByRole("link").filter({ hasText: `I will have a look (${stamp})` });
  await expect(row).toContainText("Ana");
  await expect(row).toContainText("1 unread");
  await row.click();
  await expect(page.getByTestId("message-body").filter({ hasText: `I will have a look (${stamp})` })).toBeVisible();
});

test("another shop's thread and an unknown one answer 404", async ({ page, browser }, testInfo) => {
  await page.goto("/seller/messages");
  const href = (await page.getByRole("list", { name: "Conversations" }).getByRole("link").first().getAttribute("href"))!;
  expect(href).toMatch(/^\/seller\/messages\/mth_/);
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, storageState: STORAGE_STATE.sellerVn });
  try {
    const other = await context.newPage();
    expect((await other.goto(href))?.status()).toBe(404);
    await expect(other.getByText("Conversation not found")).toBeVisible();
    await expect(other.getByLabel("Your message")).toHaveCount(0);
  } finally {
    await context.close();
  }
  expect((await page.goto("/seller/messages/mth_00000000000000000000000000"))?.status()).toBe(404);
  expect((await page.goto("/seller/messages/not-an-id"))?.status()).toBe(404);
});
