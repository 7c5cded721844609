import "server-only";

/** What a buyer is told about a product's stock: a few left is worth saying (the product page says it at 5 too). */
export const FEW_LEFT = 5;

export type StockLevel = "soldOut" | "onlyLeft" | "inStock";

export function stockLevel(stock: number): StockLevel {
  if (stock <= 0) return "soldOut";
  return stock <= FEW_LEFT ? "onlyLeft" : "inStock";
}
