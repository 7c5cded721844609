import { ProductCard, type ProductCardView } from "./product-card";

/** The marketplace's grid of product cards (the products page and a shop's page), each with its heart and its get-link buttons. */
export function ProductGrid({ cards, label }: { cards: ProductCardView[]; label: string }) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-3 xl:grid-cols-4" aria-label={label}>
      {cards.map((card) => (
        <li key={card.id}>
          <ProductCard card={card} />
        </li>
      ))}
    </ul>
  );
}
