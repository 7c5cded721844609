export default function CampaignNotFound() {
  return (
    <div className="flex min-h-dvh items-center justify-center px-4">
      <div className="max-w-md text-center">
        <p className="text-sm font-semibold text-brand-700">404</p>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">We could not find this campaign</h1>
        <p className="mt-2 text-slate-600">The address may be mistyped, or the campaign may have moved to a new one.</p>
      </div>
    </div>
  );
}
