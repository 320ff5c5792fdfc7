-- CreateEnum
CREATE TYPE "PartsMode" AS ENUM ('WITHIN', 'SUM');

-- AlterTable
ALTER TABLE "Metric" ADD COLUMN     "partOfKey" TEXT,
ADD COLUMN     "partsMode" "PartsMode";

