/**
 * Draws the demo tenants' logos (prisma/seed-assets/*.png), committed so the seed needs
 * nothing downloaded: `npx tsx scripts/assets/make-seed-logos.ts` re-draws them.
 * Simple geometric marks, 4× supersampled for smooth edges, on a transparent background.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { encodePng, rgb, type Rgba } from "./png";

const SIZE = 128;
const SAMPLES = 4;

/** Renders `inside(x, y)` (coordinates 0..1) → colour or null (transparent), antialiased. */
function draw(inside: (x: number, y: number) => string | null): Buffer {
  return encodePng(SIZE, SIZE, (px, py) => {
    const totals = [0, 0, 0, 0];
    for (let sy = 0; sy < SAMPLES; sy += 1) {
      for (let sx = 0; sx < SAMPLES; sx += 1) {
        const color = inside((px + (sx + 0.5) / SAMPLES) / SIZE, (py + (sy + 0.5) / SAMPLES) / SIZE);
        if (!color) continue;
        const [r, g, b] = rgb(color);
        totals[0] += r;
        totals[1] += g;
        totals[2] += b;
        totals[3] += 1;
      }
    }
    const n = totals[3]!;
    if (n === 0) return [0, 0, 0, 0];
    return [totals[0]! / n, totals[1]! / n, totals[2]! / n, (255 * n) / (SAMPLES * SAMPLES)].map(Math.round) as Rgba;
  });
}

const roundedSquare = (x: number, y: number, r: number) => {
  const dx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  return dx * dx + dy * dy <= r * r;
};

/** Acme Industrial: a teal tile with a white peak (an "A" without its bar). */
const acme = draw((x, y) => {
  if (!roundedSquare(x, y, 0.18)) return null;
  const peak =
    y > 0.22 && y < 0.8 && Math.abs(x - 0.5) < (y - 0.22) * 0.55 && Math.abs(x - 0.5) > (y - 0.22) * 0.55 - 0.14;
  return peak ? "#ffffff" : "#0f766e";
});

/** Globex Components: a red globe with white latitude bands. */
const globex = draw((x, y) => {
  const d = Math.hypot(x - 0.5, y - 0.5);
  if (d > 0.48) return null;
  const band = Math.abs(((y - 0.5) / 0.48) * 2 - Math.round(((y - 0.5) / 0.48) * 2)) < 0.07 && d < 0.42;
  const meridian = Math.abs(((x - 0.5) / 0.2) ** 2 + ((y - 0.5) / 0.42) ** 2 - 1) < 0.16;
  return band || meridian ? "#ffffff" : "#b91c1c";
});

/** Product pictures of the demo catalog (lib/seed/demo-catalog.ts): a device seen from the front. */
const device = (body: string, ports: number, led: string) =>
  draw((x, y) => {
    if (y < 0.36 || y > 0.64 || x < 0.08 || x > 0.92) return null;
    const slot = Math.floor((x - 0.14) / (0.72 / ports));
    const inPort = x > 0.14 && x < 0.86 && y > 0.47 && y < 0.57 && ((x - 0.14) / (0.72 / ports)) % 1 < 0.7 && slot < ports;
    if (inPort) return "#1e293b";
    if (Math.hypot(x - 0.84, y - 0.42) < 0.025) return led;
    return body;
  });
const router = device("#334155", 4, "#22c55e");
const switch24 = device("#475569", 12, "#38bdf8");
/** An access point: a white disc with a ring. */
const accessPoint = draw((x, y) => {
  const d = Math.hypot(x - 0.5, y - 0.5);
  if (d > 0.4) return null;
  if (Math.abs(d - 0.28) < 0.02) return "#94a3b8";
  if (d < 0.04) return "#0ea5e9";
  return "#f1f5f9";
});

const dir = path.join(import.meta.dirname, "..", "..", "prisma", "seed-assets");
const files: Record<string, Buffer> = {
  "acme-logo.png": acme,
  "globex-logo.png": globex,
  "product-router.png": router,
  "product-switch.png": switch24,
  "product-access-point.png": accessPoint,
};
for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(dir, name), bytes);
console.log(`wrote ${Object.keys(files).join(", ")} to ${dir}`);
