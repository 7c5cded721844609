import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * One area of a language's catalogue (messages/<locale>/<area>.json), read from disk: Playwright's
 * loader does not import JSON modules. `T` is the area's shape, from a type-only import.
 */
export function messages<T>(locale: "en" | "vi" | "id", area: string): T {
  return JSON.parse(readFileSync(path.join(import.meta.dirname, "..", "..", "messages", locale, `${area}.json`), "utf8")) as T;
}
