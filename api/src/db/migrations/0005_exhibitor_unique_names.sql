-- Names that differ only in letter case, from before this rule, would stop the unique indexes
-- below from being built (and the api from starting). Each later one of such a group, by
-- created_at then id, is renamed "<name> (2)", "(3)", ... in its own language, skipping any
-- number whose name is taken, so the organiser sees them and nothing is lost.
DO $$
DECLARE
  duplicate record;
  n integer;
  candidate text;
BEGIN
  FOR duplicate IN
    SELECT id, name_ru AS name, rank
    FROM (
      SELECT id, name_ru, created_at,
        row_number() OVER (PARTITION BY lower(name_ru) ORDER BY created_at, id) AS rank
      FROM exhibitors
    ) ranked
    WHERE rank > 1
    ORDER BY created_at, id
  LOOP
    n := duplicate.rank;
    LOOP
      candidate := duplicate.name || ' (' || n || ')';
      EXIT WHEN NOT EXISTS (SELECT 1 FROM exhibitors WHERE lower(name_ru) = lower(candidate));
      n := n + 1;
    END LOOP;
    UPDATE exhibitors SET name_ru = candidate WHERE id = duplicate.id;
  END LOOP;

  FOR duplicate IN
    SELECT id, name_en AS name, rank
    FROM (
      SELECT id, name_en, created_at,
        row_number() OVER (PARTITION BY lower(name_en) ORDER BY created_at, id) AS rank
      FROM exhibitors
    ) ranked
    WHERE rank > 1
    ORDER BY created_at, id
  LOOP
    n := duplicate.rank;
    LOOP
      candidate := duplicate.name || ' (' || n || ')';
      EXIT WHEN NOT EXISTS (SELECT 1 FROM exhibitors WHERE lower(name_en) = lower(candidate));
      n := n + 1;
    END LOOP;
    UPDATE exhibitors SET name_en = candidate WHERE id = duplicate.id;
  END LOOP;
END $$;
--> statement-breakpoint
CREATE UNIQUE INDEX "exhibitors_name_ru_unique" ON "exhibitors" USING btree (lower("name_ru"));--> statement-breakpoint
CREATE UNIQUE INDEX "exhibitors_name_en_unique" ON "exhibitors" USING btree (lower("name_en"));
