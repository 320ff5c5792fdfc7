-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "templateVersionId" TEXT;

-- AlterTable
ALTER TABLE "ReportingRound" ADD COLUMN     "templateVersionId" TEXT;

-- AlterTable
ALTER TABLE "Template" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "TemplateVersion" (
    "id" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "titlePattern" TEXT NOT NULL,
    "snapshot" TEXT NOT NULL,
    "changes" TEXT NOT NULL DEFAULT '[]',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TemplateVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TemplateVersion_templateId_number_key" ON "TemplateVersion"("templateId", "number");

-- AddForeignKey
ALTER TABLE "TemplateVersion" ADD CONSTRAINT "TemplateVersion_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "Template"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TemplateVersion" ADD CONSTRAINT "TemplateVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportingRound" ADD CONSTRAINT "ReportingRound_templateVersionId_fkey" FOREIGN KEY ("templateVersionId") REFERENCES "TemplateVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_templateVersionId_fkey" FOREIGN KEY ("templateVersionId") REFERENCES "TemplateVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Backfill (written by hand): every existing template becomes its version 1 — its current sections and
-- figures in order, in the snapshot format of lib/templates/template-snapshot.ts — and the rounds and
-- reports made on it point to that version.
INSERT INTO "TemplateVersion" ("id", "templateId", "number", "name", "description", "titlePattern", "snapshot", "changes", "createdAt")
SELECT
    'tv1-' || t."id", t."id", 1, t."name", t."description", t."titlePattern",
    json_build_object(
        'sections', COALESCE((SELECT json_agg(json_build_object('ref', s."id", 'kind', s."kind", 'heading', s."heading", 'body', s."body") ORDER BY s."position")
                              FROM "TemplateSection" s WHERE s."templateId" = t."id"), '[]'::json),
        'metrics', COALESCE((SELECT json_agg(json_build_object('key', m."key", 'label', m."label", 'unit', m."unit", 'aggregation', m."aggregation",
                                                               'numeratorKey', m."numeratorKey", 'denominatorKey', m."denominatorKey") ORDER BY m."position")
                             FROM "TemplateMetric" m WHERE m."templateId" = t."id"), '[]'::json)
    )::text,
    json_build_array(json_build_object('kind', 'created',
        'sections', (SELECT COUNT(*) FROM "TemplateSection" WHERE "templateId" = t."id"),
        'figures', (SELECT COUNT(*) FROM "TemplateMetric" WHERE "templateId" = t."id")))::text,
    t."createdAt"
FROM "Template" t;
UPDATE "ReportingRound" SET "templateVersionId" = 'tv1-' || "templateId" WHERE "templateVersionId" IS NULL;
UPDATE "Report" SET "templateVersionId" = 'tv1-' || "templateId" WHERE "templateVersionId" IS NULL;
