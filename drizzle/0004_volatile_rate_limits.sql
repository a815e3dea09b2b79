-- UNLOGGED by hand (drizzle-kit has no option for it and does not diff it): see volatileRateLimits in lib/db/schema.ts.
CREATE UNLOGGED TABLE "volatile_rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"expire" timestamp with time zone
);
--> statement-breakpoint
-- Availability counters now live in the table above; the old ones would never be cleared here.
DELETE FROM "rate_limits" WHERE "key" LIKE 'availability:%';
