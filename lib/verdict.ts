import "server-only";
import { UserFacingError } from "@/lib/errors";

/**
 * The answer of a rule (`canLinkProduct`, `canWithdraw`…): yes, or no with a stable reason code and
 * the message the user is shown. Pages call a rule to decide what to show, commands to decide what
 * to do (a command throws the message as a UserFacingError).
 */
export type Verdict<Reason extends string> = { ok: true } | { ok: false; reason: Reason; message: string };

export const ALLOWED = { ok: true } as const;

export function refused<Reason extends string>(reason: Reason, message: string): { ok: false; reason: Reason; message: string } {
  return { ok: false, reason, message };
}

/** For a command: goes on if the rule says yes, else throws its message as a UserFacingError (on `field` if given). */
export function refuseUnless(verdict: Verdict<string>, field?: string): void {
  if (!verdict.ok) throw new UserFacingError(verdict.message, field);
}
