import type { Channel } from "@/db/schema";

/** How each channel tag reads to a creator choosing where a link will be shared. */
export const CHANNEL_LABELS: Record<Channel, string> = {
  instagram: "Instagram",
  youtube: "YouTube",
  facebook: "Facebook",
  threads: "Threads",
  tiktok: "TikTok",
  blog: "Blog",
  email: "E-mail newsletter",
  other: "Other",
};
