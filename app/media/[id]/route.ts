import { findMedia } from "@/db/queries/media";
import { publicRoute } from "@/server/public-route";
import { publicActor } from "@/server/context";

/** Product images, logos and banners, served by the app itself. Ids are random, so they never change content: cache for a year. */
export const GET = publicRoute<{ id: string }>(async (_request, { params }) => {
  const { id } = await params;
  if (!/^med_[0-9A-Za-z]{26}$/.test(id)) return new Response("Not found", { status: 404 });
  const file = await findMedia((await publicActor()).db, id);
  if (!file) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.byteSize),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      // An uploaded SVG must never run script in the portal's origin.
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    },
  });
});
