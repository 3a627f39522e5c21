import Link from "@/components/ui/link";
import type { AuditObject, AuditPerson } from "@/lib/audit/schema";

/** Where a record of the audit log is shown in the back office (null: nowhere to go). */
export function auditObjectHref(object: AuditObject, adminBase: string): string | null {
  return object.path ? `${adminBase}/${object.path}` : null;
}

const linkClass = "rounded font-medium text-brand-800 underline-offset-4 [overflow-wrap:anywhere] hover:underline";

/** The record's name, linked to its page when it has one. */
export function AuditObjectName({
  object,
  adminBase,
  fallback,
}: {
  object: AuditObject;
  adminBase: string;
  fallback: string;
}) {
  const name = object.name ?? fallback;
  const href = object.name ? auditObjectHref(object, adminBase) : null;
  return href ? (
    <Link href={href} className={linkClass}>
      {name}
    </Link>
  ) : (
    <span className="font-medium text-slate-900 [overflow-wrap:anywhere]">{name}</span>
  );
}

/** Who acted, linked to everything they did; Canal itself when nobody did. */
export function AuditActorName({
  actor,
  auditPath,
  system,
}: {
  actor: AuditPerson | null;
  auditPath: string;
  system: string;
}) {
  if (!actor) return <span className="text-slate-600">{system}</span>;
  return (
    <Link href={`${auditPath}?actor=${actor.id}`} className={linkClass}>
      {actor.name || actor.email}
    </Link>
  );
}
