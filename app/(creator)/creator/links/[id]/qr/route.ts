import { getDb } from "@/db";
import { findCreatorLink } from "@/db/queries/creator-links";
import { currentUser } from "@/server/session";
import { isId } from "@/lib/ids";
import { readSearchParams } from "@/lib/validation/search-params";
import { renderQrCode, QR_FORMATS, type QrFormat } from "@/lib/sharing/qr";
import { publicOrigin, shortLinkUrl } from "@/lib/sharing/short-link";

export const dynamic = "force-dynamic";

const error = (status: number, code: string, message: string) => Response.json({ error: { code, message } }, { status });

/**
 * GET ?format=png|svg[&download=1]: the QR code of one of the signed-in creator's links. Another
 * creator's link id answers 404, the same as a link that does not exist.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  if (!user) return error(401, "unauthenticated", "Sign in again.");
  if (user.role !== "creator") return error(403, "forbidden", "Only creators have links.");
  const { id } = await params;
  const query = readSearchParams(new URL(request.url).searchParams, ["format", "download"]);
  const format = query.format ?? "png";
  if (!(QR_FORMATS as readonly string[]).includes(format)) return error(422, "invalid_format", "Ask for format=png or format=svg.");
  const link = isId(id, "lnk") ? await findCreatorLink(await getDb(), { creatorId: user.id, linkId: id }) : undefined;
  if (!link) return error(404, "not_found", "The link was not found.");
  const { body, contentType } = await renderQrCode(shortLinkUrl(publicOrigin(request.headers), link.code), format as QrFormat);
  const headers: Record<string, string> = {
    "Content-Type": contentType,
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
  };
  if (query.download === "1") headers["Content-Disposition"] = `attachment; filename="linkshare-${link.code}.${format}"`;
  return new Response(body, { headers });
}
