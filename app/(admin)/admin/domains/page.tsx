import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { recentAudit } from "@/db/queries/audit";
import { listDomainsForAdmin } from "@/db/queries/shop-domains";
import { DomainReview } from "@/components/admin/domains/domain-review";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { DateTime } from "@/components/ui/formatted";
import { StateBadge } from "@/components/ui/state-badge";
import { pageActor } from "@/server/context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.domains"))("title") };
}

function When({ at }: { at: Date | null }) {
  return at ? <DateTime at={at} exact /> : <>—</>;
}

export default async function AdminDomainsPage() {
  const { db } = await pageActor("admin");
  const [domains, audit, t] = await Promise.all([listDomainsForAdmin(db), recentAudit(db, "domain:", 20), getTranslations("admin.domains")]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {domains.length === 0 ? (
        <EmptyState title={t("empty")}>{t("emptyText")}</EmptyState>
      ) : (
        <ul className="space-y-3" aria-label={t("title")}>
          {domains.map((d) => (
            <li key={d.id}>
              <Card>
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <div className="min-w-0">
                    <p className="break-all font-medium text-slate-900">{d.domain}</p>
                    <p className="break-words text-sm text-slate-600">{d.shopName}</p>
                  </div>
                  <StateBadge state={d.state} />
                </div>
                <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm text-slate-600 sm:grid-cols-2">
                  <div className="min-w-0 break-words">
                    <dt className="inline">{t("added")} </dt>
                    <dd className="inline">
                      <When at={d.createdAt} />
                    </dd>
                  </div>
                  <div className="min-w-0 break-words">
                    <dt className="inline">{t("lastCheck")} </dt>
                    <dd className="inline">
                      <When at={d.checkedAt} />
                      {d.state === "pending" && d.lastError ? ` (${d.lastError})` : null}
                    </dd>
                  </div>
                  {d.verifiedAt ? (
                    <div className="min-w-0 break-words">
                      <dt className="inline">{t("verifiedAt")} </dt>
                      <dd className="inline">
                        <When at={d.verifiedAt} /> ({d.verifiedBy})
                      </dd>
                    </div>
                  ) : null}
                  {d.revokedAt ? (
                    <div className="min-w-0 break-words">
                      <dt className="inline">{t("revokedAt")} </dt>
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
          {t("recentTitle")}
        </h2>
        {audit.length === 0 ? (
          <p className="text-sm text-slate-600">{t("recentEmpty")}</p>
        ) : (
          <ul className="space-y-1 text-sm text-slate-700">
            {audit.map((a) => (
              <li key={a.id} className="break-words">
                <When at={a.createdAt} /> · {a.action === "domain:revoke" ? t("auditRevoked") : t("auditConfirmed")} {a.detail}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
