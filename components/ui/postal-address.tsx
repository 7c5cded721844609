import { useLocale } from "next-intl";
import type { ShippingAddress } from "@/lib/orders/timeline";
import { cn } from "./cn";

const regionNames = new Map<string, Intl.DisplayNames>();
/** The country's name in the reader's language ("Vietnam", "Việt Nam"). */
function countryName(locale: string, code: string): string {
  let names = regionNames.get(locale);
  if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([locale], { type: "region" })));
  return names.of(code) ?? code;
}

/** A shipping address as it is written on a parcel, with the country's name spelled out. */
export function PostalAddress({ address, name, className }: { address: ShippingAddress; name?: string | null; className?: string }) {
  const locale = useLocale();
  const lines = [name, address.line1, address.line2, `${address.postalCode} ${address.city}`, countryName(locale, address.country)].filter(Boolean);
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
