#!/usr/bin/env bash
# Seed 001 (MoneyPrinter) as a curl client: generate a video, poll the job, read its events, cancel
# one job, cancel the latest. The document's commands are kept as written; only the address
# (http://localhost:8080), the job ids (from earlier answers) and the polling loops are ours.
# Usage: seed001_curl.sh BASE_URL WORK_DIR. Prints `OUTPUT <path>` for the video it ends with.
set -euo pipefail
BASE=${1:?base URL, e.g. http://127.0.0.1:8080}
WORK=${2:?work folder}
source "$(dirname "$0")/seed_curl_common.sh"
cd "$WORK"

# Not in the excerpt (it starts at GET /api/jobs/:id, "the unique job identifier returned from
# /api/generate"); the body is MoneyPrinter's: one paragraph is MediaJobs' shortest video (~20 s).
curl -X POST "$BASE/api/generate" -H "Content-Type: application/json" \
  -d '{"videoSubject": "Why the sky is blue", "paragraphNumber": 1, "voice": "en_us_001", "useMusic": true}'
expect 200 '.status == "success" and (.jobId | type == "string")'
JOB_ID=$(field .jobId)
step "POST /api/generate -> $JOB_ID"

# §GET /api/jobs/:id — polled until the job's state is completed.
deadline 300
while :; do
  curl $BASE/api/jobs/$JOB_ID
  expect 200 '.status == "success" and (.job | keys_unsorted == ["id", "state", "cancelRequested", "resultPath", "errorMessage", "createdAt", "startedAt", "completedAt"])'
  expect 200 ".job.id == \"$JOB_ID\" and (.job.state | IN(\"queued\", \"running\", \"completed\"))"
  [[ $(field .job.state) == completed ]] && break
  until_deadline "job $JOB_ID to complete"
done
expect 200 '.job.cancelRequested == false and .job.errorMessage == null and (.job.resultPath | type == "string") and .job.completedAt != null'
RESULT=$(field .job.resultPath)
step "GET /api/jobs/:id -> completed, resultPath $RESULT"

# §GET /api/jobs/:id — an unknown id (the document's example id) is its 404.
curl $BASE/api/jobs/a1b2c3d4-e5f6-7890-abcd-ef1234567890
expect 404 '. == {"status": "error", "message": "Job not found."}'

# §GET /api/jobs/:id/events — "# Get all events".
curl $BASE/api/jobs/$JOB_ID/events
expect 200 '.status == "success" and (.events | length > 3)'
expect 200 'all(.events[]; keys_unsorted == ["id", "type", "level", "message", "payload", "timestamp"] and (.level | IN("info", "success", "warning", "error")) and (.timestamp | type == "number"))'
expect 200 '.events | map(.id) | . == sort'
AFTER=$(field '.events[2].id')
LATER=$(field '[.events[3:][].id] | tostring')
step "GET /api/jobs/:id/events -> $(field '.events | length') events"

# §GET /api/jobs/:id/events — "# Get events after ID 42". The document writes `events?after= 42`;
# in a shell that space splits it in two arguments (curl fetches `?after=`, i.e. every event, then
# fails on a second URL "42"), so the working form has no space.
curl $BASE/api/jobs/$JOB_ID/events?after=$AFTER
expect 200 ".status == \"success\" and ([.events[].id] | tostring) == \"$LATER\""
step "GET /api/jobs/:id/events?after=$AFTER -> only the later events"

# §POST /api/jobs/:id/cancel — on a second job, generated for it.
curl -X POST "$BASE/api/generate" -H "Content-Type: application/json" -d '{"videoSubject": "A video to cancel"}'
expect 200 '.status == "success"'
CANCEL_ID=$(field .jobId)
curl -X POST $BASE/api/jobs/$CANCEL_ID/cancel
expect 200 '. == {"status": "success", "message": "Cancellation requested."}'
# "Check the cancelRequested field in the job status to confirm the request was received."
deadline 60
while :; do
  curl $BASE/api/jobs/$CANCEL_ID
  expect 200 '.job.cancelRequested == true'
  [[ $(field .job.state) == cancelled ]] && break
  until_deadline "job $CANCEL_ID to be cancelled"
done
step "POST /api/jobs/:id/cancel -> cancelled"

# §POST /api/cancel — the latest active job (a third one), then nothing is active: 404.
curl -X POST "$BASE/api/generate" -H "Content-Type: application/json" -d '{"videoSubject": "The latest video"}'
expect 200 '.status == "success"'
LATEST_ID=$(field .jobId)
curl -X POST $BASE/api/cancel
expect 200 ". == {\"status\": \"success\", \"message\": \"Cancellation requested.\", \"jobId\": \"$LATEST_ID\"}"
deadline 60
while :; do
  curl $BASE/api/jobs/$LATEST_ID
  [[ $(field .job.state) == cancelled ]] && break
  until_deadline "job $LATEST_ID to be cancelled"
done
curl -X POST $BASE/api/cancel
expect 404 '. == {"status": "error", "message": "No active job found."}'
step "POST /api/cancel -> $LATEST_ID, then 404 No active job found."

# The real output: resultPath is a video ffprobe accepts, H.264 with AAC.
PROBE=$(ffprobe -v error -show_entries stream=codec_type,codec_name -show_entries format=duration -of json "$RESULT") || fail "ffprobe rejected $RESULT"
jq -e 'any(.streams[]; .codec_type == "video" and .codec_name == "h264") and any(.streams[]; .codec_type == "audio" and .codec_name == "aac") and (.format.duration | tonumber > 1)' <<<"$PROBE" >/dev/null \
  || { BODY=$PROBE; fail "resultPath is not H.264 + AAC"; }
step "ffprobe $RESULT -> h264 + aac"
echo "OUTPUT $RESULT"
