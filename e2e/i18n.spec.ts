import { expect, test, type Page } from "@playwright/test";
import { uniqueEmail } from "./support/unique";

/** No text node of the page looks like a message key ("auth.signIn.title"): every key has a text. */
async function expectNoRawKeys(page: Page) {
  const raw = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? "";
      if (/^[a-z]+\.[a-zA-Z.]+$/.test(text)) found.push(text);
    }
    return found;
  });
  expect(raw).toEqual([]);
}

test.describe("languages", () => {
  test("a visitor whose browser asks for Vietnamese gets the sign-in page in Vietnamese", async ({ browser }) => {
    const context = await browser.newContext({ locale: "vi-VN" });
    const page = await context.newPage();
    await page.goto("/sign-in");

    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.getByRole("heading", { level: 1, name: "Đăng nhập" })).toBeVisible();
    await expect(page.getByLabel("Mật khẩu", { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Tạo tài khoản" })).toBeVisible();
    await expect(page).toHaveTitle(/^Đăng nhập/);
    await expectNoRawKeys(page);
    await context.close();
  });

  test("switching to Bahasa Indonesia on the sign-in page sticks across a reload", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const switcher = page.getByRole("group", { name: "Language" });
    await expect(switcher.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");

    await switcher.getByRole("button", { name: "Bahasa Indonesia" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "id");
    await expect(page.getByRole("heading", { level: 1, name: "Masuk" })).toBeVisible();
    await expect(page.getByLabel("Kata sandi", { exact: true })).toBeVisible();
    await expect(page.getByRole("group", { name: "Bahasa" }).getByRole("button", { name: "Bahasa Indonesia" })).toHaveAttribute("aria-pressed", "true");

    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "id");
    await expect(page.getByRole("heading", { level: 1, name: "Masuk" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Buat akun" })).toBeVisible();
    await expectNoRawKeys(page);
  });

  test("an Indonesian visitor is told why a sign-up was refused in Indonesian", async ({ browser }) => {
    const context = await browser.newContext({ locale: "id-ID" });
    const page = await context.newPage();
    await page.goto("/sign-up");
    await expect(page.getByRole("heading", { level: 1, name: "Buat akun Anda" })).toBeVisible();

    await page.getByRole("radio", { name: "Saya kreator" }).check();
    await page.getByLabel("Nama", { exact: true }).fill("Sari Wulandari");
    await page.getByLabel("E-mail", { exact: true }).fill(uniqueEmail("id-short"));
    const password = page.getByLabel("Kata sandi", { exact: true });
    await password.fill("abc123");
    await page.getByRole("button", { name: "Buat akun" }).click();

    await expect(page.getByRole("alert").filter({ hasText: "Harap perbaiki kolom yang ditandai." })).toBeVisible();
    await expect(page.getByRole("alert").filter({ hasText: "Gunakan minimal 10 karakter" })).toBeVisible();
    await expect(page.getByLabel("Nama", { exact: true })).toHaveValue("Sari Wulandari");
    await expectNoRawKeys(page);
    await context.close();
  });

  test("the buyer pages' header has the switch too", async ({ browser }) => {
    const context = await browser.newContext({ locale: "vi-VN" });
    const page = await context.newPage();
    await page.goto("/cart");
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.getByRole("group", { name: "Ngôn ngữ" }).getByRole("button", { name: "Tiếng Việt" })).toHaveAttribute("aria-pressed", "true");
    await context.close();
  });
});
