/**
 * A campaign's public address is /c/<slug>: lower-case letters, digits and single hyphens, made from
 * the name unless the seller types their own. Pure, so the form can suggest it while typing.
 */
export const SLUG_MIN = 3;
export const SLUG_MAX = 60;

export function campaignSlugFrom(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, SLUG_MAX)
    .replace(/-+$/, "");
}

export function slugError(slug: string): string | null {
  if (slug.length < SLUG_MIN) return `Use at least ${SLUG_MIN} characters`;
  if (slug.length > SLUG_MAX) return `Use at most ${SLUG_MAX} characters`;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) return "Use lower-case letters, digits and single hyphens, like tet-gift-week";
  return null;
}
