import "server-only";
import { randomBytes } from "node:crypto";
import { Resolver } from "node:dns/promises";

/**
 * How a seller proves they control a web domain: publish the domain's token either as a DNS TXT
 * record `linkshare-verify=<token>` at `_linkshare.<domain>`, or as the whole content of the file
 * `https://<domain>/.well-known/linkshare-verify.txt`. Either one is enough.
 */
export const VERIFY_FILE_PATH = "/.well-known/linkshare-verify.txt";
export const TXT_PREFIX = "linkshare-verify=";
export const dnsRecordName = (domain: string) => `_linkshare.${domain}`;

const TIMEOUT_MS = 5_000;
/** The file holds a short token: anything bigger is not our file, and is not read further. */
const MAX_FILE_BYTES = 4_096;
const MAX_REDIRECTS = 3;

/** 24 URL-safe characters (144 random bits). Not a secret: it ends up in public DNS or on the site. */
export function newDomainToken(): string {
  return randomBytes(18).toString("base64url");
}

/** A TXT record (its chunks joined, as DNS may split long strings) that is exactly `linkshare-verify=<token>`. */
export function txtRecordsProve(records: readonly (readonly string[])[], token: string): boolean {
  return records.some((chunks) => chunks.join("").trim() === `${TXT_PREFIX}${token}`);
}

export function fileBodyProves(body: string, token: string): boolean {
  return body.trim() === token;
}

/**
 * DOMAIN_CHECK_OVERRIDES="shop.test=http://127.0.0.1:4123,other.test=https://127.0.0.1:8443": for
 * tests and development only. The file of a listed domain is fetched from that origin instead, and
 * its DNS is not asked, so checks never reach the internet. Malformed pairs are ignored.
 */
export function parseDomainCheckOverrides(value: string | undefined): Map<string, string> {
  const overrides = new Map<string, string>();
  for (const pair of (value ?? "").split(",")) {
    const [domain, origin] = pair.split("=").map((part) => part?.trim() ?? "");
    if (!domain || !origin) continue;
    try {
      const url = new URL(origin);
      if (url.protocol === "http:" || url.protocol === "https:") overrides.set(domain.toLowerCase(), url.origin);
    } catch {
      // not an origin: ignored, like any other malformed pair
    }
  }
  return overrides;
}

export type OwnershipCheckOptions = {
  /** Domain → origin to fetch the file from instead (and skip DNS); defaults to DOMAIN_CHECK_OVERRIDES. */
  overrides?: ReadonlyMap<string, string>;
  resolveTxt?: (name: string) => Promise<string[][]>;
  fetch?: typeof fetch;
  timeoutMs?: number;
};

export type OwnershipResult = { ok: true; method: "file" | "dns" } | { ok: false; error: string };

type Attempt = { ok: true } | { ok: false; error: string };

async function readLimited(response: Response, limit: number): Promise<string | null> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** The proof file, following redirects only on the same host (never to another site), within the timeout. */
async function checkFile(origin: string, token: string, fetchImpl: typeof fetch, timeoutMs: number): Promise<Attempt> {
  const signal = AbortSignal.timeout(timeoutMs);
  let url = new URL(VERIFY_FILE_PATH, origin);
  try {
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const response = await fetchImpl(url, { redirect: "manual", signal, headers: { accept: "text/plain" } });
      if (response.status >= 300 && response.status < 400) {
        await response.body?.cancel();
        const location = response.headers.get("location");
        const next = location ? new URL(location, url) : null;
        if (!next || next.host !== url.host || next.protocol !== url.protocol) return { ok: false, error: "the file redirects to another site" };
        url = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return { ok: false, error: `${VERIFY_FILE_PATH} answered HTTP ${response.status}` };
      }
      const body = await readLimited(response, MAX_FILE_BYTES);
      if (body === null) return { ok: false, error: `${VERIFY_FILE_PATH} is too big to be the token file` };
      return fileBodyProves(body, token) ? { ok: true } : { ok: false, error: `${VERIFY_FILE_PATH} does not hold this domain's token` };
    }
    return { ok: false, error: "the file redirects too often" };
  } catch {
    // Only the kind of failure is told: the seller sees it, and it must not describe our network.
    if (signal.aborted) return { ok: false, error: `${VERIFY_FILE_PATH} did not answer within ${Math.round(timeoutMs / 1000)} s` };
    return { ok: false, error: `${VERIFY_FILE_PATH} could not be fetched over https` };
  }
}

async function checkDns(domain: string, token: string, resolveTxt: (name: string) => Promise<string[][]>): Promise<Attempt> {
  const name = dnsRecordName(domain);
  try {
    return txtRecordsProve(await resolveTxt(name), token) ? { ok: true } : { ok: false, error: `no TXT record ${TXT_PREFIX}<token> at ${name}` };
  } catch {
    return { ok: false, error: `no TXT record at ${name}` };
  }
}

function defaultResolveTxt(timeoutMs: number) {
  const resolver = new Resolver({ timeout: timeoutMs, tries: 1 });
  return (name: string) => resolver.resolveTxt(name);
}

/**
 * Whether the domain publishes its token (file or DNS, tried together). A domain listed in the
 * overrides is checked only against its local origin.
 */
export async function checkDomainOwnership(domain: string, token: string, options: OwnershipCheckOptions = {}): Promise<OwnershipResult> {
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  const fetchImpl = options.fetch ?? fetch;
  const overrides = options.overrides ?? parseDomainCheckOverrides(process.env.DOMAIN_CHECK_OVERRIDES);
  const override = overrides.get(domain);
  if (override) {
    const file = await checkFile(override, token, fetchImpl, timeoutMs);
    return file.ok ? { ok: true, method: "file" } : { ok: false, error: `File: ${file.error}.` };
  }
  const [file, dns] = await Promise.all([
    checkFile(`https://${domain}`, token, fetchImpl, timeoutMs),
    checkDns(domain, token, options.resolveTxt ?? defaultResolveTxt(timeoutMs)),
  ]);
  if (file.ok) return { ok: true, method: "file" };
  if (dns.ok) return { ok: true, method: "dns" };
  return { ok: false, error: `File: ${file.error}. DNS: ${dns.error}.` };
}
