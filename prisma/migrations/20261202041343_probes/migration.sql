-- CreateEnum
CREATE TYPE "ProbeKind" AS ENUM ('PING', 'TRACEROUTE', 'DNS', 'WHOIS', 'TCP', 'HTTP');

-- CreateEnum
CREATE TYPE "ProbeStatus" AS ENUM ('RUNNING', 'SUCCEEDED', 'FAILED');

-- CreateTable
CREATE TABLE "probe_jobs" (
    "id" UUID NOT NULL,
    "serial" SERIAL NOT NULL,
    "user_id" UUID NOT NULL,
    "kind" "ProbeKind" NOT NULL,
    "target" TEXT NOT NULL,
    "parameters" JSONB NOT NULL DEFAULT '{}',
    "status" "ProbeStatus" NOT NULL DEFAULT 'RUNNING',
    "success" BOOLEAN NOT NULL DEFAULT false,
    "result" JSONB,
    "result_text" TEXT,
    "duration_ms" DOUBLE PRECISION,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "probe_jobs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "probe_usage" (
    "user_id" UUID NOT NULL,
    "period" TEXT NOT NULL,
    "used" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "probe_usage_pkey" PRIMARY KEY ("user_id","period")
);

-- CreateTable
CREATE TABLE "request_counters" (
    "day" DATE NOT NULL,
    "count" BIGINT NOT NULL DEFAULT 0,
    "total_ms" DOUBLE PRECISION NOT NULL DEFAULT 0,

    CONSTRAINT "request_counters_pkey" PRIMARY KEY ("day")
);

-- CreateIndex
CREATE UNIQUE INDEX "probe_jobs_serial_key" ON "probe_jobs"("serial");

-- CreateIndex
CREATE INDEX "probe_jobs_user_id_created_at_idx" ON "probe_jobs"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "probe_jobs_created_at_idx" ON "probe_jobs"("created_at");

-- AddForeignKey
ALTER TABLE "probe_jobs" ADD CONSTRAINT "probe_jobs_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "probe_usage" ADD CONSTRAINT "probe_usage_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
