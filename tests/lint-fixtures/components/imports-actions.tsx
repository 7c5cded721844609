// Allowed, linted only by tests/unit/layers-lint.test.ts: a client component may import a route's server actions.
import { signInAction } from "@/app/(auth)/actions";
export const action = signInAction;
