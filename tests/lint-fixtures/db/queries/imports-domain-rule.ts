// Deliberate layer violation, linted only by tests/unit/layers-lint.test.ts (as if it lived at db/queries/imports-domain-rule.ts).
import { originalAmount } from "@/lib/commissions/lifecycle";
export const amount = originalAmount;
