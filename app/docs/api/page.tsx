import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { openApiDocument } from "@/lib/api/openapi";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.apiDocs"))("title") };
}

const SIGN_EXAMPLE = `body='{"external_id":"1001","occurred_at":"2026-11-22T10:00:00Z","currency":"USD","click_id":"clk_…","lines":[{"line_id":"1","sku":"BRI-0002","quantity":1,"unit_price":4800}]}'
t=$(date +%s)
sig=$(printf '%s.%s' "$t" "$body" | openssl dgst -sha256 -hmac "$SIGNING_SECRET" -hex | sed 's/^.* //')
curl -X POST https://your-portal/api/v1/orders \\
  -H "Authorization: Bearer $API_KEY" -H "X-Signature: t=$t,v1=$sig" \\
  -H "Content-Type: application/json" --data "$body"`;

// Code, not words: the same in every language.
const AUTHORIZATION = "Authorization: Bearer <api key>";
const SIGNATURE = 'X-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">';

const code = (chunks: ReactNode) => <code className="break-all rounded bg-slate-100 px-1">{chunks}</code>;

/**
 * A readable page over the same OpenAPI document the API serves. The page's own words are
 * translated; the contract (titles, summaries, descriptions) stays as the API states it.
 */
export default async function ApiDocsPage() {
  const t = await getTranslations("admin.apiDocs");
  const paths = Object.entries(openApiDocument.paths) as [string, Record<string, { summary: string; description?: string }>][];
  return (
    <main className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-semibold tracking-tight">{openApiDocument.info.title}</h1>
      <p className="mt-3 text-slate-700">
        {t.rich("intro", {
          link: (chunks) => (
            <Link href="/api/v1/openapi.json" className="text-brand-700 underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
      <h2 className="mt-8 text-xl font-semibold">{t("authTitle")}</h2>
      <p className="mt-2 text-slate-700">{t.rich("authText", { code, authorization: AUTHORIZATION, signature: SIGNATURE })}</p>
      <pre className="mt-3 overflow-x-auto rounded-lg bg-slate-900 p-4 text-xs text-slate-100" tabIndex={0}>
        {SIGN_EXAMPLE}
      </pre>
      <h2 className="mt-8 text-xl font-semibold">{t("endpointsTitle")}</h2>
      <div className="mt-3 space-y-4">
        {paths.flatMap(([path, methods]) =>
          Object.entries(methods).map(([method, op]) => (
            <section key={`${method} ${path}`} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
              <h3 className="break-all font-mono text-sm font-semibold">
                <span className="mr-2 rounded bg-brand-50 px-1.5 py-0.5 text-brand-700">{method.toUpperCase()}</span>
                {path}
              </h3>
              <p className="mt-1 font-medium">{op.summary}</p>
              {op.description ? <p className="mt-1 text-sm text-slate-600">{op.description}</p> : null}
            </section>
          )),
        )}
      </div>
      <h2 className="mt-8 text-xl font-semibold">{t("errorsTitle")}</h2>
      <p className="mt-2 text-slate-700">{t.rich("errorsText", { code, body: `{ "error": { "code", "message" } }` })}</p>
    </main>
  );
}
