-- CreateTable
CREATE TABLE "EditorPresence" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reportId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "seenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "EditorPresence_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EditorPresence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "EditorPresence_reportId_seenAt_idx" ON "EditorPresence"("reportId", "seenAt");

-- CreateIndex
CREATE UNIQUE INDEX "EditorPresence_reportId_userId_key" ON "EditorPresence"("reportId", "userId");

