import type { ReactNode } from "react";
import { changeLocaleAction } from "@/app/actions/locale";
import { PublicFrame } from "@/components/auth/public-frame";

/** The chooser sits outside any workspace, so it wears the same frame as sign-in. */
export default function WorkspacesLayout({ children }: { children: ReactNode }) {
  return <PublicFrame changeLocale={changeLocaleAction}>{children}</PublicFrame>;
}
