import type { Metadata } from "next";
import { recentAudit } from "@/db/queries/audit";
import { listDomainsForAdmin } from "@/db/queries/shop-domains";
import { DomainReview } from "@/components/admin/domains/domain-review";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { StateBadge } from "@/components/ui/state-badge";
import { pageActor } from "@/server/context";
import { formatUtcDateTime } from "@/lib/plans/dates";

export const metadata: Metadata = { title: "Shop domains" };

function When({ at }: { at: Date | null }) {
  return at ? <time dateTime={at.toISOString()}>{formatUtcDateTime(at)}</time> : <>—</>;
}

export default async function AdminDomainsPage() {
  const { db } = await pageActor("admin");
  const [domains, audit] = await Promise.all([listDomainsForAdmin(db), recentAudit(db, "domain:", 20)]);
  return (
    <>
      <PageHeader
        title="Shop domains"
        description="Sellers' own web domains. Products may send buyers only to verified ones; pending domains are listed first. Revoking one makes its products' links open their page here within seconds."
      />
      {domains.length === 0 ? (
        <EmptyState title="No shop domains yet">Sellers add their domains in their shop profile.</EmptyState>
      ) : (
        <ul className="space-y-3" aria-label="Shop domains">
          {domains.map((d) => (
            <li key={d.id}>
              <Card>
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <div className="min-w-0">
                    <p className="break-all font-medium text-slate-900">{d.domain}</p>
                    <p className="text-sm text-slate-600">{d.shopName}</p>
                  </div>
                  <StateBadge state={d.state} />
                </div>
                <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm text-slate-600 sm:grid-cols-2">
                  <div>
                    <dt className="inline">Added: </dt>
                    <dd className="inline">
                      <When at={d.createdAt} />
                    </dd>
                  </div>
                  <div>
                    <dt className="inline">Last check: </dt>
                    <dd className="inline">
                      <When at={d.checkedAt} />
                      {d.state === "pending" && d.lastError ? ` (${d.lastError})` : null}
                    </dd>
                  </div>
                  {d.verifiedAt ? (
                    <div>
                      <dt className="inline">Verified: </dt>
                      <dd className="inline">
                        <When at={d.verifiedAt} /> ({d.verifiedBy})
                      </dd>
                    </div>
                  ) : null}
                  {d.revokedAt ? (
                    <div>
                      <dt className="inline">Revoked: </dt>
                      <dd className="inline">
                        <When at={d.revokedAt} />: {d.revokedReason}
                      </dd>
                    </div>
                  ) : null}
                </dl>
                <div className="mt-3">
                  <DomainReview domainId={d.id} domain={d.domain} state={d.state} />
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="domain-audit" className="mt-10">
        <h2 id="domain-audit" className="mb-3 text-lg font-semibold">
          Recent decisions
        </h2>
        {audit.length === 0 ? (
          <p className="text-sm text-slate-600">No confirmations or revocations yet.</p>
        ) : (
          <ul className="space-y-1 text-sm text-slate-700">
            {audit.map((a) => (
              <li key={a.id}>
                <When at={a.createdAt} /> · {a.action === "domain:revoke" ? "Revoked" : "Confirmed"} {a.detail}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
