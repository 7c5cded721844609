import Link from "next/link";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { useReaderFormat } from "@/components/ui/formatted";

/** Why a link-share creator has no showcase yet, and what unlocks it. */
export function ShowcaseLocked({ followers, threshold }: { followers: number; threshold: number }) {
  const t = useTranslations("creator.showcaseLocked");
  const format = useReaderFormat();
  const numbers = { threshold: format.number(threshold), followers: format.number(followers), toGo: format.number(Math.max(threshold - followers, 0)) };
  return (
    <Alert tone="info">
      <p className="font-medium">{t("title", numbers)}</p>
      <p className="mt-1">{t("text", numbers)}</p>
      <p className="mt-2">
        <Link href="/creator/social" className="font-medium underline">
          {t("addAccounts")}
        </Link>
      </p>
    </Alert>
  );
}
