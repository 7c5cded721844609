import "server-only";
import { getTableColumns, getTableName, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { executeRows, type Database } from "./client";

/**
 * Statements whose text does not depend on how many values they carry. A list spelled out as
 * `in ($1, $2, …)` or a multi-row `values (…), (…)` is a new statement for every length: the driver
 * prepares it again (a Parse and a Describe round trip, and PostgreSQL plans it anew), and drizzle
 * builds a parameter for every value. Here a list travels as one array parameter and rows as one
 * JSON parameter, so each statement is prepared once per connection and reused for any batch size.
 */

/** The text of a PostgreSQL array literal: `{"a","b",NULL}`, every element quoted and escaped. */
export function arrayLiteral(values: readonly (string | null)[]): string {
  return `{${values.map((v) => (v === null ? "NULL" : `"${v.replace(/[\\"]/g, "\\$&")}"`)).join(",")}}`;
}

/** A text[] parameter. */
export function textArray(values: readonly (string | null)[]): SQL {
  return sql`${arrayLiteral(values)}::text[]`;
}

/** A timestamptz[] parameter. */
export function timestampArray(values: readonly Date[]): SQL {
  return sql`${arrayLiteral(values.map((d) => d.toISOString()))}::timestamptz[]`;
}

/** `column = any($1::text[])`: inArray with one parameter, whatever the number of values (none matches nothing). */
export function anyOf(column: AnyColumn, values: readonly string[]): SQL {
  return sql`${column} = any(${textArray(values)})`;
}

type InsertOptions = {
  /** Skip rows that conflict on these columns (ON CONFLICT (…) DO NOTHING). */
  onConflictDoNothing?: AnyColumn[];
};

/** Rows of a table that hang off another's (an order's lines, a commission's first event): written only where their parent was. */
type Children<C extends PgTable> = { table: C; rows: C["$inferInsert"][]; parentKey: AnyColumn };

const statements = new Map<string, string[]>();

/** The columns any row gives a value (not undefined), sorted, as TypeScript keys. */
function keysOf(rows: object[]): string[] {
  const keys = new Set<string>();
  for (const row of rows) for (const [key, value] of Object.entries(row)) if (value !== undefined) keys.add(key);
  return [...keys].sort();
}

function columnName(table: PgTable, key: string): string {
  const column = (getTableColumns(table) as Record<string, AnyColumn>)[key];
  if (!column) throw new Error(`insertRows: ${getTableName(table)} has no column ${key}`);
  return column.name;
}

/** The rows as one JSON array keyed by column name: what json_populate_recordset reads. */
function rowsJson(table: PgTable, keys: string[], rows: object[]): string {
  const names = keys.map((key) => columnName(table, key));
  return JSON.stringify(
    rows.map((row) => {
      const out: Record<string, unknown> = {};
      keys.forEach((key, i) => (out[names[i]!] = (row as Record<string, unknown>)[key] ?? null));
      return out;
    }),
  );
}

/** `insert into t (…) select … from json_populate_recordset(null::t, ` + the JSON parameter + `) as r…`, as the text before and after it. */
function selectFromJson(table: PgTable, keys: string[]): [string, string] {
  const list = keys.map((key) => `"${columnName(table, key)}"`).join(", ");
  return [`insert into "${getTableName(table)}" (${list}) select ${list} from json_populate_recordset(null::"${getTableName(table)}", `, `::json) as r`];
}

/**
 * The statement's text around its JSON parameters (one, or two with children), built once per
 * shape (table, columns, conflict target, children) and cached.
 */
function insertStatement(table: PgTable, keys: string[], options: InsertOptions, children?: { table: PgTable; keys: string[]; parentKey: AnyColumn }): string[] {
  const conflict = options.onConflictDoNothing?.map((c) => `"${c.name}"`).join(", ");
  const signature = [getTableName(table), keys.join(","), conflict ?? "", children ? `${getTableName(children.table)}:${children.keys.join(",")}:${children.parentKey.name}` : ""].join("|");
  const known = statements.get(signature);
  if (known) return known;
  const [head, tail] = selectFromJson(table, keys);
  const parentTail = `${tail}${conflict ? ` on conflict (${conflict}) do nothing` : ""} returning "id"`;
  let fragments = [head, parentTail];
  if (children) {
    const [childHead, childTail] = selectFromJson(children.table, children.keys);
    fragments = [`with parent as (${head}`, `${parentTail}), children as (${childHead}`, `${childTail} where r."${children.parentKey.name}" in (select id from parent)) select id from parent`];
  }
  statements.set(signature, fragments);
  return fragments;
}

/**
 * Inserts rows in one statement of fixed text: `insert into t (…) select … from
 * json_populate_recordset(null::t, $1::json)`, and with `children`, their child rows in the same
 * statement (a data-modifying WITH): only those whose parent was written, so a parent skipped on
 * conflict takes its children with it. The columns are the keys any row gives a value (not
 * undefined); a row without one of them writes null there, not the column's default. Dates travel
 * as ISO strings, JSON columns as nested JSON. Returns the ids of the parent rows written.
 */
export async function insertRows<T extends PgTable, C extends PgTable>(
  db: Database,
  table: T,
  rows: T["$inferInsert"][],
  options: InsertOptions & { children?: Children<C> } = {},
): Promise<string[]> {
  if (rows.length === 0) return [];
  const keys = keysOf(rows);
  const child = options.children && options.children.rows.length > 0 ? { ...options.children, keys: keysOf(options.children.rows) } : undefined;
  const fragments = insertStatement(table, keys, options, child);
  const params = [rowsJson(table, keys, rows), ...(child ? [rowsJson(child.table, child.keys, child.rows)] : [])];
  const query = sql.join(fragments.map((fragment, i) => (i < params.length ? sql`${sql.raw(fragment)}${params[i]}` : sql.raw(fragment))));
  const returned = await executeRows<{ id: string }>(db, query);
  return returned.map((r) => r.id);
}
