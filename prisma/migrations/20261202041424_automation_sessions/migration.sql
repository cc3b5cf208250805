-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('ACTIVE', 'COMPLETED', 'FAILED');

-- CreateEnum
CREATE TYPE "SessionEventType" AS ENUM ('NAVIGATION', 'CLICK', 'INPUT', 'SCROLL', 'SCREENSHOT', 'CAPTCHA', 'BLOCK', 'ERROR', 'CUSTOM');

-- CreateEnum
CREATE TYPE "IpHealthStatus" AS ENUM ('HEALTHY', 'FLAGGED', 'BLACKLISTED');

-- CreateTable
CREATE TABLE "automation_sessions" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "profile_id" TEXT,
    "device" TEXT,
    "target_url" TEXT,
    "target_host" TEXT,
    "proxy_address" TEXT,
    "proxy_id" UUID,
    "lease_id" UUID,
    "country" TEXT,
    "status" "SessionStatus" NOT NULL DEFAULT 'ACTIVE',
    "success" BOOLEAN,
    "duration_seconds" DOUBLE PRECISION,
    "error" TEXT,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ended_at" TIMESTAMPTZ(3),

    CONSTRAINT "automation_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session_events" (
    "id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "type" "SessionEventType" NOT NULL,
    "details" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "session_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ip_health" (
    "id" UUID NOT NULL,
    "proxy_address" TEXT NOT NULL,
    "target_host" TEXT NOT NULL DEFAULT '',
    "proxy_id" UUID,
    "successes" INTEGER NOT NULL DEFAULT 0,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "blocks" INTEGER NOT NULL DEFAULT 0,
    "latency_total_ms" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "latency_samples" INTEGER NOT NULL DEFAULT 0,
    "strikes" INTEGER NOT NULL DEFAULT 0,
    "ok_streak" INTEGER NOT NULL DEFAULT 0,
    "status" "IpHealthStatus" NOT NULL DEFAULT 'HEALTHY',
    "status_changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ip_health_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "automation_sessions_user_id_started_at_idx" ON "automation_sessions"("user_id", "started_at" DESC);

-- CreateIndex
CREATE INDEX "automation_sessions_status_started_at_idx" ON "automation_sessions"("status", "started_at");

-- CreateIndex
CREATE INDEX "automation_sessions_ended_at_idx" ON "automation_sessions"("ended_at");

-- CreateIndex
CREATE INDEX "automation_sessions_proxy_address_idx" ON "automation_sessions"("proxy_address");

-- CreateIndex
CREATE INDEX "session_events_session_id_created_at_idx" ON "session_events"("session_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "session_events_user_id_created_at_idx" ON "session_events"("user_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "session_events_created_at_idx" ON "session_events"("created_at");

-- CreateIndex
CREATE INDEX "ip_health_proxy_id_target_host_idx" ON "ip_health"("proxy_id", "target_host");

-- CreateIndex
CREATE INDEX "ip_health_target_host_status_idx" ON "ip_health"("target_host", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ip_health_proxy_address_target_host_key" ON "ip_health"("proxy_address", "target_host");

-- AddForeignKey
ALTER TABLE "automation_sessions" ADD CONSTRAINT "automation_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_events" ADD CONSTRAINT "session_events_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "automation_sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ip_health" ADD CONSTRAINT "ip_health_proxy_id_fkey" FOREIGN KEY ("proxy_id") REFERENCES "proxies"("id") ON DELETE SET NULL ON UPDATE CASCADE;
