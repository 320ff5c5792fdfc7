-- AlterTable
ALTER TABLE "Report" ADD COLUMN "signatureUnit" TEXT;

