-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "acceptedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "PartnerUser" ADD COLUMN     "acceptedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailVerifiedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignupRequest" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "adminName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "tenantName" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "defaultLocale" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignupRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "SignupRequest_tokenHash_key" ON "SignupRequest"("tokenHash");

-- CreateIndex
CREATE INDEX "SignupRequest_email_createdAt_idx" ON "SignupRequest"("email", "createdAt");

-- CreateIndex
CREATE INDEX "SignupRequest_expiresAt_idx" ON "SignupRequest"("expiresAt");

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (issue 6: account security). See docs/architecture.md, "Accounts".

-- Logins that already have a password proved their address when they got it (sign-up
-- signed its admin in at once; invitations and resets came by e-mail): mark them verified.
UPDATE "User" SET "emailVerifiedAt" = "createdAt" WHERE "passwordHash" IS NOT NULL;
-- Seats held by a login with a password were accepted (reactivation relies on this).
UPDATE "Membership" m SET "acceptedAt" = m."createdAt"
  FROM "User" u WHERE u."id" = m."userId" AND u."passwordHash" IS NOT NULL AND m."status" <> 'INVITED';
UPDATE "PartnerUser" p SET "acceptedAt" = p."createdAt"
  FROM "User" u WHERE u."id" = p."userId" AND u."passwordHash" IS NOT NULL AND p."status" <> 'INVITED';

-- User: global columns (password hash, e-mail, session version, name…) change only in the
-- person's own transactions (their account actions, or a flow proven by an e-mailed
-- token, which sets app.user_id to the token's user). A vendor session in a tenant where
-- the person holds a seat no longer may: seats are switched off by their own status.
DROP POLICY user_update ON "User";
CREATE POLICY user_update ON "User" FOR UPDATE USING ("id" = app_user_id()) WITH CHECK ("id" = app_user_id());

-- Session: a person's own sign-ins; the worker prunes expired ones.
ALTER TABLE "Session" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Session" FORCE ROW LEVEL SECURITY;
CREATE POLICY session_own ON "Session" USING ("userId" = app_user_id()) WITH CHECK ("userId" = app_user_id());
CREATE POLICY session_prune_read ON "Session" FOR SELECT USING (app_is_worker());
CREATE POLICY session_prune ON "Session" FOR DELETE USING (app_is_worker());

-- SignupRequest: visible to the flow that names its address (sign-in, resend) or holds
-- its e-mailed token (verification, app.token_hash = SHA-256 of the token).
CREATE OR REPLACE FUNCTION app_token_hash() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('app.token_hash', true), '')
$$;
ALTER TABLE "SignupRequest" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SignupRequest" FORCE ROW LEVEL SECURITY;
CREATE POLICY signup_request_own ON "SignupRequest"
  USING ("email" = app_user_email() OR "tokenHash" = app_token_hash())
  WITH CHECK ("email" = app_user_email() OR "tokenHash" = app_token_hash());
CREATE POLICY signup_request_prune_read ON "SignupRequest" FOR SELECT USING (app_is_worker());
CREATE POLICY signup_request_prune ON "SignupRequest" FOR DELETE USING (app_is_worker());
