import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/auth/[...nextauth]/route";

/**
 * next-auth's own endpoints, called as Next calls them in `npm start`: the request's URL is built
 * from the listen address (0.0.0.0), the visitor's Host header says where they are.
 */
const LISTEN = "http://0.0.0.0:3100";
const VISITOR = "http://portal.example:3100";

function request(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new NextRequest(`${LISTEN}${path}`, { ...init, headers: { host: "portal.example:3100", "x-portal-client-ip": "192.0.2.10", ...init.headers } });
}

describe("next-auth's redirects", () => {
  it("send the visitor to sign in on the origin they used, not the listen address", async () => {
    const response = await GET(request("/api/auth/signin"));
    const location = new URL(response.headers.get("location")!, VISITOR);
    expect(location.origin).toBe(VISITOR);
    expect(location.searchParams.get("callbackUrl")).toBe(VISITOR);
    expect(response.headers.get("location")).not.toContain("0.0.0.0");
  });

  it("end a sign-out on the visitor's origin", async () => {
    const csrf = await GET(request("/api/auth/csrf"));
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const response = await POST(
      request("/api/auth/signout", { method: "POST", headers: { cookie, "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ csrfToken }).toString() }),
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(VISITOR);
  });

  it("ignore X-Forwarded-Host from a peer that is not a trusted proxy", async () => {
    const response = await GET(request("/api/auth/signin", { headers: { "x-forwarded-host": "evil.example" } }));
    expect(new URL(response.headers.get("location")!, VISITOR).searchParams.get("callbackUrl")).toBe(VISITOR);
  });
});
