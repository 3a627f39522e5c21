import type { ReactNode } from "react";
import { changeLocaleAction } from "@/app/actions/locale";
import { PublicFrame } from "@/components/auth/public-frame";

/** Landing, sign-in, sign-up, password and invitation pages: no data, so no wrapper. */
export default function PublicLayout({ children }: { children: ReactNode }) {
  return <PublicFrame changeLocale={changeLocaleAction}>{children}</PublicFrame>;
}
