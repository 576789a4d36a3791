-- Tools a job needs beyond its type's own (a JSON array, e.g. ["tesseract"] for OCR); NULL for none.
-- A node that lacks one leaves the job to a live node that has it.
ALTER TABLE jobs ADD COLUMN required_tools TEXT;
