import { defineConfig } from "@playwright/test";

/**
 * End-to-end suite: `npx playwright test` (or `npm run test:e2e`). The webServer builds the portal
 * into .next-e2e, prepares a fresh database and serves it on 127.0.0.1 (scripts/e2e-server.sh).
 * Chromium comes from Debian (/usr/bin/chromium); Playwright never downloads a browser here.
 */
const port = Number(process.env.E2E_PORT || 3100);
const baseURL = `http://127.0.0.1:${port}`;
const isCI = !!process.env.CI;

const chromium = {
  browserName: "chromium" as const,
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
    ],
  },
};

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: true,
  forbidOnly: isCI,
  workers: 2,
  retries: isCI ? 1 : 0,
  // The HTML report (playwright-report/, never opened here) keeps the every-page screenshots.
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    ...chromium,
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    locale: "en-US",
    timezoneId: "UTC",
  },
  projects: [
    // Signs in once per role through the real form and saves e2e/.auth/<name>.json.
    { name: "setup", testMatch: /auth\.setup\.ts$/ },
    {
      // Tests that change what other tests read, and put it back: a demo creator's profile language
      // (languages.spec.ts), the platform's withdrawal minimum (keyboard.spec.ts). They run first, on
      // their own, so the parallel projects never see the change.
      name: "shared-state",
      testMatch: /(languages|keyboard)\.spec\.ts$/,
      dependencies: ["setup"],
      use: { viewport: { width: 1280, height: 800 } },
    },
    {
      name: "chromium",
      testIgnore: [/\.phone\.spec\.ts$/, /whole-loop\.spec\.ts$/, /(languages|keyboard)\.spec\.ts$/],
      dependencies: ["setup", "shared-state"],
      use: { viewport: { width: 1280, height: 800 } },
    },
    {
      name: "phone",
      testMatch: /\.phone\.spec\.ts$/,
      dependencies: ["setup", "shared-state"],
      // A phone-sized Chromium; devices[] entries are avoided because some switch to WebKit.
      use: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
    },
    {
      // Moves the server's clock, so it runs alone, after everything else.
      name: "loop",
      testMatch: /whole-loop\.spec\.ts$/,
      dependencies: ["chromium", "phone"],
      use: { viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: {
    command: "bash scripts/e2e-server.sh",
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // The domain check of e2e/shop-domains.spec.ts goes to that spec's loopback site, never the internet.
    env: { E2E_PORT: String(port), DOMAIN_CHECK_OVERRIDES: `shop-site.test=http://127.0.0.1:${port + 2000}` },
  },
});
