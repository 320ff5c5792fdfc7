-- AlterTable
ALTER TABLE "Metric" ADD COLUMN "partOfKey" TEXT;
ALTER TABLE "Metric" ADD COLUMN "partsMode" TEXT;

