import { useTranslations } from "next-intl";
import { CopyButton } from "@/components/ui/copy-button";
import { Card } from "@/components/ui/card";
import { useReaderFormat } from "@/components/ui/formatted";
import { earningDaysLeft } from "@/lib/sharing/earning-window";
import { shareUrls } from "@/lib/sharing/share-urls";

const SMALL_LINK = "inline-flex min-h-11 items-center rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-inset ring-slate-300 hover:bg-slate-50 sm:min-h-0";

/**
 * Everything a creator needs to share one link: the short link with a copy button, its QR code to
 * download, one-tap share addresses and how long it earns.
 */
export function LinkSharePanel({ linkId, shortLink, shareText, earnsUntil, at }: { linkId: string; shortLink: string; shareText: string; earnsUntil: Date; at: Date }) {
  const t = useTranslations("creator.share");
  const format = useReaderFormat();
  const daysLeft = earningDaysLeft(earnsUntil, at);
  const qr = (kind: "png" | "svg", download = false) => `/creator/links/${linkId}/qr?format=${kind}${download ? "&download=1" : ""}`;
  return (
    <div className="grid gap-4 lg:grid-cols-[1fr_auto]">
      <Card className="min-w-0 space-y-5">
        <div>
          <label htmlFor="short-link" className="block text-sm font-medium text-slate-800">
            {t("shortLink")}
          </label>
          <div className="mt-1 flex flex-col gap-2 sm:flex-row sm:items-center">
            <input
              id="short-link"
              readOnly
              value={shortLink}
              className="block w-full min-w-0 rounded-md border-0 bg-slate-50 px-3 py-2 font-mono text-sm text-slate-900 ring-1 ring-inset ring-slate-300"
            />
            <CopyButton text={shortLink} buttonText={t("copyLink")} copiedText={t("linkCopied")} />
          </div>
          <p className="mt-2 text-sm text-slate-600">
            {daysLeft > 0
              ? t.rich("earnsUntil", { date: format.day(earnsUntil), count: daysLeft, b: (chunks) => <span className="font-medium text-slate-900">{chunks}</span> })
              : t("stopped", { date: format.day(earnsUntil) })}
          </p>
        </div>
        <div>
          <h2 className="text-sm font-medium text-slate-800">{t("shareIt")}</h2>
          <ul className="mt-2 flex flex-wrap gap-2" aria-label={t("shareButtons")}>
            {shareUrls(shortLink, shareText).map((share) => (
              <li key={share.target}>
                <a
                  href={share.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  className={`${SMALL_LINK} bg-white text-slate-800 shadow-sm`}
                  aria-label={t("shareOn", { network: share.label })}
                >
                  {share.label}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </Card>
      <Card className="flex flex-col items-center gap-3 lg:w-72">
        <h2 className="self-start text-sm font-medium text-slate-800">{t("qr")}</h2>
        {/* eslint-disable-next-line @next/next/no-img-element -- generated per link by our own route */}
        <img src={qr("svg")} alt={t("qrAlt", { link: shortLink })} width={192} height={192} className="size-48" />
        <div className="flex flex-wrap justify-center gap-2">
          <a href={qr("png", true)} download className={`${SMALL_LINK} whitespace-nowrap text-brand-700`}>
            {t("downloadPng")}
          </a>
          <a href={qr("svg", true)} download className={`${SMALL_LINK} whitespace-nowrap text-brand-700`}>
            {t("downloadSvg")}
          </a>
        </div>
      </Card>
    </div>
  );
}
