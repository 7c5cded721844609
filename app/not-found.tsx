import { ButtonLink } from "@/components/ui/button";

export default function NotFound() {
  return (
    <div className="flex min-h-[60dvh] items-center justify-center px-4">
      <div className="max-w-md text-center">
        <p className="text-sm font-semibold text-brand-700">404</p>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">We could not find that page</h1>
        <p className="mt-2 text-slate-600">It may have moved, or the link may be mistyped.</p>
        <div className="mt-6">
          <ButtonLink href="/">Go to the start</ButtonLink>
        </div>
      </div>
    </div>
  );
}
