-- AlterEnum
ALTER TYPE "ActivitySubjectType" ADD VALUE 'ACCOUNT';

-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "accountId" TEXT;

-- CreateIndex
CREATE INDEX "Activity_tenantId_accountId_occurredOn_createdAt_idx" ON "Activity"("tenantId", "accountId", "occurredOn" DESC, "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_tenantId_accountId_fkey" FOREIGN KEY ("tenantId", "accountId") REFERENCES "Account"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- An account subject names its account (compared as text: a new enum value cannot be used
-- in the transaction that adds it).
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_account_subject_check" CHECK ("subjectType"::text <> 'ACCOUNT' OR "accountId" IS NOT NULL);
