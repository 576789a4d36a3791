#!/usr/bin/env bash
# Seed 002 (ShrinkRay) as a curl client, section by section: create jobs for a file and a folder,
# list, get, cancel, retry, clear, queue control, the SSE stream, stats. The document's two curl
# commands (clear) are kept as written; the other routes it documents without a command are called
# the same way. Only the address (http://localhost:8080), the paths (tiny clips made here), the job
# ids (from earlier answers) and the polling loops are ours. The transcode replaces each file in
# place, as ShrinkRay does. Usage: seed002_curl.sh BASE_URL WORK_DIR (WORK_DIR under a media root).
# Prints `OUTPUT <path>` for each transcoded file.
set -euo pipefail
BASE=${1:?base URL, e.g. http://127.0.0.1:8080}
WORK=${2:?work folder under a media root}
source "$(dirname "$0")/seed_curl_common.sh"
cd "$WORK"

JOB_FIELDS='["id", "input_path", "output_path", "preset_id", "encoder", "is_hardware", "status", "progress", "speed", "eta", "input_size", "output_size", "space_saved", "duration_ms", "bitrate", "width", "height", "frame_rate", "video_codec", "profile", "bit_depth", "is_hdr", "transcode_secs", "created_at", "started_at", "completed_at"]'
STATS_FIELDS='["pending", "running", "complete", "failed", "cancelled", "skipped", "total", "total_saved", "session_saved", "lifetime_saved"]'

# The document's /media/Movies/Movie.mkv and /media/TV/Show, as tiny lossless H.264 clips (so HEVC
# is smaller and the file is replaced, not skipped).
MEDIA=$WORK/media
MOVIE=$MEDIA/Movies/Movie.mkv
EPISODE=$MEDIA/TV/Show/Episode.mkv
mkdir -p "$MEDIA/Movies" "$MEDIA/TV/Show" "$MEDIA/Broken"
ffmpeg -v error -f lavfi -i testsrc2=s=160x120:r=25:d=2 -c:v libx264 -preset ultrafast -crf 0 -pix_fmt yuv420p -y "$MOVIE"
ffmpeg -v error -f lavfi -i testsrc2=s=160x120:r=25:d=1 -f lavfi -i sine=d=1 -c:v libx264 -preset ultrafast -crf 0 -pix_fmt yuv420p -c:a aac -shortest -y "$EPISODE"
# For §Retry: a clip cut to a quarter. Its header still says 4 s, so it is found and probed, but
# only ~1 s decodes and the encode's verify step fails the job (a real failure, no fault injection).
BROKEN=$MEDIA/Broken/Truncated.mp4
ffmpeg -v error -f lavfi -i testsrc2=s=160x120:r=25:d=4 -c:v libx264 -preset ultrafast -crf 0 -pix_fmt yuv420p -movflags +faststart -y "$BROKEN"
truncate -s $(($(stat -c %s "$BROKEN") / 4)) "$BROKEN"

# §Create jobs — the document's body, its paths replaced: a file and a folder.
curl -X POST "$BASE/api/jobs" -H "Content-Type: application/json" \
  -d '{"paths": ["'"$MEDIA"'/Movies/Movie.mkv", "'"$MEDIA"'/TV/Show"], "preset_id": "compress-hevc"}'
expect 202 '. == {"status": "processing", "message": "Processing 2 paths in background..."}'
step "POST /api/jobs -> 202 processing"

# §List jobs — polled until both files' jobs are finished (the folder is discovered in the background).
deadline 180
while :; do
  curl $BASE/api/jobs
  expect 200 "keys_unsorted == [\"jobs\", \"stats\"] and (.stats | keys_unsorted == $STATS_FIELDS)"
  expect 200 "all(.jobs[]; .[\"status\"] | IN(\"pending\", \"running\", \"complete\", \"failed\", \"cancelled\", \"skipped\"))"
  MINE=$(field "[.jobs[] | select(.input_path == \"$MOVIE\" or .input_path == \"$EPISODE\")]")
  jq -e 'length == 2 and all(.[]; .status | IN("pending", "running") | not)' <<<"$MINE" >/dev/null && break
  until_deadline "both files' jobs to finish"
done
expect 200 "all(.jobs[]; keys_unsorted[:26] == $JOB_FIELDS) and .stats.complete >= 2 and .stats.total == (.jobs | length)"
MOVIE_ID=$(jq -r ".[] | select(.input_path == \"$MOVIE\") | .id" <<<"$MINE")
EPISODE_ID=$(jq -r ".[] | select(.input_path == \"$EPISODE\") | .id" <<<"$MINE")
step "GET /api/jobs -> $MOVIE_ID, $EPISODE_ID finished"

# §Get single job — complete, replaced in place (output_path is input_path), the source was H.264.
for ID in "$MOVIE_ID" "$EPISODE_ID"; do
  curl $BASE/api/jobs/$ID
  expect 200 "keys_unsorted == $JOB_FIELDS and .id == \"$ID\" and .status == \"complete\" and .progress == 100"
  expect 200 '.output_path == .input_path and .video_codec == "h264" and .width == 160 and .height == 120 and .space_saved == .input_size - .output_size and .space_saved > 0'
done
# "404 - Job not found" (the document's example id).
curl $BASE/api/jobs/1705432100000-1
expect 404 'keys_unsorted == ["error"]'
step "GET /api/jobs/{id} -> complete, in place; unknown -> 404"

# §Cancel job — on a finished job the real server (internal/api/handler.go CancelJob) removes it; its
# "409 - Job already in terminal state" is only the race of a job ending between its read and the cancel.
curl -X DELETE $BASE/api/jobs/$EPISODE_ID
expect 200 '. == {"removed": true}'
curl $BASE/api/jobs/$EPISODE_ID
expect 404 'keys_unsorted == ["error"]'
curl -X DELETE $BASE/api/jobs/1705432100000-1
expect 404 'keys_unsorted == ["error"]'
step "DELETE /api/jobs/{id} -> removed when complete, 404 when unknown"

# §Retry failed job — "400 - Job is not in failed state"; "404 - Job not found".
curl -X POST $BASE/api/jobs/$MOVIE_ID/retry
expect 400 '. == {"error": "job is not in failed state"}'
curl -X POST $BASE/api/jobs/1705432100000-1/retry
expect 404 'keys_unsorted == ["error"]'

# §Retry failed job — on a job that really failed: §Create it, poll §List until it has failed.
curl -X POST "$BASE/api/jobs" -H "Content-Type: application/json" \
  -d '{"paths": ["'"$BROKEN"'"], "preset_id": "compress-hevc"}'
expect 202 '.status == "processing"'
deadline 120
while :; do
  curl $BASE/api/jobs
  FAILED_ID=$(field ".jobs[] | select(.input_path == \"$BROKEN\") | select(.status | IN(\"pending\", \"running\") | not) | .id")
  [[ -n "$FAILED_ID" ]] && break
  until_deadline "the truncated clip's job to finish"
done
curl $BASE/api/jobs/$FAILED_ID
expect 200 '.status == "failed" and (.error | type == "string" and length > 0)'
step "POST /api/jobs (truncated clip) -> failed: $(field .error)"

# §Queue control — paused first, so the retried job stays pending for §Cancel job below.
curl -X POST $BASE/api/queue/pause
expect 200 '.paused == true and (.requeued | type == "number")'
curl -X POST $BASE/api/jobs/$FAILED_ID/retry
expect 200 "keys_unsorted == $JOB_FIELDS and .status == \"pending\" and .preset_id == \"compress-hevc\" and .input_path == \"$BROKEN\""
expect 200 '.progress == 0 and .started_at == null and .completed_at == null'
RETRIED_ID=$(field .id)
step "POST /api/jobs/{id}/retry -> a pending job"

# §Cancel job — a pending job: cancelled, and then it is in a terminal state.
curl -X DELETE $BASE/api/jobs/$RETRIED_ID
expect 200 '. == {"status": "cancelled"}'
curl $BASE/api/jobs/$RETRIED_ID
expect 200 '.status == "cancelled"'
curl -X POST $BASE/api/queue/resume
expect 200 '. == {"paused": false}'
step "DELETE /api/jobs/{id} -> cancelled; queue paused and resumed"

# §Statistics — before §Clear queue empties the list: the session has saved bytes.
curl $BASE/api/stats
expect 200 "keys_unsorted == $STATS_FIELDS and .complete >= 1 and .cancelled >= 1 and .total_saved > 0 and .session_saved > 0 and .lifetime_saved > 0"

# §Clear queue — the document's two commands, as written.
# Clear all non-running jobs
curl -X POST $BASE/api/jobs/clear
expect 200 'keys_unsorted == ["cleared", "message"] and .cleared >= 2 and .message == "Cleared \(.cleared) jobs"'
# Clear only completed jobs
curl -X POST $BASE/api/jobs/clear?status=complete
expect 200 '. == {"cleared": 0, "message": "Cleared 0 jobs"}'
curl $BASE/api/jobs
expect 200 '.jobs == [] and .stats.total == 0'
step "POST /api/jobs/clear -> cleared, then nothing left to clear"

# §Real-time updates (SSE) — the first frame is `init`. curl stops at the next frame or heartbeat
# (grep has exited), or after --max-time.
FIRST=$(set +o pipefail; command curl -sN --max-time 20 $BASE/api/jobs/stream | grep -m1 '^data: ') || true
BODY=${FIRST#data: } STATUS=200 LAST="curl -N $BASE/api/jobs/stream"
expect 200 ". == {\"type\": \"init\", \"jobs\": [], \"stats\": .stats} and (.stats | keys_unsorted == $STATS_FIELDS)"
step "GET /api/jobs/stream -> init"

# §Statistics — §Reset session stats zeroes the session counter, not the lifetime one.
curl -X POST $BASE/api/stats/reset-session
expect 200 '. == {"status": "session reset"}'
curl $BASE/api/stats
expect 200 '.session_saved == 0 and .lifetime_saved > 0 and .total == 0'
step "POST /api/stats/reset-session -> session reset"

# The real output: each file was replaced in place by HEVC.
for FILE in "$MOVIE" "$EPISODE"; do
  CODEC=$(ffprobe -v error -select_streams v:0 -show_entries stream=codec_name -of csv=p=0 "$FILE") || fail "ffprobe rejected $FILE"
  [[ "$CODEC" == hevc ]] || fail "$FILE is $CODEC, not hevc"
  step "ffprobe $FILE -> hevc"
  echo "OUTPUT $FILE"
done
