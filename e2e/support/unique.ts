import { randomBytes } from "node:crypto";

/** An e-mail no run has used before, so the suite also works against a reused database. */
export function uniqueEmail(label = "user"): string {
  return `e2e-${label}-${Date.now().toString(36)}-${randomBytes(4).toString("hex")}@example.com`;
}

/** A password the sign-up rules accept (length, letters and digits, varied characters). */
export function strongPassword(): string {
  return `Tulip-${randomBytes(6).toString("hex")}-42`;
}
