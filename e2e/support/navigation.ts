import { expect, type Locator, type Page } from "@playwright/test";

/** Every section each role's layout lists, in order (app/(creator|seller|admin)/layout.tsx). */
export const SECTIONS = {
  creator: ["Overview", "Products", "Campaigns", "Links", "Commissions", "Wallet", "Showcase", "Invitations", "Messages", "Social accounts", "Profile"],
  seller: ["Overview", "Products", "Orders", "Statements", "Creators", "Messages", "Targeted plans", "Campaigns", "API keys", "Shop"],
  admin: ["Overview", "Payouts", "Outbox", "Domains", "Creators"],
} as const;

/** The phone's "Menu" button and the panel it opens (components/layout/mobile-nav.tsx). */
export class MobileMenu {
  readonly button: Locator;
  readonly panel: Locator;
  readonly sections: Locator;
  readonly links: Locator;

  constructor(page: Page) {
    this.button = page.getByRole("button", { name: "Menu", exact: true });
    this.panel = page.locator("#mobile-nav-panel");
    this.sections = this.panel.getByRole("navigation", { name: "Sections" });
    this.links = this.sections.getByRole("link");
  }

  link(name: string): Locator {
    return this.sections.getByRole("link", { name, exact: true });
  }
}

/** The inline sections of the header from md up (components/layout/nav-links.tsx). */
export function inlineSections(page: Page): Locator {
  return page.getByRole("banner").getByRole("navigation", { name: "Sections" });
}

/**
 * The links are named the sections, in order. By accessible name, not text: a section's count
 * (unread messages) sits in the link beside its name as its description, and whether other specs
 * left something unread depends on their order.
 */
export async function expectSectionNames(links: Locator, sections: readonly string[]) {
  await expect(links).toHaveCount(sections.length);
  for (const [i, name] of sections.entries()) await expect(links.nth(i)).toHaveAccessibleName(name);
}
