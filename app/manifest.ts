import type { MetadataRoute } from "next";

/**
 * The web app manifest (/manifest.webmanifest): partners add the portal to a phone's home
 * screen and it opens full screen on the workspace chooser (after signing in when needed),
 * one tap from their portal. Icons: app/icon.svg, app/favicon.ico, app/apple-icon.png and
 * public/icons/ (one mark; the maskable one keeps it inside the safe zone).
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Canal",
    short_name: "Canal",
    description: "Channel management: partners, portal and back office.",
    id: "/",
    start_url: "/workspaces",
    scope: "/",
    display: "standalone",
    background_color: "#f8fafc",
    theme_color: "#20657d",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
