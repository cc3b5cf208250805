-- CreateEnum
CREATE TYPE "BackendHealth" AS ENUM ('UNKNOWN', 'HEALTHY', 'UNHEALTHY');

-- CreateTable
CREATE TABLE "backends" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "health_check_path" TEXT NOT NULL DEFAULT '/',
    "health_check_interval" INTEGER NOT NULL DEFAULT 10,
    "stopped" BOOLEAN NOT NULL DEFAULT false,
    "health" "BackendHealth" NOT NULL DEFAULT 'UNKNOWN',
    "checks_passed" INTEGER NOT NULL DEFAULT 0,
    "checks_failed" INTEGER NOT NULL DEFAULT 0,
    "fail_streak" INTEGER NOT NULL DEFAULT 0,
    "last_check_at" TIMESTAMPTZ(3),
    "last_response_ms" INTEGER,
    "last_status_code" INTEGER,
    "last_error" TEXT,
    "next_check_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "restarts" INTEGER NOT NULL DEFAULT 0,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "backends_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "vhosts" (
    "id" UUID NOT NULL,
    "priority" INTEGER NOT NULL DEFAULT 100,
    "tls" BOOLEAN NOT NULL DEFAULT false,
    "backend_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "vhosts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "vhost_domains" (
    "domain" TEXT NOT NULL,
    "vhost_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "vhost_domains_pkey" PRIMARY KEY ("domain")
);

-- CreateIndex
CREATE UNIQUE INDEX "backends_name_key" ON "backends"("name");

-- CreateIndex
CREATE INDEX "backends_next_check_at_idx" ON "backends"("next_check_at");

-- CreateIndex
CREATE INDEX "vhosts_backend_id_idx" ON "vhosts"("backend_id");

-- CreateIndex
CREATE INDEX "vhost_domains_vhost_id_idx" ON "vhost_domains"("vhost_id");

-- AddForeignKey
ALTER TABLE "vhosts" ADD CONSTRAINT "vhosts_backend_id_fkey" FOREIGN KEY ("backend_id") REFERENCES "backends"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "vhost_domains" ADD CONSTRAINT "vhost_domains_vhost_id_fkey" FOREIGN KEY ("vhost_id") REFERENCES "vhosts"("id") ON DELETE CASCADE ON UPDATE CASCADE;
