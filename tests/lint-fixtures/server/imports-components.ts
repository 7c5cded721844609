// Deliberate layer violation, linted only by tests/unit/layers-lint.test.ts (as if it lived at server/imports-components.ts).
import { AppShell } from "@/components/layout/app-shell";
export const shell = AppShell;
