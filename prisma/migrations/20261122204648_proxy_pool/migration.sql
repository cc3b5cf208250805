-- CreateEnum
CREATE TYPE "ProxyProtocol" AS ENUM ('HTTP', 'HTTPS', 'SOCKS4', 'SOCKS5');

-- CreateEnum
CREATE TYPE "ProxyStatus" AS ENUM ('UNCHECKED', 'ACTIVE', 'DEAD');

-- CreateEnum
CREATE TYPE "Anonymity" AS ENUM ('TRANSPARENT', 'ANONYMOUS', 'ELITE');

-- CreateTable
CREATE TABLE "sources" (
    "id" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "parser_name" TEXT NOT NULL,
    "cron_schedule" TEXT NOT NULL,
    "default_protocol" "ProxyProtocol" NOT NULL DEFAULT 'HTTP',
    "options" JSONB NOT NULL DEFAULT '{}',
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_by_id" UUID,
    "last_scraped_at" TIMESTAMPTZ(3),
    "next_scrape_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" TEXT,
    "last_error_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sources_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "scrape_runs" (
    "id" UUID NOT NULL,
    "source_id" UUID NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    "discovered" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "duration_ms" INTEGER,
    "error" TEXT,

    CONSTRAINT "scrape_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "proxies" (
    "id" UUID NOT NULL,
    "ip" TEXT NOT NULL,
    "port" INTEGER NOT NULL,
    "protocol" "ProxyProtocol" NOT NULL,
    "username" TEXT,
    "password" TEXT,
    "status" "ProxyStatus" NOT NULL DEFAULT 'UNCHECKED',
    "anonymity" "Anonymity",
    "exit_ip" TEXT,
    "country" TEXT,
    "score" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "avg_latency_ms" DOUBLE PRECISION,
    "uptime_pct" DOUBLE PRECISION,
    "checks_total" INTEGER NOT NULL DEFAULT 0,
    "checks_passed" INTEGER NOT NULL DEFAULT 0,
    "consecutive_failures" INTEGER NOT NULL DEFAULT 0,
    "last_checked_at" TIMESTAMPTZ(3),
    "last_success_at" TIMESTAMPTZ(3),
    "first_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "tags" JSONB NOT NULL DEFAULT '{}',
    "next_check_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimed_until" TIMESTAMPTZ(3),
    "leased_until" TIMESTAMPTZ(3),
    "current_lease_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "proxies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "proxy_sources" (
    "proxy_id" UUID NOT NULL,
    "source_id" UUID NOT NULL,
    "first_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "proxy_sources_pkey" PRIMARY KEY ("proxy_id","source_id")
);

-- CreateTable
CREATE TABLE "proxy_checks" (
    "id" UUID NOT NULL,
    "proxy_id" UUID NOT NULL,
    "checker_name" TEXT NOT NULL,
    "stage" INTEGER NOT NULL,
    "passed" BOOLEAN NOT NULL,
    "latency_ms" DOUBLE PRECISION,
    "detail" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "proxy_checks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "leases" (
    "id" UUID NOT NULL,
    "proxy_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "released_at" TIMESTAMPTZ(3),
    "expiring_notified_at" TIMESTAMPTZ(3),
    "ended_notified_at" TIMESTAMPTZ(3),

    CONSTRAINT "leases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifiers" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "config" JSONB NOT NULL DEFAULT '{}',
    "events" TEXT[],
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "last_error" TEXT,
    "last_error_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "notifiers_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "sources_is_active_next_scrape_at_idx" ON "sources"("is_active", "next_scrape_at");

-- CreateIndex
CREATE INDEX "sources_created_at_id_idx" ON "sources"("created_at", "id");

-- CreateIndex
CREATE INDEX "scrape_runs_source_id_started_at_idx" ON "scrape_runs"("source_id", "started_at");

-- CreateIndex
CREATE INDEX "proxies_status_score_idx" ON "proxies"("status", "score" DESC);

-- CreateIndex
CREATE INDEX "proxies_status_avg_latency_ms_idx" ON "proxies"("status", "avg_latency_ms");

-- CreateIndex
CREATE INDEX "proxies_status_uptime_pct_idx" ON "proxies"("status", "uptime_pct" DESC);

-- CreateIndex
CREATE INDEX "proxies_status_last_checked_at_idx" ON "proxies"("status", "last_checked_at" DESC);

-- CreateIndex
CREATE INDEX "proxies_country_status_idx" ON "proxies"("country", "status");

-- CreateIndex
CREATE INDEX "proxies_protocol_status_idx" ON "proxies"("protocol", "status");

-- CreateIndex
CREATE INDEX "proxies_anonymity_status_idx" ON "proxies"("anonymity", "status");

-- CreateIndex
CREATE INDEX "proxies_next_check_at_idx" ON "proxies"("next_check_at");

-- CreateIndex
CREATE UNIQUE INDEX "proxies_ip_port_protocol_key" ON "proxies"("ip", "port", "protocol");

-- CreateIndex
CREATE INDEX "proxy_sources_source_id_idx" ON "proxy_sources"("source_id");

-- CreateIndex
CREATE INDEX "proxy_checks_proxy_id_created_at_idx" ON "proxy_checks"("proxy_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "leases_user_id_expires_at_idx" ON "leases"("user_id", "expires_at");

-- CreateIndex
CREATE INDEX "leases_proxy_id_expires_at_idx" ON "leases"("proxy_id", "expires_at");

-- CreateIndex
CREATE INDEX "leases_expires_at_idx" ON "leases"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "notifiers_name_key" ON "notifiers"("name");

-- AddForeignKey
ALTER TABLE "sources" ADD CONSTRAINT "sources_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "scrape_runs" ADD CONSTRAINT "scrape_runs_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proxy_sources" ADD CONSTRAINT "proxy_sources_proxy_id_fkey" FOREIGN KEY ("proxy_id") REFERENCES "proxies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proxy_sources" ADD CONSTRAINT "proxy_sources_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proxy_checks" ADD CONSTRAINT "proxy_checks_proxy_id_fkey" FOREIGN KEY ("proxy_id") REFERENCES "proxies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "leases" ADD CONSTRAINT "leases_proxy_id_fkey" FOREIGN KEY ("proxy_id") REFERENCES "proxies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "leases" ADD CONSTRAINT "leases_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
