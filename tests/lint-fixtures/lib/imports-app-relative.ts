// Deliberate layer violation, linted only by tests/unit/layers-lint.test.ts (as if it lived at lib/imports-app-relative.ts).
import { signInAction } from "../app/(auth)/actions";
export const action = signInAction;
