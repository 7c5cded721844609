import type { Metadata } from "next";
import Link from "next/link";
import { openApiDocument } from "@/lib/api/openapi";

export const metadata: Metadata = { title: "Conversion API" };

const SIGN_EXAMPLE = `body='{"external_id":"1001","occurred_at":"2026-11-22T10:00:00Z","currency":"USD","click_id":"clk_…","lines":[{"line_id":"1","sku":"BRI-0002","quantity":1,"unit_price":4800}]}'
t=$(date +%s)
sig=$(printf '%s.%s' "$t" "$body" | openssl dgst -sha256 -hmac "$SIGNING_SECRET" -hex | sed 's/^.* //')
curl -X POST https://your-portal/api/v1/orders \\
  -H "Authorization: Bearer $API_KEY" -H "X-Signature: t=$t,v1=$sig" \\
  -H "Content-Type: application/json" --data "$body"`;

/** A readable page over the same OpenAPI document the API serves. */
export default function ApiDocsPage() {
  const paths = Object.entries(openApiDocument.paths) as [string, Record<string, { summary: string; description?: string }>][];
  return (
    <main className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-semibold tracking-tight">{openApiDocument.info.title}</h1>
      <p className="mt-3 text-slate-700">
        Report orders from your own checkout so the creators who sent the buyers earn on them. The machine-readable contract is at{" "}
        <Link href="/api/v1/openapi.json" className="text-brand-700 underline">
          /api/v1/openapi.json
        </Link>
        .
      </p>
      <h2 className="mt-8 text-xl font-semibold">Authentication and signatures</h2>
      <p className="mt-2 text-slate-700">
        Create a key on your seller pages (API keys). Send <code className="rounded bg-slate-100 px-1">Authorization: Bearer &lt;api key&gt;</code> and{" "}
        <code className="rounded bg-slate-100 px-1">X-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of &quot;&lt;t&gt;.&lt;raw body&gt;&quot;&gt;</code> with your signing secret. GET requests sign the
        empty body. A timestamp more than 5 minutes off, a bad signature or a revoked key answers 401 and writes nothing.
      </p>
      <pre className="mt-3 overflow-x-auto rounded-lg bg-slate-900 p-4 text-xs text-slate-100">{SIGN_EXAMPLE}</pre>
      <h2 className="mt-8 text-xl font-semibold">Endpoints</h2>
      <div className="mt-3 space-y-4">
        {paths.flatMap(([path, methods]) =>
          Object.entries(methods).map(([method, op]) => (
            <section key={`${method} ${path}`} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
              <h3 className="font-mono text-sm font-semibold">
                <span className="mr-2 rounded bg-brand-50 px-1.5 py-0.5 text-brand-700">{method.toUpperCase()}</span>
                {path}
              </h3>
              <p className="mt-1 font-medium">{op.summary}</p>
              {op.description ? <p className="mt-1 text-sm text-slate-600">{op.description}</p> : null}
            </section>
          )),
        )}
      </div>
      <h2 className="mt-8 text-xl font-semibold">Errors</h2>
      <p className="mt-2 text-slate-700">
        Every error has the body <code className="rounded bg-slate-100 px-1">{`{ "error": { "code", "message" } }`}</code>; validation failures (422) also name each failing field in{" "}
        <code className="rounded bg-slate-100 px-1">error.fields</code>. Money is always in integer minor units of your shop&apos;s currency.
      </p>
    </main>
  );
}
