import type { Locator, Page } from "@playwright/test";

/** Every section each role's layout lists, in order (app/(creator|seller|admin)/layout.tsx). */
export const SECTIONS = {
  creator: ["Overview", "Products", "Campaigns", "Links", "Commissions", "Wallet", "Showcase", "Invitations", "Social accounts", "Profile"],
  seller: ["Overview", "Products", "Orders", "Statements", "Creators", "Targeted plans", "Campaigns", "API keys", "Shop"],
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
