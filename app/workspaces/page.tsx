import Link from "@/components/ui/link";
import { LayoutGrid, Plus } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { PendingInvitations } from "@/components/auth/pending-invitations";
import { WorkspaceCard } from "@/components/auth/workspace-card";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { userPage } from "@/lib/auth/wrappers";
import { env } from "@/lib/env";
import { listWorkspaces } from "@/lib/tenancy/service";
import { listPendingInvitations } from "@/lib/users/invitations";
import { respondToInvitationAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";

export async function generateMetadata() {
  const t = await getTranslations("workspaces");
  return { title: t("metaTitle") };
}

/**
 * The workspace chooser: every back office and partner portal this person may enter,
 * and the invitations waiting for their answer.
 */
export default userPage("workspaces.read", async ({ ctx }) => {
  const t = await getTranslations("workspaces");
  const [workspaces, invitations] = await Promise.all([listWorkspaces(ctx), listPendingInvitations(ctx)]);
  const signupEnabled = env().PUBLIC_SIGNUP_ENABLED;
  const createLink = (variant: "primary" | "secondary") => (
    <Link href="/signup" className={buttonVariants({ variant })}>
      <Plus aria-hidden="true" />
      {t("create")}
    </Link>
  );

  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "account.pending", "workspaces"]}>
      <div className="mx-auto w-full max-w-4xl px-4 py-8 sm:px-6 sm:py-12">
        <PageHeader
          title={t("title")}
          description={t("description", { name: ctx.user.name, email: ctx.user.email })}
          actions={
            <>
              {signupEnabled && workspaces.length > 0 && createLink("secondary")}
              <SignOutButton />
            </>
          }
        />
        <PendingInvitations invitations={invitations} respond={respondToInvitationAction} />
        {workspaces.length === 0 ? (
          <EmptyState
            icon={<LayoutGrid />}
            title={t("emptyTitle")}
            description={signupEnabled ? t("emptyBodyWithSignup") : t("emptyBody")}
            action={signupEnabled ? createLink("primary") : undefined}
          />
        ) : (
          <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2" aria-label={t("listLabel")}>
            {workspaces.map((workspace) => (
              <li key={`${workspace.audience}:${workspace.tenantSlug}`}>
                <WorkspaceCard workspace={workspace} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </ClientMessages>
  );
});
