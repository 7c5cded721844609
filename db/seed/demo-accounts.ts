import type { Role } from "../schema";

/** Every demo account signs in with this password (it is in the README, so never use it in production). */
export const DEMO_PASSWORD = "demo-pass-2026";

export type DemoAccount = { email: string; name: string; role: Role; note: string; followers?: number };

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: "admin@demo.test", name: "Platform Admin", role: "admin", note: "platform overview, clock control" },
  { email: "seller@demo.test", name: "Grace Miller", role: "seller", note: "Brightside Home, USD" },
  { email: "seller.vn@demo.test", name: "Nguyễn Thu Hà", role: "seller", note: "Saigon Craft Co., VND" },
  { email: "mai@demo.test", name: "Mai Tran", role: "creator", followers: 12_400, note: "affiliate creator with a showcase" },
  { email: "ana@demo.test", name: "Ana Souza", role: "creator", followers: 2_100, note: "affiliate creator, invited to a targeted plan" },
  { email: "leo@demo.test", name: "Leo Park", role: "creator", followers: 350, note: "link-share creator (under 600 followers)" },
  { email: "sam@demo.test", name: "Sam Okafor", role: "creator", followers: 80, note: "link-share creator, new" },
];
