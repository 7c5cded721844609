import http from "node:http";
import { CLICK_PARAM } from "@/lib/links/destination";

/** A buyer's browser: requests without a browser User-Agent are bots and are not counted. */
export const BROWSER_UA =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

export type Reply = { status: number; location: string | null; body: string; ms: number };

const sharedAgent = new http.Agent({ keepAlive: true });

/** One GET with no redirect following; rejects on a network error or after `timeoutMs`. */
export function httpGet(url: string, options: { headers?: Record<string, string>; timeoutMs?: number; agent?: http.Agent } = {}): Promise<Reply> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: options.headers, agent: options.agent ?? sharedAgent }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          location: response.headers.location ?? null,
          body: Buffer.concat(chunks).toString("utf8"),
          ms: performance.now() - started,
        }),
      );
    });
    request.setTimeout(options.timeoutMs ?? 15_000, () => request.destroy(new Error(`no answer from ${url} within ${options.timeoutMs ?? 15_000} ms`)));
    request.on("error", reject);
  });
}

/** A buyer follows a short link. */
export function followLink(baseUrl: string, code: string, options: { timeoutMs?: number; agent?: http.Agent } = {}): Promise<Reply> {
  return httpGet(`${baseUrl}/l/${code}`, { ...options, headers: { "user-agent": BROWSER_UA } });
}

/** The click id the redirect handed to the seller's site, or null. */
export function clickIdOf(location: string | null): string | null {
  return location ? new URL(location).searchParams.get(CLICK_PARAM) : null;
}

/** The counters of one server's /api/metrics, by name with labels (`portal_redirects_total`). */
export async function readMetrics(baseUrl: string): Promise<Map<string, number>> {
  const reply = await httpGet(`${baseUrl}/api/metrics`);
  if (reply.status !== 200) throw new Error(`/api/metrics answered ${reply.status}`);
  const metrics = new Map<string, number>();
  for (const line of reply.body.split("\n")) {
    const match = /^([a-z_]+(?:\{[^}]*\})?) (\S+)$/.exec(line);
    if (match) metrics.set(match[1]!, Number(match[2]));
  }
  return metrics;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
