import type { ReactNode } from "react";

/** The frame of the public pages buyers land on: no sign-in, phone first. */
export function StorefrontFrame({ children }: { children: ReactNode }) {
  return (
    <div className="min-h-dvh bg-slate-50">
      <div className="border-b border-slate-200 bg-white">
        <div className="mx-auto max-w-5xl px-4 py-3 text-lg font-bold tracking-tight text-brand-900">Linkshare</div>
      </div>
      <main className="mx-auto max-w-5xl px-4 py-6 sm:py-10">{children}</main>
    </div>
  );
}
