/*
  Warnings:

  - Added the required column `feature_spec` to the `models` table without a default value. This is not possible if the table is not empty.
  - Added the required column `fingerprint` to the `models` table without a default value. This is not possible if the table is not empty.
  - Added the required column `trained_at` to the `models` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "models" ADD COLUMN     "feature_spec" JSONB NOT NULL,
ADD COLUMN     "fingerprint" TEXT NOT NULL,
ADD COLUMN     "trained_at" TIMESTAMPTZ(3) NOT NULL;
