-- AlterTable
ALTER TABLE "virtual_keys" ADD COLUMN     "tpm_minute" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "tpm_tokens" BIGINT NOT NULL DEFAULT 0;
