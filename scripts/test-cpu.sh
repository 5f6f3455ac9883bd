#!/usr/bin/env bash
# CPU seconds of a Jest run's whole process tree: the Jest process and its workers, the API and worker
# processes a suite spawns, redis-server, HAProxy, Chromium and its renderers (which outlive their parent's
# wait and so escape `time`). docs/testing.md ("Where the time goes").
#
#   scripts/test-cpu.sh <project> <test file>...     e.g. scripts/test-cpu.sh browser test/browser/national.browser-spec.ts
#
# As root with cgroup v1's cpuacct mounted (/sys/fs/cgroup/cpuacct), the run goes into a cgroup of its own
# and every descendant is counted; otherwise it prints what `/usr/bin/time` sees (reaped children only).
# PostgreSQL's backends are not the run's children: point TEST_DATABASE_URL at a cluster of your own and
# read its postmaster's children time (/proc/<postmaster>/stat, fields cutime and cstime) before and after.
set -euo pipefail
cd "$(dirname "$0")/.."
project=$1
shift
export NODE_OPTIONS='--experimental-vm-modules --no-warnings=ExperimentalWarning'
cpuacct=/sys/fs/cgroup/cpuacct
group=""
if [ -w "$cpuacct" ]; then
  group="$cpuacct/jazari-test-cpu-$$"
  mkdir "$group"
fi
started=$(date +%s.%N)
status=0
if [ -n "$group" ]; then
  bash -c 'echo $$ >"$1/cgroup.procs"; shift; exec "$@"' _ "$group" \
    npx jest --selectProjects "$project" --runTestsByPath "$@" || status=$?
  cpu=$(awk '{ printf "%.1f", $1 / 1e9 }' "$group/cpuacct.usage")
  sleep 1
  rmdir "$group" 2>/dev/null || echo "($group still has processes: a suite left something running)"
  echo "== CPU of the whole process tree: ${cpu} s in $(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.0f", e - s }') s of wall time"
else
  /usr/bin/time -f '== CPU of the reaped process tree: user %U s, system %S s, wall %e s' \
    npx jest --selectProjects "$project" --runTestsByPath "$@" || status=$?
fi
exit "$status"
