import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// The request config (locale and messages per request, no locale in the address): i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder at run time, and the
  // argon2 binding is native: both stay outside the server bundle.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "postgres"],
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tests included) as its first step; the build does not
  // repeat it, which keeps builds fast and unaffected by test files being written.
  typescript: { ignoreBuildErrors: true },
  // The e2e run builds into its own folder so it never clobbers a running `npm start`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  typedRoutes: false,
  // Image uploads (up to 2 MB, checked again in lib/media) travel in server action bodies.
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
};

export default withNextIntl(nextConfig);
