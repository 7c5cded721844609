import "server-only";
import type { Database } from "@/db/client";
import {
  creatorCommissionCounts,
  creatorDashboardLinks,
  creatorDayClicks,
  creatorLinkClicks,
  type DashboardLink,
  type DayClicks,
  type LinkClicks,
  type LinkProductDayCommissions,
} from "@/db/queries/creator-dashboard";
import type { CommissionState } from "@/db/schema";
import type { CurrencyCode } from "@/lib/money";
import { groupRows, ratio } from "./breakdown";
import { changeFrom, foldSeries, type ReportPeriod, type ReportRange, type SeriesBucket } from "./period";

/**
 * The creator's dashboard for a period: totals, the change against the previous period, the chart's
 * points and the breakdowns by link, product, channel, sub-id and shop. Every figure is folded here
 * from the same rows (clicks per link, and per day for the chart; commissions per link, product,
 * day, state and currency), so each total is by construction the sum of every breakdown's rows;
 * the chart's clicks come from the creator's hourly counts, which the tests hold to the same totals.
 */

export type StateAmount = { state: CommissionState; currency: CurrencyCode; amountMinor: number };
export type CurrencyAmount = { currency: CurrencyCode; amountMinor: number };

export type DashboardFigures = {
  clicks: number;
  uniqueClicks: number;
  orders: number;
  items: number;
  /** Every state, reversed included, one entry per state and currency. */
  commissions: StateAmount[];
};

export type BreakdownDimension = "link" | "product" | "channel" | "subId" | "shop";
export const BREAKDOWN_DIMENSIONS: readonly BreakdownDimension[] = ["link", "product", "channel", "subId", "shop"];

export type BreakdownRow = DashboardFigures & {
  /** The link's, product's or shop's id, the channel or the sub-id; "" for the row of what has none (clicks of a showcase link by product). */
  key: string;
  title: string | null;
  imageMediaId: string | null;
  link: Pick<DashboardLink, "code" | "type" | "channel" | "subId" | "productTitle"> | null;
  /** Commission not reversed, per currency: what the row is sorted by. */
  earned: CurrencyAmount[];
};

export type DashboardTotals = DashboardFigures & {
  earned: CurrencyAmount[];
  /** Orders ÷ clicks, null without clicks. */
  conversionRate: number | null;
  /** Earnings per click in each currency (minor units, not rounded), null without clicks. */
  earningsPerClick: (CurrencyAmount & { perClickMinor: number | null })[];
};

export type DashboardChange = {
  clicks: number | null;
  uniqueClicks: number | null;
  orders: number | null;
  items: number | null;
  conversionRate: number | null;
  earned: Partial<Record<CurrencyCode, number | null>>;
  earningsPerClick: Partial<Record<CurrencyCode, number | null>>;
};

export type DashboardPoint = SeriesBucket & { clicks: number; uniqueClicks: number; orders: number } & Record<`earned_${string}`, number>;

export type CreatorDashboard = {
  totals: DashboardTotals;
  previous: DashboardTotals;
  change: DashboardChange;
  points: DashboardPoint[];
  /** Currencies of the period's earnings, by code; the chart draws the first. */
  currencies: CurrencyCode[];
  breakdowns: Record<BreakdownDimension, BreakdownRow[]>;
  /** Commission by state and currency in this period and the one before (every pair either has), by state then currency. */
  commissionsByState: (StateAmount & { previousMinor: number; change: number | null })[];
};

/** A commission counts toward earnings (and earnings per click) unless it was reversed. */
const earns = (state: CommissionState) => state !== "reversed";

const emptyFigures = (): DashboardFigures => ({ clicks: 0, uniqueClicks: 0, orders: 0, items: 0, commissions: [] });

function addCommission(figures: DashboardFigures, row: Pick<LinkProductDayCommissions, "state" | "currency" | "amountMinor" | "orders" | "items">) {
  figures.orders += row.orders;
  figures.items += row.items;
  const same = figures.commissions.find((c) => c.state === row.state && c.currency === row.currency);
  if (same) same.amountMinor += row.amountMinor;
  else figures.commissions.push({ state: row.state, currency: row.currency, amountMinor: row.amountMinor });
}

/** Commission not reversed, per currency, by currency code (amounts in different currencies do not compare). */
export function earnedByCurrency(commissions: readonly StateAmount[]): CurrencyAmount[] {
  const sums = new Map<CurrencyCode, number>();
  for (const c of commissions) if (earns(c.state)) sums.set(c.currency, (sums.get(c.currency) ?? 0) + c.amountMinor);
  return [...sums].map(([currency, amountMinor]) => ({ currency, amountMinor })).sort((a, b) => a.currency.localeCompare(b.currency));
}

/** The figures of some click rows and commission rows: a breakdown's row, or the whole period. */
function figuresOf(clicks: readonly LinkClicks[], commissions: readonly LinkProductDayCommissions[]): DashboardFigures {
  const figures = emptyFigures();
  for (const c of clicks) {
    figures.clicks += c.clicks;
    figures.uniqueClicks += c.uniqueClicks;
  }
  for (const c of commissions) addCommission(figures, c);
  return figures;
}

function totalsOf(clicks: readonly LinkClicks[], commissions: readonly LinkProductDayCommissions[]): DashboardTotals {
  const figures = figuresOf(clicks, commissions);
  const earned = earnedByCurrency(figures.commissions);
  return {
    ...figures,
    earned,
    conversionRate: ratio(figures.orders, figures.clicks),
    earningsPerClick: earned.map((e) => ({ ...e, perClickMinor: ratio(e.amountMinor, figures.clicks) })),
  };
}

const amountIn = (amounts: readonly CurrencyAmount[], currency: CurrencyCode) => amounts.find((a) => a.currency === currency)?.amountMinor ?? 0;

const STATE_ORDER: readonly CommissionState[] = ["pending", "locked", "available", "paid", "reversed"];

function commissionsByState(previous: readonly StateAmount[], current: readonly StateAmount[]): CreatorDashboard["commissionsByState"] {
  const amount = (list: readonly StateAmount[], c: StateAmount) => list.find((x) => x.state === c.state && x.currency === c.currency)?.amountMinor ?? 0;
  const pairs = [...current, ...previous.filter((p) => !current.some((c) => c.state === p.state && c.currency === p.currency))];
  return pairs
    .map((c) => ({ state: c.state, currency: c.currency, amountMinor: amount(current, c), previousMinor: amount(previous, c), change: changeFrom(amount(previous, c), amount(current, c)) }))
    .sort((a, b) => STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state) || a.currency.localeCompare(b.currency));
}

function changeBetween(previous: DashboardTotals, current: DashboardTotals): DashboardChange {
  const currencies = [...new Set([...current.earned, ...previous.earned].map((e) => e.currency))];
  const epc = (t: DashboardTotals, currency: CurrencyCode) => t.earningsPerClick.find((e) => e.currency === currency)?.perClickMinor ?? 0;
  return {
    clicks: changeFrom(previous.clicks, current.clicks),
    uniqueClicks: changeFrom(previous.uniqueClicks, current.uniqueClicks),
    orders: changeFrom(previous.orders, current.orders),
    items: changeFrom(previous.items, current.items),
    conversionRate: changeFrom(previous.conversionRate ?? 0, current.conversionRate ?? 0),
    earned: Object.fromEntries(currencies.map((c) => [c, changeFrom(amountIn(previous.earned, c), amountIn(current.earned, c))])),
    earningsPerClick: Object.fromEntries(currencies.map((c) => [c, changeFrom(epc(previous, c), epc(current, c))])),
  };
}

type RowHead = Pick<BreakdownRow, "key" | "title" | "imageMediaId" | "link">;

/** Folds the rows into one breakdown: each click row and each commission row lands in exactly one of its rows. */
function breakdown(clicks: readonly LinkClicks[], commissions: readonly LinkProductDayCommissions[], clickRow: (c: LinkClicks) => RowHead, commissionRow: (c: LinkProductDayCommissions) => RowHead): BreakdownRow[] {
  const list = groupRows(clicks, commissions, { click: (c) => clickRow(c).key, sales: (c) => commissionRow(c).key }).map((g): BreakdownRow => {
    // The row is named by the first row that landed in it, as every row of a key names the same thing.
    const head = g.clicks.length > 0 ? clickRow(g.clicks[0]!) : commissionRow(g.sales[0]!);
    const figures = figuresOf(g.clicks, g.sales);
    return { ...head, ...figures, earned: earnedByCurrency(figures.commissions) };
  });
  // Most orders first, then most clicks; the row of what has no key last among equals.
  return list.sort((a, b) => b.orders - a.orders || b.clicks - a.clicks || Number(a.key === "") - Number(b.key === "") || a.key.localeCompare(b.key));
}

function breakdowns(clicks: readonly LinkClicks[], commissions: readonly LinkProductDayCommissions[], links: ReadonlyMap<string, DashboardLink>): Record<BreakdownDimension, BreakdownRow[]> {
  const linkOf = (id: string) => links.get(id)!;
  const none: RowHead = { key: "", title: null, imageMediaId: null, link: null };
  const byLink = (linkId: string): RowHead => {
    const l = linkOf(linkId);
    return { key: l.id, title: l.productTitle, imageMediaId: l.imageMediaId, link: { code: l.code, type: l.type, channel: l.channel, subId: l.subId, productTitle: l.productTitle } };
  };
  const byChannel = (linkId: string): RowHead => ({ ...none, key: linkOf(linkId).channel, title: linkOf(linkId).channel });
  const bySubId = (linkId: string): RowHead => ({ ...none, key: linkOf(linkId).subId, title: linkOf(linkId).subId || null });
  return {
    link: breakdown(clicks, commissions, (c) => byLink(c.linkId), (c) => byLink(c.linkId)),
    // A product link's clicks are its product's; a showcase or campaign link's clicks belong to no one product.
    product: breakdown(
      clicks,
      commissions,
      (c) => {
        const l = linkOf(c.linkId);
        return l.productId ? { ...none, key: l.productId, title: l.productTitle, imageMediaId: l.imageMediaId } : none;
      },
      (c) => ({ ...none, key: c.productId, title: c.productTitle, imageMediaId: c.imageMediaId }),
    ),
    channel: breakdown(clicks, commissions, (c) => byChannel(c.linkId), (c) => byChannel(c.linkId)),
    subId: breakdown(clicks, commissions, (c) => bySubId(c.linkId), (c) => bySubId(c.linkId)),
    shop: breakdown(
      clicks,
      commissions,
      (c) => {
        const l = linkOf(c.linkId);
        return l.shopId ? { ...none, key: l.shopId, title: l.shopName } : none;
      },
      (c) => ({ ...none, key: c.shopId, title: c.shopName }),
    ),
  };
}

function seriesOf(period: ReportPeriod, clicks: readonly DayClicks[], commissions: readonly LinkProductDayCommissions[], currencies: readonly CurrencyCode[]): DashboardPoint[] {
  const keys = ["clicks", "uniqueClicks", "orders", ...currencies.map((c) => `earned_${c}`)];
  const zero = () => Object.fromEntries(keys.map((k) => [k, 0])) as Record<string, number>;
  const days = new Map<string, Record<string, number>>();
  const dayOf = (day: string) => days.get(day) ?? days.set(day, zero()).get(day)!;
  for (const c of clicks) {
    const d = dayOf(c.day);
    d.clicks! += c.clicks;
    d.uniqueClicks! += c.uniqueClicks;
  }
  for (const c of commissions) {
    const d = dayOf(c.day);
    d.orders! += c.orders;
    if (earns(c.state)) d[`earned_${c.currency}`]! += c.amountMinor;
  }
  // The earning keys depend on the currencies, so the row type is widened: `day` is the only string field.
  const rows = [...days].map(([day, figures]) => ({ ...figures, day })) as unknown as ({ day: string } & Record<string, number>)[];
  return foldSeries(period, rows, keys) as unknown as DashboardPoint[];
}

/** The rows of a range; the clicks per day only for the period charted, not for the one compared with. */
async function rowsFor(db: Database, creatorId: string, range: ReportRange, timeZone: string, charted: boolean) {
  const query = { creatorId, from: range.from, before: range.before, timeZone };
  const [clicks, days, commissions] = await Promise.all([creatorLinkClicks(db, query), charted ? creatorDayClicks(db, query) : [], creatorCommissionCounts(db, query)]);
  return { clicks, days, commissions };
}

/** The dashboard of one creator for `period` (read with readReportPeriod in the reader's time zone). */
export async function creatorDashboard(db: Database, { creatorId, period }: { creatorId: string; period: ReportPeriod }): Promise<CreatorDashboard> {
  const [current, before, allLinks] = await Promise.all([
    rowsFor(db, creatorId, period, period.timeZone, true),
    rowsFor(db, creatorId, period.previous, period.timeZone, false),
    creatorDashboardLinks(db, { creatorId }),
  ]);
  const links = new Map(allLinks.map((l) => [l.id, l]));
  const totals = totalsOf(current.clicks, current.commissions);
  const previous = totalsOf(before.clicks, before.commissions);
  const currencies = totals.earned.map((e) => e.currency);
  return {
    totals,
    previous,
    change: changeBetween(previous, totals),
    points: seriesOf(period, current.days, current.commissions, currencies),
    currencies,
    breakdowns: breakdowns(current.clicks, current.commissions, links),
    commissionsByState: commissionsByState(previous.commissions, totals.commissions),
  };
}
