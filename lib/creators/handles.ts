import "server-only";

/**
 * A creator's handle is their public address, /s/<handle>, and how sellers find them: lower-case
 * letters, digits, dots and underscores, 3 to 30 of them, no dot at either end or two in a row (so
 * it reads as one word in a URL and in "@handle"), and not a word that could pass for the platform
 * speaking. Uniqueness (any case) is the database's: creator_profiles_handle_key.
 */
export const HANDLE_LENGTH = { min: 3, max: 30 } as const;

export const RESERVED_HANDLES: ReadonlySet<string> = new Set([
  "about", "account", "admin", "administrator", "api", "app", "billing", "cart", "checkout", "creator", "creators",
  "docs", "help", "home", "info", "linkshare", "login", "logout", "mail", "media", "moderator", "null", "official",
  "orders", "payouts", "privacy", "root", "security", "seller", "sellers", "settings", "shop", "shops", "sign_in",
  "sign_up", "signin", "signup", "staff", "support", "system", "team", "terms", "undefined", "www",
]);

/** What a person types ("@Mai.Tran ") as the handle it stands for ("mai.tran"). */
export function normalizeHandle(typed: string): string {
  return typed.trim().replace(/^@/, "").toLowerCase();
}

/** Why `handle` (normalized) cannot be taken, or null when the rules allow it. */
export function handleProblem(handle: string): string | null {
  if (handle.length < HANDLE_LENGTH.min || handle.length > HANDLE_LENGTH.max) return `Use ${HANDLE_LENGTH.min} to ${HANDLE_LENGTH.max} characters`;
  if (!/^[a-z0-9._]+$/.test(handle)) return "Use only lowercase letters, digits, dots and underscores";
  if (handle.startsWith(".") || handle.endsWith(".") || handle.includes("..")) return "A handle cannot start or end with a dot or have two dots in a row";
  if (RESERVED_HANDLES.has(handle)) return "This handle is reserved: choose another";
  return null;
}

export const HANDLE_TAKEN_MESSAGE = "This handle is taken: choose another";
