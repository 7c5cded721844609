import "server-only";

/**
 * The shop's own web domains, and the rule that an external product URL must point at a VERIFIED one
 * over https: a product link must never become a way to send buyers anywhere else.
 */
const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export type DomainsParse = { ok: true; domains: string[] } | { ok: false; error: string };

/** One domain per line (or comma-separated); "https://www.shop.com/" is reduced to "www.shop.com". */
export function parseShopDomains(input: string): DomainsParse {
  const domains: string[] = [];
  for (const raw of input.split(/[\s,]+/).filter(Boolean)) {
    const host = raw.toLowerCase().replace(/^https?:\/\//, "").replace(/\/.*$/, "").replace(/\.$/, "");
    if (!HOSTNAME.test(host)) return { ok: false, error: `"${raw}" is not a web domain, like shop.example.com` };
    if (!domains.includes(host)) domains.push(host);
  }
  if (domains.length > 20) return { ok: false, error: "At most 20 domains" };
  return { ok: true, domains };
}

/** A domain covers itself and its subdomains ("shop.com" covers "www.shop.com"), never look-alikes ("evilshop.com"). */
export function hostOnDomains(host: string, domains: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, "");
  return domains.some((d) => h === d || h.endsWith(`.${d}`));
}

/**
 * Whether a stored external product URL may still be used: https on one of the shop's verified
 * domains now. A URL that no longer qualifies (its domain revoked, or never verified) must not be
 * sent to buyers.
 */
export function externalUrlOnVerifiedDomain(externalUrl: string, verifiedDomains: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(externalUrl);
  } catch {
    return false;
  }
  return url.protocol === "https:" && !url.username && !url.password && hostOnDomains(url.hostname, verifiedDomains);
}

export type ExternalUrlCheck = { ok: true; url: string } | { ok: false; error: string };

/**
 * `shopDomains` are the shop's VERIFIED domains, the only ones a product may send buyers to;
 * `unverifiedDomains` (pending or revoked) only make the refusal say what to do.
 */
export function checkExternalProductUrl(input: string, shopDomains: readonly string[], unverifiedDomains: readonly string[] = []): ExternalUrlCheck {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, error: "Enter a full address, like https://shop.example.com/product" };
  }
  if (url.protocol !== "https:") return { ok: false, error: "The address must start with https://" };
  if (url.username || url.password) return { ok: false, error: "The address must not contain a user name or password" };
  const host = url.hostname.toLowerCase();
  if (!hostOnDomains(host, shopDomains) && hostOnDomains(host, unverifiedDomains)) {
    return { ok: false, error: `${host} is not a verified domain of your shop yet: verify it in the shop profile first` };
  }
  if (shopDomains.length === 0) return { ok: false, error: "Add your shop's web domains in the shop profile and verify them first" };
  if (!hostOnDomains(host, shopDomains)) {
    return { ok: false, error: `The address must be on your shop's domains: ${shopDomains.join(", ")}` };
  }
  url.hash = "";
  return { ok: true, url: url.toString() };
}
