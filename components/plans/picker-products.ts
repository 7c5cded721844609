/** Moved to lib/plans/picker-products.ts (a route handler uses it too); kept for the pages that import it from here. */
export { pickerProducts } from "@/lib/plans/picker-products";
