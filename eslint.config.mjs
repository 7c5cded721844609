import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The layers (README, "How the code is laid out"), as import rules. Each pattern is matched on the
// import string; the relative forms catch "../../server/x" as well as "@/server/x".
const FRAMEWORK = {
  regex: "^(next|react|react-dom|next-auth)(/.*)?$",
  message: "lib/ is the domain: it never imports next, react or next-auth (the request edge is server/).",
};
const layer = (dir) => `^(@/|(\\.\\./)+)${dir}(/.*)?$`;
const NO_APP = { regex: layer("app"), message: "Only app/ imports app/ (pages, actions and route handlers are the top layer)." };
const NO_COMPONENTS = { regex: layer("components"), message: "components/ is UI: only app/ imports it." };
const NO_SERVER = { regex: layer("server"), message: "server/ is the request edge: only app/ imports it." };
const NO_DB_IN_COMPONENTS = {
  regex: layer("db"),
  allowTypeImports: false,
  message: "components/ never imports db/, not even types: take the type from lib/ (or from the page's props).",
};
const DB_KERNELS_ONLY = {
  // db/ may take from lib/ only its kernels: ids, money, clock, errors (and lib/actor's types, below).
  regex: "^(@/|(\\.\\./)+)lib/(?!((ids|money|clock)[^/]*(/.*)?|errors|actor)$)",
  message: "db/ imports only lib/'s kernels (ids, money, clock, errors); domain rules live in lib/ and call db/.",
};
const DB_ACTOR_TYPES = { regex: "^(@/|(\\.\\./)+)lib/actor$", allowTypeImports: true, message: "db/ may take only lib/actor's types." };

/**
 * TEMPORARY allow-list (issue #12): files that break a layer rule today and that other branches of
 * the refactor are fixing. One entry per file, with what it imports; delete an entry once its file
 * is fixed (lint then checks it like every other file). A file listed here is not checked for its
 * layer's rule at all, so keep the list short-lived.
 */
export const TEMPORARY_ALLOW = {
  db: [
    "db/queries/attribution.ts", // type { AttributionClick, AttributionLink, Membership } from @/lib/attribution
    "db/queries/checkout.ts", // type CartProduct from @/lib/cart/reconcile
    "db/queries/creator-commissions.ts", // availableFrom from @/lib/commissions/lifecycle
    "db/queries/links.ts", // externalUrlOnVerifiedDomain from @/lib/catalogue/domains
    "db/queries/rates.ts", // types from @/lib/commissions/effective-rate
    "db/queries/seller-orders.ts", // type OrderListFilters from @/lib/validation/orders
  ],
  components: [
    // @/db (values or types)
    "components/commissions/commission-history.tsx", // type from @/db/queries/creator-commissions
    "components/commissions/commission-state-filter.tsx", // type CommissionState from @/db/schema
    "components/commissions/expected-availability.tsx", // type from @/db/queries/creator-commissions
    "components/links/link-target.ts", // type CreatorLink from @/db/queries/creator-links
    "components/orders/order-line-card.tsx", // type from @/db/queries/seller-orders
    "components/orders/order-timeline.tsx", // types from @/db/queries/seller-orders
    "components/plans/picker-products.ts", // mediaUrl from @/db/queries/media
    "components/storefront/order-status.tsx", // type BuyerOrder from @/db/queries/storefront
    "components/storefront/product-grid.tsx", // mediaUrl from @/db/queries/media
    "components/storefront/shop-cart-card.tsx", // mediaUrl from @/db/queries/media
    "components/ui/postal-address.tsx", // type ShippingAddress from @/db/schema
    // @/db and @/app
    "components/links/link-request-form.tsx", // type Channel from @/db/schema; getLinkAction from @/app
    // @/server (types)
    "components/auth/new-password-fields.tsx", // type FieldErrors from @/server/form-action
    // @/app and @/server
    "components/admin/payouts/withdrawal-queue.tsx", // actions from @/app; type ActionResult from @/server/form-action
    "components/api-keys/create-key-form.tsx", // actions from @/app; type ActionResult from @/server/form-action
    "components/wallet/payout-method-form.tsx", // actions from @/app; type ActionResult from @/server/form-action
    "components/wallet/withdraw-form.tsx", // actions from @/app; type ActionResult from @/server/form-action
    // @/app (server actions, and one cookie reader)
    "components/account/change-password-form.tsx",
    "components/admin/clock-control.tsx",
    "components/admin/domains/domain-review.tsx",
    "components/admin/payouts/adjust-wallet-form.tsx",
    "components/admin/payouts/withdrawal-minimums-form.tsx",
    "components/admin/settlement-control.tsx",
    "components/api-keys/revoke-key-button.tsx",
    "components/auth/forgot-password-form.tsx",
    "components/auth/reset-password-form.tsx",
    "components/auth/sign-in-form.tsx",
    "components/auth/sign-up-form.tsx",
    "components/campaigns/campaign-form.tsx",
    "components/layout/app-shell.tsx",
    "components/orders/order-actions.tsx",
    "components/orders/refund-line-form.tsx",
    "components/plans/creator-picker.tsx",
    "components/plans/invitation-buttons.tsx",
    "components/plans/plan-form.tsx",
    "components/plans/plan-status-buttons.tsx",
    "components/seller/archive-button.tsx",
    "components/seller/bulk-open-plan-form.tsx",
    "components/seller/product-form.tsx",
    "components/seller/shop-domains.tsx",
    "components/seller/shop-form.tsx",
    "components/showcase/showcase-controls.tsx",
    "components/storefront/add-to-cart-form.tsx",
    "components/storefront/cart-line-controls.tsx",
    "components/storefront/cart-link.tsx", // currentCart from @/app/cart/cart-cookie
    "components/storefront/checkout-form.tsx",
    "components/wallet/auto-withdraw-switch.tsx",
    "components/wallet/payout-method-list.tsx",
  ],
};

const restrict = (patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

export const layerRules = [
  { name: "layers/lib", files: ["lib/**/*.{ts,tsx}"], rules: restrict([FRAMEWORK, NO_APP, NO_COMPONENTS, NO_SERVER]) },
  {
    name: "layers/db",
    files: ["db/schema/**/*.ts", "db/queries/**/*.ts", "db/client.ts", "db/index.ts", "db/bulk.ts", "db/migrate.ts"],
    ignores: TEMPORARY_ALLOW.db,
    rules: restrict([{ ...FRAMEWORK, message: "db/ never imports next, react or next-auth." }, NO_APP, NO_COMPONENTS, NO_SERVER, DB_KERNELS_ONLY, DB_ACTOR_TYPES]),
  },
  {
    name: "layers/components",
    files: ["components/**/*.{ts,tsx}"],
    ignores: TEMPORARY_ALLOW.components,
    rules: restrict([NO_DB_IN_COMPONENTS, NO_SERVER, NO_APP]),
  },
  { name: "layers/server", files: ["server/**/*.{ts,tsx}"], rules: restrict([NO_APP, NO_COMPONENTS]) },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  ...layerRules,
  // The deliberate violations of tests/lint-fixtures are linted by tests/unit/layers-lint.test.ts only.
  globalIgnores([".next/**", ".next-e2e*/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "db/migrations/**", "tests/lint-fixtures/**"]),
]);
