import { expect, test, type Page } from "@playwright/test";
import { STORAGE_STATE } from "./support/accounts";
import { mainHeading } from "./support/pages";

// Specs share one database per run: this one works on plans it makes itself, inviting Sam (whom no
// other spec needs) to a published plan, and Mai and Ana only to a draft (which nobody sees).
const SKILLET = "Cast Iron Skillet 26 cm";
const unique = (label: string) => `${label} ${Date.now().toString(36)}`;

/** A plan written through the plan form with the skillet at a higher rate and, optionally, one creator. */
async function newPlan(page: Page, name: string, creator?: { search: string; name: string }) {
  await page.goto("/seller/plans/new");
  await page.getByLabel("Plan name", { exact: true }).fill(name);
  await page.getByLabel("Search products by title").fill(SKILLET);
  const row = page.getByRole("row").filter({ has: page.getByRole("checkbox", { name: `Include ${SKILLET}`, exact: true }) });
  const open = Number(/^(\d+(?:\.\d+)?)%$/.exec((await row.getByRole("cell").nth(2).innerText()).trim())![1]);
  await row.getByRole("checkbox", { name: `Include ${SKILLET}` }).check();
  await row.getByLabel(`Targeted rate (%) for ${SKILLET}`).fill(String(Math.min(open + 5, 80)));
  if (creator) {
    await page.getByLabel("Search creators by name or handle").fill(creator.search);
    await page.getByRole("button", { name: "Search creators" }).click();
    await page.getByRole("button", { name: `Invite ${creator.name}` }).click();
  }
  await page.getByRole("button", { name: "Save draft", exact: true }).click();
  await expect(page).toHaveURL(/\/seller\/plans\/tpl_/);
  await expect(mainHeading(page)).toHaveText(name);
}

test.describe("a seller's detail pages", () => {
  test.use({ storageState: STORAGE_STATE.seller });

  test("the targeted plan and a product of it show their results, with the creators who sold", async ({ page }) => {
    await page.goto("/seller/plans");
    await page.getByRole("link", { name: "Brightside Insiders" }).click();
    const results = page.getByRole("region", { name: "Results" });
    await expect(results.getByRole("paragraph").filter({ hasText: /^Affiliate sales$/ })).toBeVisible();
    // Mai accepted the plan and sells its Aroma Diffuser.
    await expect(results.getByRole("table", { name: "Creators" }).getByRole("link", { name: /Mai Tran/ })).toBeVisible();

    // Mai links one of the plan's products: its page lists her among the creators who sold it.
    const productLinks = await page.getByRole("link", { name: /./ }).evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? "").filter((href) => /^\/seller\/products\/prd_/.test(href)));
    expect(productLinks.length).toBeGreaterThan(0);
    let found = false;
    for (const href of productLinks) {
      await page.goto(`${href}?period=90`);
      await expect(results.getByRole("heading", { name: "Creators" })).toBeVisible();
      if ((await results.getByRole("row", { name: /Mai Tran/ }).count()) > 0) {
        found = true;
        break;
      }
    }
    expect(found, "a product page of the plan lists Mai").toBe(true);
    await expect(results.getByRole("link", { name: "90 days" })).toHaveAttribute("aria-current", "page");
    const creatorRow = results.getByRole("row", { name: /Mai Tran/ });
    await expect(creatorRow).toBeVisible();
    await expect(creatorRow.getByRole("cell").nth(3)).toContainText("$");
    await creatorRow.getByRole("link", { name: /Mai Tran/ }).click();
    await expect(page).toHaveURL(/\/seller\/creators\/usr_/);
  });

  test("a pending invitation is reminded once a day and withdrawn after a confirmation", async ({ page }) => {
    const name = unique("Reminders");
    await newPlan(page, name, { search: "sam", name: "Sam Okafor" });
    await page.getByRole("button", { name: "Publish plan" }).click();
    const sam = page.getByRole("row", { name: /Sam Okafor/ });
    await expect(sam).toContainText("pending");

    await sam.getByRole("button", { name: "Remind Sam Okafor" }).click();
    await expect(sam.getByText("Reminder sent.")).toBeVisible();
    await sam.getByRole("button", { name: "Remind Sam Okafor" }).click();
    await expect(sam.getByText("This creator was already reminded in the last 24 hours.")).toBeVisible();

    page.once("dialog", (dialog) => dialog.dismiss());
    await sam.getByRole("button", { name: "Withdraw invitation for Sam Okafor" }).click();
    await expect(sam).toContainText("pending");
    page.once("dialog", (dialog) => dialog.accept());
    await sam.getByRole("button", { name: "Withdraw invitation for Sam Okafor" }).click();
    await expect(sam).toContainText("withdrawn");
    await expect(sam.getByRole("button", { name: "Remind Sam Okafor" })).toHaveCount(0);
  });

  test("two creators ticked in the creators list are invited to a plan", async ({ page }) => {
    const name = unique("From the list");
    await newPlan(page, name);
    const planUrl = page.url();

    await page.goto("/seller/creators?tab=discover");
    await page.getByRole("checkbox", { name: "Select Mai Tran" }).check();
    await page.getByRole("checkbox", { name: "Select Ana Souza" }).check();
    const bar = page.getByRole("form", { name: "Invite to a targeted plan" });
    await expect(bar).toContainText("Selected: 2");
    await bar.getByLabel("Plan").selectOption({ label: `${name} (draft)` });
    page.once("dialog", (dialog) => {
      expect(dialog.message()).toContain(`Invite 2 creators to “${name}”?`);
      void dialog.accept();
    });
    await bar.getByRole("button", { name: "Invite to plan" }).click();
    await expect(bar.getByText("Invited: 2. Already in the plan: 0.")).toBeVisible();

    await page.goto(planUrl);
    await expect(page.getByRole("row", { name: /Mai Tran/ })).toContainText("not sent yet");
    await expect(page.getByRole("row", { name: /Ana Souza/ })).toContainText("not sent yet");
  });
});
