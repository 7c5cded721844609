/**
 * Which modules are server modules, for `import "server-only"` (issue #12): every module under
 * lib/, db/ (but db/migrations, db/seed and db/schema) and server/ that no "use client" file reaches through
 * its value imports. A client file's graph stops at a "use server" file (the client bundle gets a
 * reference to the action, not the module) and ignores type-only imports (erased).
 * Used by scripts/codemods/server-only.ts and tests/unit/server-only.test.ts.
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const SOURCE = /\.(ts|tsx)$/;
const SKIP_DIRS = new Set(["node_modules", ".git", ".data", "test-results", "playwright-report"]);
/** Where server modules live (relative to the root). */
const SERVER_ROOTS = ["lib", "db", "server"];
/**
 * Not marked: the migrations folder (SQL and journal), the demo seed (scripts only), tests, and
 * db/schema: table definitions with no secret, which drizzle-kit loads with require() outside any
 * bundler (`npm run db:generate`), where the marker would not resolve.
 */
const NOT_MODULES = [/^db\/migrations\//, /^db\/seed\//, /^db\/schema\//, /\.test\.tsx?$/, /\.d\.ts$/];

export const MARKER = 'import "server-only";';

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".next") || SKIP_DIRS.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (SOURCE.test(entry.name)) out.push(full);
  }
  return out;
}

const parse = (file: string) => ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);

function directive(source: ts.SourceFile): string | undefined {
  const first = source.statements[0];
  return first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) ? first.expression.text : undefined;
}

/** The specifiers a module loads at run time (type-only imports and exports are erased). */
function valueImports(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause &&
        (clause.isTypeOnly ||
          (!clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteral(arg)) found.push(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function resolveLocal(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return undefined; // a package
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (SOURCE.test(candidate) && fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

export type ServerOnlyPlan = {
  /** Server modules (relative paths): they must import "server-only". */
  server: string[];
  /** Modules under lib/, db/ and server/ that a "use client" file reaches: they must not. */
  clientReachable: string[];
};

export function planServerOnly(): ServerOnlyPlan {
  const files = walk(ROOT);
  const sources = new Map(files.map((file) => [file, parse(file)]));
  const reachable = new Set<string>();
  const stack = files.filter((file) => directive(sources.get(file)!) === "use client");
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (reachable.has(file)) continue;
    reachable.add(file);
    const source = sources.get(file) ?? parse(file);
    for (const specifier of valueImports(source)) {
      const target = resolveLocal(file, specifier);
      if (!target || reachable.has(target)) continue;
      const targetSource = sources.get(target) ?? parse(target);
      if (directive(targetSource) === "use server") continue; // the client gets a reference, not the module
      stack.push(target);
    }
  }
  const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");
  const candidates = files.map(rel).filter((file) => SERVER_ROOTS.some((dir) => file.startsWith(`${dir}/`)) && !NOT_MODULES.some((re) => re.test(file)));
  const client = new Set([...reachable].map(rel));
  return {
    server: candidates.filter((file) => !client.has(file)).sort(),
    clientReachable: candidates.filter((file) => client.has(file)).sort(),
  };
}

/** Whether a module's source imports the marker (anywhere among its imports). */
export function hasMarker(text: string): boolean {
  return /^import ["']server-only["'];?\s*$/m.test(text);
}

/** The source with the marker as its first import (after a directive such as "use server"). */
export function withMarker(text: string, file: string): string {
  if (hasMarker(text)) return text;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const first = source.statements[0];
  if (first && directive(source) !== undefined) {
    const end = first.getEnd();
    return `${text.slice(0, end)}\n${MARKER}${text.slice(end)}`;
  }
  const firstImport = source.statements.find((s) => ts.isImportDeclaration(s));
  if (firstImport) {
    const at = firstImport.getStart(source);
    return `${text.slice(0, at)}${MARKER}\n${text.slice(at)}`;
  }
  return `${MARKER}\n\n${text}`;
}

/** The source without the marker. */
export function withoutMarker(text: string): string {
  return text.replace(/^import ["']server-only["'];?[ \t]*\r?\n(\r?\n)?/m, "");
}
