import type { Config } from "tailwindcss";

/**
 * Canal's design tokens. Tailwind 4 reads this file because app/globals.css names it with
 * `@config`; sources are detected automatically, so no `content` list is needed.
 *
 * Contrast (WCAG 2.1): white text on brand-700 is 6.5:1, on brand-600 4.7:1; brand-700 text
 * on white is 6.5:1. Use brand-700+ for text and filled buttons, brand-600 for focus rings.
 */
const config: Config = {
  theme: {
    extend: {
      colors: {
        brand: {
          50: "#effbfc",
          100: "#d6f3f7",
          200: "#b2e7ef",
          300: "#7cd4e3",
          400: "#3fb8cf",
          500: "#239bb5",
          600: "#1f7d99",
          700: "#20657d",
          800: "#235467",
          900: "#224758",
          950: "#112e3c",
        },
      },
      fontFamily: {
        sans: [
          "Inter",
          "ui-sans-serif",
          "system-ui",
          "-apple-system",
          "Segoe UI",
          "Roboto",
          "Helvetica Neue",
          "Arial",
          "sans-serif",
        ],
        mono: ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"],
      },
      keyframes: {
        "fade-in": { from: { opacity: "0" }, to: { opacity: "1" } },
        // Only `transform`: Tailwind 4's translate-* utilities use the separate `translate` property.
        "scale-in": {
          from: { opacity: "0", transform: "translateY(0.5rem) scale(0.97)" },
          to: { opacity: "1", transform: "none" },
        },
        "slide-in-left": { from: { transform: "translateX(-100%)" }, to: { transform: "translateX(0)" } },
        "pop-in": {
          from: { opacity: "0", transform: "scale(0.96)" },
          to: { opacity: "1", transform: "scale(1)" },
        },
      },
      animation: {
        "fade-in": "fade-in 150ms ease-out",
        "scale-in": "scale-in 150ms ease-out",
        "slide-in-left": "slide-in-left 200ms ease-out",
        "pop-in": "pop-in 120ms ease-out",
      },
    },
  },
};

export default config;
