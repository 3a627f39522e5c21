/** Classes shared by Input, Textarea and Select so every control looks and behaves alike. */
export const controlClasses =
  "block w-full rounded-lg border border-slate-300 bg-white px-3 text-base text-slate-900 shadow-sm " +
  "placeholder:text-slate-500 transition-colors sm:text-sm " +
  "focus-visible:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600 " +
  "disabled:cursor-not-allowed disabled:bg-slate-100 disabled:text-slate-600 " +
  "aria-invalid:border-red-600 aria-invalid:focus-visible:outline-red-600";
