import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Every route handler in app/ is built by one of the wrappers, so every one gets the same error
 * mapping, and a session route the same session, role, Origin and body checks:
 *   sessionRoute (server/session-route.ts): behind a session;
 *   publicRoute (server/public-route.ts): no session (health, metrics, media, short links, OpenAPI);
 *   apiRoute (lib/api/handler.ts): the conversion API (bearer key and signature).
 * A static check of the source: `export const GET = sessionRoute(…)`, with the wrapper imported
 * from its module. EXCEPTIONS are the handlers that may not use one, each with its reason.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;
const WRAPPERS: Record<string, string> = {
  sessionRoute: "@/server/session-route",
  publicRoute: "@/server/public-route",
  apiRoute: "@/lib/api/handler",
};
const EXCEPTIONS: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts": "next-auth's own handlers (sign-in, callbacks, session), with its own errors and CSRF check",
};

function routeFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return routeFiles(rel);
    return /^route\.(ts|tsx|js|mjs)$/.test(entry.name) ? [rel] : [];
  });
}

/** What is wrong with one route file's exported method handlers (empty when every one is wrapped). */
function unwrappedHandlers(source: string): string[] {
  const problems: string[] = [];
  const methods = METHODS.join("|");
  for (const match of source.matchAll(new RegExp(`export\\s+(?:async\\s+)?function\\s+(${methods})\\b`, "g"))) {
    problems.push(`${match[1]} is a plain function`);
  }
  for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of match[1]!.split(",")) {
      const exported = part.trim().split(/\s+as\s+/).pop();
      if (exported && (METHODS as readonly string[]).includes(exported)) problems.push(`${exported} is re-exported, not built by a wrapper`);
    }
  }
  for (const match of source.matchAll(new RegExp(`export\\s+(?:const|let|var)\\s+(${methods})\\b\\s*(?::[^=]+)?=\\s*([\\w$]+)\\s*[(<]`, "g"))) {
    const [, method, wrapper] = match;
    const from = WRAPPERS[wrapper!];
    if (!from) problems.push(`${method} is built by ${wrapper}, not by ${Object.keys(WRAPPERS).join("/")}`);
    else if (!new RegExp(`import\\s*\\{[^}]*\\b${wrapper}\\b[^}]*\\}\\s*from\\s*"${from.replace("/", "\\/")}"`).test(source)) {
      problems.push(`${method}'s ${wrapper} is not imported from ${from}`);
    }
  }
  const declared = [...source.matchAll(new RegExp(`export\\s+(?:async\\s+)?(?:const|let|var|function)\\s+(${methods})\\b`, "g"))].map((m) => m[1]);
  const wrapped = [...source.matchAll(new RegExp(`export\\s+(?:const|let|var)\\s+(${methods})\\b\\s*(?::[^=]+)?=\\s*[\\w$]+\\s*[(<]`, "g"))].map((m) => m[1]);
  for (const method of declared) {
    if (!wrapped.includes(method) && !problems.some((p) => p.startsWith(`${method} `))) problems.push(`${method} is not built by a wrapper call`);
  }
  return problems;
}

describe("route handlers", () => {
  const files = routeFiles("app");

  it("are found (the check reads the real tree)", () => {
    expect(files.length).toBeGreaterThanOrEqual(16);
    for (const file of Object.keys(EXCEPTIONS)) expect(files).toContain(file);
  });

  it("are all built by sessionRoute, publicRoute or apiRoute, but for the listed exceptions", () => {
    const problems: string[] = [];
    for (const file of files) {
      if (EXCEPTIONS[file]) continue;
      const source = readFileSync(path.join(ROOT, file), "utf8");
      for (const problem of unwrappedHandlers(source)) problems.push(`${file}: ${problem}`);
    }
    expect(problems).toEqual([]);
  });

  it("the check catches a plain function, a re-export, another wrapper and a wrapper imported from elsewhere", () => {
    expect(unwrappedHandlers(`export async function GET() { return new Response(""); }`)).toEqual(["GET is a plain function"]);
    expect(unwrappedHandlers(`async function follow() {}\nexport { follow as GET, follow as HEAD };`)).toEqual([
      "GET is re-exported, not built by a wrapper",
      "HEAD is re-exported, not built by a wrapper",
    ]);
    expect(unwrappedHandlers(`import { wrap } from "./wrap";\nexport const POST = wrap(async () => new Response(""));`)).toEqual([
      "POST is built by wrap, not by sessionRoute/publicRoute/apiRoute",
    ]);
    expect(unwrappedHandlers(`import { sessionRoute } from "./elsewhere";\nexport const GET = sessionRoute({ role: "creator" }, h);`)).toEqual([
      "GET's sessionRoute is not imported from @/server/session-route",
    ]);
    expect(unwrappedHandlers(`export const GET = (request: Request) => new Response("");`)).toEqual(["GET is not built by a wrapper call"]);
    expect(unwrappedHandlers(`import { sessionRoute } from "@/server/session-route";\nexport const GET = sessionRoute<"creator", { id: string }>({ role: "creator" }, h);`)).toEqual([]);
    expect(unwrappedHandlers(`import { publicRoute, type RouteContext } from "@/server/public-route";\nexport const GET = publicRoute(follow);`)).toEqual([]);
  });
});
