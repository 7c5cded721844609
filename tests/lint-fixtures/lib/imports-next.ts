// Deliberate layer violation, linted only by tests/unit/layers-lint.test.ts (as if it lived at lib/imports-next.ts).
import { NextResponse } from "next/server";
export const answer = () => NextResponse.json({});
