-- Tools a job needs beyond its type's own (e.g. {tesseract} for OCR); NULL for none. Only a node that has
-- them all claims the job. Same semantics as the SQLite store's 0006_required_tools.
ALTER TABLE jobs ADD COLUMN required_tools text[];
