-- CreateTable
CREATE TABLE "pool_samples" (
    "taken_at" TIMESTAMPTZ(3) NOT NULL,
    "total" INTEGER NOT NULL,
    "active" INTEGER NOT NULL,
    "dead" INTEGER NOT NULL,
    "unchecked" INTEGER NOT NULL,

    CONSTRAINT "pool_samples_pkey" PRIMARY KEY ("taken_at")
);
