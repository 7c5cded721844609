import { describe, expect, it } from "vitest";
import type { NewClick } from "@/db/queries/links";
import { ClickWriter, markRepeatsInBatch } from "@/lib/links/click-writer";
import { linkDestination } from "@/lib/links/destination";
import { LinkCache } from "@/lib/links/link-cache";
import { isUncountedRequest, visitorCookie, visitorIdFrom } from "@/lib/links/visitors";

const click = (id: string, linkId = "lnk_1", visitorId = "v_a"): NewClick => ({
  id,
  linkId,
  clickedAt: new Date(0),
  visitorId,
  ipHash: null,
  userAgent: null,
  referrer: null,
  isBot: false,
  earning: true,
  uniqueCandidate: true,
});

describe("group commit of clicks", () => {
  it("writes clicks that arrive together in one statement, and resolves each only after it", async () => {
    const writes: string[][] = [];
    const writer = new ClickWriter(async (batch) => {
      await new Promise((r) => setTimeout(r, 5));
      writes.push(batch.map((c) => c.id));
    });
    await Promise.all(Array.from({ length: 50 }, (_, i) => writer.record(click(`clk_${i}`))));
    expect(writes.flat()).toHaveLength(50);
    expect(writes.length).toBe(1);
  });

  it("puts clicks that arrive during a write into the next batch", async () => {
    const writes: number[] = [];
    const writer = new ClickWriter(async (batch) => {
      writes.push(batch.length);
      await new Promise((r) => setTimeout(r, 10));
    });
    const first = writer.record(click("clk_first"));
    await new Promise((r) => setTimeout(r, 2));
    await Promise.all([first, ...Array.from({ length: 20 }, (_, i) => writer.record(click(`clk_${i}`)))]);
    expect(writes).toEqual([1, 20]);
  });

  it("rejects every click of a batch that could not be written, and recovers for the next", async () => {
    let fail = true;
    const writer = new ClickWriter(async () => {
      if (fail) throw new Error("connection refused");
    });
    const results = await Promise.allSettled([writer.record(click("a")), writer.record(click("b"))]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    fail = false;
    await expect(writer.record(click("c"))).resolves.toBeUndefined();
  });

  it("caps a batch at its maximum size", async () => {
    const sizes: number[] = [];
    const writer = new ClickWriter(async (batch) => void sizes.push(batch.length), { maxBatch: 10 });
    await Promise.all(Array.from({ length: 25 }, (_, i) => writer.record(click(`clk_${i}`))));
    expect(sizes).toEqual([10, 10, 5]);
  });

  it("drops a click still waiting when its caller gives up, so a lost click is never written later", async () => {
    const written: string[] = [];
    let release!: () => void;
    const stalled = new Promise<void>((r) => (release = r));
    const writer = new ClickWriter(async (batch) => {
      await stalled;
      written.push(...batch.map((c) => c.id));
    });
    const inFlight = writer.record(click("in-flight"), 20);
    await new Promise((r) => setTimeout(r, 5));
    const queued = writer.record(click("queued"), 20);
    await expect(queued).rejects.toThrow(/not written within 20 ms/);
    release();
    await expect(inFlight).resolves.toBeUndefined();
    await new Promise((r) => setTimeout(r, 5));
    expect(written).toEqual(["in-flight"]);
  });

  it("refuses clicks beyond its queue size instead of growing without bound", async () => {
    let release!: () => void;
    const stalled = new Promise<void>((r) => (release = r));
    const writer = new ClickWriter(() => stalled, { maxQueue: 2, maxBatch: 1 });
    const first = writer.record(click("1"));
    await new Promise((r) => setTimeout(r, 5));
    const queued = [writer.record(click("2")), writer.record(click("3"))];
    await expect(writer.record(click("4"))).rejects.toThrow(/queue is full/);
    release();
    await Promise.all([first, ...queued]);
  });

  it("lets only a visitor's first click on a link in a batch be unique", () => {
    const marked = markRepeatsInBatch([click("1"), click("2"), click("3", "lnk_2"), click("4", "lnk_1", "v_b")]);
    expect(marked.map((c) => c.uniqueCandidate)).toEqual([true, false, true, true]);
  });
});

describe("the link cache", () => {
  it("serves a fresh entry without asking the database, and asks again once it is older than the limit", async () => {
    let time = 0;
    let loads = 0;
    const cache = new LinkCache<string>(10, 4000, () => time);
    const load = async () => `v${++loads}`;
    expect(await cache.get("abc", load)).toEqual({ value: "v1", source: "loaded" });
    time = 3999;
    expect(await cache.get("abc", load)).toEqual({ value: "v1", source: "fresh" });
    time = 4000;
    expect(await cache.get("abc", load)).toEqual({ value: "v2", source: "loaded" });
  });

  it("counts an entry's age from when it was asked for, so a slow lookup that read the row before a disable is not trusted longer", async () => {
    let time = 0;
    let loads = 0;
    const cache = new LinkCache<string>(10, 4000, () => time);
    const slowLoad = async () => {
      time += 1500;
      return `v${++loads}`;
    };
    expect(await cache.get("abc", slowLoad)).toEqual({ value: "v1", source: "loaded" });
    time = 3999;
    expect(await cache.get("abc", slowLoad)).toEqual({ value: "v1", source: "fresh" });
    time = 4000;
    expect((await cache.get("abc", slowLoad)).source).toBe("loaded");
  });

  it("serves the stale entry when the database cannot answer, and fails without one", async () => {
    let time = 0;
    const cache = new LinkCache<string>(10, 1000, () => time);
    await cache.get("abc", async () => "dest");
    time = 5000;
    const down = async () => Promise.reject(new Error("down"));
    expect(await cache.get("abc", down)).toEqual({ value: "dest", source: "stale" });
    await expect(cache.get("other", down)).rejects.toThrow("down");
  });

  it("does not ask a failing database again for a while: buyers are not kept waiting during an outage", async () => {
    let time = 0;
    let attempts = 0;
    const cache = new LinkCache<string>(10, 1000, () => time);
    await cache.get("abc", async () => "dest");
    time = 5000;
    const down = async () => {
      attempts++;
      throw new Error("down");
    };
    await cache.get("abc", down);
    time = 5500;
    expect(await cache.get("abc", down)).toEqual({ value: "dest", source: "fresh" });
    expect(attempts).toBe(1);
  });

  it("shares one lookup between concurrent misses of the same code", async () => {
    let loads = 0;
    const cache = new LinkCache<string>();
    const load = async () => {
      loads++;
      await new Promise((r) => setTimeout(r, 5));
      return "dest";
    };
    await Promise.all([cache.get("abc", load), cache.get("abc", load), cache.get("abc", load)]);
    expect(loads).toBe(1);
  });

  it("forgets the least recently loaded code beyond its size", async () => {
    const cache = new LinkCache<string>(2);
    for (const code of ["a", "b", "c"]) await cache.get(code, async () => code);
    expect(cache.size).toBe(2);
    let reloaded = false;
    await cache.get("a", async () => ((reloaded = true), "a"));
    expect(reloaded).toBe(true);
  });
});

describe("where a link goes", () => {
  it("sends product links to the product page and campaign links to the campaign", () => {
    expect(linkDestination({ type: "product", product: { id: "prd_1", status: "active", externalUrl: null, externalUrlVerified: false, shopSlug: "s" } }, "clk_1").location).toBe("/p/prd_1");
    expect(linkDestination({ type: "campaign", campaign: { slug: "tet" } }, "clk_1").location).toBe("/c/tet");
    expect(linkDestination({ type: "showcase", creatorHandle: "mai" }, "clk_1").location).toBe("/s/mai");
  });

  it("keeps the seller's own query string and adds the click id", () => {
    const dest = linkDestination({ type: "product", product: { id: "prd_1", status: "active", externalUrl: "https://shop.example/p?ref=x&aff_click=old", externalUrlVerified: true, shopSlug: "s" } }, "clk_9");
    expect(dest.location).toBe("https://shop.example/p?ref=x&aff_click=clk_9");
  });
});

describe("visitors and bots", () => {
  it("accepts only visitor ids of its own shape", () => {
    expect(visitorIdFrom("v_ABCDEFGHJKLMNPQRSTUVWXYZ")).toBe("v_ABCDEFGHJKLMNPQRSTUVWXYZ");
    expect(visitorIdFrom("v_<script>")).toBeNull();
    expect(visitorIdFrom(undefined)).toBeNull();
  });

  it("sets a 14-day HttpOnly, SameSite=Lax cookie, Secure behind https", () => {
    expect(visitorCookie("v_x", false)).toBe("ls_vid=v_x; Path=/; Max-Age=1209600; HttpOnly; SameSite=Lax");
    expect(visitorCookie("v_x", true)).toMatch(/; Secure$/);
  });

  it.each([
    ["Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)"],
    ["WhatsApp/2.23.20.0"],
    ["TelegramBot (like TwitterBot)"],
    ["Googlebot/2.1 (+http://www.google.com/bot.html)"],
  ])("does not count %s", (agent) => {
    expect(isUncountedRequest("GET", agent)).toBe(true);
  });

  it("counts a browser's GET, but never a HEAD", () => {
    const safari = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
    expect(isUncountedRequest("GET", safari)).toBe(false);
    expect(isUncountedRequest("HEAD", safari)).toBe(true);
  });
});
