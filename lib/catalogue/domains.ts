/**
 * The shop's own web domains, and the rule that an external product URL must point at one of them
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

export type ExternalUrlCheck = { ok: true; url: string } | { ok: false; error: string };

export function checkExternalProductUrl(input: string, shopDomains: readonly string[]): ExternalUrlCheck {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, error: "Enter a full address, like https://shop.example.com/product" };
  }
  if (url.protocol !== "https:") return { ok: false, error: "The address must start with https://" };
  if (url.username || url.password) return { ok: false, error: "The address must not contain a user name or password" };
  if (shopDomains.length === 0) return { ok: false, error: "Add your shop's web domains in the shop profile first" };
  const host = url.hostname.toLowerCase();
  // A domain covers its subdomains ("shop.com" allows "www.shop.com"), never look-alikes ("evilshop.com").
  if (!shopDomains.some((d) => host === d || host.endsWith(`.${d}`))) {
    return { ok: false, error: `The address must be on your shop's domains: ${shopDomains.join(", ")}` };
  }
  url.hash = "";
  return { ok: true, url: url.toString() };
}
