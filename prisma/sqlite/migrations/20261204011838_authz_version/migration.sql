-- CreateTable
CREATE TABLE "AuthzVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "n" INTEGER NOT NULL DEFAULT 0
);


-- The counter's one row. Every change to what a signed-in person's actor is built from raises it, in the
-- same transaction as the change, so a process that read the counter before reading the rows knows its
-- copy is current while the counter has not moved (lib/auth/authz-version.ts). New users and new sessions
-- need no raise: nothing can have cached them.
INSERT INTO "AuthzVersion" ("id", "n") VALUES (1, 0);

CREATE TRIGGER "authz_user_update" AFTER UPDATE OF "name", "email", "disabled", "sessionsRevokedAt" ON "User"
BEGIN
    UPDATE "AuthzVersion" SET "n" = "n" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "authz_user_delete" AFTER DELETE ON "User"
BEGIN
    UPDATE "AuthzVersion" SET "n" = "n" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "authz_membership_insert" AFTER INSERT ON "Membership"
BEGIN
    UPDATE "AuthzVersion" SET "n" = "n" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "authz_membership_update" AFTER UPDATE ON "Membership"
BEGIN
    UPDATE "AuthzVersion" SET "n" = "n" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "authz_membership_delete" AFTER DELETE ON "Membership"
BEGIN
    UPDATE "AuthzVersion" SET "n" = "n" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "authz_unit_insert" AFTER INSERT ON "Unit"
BEGIN
    UPDATE "AuthzVersion" SET "n" = "n" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "authz_unit_update" AFTER UPDATE OF "parentId", "name" ON "Unit"
BEGIN
    UPDATE "AuthzVersion" SET "n" = "n" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "authz_unit_delete" AFTER DELETE ON "Unit"
BEGIN
    UPDATE "AuthzVersion" SET "n" = "n" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "authz_delegation_insert" AFTER INSERT ON "Delegation"
BEGIN
    UPDATE "AuthzVersion" SET "n" = "n" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "authz_delegation_update" AFTER UPDATE ON "Delegation"
BEGIN
    UPDATE "AuthzVersion" SET "n" = "n" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "authz_delegation_delete" AFTER DELETE ON "Delegation"
BEGIN
    UPDATE "AuthzVersion" SET "n" = "n" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "authz_session_update" AFTER UPDATE OF "userId", "expiresAt" ON "UserSession"
BEGIN
    UPDATE "AuthzVersion" SET "n" = "n" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "authz_session_delete" AFTER DELETE ON "UserSession"
BEGIN
    UPDATE "AuthzVersion" SET "n" = "n" + 1 WHERE "id" = 1;
END;
