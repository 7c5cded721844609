import { LINK_EARNING_DAYS } from "@/lib/attribution";
import { addDays, addHours } from "@/lib/clock";
import { commissionAmount } from "@/lib/commissions/amount";
import { newId, randomCode } from "@/lib/ids";
import { allocateProportionally } from "@/lib/money";
import type { Channel, CommissionState, OrderState } from "../schema";
import { channelEnum, clicks, commissionEvents, commissions, links, orderEvents, orderLines, orders, walletEntries } from "../schema";
import type { DemoProduct } from "./demo-catalogue";
import type { OrderPlan } from "./demo-orders";
import type { Random } from "./random";
import { formatRate } from "@/lib/catalogue/rates";
import { storedText } from "@/lib/i18n/stored-texts";
import { formatMoney } from "@/lib/money";

type Insert<T extends { $inferInsert: unknown }> = T["$inferInsert"];
export type LinkRow = Insert<typeof links> & { id: string; createdAt: Date; earnsUntil: Date };
export type ClickRow = Insert<typeof clicks> & { id: string; linkId: string; clickedAt: Date; isBot: boolean; earning: boolean };

export type DemoActivity = {
  links: LinkRow[];
  clicks: ClickRow[];
  orders: Insert<typeof orders>[];
  orderLines: Insert<typeof orderLines>[];
  orderEvents: Insert<typeof orderEvents>[];
  commissions: Insert<typeof commissions>[];
  commissionEvents: Insert<typeof commissionEvents>[];
  walletEntries: Insert<typeof walletEntries>[];
};

const CHANNELS: readonly Channel[] = channelEnum.enumValues;
const BOT_AGENT = "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)";
const AGENTS = [
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
  "Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
];
const REFERRERS = ["https://www.instagram.com/", "https://www.youtube.com/", "https://l.facebook.com/", "https://www.threads.net/", null];

export function buildLink(rand: Random, creatorId: string, target: { type: "product"; productId: string } | { type: "showcase" } | { type: "campaign"; campaignId: string }, createdAt: Date): LinkRow {
  return {
    id: newId("lnk"),
    code: randomCode(8),
    creatorId,
    type: target.type,
    productId: target.type === "product" ? target.productId : null,
    campaignId: target.type === "campaign" ? target.campaignId : null,
    channel: rand.pick(CHANNELS),
    subId: rand.chance(0.3) ? rand.pick(["bio", "story", "video-desc", "newsletter-nov"]) : "",
    createdAt,
    earnsUntil: addDays(createdAt, LINK_EARNING_DAYS),
  };
}

/** Clicks on one link between its creation and now; some repeat visitors within the hour, some bots. */
export function buildClicks(rand: Random, link: LinkRow, count: number, from: Date, now: Date, out: ClickRow[]) {
  const start = Math.max(link.createdAt.getTime(), from.getTime());
  const recent: { visitorId: string; at: number }[] = [];
  for (let i = 0; i < count; i++) {
    const at = new Date(start + rand.next() * (now.getTime() - start));
    const isBot = rand.chance(0.05);
    const repeat = !isBot && recent.length > 0 && rand.chance(0.15) ? rand.pick(recent) : undefined;
    const clickedAt = repeat ? new Date(Math.min(repeat.at + rand.int(60_000, 50 * 60_000), now.getTime())) : at;
    const visitorId = repeat?.visitorId ?? `v_${rand.hex(24)}`;
    out.push({
      id: newId("clk"),
      linkId: link.id,
      clickedAt,
      visitorId,
      ipHash: rand.hex(32),
      userAgent: isBot ? BOT_AGENT : rand.pick(AGENTS),
      referrer: rand.pick(REFERRERS),
      isBot,
      isUnique: !repeat,
      earning: clickedAt < link.earnsUntil,
    });
    if (!isBot && !repeat) recent.push({ visitorId, at: clickedAt.getTime() });
  }
}

export type Entitlement = { planKind: "open" | "targeted" | "campaign"; planId: string | null; rateBps: number; flatFeeMinor: number };

export type OrderContext = {
  now: Date;
  productsById: Map<string, DemoProduct>;
  shopsById: Map<string, { holdingDays: number; returnWindowDays: number }>;
  /** The products a click on this link may earn on, and the best rate the creator is entitled to. */
  earnableProducts: (link: LinkRow) => DemoProduct[];
  entitlement: (link: LinkRow, product: DemoProduct, at: Date) => Entitlement | null;
};

/**
 * The benchmark seed's bulk order (db/seed/scale.ts, thousands of orders inserted in chunks): an
 * order that follows a click, the linked product (which earns) and sometimes another product of
 * the same shop (which does not), moved through its lifecycle as far as its age allows, with the
 * commission and wallet entries that lifecycle produces, written directly. The demo itself plays
 * its orders through the real commands instead (db/seed/demo-orders.ts).
 */
export function buildOrder(rand: Random, click: ClickRow, link: LinkRow, plan: OrderPlan, ctx: OrderContext, out: DemoActivity) {
  const placedAt = new Date(Math.min(click.clickedAt.getTime() + rand.int(10, 72 * 60) * 60_000, ctx.now.getTime() - 60_000));
  const earnable = ctx.earnableProducts(link).filter((p) => p.status === "active");
  if (earnable.length === 0) return false;
  const linked = rand.pick(earnable);
  const shop = ctx.shopsById.get(linked.shopId)!;
  const others = [...ctx.productsById.values()].filter((p) => p.shopId === linked.shopId && p.id !== linked.id && p.status === "active");
  const lineProducts = rand.chance(0.4) && others.length ? [linked, rand.pick(others)] : [linked];
  const quantities = lineProducts.map(() => (rand.chance(0.2) ? 2 : 1));
  const gross = lineProducts.map((p, i) => p.priceMinor * quantities[i]!);
  const subtotal = gross.reduce((a, b) => a + b, 0);
  const discount = rand.chance(0.25) ? Math.round(subtotal / 10) : 0;
  const lineDiscounts = allocateProportionally(discount, gross);

  // Times of each step, dropped when they would be in the future.
  const step = (from: Date | null, hours: number) => (from && addHours(from, hours) <= ctx.now ? addHours(from, hours) : null);
  const paidAt = plan.state === "placed" || (plan.state === "cancelled" && !plan.paidBeforeCancel) ? null : step(placedAt, 0.2);
  const shippedAt = ["shipped", "delivered", "completed", "refunded"].includes(plan.state) ? step(paidAt, 20) : null;
  const deliveredAt = ["delivered", "completed", "refunded"].includes(plan.state) ? step(shippedAt, 60) : null;
  const completedAt = plan.state === "completed" ? step(deliveredAt, shop.returnWindowDays * 24) : null;
  const refundedAt = plan.state === "refunded" ? step(deliveredAt, 48) : null;
  const cancelledAt = plan.state === "cancelled" ? step(paidAt ?? placedAt, 3) : null;
  const state: OrderState = refundedAt
    ? "refunded"
    : cancelledAt
      ? "cancelled"
      : completedAt
        ? "completed"
        : deliveredAt
          ? "delivered"
          : shippedAt
            ? "shipped"
            : paidAt
              ? "paid"
              : "placed";

  const orderId = newId("ord");
  out.orders.push({
    id: orderId,
    shopId: linked.shopId,
    source: "storefront",
    currency: linked.currency,
    state,
    buyerName: rand.pick(["Jordan Lee", "Priya Shah", "Tomás García", "Linh Phạm", "Chloe Martin", "Ahmed Hassan", "Yuki Sato"]),
    buyerEmail: `buyer${rand.hex(6)}@mail.test`,
    shippingAddress: { line1: `${rand.int(1, 400)} Market Street`, city: linked.currency === "VND" ? "Ho Chi Minh City" : "Portland", postalCode: String(rand.int(10000, 99999)), country: linked.currency === "VND" ? "VN" : "US" },
    visitorId: click.visitorId,
    clickId: click.id,
    subtotalMinor: subtotal,
    discountMinor: discount,
    totalMinor: subtotal - discount,
    statusToken: randomCode(24),
    placedAt,
    paidAt,
    shippedAt,
    deliveredAt,
    completedAt,
    cancelledAt,
  });
  const events: [OrderState, Date | null][] = [["placed", placedAt], ["paid", paidAt], ["shipped", shippedAt], ["delivered", deliveredAt], ["completed", completedAt], ["cancelled", cancelledAt], ["refunded", refundedAt]];
  for (const [type, at] of events) if (at) out.orderEvents.push({ id: newId("oev"), orderId, eventRef: `demo-${type}`, type, occurredAt: at, recordedAt: at });

  lineProducts.forEach((product, i) => {
    const lineId = newId("oln");
    const quantity = quantities[i]!;
    const paid = gross[i]! - lineDiscounts[i]!;
    const undone = refundedAt || cancelledAt ? quantity : 0;
    out.orderLines.push({
      id: lineId,
      orderId,
      lineRef: String(i + 1),
      productId: product.id,
      quantity,
      unitPriceMinor: product.priceMinor,
      discountMinor: lineDiscounts[i]!,
      paidMinor: paid,
      refundedQuantity: refundedAt ? undone : 0,
      cancelledQuantity: cancelledAt ? undone : 0,
    });
    // Only the linked product earns, only once paid, only through an earning click.
    if (product.id !== linked.id || !paidAt || !click.earning) return;
    const rate = ctx.entitlement(link, product, paidAt);
    if (!rate) return;
    buildCommission({ lineId, link, click, product, rate, paid, paidAt, completedAt, undoneAt: refundedAt ?? cancelledAt, holdingDays: shop.holdingDays, now: ctx.now }, out);
  });
  return true;
}

/** The text the real payment writes (lib/orders/commands.ts), so demo rows read (and translate) like real ones. */
function paidReason(c: { rate: Entitlement; paid: number; product: DemoProduct }): string {
  const rate = formatRate(c.rate.rateBps);
  const amount = formatMoney(c.paid, c.product.currency);
  return c.rate.flatFeeMinor
    ? storedText("orderPaidWithFee", { plan: c.rate.planKind, rate, fee: formatMoney(c.rate.flatFeeMinor, c.product.currency), amount })
    : storedText("orderPaid", { plan: c.rate.planKind, rate, amount });
}

function buildCommission(
  c: { lineId: string; link: LinkRow; click: ClickRow; product: DemoProduct; rate: Entitlement; paid: number; paidAt: Date; completedAt: Date | null; undoneAt: Date | null; holdingDays: number; now: Date },
  out: DemoActivity,
) {
  const id = newId("com");
  const amount = commissionAmount(c.paid, c.rate.rateBps, c.rate.flatFeeMinor);
  const history: { from: CommissionState | null; to: CommissionState; at: Date; reason: string }[] = [
    { from: null, to: "pending", at: c.paidAt, reason: paidReason(c) },
  ];
  const availableAt = c.completedAt ? addDays(c.completedAt, c.holdingDays) : null;
  if (c.completedAt) history.push({ from: "pending", to: "locked", at: c.completedAt, reason: storedText("orderCompleted") });
  if (availableAt && availableAt <= c.now) history.push({ from: "locked", to: "available", at: availableAt, reason: storedText("holdingPeriodPassed", { days: c.holdingDays }) });
  if (c.undoneAt) history.push({ from: "pending", to: "reversed", at: c.undoneAt, reason: storedText("lineUndone") });
  const last = history[history.length - 1]!;
  out.commissions.push({
    id,
    orderLineId: c.lineId,
    creatorId: c.link.creatorId,
    linkId: c.link.id,
    clickId: c.click.id,
    planKind: c.rate.planKind,
    planId: c.rate.planId,
    rateBps: c.rate.rateBps,
    flatFeeMinor: c.rate.flatFeeMinor,
    baseMinor: c.paid,
    amountMinor: last.to === "reversed" ? 0 : amount,
    currency: c.product.currency,
    state: last.to,
    earnedAt: c.paidAt,
    lockedAt: c.completedAt,
    availableAt: last.to === "available" ? availableAt : null,
  });
  for (const h of history) {
    // amount_minor is the change the event made, as the real lifecycle records it.
    const delta = h.to === "pending" ? amount : h.to === "reversed" ? -amount : 0;
    out.commissionEvents.push({ id: newId("cev"), commissionId: id, fromState: h.from, toState: h.to, amountMinor: delta, reason: h.reason, occurredAt: h.at });
  }
  if (last.to === "available") {
    out.walletEntries.push({ id: newId("wle"), creatorId: c.link.creatorId, currency: c.product.currency, amountMinor: amount, kind: "commission_available", commissionId: id, reason: storedText("commissionAvailable"), createdAt: availableAt! });
  }
}
