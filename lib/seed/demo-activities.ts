import "server-only";
import { authorize, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { addDays, dayToDate, todayIn } from "@/lib/activities/dates";
import { logActivitySchema, logSharedActivitySchema } from "@/lib/activities/schema";
import { completeTask, logActivity, logSharedActivity } from "@/lib/activities/service";
import { withScope } from "@/lib/db/scope";
import { createOwnContact, createPartnerContact } from "@/lib/partners/contacts";
import { updateOwnPartnerProfile, updatePartnerProfile } from "@/lib/partners/profile";
import { contactSchema, partnerProfileFields } from "@/lib/partners/profile-schema";

/**
 * Demo Partner 360 and activities (lib/seed/demo.ts calls these after the accounts): company
 * profiles and contacts, and timelines with calls, meetings, e-mails, notes and tasks on
 * partners and accounts — internal and shared, logged by both sides, open, done and
 * overdue — in English for Acme and in Spanish for Globex. Everything goes through the
 * services; only "overdue" needs a due date the services refuse (in the past), so those
 * tasks are logged for today and then dated back, as if logged last week.
 */

type People = {
  partners: Map<string, string>;
  /** the portal context of a demo portal user, by e-mail */
  portal: (email: string) => Promise<PartnerCtx>;
  /** a back-office context of a demo vendor user, by e-mail */
  vendor: (email: string) => Promise<VendorCtx>;
};

const EMPTY_PROFILE = {
  legalName: "",
  taxId: "",
  website: "",
  phone: "",
  industry: "",
  addressLine1: "",
  addressLine2: "",
  city: "",
  region: "",
  postalCode: "",
};

type Entry = {
  kind: "CALL" | "MEETING" | "EMAIL" | "NOTE" | "TASK";
  title: string;
  body?: string;
  /** days from today (negative: in the past) */
  day?: number;
  due?: number;
  reminder?: "none" | "0" | "1" | "2" | "7";
  /** "m:<e-mail>" for a vendor user, "p:<e-mail>" for a portal user */
  assignee?: string;
  done?: boolean;
  /** due this many days ago (dated back after logging) */
  overdue?: number;
};

async function seatValue(tenantId: string, assignee: string): Promise<string> {
  const [side, email] = [assignee.slice(0, 1), assignee.slice(2)];
  return withScope({ audience: "system", tenantId, userEmail: email }, async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    const where = { tenantId_userId: { tenantId, userId: user.id } };
    const seat =
      side === "m"
        ? await tx.membership.findUniqueOrThrow({ where, select: { id: true } })
        : await tx.partnerUser.findUniqueOrThrow({ where, select: { id: true } });
    return `${side}:${seat.id}`;
  });
}

async function accountId(tenantId: string, name: string): Promise<string> {
  return withScope({ audience: "system", tenantId }, async (tx) => (await tx.account.findFirstOrThrow({ where: { tenantId, name }, select: { id: true } })).id);
}

/** Logs entries on one subject, as the vendor (`visibility`) or as a portal user. */
async function log(
  who: VendorCtx | PartnerCtx,
  subject: { type: "PARTNER" | "ACCOUNT"; id: string },
  visibility: "INTERNAL" | "SHARED",
  entries: Entry[],
): Promise<void> {
  const today = todayIn(who.tenant.timeZone);
  for (const entry of entries) {
    const fields = {
      subjectType: subject.type,
      subjectId: subject.id,
      kind: entry.kind,
      title: entry.title,
      body: entry.body ?? "",
      occurredOn: entry.kind === "TASK" ? "" : addDays(today, entry.day ?? 0),
      dueOn: entry.kind === "TASK" ? addDays(today, entry.overdue !== undefined ? 0 : (entry.due ?? 3)) : "",
      assignee: entry.assignee ? await seatValue(who.tenantId, entry.assignee) : "",
      reminder: entry.reminder ?? "none",
    };
    const item =
      who.audience === "vendor"
        ? await logActivity(who, logActivitySchema.parse({ ...fields, visibility }))
        : await logSharedActivity(who, logSharedActivitySchema.parse(fields));
    if (entry.overdue !== undefined) {
      const due = dayToDate(addDays(today, -entry.overdue));
      await withScope({ audience: "system", tenantId: who.tenantId }, (tx) =>
        tx.activity.updateMany({ where: { tenantId: who.tenantId, id: item.id }, data: { dueOn: due, occurredOn: dayToDate(addDays(today, -entry.overdue! - 7)) } }),
      );
    }
    if (entry.done && who.audience === "vendor") await completeTask(who, { activityId: item.id, version: item.version });
  }
}

export async function seedAcmeActivities(admin: VendorCtx, people: People): Promise<void> {
  authorize(admin, "activities.manage");
  const northwind = people.partners.get("Northwind Distribution")!;
  const bluepeak = people.partners.get("Bluepeak Systems")!;
  const marta = await people.vendor("manager@acme.test");
  const rafael = await people.vendor("rep@acme.test");
  const nora = await people.portal("admin@northwind.test");
  const ben = await people.portal("buyer@northwind.test");
  const blanca = await people.portal("admin@bluepeak.test");

  await updatePartnerProfile(marta, {
    ...partnerProfileFields.parse({
      ...EMPTY_PROFILE,
      legalName: "Northwind Distribution LLC",
      taxId: "US-36-4455667",
      website: "northwind.example",
      phone: "+1 312 555 0142",
      industry: "Industrial distribution",
      addressLine1: "200 W Adams St",
      addressLine2: "Suite 1400",
      city: "Chicago",
      region: "Illinois",
      postalCode: "60606",
      version: 0,
    }),
    partnerId: northwind,
  });
  await createPartnerContact(marta, {
    ...contactSchema.parse({ name: "Olivia Ortega", role: "Purchasing director", email: "olivia@northwind.example", phone: "+1 312 555 0150", primary: true }),
    partnerId: northwind,
  });
  await createOwnContact(nora, contactSchema.parse({ name: "Hank Hill", role: "Warehouse manager", email: "hank@northwind.example", phone: "", primary: false }));
  // Bluepeak keeps its own details up to date from the portal.
  await updateOwnPartnerProfile(
    blanca,
    partnerProfileFields.parse({
      ...EMPTY_PROFILE,
      legalName: "Bluepeak Systems S.L.",
      taxId: "B-87654321",
      website: "bluepeak.example",
      industry: "IT services",
      city: "Valencia",
      region: "Valencia",
      postalCode: "46001",
      version: 0,
    }),
  );
  await createOwnContact(blanca, contactSchema.parse({ name: "Blanca Peña", role: "Managing director", email: "admin@bluepeak.test", phone: "", primary: true }));

  await log(marta, { type: "PARTNER", id: northwind }, "INTERNAL", [
    { kind: "NOTE", title: "Margin pressure on the Midwest territory", body: "Their buyers asked twice for a better rebate. Consider it at the tier review; do not promise anything yet.", day: -12 },
    { kind: "TASK", title: "Prepare Northwind's tier review", assignee: "m:manager@acme.test", due: 4, reminder: "1" },
    { kind: "TASK", title: "Check Northwind's credit limit with finance", assignee: "m:manager@acme.test", overdue: 2 },
  ]);
  await log(marta, { type: "PARTNER", id: northwind }, "SHARED", [
    { kind: "CALL", title: "Quarterly business review call", body: "Reviewed Q4 sell-through and the spring promotion. Next review in March.", day: -9 },
    { kind: "MEETING", title: "Joint planning meeting in Chicago", body: "Agenda: 2027 targets, training plan, co-marketing.", day: 10 },
    { kind: "TASK", title: "Send the Q1 sell-through report", body: "Per product line, as agreed on the review call.", assignee: "p:buyer@northwind.test", due: 5, reminder: "1" },
    { kind: "TASK", title: "Upload the signed reseller agreement", assignee: "p:admin@northwind.test", overdue: 3 },
    { kind: "TASK", title: "Share the updated price list", assignee: "m:manager@acme.test", due: 1, done: true },
  ]);
  await log(nora, { type: "PARTNER", id: northwind }, "SHARED", [
    { kind: "EMAIL", title: "Sent our updated forecast", body: "Forecast for the next two quarters attached to the e-mail.", day: -2 },
    { kind: "TASK", title: "Confirm the training dates with our sales team", assignee: "p:admin@northwind.test", due: 7 },
  ]);
  await log(ben, { type: "ACCOUNT", id: await accountId(admin.tenantId, "Pacific Grocers Inc.") }, "SHARED", [
    { kind: "CALL", title: "Pacific Grocers: store rollout call", body: "They want 12 stores live before summer.", day: -4 },
  ]);
  await log(rafael, { type: "ACCOUNT", id: await accountId(admin.tenantId, "Globaltel Communications") }, "INTERNAL", [
    { kind: "MEETING", title: "Globaltel: direct renewal meeting", day: -6 },
    { kind: "TASK", title: "Send Globaltel the renewal quote", assignee: "m:rep@acme.test", overdue: 1 },
  ]);
  await log(marta, { type: "PARTNER", id: bluepeak }, "SHARED", [
    { kind: "CALL", title: "Welcome call with Bluepeak", body: "Walked through the portal and the seat limit.", day: -20 },
  ]);
}

export async function seedGlobexActivities(admin: VendorCtx, people: People): Promise<void> {
  authorize(admin, "activities.manage");
  const iberia = people.partners.get("Iberia Tech")!;
  const iker = await people.portal("admin@iberia.test");
  await updatePartnerProfile(admin, {
    ...partnerProfileFields.parse({
      ...EMPTY_PROFILE,
      legalName: "Iberia Tech S.A.",
      taxId: "A-28123456",
      website: "iberiatech.example",
      phone: "+34 91 555 01 23",
      industry: "Electrónica industrial",
      addressLine1: "Calle de Alcalá 120",
      city: "Madrid",
      region: "Madrid",
      postalCode: "28009",
      version: 0,
    }),
    partnerId: iberia,
  });
  await createPartnerContact(admin, {
    ...contactSchema.parse({ name: "María López", role: "Directora de compras", email: "maria.lopez@iberiatech.example", phone: "+34 600 123 456", primary: true }),
    partnerId: iberia,
  });
  await log(admin, { type: "PARTNER", id: iberia }, "INTERNAL", [
    { kind: "NOTE", title: "Posible ampliación a Portugal", body: "Lo comentaron de pasada; valorar si encaja en el territorio Iberia.", day: -5 },
  ]);
  await log(admin, { type: "PARTNER", id: iberia }, "SHARED", [
    { kind: "CALL", title: "Llamada de seguimiento trimestral", body: "Repasamos ventas del trimestre y el plan de formación.", day: -3 },
    { kind: "TASK", title: "Enviar el certificado de distribuidor firmado", assignee: "p:admin@iberia.test", overdue: 2 },
    { kind: "TASK", title: "Preparar la revisión de nivel de Iberia Tech", assignee: "m:admin@globex.test", due: 6, reminder: "2" },
  ]);
  await log(iker, { type: "PARTNER", id: iberia }, "SHARED", [
    { kind: "EMAIL", title: "Enviada la previsión de pedidos", body: "Previsión del próximo semestre adjunta al correo.", day: -1 },
  ]);
}
