// Deliberate layer violation, linted only by tests/unit/layers-lint.test.ts (as if it lived at components/imports-db-type.tsx).
import type { ShippingAddress } from "@/db/schema";
export type Props = { address: ShippingAddress };
