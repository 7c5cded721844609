import "server-only";

/**
 * The size-limited body reader of every route handler that takes a body (the public API's
 * apiRoute and the session routes' sessionRoute): reading stops as soon as the bytes pass the
 * limit, so a huge body is never held in memory.
 */

export type BodyRefusals = {
  /** Thrown when the body (declared or received) is larger than the limit. */
  tooLarge: () => Error;
  /** Thrown when the body broke off while being read (the client went away, or sent a broken chunk). */
  unreadable: () => Error;
};

/** Whether the request's Content-Length already says the body is too large. */
export function declaresMoreThan(headers: { get(name: string): string | null }, limit: number): boolean {
  const declared = Number(headers.get("content-length"));
  return Number.isFinite(declared) && declared > limit;
}

/** A web Request's body as bytes, refused as soon as it passes the limit. */
export async function readLimitedBody(request: Request, limit: number, refuse: BodyRefusals): Promise<Buffer> {
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let tooLarge = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        tooLarge = true;
        await reader.cancel().catch(() => undefined);
        break;
      }
      chunks.push(value);
    }
  } catch {
    throw refuse.unreadable();
  }
  if (tooLarge) throw refuse.tooLarge();
  return Buffer.concat(chunks, size);
}
