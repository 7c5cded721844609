import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { PAGE_ROUTES } from "@/app/page-routes";

const APP = join(process.cwd(), "app");

/** Every folder of app/ with a page.tsx, as its route: groups "(creator)" left out. */
function pageRoutes(dir = APP): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...pageRoutes(path));
    else if (name === "page.tsx") {
      const parts = relative(APP, dir).split(sep).filter((part) => part && !/^\(.*\)$/.test(part));
      found.push(`/${parts.join("/")}`);
    }
  }
  return found;
}

describe("the every-page list (app/page-routes.ts)", () => {
  it("has an entry for every page route of app/, and none for a route that is gone", () => {
    const listed = PAGE_ROUTES.map((r) => r.route);
    expect([...new Set(listed)].sort()).toEqual([...new Set(pageRoutes())].sort());
  });

  it("lists each route once", () => {
    const listed = PAGE_ROUTES.map((r) => r.route);
    expect(listed.filter((route, i) => listed.indexOf(route) !== i)).toEqual([]);
  });

  it("reaches a dynamic route through a link pattern or a purchase, a static one by its own path", () => {
    for (const entry of PAGE_ROUTES) {
      if ("path" in entry.reach && !entry.route.includes("[")) expect(entry.reach.path.split("?")[0], entry.route).toBe(entry.route);
    }
  });
});
