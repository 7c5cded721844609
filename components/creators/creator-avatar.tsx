import { cn } from "@/components/ui/cn";
import { mediaUrl } from "@/lib/media/url";

const SIZES = { sm: "size-10 text-sm", md: "size-14 text-xl", lg: "size-20 text-2xl" } as const;

/** Up to two initials of a name ("Mai Tran" → "MT"), for a creator without a picture. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words;
  return letters.map((w) => Array.from(w)[0]!.toUpperCase()).join("") || "?";
}

/**
 * A creator's picture, or their initials on a tinted disc. Decorative: the name is always written
 * next to it, so it is hidden from screen readers.
 */
export function CreatorAvatar({ name, mediaId, size = "md", className }: { name: string; mediaId: string | null | undefined; size?: keyof typeof SIZES; className?: string }) {
  const url = mediaUrl(mediaId);
  const box = cn("shrink-0 rounded-full", SIZES[size], className);
  return url ? (
    // eslint-disable-next-line @next/next/no-img-element -- app-served media, sized by its box
    <img src={url} alt="" className={cn(box, "object-cover ring-1 ring-slate-200")} />
  ) : (
    <span className={cn(box, "flex items-center justify-center bg-brand-50 font-semibold text-brand-700 ring-1 ring-brand-100")} aria-hidden="true">
      {initialsOf(name)}
    </span>
  );
}
