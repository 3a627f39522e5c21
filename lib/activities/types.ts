import type { ActivityKindValue, ActivitySubjectTypeValue, ActivityVisibilityValue } from "./schema";

/** A person named on an activity, with the side of the channel they are on. */
export type ActivityPerson = { name: string; side: "VENDOR" | "PARTNER" };

/** One entry of a timeline or a task list, as the reader may see it. */
export type ActivityItem = {
  id: string;
  kind: ActivityKindValue;
  visibility: ActivityVisibilityValue;
  subjectType: ActivitySubjectTypeValue;
  /** the partner it belongs to (its name links to the partner page in the back office) */
  partner: { id: string; name: string } | null;
  /** the account it is about, for ACCOUNT subjects */
  account: { id: string; name: string } | null;
  /** the deal it is about, for DEAL subjects */
  deal: { id: string; name: string } | null;
  title: string;
  body: string | null;
  /** "YYYY-MM-DD" */
  occurredOn: string;
  dueOn: string | null;
  remindOn: string | null;
  author: ActivityPerson;
  assignee: ActivityPerson | null;
  completedAt: Date | null;
  completedBy: string | null;
  /** an open task past its due date, in the tenant's time zone */
  overdue: boolean;
  /** whether this reader may mark the task done */
  canComplete: boolean;
  version: number;
  createdAt: Date;
};

/** Someone a task can be assigned to: the form's select value ("m:mem_…" / "p:pu_…") and name. */
export type AssigneeOption = { value: string; label: string; side: "VENDOR" | "PARTNER"; /** the reader */ self: boolean };

/** A page of a timeline: newest first; `more` when older entries exist. */
export type Timeline = { items: ActivityItem[]; more: boolean };
