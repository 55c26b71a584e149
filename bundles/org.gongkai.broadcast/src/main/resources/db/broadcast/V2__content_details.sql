-- Content details kept beside the played script: the category (栏目) and the written text (文字稿) shown on screens,
-- a sequence for broadcast numbers, and an index for the statistics by release date.
ALTER TABLE gb_broadcast ADD COLUMN category VARCHAR(40);
ALTER TABLE gb_broadcast ADD COLUMN body VARCHAR(8000);
CREATE SEQUENCE gb_broadcast_seq;
CREATE INDEX gb_review_step_action ON gb_review_step (action, acted_at);
