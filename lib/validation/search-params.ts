/** Query-string values of list pages: anything unexpected falls back instead of failing. */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return (allowed as readonly string[]).includes(value ?? "") ? (value as T) : undefined;
}

export function pageNumber(value: string | undefined, max = 10_000): number {
  return Math.max(1, Math.min(Number.parseInt(value ?? "1", 10) || 1, max));
}
