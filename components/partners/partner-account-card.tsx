import { useTranslations } from "next-intl";
import { Facts } from "@/components/backoffice/facts";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { SelectOption } from "@/components/ui/select";
import type { ServerAction } from "@/lib/http/action-state";
import type { ChannelManager, PartnerProfile, SeatCounts } from "@/lib/partners/types";
import { PartnerAccountForm } from "./partner-account-form";

export type PartnerAccountCardProps = {
  tenant: string;
  partner: PartnerProfile;
  channelManager: ChannelManager | null;
  seats: SeatCounts;
  /** Whether the tenant lets partner admins manage their own team (tenant settings). */
  selfService: boolean;
  /** With partners.manage: the form's action and the people who may be named. */
  edit?: { action: ServerAction; managers: SelectOption[] };
};

/**
 * The vendor's rules for one partner — channel manager, seat limit (with the seats taken,
 * invited and active apart) and whether its admins manage their own team — editable by
 * those who may manage partners.
 */
export function PartnerAccountCard({
  tenant,
  partner,
  channelManager,
  seats,
  selfService,
  edit,
}: PartnerAccountCardProps) {
  const t = useTranslations("team.account");
  const counts = useTranslations("team.counts");
  const taken = seats.active + seats.invited;
  const limit =
    partner.seatLimit === null
      ? counts("noLimit")
      : taken >= partner.seatLimit
        ? counts("limitReached", { limit: partner.seatLimit })
        : counts("limit", { taken, limit: partner.seatLimit });
  const manager = channelManager
    ? channelManager.active
      ? channelManager.name
      : t("inactiveChannelManager", { name: channelManager.name })
    : t("noChannelManager");
  return (
    <Card className="h-fit">
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-5">
        <Facts
          items={[
            ...(edit ? [] : [{ label: t("channelManager"), value: manager }]),
            { label: t("seatLimit"), value: limit },
            {
              label: counts("activeColumn"),
              value: `${counts("active", { count: seats.active })} · ${counts("invited", { count: seats.invited })}`,
            },
            {
              label: t("selfServiceLabel"),
              value: (
                <>
                  {selfService ? t("selfService") : t("selfServiceOff")}
                  <span className="block text-xs font-normal text-slate-600">{t("selfServiceHint")}</span>
                </>
              ),
            },
          ]}
        />
        {edit && (
          <PartnerAccountForm
            tenant={tenant}
            partnerId={partner.id}
            action={edit.action}
            current={{ seatLimit: partner.seatLimit, channelManagerId: channelManager?.membershipId ?? null }}
            managers={
              channelManager && !edit.managers.some((m) => m.value === channelManager.membershipId)
                ? [...edit.managers, { value: channelManager.membershipId, label: manager }]
                : edit.managers
            }
          />
        )}
      </CardContent>
    </Card>
  );
}
