import path from "node:path";

/** The demo accounts seeded by `tsx scripts/prepare-db.ts` (db/seed/demo-accounts.ts), as a person knows them. */
export const DEMO_PASSWORD = "demo-pass-2026";

export const ACCOUNTS = {
  admin: { email: "admin@demo.test", home: "/admin" },
  seller: { email: "seller@demo.test", home: "/seller", shop: "Brightside Home" },
  sellerVn: { email: "seller.vn@demo.test", home: "/seller", shop: "Saigon Craft Co." },
  /** An affiliate creator (12,400 followers). */
  mai: { email: "mai@demo.test", home: "/creator", firstName: "Mai", badge: "Affiliate creator" },
  ana: { email: "ana@demo.test", home: "/creator", firstName: "Ana" },
  /** A link-share creator (350 followers). */
  leo: { email: "leo@demo.test", home: "/creator", firstName: "Leo", badge: "Link-share creator" },
  sam: { email: "sam@demo.test", home: "/creator", firstName: "Sam" },
} as const;

// E2E_AUTH_DIR lets two runs side by side keep their sessions apart (each server has its own secret).
const AUTH_DIR = process.env.E2E_AUTH_DIR ? path.resolve(process.env.E2E_AUTH_DIR) : path.join(import.meta.dirname, "..", ".auth");

/** Signed-in browser states written by e2e/auth.setup.ts (the folder is gitignored). */
export const STORAGE_STATE = {
  seller: path.join(AUTH_DIR, "seller.json"),
  /** Saigon Craft Co., the shop with the live campaign. */
  sellerVn: path.join(AUTH_DIR, "seller-vn.json"),
  creator: path.join(AUTH_DIR, "creator.json"),
  admin: path.join(AUTH_DIR, "admin.json"),
  linkShareCreator: path.join(AUTH_DIR, "link-share-creator.json"),
} as const;
