import type { Metadata } from "next";
import { platformOverview } from "@/db/queries/dashboard";
import { ClockControl } from "@/components/admin/clock-control";
import { SettlementControl } from "@/components/admin/settlement-control";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader, Stat } from "@/components/ui/card";
import { pageActor } from "@/server/context";
import { clockOffsetMs, isClockShiftEnabled } from "@/lib/clock";

export const metadata: Metadata = { title: "Platform" };

export default async function AdminHome() {
  const { db, at } = await pageActor("admin");
  const overview = await platformOverview(db);
  const roleCount = (role: string) => overview.usersByRole.find((r) => r.role === role)?.n ?? 0;
  const orders = overview.ordersByState.reduce((s, o) => s + o.n, 0);
  const shifted = clockOffsetMs() !== 0;
  return (
    <>
      <PageHeader title="Platform" description="Creators, sellers and the money between them." />
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        <Stat label="Creators" value={roleCount("creator")} />
        <Stat label="Sellers" value={roleCount("seller")} hint={`${overview.shops} shops`} />
        <Stat label="Orders" value={orders} />
        <Stat label="Clicks" value={overview.clicks.toLocaleString("en")} />
      </div>
      <Card className="mt-8 max-w-xl">
        <h2 className="text-lg font-semibold">App clock</h2>
        <p className="mt-1 text-sm text-slate-600">
          App time: <time dateTime={at.toISOString()}>{at.toUTCString()}</time>
          {shifted ? ` (shifted by ${Math.round(clockOffsetMs() / 3_600_000)} h)` : " (real time)"}
        </p>
        <div className="mt-4">
          {isClockShiftEnabled() ? (
            <ClockControl />
          ) : (
            <Alert tone="info">Shifting the clock is off. Start the server with CLOCK_SHIFT=enabled to test holding periods and Wednesday payouts.</Alert>
          )}
        </div>
      </Card>
      <Card className="mt-6 max-w-xl">
        <h2 className="text-lg font-semibold">Settlement</h2>
        <p className="mt-1 text-sm text-slate-600">
          Every minute the server completes delivered orders whose return window has passed, makes commissions available once their holding period is over
          and, on Wednesdays, withdraws the balances of creators who turned on automatic withdrawal.
        </p>
        <div className="mt-4">
          <SettlementControl />
        </div>
      </Card>
    </>
  );
}
