import type { MetadataRoute } from "next";

/** The web app manifest (/manifest.webmanifest): a creator can add the portal to a phone's home screen. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Linkshare — affiliate portal",
    short_name: "Linkshare",
    start_url: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#2563eb",
    icons: [
      { src: "/icon.png", sizes: "192x192", type: "image/png" },
      { src: "/apple-icon.png", sizes: "180x180", type: "image/png" },
    ],
  };
}
