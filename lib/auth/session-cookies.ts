import "server-only";

/** The names Auth.js gives the session cookie (the __Secure- one on HTTPS). */
export const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"] as const;

/** Whether a request carries a session cookie at all (valid or not): the cheap test before a session check. */
export function hasSessionCookie(cookies: { has(name: string): boolean }): boolean {
  return SESSION_COOKIES.some((name) => cookies.has(name));
}
