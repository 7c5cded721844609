import { findCreatorLink } from "@/db/queries/creator-links";
import { attachment } from "@/server/answers";
import { sessionRoute } from "@/server/session-route";
import { NotFoundError } from "@/lib/errors";
import { HttpError } from "@/lib/http/errors";
import { isId } from "@/lib/ids";
import { readSearchParams } from "@/lib/validation/search-params";
import { renderQrCode, QR_FORMATS, type QrFormat } from "@/lib/sharing/qr";
import { publicOrigin, shortLinkUrl } from "@/lib/sharing/short-link";

export const dynamic = "force-dynamic";

/**
 * GET ?format=png|svg[&download=1]: the QR code of one of the signed-in creator's links. Another
 * creator's link id answers 404, the same as a link that does not exist.
 */
export const GET = sessionRoute<"creator", { id: string }>(
  { role: "creator", refusals: { unauthenticated: "Sign in again.", forbidden: "Only creators have links." } },
  async ({ request, actor, params: { id } }) => {
    const query = readSearchParams(new URL(request.url).searchParams, ["format", "download"]);
    const format = query.format ?? "png";
    if (!(QR_FORMATS as readonly string[]).includes(format)) throw new HttpError(422, "invalid_format", "Ask for format=png or format=svg.");
    const link = isId(id, "lnk") ? await findCreatorLink(actor.db, { creatorId: actor.user.id, linkId: id }) : undefined;
    if (!link) throw new NotFoundError("The link");
    const { body, contentType } = await renderQrCode(shortLinkUrl(publicOrigin(request.headers), link.code), format as QrFormat);
    const headers: Record<string, string> = {
      "Content-Type": contentType,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    };
    if (query.download === "1") headers["Content-Disposition"] = attachment(`linkshare-${link.code}.${format}`);
    return new Response(body, { headers });
  },
);
