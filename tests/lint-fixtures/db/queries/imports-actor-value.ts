// Deliberate layer violation, linted only by tests/unit/layers-lint.test.ts (as if it lived at db/queries/imports-actor-value.ts).
import * as actor from "@/lib/actor";
export const value = actor;
