import "server-only";
import { getDb } from "@/db";
import type { Database } from "@/db/client";
import { findApiKeysByHash, touchApiKeyLastUsed } from "@/db/queries/api-keys";
import type { ApiKey, Shop } from "@/db/schema";
import { now } from "@/lib/clock";
import { GroupCommit } from "@/lib/group-commit";
import { declaresMoreThan, readLimitedBody } from "@/lib/http/body";
import { ApiError, apiAnswer, apiErrorAnswer } from "./errors";
import { API_KEY_PREFIX, hashApiKey } from "./keys";
import { SIGNATURE_HEADER, verifySignature, type SignatureFailure } from "./signature";

/** Conversion payloads are a handful of order lines; anything near this is a mistake or an attack. */
export const MAX_BODY_BYTES = 256 * 1024;

const BODY_METHODS = new Set(["POST", "PUT", "PATCH"]);
// Only the API key's last use is written for a good request, and at most once a minute per key.
const LAST_USED_RESOLUTION_MS = 60_000;
const BEARER = /^Bearer\s+(\S+)\s*$/i;
const KEY_SHAPE = new RegExp(`^${API_KEY_PREFIX}[A-Za-z0-9]{1,100}$`);

/**
 * The parts of a request the API reads, whichever server received it: Next's route handlers
 * (apiRoute, below) or the server process itself for the busiest endpoint (lib/api/node.ts).
 */
export type ApiRequest = {
  method: string;
  /** A header's value, any case of its name; null when absent. */
  header: (name: string) => string | null;
  /** The body's bytes, refused with tooLarge() as soon as they pass `limit`. */
  readBody: (limit: number) => Promise<Buffer>;
};

/** What the API answers: a status, its headers and a JSON text (null for no body). */
export type ApiAnswer = { status: number; headers: Record<string, string>; body: string | null };

export type ApiContext<P> = {
  /** The body exactly as received (the bytes the signature covers). */
  rawBody: Buffer;
  /** The parsed JSON body for POST, PUT and PATCH; undefined for other methods. */
  json: unknown;
  /** The shop the API key belongs to: every query the handler runs must be scoped to it. */
  shop: Shop;
  /** The calling key, without its hash or signing secret. */
  apiKey: Pick<ApiKey, "id" | "name" | "prefix">;
  db: Database;
  params: P;
};

/** What a handler may answer: apiReply(body, status), data as a 200 JSON body, nothing as 204. */
export type ApiHandler<P> = (context: ApiContext<P>) => Promise<unknown>;

const SIGNATURE_ERRORS: Record<SignatureFailure, [code: string, message: string]> = {
  missing: ["invalid_signature", `Missing ${SIGNATURE_HEADER} header: sign every request, GET included.`],
  malformed: ["invalid_signature", `Malformed ${SIGNATURE_HEADER} header: expected t=<unix seconds>,v1=<hex HMAC-SHA256>.`],
  mismatch: ["invalid_signature", 'The signature does not match the request: sign "<t>.<raw body>" with your signing secret.'],
  timestamp: ["timestamp_out_of_range", "The signature's timestamp is more than 5 minutes away from the server's time: check your clock."],
};

/** The refusal of a body past MAX_BODY_BYTES (a request's readBody throws it). */
export function tooLarge(): ApiError {
  return new ApiError(413, "payload_too_large", `The request body is larger than ${MAX_BODY_BYTES / 1024} KB.`);
}

/** A body that broke off while being read (the client went away, or sent a broken chunk). */
export function unreadableBody(): ApiError {
  return new ApiError(400, "invalid_body", "The request body could not be read.");
}

type FoundKey = Awaited<ReturnType<typeof findApiKeysByHash>> extends Map<string, infer V> ? V : never;

// Requests arriving together look their keys up in one statement (a fresh read each time, so a
// revoked key is refused at once); one lookup queue per database handle, as for the orders.
const keyLookups = new WeakMap<Database, GroupCommit<string, FoundKey | undefined>>();

function findApiKey(db: Database, keyHash: string): Promise<FoundKey | undefined> {
  let lookup = keyLookups.get(db);
  if (!lookup) {
    lookup = new GroupCommit(
      async (hashes) => {
        const found = await findApiKeysByHash(db, hashes);
        return hashes.map((hash) => ({ ok: true as const, value: found.get(hash) }));
      },
      { inFlight: 2 },
    );
    keyLookups.set(db, lookup);
  }
  return lookup.submit(keyHash);
}

async function authenticate(db: Database, request: ApiRequest) {
  const match = BEARER.exec(request.header("authorization") ?? "");
  if (!match) throw new ApiError(401, "unauthorized", "Missing API key: send it as Authorization: Bearer <api key>.");
  const key = match[1]!;
  const found = KEY_SHAPE.test(key) ? await findApiKey(db, hashApiKey(key)) : undefined;
  if (!found) throw new ApiError(401, "unauthorized", "Invalid API key.");
  if (found.apiKey.revokedAt) throw new ApiError(401, "key_revoked", "This API key has been revoked. Create a new one on your API keys page.");
  return found;
}

function parseJson(rawBody: Buffer): unknown {
  try {
    // fatal: bytes that are not UTF-8 are refused rather than silently replaced.
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(rawBody));
  } catch {
    throw new ApiError(400, "invalid_json", "The request body must be valid JSON (UTF-8).");
  }
}

/**
 * Answers one API request, whichever server received it: reads the body (at most 256 KB),
 * authenticates the bearer key, checks the signature over the exact bytes received, parses JSON,
 * runs the handler and maps whatever it throws to an error body (see ./errors). A refused request
 * writes nothing. GET requests are signed too, over the empty body.
 */
export async function answerApiRequest<P>(request: ApiRequest, handler: ApiHandler<P>, params: () => Promise<P>): Promise<ApiAnswer> {
  try {
    if (declaresMoreThan({ get: request.header }, MAX_BODY_BYTES)) throw tooLarge();
    const rawBody = await request.readBody(MAX_BODY_BYTES);
    const db = await getDb();
    const { apiKey, shop } = await authenticate(db, request);
    // The caller's wall clock against ours: real time, never the demo clock, which may be shifted.
    const check = verifySignature({ header: request.header(SIGNATURE_HEADER), rawBody, secret: apiKey.signingSecret, now: new Date() });
    if (!check.ok) throw new ApiError(401, ...SIGNATURE_ERRORS[check.reason]);
    const at = now();
    if (!apiKey.lastUsedAt || at.getTime() - apiKey.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
      await touchApiKeyLastUsed(db, apiKey.id, at, LAST_USED_RESOLUTION_MS);
    }
    const json = BODY_METHODS.has(request.method.toUpperCase()) ? parseJson(rawBody) : undefined;
    const result = await handler({ rawBody, json, shop, apiKey: { id: apiKey.id, name: apiKey.name, prefix: apiKey.prefix }, db, params: await params() });
    if (result instanceof ApiReply) return apiAnswer(result.body, { status: result.status });
    if (result === undefined) return { status: 204, headers: { "Cache-Control": "no-store" }, body: null };
    return apiAnswer(result);
  } catch (error) {
    return apiErrorAnswer(error);
  }
}

/** A handler's answer with a status other than 200 (201 created, say). */
export class ApiReply {
  constructor(
    readonly body: unknown,
    readonly status: number,
  ) {}
}

export function apiReply(body: unknown, status: number): ApiReply {
  return new ApiReply(body, status);
}

/** The answer as a web Response, for a route handler. */
function toResponse(answer: ApiAnswer): Response {
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}

/** The conversion API's route handlers: answerApiRequest over Next's web Request. */
export function apiRoute<P = Record<string, never>>(handler: ApiHandler<P>) {
  return async (request: Request, context?: { params: Promise<P> }): Promise<Response> => {
    const input: ApiRequest = { method: request.method, header: (name) => request.headers.get(name), readBody: (limit) => readLimitedBody(request, limit, { tooLarge, unreadable: unreadableBody }) };
    return toResponse(await answerApiRequest(input, handler, async () => ((await context?.params) ?? {}) as P));
  };
}
