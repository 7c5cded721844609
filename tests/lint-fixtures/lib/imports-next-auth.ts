// Deliberate layer violation, linted only by tests/unit/layers-lint.test.ts (as if it lived at lib/imports-next-auth.ts).
import NextAuth from "next-auth";
export const auth = NextAuth;
