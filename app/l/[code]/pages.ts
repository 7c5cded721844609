/**
 * The short link's own answers when there is nowhere to send the buyer. Plain HTML built here: the
 * redirect is a route handler on the hot path and renders no React.
 */
const PAGES = {
  404: { title: "This link does not exist", text: "Check that the link was copied whole, or ask the person who shared it for a new one." },
  410: { title: "This link is no longer active", text: "The creator who shared it has turned it off. The product may still be on the shop." },
  503: { title: "We could not open this link just now", text: "Please try again in a moment." },
} as const;

export function linkErrorPage(status: keyof typeof PAGES): Response {
  const page = PAGES[status];
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} · Linkshare</title>
<style>body{margin:0;font-family:ui-sans-serif,system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;background:#f8fafc;color:#0f172a;display:flex;min-height:100vh;align-items:center;justify-content:center;padding:1rem}
main{max-width:28rem;text-align:center}p.code{color:#1d4fd8;font-weight:600;font-size:.875rem}h1{font-size:1.5rem;margin:.5rem 0}p{color:#475569}a{display:inline-block;margin-top:1.5rem;background:#2563eb;color:#fff;padding:.5rem 1rem;border-radius:.375rem;text-decoration:none;font-weight:500}</style>
</head><body><main><p class="code">${status}</p><h1>${page.title}</h1><p>${page.text}</p><a href="/">Go to Linkshare</a></main></body></html>`;
  return new Response(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", ...(status === 503 ? { "Retry-After": "5" } : {}) },
  });
}
