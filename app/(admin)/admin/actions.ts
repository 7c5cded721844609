"use server";

import { revalidatePath } from "next/cache";
import { CLOCK_OFFSET_SETTING, writeSetting } from "@/db/queries/settings";
import { formAction } from "@/server/form-action";
import { clockOffsetMs, isClockShiftEnabled, setClockOffset } from "@/lib/clock";
import { UserFacingError } from "@/lib/errors";
import { runMinuteJobs } from "@/lib/minute-jobs";
import { clockShiftSchema, runJobsSchema } from "@/lib/validation/admin";
import { storedText } from "@/lib/i18n/stored-texts";

const DAY_MS = 86_400_000;

export const shiftClockAction = formAction({ role: "admin", schema: clockShiftSchema }, async ({ days, mode }, { actor }) => {
  if (!isClockShiftEnabled()) throw new UserFacingError("Moving the clock is turned off on this server.");
  const offset = mode === "reset" ? 0 : clockOffsetMs() + days * DAY_MS;
  setClockOffset(offset);
  // The audit entry keeps the real time of the change, not the app clock being moved.
  await writeSetting(actor.db, { key: CLOCK_OFFSET_SETTING, value: offset, actorUserId: actor.user.id, at: new Date(), detail: storedText("auditClockOffset", { offset }) });
  revalidatePath("/", "layout");
  return { offset };
});

/**
 * Runs the minute jobs now (settlement, then the automatic withdrawals, which only act on a
 * Wednesday): useful right after moving the clock.
 */
export const runSettlementAction = formAction({ role: "admin", schema: runJobsSchema }, async (_input, { actor }) => {
  const { settlement, payouts } = await runMinuteJobs(actor.db, actor.at);
  revalidatePath("/", "layout");
  return { ...settlement, automaticWithdrawals: payouts.withdrawals, wednesday: payouts.wednesday };
});
