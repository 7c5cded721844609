import "server-only";
import type { Database } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import {
  confirmShopDomainRow,
  deleteShopDomain,
  findShopDomain,
  insertShopDomains,
  listShopDomains,
  pendingDomainsToCheck,
  recordDomainCheck,
  revokeShopDomainRow,
} from "@/db/queries/shop-domains";
import type { ShopDomain } from "@/db/schema";
import { parseShopDomains } from "@/lib/catalogue/domains";
import { invalidFields, NotFoundError, UserFacingError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import type { CurrencyCode } from "@/lib/money";
import { checkDomainOwnership, newDomainToken, type OwnershipCheckOptions } from "./ownership-check";

const MAX_DOMAINS = 20;

/**
 * Adds domains to the shop as PENDING, each with its own token; domains it already has are left as
 * they are (a revoked one stays revoked). Returns the shop's domains afterwards.
 */
export async function addShopDomains(db: Database, params: { shopId: string; domains: readonly string[]; at: Date }): Promise<ShopDomain[]> {
  const existing = await listShopDomains(db, params.shopId);
  const fresh = params.domains.filter((d) => !existing.some((e) => e.domain === d));
  if (existing.length + fresh.length > MAX_DOMAINS) throw invalidFields({ domains: `At most ${MAX_DOMAINS} domains` });
  // One at a time, so the ids (and the list's order) follow the order they were typed in.
  for (const domain of fresh) {
    await insertShopDomains(db, [{ id: newId("dom"), shopId: params.shopId, domain, token: newDomainToken(), state: "pending", createdAt: params.at }]);
  }
  return fresh.length > 0 ? listShopDomains(db, params.shopId) : existing;
}

/** The seller's "Add domain" form: one domain. */
export async function addShopDomain(db: Database, params: { shopId: string; input: string; at: Date }): Promise<ShopDomain> {
  const parsed = parseShopDomains(params.input);
  if (!parsed.ok) throw invalidFields({ domain: parsed.error });
  if (parsed.domains.length !== 1) throw invalidFields({ domain: "Enter one domain, like shop.example.com" });
  const domain = parsed.domains[0]!;
  const before = await listShopDomains(db, params.shopId);
  if (before.some((d) => d.domain === domain)) throw invalidFields({ domain: `${domain} is already on the list` });
  const after = await addShopDomains(db, { shopId: params.shopId, domains: [domain], at: params.at });
  return after.find((d) => d.domain === domain)!;
}

export async function removeShopDomain(db: Database, ids: { shopId: string; domainId: string }): Promise<void> {
  const found = await findShopDomain(db, ids);
  if (!found) throw new NotFoundError("The domain");
  if (found.state === "revoked") throw new UserFacingError("This domain was revoked by the platform and stays on the list. Contact support if this is a mistake.");
  await deleteShopDomain(db, ids);
}

/** The rules a product form checks external URLs with: the shop's verified domains (and the others, to explain a refusal). */
export async function productUrlRules(db: Database, shop: { id: string; currency: CurrencyCode }) {
  const domains = await listShopDomains(db, shop.id);
  return {
    currency: shop.currency,
    domains: domains.filter((d) => d.state === "verified").map((d) => d.domain),
    unverifiedDomains: domains.filter((d) => d.state !== "verified").map((d) => d.domain),
  };
}

export type DomainCheck = { domain: ShopDomain; verified: boolean; error: string | null };

/**
 * Checks that a pending domain publishes its token (file or DNS) and records the outcome. A domain
 * that is verified or revoked is returned as it is. `shopId`, when given, scopes it to the seller.
 */
export async function verifyShopDomain(
  db: Database,
  params: { domainId: string; shopId?: string; at: Date; check?: OwnershipCheckOptions },
): Promise<DomainCheck> {
  const found = await findShopDomain(db, { domainId: params.domainId, shopId: params.shopId });
  if (!found) throw new NotFoundError("The domain");
  if (found.state !== "pending") return { domain: found, verified: found.state === "verified", error: null };
  const result = await checkDomainOwnership(found.domain, found.token, params.check);
  const outcome = result.ok ? { verifiedBy: result.method } : { error: result.error };
  // Null when an admin decided while the check ran: their decision stands.
  const updated = (await recordDomainCheck(db, { domainId: found.id, at: params.at, outcome })) ?? (await findShopDomain(db, { domainId: found.id }))!;
  return { domain: updated, verified: updated.state === "verified", error: updated.state === "pending" ? updated.lastError : null };
}

/** An admin confirms a pending domain by hand (they checked it some other way). */
export async function confirmShopDomain(db: Database, params: { domainId: string; adminUserId: string; at: Date }): Promise<ShopDomain> {
  return db.transaction(async (tx) => {
    const row = await confirmShopDomainRow(tx, { domainId: params.domainId, at: params.at });
    if (!row) throw new UserFacingError("Only a pending domain can be confirmed.");
    await recordAudit(tx, { actorUserId: params.adminUserId, action: "domain:confirm", subjectId: row.id, detail: row.domain, at: params.at });
    return row;
  });
}

/**
 * An admin revokes a domain: from the next uncached lookup (within the short-link cache's 4 s), links
 * to products on it go to the built-in product page, and new external URLs on it are refused.
 */
export async function revokeShopDomain(db: Database, params: { domainId: string; adminUserId: string; reason: string; at: Date }): Promise<ShopDomain> {
  const reason = params.reason.trim();
  if (reason.length < 3) throw invalidFields({ reason: "Give a reason (the seller sees it)" });
  return db.transaction(async (tx) => {
    const row = await revokeShopDomainRow(tx, { domainId: params.domainId, reason: reason.slice(0, 500), at: params.at });
    if (!row) throw new UserFacingError("This domain is already revoked.");
    await recordAudit(tx, { actorUserId: params.adminUserId, action: "domain:revoke", subjectId: row.id, detail: `${row.domain}: ${reason.slice(0, 500)}`, at: params.at });
    return row;
  });
}

/** Re-checks pending domains not checked in the last 10 minutes, a few at a time. */
export async function verifyPendingDomains(db: Database, at: Date, options: { limit?: number; check?: OwnershipCheckOptions } = {}) {
  const due = await pendingDomainsToCheck(db, { checkedBefore: new Date(at.getTime() - 10 * 60_000), limit: options.limit ?? 50 });
  let verified = 0;
  for (let i = 0; i < due.length; i += 5) {
    const results = await Promise.all(due.slice(i, i + 5).map((d) => verifyShopDomain(db, { domainId: d.id, at, check: options.check })));
    verified += results.filter((r) => r.verified).length;
  }
  return { checked: due.length, verified };
}
