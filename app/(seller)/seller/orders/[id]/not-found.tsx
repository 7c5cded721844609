import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";

export default function OrderNotFound() {
  return (
    <EmptyState title="Order not found" action={<ButtonLink href="/seller/orders">All orders</ButtonLink>}>
      There is no order with this id in your shop.
    </EmptyState>
  );
}
