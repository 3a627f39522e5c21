-- Tenant keys on every tenant row (issue 7): OutboxEvent, Delivery and Notification get a
-- required tenantId with compound keys and foreign keys; account messages move to their
-- own outbox (AccountEvent, AccountDelivery); AuthToken, DevMailboxMessage and
-- Delivery.userId get their foreign keys; JobRun records the scheduler's runs.
-- Order: new tables, then the data moves, then the constraints that rely on them.

-- CreateEnum
CREATE TYPE "JobRunStatus" AS ENUM ('RUNNING', 'SUCCEEDED', 'FAILED');

-- CreateTable
CREATE TABLE "JobRun" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "period" TIMESTAMP(3),
    "status" "JobRunStatus" NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "worker" TEXT NOT NULL,
    "output" JSONB,
    "lastError" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "JobRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountEvent" (
    "id" TEXT NOT NULL,
    "userId" TEXT,
    "email" TEXT,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "expandedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountEvent_pkey" PRIMARY KEY ("id"),
    -- owned by a login or, before one exists, by an address: exactly one of the two
    CONSTRAINT "AccountEvent_owner_check" CHECK (("userId" IS NULL) <> ("email" IS NULL))
);

-- CreateTable
CREATE TABLE "AccountDelivery" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "userId" TEXT,
    "channel" "NotificationChannel" NOT NULL,
    "to" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "subject" TEXT,
    "body" TEXT NOT NULL,
    "html" TEXT,
    "headers" JSONB,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "providerMessageId" TEXT,
    "sentAt" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AccountDelivery_pkey" PRIMARY KEY ("id")
);

-- Data: move account-level messages (no tenant) to the account outbox, give every other
-- delivery and notification its event's tenant, and drop rows that point at tenants or
-- users that no longer exist (nothing stopped that before this migration).

-- The login an account event is about: its first recipient naming a user, else one of
-- its deliveries' user; failing both (a sign-up verification sent before any login
-- exists), the address of its first e-mail recipient. An event with none reaches no one
-- and is dropped below.
INSERT INTO "AccountEvent" ("id", "userId", "email", "type", "payload", "expandedAt", "createdAt")
SELECT e."id", u."id", CASE WHEN u."id" IS NULL THEN o."email" END, e."type", e."payload", e."expandedAt", e."createdAt"
FROM "OutboxEvent" e
CROSS JOIN LATERAL (
  SELECT
    coalesce(
      (SELECT r->>'userId' FROM jsonb_array_elements(CASE WHEN jsonb_typeof(e."payload"->'recipients') = 'array'
         THEN e."payload"->'recipients' ELSE '[]'::jsonb END) r WHERE r ? 'userId' LIMIT 1),
      (SELECT d."userId" FROM "Delivery" d WHERE d."eventId" = e."id" AND d."userId" IS NOT NULL LIMIT 1)) AS "userId",
    (SELECT lower(r->>'email') FROM jsonb_array_elements(CASE WHEN jsonb_typeof(e."payload"->'recipients') = 'array'
       THEN e."payload"->'recipients' ELSE '[]'::jsonb END) r WHERE r ? 'email' LIMIT 1) AS "email"
) o
LEFT JOIN "User" u ON u."id" = o."userId"
WHERE e."tenantId" IS NULL AND (u."id" IS NOT NULL OR o."email" IS NOT NULL);

INSERT INTO "AccountDelivery" ("id", "eventId", "userId", "channel", "to", "locale", "subject", "body", "html",
  "headers", "status", "attempts", "nextAttemptAt", "lockedUntil", "lastError", "providerMessageId", "sentAt",
  "deliveredAt", "createdAt", "updatedAt")
SELECT d."id", d."eventId", a."userId", d."channel", d."to", d."locale", d."subject", d."body", d."html",
  d."headers", d."status", d."attempts", d."nextAttemptAt", d."lockedUntil", d."lastError", d."providerMessageId",
  d."sentAt", d."deliveredAt", d."createdAt", d."updatedAt"
FROM "Delivery" d JOIN "AccountEvent" a ON a."id" = d."eventId";

-- The old rows of account events go (their deliveries and notifications with them, by
-- the old foreign keys' cascade); account events never had in-app notifications.
DELETE FROM "OutboxEvent" WHERE "tenantId" IS NULL;
-- Events of tenants that no longer exist.
DELETE FROM "OutboxEvent" e WHERE NOT EXISTS (SELECT 1 FROM "Tenant" t WHERE t."id" = e."tenantId");

-- A delivery or notification belongs to its event's tenant.
UPDATE "Delivery" d SET "tenantId" = e."tenantId" FROM "OutboxEvent" e
WHERE e."id" = d."eventId" AND d."tenantId" IS DISTINCT FROM e."tenantId";
UPDATE "Notification" n SET "tenantId" = e."tenantId" FROM "OutboxEvent" e
WHERE e."id" = n."eventId" AND n."tenantId" IS DISTINCT FROM e."tenantId";

-- A delivery keeps its log line when its user is gone, as the new foreign key will do.
UPDATE "Delivery" d SET "userId" = NULL
WHERE d."userId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = d."userId");
-- An invitation to a deleted tenant can no longer be accepted.
DELETE FROM "AuthToken" a
WHERE a."tenantId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Tenant" t WHERE t."id" = a."tenantId");
UPDATE "DevMailboxMessage" m SET "tenantId" = NULL
WHERE m."tenantId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Tenant" t WHERE t."id" = m."tenantId");

-- DropForeignKey
ALTER TABLE "Delivery" DROP CONSTRAINT "Delivery_eventId_fkey";

-- DropForeignKey
ALTER TABLE "Notification" DROP CONSTRAINT "Notification_eventId_fkey";

-- DropIndex
DROP INDEX "Delivery_eventId_to_channel_key";

-- DropIndex
DROP INDEX "Notification_eventId_userId_key";

-- DropIndex
DROP INDEX "Notification_userId_readAt_createdAt_idx";

-- AlterTable
ALTER TABLE "Delivery" ALTER COLUMN "tenantId" SET NOT NULL;

-- AlterTable
ALTER TABLE "Notification" ALTER COLUMN "tenantId" SET NOT NULL;

-- AlterTable
ALTER TABLE "OutboxEvent" ALTER COLUMN "tenantId" SET NOT NULL;

-- CreateIndex
CREATE INDEX "JobRun_name_startedAt_idx" ON "JobRun"("name", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "JobRun_name_period_key" ON "JobRun"("name", "period");

-- CreateIndex
CREATE INDEX "AccountEvent_expandedAt_createdAt_idx" ON "AccountEvent"("expandedAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AccountDelivery_providerMessageId_key" ON "AccountDelivery"("providerMessageId");

-- CreateIndex
CREATE INDEX "AccountDelivery_status_nextAttemptAt_idx" ON "AccountDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "AccountDelivery_eventId_to_channel_key" ON "AccountDelivery"("eventId", "to", "channel");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_tenantId_id_key" ON "Delivery"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_tenantId_eventId_to_channel_key" ON "Delivery"("tenantId", "eventId", "to", "channel");

-- CreateIndex
CREATE INDEX "Notification_userId_tenantId_readAt_createdAt_idx" ON "Notification"("userId", "tenantId", "readAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_tenantId_id_key" ON "Notification"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_tenantId_eventId_userId_key" ON "Notification"("tenantId", "eventId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxEvent_tenantId_id_key" ON "OutboxEvent"("tenantId", "id");

-- AddForeignKey
ALTER TABLE "AuthToken" ADD CONSTRAINT "AuthToken_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevMailboxMessage" ADD CONSTRAINT "DevMailboxMessage_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxEvent" ADD CONSTRAINT "OutboxEvent_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_tenantId_eventId_fkey" FOREIGN KEY ("tenantId", "eventId") REFERENCES "OutboxEvent"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_tenantId_eventId_fkey" FOREIGN KEY ("tenantId", "eventId") REFERENCES "OutboxEvent"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountEvent" ADD CONSTRAINT "AccountEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountDelivery" ADD CONSTRAINT "AccountDelivery_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "AccountEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountDelivery" ADD CONSTRAINT "AccountDelivery_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security (see docs/architecture.md).
-- Tenant events: only a session acting inside that tenant as a service does (vendor,
-- partner, or Canal itself as 'system') may publish one, and only unexpanded. Signed-out
-- and user-level sessions publish account events instead; the worker publishes nothing.
DROP POLICY outbox_insert ON "OutboxEvent";
CREATE POLICY outbox_insert ON "OutboxEvent" FOR INSERT WITH CHECK (
  "tenantId" = app_tenant_id()
  AND coalesce(current_setting('app.audience', true), '') IN ('vendor', 'partner', 'system')
  AND "expandedAt" IS NULL
);

-- Account events: published by a session acting as that very user (a user asking for a
-- phone code), for that login's address (a password-reset request) or for an address
-- without a login (sign-up verification); the worker reads, expands and cleans them up.
-- Their deliveries are the worker's alone.
ALTER TABLE "AccountEvent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AccountEvent" FORCE ROW LEVEL SECURITY;
CREATE POLICY account_event_insert ON "AccountEvent" FOR INSERT WITH CHECK (
  "expandedAt" IS NULL AND (
    -- the user's own session, or a flow that found the login by its address (password reset)
    "userId" = app_user_id()
    OR "userId" IN (SELECT "id" FROM "User" WHERE "email" = app_user_email())
    -- an address without a login yet (sign-up verification), by the flow naming it
    OR ("userId" IS NULL AND "email" = app_user_email())));
CREATE POLICY account_event_read ON "AccountEvent" FOR SELECT USING (app_is_worker());
CREATE POLICY account_event_update ON "AccountEvent" FOR UPDATE USING (app_is_worker());
CREATE POLICY account_event_delete ON "AccountEvent" FOR DELETE USING (app_is_worker());

ALTER TABLE "AccountDelivery" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AccountDelivery" FORCE ROW LEVEL SECURITY;
CREATE POLICY account_delivery_worker ON "AccountDelivery" USING (app_is_worker()) WITH CHECK (app_is_worker());

-- The record of job runs is the worker's alone.
ALTER TABLE "JobRun" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "JobRun" FORCE ROW LEVEL SECURITY;
CREATE POLICY job_run_worker ON "JobRun" USING (app_is_worker()) WITH CHECK (app_is_worker());
