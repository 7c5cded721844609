import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { ACCOUNTS, STORAGE_STATE } from "./support/accounts";
import { mainHeading, SignInPage } from "./support/pages";

const FORBIDDEN_HEADING = "This page is not for your account";

/**
 * Text that only the named area shows: neither the page another role ends on nor the raw redirect
 * answer may contain it. (The raw redirect does carry the area's static <title>, e.g. "Platform ·
 * Linkshare", which is a label, not data; the page a person ends on is checked for it separately.)
 */
const AREA_SECRETS = {
  seller: [ACCOUNTS.seller.shop, "Return on commission", "Affiliate orders"],
  // The admin area shows labels, not data, and every page carries the message catalogue (labels
  // included) for its client components: so these are looked for as rendered text, between tags.
  admin: [">App clock<", ">Creators, sellers and the money between them.<"],
  creator: ["Hi, Mai", "Hi, Leo", "verified followers", "Your figures for the period", "Where your figures come from"],
} as const;

type Area = keyof typeof AREA_SECRETS;

/** The area's own h1, which the page a person ends on must not contain anywhere. */
const AREA_TITLE: Record<Area, string> = { seller: ACCOUNTS.seller.shop, admin: ">Platform<", creator: "Hi, Mai" };

/** The raw answer the server gives before any redirect is followed: it must not carry the data either. */
async function expectBareRedirect(request: APIRequestContext, path: string, location: (url: URL) => boolean, area: Area) {
  const response = await request.get(path, { maxRedirects: 0 });
  expect(response.status(), `status of ${path}`).toBeGreaterThanOrEqual(300);
  expect(response.status(), `status of ${path}`).toBeLessThan(400);
  const target = new URL(response.headers()["location"] ?? "", "http://site.invalid");
  expect(location(target), `redirect of ${path} to ${target.pathname}${target.search}`).toBe(true);
  const body = await response.text();
  for (const secret of AREA_SECRETS[area]) expect(body, `body of ${path}`).not.toContain(secret);
}

async function expectForbidden(page: Page, path: string, need: Area) {
  await page.goto(path);
  await expect(page).toHaveURL((url) => url.pathname === "/forbidden" && url.searchParams.get("need") === need);
  await expect(mainHeading(page)).toHaveText(FORBIDDEN_HEADING);
  const html = await page.content();
  for (const secret of [AREA_TITLE[need], ...AREA_SECRETS[need]]) expect(html).not.toContain(secret);
  await expectBareRedirect(page.request, path, (url) => url.pathname === "/forbidden" && url.searchParams.get("need") === need, need);
}

test.describe("a signed-in creator", () => {
  test.use({ storageState: STORAGE_STATE.creator });

  test("is turned away from the seller area without seeing the shop", async ({ page }) => {
    await expectForbidden(page, "/seller", "seller");
    await expect(page.getByText(`You are signed in as ${ACCOUNTS.mai.email}`)).toBeVisible();
    await page.getByRole("link", { name: "Go to your dashboard" }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/creator");
    await expect(mainHeading(page)).toHaveText("Hi, Mai");
  });

  test("is turned away from the admin area without seeing the platform", async ({ page }) => {
    await expectForbidden(page, "/admin", "admin");
  });
});

test.describe("a signed-in link-share creator", () => {
  test.use({ storageState: STORAGE_STATE.linkShareCreator });

  test("is turned away from the seller and admin areas", async ({ page }) => {
    await expectForbidden(page, "/seller", "seller");
    await expectForbidden(page, "/admin", "admin");
  });
});

test.describe("a signed-in seller", () => {
  test.use({ storageState: STORAGE_STATE.seller });

  test("is turned away from the creator area", async ({ page }) => {
    await expectForbidden(page, "/creator", "creator");
    await expect(page.getByText(`You are signed in as ${ACCOUNTS.seller.email}`)).toBeVisible();
  });

  test("is turned away from the admin area without seeing the platform", async ({ page }) => {
    await expectForbidden(page, "/admin", "admin");
  });

  test("still reaches the own home", async ({ page }) => {
    await page.goto("/seller");
    await expect(mainHeading(page)).toHaveText(ACCOUNTS.seller.shop);
  });
});

test.describe("the signed-in admin", () => {
  test.use({ storageState: STORAGE_STATE.admin });

  test("is turned away from the seller and creator areas", async ({ page }) => {
    await expectForbidden(page, "/seller", "seller");
    await expectForbidden(page, "/creator", "creator");
  });
});

test.describe("an anonymous visitor", () => {
  for (const area of ["seller", "creator", "admin"] as const) {
    test(`opening /${area} is sent to sign in with the way back kept`, async ({ page }) => {
      await page.goto(`/${area}`);
      await expect(page).toHaveURL((url) => url.pathname === "/sign-in" && url.searchParams.get("next") === `/${area}`);
      await expect(mainHeading(page)).toHaveText("Sign in");
      await expect(new SignInPage(page).notice).toHaveText("Sign in to continue.");
      await expectBareRedirect(
        page.request,
        `/${area}`,
        (url) => url.pathname === "/sign-in" && url.searchParams.get("next") === `/${area}`,
        area,
      );
    });
  }

  test("with a made-up session cookie is still sent to sign in", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "authjs.session-token", value: "forged.session.token", url: baseURL! }]);
    for (const area of ["seller", "creator", "admin"] as const) {
      await page.goto(`/${area}`);
      await expect(page).toHaveURL((url) => url.pathname === "/sign-in" && url.searchParams.get("next") === `/${area}`);
      await expect(mainHeading(page)).toHaveText("Sign in");
      const html = await page.content();
      for (const secret of AREA_SECRETS[area]) expect(html).not.toContain(secret);
    }
  });
});

test("the health endpoint answers 200 with only status ok", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(await response.json()).toEqual({ status: "ok" });
});
