-- CreateTable
CREATE TABLE "AuthzVersion" (
    "id" INTEGER NOT NULL,
    "n" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AuthzVersion_pkey" PRIMARY KEY ("id")
);


-- The counter's one row. Every change to what a signed-in person's actor is built from raises it, in the
-- same transaction as the change, so a process that read the counter before reading the rows knows its
-- copy is current while the counter has not moved (lib/auth/authz-version.ts). New users and new sessions
-- need no raise: nothing can have cached them.
INSERT INTO "AuthzVersion" ("id", "n") VALUES (1, 0);

CREATE FUNCTION "summa_raise_authz_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "AuthzVersion" SET "n" = "n" + 1 WHERE "id" = 1;
    RETURN NULL;
END;
$$;

CREATE TRIGGER "authz_user_update" AFTER UPDATE OF "name", "email", "disabled", "sessionsRevokedAt" ON "User" FOR EACH ROW EXECUTE FUNCTION "summa_raise_authz_version"();

CREATE TRIGGER "authz_user_delete" AFTER DELETE ON "User" FOR EACH ROW EXECUTE FUNCTION "summa_raise_authz_version"();

CREATE TRIGGER "authz_membership_insert" AFTER INSERT ON "Membership" FOR EACH ROW EXECUTE FUNCTION "summa_raise_authz_version"();

CREATE TRIGGER "authz_membership_update" AFTER UPDATE ON "Membership" FOR EACH ROW EXECUTE FUNCTION "summa_raise_authz_version"();

CREATE TRIGGER "authz_membership_delete" AFTER DELETE ON "Membership" FOR EACH ROW EXECUTE FUNCTION "summa_raise_authz_version"();

CREATE TRIGGER "authz_unit_insert" AFTER INSERT ON "Unit" FOR EACH ROW EXECUTE FUNCTION "summa_raise_authz_version"();

CREATE TRIGGER "authz_unit_update" AFTER UPDATE OF "parentId", "name" ON "Unit" FOR EACH ROW EXECUTE FUNCTION "summa_raise_authz_version"();

CREATE TRIGGER "authz_unit_delete" AFTER DELETE ON "Unit" FOR EACH ROW EXECUTE FUNCTION "summa_raise_authz_version"();

CREATE TRIGGER "authz_delegation_insert" AFTER INSERT ON "Delegation" FOR EACH ROW EXECUTE FUNCTION "summa_raise_authz_version"();

CREATE TRIGGER "authz_delegation_update" AFTER UPDATE ON "Delegation" FOR EACH ROW EXECUTE FUNCTION "summa_raise_authz_version"();

CREATE TRIGGER "authz_delegation_delete" AFTER DELETE ON "Delegation" FOR EACH ROW EXECUTE FUNCTION "summa_raise_authz_version"();

CREATE TRIGGER "authz_session_update" AFTER UPDATE OF "userId", "expiresAt" ON "UserSession" FOR EACH ROW EXECUTE FUNCTION "summa_raise_authz_version"();

CREATE TRIGGER "authz_session_delete" AFTER DELETE ON "UserSession" FOR EACH ROW EXECUTE FUNCTION "summa_raise_authz_version"();

CREATE TRIGGER "authz_user_truncate" AFTER TRUNCATE ON "User" FOR EACH STATEMENT EXECUTE FUNCTION "summa_raise_authz_version"();

CREATE TRIGGER "authz_membership_truncate" AFTER TRUNCATE ON "Membership" FOR EACH STATEMENT EXECUTE FUNCTION "summa_raise_authz_version"();

CREATE TRIGGER "authz_unit_truncate" AFTER TRUNCATE ON "Unit" FOR EACH STATEMENT EXECUTE FUNCTION "summa_raise_authz_version"();

CREATE TRIGGER "authz_delegation_truncate" AFTER TRUNCATE ON "Delegation" FOR EACH STATEMENT EXECUTE FUNCTION "summa_raise_authz_version"();

CREATE TRIGGER "authz_usersession_truncate" AFTER TRUNCATE ON "UserSession" FOR EACH STATEMENT EXECUTE FUNCTION "summa_raise_authz_version"();
