import type { NextRequest } from "next/server";
import { handlers } from "@/server/auth";
import { configuredOrigin, publicOrigin } from "@/lib/sharing/short-link";

/**
 * next-auth builds its redirects and callback URLs from the request's URL, which Next builds from
 * the address the server listens on (http://0.0.0.0:3000 under `npm start`) and rewrites 127.0.0.1
 * to localhost. With a configured origin next-auth uses AUTH_URL (lib/auth/index.ts sets it from
 * PUBLIC_ORIGIN); otherwise it gets the request on the origin the visitor used.
 */
function onPublicOrigin(request: NextRequest): NextRequest {
  if (configuredOrigin()) return request;
  const url = new URL(request.url);
  const target = new URL(`${url.pathname}${url.search}`, publicOrigin(request.headers));
  // A plain Request keeps the host as given (a NextRequest would turn 127.0.0.1 into localhost again);
  // without AUTH_URL next-auth reads only what a Request has (its URL, headers and body).
  return new Request(target, { method: request.method, headers: request.headers, body: request.body, duplex: "half" } as RequestInit) as NextRequest;
}

export const GET = (request: NextRequest) => handlers.GET(onPublicOrigin(request));
export const POST = (request: NextRequest) => handlers.POST(onPublicOrigin(request));
