// Deliberate layer violation, linted only by tests/unit/layers-lint.test.ts (as if it lived at lib/imports-react.ts).
import { useState } from "react";
export const hook = useState;
