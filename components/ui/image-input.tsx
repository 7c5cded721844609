"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

const MAX_BYTES = 2 * 1024 * 1024;

/**
 * A file input for a picture with a preview of what is there now and what was picked. Too-big files
 * are caught before upload (the server checks the size and the real type again).
 */
export function ImageInput({ id, name, currentUrl, invalid }: { id: string; name: string; currentUrl?: string | null; invalid?: boolean }) {
  const t = useTranslations("common.image");
  const [preview, setPreview] = useState<string | null>(currentUrl ?? null);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex items-center gap-4">
      <div className="flex size-20 shrink-0 items-center justify-center overflow-hidden rounded-md bg-slate-100 ring-1 ring-slate-200">
        {preview ? (
          // eslint-disable-next-line @next/next/no-img-element -- previews are object URLs or app-served media
          <img src={preview} alt="" className="size-full object-cover" />
        ) : (
          <span className="text-xs text-slate-600">{t("none")}</span>
        )}
      </div>
      <div className="min-w-0 flex-1">
        <input
          id={id}
          name={name}
          type="file"
          accept="image/png,image/jpeg,image/webp,image/gif"
          aria-invalid={invalid || !!error || undefined}
          className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-1.5 file:text-sm file:font-medium hover:file:bg-slate-200 max-sm:file:min-h-11"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (!file) return setPreview(currentUrl ?? null);
            if (file.size > MAX_BYTES) {
              event.currentTarget.value = "";
              setError(t("tooBig"));
              return;
            }
            setError(null);
            setPreview(URL.createObjectURL(file));
          }}
        />
        <p className={`mt-1 text-xs ${error ? "text-red-600" : "text-slate-500"}`}>{error ?? t("hint")}</p>
      </div>
    </div>
  );
}
