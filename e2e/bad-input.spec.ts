import { expect, test } from "@playwright/test";
import { STORAGE_STATE } from "./support/accounts";

/**
 * Hostile URLs: a NUL byte, bytes that are not UTF-8, a parameter given twice. Every one is an
 * answer about the input (a 400, a 404, the page with the value ignored), never a 500.
 */
const PUBLIC = [
  "/p/%FF",
  "/p/a%00b",
  "/s/%FF",
  "/s/a%00b",
  "/c/%FF",
  "/c/a%00b",
  "/l/%FF",
  "/l/a%00b",
  "/orders/%FF",
  "/orders/a%00b",
  "/media/%FF",
  "/media/a%00b",
  "/%FF",
  "/p/%",
  "/s/%C3%28",
  "/s/%25FF",
  "/api/v1/orders/%FF",
  "/api/v1/orders/%FF/events",
  "/checkout/thanks?orders=%00",
  "/checkout/thanks?orders=a&orders=b",
  "/unavailable?shop=%00",
  "/sign-in?callbackUrl=%00",
  "/sign-up?role=%00&role=creator",
  "/forbidden?need=%00",
];

const SELLER = [
  "/seller/orders.csv?product=%00&creator=%00&state=a&state=b&from=%00&to=%FF",
  "/seller/commissions.csv?creator=%00&creator=a&state=%00&from=x&to=%FF",
  "/seller/products?q=%00",
  "/seller/products?q=a&q=b",
  "/seller/products?q=%FF",
  "/seller/products?q=%",
  "/seller/products?category=%00&status=archived&status=all&sort=title&sort=x&page=2&page=3",
  "/seller/products/%FF",
  "/seller/products/a%00b",
  "/seller/orders?product=%00&creator=%00",
  "/seller/orders?creator=a&creator=b&product=a&product=b&state=paid&state=shipped&from=2026-01-01&from=x",
  "/seller/orders/%FF",
  "/seller/orders/a%00b",
  "/seller/plans/%FF",
  "/seller/plans/a%00b",
  "/seller/campaigns/%FF",
  "/seller/campaigns/a%00b",
  "/seller/products/picker?q=%00",
  "/seller/shop?setup=%00&setup=1",
];

const CREATOR = [
  "/creator/products?q=%00",
  "/creator/products?q=a&q=b",
  "/creator/products?category=%00&shop=%00",
  "/creator/commissions?state=%00&state=a&page=%00",
  "/creator/commissions/%FF",
  "/creator/commissions/a%00b",
  "/creator/links/%FF",
  "/creator/links/a%00b",
  "/creator/links/a%00b/qr",
  "/creator/links?page=a&page=b",
  "/creator/links/new?product=%00&campaign=%00",
  "/creator/showcase?q=%00",
  "/creator/wallet?currency=%00&kind=a&kind=b&from=%00&page=a&page=b",
  "/creator/wallet/history.csv?currency=USD&currency=VND&kind=%00",
];

const ADMIN = ["/admin/payouts?status=%00&status=a", "/admin?tab=%00"];

function table(name: string, paths: string[], storageState?: string) {
  test.describe(name, () => {
    if (storageState) test.use({ storageState });
    for (const path of paths) {
      test(`${path} is not a server error`, async ({ request }) => {
        const response = await request.get(path, { maxRedirects: 0 });
        expect(response.status(), `status of ${path}`).toBeLessThan(500);
      });
    }
  });
}

table("public pages", PUBLIC);
table("seller pages", SELLER, STORAGE_STATE.seller);
table("creator pages", CREATOR, STORAGE_STATE.creator);
table("admin pages", ADMIN, STORAGE_STATE.admin);
