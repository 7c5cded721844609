import { expect, test as setup } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD, STORAGE_STATE } from "./support/accounts";
import { mainHeading, signIn } from "./support/pages";

/** One signed-in browser state per role, made through the real sign-in form. */
const ROLES = [
  { state: STORAGE_STATE.seller, account: ACCOUNTS.seller, heading: ACCOUNTS.seller.shop },
  { state: STORAGE_STATE.sellerVn, account: ACCOUNTS.sellerVn, heading: ACCOUNTS.sellerVn.shop },
  { state: STORAGE_STATE.creator, account: ACCOUNTS.mai, heading: `Hi, ${ACCOUNTS.mai.firstName}` },
  { state: STORAGE_STATE.admin, account: ACCOUNTS.admin, heading: "Platform" },
  { state: STORAGE_STATE.linkShareCreator, account: ACCOUNTS.leo, heading: `Hi, ${ACCOUNTS.leo.firstName}` },
];

for (const { state, account, heading } of ROLES) {
  setup(`sign in as ${account.email}`, async ({ page }) => {
    await signIn(page, account.email, DEMO_PASSWORD, account.home);
    await expect(mainHeading(page)).toHaveText(heading);
    await page.context().storageState({ path: state });
  });
}
