import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { recentAudit } from "@/db/queries/audit";
import { findLinkForRedirect, insertClicks, type RedirectLink } from "@/db/queries/links";
import { findShopByOwner } from "@/db/queries/shops";
import { findUserByEmail } from "@/db/queries/users";
import * as t from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { createProduct } from "@/lib/catalogue/products";
import { saveShop } from "@/lib/catalogue/shop";
import { addShopDomain, confirmShopDomain, productUrlRules, removeShopDomain, revokeShopDomain, verifyPendingDomains, verifyShopDomain } from "@/lib/domains/shop-domains";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { ClickWriter } from "@/lib/links/click-writer";
import { followShortLink, type FollowDeps } from "@/lib/links/follow";
import { getOrCreateLink } from "@/lib/links/generate";
import { LinkCache } from "@/lib/links/link-cache";
import { productSchema, shopSchema } from "@/lib/validation/catalogue";
import { createTestDatabase } from "./support/test-db";

const NOW = new Date("2026-11-22T12:00:00Z");
const BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
let handle: DbHandle;
let usd: t.Shop;
let vnd: t.Shop;
let admin: t.User;
let mai: t.User;
let deps: FollowDeps;

/** A real web server on loopback standing in for the sellers' sites. */
type Answer = { status: number; body?: string; location?: string };
let answer: Answer = { status: 404 };
const served = new Set<string>();
let server: Server;
let origin: string;
/** Every domain a test served is routed to the loopback server: checks never reach the internet. */
const check = () => ({ overrides: new Map([...served].map((d) => [d, origin])), timeoutMs: 2_000 });

const productFields = (overrides: Record<string, string> = {}) => ({
  title: "Glazed Bowl",
  category: "Kitchen",
  sku: `GB-${Math.random().toString(36).slice(2, 8)}`,
  price: "19.00",
  stock: "4",
  openToAffiliates: "on",
  openRate: "8",
  openFlatFee: "",
  ...overrides,
});
const productForm = async (shop: t.Shop) => productSchema(await productUrlRules(handle.db, shop));
const domainRow = async (shopId: string, domain: string) =>
  (await handle.db.select().from(t.shopDomains).where(and(eq(t.shopDomains.shopId, shopId), eq(t.shopDomains.domain, domain))))[0]!;

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(handle.db, NOW);
  usd = (await findShopByOwner(handle.db, (await findUserByEmail(handle.db, "seller@demo.test"))!.id))!;
  vnd = (await findShopByOwner(handle.db, (await findUserByEmail(handle.db, "seller.vn@demo.test"))!.id))!;
  admin = (await findUserByEmail(handle.db, "admin@demo.test"))!;
  mai = (await findUserByEmail(handle.db, "mai@demo.test"))!;
  // Answers the proof file with whatever the test set up last; anything else is not found.
  server = createServer((request, response) => {
    const page = request.url === "/.well-known/linkshare-verify.txt" ? answer : { status: 404 };
    response.writeHead(page.status, page.location ? { location: page.location } : { "content-type": "text/plain" });
    response.end(page.body ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const cache = new LinkCache<RedirectLink | null>(1000, 0);
  const writer = new ClickWriter((batch) => insertClicks(handle.db, batch));
  deps = { lookup: (code) => cache.get(code, async () => (await findLinkForRedirect(handle.db, code)) ?? null), record: (click) => writer.record(click) };
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await handle?.close();
});

/** Points a domain at the loopback server, which gives this answer to the checks that follow. */
function serve(domain: string, next: Answer) {
  served.add(domain);
  answer = next;
}

describe("a seller's own domains", () => {
  it("are pending when added, and products may not send buyers there until verified", async () => {
    const added = await addShopDomain(handle.db, { shopId: usd.id, input: "https://Evil.Example/", at: NOW });
    expect(added).toMatchObject({ domain: "evil.example", state: "pending", verifiedAt: null });
    expect(added.token).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const parsed = (await productForm(usd)).safeParse(productFields({ externalUrl: "https://evil.example/bowl" }));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/evil\.example is not a verified domain/);
    // The shop profile's domain list adds as pending too: typing a domain never makes it usable.
    const input = shopSchema.parse({ name: usd.name, currency: "USD", country: "US", returnWindowDays: "7", holdingDays: "15", defaultOpenRate: "8", domains: "google.com" });
    const saved = await saveShop(handle.db, { ownerUserId: usd.ownerUserId, input, logo: null, at: NOW });
    expect(saved.shop.domains).toEqual(expect.arrayContaining(["brightside-home.example", "evil.example", "google.com"]));
    expect((await domainRow(usd.id, "google.com")).state).toBe("pending");
    expect((await productForm(usd)).safeParse(productFields({ externalUrl: "https://www.google.com/" })).success).toBe(false);
    await expect(addShopDomain(handle.db, { shopId: usd.id, input: "evil.example", at: NOW })).rejects.toBeInstanceOf(UserFacingError);
  });

  it("become verified when the site serves the right token, and stay pending with the reason when it does not", async () => {
    const good = await addShopDomain(handle.db, { shopId: usd.id, input: "good-shop.test", at: NOW });
    serve("good-shop.test", { status: 200, body: "not-the-token\n" });
    const wrong = await verifyShopDomain(handle.db, { domainId: good.id, shopId: usd.id, at: NOW, check: check() });
    expect(wrong).toMatchObject({ verified: false, domain: { state: "pending", checkedAt: NOW } });
    expect(wrong.error).toMatch(/does not hold this domain's token/);
    expect((await productForm(usd)).safeParse(productFields({ externalUrl: "https://good-shop.test/bowl" })).success).toBe(false);

    serve("good-shop.test", { status: 404 });
    expect((await verifyShopDomain(handle.db, { domainId: good.id, shopId: usd.id, at: NOW, check: check() })).error).toMatch(/HTTP 404/);

    serve("good-shop.test", { status: 200, body: `${good.token}\n` });
    const right = await verifyShopDomain(handle.db, { domainId: good.id, shopId: usd.id, at: NOW, check: check() });
    expect(right).toMatchObject({ verified: true, error: null, domain: { state: "verified", verifiedBy: "file", verifiedAt: NOW, lastError: null } });
    const form = await productForm(usd);
    expect(form.parse(productFields({ externalUrl: "https://shop.good-shop.test/bowl" })).externalUrl).toBe("https://shop.good-shop.test/bowl");
    expect(form.safeParse(productFields({ externalUrl: "https://notgood-shop.test/bowl" })).success).toBe(false);
  });

  it("never follow the proof file to another site, and do not read a huge file", async () => {
    const moved = await addShopDomain(handle.db, { shopId: usd.id, input: "moved-shop.test", at: NOW });
    serve("moved-shop.test", { status: 302, location: "http://elsewhere.test/linkshare-verify.txt" });
    expect((await verifyShopDomain(handle.db, { domainId: moved.id, at: NOW, check: check() })).error).toMatch(/redirects to another site/);
    serve("moved-shop.test", { status: 200, body: moved.token + " ".repeat(10_000) });
    expect((await verifyShopDomain(handle.db, { domainId: moved.id, at: NOW, check: check() })).error).toMatch(/too big/);
    expect((await domainRow(usd.id, "moved-shop.test")).state).toBe("pending");
  });

  it("can be proven by a DNS TXT record at _linkshare.<domain>", async () => {
    const dns = await addShopDomain(handle.db, { shopId: usd.id, input: "dns-shop.test", at: NOW });
    const result = await verifyShopDomain(handle.db, {
      domainId: dns.id,
      at: NOW,
      check: {
        overrides: new Map(),
        // No site and a DNS answer made here: the check never leaves this process.
        fetch: async () => Promise.reject(new TypeError("fetch failed")),
        resolveTxt: async (name) => (name === "_linkshare.dns-shop.test" ? [["v=spf1 -all"], ["linkshare-verify=", dns.token]] : Promise.reject(Object.assign(new Error("queryTxt ENOTFOUND"), { code: "ENOTFOUND" }))),
      },
    });
    expect(result).toMatchObject({ verified: true, domain: { verifiedBy: "dns" } });
  });

  it("are checked only by their own shop", async () => {
    const other = await domainRow(usd.id, "evil.example");
    await expect(verifyShopDomain(handle.db, { domainId: other.id, shopId: vnd.id, at: NOW, check: check() })).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeShopDomain(handle.db, { domainId: other.id, shopId: vnd.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("are re-checked by the job, with DOMAIN_CHECK_OVERRIDES pointing them at loopback", async () => {
    const jobbed = await addShopDomain(handle.db, { shopId: vnd.id, input: "job-shop.test", at: NOW });
    serve("job-shop.test", { status: 200, body: jobbed.token });
    const before = process.env.DOMAIN_CHECK_OVERRIDES;
    process.env.DOMAIN_CHECK_OVERRIDES = `job-shop.test=${origin},evil.example=${origin},google.com=${origin},moved-shop.test=${origin}`;
    try {
      const result = await verifyPendingDomains(handle.db, new Date(NOW.getTime() + 60 * 60_000));
      expect(result.verified).toBe(1);
      expect((await domainRow(vnd.id, "job-shop.test")).state).toBe("verified");
      expect((await domainRow(usd.id, "evil.example")).state).toBe("pending");
    } finally {
      if (before === undefined) delete process.env.DOMAIN_CHECK_OVERRIDES;
      else process.env.DOMAIN_CHECK_OVERRIDES = before;
    }
  });
});

describe("short links to a product on the seller's own site", () => {
  it("send buyers there while the domain is verified, and to the product page once an admin revokes it", async () => {
    const domain = await domainRow(usd.id, "good-shop.test");
    const product = await createProduct(handle.db, { shop: usd, at: NOW }, (await productForm(usd)).parse(productFields({ externalUrl: "https://good-shop.test/bowl" })), null);
    const { link } = await getOrCreateLink(handle.db, { creatorId: mai.id, target: { type: "product", productId: product.id }, channel: "blog", subId: "", at: NOW });
    const visit = () => followShortLink(deps, { code: link.code, method: "GET", userAgent: BROWSER, referrer: null, ip: "203.0.113.7", visitorId: null, at: NOW });

    const before = await visit();
    expect(before).toMatchObject({ status: 302, location: expect.stringMatching(/^https:\/\/good-shop\.test\/bowl\?aff_click=clk_/) });

    await expect(revokeShopDomain(handle.db, { domainId: domain.id, adminUserId: admin.id, reason: "  ", at: NOW })).rejects.toBeInstanceOf(UserFacingError);
    await revokeShopDomain(handle.db, { domainId: domain.id, adminUserId: admin.id, reason: "Phishing reports", at: NOW });
    expect(await visit()).toMatchObject({ status: 302, location: `/p/${product.id}` });
    expect((await productForm(usd)).safeParse(productFields({ externalUrl: "https://good-shop.test/bowl" })).success).toBe(false);
    // A revocation sticks: the seller can neither re-check nor remove the domain to add it afresh.
    expect((await verifyShopDomain(handle.db, { domainId: domain.id, shopId: usd.id, at: NOW, check: check() })).domain.state).toBe("revoked");
    await expect(removeShopDomain(handle.db, { domainId: domain.id, shopId: usd.id })).rejects.toBeInstanceOf(UserFacingError);
    expect((await recentAudit(handle.db, "domain:"))[0]).toMatchObject({ action: "domain:revoke", actorUserId: admin.id, subjectId: domain.id, detail: "good-shop.test: Phishing reports" });
  });

  it("send buyers to the product page when the stored URL's domain was never verified", async () => {
    // A product saved before domains were verified (the migration made every listed domain pending).
    const [product] = await handle.db.update(t.products).set({ externalUrl: "https://evil.example/bowl" }).where(eq(t.products.sku, "BRI-0003")).returning();
    const { link } = await getOrCreateLink(handle.db, { creatorId: mai.id, target: { type: "product", productId: product!.id }, channel: "blog", subId: "x", at: NOW });
    expect(await followShortLink(deps, { code: link.code, method: "GET", userAgent: BROWSER, referrer: null, ip: null, visitorId: null, at: NOW })).toMatchObject({ status: 302, location: `/p/${product!.id}` });

    // An admin confirms the domain by hand: the same link now goes to the seller's site.
    const pending = await domainRow(usd.id, "evil.example");
    await confirmShopDomain(handle.db, { domainId: pending.id, adminUserId: admin.id, at: NOW });
    expect(await followShortLink(deps, { code: link.code, method: "GET", userAgent: BROWSER, referrer: null, ip: null, visitorId: null, at: NOW })).toMatchObject({ location: expect.stringMatching(/^https:\/\/evil\.example\/bowl\?aff_click=/) });
    await expect(confirmShopDomain(handle.db, { domainId: pending.id, adminUserId: admin.id, at: NOW })).rejects.toBeInstanceOf(UserFacingError);
  });

  it("the seller may remove a domain of their own", async () => {
    const row = await domainRow(usd.id, "google.com");
    await removeShopDomain(handle.db, { domainId: row.id, shopId: usd.id });
    expect(await handle.db.select().from(t.shopDomains).where(eq(t.shopDomains.id, row.id))).toHaveLength(0);
  });
});
