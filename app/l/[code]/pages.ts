import { LOCALE_COOKIE, pickLocale } from "@/lib/i18n/locales";
import { readCookie } from "@/lib/links/visitors";
import { CATALOGUES } from "@/messages/catalogues";

/**
 * The short link's own answers when there is nowhere to send the buyer. Plain HTML built here: the
 * redirect is a route handler on the hot path and renders no React, so the language is picked from
 * the request's headers (the switch's cookie, else Accept-Language) the way i18n/request.ts does,
 * and the texts are read straight from the catalogue (buyer.linkError).
 */
const PAGES = {
  404: { title: "missingTitle", text: "missingText" },
  410: { title: "goneTitle", text: "goneText" },
  503: { title: "downTitle", text: "downText" },
} as const;

export function linkErrorPage(status: keyof typeof PAGES, requestHeaders: Headers): Response {
  const locale = pickLocale({ cookie: readCookie(requestHeaders.get("cookie"), LOCALE_COOKIE), acceptLanguage: requestHeaders.get("accept-language") });
  const texts = CATALOGUES[locale].buyer.linkError;
  const page = { title: texts[PAGES[status].title], text: texts[PAGES[status].text] };
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} · Linkshare</title>
<style>body{margin:0;font-family:ui-sans-serif,system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;background:#f8fafc;color:#0f172a;display:flex;min-height:100vh;align-items:center;justify-content:center;padding:1rem}
main{max-width:28rem;text-align:center}p.code{color:#1d4fd8;font-weight:600;font-size:.875rem}h1{font-size:1.5rem;margin:.5rem 0}p{color:#475569}a{display:inline-block;margin-top:1.5rem;background:#2563eb;color:#fff;padding:.75rem 1rem;border-radius:.375rem;text-decoration:none;font-weight:500;min-height:44px;box-sizing:border-box}</style>
</head><body><main><p class="code">${status}</p><h1>${page.title}</h1><p>${page.text}</p><a href="/">${texts.goHome}</a></main></body></html>`;
  return new Response(html, {
    status,
    // The answer depends on the language headers: a shared cache must not hand one reader's language to another.
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", Vary: "Cookie, Accept-Language", ...(status === 503 ? { "Retry-After": "5" } : {}) },
  });
}
