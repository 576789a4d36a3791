#!/usr/bin/env bash
# Seed 003 (Secretary job worker) as a curl client: create a PDF job, poll it, create a batch, poll
# it, download the job's archive. The document's commands and bodies are kept as written; only the
# address (http://localhost:5001), YOUR_API_KEY, the PDF paths (copies of a real PDF), the ids
# (from earlier answers) and the polling loops are ours.
# Usage: API_KEY=... seed003_curl.sh BASE_URL WORK_DIR PDF (WORK_DIR under a media root).
# Prints `OUTPUT <path>` for the archive it ends with.
set -euo pipefail
BASE=${1:?base URL, e.g. http://127.0.0.1:5001}
WORK=${2:?work folder under a media root}
PDF=${3:?a PDF with a text layer}
: "${API_KEY:?API_KEY: the server's API key (the document's YOUR_API_KEY)}"
source "$(dirname "$0")/seed_curl_common.sh"
cd "$WORK"

# The document's /path/to/file.pdf, file1.pdf and file2.pdf.
DOCS=$WORK/path/to
mkdir -p "$DOCS"
for NAME in file file1 file2; do cp "$PDF" "$DOCS/$NAME.pdf"; done

# §POST /api/jobs/ — "Request Example".
curl -X POST "$BASE/api/jobs/" \
  -H "Authorization: Bearer $API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
    "job_type": "pdf",
    "parameters": {
      "filename": "'"$DOCS"'/file.pdf",
      "extraction_method": "combined"
    }
  }'
expect 200 '.status == "success" and (.data | keys_unsorted == ["job_id", "job"]) and .data.job.job_id == .data.job_id'
expect 200 '.data.job.job_type == "pdf" and .data.job.status == "pending" and (.data.job.created_at | type == "string") and .data.job.parameters.extraction_method == "combined"'
JOB_ID=$(field .data.job_id)
step "POST /api/jobs/ -> $JOB_ID pending"

# §GET /api/jobs/{job_id} — "Request Example", polled until the job is completed.
deadline 120
while :; do
  curl -X GET "$BASE/api/jobs/$JOB_ID" \
    -H "Authorization: Bearer $API_KEY"
  expect 200 ".status == \"success\" and .data.job_id == \"$JOB_ID\" and (.data.status | IN(\"pending\", \"processing\", \"completed\"))"
  [[ $(field .data.status) == completed ]] && break
  until_deadline "job $JOB_ID to complete"
done
expect 200 '.data.progress == {"step": "completed", "percent": 100, "message": "Processing completed"}'
expect 200 '(.data.results.structured_data.extracted_text | type == "string" and length > 0) and (.data.results.structured_data.metadata | type == "object")'
expect 200 '(.data.results.assets | type == "array") and (.data.results.target_dir | type == "string")'
expect 200 '(.data.logs | length > 0) and all(.data.logs[]; has("timestamp") and (.level | IN("info", "warning", "error")) and has("message"))'
EXTRACTED=$(field .data.results.structured_data.extracted_text)
step "GET /api/jobs/{job_id} -> completed, $(printf %s "$EXTRACTED" | wc -c) characters of text"

# §POST /api/jobs/batch — the document's body, its paths replaced.
curl -X POST "$BASE/api/jobs/batch" \
  -H "Authorization: Bearer $API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
  "batch_name": "My Batch",
  "jobs": [
    {
      "job_type": "pdf",
      "parameters": {
        "filename": "'"$DOCS"'/file1.pdf"
      }
    },
    {
      "job_type": "pdf",
      "parameters": {
        "filename": "'"$DOCS"'/file2.pdf"
      }
    }
  ]
}'
expect 200 '.status == "success" and (.data | keys_unsorted == ["batch_id", "batch"]) and .data.batch.batch_id == .data.batch_id'
expect 200 '.data.batch.batch_name == "My Batch" and .data.batch.status == "pending" and .data.batch.job_count == 2 and (.data.batch.jobs | length == 2)'
BATCH_ID=$(field .data.batch_id)
step "POST /api/jobs/batch -> $BATCH_ID pending, 2 jobs"

# §GET /api/jobs/batch/{batch_id} — "Request Example", polled until the batch is completed.
deadline 120
while :; do
  curl -X GET "$BASE/api/jobs/batch/$BATCH_ID" \
    -H "Authorization: Bearer $API_KEY"
  expect 200 ".status == \"success\" and .data.batch_id == \"$BATCH_ID\" and (.data.status | IN(\"pending\", \"processing\", \"completed\"))"
  [[ $(field .data.status) == completed ]] && break
  until_deadline "batch $BATCH_ID to complete"
done
expect 200 '.data | .batch_name == "My Batch" and .job_count == 2 and .completed_count == 2 and .failed_count == 0'
expect 200 '.data.jobs | length == 2 and all(.[]; (.job_id | type == "string") and .status == "completed")'
step "GET /api/jobs/batch/{batch_id} -> completed 2 of 2"

# §GET /api/jobs/{job_id}/download-archive — "Request Example", as written (-o archive.zip).
curl -X GET "$BASE/api/jobs/$JOB_ID/download-archive" \
  -H "Authorization: Bearer $API_KEY" \
  -o archive.zip
[[ "$STATUS" == 200 ]] || fail "download-archive answered HTTP $STATUS"

# The real output: a ZIP that unzips, holding the results with the text the job reported.
unzip -t archive.zip || fail "archive.zip does not unzip"
unzip -l archive.zip
unzip -Z1 archive.zip | grep -qx results.json || fail "archive.zip has no results.json"
[[ "$(unzip -p archive.zip results.json | jq -r .structured_data.extracted_text)" == "$EXTRACTED" ]] \
  || fail "results.json in archive.zip does not hold the extracted text"
step "unzip -t archive.zip -> ok, results.json holds the extracted text"
echo "OUTPUT $WORK/archive.zip"
