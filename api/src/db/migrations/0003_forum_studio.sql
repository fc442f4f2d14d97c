CREATE TYPE "public"."cue_kind" AS ENUM('standBy', 'onAirIn10s', 'onAirNow', 'wrapUp', 'offAir', 'message');--> statement-breakpoint
CREATE TYPE "public"."event_staff_role" AS ENUM('producer', 'chatExpert');--> statement-breakpoint
CREATE TYPE "public"."forum_message_kind" AS ENUM('question', 'comment');--> statement-breakpoint
CREATE TYPE "public"."forum_message_state" AS ENUM('pending', 'approved', 'rejected', 'answered', 'visible', 'hidden');--> statement-breakpoint
CREATE TYPE "public"."on_air_mode" AS ENUM('video', 'audioOnly');--> statement-breakpoint
CREATE TYPE "public"."recording_status" AS ENUM('recording', 'processing', 'ready');--> statement-breakpoint
CREATE TYPE "public"."studio_layout" AS ENUM('moderatorOnly', 'moderatorAndSpeaker', 'speakerAndSlides', 'slidesOnly');--> statement-breakpoint
CREATE TYPE "public"."studio_status" AS ENUM('scheduled', 'live', 'ended');--> statement-breakpoint
ALTER TYPE "public"."file_purpose" ADD VALUE 'slides';--> statement-breakpoint
ALTER TYPE "public"."file_purpose" ADD VALUE 'recording';--> statement-breakpoint
CREATE TABLE "event_feedback" (
	"event_id" text NOT NULL,
	"user_id" uuid NOT NULL,
	"rating" smallint NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_feedback_event_id_user_id_pk" PRIMARY KEY("event_id","user_id"),
	CONSTRAINT "event_feedback_rating" CHECK ("event_feedback"."rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "event_staff" (
	"event_id" text NOT NULL,
	"role" "event_staff_role" NOT NULL,
	"user_id" uuid NOT NULL,
	"assigned_by" uuid,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_staff_event_id_role_pk" PRIMARY KEY("event_id","role")
);
--> statement-breakpoint
CREATE TABLE "forum_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" text NOT NULL,
	"kind" "forum_message_kind" NOT NULL,
	"state" "forum_message_state" NOT NULL,
	"author_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"author_is_staff" boolean NOT NULL,
	"body" text NOT NULL,
	"votes" integer DEFAULT 0 NOT NULL,
	"answered_at_seconds" real,
	"moderated_by" uuid,
	"moderated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "forum_messages_state_of_kind" CHECK (("forum_messages"."kind" = 'question' and "forum_messages"."state" in ('pending', 'approved', 'rejected', 'answered')) or ("forum_messages"."kind" = 'comment' and "forum_messages"."state" in ('visible', 'hidden')))
);
--> statement-breakpoint
CREATE TABLE "forum_votes" (
	"message_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "forum_votes_message_id_user_id_pk" PRIMARY KEY("message_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "on_air_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" text NOT NULL,
	"speaker_id" text,
	"mode" "on_air_mode",
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recordings" (
	"event_id" text PRIMARY KEY NOT NULL,
	"status" "recording_status" DEFAULT 'recording' NOT NULL,
	"next_seq" integer DEFAULT 0 NOT NULL,
	"size_bytes" bigint DEFAULT 0 NOT NULL,
	"part_name" text NOT NULL,
	"file_id" uuid,
	"duration_seconds" real,
	"remuxed" boolean DEFAULT false NOT NULL,
	"notice" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "slide_decks" (
	"event_id" text NOT NULL,
	"speaker_id" text NOT NULL,
	"file_id" uuid NOT NULL,
	"page_count" integer NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "slide_decks_event_id_speaker_id_pk" PRIMARY KEY("event_id","speaker_id")
);
--> statement-breakpoint
CREATE TABLE "studios" (
	"event_id" text PRIMARY KEY NOT NULL,
	"status" "studio_status" DEFAULT 'scheduled' NOT NULL,
	"layout" "studio_layout" DEFAULT 'moderatorOnly' NOT NULL,
	"on_air_speaker_id" text,
	"on_air_mode" "on_air_mode",
	"on_air_since" timestamp with time zone,
	"slide_index" integer DEFAULT 0 NOT NULL,
	"cue_speaker_id" text,
	"cue_kind" "cue_kind",
	"cue_text" text,
	"cue_at" timestamp with time zone,
	"live_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"version" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "studios_on_air_complete" CHECK (num_nonnulls("studios"."on_air_speaker_id", "studios"."on_air_mode", "studios"."on_air_since") in (0, 3))
);
--> statement-breakpoint
ALTER TABLE "event_feedback" ADD CONSTRAINT "event_feedback_event_id_forum_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."forum_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_feedback" ADD CONSTRAINT "event_feedback_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_staff" ADD CONSTRAINT "event_staff_event_id_forum_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."forum_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_staff" ADD CONSTRAINT "event_staff_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_staff" ADD CONSTRAINT "event_staff_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_messages" ADD CONSTRAINT "forum_messages_event_id_forum_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."forum_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_messages" ADD CONSTRAINT "forum_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_messages" ADD CONSTRAINT "forum_messages_moderated_by_users_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_votes" ADD CONSTRAINT "forum_votes_message_id_forum_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."forum_messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_votes" ADD CONSTRAINT "forum_votes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "on_air_log" ADD CONSTRAINT "on_air_log_event_id_forum_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."forum_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "on_air_log" ADD CONSTRAINT "on_air_log_speaker_id_speakers_id_fk" FOREIGN KEY ("speaker_id") REFERENCES "public"."speakers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recordings" ADD CONSTRAINT "recordings_event_id_forum_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."forum_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recordings" ADD CONSTRAINT "recordings_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slide_decks" ADD CONSTRAINT "slide_decks_event_id_forum_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."forum_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slide_decks" ADD CONSTRAINT "slide_decks_speaker_id_speakers_id_fk" FOREIGN KEY ("speaker_id") REFERENCES "public"."speakers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slide_decks" ADD CONSTRAINT "slide_decks_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slide_decks" ADD CONSTRAINT "slide_decks_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "studios" ADD CONSTRAINT "studios_event_id_forum_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."forum_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "studios" ADD CONSTRAINT "studios_on_air_speaker_id_speakers_id_fk" FOREIGN KEY ("on_air_speaker_id") REFERENCES "public"."speakers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "studios" ADD CONSTRAINT "studios_cue_speaker_id_speakers_id_fk" FOREIGN KEY ("cue_speaker_id") REFERENCES "public"."speakers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_feedback_event_id_updated_at_index" ON "event_feedback" USING btree ("event_id","updated_at");--> statement-breakpoint
CREATE INDEX "event_staff_user_id_index" ON "event_staff" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "forum_messages_event_id_created_at_index" ON "forum_messages" USING btree ("event_id","created_at");--> statement-breakpoint
CREATE INDEX "forum_votes_user_id_index" ON "forum_votes" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "on_air_log_event_id_at_index" ON "on_air_log" USING btree ("event_id","at");--> statement-breakpoint
CREATE INDEX "studios_status_index" ON "studios" USING btree ("status");