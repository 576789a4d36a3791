-- Tools a job needs beyond its type's own (e.g. {tesseract} for OCR); NULL for none. A node lacking one leaves
-- the job to a live node that has it. Same semantics as the SQLite store's 0006_required_tools.
ALTER TABLE jobs ADD COLUMN required_tools text[];
