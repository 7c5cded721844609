import "server-only";

/**
 * Uploaded pictures (product images, shop logos, campaign banners). The type is read from the
 * file's first bytes, not from its name or the browser's claim, and only raster formats are
 * accepted: an SVG can carry script.
 */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

const SIGNATURES: { type: string; test: (b: Uint8Array) => boolean }[] = [
  { type: "image/png", test: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 },
  { type: "image/jpeg", test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: "image/gif", test: (b) => b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38 },
  {
    type: "image/webp",
    test: (b) => b[0] === 0x52 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x46 && b[8] === 0x57 && b[9] === 0x45 && b[10] === 0x42 && b[11] === 0x50,
  },
];

export type ImageCheck = { ok: true; contentType: string; bytes: Buffer } | { ok: false; error: string };

export function checkImage(bytes: Uint8Array): ImageCheck {
  if (bytes.byteLength === 0) return { ok: false, error: "The file is empty" };
  if (bytes.byteLength > MAX_IMAGE_BYTES) return { ok: false, error: `The image is too big: at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB` };
  const match = SIGNATURES.find((s) => s.test(bytes));
  if (!match) return { ok: false, error: "That file is not an image: use PNG, JPEG, WebP or GIF" };
  return { ok: true, contentType: match.type, bytes: Buffer.from(bytes) };
}

/** A File from a form, or nothing when the field was left empty (browsers send an empty file). */
export async function readUpload(value: FormDataEntryValue | null | undefined): Promise<ImageCheck | null> {
  if (!value || typeof value === "string" || value.size === 0) return null;
  if (value.size > MAX_IMAGE_BYTES) return { ok: false, error: `The image is too big: at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB` };
  return checkImage(new Uint8Array(await value.arrayBuffer()));
}
