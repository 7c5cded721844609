import { StorefrontFrame } from "@/app/storefront-frame";

export default function ShowcaseNotFound() {
  return (
    <StorefrontFrame>
      <div className="mx-auto max-w-md py-16 text-center">
        <p className="text-sm font-semibold text-brand-700">404</p>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">We could not find this showcase</h1>
        <p className="mt-2 text-slate-600">The address may be mistyped, or the creator may have changed their name.</p>
      </div>
    </StorefrontFrame>
  );
}
