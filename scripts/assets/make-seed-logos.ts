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

const dir = path.join(import.meta.dirname, "..", "..", "prisma", "seed-assets");
writeFileSync(path.join(dir, "acme-logo.png"), acme);
writeFileSync(path.join(dir, "globex-logo.png"), globex);
console.log(`wrote ${acme.length} and ${globex.length} bytes to ${dir}`);
