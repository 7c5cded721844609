import "server-only";

const PLACEHOLDER = "support@linkshare.invalid";

/**
 * Where buyers write with a question about an order (the buyer pages' footer): SUPPORT_EMAIL, else a
 * placeholder that cannot receive mail. Shops keep no public contact address of their own.
 */
export function supportEmail(): string {
  const configured = process.env.SUPPORT_EMAIL?.trim();
  return configured && /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(configured) ? configured : PLACEHOLDER;
}
