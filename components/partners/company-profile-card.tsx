import { useTranslations } from "next-intl";
import { BreakText } from "@/components/ui/break-text";
import { Facts } from "@/components/backoffice/facts";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { ServerAction } from "@/lib/http/action-state";
import type { CompanyProfile } from "@/lib/partners/profile-types";
import { CompanyProfileDialog } from "./company-profile-dialog";

export type CompanyProfileCardProps = {
  tenant: string;
  profile: CompanyProfile;
  /** The vendor's view names the partner; the portal's does not. */
  partnerId?: string;
  /** Given to those who may edit it (partners.manage, or the partner's admins). */
  edit?: ServerAction;
  description: string;
};

/** The company's details (legal name, tax id, website, address, phone, industry). */
export function CompanyProfileCard({ tenant, profile, partnerId, edit, description }: CompanyProfileCardProps) {
  const t = useTranslations("partnerProfile.profile");
  const missing = <span className="font-normal text-slate-600">{t("missing")}</span>;
  const address = [profile.addressLine1, profile.addressLine2, [profile.postalCode, profile.city].filter(Boolean).join(" "), profile.region]
    .filter((line) => line)
    .map((line) => <span key={line} className="block">{line}</span>);
  return (
    <Card className="h-fit">
      <CardHeader className="flex flex-row flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <CardTitle>{t("title")}</CardTitle>
          <CardDescription>{description}</CardDescription>
        </div>
        {edit && <CompanyProfileDialog tenant={tenant} profile={profile} action={edit} {...(partnerId ? { partnerId } : {})} />}
      </CardHeader>
      <CardContent>
        <Facts
          items={[
            { label: t("fields.legalName"), value: profile.legalName ?? missing },
            { label: t("fields.taxId"), value: profile.taxId ?? missing },
            {
              label: t("fields.website"),
              value: profile.website ? (
                <a href={profile.website} rel="noopener noreferrer nofollow" target="_blank" className="text-brand-700 underline-offset-4 hover:underline">
                  <BreakText value={profile.website} />
                </a>
              ) : (
                missing
              ),
            },
            { label: t("fields.phone"), value: profile.phone ?? missing },
            { label: t("fields.industry"), value: profile.industry ?? missing },
            { label: t("address"), value: address.length ? address : missing },
          ]}
        />
      </CardContent>
    </Card>
  );
}
