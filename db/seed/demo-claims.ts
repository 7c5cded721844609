import { deflateSync } from "node:zlib";
import { addDays } from "@/lib/clock";
import { newId } from "@/lib/ids";
import type * as t from "../schema";

type Creator = { id: string; email: string; followers?: number };

/** A small solid PNG standing in for a profile screenshot (the seed reads no files). */
function placeholderScreenshot(): Buffer {
  const width = 48;
  const height = 80;
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0xe2)]);
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(Buffer.concat(Array(height).fill(row)))), chunk("IEND", Buffer.alloc(0))]);
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/**
 * The demo creators' verified followers as approved Instagram claims (the verified total is the sum
 * of approved accounts, so a later decision keeps it), and Leo's TikTok claim waiting in the admin's
 * queue at /admin/creators.
 */
export function buildDemoClaims(creators: readonly Creator[], adminId: string, now: Date) {
  const bytes = placeholderScreenshot();
  const media: (typeof t.media.$inferInsert)[] = [];
  const claims: (typeof t.followerClaims.$inferInsert)[] = [];
  const proof = (ownerUserId: string, at: Date) => {
    const id = newId("med");
    media.push({ id, ownerUserId, contentType: "image/png", byteSize: bytes.byteLength, bytes, createdAt: at });
    return id;
  };
  for (const c of creators) {
    if (!c.followers) continue;
    const handle = c.email.split("@")[0]!;
    const sent = addDays(now, -32);
    claims.push({
      id: newId("fcl"),
      creatorId: c.id,
      platform: "instagram",
      profileUrl: `https://www.instagram.com/${handle}.demo`,
      claimedCount: c.followers,
      proofMediaId: proof(c.id, sent),
      state: "approved",
      decidedCount: c.followers,
      decidedBy: adminId,
      decidedAt: addDays(now, -30),
      createdAt: sent,
    });
    if (handle === "leo") {
      const waiting = addDays(now, -1);
      claims.push({ id: newId("fcl"), creatorId: c.id, platform: "tiktok", profileUrl: "https://www.tiktok.com/@leo.demo", claimedCount: 420, proofMediaId: proof(c.id, waiting), createdAt: waiting });
    }
  }
  return { media, claims };
}
