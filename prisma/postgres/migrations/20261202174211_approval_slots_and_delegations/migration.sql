-- CreateEnum
CREATE TYPE "StepMode" AS ENUM ('ALL', 'ANY');

-- DropIndex
DROP INDEX "ApprovalChainStep_unitId_position_key";

-- DropIndex
DROP INDEX "ApprovalStep_reportId_cycle_position_key";

-- AlterTable
ALTER TABLE "ApprovalChainStep" ADD COLUMN     "mode" "StepMode" NOT NULL DEFAULT 'ALL',
ADD COLUMN     "slot" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "ApprovalStep" ADD COLUMN     "mode" "StepMode" NOT NULL DEFAULT 'ALL',
ADD COLUMN     "onBehalfOfId" TEXT,
ADD COLUMN     "slot" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "Delegation" (
    "id" TEXT NOT NULL,
    "fromUserId" TEXT NOT NULL,
    "toUserId" TEXT NOT NULL,
    "startDay" TEXT NOT NULL,
    "endDay" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" TIMESTAMP(3),
    "cancelledById" TEXT,

    CONSTRAINT "Delegation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Delegation_toUserId_idx" ON "Delegation"("toUserId");

-- CreateIndex
CREATE INDEX "Delegation_fromUserId_idx" ON "Delegation"("fromUserId");

-- CreateIndex
CREATE UNIQUE INDEX "ApprovalChainStep_unitId_position_slot_key" ON "ApprovalChainStep"("unitId", "position", "slot");

-- CreateIndex
CREATE UNIQUE INDEX "ApprovalStep_reportId_cycle_position_slot_key" ON "ApprovalStep"("reportId", "cycle", "position", "slot");

-- AddForeignKey
ALTER TABLE "ApprovalStep" ADD CONSTRAINT "ApprovalStep_onBehalfOfId_fkey" FOREIGN KEY ("onBehalfOfId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_fromUserId_fkey" FOREIGN KEY ("fromUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_toUserId_fkey" FOREIGN KEY ("toUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

