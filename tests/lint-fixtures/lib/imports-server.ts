// Deliberate layer violation, linted only by tests/unit/layers-lint.test.ts (as if it lived at lib/imports-server.ts).
import { actorFor } from "@/server/context";
export const actor = actorFor;
