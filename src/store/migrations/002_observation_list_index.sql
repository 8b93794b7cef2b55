-- The observation list's order (newest first) as a covering index: paging deep into ten years
-- of observations reads the index only, instead of sorting the table for every page.
CREATE INDEX observation_list ON observation (occurred_on DESC, time_from DESC, n DESC) WHERE deleted = 0;
