import "server-only";

/** Helpers for writing SQL and reading its errors, shared by db/queries and lib/ commands. */

/** A search term for LIKE: the user's % and _ are matched literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  // postgres.js and PGlite both surface the SQLSTATE as `code`; drizzle may wrap it in `cause`.
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const { code, constraint_name, constraint: c } = e as { code?: string; constraint_name?: string; constraint?: string };
    if (code === "23505") return !constraint || constraint_name === constraint || c === constraint || String((e as Error).message).includes(constraint);
  }
  return false;
}

/** text[] as the driver hands it over: an array (postgres.js, PGlite), or its literal (`{a,"b c"}`, quotes taken off). */
export function arrayOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === "string") return value.replace(/^\{|\}$/g, "").split(",").filter(Boolean).map((v) => v.replace(/^"|"$/g, ""));
  return [];
}
