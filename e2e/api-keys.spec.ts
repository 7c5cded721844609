import { createHmac } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { ACCOUNTS, STORAGE_STATE } from "./support/accounts";
import { mainHeading } from "./support/pages";

test.use({ storageState: STORAGE_STATE.seller });

/** What an integrator's server does: bearer key, and an HMAC-SHA256 of "<t>.<raw body>" with the signing secret. */
function ping(request: APIRequestContext, key: string, secret: string) {
  const t = Math.floor(Date.now() / 1000);
  const v1 = createHmac("sha256", secret).update(`${t}.`).digest("hex");
  return request.get("/api/v1/ping", { headers: { Authorization: `Bearer ${key}`, "X-Signature": `t=${t},v1=${v1}` } });
}

test("a seller creates an API key, sees it once, calls the API with it, and revokes it", async ({ page, request }) => {
  const name = `Checkout ${Date.now().toString(36)}`;
  await page.goto("/seller/api-keys");
  await expect(mainHeading(page)).toHaveText("API keys");

  await page.getByLabel("Key name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Create key", exact: true }).click();
  await expect(page.getByRole("heading", { name: `Key “${name}” created` })).toBeVisible();
  await expect(page.getByText("they are shown only this once")).toBeVisible();
  const key = await page.getByLabel("API key", { exact: true }).inputValue();
  const secret = await page.getByLabel("Signing secret", { exact: true }).inputValue();
  expect(key).toMatch(/^lsk_live_\w{40}$/);
  expect(secret).toMatch(/^whsec_\w{40}$/);
  await expect(page.getByRole("button", { name: "Copy API key" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy signing secret" })).toBeVisible();

  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText(`${key.slice(0, 13)}…`);
  await expect(row).toContainText("active");
  await expect(row).toContainText("Never");

  const answer = await ping(request, key, secret);
  expect(answer.status()).toBe(200);
  expect(await answer.json()).toEqual({ shop: { id: expect.stringMatching(/^shp_/), name: ACCOUNTS.seller.shop, currency: "USD" } });

  // Shown once: after a reload the page has neither the key nor the secret, and the key has been used.
  await page.reload();
  await expect(mainHeading(page)).toHaveText("API keys");
  await expect(page.getByLabel("Signing secret", { exact: true })).toHaveCount(0);
  const html = await page.content();
  expect(html).not.toContain(key);
  expect(html).not.toContain(secret);
  await expect(row).not.toContainText("Never");

  // Revoking asks first; saying no keeps the key working.
  const revoke = row.getByRole("button", { name: `Revoke ${name}` });
  let question = "";
  page.once("dialog", (dialog) => {
    question = dialog.message();
    void dialog.dismiss();
  });
  await revoke.click();
  expect(question).toContain(`Revoke the key “${name}”?`);
  await expect(row).toContainText("active");
  expect((await ping(request, key, secret)).status()).toBe(200);

  page.once("dialog", (dialog) => void dialog.accept());
  await revoke.click();
  await expect(row).toContainText("revoked");
  await expect(row.getByRole("button", { name: `Revoke ${name}` })).toHaveCount(0);

  const refused = await ping(request, key, secret);
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toEqual({ error: { code: "key_revoked", message: expect.any(String) } });
});
