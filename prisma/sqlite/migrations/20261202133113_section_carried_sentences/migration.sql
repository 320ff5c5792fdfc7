-- AlterTable
ALTER TABLE "Section" ADD COLUMN "carriedSentences" TEXT;

