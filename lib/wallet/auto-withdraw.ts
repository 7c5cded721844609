import "server-only";
import type { Database } from "@/db/client";
import { autoWithdrawCreators, availableBalances } from "@/db/queries/wallet";
import { nextWeekday, WEEKDAYS, zonedDay } from "@/lib/clock";
import { UserFacingError } from "@/lib/errors";
import { platformTimeZone, withdrawalMinimums } from "./settings";
import { canWithdraw } from "./rules";
import { requestWithdrawal } from "./withdrawals";

export type AutoWithdrawResult = { day: string; wednesday: boolean; withdrawals: number; alreadyDone: number; belowMinimum: number; noMethod: number };

/** The key of a creator's automatic withdrawal for one currency on one Wednesday: one per week, whoever runs the job. */
export const autoWithdrawKey = (isoDate: string, currency: string) => `auto:${isoDate}:${currency}`;

/**
 * Automatic withdrawal (DOMAIN: every Wednesday): for each creator who switched it on, the whole
 * available balance of each currency at or above the minimum goes to their default payout method.
 * On any other day it does nothing. Idempotent: the withdrawal's key is the creator, the currency
 * and the date of that Wednesday (a unique constraint), so a second run in the same week, or a
 * second server process running it at the same moment, creates nothing more.
 */
export async function autoWithdraw(db: Database, at: Date): Promise<AutoWithdrawResult> {
  const { isoDate, weekday } = zonedDay(at, platformTimeZone());
  const result: AutoWithdrawResult = { day: isoDate, wednesday: weekday === WEEKDAYS.wednesday, withdrawals: 0, alreadyDone: 0, belowMinimum: 0, noMethod: 0 };
  if (!result.wednesday) return result;
  const minimumOf = await withdrawalMinimums(db);
  for (const { creatorId, methodId } of await autoWithdrawCreators(db)) {
    if (!methodId) {
      result.noMethod++;
      continue;
    }
    for (const balance of await availableBalances(db, creatorId)) {
      if (!canWithdraw({ amountMinor: "all", availableMinor: balance.total, minimumMinor: minimumOf(balance.currency), currency: balance.currency }).ok) {
        result.belowMinimum++;
        continue;
      }
      try {
        const { created } = await requestWithdrawal(db, { creatorId, currency: balance.currency, amount: "all", payoutMethodId: methodId, idempotencyKey: autoWithdrawKey(isoDate, balance.currency), at });
        if (created) result.withdrawals++;
        else result.alreadyDone++;
      } catch (error) {
        // The balance changed since it was read (a manual withdrawal meanwhile): below the minimum now.
        if (!(error instanceof UserFacingError)) throw error;
        result.belowMinimum++;
      }
    }
  }
  return result;
}

/** When the next automatic withdrawal runs: today if it is Wednesday and this week's has not happened, else next Wednesday (local midnight). */
export function nextAutoWithdrawalDate(at: Date, doneThisWeek: boolean): Date {
  const zone = platformTimeZone();
  const today = zonedDay(at, zone);
  if (today.weekday === WEEKDAYS.wednesday && !doneThisWeek) return at;
  return nextWeekday(at, WEEKDAYS.wednesday, zone);
}
