-- The PDF page a figure's number is on (1-based), so a reviewer can open the report at it.
-- NULL for figures of other formats and for observations loaded before this column existed.

ALTER TABLE observations ADD COLUMN page INTEGER;
