import "server-only";

/**
 * Where a creator can share a short link with one tap: each network's plain share address with the
 * link (and a line of text) percent-encoded into it. Opened in a new tab; no third-party scripts.
 */
export const SHARE_TARGETS = ["facebook", "x", "threads", "whatsapp", "telegram", "email"] as const;
export type ShareTarget = (typeof SHARE_TARGETS)[number];

export const SHARE_LABELS: Record<ShareTarget, string> = {
  facebook: "Facebook",
  x: "X",
  threads: "Threads",
  whatsapp: "WhatsApp",
  telegram: "Telegram",
  email: "E-mail",
};

// encodeURIComponent, not URLSearchParams: mailto bodies need %20 for spaces, never "+".
const enc = encodeURIComponent;

export function shareUrl(target: ShareTarget, link: string, text: string): string {
  switch (target) {
    case "facebook":
      return `https://www.facebook.com/sharer/sharer.php?u=${enc(link)}`;
    case "x":
      return `https://x.com/intent/tweet?text=${enc(text)}&url=${enc(link)}`;
    case "threads":
      return `https://www.threads.com/intent/post?text=${enc(text)}&url=${enc(link)}`;
    case "whatsapp":
      return `https://wa.me/?text=${enc(`${text} ${link}`)}`;
    case "telegram":
      return `https://t.me/share/url?url=${enc(link)}&text=${enc(text)}`;
    case "email":
      return `mailto:?subject=${enc(text)}&body=${enc(`${text}\n\n${link}`)}`;
  }
}

export function shareUrls(link: string, text: string): { target: ShareTarget; label: string; url: string }[] {
  return SHARE_TARGETS.map((target) => ({ target, label: SHARE_LABELS[target], url: shareUrl(target, link, text) }));
}
