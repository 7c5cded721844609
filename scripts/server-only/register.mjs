// Preloaded by every tsx entry point (`tsx --import ./scripts/server-only/register.mjs …`, and the
// server processes' execArgv): outside Next's bundler nothing resolves `import "server-only"`, and
// a script is server code by definition, so the marker resolves to an empty module here. Next
// resolves it itself (empty on the server, an error in a client bundle); vitest aliases it.
import { register } from "node:module";

register("./resolve.mjs", import.meta.url);
