/** Tailwind 4 runs as a PostCSS plugin; `app/globals.css` pulls in tailwind.config.ts with `@config`. */
const config = {
  plugins: {
    "@tailwindcss/postcss": {},
  },
};

export default config;
