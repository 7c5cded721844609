import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { publicOrigin } from "@/lib/sharing/short-link";

/**
 * next-auth builds its redirects and callback URLs from the request's URL, which Next builds from
 * the address the server listens on (http://0.0.0.0:3000 under `npm start`). Hand it the request on
 * the portal's public origin instead (PUBLIC_ORIGIN, AUTH_URL, else the Host the visitor used).
 */
function onPublicOrigin(request: NextRequest): NextRequest {
  const url = new URL(request.url);
  const origin = publicOrigin(request.headers);
  return url.origin === origin ? request : new NextRequest(new URL(`${url.pathname}${url.search}`, origin), request);
}

export const GET = (request: NextRequest) => handlers.GET(onPublicOrigin(request));
export const POST = (request: NextRequest) => handlers.POST(onPublicOrigin(request));
