import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { linkDailyFigures } from "@/db/queries/creator-link-stats";
import { creatorLinkFacets, findCreatorLink, listCreatorLinks, type CreatorLinkRow } from "@/db/queries/creator-links";
import { findLinkForRedirect, type RedirectLink } from "@/db/queries/links";
import * as t from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { addDays, addHours } from "@/lib/clock";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { noticeExpiringLinks } from "@/lib/links/expiry-notices";
import { followShortLink } from "@/lib/links/follow";
import { getOrCreateLink } from "@/lib/links/generate";
import { LinkCache } from "@/lib/links/link-cache";
import { linkReport } from "@/lib/links/link-report";
import { disableLink, renewLink } from "@/lib/links/manage";
import { notificationEmail } from "@/lib/notifications/email";
import { notificationValues } from "@/lib/notifications/values";
import { readReportPeriod } from "@/lib/reports/period";
import { linkListFilters } from "@/lib/validation/link-list";
import { createTestDatabase } from "./support/test-db";

const NOW = new Date("2026-11-22T12:00:00Z");
let handle: DbHandle;
const db = () => handle.db;
const ids: Record<"mai" | "ana" | "leo" | "sam", string> = { mai: "", ana: "", leo: "", sam: "" };
let open: t.Product[];

async function refusal(promise: Promise<unknown>): Promise<UserFacingError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserFacingError);
  return error as UserFacingError;
}

const productLink = (creatorId: string, productId: string, subId: string, at = NOW) => getOrCreateLink(db(), { creatorId, target: { type: "product", productId }, channel: "instagram", subId, at });
const allLinks = async (creatorId: string, query: Parameters<typeof linkListFilters>[0] = {}, at = NOW): Promise<CreatorLinkRow[]> => {
  const { filters } = linkListFilters(query);
  return (await listCreatorLinks(db(), creatorId, { ...filters, at, pageSize: 100 })).rows;
};

/** What the list should say about a link, computed straight from the tables. */
async function expectedFigures(linkId: string) {
  const clicks = (await db().select().from(t.clicks).where(eq(t.clicks.linkId, linkId))).filter((c) => !c.isBot);
  const sales = await db()
    .select({ orderId: t.orderLines.orderId, quantity: t.orderLines.quantity, refunded: t.orderLines.refundedQuantity, cancelled: t.orderLines.cancelledQuantity, amountMinor: t.commissions.amountMinor, currency: t.commissions.currency, state: t.commissions.state })
    .from(t.commissions)
    .innerJoin(t.orderLines, eq(t.orderLines.id, t.commissions.orderLineId))
    .where(eq(t.commissions.linkId, linkId));
  const kept = sales.filter((s) => s.state !== "reversed");
  const earnings = new Map<string, number>();
  for (const s of kept) earnings.set(s.currency, (earnings.get(s.currency) ?? 0) + s.amountMinor);
  return {
    clicks: clicks.length,
    uniqueClicks: clicks.filter((c) => c.isUnique).length,
    orders: new Set(kept.map((s) => s.orderId)).size,
    items: kept.reduce((n, s) => n + s.quantity - s.refunded - s.cancelled, 0),
    earnings: [...earnings].sort(([a], [b]) => a.localeCompare(b)).map(([currency, amountMinor]) => ({ currency, amountMinor })),
    reversed: sales.length - kept.length,
  };
}

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(handle.db, NOW);
  const users = await db().select().from(t.users);
  for (const name of Object.keys(ids) as (keyof typeof ids)[]) ids[name] = users.find((u) => u.email === `${name}@demo.test`)!.id;
  open = (await db().select().from(t.products).orderBy(asc(t.products.title))).filter((p) => p.status === "active" && p.openToAffiliates);
});
afterAll(async () => {
  await handle?.close();
});

describe("the link list's figures", () => {
  it("gives every link its clicks, unique clicks, orders, items and earnings per currency (reversed commissions left out), as the tables say", async () => {
    const creatorsWithSales = await db().selectDistinct({ creatorId: t.commissions.creatorId }).from(t.commissions);
    expect(creatorsWithSales.length).toBeGreaterThan(0);
    let withOrders = 0;
    let withReversed = 0;
    for (const { creatorId } of creatorsWithSales) {
      for (const row of await allLinks(creatorId)) {
        const { reversed, ...expected } = await expectedFigures(row.id);
        expect({ clicks: row.clicks, uniqueClicks: row.uniqueClicks, orders: row.orders, items: row.items, earnings: row.earnings }).toEqual(expected);
        if (row.orders > 0) withOrders++;
        if (reversed > 0) withReversed++;
      }
    }
    expect(withOrders).toBeGreaterThan(0);
    expect(withReversed).toBeGreaterThan(0);
  });

  it("gives the same figures sorted by a figure as newest first, and sorts by clicks, orders and earnings in one currency", async () => {
    const creatorId = (await db().select({ creatorId: t.commissions.creatorId }).from(t.commissions).limit(1))[0]!.creatorId;
    const newest = await allLinks(creatorId);
    const byId = new Map(newest.map((r) => [r.id, r]));
    for (const sort of ["clicks", "orders"] as const) {
      const sorted = await allLinks(creatorId, { sort });
      expect(sorted.map((r) => r.id).sort()).toEqual(newest.map((r) => r.id).sort());
      for (const row of sorted) expect(row).toEqual(byId.get(row.id));
      const figures = sorted.map((r) => r[sort]);
      expect(figures).toEqual([...figures].sort((a, b) => b - a));
    }
    const { currencies } = await creatorLinkFacets(db(), creatorId);
    expect(currencies.length).toBeGreaterThan(0);
    const currency = currencies[0]!;
    const byEarnings = await allLinks(creatorId, { sort: `earnings:${currency}` });
    const amounts = byEarnings.map((r) => r.earnings.find((e) => e.currency === currency)?.amountMinor ?? 0);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    expect(amounts[0]).toBeGreaterThan(0);
    // An unknown currency or sort falls back to newest first.
    expect((await allLinks(creatorId, { sort: "earnings:XXX" })).map((r) => r.id)).toEqual(newest.map((r) => r.id));
  });

  it("pages a sort by a figure with the total of the matching links", async () => {
    const creatorId = ids.mai;
    const { filters } = linkListFilters({ sort: "clicks" });
    const all = await listCreatorLinks(db(), creatorId, { ...filters, at: NOW, pageSize: 100 });
    const first = await listCreatorLinks(db(), creatorId, { ...filters, at: NOW, pageSize: 2, page: 1 });
    const second = await listCreatorLinks(db(), creatorId, { ...filters, at: NOW, pageSize: 2, page: 2 });
    expect([first.total, second.total]).toEqual([all.total, all.total]);
    expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(all.rows.slice(0, 4).map((r) => r.id));
  });
});

describe("the link list's search and filters", () => {
  it("searches product titles, campaign names, codes and sub-ids, and filters by type, channel, shop and state", async () => {
    const creatorId = ids.sam;
    const product = open[0]!;
    const a = (await productLink(creatorId, product.id, "find-me-sub")).link;
    const b = (await getOrCreateLink(db(), { creatorId, target: { type: "product", productId: open[1]!.id }, channel: "youtube", subId: "", at: addDays(NOW, -120) })).link;
    const c = (await productLink(creatorId, open[2]!.id, "to-disable")).link;
    await disableLink(db(), { creatorId, linkId: c.id, at: NOW });

    const idsOf = async (query: Parameters<typeof linkListFilters>[0]) => (await allLinks(creatorId, query)).map((r) => r.id);
    expect(await idsOf({ q: "FIND-ME" })).toEqual([a.id]);
    expect(await idsOf({ q: a.code })).toEqual([a.id]);
    expect(await idsOf({ q: product.title.slice(2, 10) })).toContain(a.id);
    expect(await idsOf({ q: "%" })).toEqual([]);
    expect(await idsOf({ channel: "youtube" })).toEqual([b.id]);
    expect(await idsOf({ state: "expired" })).toEqual([b.id]);
    expect(await idsOf({ state: "disabled" })).toEqual([c.id]);
    const earning = await idsOf({ state: "earning" });
    expect(earning).toContain(a.id);
    expect(earning).not.toContain(b.id);
    expect(earning).not.toContain(c.id);
    expect(await idsOf({ type: "campaign" })).toEqual([]);

    const { shops } = await creatorLinkFacets(db(), creatorId);
    const shopOfA = shops.find((s) => s.id === product.shopId)!;
    expect(shopOfA).toBeDefined();
    const inShop = await allLinks(creatorId, { shop: shopOfA.id });
    expect(inShop.map((r) => r.id)).toContain(a.id);
    const products = await db().select().from(t.products);
    for (const row of inShop) expect(products.find((p) => p.id === row.productId)?.shopId).toBe(shopOfA.id);
    // Another creator's links never show, whatever the search.
    expect((await allLinks(ids.leo, { q: a.code })).map((r) => r.id)).toEqual([]);
  });
});

describe("disabling a link", () => {
  it("switches it off once (a second disable keeps the first time), only for its creator, and its short link answers 410", async () => {
    const { link } = await productLink(ids.leo, open[3]!.id, "disable-once");
    const first = await disableLink(db(), { creatorId: ids.leo, linkId: link.id, at: NOW });
    expect(first.disabledAt.getTime()).toBe(NOW.getTime());
    const second = await disableLink(db(), { creatorId: ids.leo, linkId: link.id, at: addHours(NOW, 1) });
    expect(second.disabledAt.getTime()).toBe(NOW.getTime());
    expect(await refusal(disableLink(db(), { creatorId: ids.mai, linkId: link.id, at: NOW }))).toBeInstanceOf(NotFoundError);

    const follow = (at: Date) =>
      followShortLink(
        { lookup: async (code) => ({ value: (await findLinkForRedirect(db(), code)) ?? null, source: "loaded" }), record: async () => {} },
        { code: link.code, method: "GET", userAgent: "Mozilla/5.0", referrer: null, ip: null, visitorId: null, at },
      );
    expect((await follow(addHours(NOW, 1))).status).toBe(410);
    expect((await findCreatorLink(db(), { creatorId: ids.leo, linkId: link.id }))?.disabledAt?.getTime()).toBe(NOW.getTime());
  });

  it("is seen by two processes' link caches within 5 s: each trusts what it read for 4 s from the moment it asked", async () => {
    const { link } = await productLink(ids.ana, open[4]!.id, "two-caches");
    let time = 0;
    const clock = () => time;
    const caches = [new LinkCache<RedirectLink | null>(100, 4_000, clock), new LinkCache<RedirectLink | null>(100, 4_000, clock)];
    const lookup = (cache: LinkCache<RedirectLink | null>) => cache.get(link.code, async () => (await findLinkForRedirect(db(), link.code)) ?? null);
    // The second process's lookup reads the row just before the disable and answers 1.5 s later.
    time = 0;
    await lookup(caches[0]!);
    const slow = caches[1]!.get(link.code, async () => {
      const row = (await findLinkForRedirect(db(), link.code)) ?? null;
      time = 1_500;
      return row;
    });
    await slow;
    await disableLink(db(), { creatorId: ids.ana, linkId: link.id, at: NOW });
    for (const cache of caches) expect((await lookup(cache)).value?.disabledAt).toBeNull();

    time = 4_000;
    for (const cache of caches) {
      const seen = await lookup(cache);
      expect(seen.source).toBe("loaded");
      expect(seen.value?.disabledAt?.getTime()).toBe(NOW.getTime());
    }
  });
});

describe("renewing a link", () => {
  it("makes one new link with the same target, channel and sub-id for an expired link, even for two requests at once", async () => {
    const product = open[5]!;
    const old = (await getOrCreateLink(db(), { creatorId: ids.mai, target: { type: "product", productId: product.id }, channel: "tiktok", subId: "renew-me", at: addDays(NOW, -101) })).link;
    const [a, b] = await Promise.all([renewLink(db(), { creatorId: ids.mai, linkId: old.id, at: NOW }), renewLink(db(), { creatorId: ids.mai, linkId: old.id, at: NOW })]);
    expect(a.link.id).toBe(b.link.id);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(a.link).toMatchObject({ renewsLinkId: old.id, type: "product", productId: product.id, channel: "tiktok", subId: "renew-me", creatorId: ids.mai });
    expect(a.link.code).not.toBe(old.code);
    expect(a.link.earnsUntil.getTime()).toBe(addDays(NOW, 100).getTime());
    expect(await db().select().from(t.links).where(eq(t.links.renewsLinkId, old.id))).toHaveLength(1);
    // Again later: the same renewal.
    expect((await renewLink(db(), { creatorId: ids.mai, linkId: old.id, at: addDays(NOW, 1) })).link.id).toBe(a.link.id);
    expect((await findCreatorLink(db(), { creatorId: ids.mai, linkId: old.id }))?.renewedById).toBe(a.link.id);
    expect((await allLinks(ids.mai)).find((r) => r.id === old.id)?.renewedById).toBe(a.link.id);
  });

  it("refuses a link that still earns, one whose product was archived or whose campaign ended, and another creator's link", async () => {
    const earning = (await productLink(ids.sam, open[6]!.id, "still-earns")).link;
    expect((await refusal(renewLink(db(), { creatorId: ids.sam, linkId: earning.id, at: addDays(NOW, 99) }))).message).toBe("This link still earns: renew it once its 100 days are over.");
    expect(await refusal(renewLink(db(), { creatorId: ids.leo, linkId: earning.id, at: addDays(NOW, 101) }))).toBeInstanceOf(NotFoundError);

    const product = open[7]!;
    const toArchive = (await productLink(ids.sam, product.id, "archived-later")).link;
    await db().update(t.products).set({ status: "archived" }).where(eq(t.products.id, product.id));
    try {
      expect((await refusal(renewLink(db(), { creatorId: ids.sam, linkId: toArchive.id, at: addDays(NOW, 101) }))).message).toBe(`${product.title} is not open to creators right now.`);
    } finally {
      await db().update(t.products).set({ status: "active" }).where(eq(t.products.id, product.id));
    }

    const campaign = (await db().select().from(t.campaigns).where(eq(t.campaigns.name, "Tết Gift Week")))[0]!;
    const campaignLink = (await getOrCreateLink(db(), { creatorId: ids.sam, target: { type: "campaign", campaignId: campaign.id }, channel: "blog", subId: "", at: NOW })).link;
    expect((await refusal(renewLink(db(), { creatorId: ids.sam, linkId: campaignLink.id, at: addDays(NOW, 101) }))).message).toBe(`${campaign.name} has ended.`);
    expect(await db().select().from(t.links).where(and(eq(t.links.creatorId, ids.sam), eq(t.links.renewsLinkId, campaignLink.id)))).toHaveLength(0);
  });
});

describe("the link-expiry-notices job", () => {
  const JOB_AT = addDays(NOW, 95);
  const noticesOf = async (linkId: string) => (await db().select().from(t.notifications).where(eq(t.notifications.kind, "link_expiring"))).filter((n) => n.params.linkId === linkId);

  it("tells the creator once about each link that stops earning within 7 days (not a disabled one), even run twice or by two processes at once", async () => {
    const due = (await productLink(ids.leo, open[8]!.id, "expiring")).link; // earns until NOW + 100 days
    const later = (await productLink(ids.leo, open[8]!.id, "expiring-later", addDays(NOW, 10))).link;
    const off = (await productLink(ids.leo, open[9]!.id, "expiring-off")).link;
    await disableLink(db(), { creatorId: ids.leo, linkId: off.id, at: NOW });

    const [first, second] = await Promise.all([noticeExpiringLinks(db(), JOB_AT), noticeExpiringLinks(db(), JOB_AT)]);
    expect(first.noticed + second.noticed).toBeGreaterThan(0);
    expect((await noticeExpiringLinks(db(), addHours(JOB_AT, 1))).noticed).toBe(0);

    const notices = await noticesOf(due.id);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ recipientId: ids.leo, kind: "link_expiring", params: { target: open[8]!.title, targetType: "product", earnsUntil: due.earnsUntil.toISOString() } });
    expect((await db().select().from(t.links).where(eq(t.links.id, due.id)))[0]!.expiryNoticeAt?.getTime()).toBe(JOB_AT.getTime());
    expect(await noticesOf(later.id)).toHaveLength(0);
    expect(await noticesOf(off.id)).toHaveLength(0);

    // Every link due at that time has exactly one notice and its mark.
    const stillDue = await db()
      .select({ id: t.links.id })
      .from(t.links)
      .where(and(isNull(t.links.expiryNoticeAt), isNull(t.links.disabledAt)));
    const all = await db().select().from(t.notifications).where(eq(t.notifications.kind, "link_expiring"));
    expect(new Set(all.map((n) => n.params.linkId)).size).toBe(all.length);
    expect(all.length).toBe(first.noticed + second.noticed);
    for (const row of stillDue) expect(all.some((n) => n.params.linkId === row.id)).toBe(false);
  });

  it("shows the date in the reader's language and zone, and the showcase in their words", () => {
    const params = { target: "showcase", targetType: "showcase", earnsUntil: "2027-03-02T23:30:00.000Z", linkId: "lnk_x" };
    const reader = { locale: "vi", timeZone: "Asia/Ho_Chi_Minh", platformName: (p: string) => p, showcase: "Trang trưng bày của bạn" };
    expect(notificationValues(params, reader)).toMatchObject({ target: "Trang trưng bày của bạn", date: "3 thg 3, 2027" });
    expect(notificationValues(params, { ...reader, locale: "en", timeZone: "UTC", showcase: "Your showcase" })).toMatchObject({ date: "Mar 2, 2027" });
    const mail = notificationEmail("link_expiring", { ...params, target: "Bamboo Lamp", targetType: "product" }, "en", null, "UTC");
    expect(mail.subject).toBe("Your link for Bamboo Lamp stops earning on Mar 2, 2027");
  });
});

describe("a link's report", () => {
  it("gives the period's clicks, orders, items and earnings per day in the reader's zone, adding up to the link's totals", async () => {
    const creatorId = (await db().select({ creatorId: t.commissions.creatorId }).from(t.commissions).limit(1))[0]!.creatorId;
    const rows = await allLinks(creatorId, { sort: "orders" });
    const best = rows[0]!;
    const first = await db().select().from(t.links).where(eq(t.links.id, best.id));
    const period = readReportPeriod({ period: "custom", from: first[0]!.createdAt.toISOString().slice(0, 10) }, NOW, "Asia/Ho_Chi_Minh");
    const figures = await linkDailyFigures(db(), { creatorId, linkId: best.id, from: period.from, before: period.before, timeZone: "Asia/Ho_Chi_Minh" });
    const report = linkReport(period, figures);
    expect(report.totals).toEqual({ clicks: best.clicks, uniqueClicks: best.uniqueClicks, orders: best.orders, items: best.items });
    expect(report.earnings).toEqual(best.earnings);
    expect(report.points).toHaveLength(period.grain === "week" ? Math.ceil(period.days / 7) : period.days);
    expect(report.conversion).toBe(best.uniqueClicks > 0 ? best.orders / best.uniqueClicks : null);
    // Another creator asking for this link gets nothing.
    const other = creatorId === ids.leo ? ids.sam : ids.leo;
    expect(await linkDailyFigures(db(), { creatorId: other, linkId: best.id, from: period.from, before: period.before, timeZone: "UTC" })).toEqual({ clickDays: [], saleDays: [] });
  });
});
