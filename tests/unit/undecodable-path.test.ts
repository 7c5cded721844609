import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDecodablePath, refuseUndecodablePath } from "@/lib/http/undecodable-path";

describe("a request path Next's router can decode", () => {
  it.each(["/p/%FF", "/s/%C3%28", "/c/%", "/orders/%E0%A4%A", "/api/v1/orders/%FF/events", "/%ED%A0%80"])("%s is not one", (path) => {
    expect(isDecodablePath(path)).toBe(false);
  });

  it.each(["/", "/p/prd_01", "/s/mai", "/c/t%E1%BA%BFt", "/p/a%00b", "/p/%25FF", "/seller/products?q=%FF", "/seller/products?q=%"])("%s is one (the query string is not the path)", (path) => {
    expect(isDecodablePath(path)).toBe(true);
  });
});

describe("the listener's guard", () => {
  let server: http.Server;
  let port = 0;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (refuseUndecodablePath(req, res)) return;
      res.end("passed on");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const get = (path: string) =>
    new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
      http
        .get({ host: "127.0.0.1", port, path }, (res) => {
          let body = "";
          res.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"]), body }));
        })
        .on("error", reject);
    });

  it("answers 400 for /p/%FF, JSON for the API, and passes every other request on", async () => {
    expect(await get("/p/%FF")).toMatchObject({ status: 400, type: "text/plain; charset=utf-8" });
    const api = await get("/api/v1/orders/%FF");
    expect(api.status).toBe(400);
    expect(JSON.parse(api.body)).toEqual({ error: { code: "invalid_path", message: expect.any(String) } });
    expect(await get("/p/prd_x?q=%FF")).toMatchObject({ status: 200, body: "passed on" });
  });
});
