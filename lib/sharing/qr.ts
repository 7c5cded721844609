import "server-only";
import QRCode from "qrcode";

export const QR_FORMATS = ["png", "svg"] as const;
export type QrFormat = (typeof QR_FORMATS)[number];

const CONTENT_TYPES: Record<QrFormat, string> = { png: "image/png", svg: "image/svg+xml" };

/**
 * A printable QR code of a short link. Error correction "M" survives a smudged sticker; 1024 px
 * prints sharply on a flyer, and the SVG scales to any size.
 */
export async function renderQrCode(text: string, format: QrFormat): Promise<{ body: Uint8Array<ArrayBuffer>; contentType: string }> {
  const options = { errorCorrectionLevel: "M" as const, margin: 2, color: { dark: "#0f172a", light: "#ffffff" } };
  const body =
    format === "png" ? new Uint8Array(await QRCode.toBuffer(text, { ...options, type: "png", width: 1024 })) : new TextEncoder().encode(await QRCode.toString(text, { ...options, type: "svg" }));
  return { body, contentType: CONTENT_TYPES[format] };
}
