import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";

export default function CommissionNotFound() {
  return (
    <EmptyState title="Commission not found" action={<ButtonLink href="/creator/commissions">All commissions</ButtonLink>}>
      There is no commission with this id among yours.
    </EmptyState>
  );
}
