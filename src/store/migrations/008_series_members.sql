-- A meeting series names its member organisations (the attendance lists them first), and a
-- meeting refers to the series it was held in, by id rather than by its group's name and day.
-- Both nullable: a record made before them (and an older partner's op without them) has none.
ALTER TABLE meeting_series ADD COLUMN member_ids TEXT;
ALTER TABLE meeting ADD COLUMN series_id TEXT;
