"use client";

import { useState, useTransition, type KeyboardEvent } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { searchCreatorsAction } from "@/app/(seller)/seller/plans/actions";
import { CreatorAvatar } from "@/components/creators/creator-avatar";
import { Badge } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";

export type PickerCreator = { id: string; handle: string; displayName: string; followerCount: number; categories: string[]; avatarMediaId?: string | null };
/** A creator on the invited list; the status is shown once the plan is published. */
export type InvitedCreator = PickerCreator & { status?: "pending" | "accepted" | "declined" | "withdrawn" };

/**
 * The creators invited to a plan (sent as creatorIds[]) and the directory to pick them from:
 * search by name or handle, minimum followers and category. The search fields have no name, so
 * they are never part of the plan form's submission.
 */
export function CreatorPicker({
  initialResults,
  categories,
  initialInvited,
  locked = [],
  error,
}: {
  initialResults: PickerCreator[];
  categories: string[];
  initialInvited: InvitedCreator[];
  /** Invitations a published plan keeps: shown without a remove button. */
  locked?: string[];
  error?: string;
}) {
  const t = useTranslations("seller.plans.creatorPicker");
  const badges = useTranslations("seller.plans.invitationStates");
  const number = useFormatter().number;
  const followers = (count: number) => t("followers", { count });
  const [invited, setInvited] = useState<InvitedCreator[]>(initialInvited);
  const [results, setResults] = useState<PickerCreator[]>(initialResults);
  const [q, setQ] = useState("");
  const [minFollowers, setMinFollowers] = useState("");
  const [category, setCategory] = useState("");
  const [searchError, setSearchError] = useState<string | null>(null);
  const [searching, startSearch] = useTransition();
  const invitedIds = new Set(invited.map((c) => c.id));

  const search = () =>
    startSearch(async () => {
      const form = new FormData();
      form.set("q", q);
      form.set("minFollowers", minFollowers);
      form.set("category", category);
      const result = await searchCreatorsAction(null, form);
      if (result.ok) {
        setResults(result.data);
        setSearchError(null);
      } else {
        setSearchError(Object.values(result.fieldErrors)[0] ?? result.error);
      }
    });
  const searchOnEnter = (event: KeyboardEvent) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    search();
  };

  return (
    <div className="space-y-4">
      <div>
        <h3 className="text-sm font-medium text-slate-800">{t("invited", { count: number(invited.length) })}</h3>
        {error ? (
          <p className="mt-1 text-sm text-red-600" role="alert">
            {error}
          </p>
        ) : null}
        {invited.length === 0 ? (
          <p className="mt-1 text-sm text-slate-500">{t("noOne")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-100 rounded-lg bg-white ring-1 ring-slate-200" aria-label={t("invitedList")}>
            {invited.map((creator) => (
              <li key={creator.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 text-sm">
                <input type="hidden" name="creatorIds[]" value={creator.id} />
                <CreatorAvatar name={creator.displayName} mediaId={creator.avatarMediaId} size="sm" />
                <span className="min-w-0 break-words font-medium text-slate-900">{creator.displayName}</span>
                <span className="min-w-0 break-all text-slate-500">@{creator.handle}</span>
                <span className="text-slate-500">{followers(creator.followerCount)}</span>
                {creator.status ? <Badge tone={creator.status === "accepted" ? "green" : creator.status === "declined" ? "red" : "amber"}>{badges(creator.status)}</Badge> : null}
                {locked.includes(creator.id) ? null : (
                  <Button
                    variant="ghost"
                    size="sm"
                    className="ml-auto max-sm:min-h-11"
                    onClick={() => setInvited(invited.filter((c) => c.id !== creator.id))}
                    aria-label={t("removeCreator", { name: creator.displayName })}
                  >
                    {t("remove")}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className="space-y-3 rounded-lg bg-slate-50 p-3 ring-1 ring-slate-200">
        <h3 className="text-sm font-medium text-slate-800">{t("directory")}</h3>
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-[1fr_9rem_10rem_auto]">
          <Input value={q} onChange={(e) => setQ(e.target.value)} onKeyDown={searchOnEnter} placeholder={t("query")} aria-label={t("queryAria")} className="col-span-2 max-sm:min-h-11 sm:col-span-1" />
          <Input value={minFollowers} onChange={(e) => setMinFollowers(e.target.value)} onKeyDown={searchOnEnter} inputMode="numeric" placeholder={t("minFollowers")} aria-label={t("minFollowersAria")} className="min-w-0 max-sm:min-h-11" />
          <Select value={category} onChange={(e) => setCategory(e.target.value)} aria-label={t("category")} className="min-w-0 max-sm:min-h-11">
            <option value="">{t("anyCategory")}</option>
            {categories.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </Select>
          <Button variant="secondary" onClick={search} disabled={searching} className="col-span-2 max-sm:min-h-11 sm:col-span-1">
            {searching ? t("searching") : t("search")}
          </Button>
        </div>
        {searchError ? (
          <p className="text-sm text-red-600" role="alert">
            {searchError}
          </p>
        ) : null}
        {results.length === 0 ? (
          <p className="text-sm text-slate-500">{t("noMatch")}</p>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-lg bg-white ring-1 ring-slate-200" aria-label={t("results")} aria-busy={searching}>
            {results.map((creator) => (
              <li key={creator.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 text-sm">
                <CreatorAvatar name={creator.displayName} mediaId={creator.avatarMediaId} size="sm" />
                <span className="min-w-0 break-words font-medium text-slate-900">{creator.displayName}</span>
                <span className="min-w-0 break-all text-slate-500">@{creator.handle}</span>
                <span className="text-slate-500">{followers(creator.followerCount)}</span>
                {creator.categories.length ? <span className="text-xs text-slate-500">{creator.categories.join(", ")}</span> : null}
                <Button
                  variant={invitedIds.has(creator.id) ? "ghost" : "secondary"}
                  size="sm"
                  className="ml-auto max-sm:min-h-11"
                  disabled={invitedIds.has(creator.id)}
                  onClick={() => setInvited([...invited, creator])}
                  aria-label={invitedIds.has(creator.id) ? t("isInvited", { name: creator.displayName }) : t("inviteCreator", { name: creator.displayName })}
                >
                  {invitedIds.has(creator.id) ? t("invitedButton") : t("invite")}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
