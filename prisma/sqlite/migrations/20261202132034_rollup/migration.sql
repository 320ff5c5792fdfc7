-- AlterTable
ALTER TABLE "TemplateMetric" ADD COLUMN "aggregation" TEXT;
ALTER TABLE "TemplateMetric" ADD COLUMN "denominatorKey" TEXT;
ALTER TABLE "TemplateMetric" ADD COLUMN "numeratorKey" TEXT;

-- CreateTable
CREATE TABLE "PulledPassage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reportId" TEXT NOT NULL,
    "sectionId" TEXT,
    "sourceReportId" TEXT NOT NULL,
    "sourceVersionId" TEXT,
    "sourceVersionNumber" INTEGER NOT NULL,
    "sourceSectionIndex" INTEGER NOT NULL,
    "sourceSectionHeading" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PulledPassage_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PulledPassage_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "PulledPassage_sourceReportId_fkey" FOREIGN KEY ("sourceReportId") REFERENCES "Report" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PulledPassage_sourceVersionId_fkey" FOREIGN KEY ("sourceVersionId") REFERENCES "ReportVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TakenFigure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reportId" TEXT NOT NULL,
    "metricId" TEXT NOT NULL,
    "value" REAL,
    "sources" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TakenFigure_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TakenFigure_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "Metric" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "PulledPassage_reportId_idx" ON "PulledPassage"("reportId");

-- CreateIndex
CREATE UNIQUE INDEX "TakenFigure_metricId_key" ON "TakenFigure"("metricId");

-- CreateIndex
CREATE INDEX "TakenFigure_reportId_idx" ON "TakenFigure"("reportId");


-- The demo template's growth rate is recomputed in a roll-up from the summed 注册志愿者 (lib/rollup).
UPDATE "TemplateMetric" SET "aggregation" = 'GROWTH', "numeratorKey" = 'volunteers'
WHERE "key" = 'volunteer_growth' AND "aggregation" IS NULL
  AND "templateId" IN (SELECT "id" FROM "Template" WHERE "code" = 'culture-summary');
