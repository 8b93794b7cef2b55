-- The meeting series (issue 12): the samverkansgrupp's standing day, time, room, the
-- functions that chair, take notes and check the minutes, and the default agenda. A record
-- like every other (op-logged and exchanged), so every partner's copy plans the same meetings.
-- A meeting's status may now also be 'installt' (cancelled): text, no schema change.
CREATE TABLE meeting_series (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    classification TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    group_name TEXT NOT NULL,
    kind TEXT NOT NULL,
    weekday TEXT NOT NULL,
    start_time TEXT,
    end_time TEXT,
    location TEXT NOT NULL,
    chair TEXT NOT NULL,
    note_taker TEXT NOT NULL,
    adjuster TEXT,
    agenda TEXT NOT NULL,
    active INTEGER NOT NULL
);
