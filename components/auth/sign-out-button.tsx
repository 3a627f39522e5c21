"use client";

import { useState } from "react";
import { LogOut } from "lucide-react";
import { useTranslations } from "next-intl";
import { signOutTo } from "@/components/auth/sign-out";
import { Button } from "@/components/ui/button";

/** Ends the session and returns to the sign-in page with a "signed out" note. */
export function SignOutButton() {
  const t = useTranslations("workspaces");
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="secondary"
      loading={pending}
      onClick={() => {
        setPending(true);
        void signOutTo("/login?signedOut=1");
      }}
    >
      <LogOut aria-hidden="true" />
      {t("signOut")}
    </Button>
  );
}
