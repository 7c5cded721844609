import { CopyButton } from "@/components/ui/copy-button";
import { Card } from "@/components/ui/card";
import { earningDaysLeft, formatEarningDate } from "@/lib/sharing/earning-window";
import { shareUrls } from "@/lib/sharing/share-urls";

/**
 * Everything a creator needs to share one link: the short link with a copy button, its QR code to
 * download, one-tap share addresses and how long it earns.
 */
export function LinkSharePanel({ linkId, shortLink, shareText, earnsUntil, at }: { linkId: string; shortLink: string; shareText: string; earnsUntil: Date; at: Date }) {
  const daysLeft = earningDaysLeft(earnsUntil, at);
  const qr = (format: "png" | "svg", download = false) => `/creator/links/${linkId}/qr?format=${format}${download ? "&download=1" : ""}`;
  return (
    <div className="grid gap-4 lg:grid-cols-[1fr_auto]">
      <Card className="space-y-5">
        <div>
          <label htmlFor="short-link" className="block text-sm font-medium text-slate-800">
            Your short link
          </label>
          <div className="mt-1 flex flex-col gap-2 sm:flex-row sm:items-center">
            <input
              id="short-link"
              readOnly
              value={shortLink}
              className="block w-full rounded-md border-0 bg-slate-50 px-3 py-2 font-mono text-sm text-slate-900 ring-1 ring-inset ring-slate-300"
            />
            <CopyButton text={shortLink} buttonText="Copy link" copiedText="Link copied" />
          </div>
          <p className="mt-2 text-sm text-slate-600">
            {daysLeft > 0 ? (
              <>
                Earns until <span className="font-medium text-slate-900">{formatEarningDate(earnsUntil)}</span>, {daysLeft} {daysLeft === 1 ? "day" : "days"}. After
                that it still takes buyers to the page but earns nothing: make a new one then.
              </>
            ) : (
              <>Stopped earning on {formatEarningDate(earnsUntil)}. It still takes buyers to the page; get a new link to earn again.</>
            )}
          </p>
        </div>
        <div>
          <h2 className="text-sm font-medium text-slate-800">Share it</h2>
          <ul className="mt-2 flex flex-wrap gap-2" aria-label="Share buttons">
            {shareUrls(shortLink, shareText).map((share) => (
              <li key={share.target}>
                <a
                  href={share.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="inline-flex items-center rounded-md bg-white px-3 py-1.5 text-sm font-medium text-slate-800 shadow-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-50"
                  aria-label={`Share on ${share.label}`}
                >
                  {share.label}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </Card>
      <Card className="flex flex-col items-center gap-3 lg:w-72">
        <h2 className="self-start text-sm font-medium text-slate-800">QR code</h2>
        {/* eslint-disable-next-line @next/next/no-img-element -- generated per link by our own route */}
        <img src={qr("svg")} alt={`QR code for ${shortLink}`} width={192} height={192} className="size-48" />
        <div className="flex gap-2">
          <a href={qr("png", true)} download className="whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-medium text-brand-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
            Download PNG
          </a>
          <a href={qr("svg", true)} download className="whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-medium text-brand-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
            Download SVG
          </a>
        </div>
      </Card>
    </div>
  );
}
