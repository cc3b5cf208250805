-- The node that holds a claim, so a cluster rebalance can hand a departed node's claims back.
ALTER TABLE "proxies" ADD COLUMN "claimed_by" TEXT;
ALTER TABLE "notification_deliveries" ADD COLUMN "claimed_by" TEXT;
