-- CreateEnum
CREATE TYPE "ReturnKind" AS ENUM ('RETURNED', 'REOPENED');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('REMINDER', 'AWAITING_REVIEW', 'RETURNED', 'APPROVED', 'REOPENED', 'COMMENT');

-- CreateEnum
CREATE TYPE "EmailState" AS ENUM ('NONE', 'PENDING', 'SENDING', 'SENT', 'FAILED');

-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "returnKind" "ReturnKind";

-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "disabledAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "reportId" TEXT,
    "roundId" TEXT,
    "data" TEXT NOT NULL DEFAULT '{}',
    "href" TEXT NOT NULL,
    "readAt" TIMESTAMP(3),
    "emailState" "EmailState" NOT NULL DEFAULT 'NONE',
    "emailTries" INTEGER NOT NULL DEFAULT 0,
    "emailClaimedAt" TIMESTAMP(3),
    "emailedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReminderSent" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReminderSent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchedulerLease" (
    "name" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SchedulerLease_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_emailState_idx" ON "Notification"("emailState");

-- CreateIndex
CREATE UNIQUE INDEX "ReminderSent_roundId_unitId_key_key" ON "ReminderSent"("roundId", "unitId", "key");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

