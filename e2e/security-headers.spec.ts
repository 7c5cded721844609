import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { STORAGE_STATE } from "./support/accounts";
import { mainHeading } from "./support/pages";

/** Where the attacker's page lived when the wallet was framed and a product planted (issue #11). */
const ATTACKER = "http://127.0.0.1:8765";

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  expect(headers["content-security-policy"], `${what}: CSP`).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"], `${what}: X-Frame-Options`).toBe("DENY");
  expect(headers["referrer-policy"], `${what}: Referrer-Policy`).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"], `${what}: nosniff`).toBe("nosniff");
  // Plain http here: HSTS would only be sent over https.
  expect(headers["strict-transport-security"], `${what}: no HSTS over http`).toBeUndefined();
}

/** Fails the test on any Content-Security-Policy violation the page reports. */
function collectCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test.describe("security headers", () => {
  test("are on pages, JSON routes, the short-link redirect and the direct order route", async ({ request }) => {
    for (const path of ["/", "/sign-in", "/api/health", "/api/v1/openapi.json", "/l/zzzzzzzz"]) {
      expectSecurityHeaders(await request.get(path, { maxRedirects: 0 }), path);
    }
    // Answered by the server process itself, ahead of Next (lib/api/node.ts): 401 without a key.
    const order = await request.post("/api/v1/orders", { data: "{}", headers: { "Content-Type": "application/json" } });
    expect(order.status()).toBe(401);
    expectSecurityHeaders(order, "POST /api/v1/orders");
  });

  test("HTML pages carry a nonce-based script policy that Next's scripts satisfy", async ({ page }) => {
    const violations = collectCspViolations(page);
    const response = await page.goto("/sign-in");
    const csp = response!.headers()["content-security-policy"]!;
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce, csp).toBeTruthy();
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    await expect(mainHeading(page)).toHaveText("Sign in");
    const scripts = await page.locator("script").evaluateAll((all) => all.map((s) => (s as HTMLScriptElement).nonce));
    expect(scripts.length).toBeGreaterThan(0);
    for (const scriptNonce of scripts) expect(scriptNonce).toBe(nonce);
    // Each answer has its own nonce.
    const again = await page.request.get("/sign-in");
    expect(again.headers()["content-security-policy"]).not.toContain(`'nonce-${nonce}'`);
    expect(violations).toEqual([]);
  });
});

test.describe("a signed-in creator", () => {
  test.use({ storageState: STORAGE_STATE.creator });

  test("cannot have the wallet framed by another site", async ({ page, baseURL }) => {
    const violations = collectCspViolations(page);
    const direct = await page.goto("/creator/wallet");
    expect(direct!.headers()["x-frame-options"]).toBe("DENY");
    expect(direct!.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    await expect(mainHeading(page)).toHaveText("Wallet");
    expect(violations).toEqual([]);

    await page.goto("about:blank");
    await page.setContent(`<iframe id="victim" src="${baseURL}/creator/wallet" width="800" height="600"></iframe>`);
    await page.waitForTimeout(1_500);
    const framed = page.frames().find((frame) => frame !== page.mainFrame());
    const framedText = framed ? await framed.evaluate(() => document.body?.innerText ?? "").catch(() => "") : "";
    expect(framedText).not.toContain("Wallet");
  });
});

test.describe("a signed-in seller", () => {
  test.use({ storageState: STORAGE_STATE.seller });

  test("is not made to import products by a cross-origin post", async ({ page }) => {
    const sku = `XO-${Date.now()}`;
    const csv = `title,sku,price,category,stock,description,open_rate,flat_fee,open_to_affiliates,external_url\nPlanted lamp,${sku},5.00,Lighting,1,,,,yes,\n`;
    // What a `no-cors` fetch with a text/plain body from the attacker's page sends.
    const planted = await page.request.post("/seller/products/import/upload?mode=commit", {
      data: csv,
      headers: { "Content-Type": "text/plain", Origin: ATTACKER, "Sec-Fetch-Site": "same-site", "Sec-Fetch-Mode": "no-cors" },
    });
    expect(planted.status()).toBe(403);
    expect((await planted.json()).error.code).toBe("cross_origin");
    const noSecFetch = await page.request.post("/seller/products/import/upload?mode=commit", { data: csv, headers: { "Content-Type": "text/plain", Origin: ATTACKER } });
    expect(noSecFetch.status()).toBe(403);

    await page.goto(`/seller/products?q=${sku}`);
    await expect(mainHeading(page)).toBeVisible();
    await expect(page.getByText(sku)).toHaveCount(0);
  });
});

test.describe("the public origin", () => {
  test("next-auth's own redirects stay on the host the visitor used, not the listen address", async ({ playwright, baseURL }) => {
    // The server listens on 127.0.0.1 (under `npm start` on 0.0.0.0, and the redirects went to
    // http://0.0.0.0:3000); Next also renames 127.0.0.1 to localhost in the URL it hands next-auth.
    const port = new URL(baseURL!).port;
    for (const visitorOrigin of [`http://127.0.0.1:${port}`, `http://localhost:${port}`]) {
      const context = await playwright.request.newContext({ baseURL: visitorOrigin });
      try {
        const csrf = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
        const signOut = await context.post("/api/auth/signout", { form: { csrfToken: csrf.csrfToken }, maxRedirects: 0 });
        expect(signOut.status()).toBe(302);
        expect(signOut.headers()["location"], visitorOrigin).toBe(visitorOrigin);
        const signIn = await context.get("/api/auth/signin", { maxRedirects: 0 });
        const signInLocation = new URL(signIn.headers()["location"]!, visitorOrigin);
        expect(signInLocation.origin).toBe(visitorOrigin);
        expect(signInLocation.searchParams.get("callbackUrl")).toBe(visitorOrigin);
      } finally {
        await context.dispose();
      }
    }
  });
});

test.describe("operations endpoints", () => {
  test("the metrics need a token when the request did not come straight from this machine", async ({ request }) => {
    // The benches and system tests read them like this: from loopback, no proxy in between.
    const local = await request.get("/api/metrics");
    expect(local.status()).toBe(200);
    expect(await local.text()).toContain("portal_redirects_total");
    const relayed = await request.get("/api/metrics", { headers: { "X-Forwarded-For": "203.0.113.9" } });
    expect([401, 403]).toContain(relayed.status());
    expect(await relayed.text()).not.toContain("portal_redirects_total");
  });

  test("the health check says only whether it is ok", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });
});
