-- CreateTable
CREATE TABLE "TemplateVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "templateId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "titlePattern" TEXT NOT NULL,
    "snapshot" TEXT NOT NULL,
    "changes" TEXT NOT NULL DEFAULT '[]',
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TemplateVersion_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "Template" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TemplateVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Report" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "templateVersionId" TEXT,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "achievementsTitle" TEXT NOT NULL DEFAULT '主要工作成效',
    "problemsTitle" TEXT NOT NULL DEFAULT '存在问题',
    "planTitle" TEXT NOT NULL,
    "documentDate" DATETIME,
    "signatureUnit" TEXT,
    "previousReportId" TEXT,
    "returnReason" TEXT,
    "returnKind" TEXT,
    "approvedVersionId" TEXT,
    "approvedHash" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Report_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Report_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ReportingRound" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Report_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "Template" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Report_templateVersionId_fkey" FOREIGN KEY ("templateVersionId") REFERENCES "TemplateVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Report_previousReportId_fkey" FOREIGN KEY ("previousReportId") REFERENCES "Report" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Report_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Report" ("achievementsTitle", "approvedHash", "approvedVersionId", "createdAt", "createdById", "documentDate", "id", "planTitle", "previousReportId", "problemsTitle", "returnKind", "returnReason", "revision", "roundId", "signatureUnit", "status", "templateId", "title", "unitId", "updatedAt", "year") SELECT "achievementsTitle", "approvedHash", "approvedVersionId", "createdAt", "createdById", "documentDate", "id", "planTitle", "previousReportId", "problemsTitle", "returnKind", "returnReason", "revision", "roundId", "signatureUnit", "status", "templateId", "title", "unitId", "updatedAt", "year" FROM "Report";
DROP TABLE "Report";
ALTER TABLE "new_Report" RENAME TO "Report";
CREATE UNIQUE INDEX "Report_approvedVersionId_key" ON "Report"("approvedVersionId");
CREATE INDEX "Report_unitId_year_idx" ON "Report"("unitId", "year");
CREATE INDEX "Report_status_idx" ON "Report"("status");
CREATE UNIQUE INDEX "Report_roundId_unitId_key" ON "Report"("roundId", "unitId");
CREATE TABLE "new_ReportingRound" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "deadline" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "templateId" TEXT NOT NULL,
    "templateVersionId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReportingRound_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "Template" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReportingRound_templateVersionId_fkey" FOREIGN KEY ("templateVersionId") REFERENCES "TemplateVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ReportingRound" ("createdAt", "deadline", "id", "status", "templateId", "title", "year") SELECT "createdAt", "deadline", "id", "status", "templateId", "title", "year" FROM "ReportingRound";
DROP TABLE "ReportingRound";
ALTER TABLE "new_ReportingRound" RENAME TO "ReportingRound";
CREATE UNIQUE INDEX "ReportingRound_year_templateId_key" ON "ReportingRound"("year", "templateId");
CREATE TABLE "new_Template" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "titlePattern" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Template" ("code", "createdAt", "description", "id", "name", "titlePattern") SELECT "code", "createdAt", "description", "id", "name", "titlePattern" FROM "Template";
DROP TABLE "Template";
ALTER TABLE "new_Template" RENAME TO "Template";
CREATE UNIQUE INDEX "Template_code_key" ON "Template"("code");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "TemplateVersion_templateId_number_key" ON "TemplateVersion"("templateId", "number");


-- Backfill (written by hand): every existing template becomes its version 1 — its current sections and
-- figures in order, in the snapshot format of lib/templates/template-snapshot.ts — and the rounds and
-- reports made on it point to that version.
INSERT INTO "TemplateVersion" ("id", "templateId", "number", "name", "description", "titlePattern", "snapshot", "changes", "createdAt")
SELECT
    'tv1-' || t."id", t."id", 1, t."name", t."description", t."titlePattern",
    json_object(
        'sections', json((SELECT json_group_array(json_object('ref', s."id", 'kind', s."kind", 'heading', s."heading", 'body', s."body"))
                          FROM (SELECT * FROM "TemplateSection" WHERE "templateId" = t."id" ORDER BY "position") s)),
        'metrics', json((SELECT json_group_array(json_object('key', m."key", 'label', m."label", 'unit', m."unit", 'aggregation', m."aggregation",
                                                             'numeratorKey', m."numeratorKey", 'denominatorKey', m."denominatorKey"))
                         FROM (SELECT * FROM "TemplateMetric" WHERE "templateId" = t."id" ORDER BY "position") m))
    ),
    json_array(json_object('kind', 'created',
        'sections', (SELECT COUNT(*) FROM "TemplateSection" WHERE "templateId" = t."id"),
        'figures', (SELECT COUNT(*) FROM "TemplateMetric" WHERE "templateId" = t."id"))),
    t."createdAt"
FROM "Template" t;
UPDATE "ReportingRound" SET "templateVersionId" = 'tv1-' || "templateId" WHERE "templateVersionId" IS NULL;
UPDATE "Report" SET "templateVersionId" = 'tv1-' || "templateId" WHERE "templateVersionId" IS NULL;
