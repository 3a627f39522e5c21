import { PartnerCoopTab } from "@/components/coop/admin/partner-coop-tab";
import { PartnerDealsTab } from "@/components/deals/partner-deals-tab";
import { PartnerReceivablesTab } from "@/components/invoicing/partner-receivables-tab";
import { PartnerLeadsTab } from "@/components/leads/partner-leads-tab";
import { setPartnerTermsAction } from "../../invoices/actions";
import { ContactsTab } from "@/components/partners/360/contacts-tab";
import { LifecycleTab } from "@/components/partners/360/lifecycle-tab";
import { OnboardingTab } from "@/components/partners/360/onboarding-tab";
import { ProfileTab } from "@/components/partners/360/profile-tab";
import { ProgramTab } from "@/components/partners/360/program-tab";
import { PartnerTerritoriesAccounts } from "@/components/partners/360/territories-accounts-tab";
import { TimelineTab } from "@/components/partners/360/timeline-tab";
import type { PartnerTab } from "@/components/partners/360/types";
import { UsersTab } from "@/components/partners/360/users-tab";
import { PartnerWarrantiesTab } from "@/components/warranties/partner-warranties-tab";
import { completeTaskAction, logActivityAction } from "../../tasks/actions";
import {
  deactivatePartnerUserAction,
  reactivatePartnerUserAction,
  resendPartnerInvitationAction,
  updatePartnerAccountAction,
} from "../actions";
import { changePartnerStatusAction } from "../lifecycle-actions";
import {
  activatePartnerAction,
  clearOverrideAction,
  enrolPartnerAction,
  evaluatePartnerAction,
  overrideTierAction,
  recordMetricAction,
} from "../program-actions";
import {
  createPartnerContactAction,
  deletePartnerContactAction,
  updatePartnerContactAction,
  updatePartnerProfileAction,
} from "../profile-actions";

/**
 * Partner 360: the sections of a partner's page, one per module (see
 * components/partners/360/types.ts). To add one: write its component, then add ONE entry
 * here with a free `order` (lifecycle 15, program and tier 40, territories 50, accounts 60,
 * onboarding 70, orders/deals/co-op/warranties 100+); keep the timeline last.
 */
export const PARTNER_TABS: readonly PartnerTab[] = [
  {
    id: "profile",
    label: ["partner360", "tabs.profile"],
    permission: "partners.read",
    order: 10,
    render: (props) => (
      <ProfileTab {...props} actions={{ updateAccount: updatePartnerAccountAction, updateProfile: updatePartnerProfileAction }} />
    ),
  },
  {
    id: "lifecycle",
    label: ["partner360", "tabs.lifecycle"],
    permission: "partners.read",
    order: 15,
    render: (props) => <LifecycleTab {...props} actions={{ change: changePartnerStatusAction }} />,
  },
  {
    id: "contacts",
    label: ["partner360", "tabs.contacts"],
    permission: "partners.read",
    order: 20,
    render: (props) => (
      <ContactsTab
        {...props}
        actions={{ create: createPartnerContactAction, update: updatePartnerContactAction, remove: deletePartnerContactAction }}
      />
    ),
  },
  {
    id: "users",
    label: ["partner360", "tabs.users"],
    permission: "partners.read",
    order: 30,
    render: (props) => (
      <UsersTab
        {...props}
        actions={{
          deactivate: deactivatePartnerUserAction,
          reactivate: reactivatePartnerUserAction,
          resend: resendPartnerInvitationAction,
        }}
      />
    ),
  },
  {
    id: "program",
    label: ["programs", "partner.title"],
    permission: "programs.read",
    order: 40,
    render: (props) => (
      <ProgramTab
        {...props}
        actions={{
          enrol: enrolPartnerAction,
          evaluate: evaluatePartnerAction,
          override: overrideTierAction,
          clearOverride: clearOverrideAction,
          recordMetric: recordMetricAction,
        }}
      />
    ),
  },
  {
    id: "accounts",
    label: ["partner360", "tabs.accounts"],
    permission: "accounts.read",
    order: 50,
    render: ({ ctx, partner }) => <PartnerTerritoriesAccounts ctx={ctx} partnerId={partner.id} />,
  },
  {
    id: "onboarding",
    label: ["programs", "partner.onboardingTitle"],
    permission: "programs.read",
    order: 70,
    render: (props) => <OnboardingTab {...props} actions={{ activate: activatePartnerAction }} />,
  },
  {
    id: "deals",
    label: ["deals", "partnerTab.label"],
    permission: "deals.read",
    order: 100,
    render: (props) => <PartnerDealsTab {...props} />,
  },
  {
    id: "leads",
    label: ["leads", "partnerTab.label"],
    permission: "leads.read",
    order: 105,
    render: (props) => <PartnerLeadsTab {...props} />,
  },
  {
    id: "receivables",
    label: ["invoicing", "partnerTab.label"],
    permission: "invoices.read",
    order: 110,
    render: (props) => <PartnerReceivablesTab {...props} actions={{ setTerms: setPartnerTermsAction }} />,
  },
  {
    id: "coop",
    label: ["coopAdmin", "partnerTab.label"],
    permission: "coop.read",
    order: 120,
    render: (props) => <PartnerCoopTab {...props} />,
  },
  {
    id: "warranties",
    label: ["warranties", "tab.title"],
    permission: "warranties.read",
    order: 130,
    render: (props) => <PartnerWarrantiesTab {...props} />,
  },
  {
    id: "timeline",
    label: ["partner360", "tabs.timeline"],
    permission: "activities.read",
    order: 900,
    render: (props) => <TimelineTab {...props} actions={{ log: logActivityAction, complete: completeTaskAction }} />,
  },
];
