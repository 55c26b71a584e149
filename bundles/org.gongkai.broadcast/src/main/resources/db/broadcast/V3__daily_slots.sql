-- Daily slots (一天三时段): a routine broadcast may wait for a slot (MORNING/NOON/EVENING = 早/中/晚) of a play date
-- instead of playing as soon as it is released; both columns are null for "immediately". The slot is a name, each
-- township maps it to its own time by configuration. The index serves the scheduler and the schedule board.
ALTER TABLE gb_broadcast ADD COLUMN play_date DATE;
ALTER TABLE gb_broadcast ADD COLUMN play_slot VARCHAR(10);
CREATE INDEX gb_broadcast_play ON gb_broadcast (play_date, play_slot);
