import { StorefrontFrame } from "@/app/storefront-frame";

export default function OrderNotFound() {
  return (
    <StorefrontFrame>
      <div className="mx-auto max-w-md py-16 text-center">
        <p className="text-sm font-semibold text-brand-700">404</p>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">We could not find this order</h1>
        <p className="mt-2 text-slate-600">Check that the address is complete: it is the link shown after you paid, with its 32-character code.</p>
      </div>
    </StorefrontFrame>
  );
}
