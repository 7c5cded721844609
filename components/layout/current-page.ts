/**
 * Whether a section's link is the page being shown: its own path or a page below it. A role's home
 * (`/creator`, `/seller`, `/admin`) is every other section's parent, so it is current only on itself.
 */
export function isCurrentPage(pathname: string, href: string): boolean {
  if (pathname === href) return true;
  const isRoleHome = href.split("/").filter(Boolean).length <= 1;
  return !isRoleHome && pathname.startsWith(`${href}/`);
}
