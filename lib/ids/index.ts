import "server-only";

export const ID_PREFIXES = {
  user: "usr",
  shop: "shp",
  shopDomain: "dom",
  product: "prd",
  rateChange: "prc",
  targetedPlan: "tpl",
  campaign: "cmp",
  creatorProfile: "crp",
  showcaseItem: "shi",
  link: "lnk",
  click: "clk",
  order: "ord",
  orderLine: "oln",
  orderEvent: "oev",
  commission: "com",
  commissionEvent: "cev",
  walletEntry: "wle",
  payoutMethod: "pym",
  withdrawal: "wdr",
  apiKey: "key",
  media: "med",
  auditLog: "aud",
  signInAttempt: "sia",
  passwordResetToken: "prt",
  outboxMessage: "msg",
  rateLimitEvent: "rle",
  followerClaim: "fcl",
  notification: "ntf",
  messageThread: "mth",
  message: "mes",
} as const;

export type IdEntity = keyof typeof ID_PREFIXES;
export type IdPrefix = (typeof ID_PREFIXES)[IdEntity];

/** Crockford base32: no I, L, O, U, so ids survive being read aloud or retyped. */
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const TIME_CHARS = 10; // 48 bits of milliseconds
const RANDOM_CHARS = 16; // 80 random bits
const RANDOM_LIMIT = 1n << 80n;
const ID_PATTERN = /^([a-z]{3})_[0-9A-HJKMNP-TV-Z]{26}$/;

// Random bytes are drawn from the system in blocks of 4 KiB: one call per id (a batch of orders
// makes dozens) cost more than the rest of making the id.
const POOL_SIZE = 4096;
const pool = new Uint8Array(POOL_SIZE);
let poolOffset = POOL_SIZE;

/** `count` fresh random bytes (at most POOL_SIZE); each byte is handed out once. */
function randomBytes(count: number): Uint8Array {
  if (poolOffset + count > POOL_SIZE) {
    crypto.getRandomValues(pool);
    poolOffset = 0;
  }
  poolOffset += count;
  return pool.subarray(poolOffset - count, poolOffset);
}

function randomBigInt(bytes: number): bigint {
  return randomBytes(bytes).reduce((acc, byte) => (acc << 8n) | BigInt(byte), 0n);
}

function encode(value: bigint, chars: number): string {
  let out = "";
  for (let i = 0; i < chars; i++) {
    out = CROCKFORD.charAt(Number(value & 31n)) + out;
    value >>= 5n;
  }
  return out;
}

let lastTime = -1;
let lastRandom = 0n;

/**
 * Next (time, random) pair, strictly greater than the previous one in this
 * process. Within one millisecond the random part is bumped by a random step
 * (not +1) so a neighbour's id cannot be derived from a known one. If the wall
 * clock steps backwards we keep the last timestamp rather than break ordering.
 */
function nextTimeAndRandom(): [number, bigint] {
  // Real time on purpose, not the shiftable app clock: ids must sort by insertion order.
  const now = Date.now();
  if (now > lastTime) {
    lastTime = now;
    lastRandom = randomBigInt(10);
    return [lastTime, lastRandom];
  }
  const bumped = lastRandom + 1n + randomBigInt(4);
  if (bumped < RANDOM_LIMIT) {
    lastRandom = bumped;
  } else {
    // Random space for this millisecond exhausted: borrow the next millisecond.
    lastTime += 1;
    lastRandom = randomBigInt(10);
  }
  return [lastTime, lastRandom];
}

/** Sortable, unguessable id such as "usr_01JD5Z3K8Q...": prefix, "_", 26-char ULID. */
export function newId(prefix: IdPrefix): string {
  const [time, random] = nextTimeAndRandom();
  return `${prefix}_${encode(BigInt(time), TIME_CHARS)}${encode(random, RANDOM_CHARS)}`;
}

/** Shape check for ids arriving from URLs or forms, optionally for one entity's prefix. */
export function isId(value: unknown, prefix?: IdPrefix): value is string {
  if (typeof value !== "string") return false;
  const match = ID_PATTERN.exec(value);
  if (!match) return false;
  return prefix === undefined || match[1] === prefix;
}

/**
 * Alphabet for short codes that people may read or type: URL-safe, and without
 * look-alikes (0/O/o, 1/l/I/i).
 */
export const CODE_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";

// Largest multiple of the alphabet size that fits in a byte; bytes at or above it are
// discarded so every character is equally likely (no modulo bias).
const CODE_BYTE_LIMIT = 256 - (256 % CODE_ALPHABET.length);

/** Random short-link code of `length` characters from CODE_ALPHABET. */
export function randomCode(length: number): string {
  if (!Number.isInteger(length) || length < 1 || length > 256) {
    throw new RangeError(`Code length must be an integer from 1 to 256, got ${length}`);
  }
  let out = "";
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte >= CODE_BYTE_LIMIT) continue;
      out += CODE_ALPHABET.charAt(byte % CODE_ALPHABET.length);
      if (out.length === length) break;
    }
  }
  return out;
}
