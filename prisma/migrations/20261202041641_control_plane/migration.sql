-- CreateEnum
CREATE TYPE "ClusterNodeState" AS ENUM ('ACTIVE', 'SUSPECT', 'DEAD', 'LEFT');

-- CreateTable
CREATE TABLE "cluster_nodes" (
    "id" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "pid" INTEGER NOT NULL,
    "state" "ClusterNodeState" NOT NULL DEFAULT 'ACTIVE',
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "joined_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_heartbeat" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cpu" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "memory" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "connections" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "cluster_nodes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cluster_leader_terms" (
    "term" SERIAL NOT NULL,
    "node_id" TEXT NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_run_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cluster_leader_terms_pkey" PRIMARY KEY ("term")
);

-- CreateTable
CREATE TABLE "live_config_versions" (
    "version" SERIAL NOT NULL,
    "settings" JSONB NOT NULL,
    "changes" JSONB NOT NULL,
    "changed_by" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "live_config_versions_pkey" PRIMARY KEY ("version")
);

-- CreateIndex
CREATE INDEX "cluster_nodes_state_last_heartbeat_idx" ON "cluster_nodes"("state", "last_heartbeat");

-- CreateIndex
CREATE INDEX "cluster_leader_terms_node_id_idx" ON "cluster_leader_terms"("node_id");
