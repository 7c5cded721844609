/**
 * How an order is named on screen: the seller's own id for orders sent through the API, otherwise the
 * last characters of our id (the random part of it, so neighbours differ).
 */
export function orderReference(order: { id: string; externalId: string | null }): string {
  return order.externalId ?? `#${order.id.slice(-8)}`;
}
