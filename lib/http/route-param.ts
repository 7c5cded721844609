import "server-only";
import { isStorableText } from "@/lib/validation/text";

/**
 * A dynamic route segment (`/p/[id]`, `/api/v1/orders/[externalId]`) as our code may use it, or
 * null when it cannot name anything: text PostgreSQL cannot hold (a NUL byte), or longer than any
 * id, handle or token. A page answers null with notFound(), the API with a 404.
 */
export function routeParam(value: string | string[] | undefined, maxLength = 200): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > maxLength) return null;
  return isStorableText(value) ? value : null;
}
