-- Tools a job needs beyond its type's own (a JSON array, e.g. ["tesseract"] for OCR); NULL for none.
-- Only a node that has them all claims the job.
ALTER TABLE jobs ADD COLUMN required_tools TEXT;
