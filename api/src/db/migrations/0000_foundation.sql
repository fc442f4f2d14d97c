CREATE TYPE "public"."event_format" AS ENUM('panel', 'talk', 'masterClass', 'regionalCase', 'interview');--> statement-breakpoint
CREATE TYPE "public"."exhibitor_kind" AS ENUM('business', 'regionalSystem', 'institution');--> statement-breakpoint
CREATE TYPE "public"."facing" AS ENUM('north', 'south', 'east', 'west');--> statement-breakpoint
CREATE TYPE "public"."forum_phase" AS ENUM('main', 'continuation');--> statement-breakpoint
CREATE TYPE "public"."layout_status" AS ENUM('draft', 'published', 'archived');--> statement-breakpoint
CREATE TYPE "public"."program_format" AS ENUM('online', 'blended');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('visitor', 'exhibitor', 'moderator', 'producer', 'chatExpert', 'organiser');--> statement-breakpoint
CREATE TABLE "alleys" (
	"layout_version_id" uuid NOT NULL,
	"id" text NOT NULL,
	"topic_code" text,
	"from_x" double precision NOT NULL,
	"from_y" double precision NOT NULL,
	"to_x" double precision NOT NULL,
	"to_y" double precision NOT NULL,
	"width" double precision NOT NULL,
	CONSTRAINT "alleys_layout_version_id_id_pk" PRIMARY KEY("layout_version_id","id")
);
--> statement-breakpoint
CREATE TABLE "competencies" (
	"code" text PRIMARY KEY NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_speakers" (
	"event_id" text NOT NULL,
	"speaker_id" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "event_speakers_event_id_speaker_id_pk" PRIMARY KEY("event_id","speaker_id")
);
--> statement-breakpoint
CREATE TABLE "exhibitor_topics" (
	"exhibitor_id" text NOT NULL,
	"topic_code" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "exhibitor_topics_exhibitor_id_topic_code_pk" PRIMARY KEY("exhibitor_id","topic_code")
);
--> statement-breakpoint
CREATE TABLE "exhibitors" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" "exhibitor_kind" NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text NOT NULL,
	"description_ru" text NOT NULL,
	"description_en" text NOT NULL,
	"region_code" text NOT NULL,
	"website" text,
	"email" text,
	"phone" text,
	"color_primary" text NOT NULL,
	"color_accent" text NOT NULL,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "forum_events" (
	"id" text PRIMARY KEY NOT NULL,
	"phase" "forum_phase" NOT NULL,
	"day" date NOT NULL,
	"cluster_code" text NOT NULL,
	"stage_id" text NOT NULL,
	"format" "event_format" NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"title_ru" text NOT NULL,
	"title_en" text NOT NULL,
	"description_ru" text NOT NULL,
	"description_en" text NOT NULL,
	"moderator_id" text NOT NULL,
	"search_text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "halls" (
	"id" text PRIMARY KEY NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text NOT NULL,
	"floor_width" double precision NOT NULL,
	"floor_depth" double precision NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "layout_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hall_id" text NOT NULL,
	"version" integer NOT NULL,
	"status" "layout_status" DEFAULT 'draft' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "layout_versions_hallId_version_unique" UNIQUE("hall_id","version")
);
--> statement-breakpoint
CREATE TABLE "program_competencies" (
	"program_id" text NOT NULL,
	"competency_code" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "program_competencies_program_id_competency_code_pk" PRIMARY KEY("program_id","competency_code")
);
--> statement-breakpoint
CREATE TABLE "programs" (
	"id" text PRIMARY KEY NOT NULL,
	"title_ru" text NOT NULL,
	"title_en" text NOT NULL,
	"description_ru" text NOT NULL,
	"description_en" text NOT NULL,
	"hours" integer NOT NULL,
	"format" "program_format" NOT NULL,
	"provider_ru" text NOT NULL,
	"provider_en" text NOT NULL,
	"search_text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "screens" (
	"layout_version_id" uuid NOT NULL,
	"id" text NOT NULL,
	"stage_id" text NOT NULL,
	"x" double precision NOT NULL,
	"y" double precision NOT NULL,
	"width" double precision NOT NULL,
	"facing" "facing" NOT NULL,
	CONSTRAINT "screens_layout_version_id_id_pk" PRIMARY KEY("layout_version_id","id")
);
--> statement-breakpoint
CREATE TABLE "spawn_points" (
	"layout_version_id" uuid NOT NULL,
	"id" text NOT NULL,
	"x" double precision NOT NULL,
	"y" double precision NOT NULL,
	CONSTRAINT "spawn_points_layout_version_id_id_pk" PRIMARY KEY("layout_version_id","id")
);
--> statement-breakpoint
CREATE TABLE "speakers" (
	"id" text PRIMARY KEY NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text NOT NULL,
	"position_ru" text NOT NULL,
	"position_en" text NOT NULL,
	"organisation_ru" text NOT NULL,
	"organisation_en" text NOT NULL,
	"region_code" text,
	"search_text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stages" (
	"id" text PRIMARY KEY NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stands" (
	"layout_version_id" uuid NOT NULL,
	"id" text NOT NULL,
	"exhibitor_id" text NOT NULL,
	"x" double precision NOT NULL,
	"y" double precision NOT NULL,
	"width" double precision NOT NULL,
	"depth" double precision NOT NULL,
	"facing" "facing" NOT NULL,
	CONSTRAINT "stands_layout_version_id_id_pk" PRIMARY KEY("layout_version_id","id")
);
--> statement-breakpoint
CREATE TABLE "topics" (
	"code" text PRIMARY KEY NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text,
	"display_name" text NOT NULL,
	"role" "role" DEFAULT 'visitor' NOT NULL,
	"exhibitor_id" text,
	"speaker_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
ALTER TABLE "alleys" ADD CONSTRAINT "alleys_layout_version_id_layout_versions_id_fk" FOREIGN KEY ("layout_version_id") REFERENCES "public"."layout_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alleys" ADD CONSTRAINT "alleys_topic_code_topics_code_fk" FOREIGN KEY ("topic_code") REFERENCES "public"."topics"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_speakers" ADD CONSTRAINT "event_speakers_event_id_forum_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."forum_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_speakers" ADD CONSTRAINT "event_speakers_speaker_id_speakers_id_fk" FOREIGN KEY ("speaker_id") REFERENCES "public"."speakers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exhibitor_topics" ADD CONSTRAINT "exhibitor_topics_exhibitor_id_exhibitors_id_fk" FOREIGN KEY ("exhibitor_id") REFERENCES "public"."exhibitors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exhibitor_topics" ADD CONSTRAINT "exhibitor_topics_topic_code_topics_code_fk" FOREIGN KEY ("topic_code") REFERENCES "public"."topics"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exhibitors" ADD CONSTRAINT "exhibitors_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_events" ADD CONSTRAINT "forum_events_cluster_code_topics_code_fk" FOREIGN KEY ("cluster_code") REFERENCES "public"."topics"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_events" ADD CONSTRAINT "forum_events_stage_id_stages_id_fk" FOREIGN KEY ("stage_id") REFERENCES "public"."stages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_events" ADD CONSTRAINT "forum_events_moderator_id_speakers_id_fk" FOREIGN KEY ("moderator_id") REFERENCES "public"."speakers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "layout_versions" ADD CONSTRAINT "layout_versions_hall_id_halls_id_fk" FOREIGN KEY ("hall_id") REFERENCES "public"."halls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "layout_versions" ADD CONSTRAINT "layout_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_competencies" ADD CONSTRAINT "program_competencies_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_competencies" ADD CONSTRAINT "program_competencies_competency_code_competencies_code_fk" FOREIGN KEY ("competency_code") REFERENCES "public"."competencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screens" ADD CONSTRAINT "screens_layout_version_id_layout_versions_id_fk" FOREIGN KEY ("layout_version_id") REFERENCES "public"."layout_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screens" ADD CONSTRAINT "screens_stage_id_stages_id_fk" FOREIGN KEY ("stage_id") REFERENCES "public"."stages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spawn_points" ADD CONSTRAINT "spawn_points_layout_version_id_layout_versions_id_fk" FOREIGN KEY ("layout_version_id") REFERENCES "public"."layout_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "speakers" ADD CONSTRAINT "speakers_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stands" ADD CONSTRAINT "stands_layout_version_id_layout_versions_id_fk" FOREIGN KEY ("layout_version_id") REFERENCES "public"."layout_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stands" ADD CONSTRAINT "stands_exhibitor_id_exhibitors_id_fk" FOREIGN KEY ("exhibitor_id") REFERENCES "public"."exhibitors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_exhibitor_id_exhibitors_id_fk" FOREIGN KEY ("exhibitor_id") REFERENCES "public"."exhibitors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_speaker_id_speakers_id_fk" FOREIGN KEY ("speaker_id") REFERENCES "public"."speakers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_speakers_speaker_id_index" ON "event_speakers" USING btree ("speaker_id");--> statement-breakpoint
CREATE INDEX "exhibitor_topics_topic_code_index" ON "exhibitor_topics" USING btree ("topic_code");--> statement-breakpoint
CREATE INDEX "exhibitors_kind_index" ON "exhibitors" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "exhibitors_region_code_index" ON "exhibitors" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "exhibitors_name_ru_index" ON "exhibitors" USING btree ("name_ru");--> statement-breakpoint
CREATE INDEX "forum_events_starts_at_index" ON "forum_events" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "forum_events_day_starts_at_index" ON "forum_events" USING btree ("day","starts_at");--> statement-breakpoint
CREATE INDEX "forum_events_stage_id_starts_at_index" ON "forum_events" USING btree ("stage_id","starts_at");--> statement-breakpoint
CREATE INDEX "forum_events_cluster_code_index" ON "forum_events" USING btree ("cluster_code");--> statement-breakpoint
CREATE UNIQUE INDEX "layout_versions_one_published_per_hall" ON "layout_versions" USING btree ("hall_id") WHERE "layout_versions"."status" = 'published';--> statement-breakpoint
CREATE INDEX "program_competencies_competency_code_index" ON "program_competencies" USING btree ("competency_code");--> statement-breakpoint
CREATE INDEX "speakers_name_ru_index" ON "speakers" USING btree ("name_ru");--> statement-breakpoint
CREATE INDEX "stands_exhibitor_id_index" ON "stands" USING btree ("exhibitor_id");