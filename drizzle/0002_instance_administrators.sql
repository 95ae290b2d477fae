ALTER TABLE "users" ADD COLUMN "is_administrator" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- Until now anyone could create a meeting; whoever already runs one as its secretariat keeps that right.
UPDATE "users" SET "is_administrator" = true WHERE "id" IN (SELECT "user_id" FROM "memberships" WHERE "role" = 'secretariat');
