import { expect, type Locator, type Page } from "@playwright/test";

/** What a keyboard user has just landed on, for the message of a control that Tab never reached. */
function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "(body)";
    const name = el.getAttribute("aria-label") ?? (el as HTMLElement).innerText?.trim().slice(0, 40) ?? "";
    const id = el.id ? `#${el.id}` : "";
    return `${el.tagName.toLowerCase()}${id}${name ? ` "${name}"` : ""}`;
  });
}

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement).catch(() => false);

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would, and fails with
 * every stop on the way when it is not reached within `max` presses.
 */
export async function tabTo(page: Page, target: Locator, { max = 60, backwards = false }: { max?: number; backwards?: boolean } = {}) {
  await expect(target).toBeVisible();
  const visited: string[] = [];
  for (let presses = 0; presses <= max; presses++) {
    if (await isFocused(target)) return;
    if (presses === max) break;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    visited.push(await describeFocus(page));
  }
  throw new Error(`${String(target)} was not reached in ${max} presses of ${backwards ? "Shift+Tab" : "Tab"}; focus went to:\n  ${visited.join("\n  ")}`);
}

/**
 * The focused control shows where it is: it matches :focus-visible and draws an outline at least
 * 2 px wide that is not transparent, or a box-shadow ring of at least 2 px (an input's focus ring).
 */
export async function expectVisibleFocus(target: Locator) {
  await expect(target).toBeFocused();
  await expect(target).toBeInViewport();
  const style = await target.evaluate((el) => {
    const s = getComputedStyle(el);
    return { focusVisible: el.matches(":focus-visible"), outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth, outlineColor: s.outlineColor, boxShadow: s.boxShadow };
  });
  const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2 && !/rgba\(.*,\s*0\)$|transparent/.test(style.outlineColor);
  // "rgb(37, 99, 235) 0px 0px 0px 2px inset, …": a shadow whose spread (the fourth length) is 2 px or more.
  const ring = style.boxShadow
    .split(/,(?![^(]*\))/)
    .some((shadow) => !/rgba\([^)]*,\s*0\)/.test(shadow) && parseFloat(shadow.match(/(-?[\d.]+)px/g)?.[3] ?? "0") >= 2);
  expect(style.focusVisible, `${String(target)} matches :focus-visible`).toBe(true);
  expect(outline || ring, `${String(target)} shows its focus (outline ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}; box-shadow ${style.boxShadow})`).toBe(true);
}

/** Tabs to a control and checks that its focus shows: the step before every key press on it. */
export async function focusByTab(page: Page, target: Locator, options?: { max?: number; backwards?: boolean }) {
  await tabTo(page, target, options);
  await expectVisibleFocus(target);
}

/**
 * Chooses an option of a focused, closed <select> with the arrow keys (Chromium on Linux changes a
 * closed select's value on ArrowDown/ArrowUp without opening its list), starting from the top.
 */
export async function chooseByKeyboard(page: Page, select: Locator, label: string) {
  await expect(select).toBeFocused();
  const chosen = () => select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent?.trim() ?? "");
  const count = await select.evaluate((el: HTMLSelectElement) => el.options.length);
  await page.keyboard.press("Home");
  for (let presses = 0; presses < count && (await chosen()) !== label; presses++) await page.keyboard.press("ArrowDown");
  expect(await chosen()).toBe(label);
}

/** Selects everything in the focused field and types over it. */
export async function retype(page: Page, text: string) {
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(text);
}
