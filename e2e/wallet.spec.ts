import fs from "node:fs";
import { expect, test, type Browser, type TestInfo } from "@playwright/test";
import { STORAGE_STATE } from "./support/accounts";
import { fieldBlock, mainHeading } from "./support/pages";

// One creator's wallet (Mai's, from the demo) through a withdrawal and the admin's payout run, in order.
test.describe.configure({ mode: "serial" });

async function as(browser: Browser, testInfo: TestInfo, storageState: string) {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, storageState });
  return { context, page: await context.newPage() };
}

const dollars = (text: string | null) => Math.round(Number((text ?? "").replace(/[^0-9.-]/g, "")) * 100);
const IBAN = "DE89 3704 0044 0532 0130 00";

test("a creator adds a bank account, withdraws part of the balance; the admin approves, exports and pays it; the creator sees it paid", async ({ browser }, testInfo) => {
  const creator = await as(browser, testInfo, STORAGE_STATE.creator);
  const page = creator.page;
  await page.goto("/creator/wallet");
  await expect(mainHeading(page)).toHaveText("Wallet");
  const available = page.getByTestId("available-USD");
  const before = dollars(await available.textContent());
  expect(before).toBeGreaterThanOrEqual(2_000);

  // A bank account: a wrong IBAN is refused on its field, the right one is saved and shown masked.
  // With no method yet, the form is already open.
  await page.getByLabel("Bank's country").selectOption({ label: "Germany" });
  await page.getByLabel("Bank name").fill("Deutsche Bank");
  await page.getByLabel("Account holder").fill("Mai Tran");
  await page.getByLabel("Account number or IBAN").fill("DE89 3704 0044 0532 0130 01");
  await page.getByRole("button", { name: "Save bank account" }).click();
  await expect(fieldBlock(page.getByLabel("Account number or IBAN"))).toContainText("Enter a valid IBAN for Germany");
  await page.getByLabel("Account number or IBAN").fill(IBAN);
  await page.getByRole("button", { name: "Save bank account" }).click();
  const methods = page.getByRole("list", { name: "Your payout methods" });
  await expect(methods).toContainText("Deutsche Bank ····3000");
  await expect(page.locator("body")).not.toContainText("0532 0130 00");

  // Too much is refused before anything is written; then 10.00 with the confirmation step.
  await page.getByLabel("Currency", { exact: true }).first().selectOption("USD");
  await expect(page.getByLabel("Pay to")).toContainText("Deutsche Bank ····3000 (default)");
  await page.getByLabel("Amount").fill(((before + 100) / 100).toFixed(2));
  await page.getByRole("button", { name: "Review withdrawal" }).click();
  await expect(fieldBlock(page.getByLabel("Amount"))).toContainText("available");
  await page.getByLabel("Amount").fill("10.00");
  await page.getByRole("button", { name: "Review withdrawal" }).click();
  await expect(page.getByRole("group", { name: "Confirm the withdrawal" })).toContainText("Withdraw $10.00 to Deutsche Bank ····3000?");
  await page.getByRole("button", { name: "Confirm withdrawal" }).click();
  await expect(page.getByText("Withdrawal of $10.00 requested.")).toBeVisible();
  await expect(available).toHaveText(`$${((before - 1_000) / 100).toLocaleString("en-US", { minimumFractionDigits: 2 })}`);
  const withdrawals = page.getByRole("region", { name: "Withdrawals" });
  await expect(withdrawals.getByRole("row").filter({ hasText: "$10.00" }).first()).toContainText("Requested");

  // The admin's payout run.
  const admin = await as(browser, testInfo, STORAGE_STATE.admin);
  await admin.page.goto("/admin/payouts");
  const waiting = admin.page.getByRole("region", { name: "Waiting for approval" });
  await waiting.getByRole("checkbox", { name: /Select withdrawal of \$10\.00 by Mai/ }).first().check();
  await waiting.getByRole("button", { name: "Approve selected" }).click();
  await expect(admin.page.getByText(/1 withdrawal approved/)).toBeVisible();

  const processing = admin.page.getByRole("region", { name: "Processing" });
  const download = admin.page.waitForEvent("download");
  await processing.getByRole("link", { name: "Download payout file (CSV)" }).click();
  const file = fs.readFileSync((await (await download).path())!, "utf8");
  expect(file).toContain("DE89370400440532013000");
  expect(file).toMatch(/10\.00/);

  await processing.getByRole("checkbox", { name: /Select withdrawal of \$10\.00 by Mai/ }).first().check();
  admin.page.once("dialog", (dialog) => void dialog.accept());
  await processing.getByRole("button", { name: "Mark selected paid" }).click();
  await expect(admin.page.getByText(/1 withdrawal marked paid/)).toBeVisible();

  await page.reload();
  await expect(withdrawals.getByRole("row").filter({ hasText: "$10.00" }).first()).toContainText("Paid");
  await expect(available).toHaveText(`$${((before - 1_000) / 100).toLocaleString("en-US", { minimumFractionDigits: 2 })}`);
  await Promise.all([creator.context.close(), admin.context.close()]);
});

test("the wallet history filters by kind and exports what it shows as CSV", async ({ browser }, testInfo) => {
  const { context, page } = await as(browser, testInfo, STORAGE_STATE.creator);
  await page.goto("/creator/wallet");
  const history = page.getByRole("region", { name: "History" });
  await history.getByLabel("Kind").selectOption({ label: "Withdrawal" });
  await history.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/kind=withdrawal_requested/);
  const rows = history.getByRole("row");
  await expect(rows.filter({ hasText: "-$10.00" }).first()).toBeVisible();
  await expect(rows.filter({ hasText: "Commission available" })).toHaveCount(0);
  const download = page.waitForEvent("download");
  await history.getByRole("link", { name: "Export CSV" }).click();
  const csv = fs.readFileSync((await (await download).path())!, "utf8");
  expect(csv.split("\n")[0]).toContain("date,kind,description,product,order,currency,amount,balance_after,reference");
  expect(csv).toContain("-10.00");
  expect(csv).not.toContain("Commission available");
  await context.close();
});

test("withdrawing everything in one of two currencies keeps the wallet working and leaves the other currency to withdraw", async ({ browser }, testInfo) => {
  const creator = await as(browser, testInfo, STORAGE_STATE.creator);
  const page = creator.page;
  await page.goto("/creator/wallet");
  const available = page.getByTestId("available-USD");
  const before = (await available.textContent()) ?? "";
  await expect(page.getByTestId("available-VND")).toBeVisible();

  const form = page.getByLabel("Currency", { exact: true }).first();
  await form.selectOption("USD");
  await page.getByRole("button", { name: "Withdraw everything" }).click();
  await page.getByRole("button", { name: "Review withdrawal" }).click();
  await expect(page.getByRole("group", { name: "Confirm the withdrawal" })).toContainText(`Withdraw ${before} to`);
  await page.getByRole("button", { name: "Confirm withdrawal" }).click();
  // Mai's dollars are gone from the form; her dong are still there to withdraw.
  await expect(page.getByText(`Withdrawal of ${before} requested.`)).toBeVisible();
  await expect(mainHeading(page)).toHaveText("Wallet");
  await expect(available).toHaveText("$0.00");
  await expect(form).toHaveValue("VND");
  await expect(fieldBlock(page.getByLabel("Amount"))).toContainText("Minimum");
  await expect(fieldBlock(page.getByLabel("Amount"))).toContainText("₫");

  // The admin rejects it, so the dollars are back for the rest of the suite (the automatic withdrawal).
  const admin = await as(browser, testInfo, STORAGE_STATE.admin);
  await admin.page.goto("/admin/payouts");
  const waiting = admin.page.getByRole("region", { name: "Waiting for approval" });
  await waiting.getByRole("checkbox", { name: `Select withdrawal of ${before} by Mai Tran` }).first().check();
  await waiting.getByLabel("Reason (the creator sees it)").fill("End-to-end test: withdrawal of everything");
  admin.page.once("dialog", (dialog) => void dialog.accept());
  await waiting.getByRole("button", { name: "Reject selected" }).click();
  await expect(admin.page.getByText(/1 withdrawal rejected/)).toBeVisible();

  await page.reload();
  await expect(available).toHaveText(before);
  await Promise.all([creator.context.close(), admin.context.close()]);
});
