-- CreateTable
CREATE TABLE "EditorPresence" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EditorPresence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EditorPresence_reportId_seenAt_idx" ON "EditorPresence"("reportId", "seenAt");

-- CreateIndex
CREATE UNIQUE INDEX "EditorPresence_reportId_userId_key" ON "EditorPresence"("reportId", "userId");

-- AddForeignKey
ALTER TABLE "EditorPresence" ADD CONSTRAINT "EditorPresence_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EditorPresence" ADD CONSTRAINT "EditorPresence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

