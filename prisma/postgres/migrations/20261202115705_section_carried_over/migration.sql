-- AlterTable
ALTER TABLE "Section" ADD COLUMN     "carriedOver" BOOLEAN NOT NULL DEFAULT false;

