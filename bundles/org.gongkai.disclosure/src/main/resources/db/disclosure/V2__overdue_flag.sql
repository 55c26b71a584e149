-- The reply due date for which a case was last flagged overdue by the daily job (flag once per due date).
ALTER TABLE gd_application ADD COLUMN overdue_flagged_due DATE;
