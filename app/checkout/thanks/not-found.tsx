import { StorefrontFrame } from "@/app/storefront-frame";

export default function ThanksNotFound() {
  return (
    <StorefrontFrame>
      <div className="mx-auto max-w-md py-16 text-center">
        <p className="text-sm font-semibold text-brand-700">404</p>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">We could not find these orders</h1>
        <p className="mt-2 text-slate-600">Use the link to each order’s status page that you got after paying.</p>
      </div>
    </StorefrontFrame>
  );
}
