import type { ShippingAddress } from "@/lib/orders/timeline";
import { cn } from "./cn";

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

/** A shipping address as it is written on a parcel, with the country's name spelled out. */
export function PostalAddress({ address, name, className }: { address: ShippingAddress; name?: string | null; className?: string }) {
  const lines = [name, address.line1, address.line2, `${address.postalCode} ${address.city}`, regionNames.of(address.country) ?? address.country].filter(Boolean);
  return (
    <address className={cn("not-italic", className)}>
      {lines.map((line, i) => (
        <span key={i} className="block">
          {line}
        </span>
      ))}
    </address>
  );
}
