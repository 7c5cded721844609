// Allowed: db/ takes lib/'s kernels and lib/actor's types (linted by tests/unit/layers-lint.test.ts as db/queries/imports-kernels.ts).
import type { Actor } from "@/lib/actor";
import { newId } from "@/lib/ids";
import { UserFacingError } from "@/lib/errors";
export type Row = { actor: Actor; id: ReturnType<typeof newId>; error?: UserFacingError };
