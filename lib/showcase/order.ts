import "server-only";

/**
 * The pure rules of a showcase's order and pins (DOMAIN: Links, showcase links): no database here,
 * so the editor and its tests share them.
 */

/** At most this many products are pinned to the top of a public showcase (also a database constraint). */
export const PIN_LIMIT = 3;

/** The lowest pin slot (1 to PIN_LIMIT) not taken, or undefined when all are. */
export function freePinSlot(taken: readonly number[]): number | undefined {
  for (let slot = 1; slot <= PIN_LIMIT; slot++) if (!taken.includes(slot)) return slot;
  return undefined;
}

/** True when `proposed` lists every current item once and nothing else: a reorder may only reorder. */
export function isSameItemSet(current: readonly string[], proposed: readonly string[]): boolean {
  if (current.length !== proposed.length) return false;
  const unseen = new Set(current);
  for (const id of proposed) if (!unseen.delete(id)) return false;
  return unseen.size === 0;
}
