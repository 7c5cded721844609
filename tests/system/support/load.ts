import { clickIdOf, followLink, type Reply } from "./http";

export type LoadResult = { sent: number; replies: number; errors: number; statuses: Map<number, number>; firstError: string | null };

export type Load = { done: Promise<LoadResult>; inFlight: () => number; stop: () => void };

/**
 * `concurrency` loops sending one request after another until `maxRequests` are sent or `maxMs`
 * have passed (or, with `stopOnError`, until a loop's request fails): bounded in time and count.
 */
export function runLoad(options: {
  concurrency: number;
  maxMs: number;
  maxRequests: number;
  send: () => Promise<Reply>;
  onReply?: (reply: Reply) => void;
  stopOnError?: boolean;
}): Load {
  const result: LoadResult = { sent: 0, replies: 0, errors: 0, statuses: new Map(), firstError: null };
  const deadline = Date.now() + options.maxMs;
  let inFlight = 0;
  let stopped = false;
  const loop = async () => {
    while (!stopped && Date.now() < deadline && result.sent < options.maxRequests) {
      result.sent++;
      inFlight++;
      try {
        const reply = await options.send();
        result.replies++;
        result.statuses.set(reply.status, (result.statuses.get(reply.status) ?? 0) + 1);
        options.onReply?.(reply);
      } catch (error) {
        result.errors++;
        result.firstError ??= String(error);
        if (options.stopOnError) return;
      } finally {
        inFlight--;
      }
    }
  };
  const done = Promise.all(Array.from({ length: options.concurrency }, loop)).then(() => result);
  return { done, inFlight: () => inFlight, stop: () => (stopped = true) };
}

/**
 * What runLoad sends for buyers following short links: each request a random one of `codes`, and
 * the click id of every redirect received pushed onto `clickIds`.
 */
export function followingLinks(baseUrl: string, codes: string[], clickIds: string[], options: { timeoutMs?: number } = {}): Pick<Parameters<typeof runLoad>[0], "send" | "onReply"> {
  return {
    send: () => followLink(baseUrl, codes[Math.floor(Math.random() * codes.length)]!, options),
    onReply: (reply) => {
      if (reply.status === 302) clickIds.push(clickIdOf(reply.location)!);
    },
  };
}
