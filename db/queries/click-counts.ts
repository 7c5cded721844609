import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { clicks, linkClickDays, links } from "../schema";

const DAY_MS = 86_400_000;
const instant = (at: Date) => sql`${at.toISOString()}::timestamptz`;

/**
 * Non-bot clicks and unique clicks per link in [from, before), as a subquery with the columns
 * link_id, clicks, unique_clicks (links without a click in the range left out): the whole UTC days
 * inside the range from the links' daily counts (link_click_days, kept by the click writer), the
 * part-days at either end from the clicks themselves; so the figures are exactly the clicks', from a
 * row per link and day instead of every click. `chosen` is a condition on the links, aliased `l`.
 * Each link is counted by its own index ranges (lateral), whatever the planner guesses of the rest.
 */
export function clicksPerLink(from: Date, before: Date, chosen: SQL): SQL {
  const firstDay = new Date(Math.ceil(from.getTime() / DAY_MS) * DAY_MS);
  const lastDay = new Date(Math.floor(before.getTime() / DAY_MS) * DAY_MS);
  const rawCount = (a: Date, b: Date) =>
    sql`(select count(*) as clicks, count(*) filter (where c.is_unique) as unique_clicks from ${clicks} c
      where c.link_id = l.id and c.clicked_at >= ${instant(a)} and c.clicked_at < ${instant(b)} and not c.is_bot)`;
  if (firstDay >= lastDay) {
    // No whole UTC day inside: the clicks alone.
    return sql`(select l.id as link_id, r.clicks, r.unique_clicks from ${links} l cross join lateral ${rawCount(from, before)} r
      where ${chosen} and r.clicks > 0)`;
  }
  const isoDay = (d: Date) => d.toISOString().slice(0, 10);
  return sql`(select l.id as link_id, d.clicks + a.clicks + b.clicks as clicks, d.unique_clicks + a.unique_clicks + b.unique_clicks as unique_clicks
    from ${links} l
    cross join lateral (select coalesce(sum(k.clicks), 0) as clicks, coalesce(sum(k.unique_clicks), 0) as unique_clicks from ${linkClickDays} k
      where k.link_id = l.id and k.day >= ${isoDay(firstDay)}::date and k.day < ${isoDay(lastDay)}::date) d
    cross join lateral ${rawCount(from, firstDay)} a
    cross join lateral ${rawCount(lastDay, before)} b
    where ${chosen} and d.clicks + a.clicks + b.clicks > 0)`;
}
