/**
 * Every page route of the portal, with who opens it and how to reach a real instance of it.
 * e2e/every-page.spec.ts visits each one at 390 px (in English, Vietnamese and Indonesian) and at
 * 1280 px, checking that nothing is wider than the screen, no table is cut off, no message key
 * shows and axe-core finds nothing serious; tests/unit/page-routes.test.ts fails when a page.tsx
 * under app/ has no entry here. Not imported by the app: it describes it.
 */

/** Who opens the page: a signed-in demo account (e2e/support/accounts.ts), or nobody. */
export type RouteVisitor = "visitor" | "buyer" | "creator" | "linkShareCreator" | "seller" | "sellerVn" | "admin";

export type PageRoute = {
  /** The route as its folder spells it, without route groups: "/creator/links/[id]". */
  route: string;
  who: RouteVisitor;
  /**
   * How to reach it: a path; or a page to open (a path, or another entry's route) and the first link
   * on it whose path matches, after `prepare` if given (a password reset asked for, which leaves an
   * e-mail in the outbox); or "purchase" (a buyer's order through the test card: the thanks page,
   * then the order's page).
   */
  reach: { path: string } | { from: string; link: RegExp; prepare?: "password-reset" } | { purchase: "thanks" | "order" };
};

export const PAGE_ROUTES: readonly PageRoute[] = [
  // Visitors and buyers
  { route: "/", who: "visitor", reach: { path: "/" } },
  { route: "/sign-in", who: "visitor", reach: { path: "/sign-in" } },
  { route: "/sign-up", who: "visitor", reach: { path: "/sign-up" } },
  { route: "/forgot-password", who: "visitor", reach: { path: "/forgot-password" } },
  { route: "/reset-password", who: "visitor", reach: { path: "/reset-password?token=not-a-real-token" } },
  { route: "/forbidden", who: "visitor", reach: { path: "/forbidden" } },
  { route: "/unavailable", who: "buyer", reach: { path: "/unavailable" } },
  { route: "/docs/api", who: "visitor", reach: { path: "/docs/api" } },
  { route: "/c/[slug]", who: "buyer", reach: { path: "/c/tet-gift-week" } },
  { route: "/p/[id]", who: "buyer", reach: { from: "/c/tet-gift-week", link: /^\/p\/prd_/ } },
  { route: "/s/[handle]", who: "buyer", reach: { path: "/s/mai" } },
  { route: "/cart", who: "buyer", reach: { path: "/cart" } },
  { route: "/checkout", who: "buyer", reach: { path: "/checkout" } },
  { route: "/checkout/thanks", who: "buyer", reach: { purchase: "thanks" } },
  { route: "/orders/[token]", who: "buyer", reach: { purchase: "order" } },

  // Every signed-in role
  { route: "/account/password", who: "creator", reach: { path: "/account/password" } },
  { route: "/account/preferences", who: "seller", reach: { path: "/account/preferences" } },
  { route: "/account/notifications", who: "creator", reach: { path: "/account/notifications" } },

  // Creators
  { route: "/creator", who: "creator", reach: { path: "/creator" } },
  { route: "/creator/products", who: "creator", reach: { path: "/creator/products" } },
  { route: "/creator/shops/[id]", who: "creator", reach: { from: "/creator/products", link: /^\/creator\/shops\/shp_/ } },
  { route: "/creator/campaigns", who: "creator", reach: { path: "/creator/campaigns" } },
  { route: "/creator/links", who: "creator", reach: { path: "/creator/links" } },
  { route: "/creator/links/new", who: "creator", reach: { path: "/creator/links/new" } },
  { route: "/creator/links/[id]", who: "creator", reach: { from: "/creator/links", link: /^\/creator\/links\/lnk_/ } },
  { route: "/creator/commissions", who: "creator", reach: { path: "/creator/commissions" } },
  { route: "/creator/commissions/[id]", who: "creator", reach: { from: "/creator/commissions", link: /^\/creator\/commissions\/com_/ } },
  { route: "/creator/wallet", who: "creator", reach: { path: "/creator/wallet" } },
  { route: "/creator/showcase", who: "creator", reach: { path: "/creator/showcase" } },
  { route: "/creator/invitations", who: "creator", reach: { path: "/creator/invitations" } },
  { route: "/creator/messages", who: "creator", reach: { path: "/creator/messages" } },
  { route: "/creator/messages/[threadId]", who: "creator", reach: { from: "/creator/messages", link: /^\/creator\/messages\/mth_/ } },
  { route: "/creator/social", who: "linkShareCreator", reach: { path: "/creator/social" } },
  { route: "/creator/settings", who: "creator", reach: { path: "/creator/settings" } },

  // Sellers
  { route: "/seller", who: "seller", reach: { path: "/seller" } },
  { route: "/seller/products", who: "seller", reach: { path: "/seller/products" } },
  { route: "/seller/products/new", who: "seller", reach: { path: "/seller/products/new" } },
  { route: "/seller/products/import", who: "seller", reach: { path: "/seller/products/import" } },
  { route: "/seller/products/[id]", who: "seller", reach: { from: "/seller/products", link: /^\/seller\/products\/prd_/ } },
  { route: "/seller/orders", who: "seller", reach: { path: "/seller/orders" } },
  { route: "/seller/orders/[id]", who: "seller", reach: { from: "/seller/orders", link: /^\/seller\/orders\/ord_/ } },
  { route: "/seller/statements", who: "seller", reach: { path: "/seller/statements" } },
  { route: "/seller/statements/[month]", who: "seller", reach: { from: "/seller/statements", link: /^\/seller\/statements\/\d{4}-\d{2}$/ } },
  { route: "/seller/creators", who: "seller", reach: { path: "/seller/creators" } },
  { route: "/seller/creators/[id]", who: "seller", reach: { from: "/seller/creators", link: /^\/seller\/creators\/usr_/ } },
  { route: "/seller/messages", who: "seller", reach: { path: "/seller/messages" } },
  { route: "/seller/messages/[threadId]", who: "seller", reach: { from: "/seller/messages", link: /^\/seller\/messages\/mth_/ } },
  { route: "/seller/plans", who: "seller", reach: { path: "/seller/plans" } },
  { route: "/seller/plans/new", who: "seller", reach: { path: "/seller/plans/new" } },
  { route: "/seller/plans/[id]", who: "seller", reach: { from: "/seller/plans", link: /^\/seller\/plans\/(?!new)[^/]+$/ } },
  { route: "/seller/plans/[id]/edit", who: "seller", reach: { from: "/seller/plans/[id]", link: /^\/seller\/plans\/[^/]+\/edit$/ } },
  { route: "/seller/campaigns", who: "sellerVn", reach: { path: "/seller/campaigns" } },
  { route: "/seller/campaigns/new", who: "seller", reach: { path: "/seller/campaigns/new" } },
  { route: "/seller/campaigns/[id]", who: "sellerVn", reach: { from: "/seller/campaigns", link: /^\/seller\/campaigns\/(?!new)[^/]+$/ } },
  { route: "/seller/api-keys", who: "seller", reach: { path: "/seller/api-keys" } },
  { route: "/seller/shop", who: "seller", reach: { path: "/seller/shop" } },

  // Operators
  { route: "/admin", who: "admin", reach: { path: "/admin" } },
  { route: "/admin/payouts", who: "admin", reach: { path: "/admin/payouts" } },
  { route: "/admin/outbox", who: "admin", reach: { path: "/admin/outbox" } },
  { route: "/admin/outbox/[id]", who: "admin", reach: { from: "/admin/outbox", link: /^\/admin\/outbox\/[^/]+$/, prepare: "password-reset" } },
  { route: "/admin/domains", who: "admin", reach: { path: "/admin/domains" } },
  { route: "/admin/creators", who: "admin", reach: { path: "/admin/creators" } },
];
