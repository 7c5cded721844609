import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { platformOverview } from "@/db/queries/dashboard";
import { ClockControl } from "@/components/admin/clock-control";
import { SettlementControl } from "@/components/admin/settlement-control";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader, Stat } from "@/components/ui/card";
import { DateTime } from "@/components/ui/formatted";
import { pageActor } from "@/server/context";
import { getReaderFormat } from "@/server/i18n";
import { clockOffsetMs, isClockShiftEnabled } from "@/lib/clock";
import { platformTimeZone } from "@/lib/wallet/settings";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.home"))("title") };
}

export default async function AdminHome() {
  const { db, at } = await pageActor("admin");
  const [overview, t, tc, format] = await Promise.all([platformOverview(db), getTranslations("admin.home"), getTranslations("common.time"), getReaderFormat()]);
  const roleCount = (role: string) => overview.usersByRole.find((r) => r.role === role)?.n ?? 0;
  const orders = overview.ordersByState.reduce((s, o) => s + o.n, 0);
  const shifted = clockOffsetMs() !== 0;
  const zone = tc("platformZone", { zone: platformTimeZone() });
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        <Stat label={t("creators")} value={format.number(roleCount("creator"))} />
        <Stat label={t("sellers")} value={format.number(roleCount("seller"))} hint={t("shops", { count: overview.shops })} />
        <Stat label={t("orders")} value={format.number(orders)} />
        <Stat label={t("clicks")} value={format.number(overview.clicks)} />
      </div>
      <Card className="mt-8 max-w-xl">
        <h2 className="text-lg font-semibold">{t("clockTitle")}</h2>
        <p className="mt-1 text-sm text-slate-600">
          {t.rich("appTime", { time: () => <DateTime at={at} exact /> })} ({shifted ? t("shifted", { hours: format.number(Math.round(clockOffsetMs() / 3_600_000)) }) : t("realTime")})
        </p>
        <div className="mt-4">{isClockShiftEnabled() ? <ClockControl /> : <Alert tone="info">{t("clockOff")}</Alert>}</div>
      </Card>
      <Card className="mt-6 max-w-xl">
        <h2 className="text-lg font-semibold">{t("settlementTitle")}</h2>
        <p className="mt-1 text-sm text-slate-600">{t("settlementText", { zone })}</p>
        <div className="mt-4">
          <SettlementControl platformZone={zone} />
        </div>
      </Card>
    </>
  );
}
