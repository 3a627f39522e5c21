-- CreateIndex
CREATE INDEX "OnboardingSubmission_tenantId_fileId_idx" ON "OnboardingSubmission"("tenantId", "fileId");

-- AddForeignKey
ALTER TABLE "OnboardingSubmission" ADD CONSTRAINT "OnboardingSubmission_tenantId_fileId_fkey" FOREIGN KEY ("tenantId", "fileId") REFERENCES "FileObject"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;
