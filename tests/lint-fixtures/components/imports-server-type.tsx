// Deliberate layer violation, linted only by tests/unit/layers-lint.test.ts (as if it lived at components/imports-server-type.tsx).
import type { ActionResult } from "@/server/form-action";
export type Props = { result: ActionResult };
