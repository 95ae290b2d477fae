ALTER TABLE "draft_updates" DROP CONSTRAINT "draft_updates_draft_id_drafts_id_fk";
--> statement-breakpoint
ALTER TABLE "draft_updates" DROP CONSTRAINT "draft_updates_user_id_users_id_fk";
