# Shared by seed00N_curl.sh (sourced, not run). The seed documents' curl commands are written in
# the scripts exactly as the documents show them; this file only makes their answers checkable.

# Every `curl` in the scripts runs through here: no progress meter, the body in $BODY, the status
# code in $STATUS (so a documented 404 or 409 can be checked), and a transport error is fatal.
curl() {
  LAST="curl $*"
  local out
  out=$(command curl -sS --max-time 60 -w '\n%{http_code}' "$@") || fail "transport error"
  STATUS=${out##*$'\n'}
  BODY=${out%$'\n'*}
}

fail() {
  echo "FAILED: $1" >&2
  echo "  command: ${LAST:-}" >&2
  echo "  status:  ${STATUS:-}" >&2
  echo "  body:    ${BODY:-}" >&2
  exit 1
}

# expect <status> <jq filter>: the last answer has that status and the filter holds on its body.
expect() {
  [[ "$STATUS" == "$1" ]] || fail "expected HTTP $1"
  jq -e "$2" <<<"$BODY" >/dev/null 2>&1 || fail "the body does not match: $2"
}

# field <jq filter>: one value from the last body (raw).
field() {
  jq -r "$1" <<<"$BODY"
}

# A client polls until the job is done; this bounds the wait. Use: deadline N, then
# `until_deadline "what"` inside the loop (the short sleep paces the poll, it waits for nothing).
deadline() {
  DEADLINE=$((SECONDS + $1))
}

until_deadline() {
  ((SECONDS < DEADLINE)) || fail "timed out waiting for $1"
  sleep 0.25
}

step() {
  echo "ok  $*"
}
