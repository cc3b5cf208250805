-- CreateEnum
CREATE TYPE "TokenCapMode" AS ENUM ('CLAMP', 'REFUSE');

-- CreateTable
CREATE TABLE "virtual_keys" (
    "id" UUID NOT NULL,
    "serial" SERIAL NOT NULL,
    "key_hash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "user_email" TEXT NOT NULL,
    "owner_id" UUID,
    "cost_centre" TEXT,
    "environment" TEXT,
    "agent_name" TEXT,
    "project" TEXT,
    "monthly_budget_micros" BIGINT,
    "max_tokens_per_request" INTEGER,
    "max_reasoning_tokens" INTEGER,
    "token_cap_mode" "TokenCapMode" NOT NULL DEFAULT 'CLAMP',
    "allowed_models" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "rpm_limit" INTEGER,
    "tpm_limit" INTEGER,
    "cache_ttl_seconds" INTEGER,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "month_start" DATE NOT NULL DEFAULT date_trunc('month', now() AT TIME ZONE 'UTC'),
    "month_spend_micros" BIGINT NOT NULL DEFAULT 0,
    "reserved_micros" BIGINT NOT NULL DEFAULT 0,
    "threshold_notified" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "virtual_keys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "budget_reservations" (
    "id" UUID NOT NULL,
    "virtual_key_id" UUID NOT NULL,
    "amount_micros" BIGINT NOT NULL,
    "node_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "budget_reservations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "usage_events" (
    "id" UUID NOT NULL,
    "serial" SERIAL NOT NULL,
    "virtual_key_id" UUID NOT NULL,
    "user_id" UUID,
    "project" TEXT,
    "provider" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "endpoint" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "streamed" BOOLEAN NOT NULL DEFAULT false,
    "input_tokens" INTEGER NOT NULL DEFAULT 0,
    "output_tokens" INTEGER NOT NULL DEFAULT 0,
    "cached_tokens" INTEGER NOT NULL DEFAULT 0,
    "reasoning_tokens" INTEGER NOT NULL DEFAULT 0,
    "cost_micros" BIGINT NOT NULL DEFAULT 0,
    "saved_micros" BIGINT NOT NULL DEFAULT 0,
    "cache_hit" BOOLEAN NOT NULL DEFAULT false,
    "latency_ms" INTEGER NOT NULL,
    "ttft_ms" INTEGER,
    "prompt_hash" TEXT NOT NULL,
    "error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "usage_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "virtual_keys_serial_key" ON "virtual_keys"("serial");

-- CreateIndex
CREATE UNIQUE INDEX "virtual_keys_key_hash_key" ON "virtual_keys"("key_hash");

-- CreateIndex
CREATE INDEX "virtual_keys_owner_id_idx" ON "virtual_keys"("owner_id");

-- CreateIndex
CREATE INDEX "budget_reservations_expires_at_idx" ON "budget_reservations"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "usage_events_serial_key" ON "usage_events"("serial");

-- CreateIndex
CREATE INDEX "usage_events_virtual_key_id_created_at_idx" ON "usage_events"("virtual_key_id", "created_at");

-- CreateIndex
CREATE INDEX "usage_events_created_at_idx" ON "usage_events"("created_at");

-- CreateIndex
CREATE INDEX "usage_events_prompt_hash_idx" ON "usage_events"("prompt_hash");

-- AddForeignKey
ALTER TABLE "virtual_keys" ADD CONSTRAINT "virtual_keys_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_reservations" ADD CONSTRAINT "budget_reservations_virtual_key_id_fkey" FOREIGN KEY ("virtual_key_id") REFERENCES "virtual_keys"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "usage_events" ADD CONSTRAINT "usage_events_virtual_key_id_fkey" FOREIGN KEY ("virtual_key_id") REFERENCES "virtual_keys"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "usage_events" ADD CONSTRAINT "usage_events_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
