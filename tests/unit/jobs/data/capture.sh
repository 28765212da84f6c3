#!/bin/bash
# Regenerates the captured JobManager answers in this folder from a running Flink fixture:
#   tests/unit/jobs/data/capture.sh /path/to/fixture-state   (holds ready.json)
# Starts two small INSERT jobs (and a failing one) through the fixture's SQL Gateway, saves
# the raw REST bodies as flink<version>_<case>.json, and cancels every job it started.
set -euo pipefail
state=${1:?fixture state directory}
here=$(cd "$(dirname "$0")" && pwd)
read -r version gw jm < <(python3 -c "import json,sys; d=json.load(open(sys.argv[1]+'/ready.json')); print(d['version'], d['gateway'], d['jobmanager'])" "$state")
work=$(mktemp -d)
out() { echo "$here/flink${version}_$1.json"; }
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
started="$work/started"
: >"$started"

session() {
    curl -sf -X POST -H 'Content-Type: application/json' \
        -d '{"properties":{"execution.checkpointing.interval":"1s"}}' "$gw/v1/sessions" |
        json '["sessionHandle"]'
}
# run <session> <statement>: runs one statement; prints the job id of an INSERT.
run() {
    local op body
    op=$(python3 -c 'import json,sys; print(json.dumps({"statement": sys.argv[1]}))' "$2" |
        curl -sf -X POST -H 'Content-Type: application/json' -d @- "$gw/v1/sessions/$1/statements" |
        json '["operationHandle"]')
    for _ in $(seq 60); do
        body=$(curl -s "$gw/v1/sessions/$1/operations/$op/result/0")
        if ! grep -q NOT_READY <<<"$body"; then
            python3 -c 'import json,sys; d=json.load(sys.stdin); print(d.get("jobID", ""))' <<<"$body"
            return
        fi
        sleep 0.5
    done
    echo "statement did not finish: $2" >&2
    exit 1
}
submit() { # submit <extra SET statement or empty> <insert query>
    local s job
    s=$(session)
    run "$s" "CREATE TABLE src (id BIGINT, k INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector'='datagen','rows-per-second'='20','fields.k.min'='0','fields.k.max'='9')" >/dev/null
    run "$s" "CREATE TABLE snk (k INT, c BIGINT) WITH ('connector'='blackhole')" >/dev/null
    [ -n "$1" ] && run "$s" "$1" >/dev/null
    job=$(run "$s" "$2")
    echo "$job" >>"$started" # submit runs in a subshell: keep the ids in a file
    echo "$job"
}
wait_running() {
    for _ in $(seq 60); do
        [ "$(curl -s "$jm/jobs/$1/status" | json '["status"]')" = RUNNING ] && return
        sleep 0.5
    done
}
poll_savepoint() { # poll_savepoint <job> <trigger> <case>
    for _ in $(seq 120); do
        curl -s "$jm/jobs/$1/savepoints/$2" >"$work/sp"
        grep -q COMPLETED "$work/sp" && break
        sleep 0.5
    done
    cp "$work/sp" "$(out "$3")"
}
cleanup() {
    while read -r job; do curl -s -X PATCH "$jm/jobs/$job?mode=cancel" >/dev/null || true; done <"$started"
}
trap 'cleanup; rm -rf "$work"' EXIT

job=$(submit "" "INSERT INTO snk SELECT k, COUNT(*) FROM src GROUP BY k")
wait_running "$job"
sleep 6 # checkpoints, metrics and watermarks
curl -s "$jm/overview" >"$(out overview)"
curl -s "$jm/jobmanager/config" >"$(out jobmanager_config)"
curl -s "$jm/taskmanagers" >"$(out taskmanagers)"
curl -s "$jm/jobs/overview" >"$(out jobs_overview)"
curl -s "$jm/jobs/$job" >"$(out job)"
curl -s "$jm/jobs/$job/plan" >"$(out plan)"
curl -s "$jm/jobs/$job/config" >"$(out job_config)"
curl -s "$jm/jobs/$job/checkpoints" >"$(out checkpoints)"
curl -s "$jm/jobs/$job/checkpoints/config" >"$(out checkpoints_config)"
curl -s "$jm/jobs/$job/exceptions?maxExceptions=5" >"$(out exceptions_none)"
curl -s "$jm/jobmanager/logs" >"$(out logs)"
curl -s "$jm/jobmanager/stdout" >"$(out stdout_missing)"
agg=$(curl -s "$jm/jobs/$job" | json '["vertices"][1]["id"]')
curl -s "$jm/jobs/$job/vertices/$agg/watermarks" >"$(out watermarks)"
curl -s "$jm/jobs/$job/vertices/$agg/backpressure" >"$(out backpressure)"
curl -s "$jm/jobs/$job/vertices/$agg/metrics?get=0.numRecordsIn,0.numRecordsOut" >"$(out metrics)"
curl -s -X POST -H 'Content-Type: application/json' -d '{"cancel-job":false}' \
    "$jm/jobs/$job/savepoints" >"$(out savepoint_nodir)"
trigger=$(curl -s -X POST -H 'Content-Type: application/json' \
    -d '{"cancel-job":false,"target-directory":"/proc/weir-no-such-dir"}' "$jm/jobs/$job/savepoints" | json '["request-id"]')
poll_savepoint "$job" "$trigger" savepoint_failed
curl -s -X POST -H 'Content-Type: application/json' \
    -d "{\"cancel-job\":false,\"target-directory\":\"file://$work/sp-dir\",\"formatType\":\"CANONICAL\"}" \
    "$jm/jobs/$job/savepoints" >"$(out savepoint_trigger)"
poll_savepoint "$job" "$(json '["request-id"]' <"$(out savepoint_trigger)")" savepoint_completed
trigger=$(curl -s -X POST -H 'Content-Type: application/json' \
    -d "{\"targetDirectory\":\"file://$work/sp-dir\",\"drain\":false}" "$jm/jobs/$job/stop" | json '["request-id"]')
poll_savepoint "$job" "$trigger" stop_completed
path=$(json '["operation"]["location"]' <"$(out stop_completed)")

restored=$(submit "SET 'execution.savepoint.path' = '$path'" "INSERT INTO snk SELECT k, COUNT(*) FROM src GROUP BY k")
wait_running "$restored"
sleep 3
curl -s "$jm/jobs/$restored/checkpoints" >"$(out checkpoints_restored)"
curl -s -X PATCH "$jm/jobs/$restored?mode=cancel" >"$(out cancel)"

failing=$(submit "" "INSERT INTO snk SELECT k, COUNT(*) / (COUNT(*) - COUNT(*)) FROM src GROUP BY k")
sleep 8
curl -s "$jm/jobs/$failing/exceptions?maxExceptions=3" >"$(out exceptions_failing)"
echo "captured Flink $version answers into $here"
