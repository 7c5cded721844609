import { sql, type SQL } from "drizzle-orm";

/**
 * Accent-insensitive search without an extension (PGlite and PostgreSQL alike): text is folded to
 * plain a–z before it becomes a tsvector, so "ca phe" finds "cà phê" and "Đèn" finds "den". The
 * fold is one `translate()` over lower-cased text, IMMUTABLE, so a generated column can hold it;
 * lib/catalogue/search.ts folds the query with the same table.
 */
function foldTable(): { from: string; to: string } {
  let from = "";
  let to = "";
  const ranges: [number, number][] = [
    [0x00c0, 0x024f], // Latin-1 Supplement, Latin Extended-A and -B
    [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese: ắ, ề, ộ, ự…)
  ];
  for (const [start, end] of ranges) {
    for (let code = start; code <= end; code++) {
      const char = String.fromCodePoint(code);
      if (char !== char.toLowerCase()) continue; // the column is lower-cased first
      const base = char.normalize("NFD")[0]!;
      if (base !== char && /^[a-z]$/.test(base)) {
        from += char;
        to += base;
      }
    }
  }
  // Letters NFD does not take apart.
  for (const [char, base] of [["đ", "d"], ["ø", "o"], ["ł", "l"], ["ħ", "h"], ["ı", "i"]] as const) {
    from += char;
    to += base;
  }
  return { from, to };
}

export const SEARCH_FOLD = foldTable();

/** Folds text as the search columns do (lower case, then the table above). */
export function foldForSearch(text: string): string {
  const lower = text.toLowerCase();
  let out = "";
  for (const char of lower) {
    const at = SEARCH_FOLD.from.indexOf(char);
    out += at === -1 ? char : SEARCH_FOLD.to[at];
  }
  return out;
}

/** products.search_vector (migration 0012, tests/unit/product-search.test.ts checks it is this fold). */
export const PRODUCT_SEARCH_VECTOR = sql.raw(`"products"."search_vector"`);

/**
 * The generated column's expression over a row's text columns, as migration 0012 writes it for
 * products: to_tsvector('simple', fold(a || ' ' || b …)).
 */
export function foldedVectorSql(columns: readonly string[]): string {
  const text = columns.map((c) => `coalesce("${c}", '')`).join(" || ' ' || ");
  return `to_tsvector('simple'::regconfig, translate(lower(${text}), '${SEARCH_FOLD.from}', '${SEARCH_FOLD.to}'))`;
}

/** The same fold over a column at query time (a shop's name, which has no search column of its own). */
export function foldedColumnVector(column: SQL | unknown): SQL {
  return sql`to_tsvector('simple'::regconfig, translate(lower(${column}), ${sql.raw(`'${SEARCH_FOLD.from}'`)}, ${sql.raw(`'${SEARCH_FOLD.to}'`)}))`;
}

/**
 * A search box's words as a tsquery: folded, split into a–z/0–9 words, each a prefix ("ca phe" →
 * "ca:* & phe:*"), so the query text holds nothing but those words. Undefined when no word is left.
 */
export function searchQuery(input: string): string | undefined {
  const words = foldForSearch(input).match(/[a-z0-9]+/g)?.slice(0, 8);
  return words && words.length > 0 ? words.map((w) => `${w}:*`).join(" & ") : undefined;
}
