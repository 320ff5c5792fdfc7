-- CreateTable
CREATE TABLE "Delegation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "fromUserId" TEXT NOT NULL,
    "toUserId" TEXT NOT NULL,
    "startDay" TEXT NOT NULL,
    "endDay" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" DATETIME,
    "cancelledById" TEXT,
    CONSTRAINT "Delegation_fromUserId_fkey" FOREIGN KEY ("fromUserId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Delegation_toUserId_fkey" FOREIGN KEY ("toUserId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ApprovalChainStep" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "slot" INTEGER NOT NULL DEFAULT 0,
    "mode" TEXT NOT NULL DEFAULT 'ALL',
    "label" TEXT NOT NULL,
    "approverKind" TEXT NOT NULL,
    "approverUserId" TEXT,
    "approverUnitId" TEXT,
    CONSTRAINT "ApprovalChainStep_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ApprovalChainStep_approverUserId_fkey" FOREIGN KEY ("approverUserId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ApprovalChainStep_approverUnitId_fkey" FOREIGN KEY ("approverUnitId") REFERENCES "Unit" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ApprovalChainStep" ("approverKind", "approverUnitId", "approverUserId", "id", "label", "position", "unitId") SELECT "approverKind", "approverUnitId", "approverUserId", "id", "label", "position", "unitId" FROM "ApprovalChainStep";
DROP TABLE "ApprovalChainStep";
ALTER TABLE "new_ApprovalChainStep" RENAME TO "ApprovalChainStep";
CREATE UNIQUE INDEX "ApprovalChainStep_unitId_position_slot_key" ON "ApprovalChainStep"("unitId", "position", "slot");
CREATE TABLE "new_ApprovalStep" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reportId" TEXT NOT NULL,
    "cycle" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "slot" INTEGER NOT NULL DEFAULT 0,
    "mode" TEXT NOT NULL DEFAULT 'ALL',
    "label" TEXT NOT NULL,
    "approverKind" TEXT NOT NULL,
    "approverUserId" TEXT,
    "approverUnitId" TEXT,
    "decision" TEXT NOT NULL DEFAULT 'PENDING',
    "opinion" TEXT,
    "decidedById" TEXT,
    "onBehalfOfId" TEXT,
    "decidedAt" DATETIME,
    "versionId" TEXT,
    CONSTRAINT "ApprovalStep_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ApprovalStep_approverUserId_fkey" FOREIGN KEY ("approverUserId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ApprovalStep_approverUnitId_fkey" FOREIGN KEY ("approverUnitId") REFERENCES "Unit" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ApprovalStep_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ApprovalStep_onBehalfOfId_fkey" FOREIGN KEY ("onBehalfOfId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ApprovalStep_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ReportVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ApprovalStep" ("approverKind", "approverUnitId", "approverUserId", "cycle", "decidedAt", "decidedById", "decision", "id", "label", "opinion", "position", "reportId", "versionId") SELECT "approverKind", "approverUnitId", "approverUserId", "cycle", "decidedAt", "decidedById", "decision", "id", "label", "opinion", "position", "reportId", "versionId" FROM "ApprovalStep";
DROP TABLE "ApprovalStep";
ALTER TABLE "new_ApprovalStep" RENAME TO "ApprovalStep";
CREATE UNIQUE INDEX "ApprovalStep_reportId_cycle_position_slot_key" ON "ApprovalStep"("reportId", "cycle", "position", "slot");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Delegation_toUserId_idx" ON "Delegation"("toUserId");

-- CreateIndex
CREATE INDEX "Delegation_fromUserId_idx" ON "Delegation"("fromUserId");

