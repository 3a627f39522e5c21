-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "logoFileId" TEXT;

-- CreateTable
CREATE TABLE "FileObject" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "partnerId" TEXT,
    "purpose" TEXT NOT NULL,
    "sharedWithPartners" BOOLEAN NOT NULL DEFAULT false,
    "originalName" TEXT NOT NULL,
    "storage" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedById" TEXT,
    "claimedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FileObject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FileChunk" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "FileChunk_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FileObject_tenantId_partnerId_purpose_createdAt_idx" ON "FileObject"("tenantId", "partnerId", "purpose", "createdAt");

-- CreateIndex
CREATE INDEX "FileObject_claimedAt_createdAt_idx" ON "FileObject"("claimedAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "FileObject_tenantId_id_key" ON "FileObject"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "FileChunk_tenantId_id_key" ON "FileChunk"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "FileChunk_tenantId_fileId_index_key" ON "FileChunk"("tenantId", "fileId", "index");

-- AddForeignKey
ALTER TABLE "FileObject" ADD CONSTRAINT "FileObject_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FileObject" ADD CONSTRAINT "FileObject_tenantId_partnerId_fkey" FOREIGN KEY ("tenantId", "partnerId") REFERENCES "Partner"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FileChunk" ADD CONSTRAINT "FileChunk_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FileChunk" ADD CONSTRAINT "FileChunk_tenantId_fileId_fkey" FOREIGN KEY ("tenantId", "fileId") REFERENCES "FileObject"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tenant" ADD CONSTRAINT "Tenant_id_logoFileId_fkey" FOREIGN KEY ("id", "logoFileId") REFERENCES "FileObject"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- Added by scripts/db/rls.ts for tables with a "tenantId" column.
-- RowLevelSecurity: FileChunk
ALTER TABLE "FileChunk" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "FileChunk" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "FileChunk" USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());

-- Chunks hold already-compressed images and PDFs: store them without trying to compress.
ALTER TABLE "FileChunk" ALTER COLUMN "data" SET STORAGE EXTERNAL;

-- What lib/files/service.ts guarantees, held by the database too.
ALTER TABLE "FileObject" ADD CONSTRAINT "FileObject_size_check" CHECK ("size" >= 0);
ALTER TABLE "FileObject" ADD CONSTRAINT "FileObject_storage_check" CHECK ("storage" IN ('postgres', 's3'));
ALTER TABLE "FileObject" ADD CONSTRAINT "FileObject_sha256_check" CHECK ("sha256" ~ '^[0-9a-f]{64}$');
-- A partner's own file is never shared with the other partners.
ALTER TABLE "FileObject" ADD CONSTRAINT "FileObject_shared_check" CHECK (NOT ("sharedWithPartners" AND "partnerId" IS NOT NULL));
ALTER TABLE "FileChunk" ADD CONSTRAINT "FileChunk_index_check" CHECK ("index" >= 0);

-- Row-level security (see docs/architecture.md, "Files").
-- FileObject: vendor users (and Canal's own jobs) see the tenant's files; a partner user
-- sees its own partner's files and the tenant files shared with every partner (the logo),
-- and writes only its own partner's files. The worker sees and removes unclaimed uploads
-- of every tenant (files.pruneUnclaimed), nothing else.
ALTER TABLE "FileObject" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "FileObject" FORCE ROW LEVEL SECURITY;
CREATE POLICY file_read ON "FileObject" FOR SELECT USING (
  ("tenantId" = app_tenant_id() AND (
    app_is_vendor()
    OR "partnerId" = app_partner_id()
    OR ("partnerId" IS NULL AND "sharedWithPartners" AND app_partner_id() IS NOT NULL)))
  OR (app_is_worker() AND "claimedAt" IS NULL));
CREATE POLICY file_insert ON "FileObject" FOR INSERT WITH CHECK (
  "tenantId" = app_tenant_id() AND (app_is_vendor() OR ("partnerId" = app_partner_id() AND NOT "sharedWithPartners")));
CREATE POLICY file_update ON "FileObject" FOR UPDATE
  USING ("tenantId" = app_tenant_id() AND (app_is_vendor() OR "partnerId" = app_partner_id()))
  WITH CHECK ("tenantId" = app_tenant_id() AND (app_is_vendor() OR ("partnerId" = app_partner_id() AND NOT "sharedWithPartners")));
CREATE POLICY file_delete ON "FileObject" FOR DELETE USING (
  ("tenantId" = app_tenant_id() AND (app_is_vendor() OR "partnerId" = app_partner_id()))
  OR (app_is_worker() AND "claimedAt" IS NULL));

-- FileChunk: besides its tenant policy, a chunk is visible (and writable) only where its
-- file is, so a partner can never read another partner's bytes by guessing a file id.
CREATE POLICY chunk_of_visible_file ON "FileChunk" AS RESTRICTIVE
  USING (EXISTS (SELECT 1 FROM "FileObject" f WHERE f."tenantId" = "FileChunk"."tenantId" AND f."id" = "FileChunk"."fileId"))
  WITH CHECK (EXISTS (SELECT 1 FROM "FileObject" f WHERE f."tenantId" = "FileChunk"."tenantId" AND f."id" = "FileChunk"."fileId"));
