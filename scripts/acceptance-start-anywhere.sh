#!/usr/bin/env bash
# Issue 14 acceptance: a fresh clone in a private `mktemp -d` directory (0700), on a machine where
# `redis-server` is not on PATH, `npm ci && npm start` reaches /health/ready 200 with chosen ports, and
# Ctrl-C (SIGINT to the launcher's process group, as a terminal sends it) leaves no process behind.
# Done as root, then as an unprivileged user. Usage: scripts/acceptance-start-anywhere.sh [root|user|both]
# The clone is of this checkout's HEAD (commit first). About 8-12 minutes on a busy 2-core machine.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && git rev-parse --show-toplevel)"
which_runs="${1:-both}"
ready_timeout="${ACCEPTANCE_READY_TIMEOUT:-600}"
npm_cache="$(npm config get cache)"
started_all=$(date +%s)

say() { printf '== %s\n' "$*"; }
fail() { printf 'ACCEPTANCE FAILED: %s\n' "$*" >&2; exit 1; }

free_port() { node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

# A directory whose `redis-server` is "not found" (exit 127), first on PATH: the machine has no Redis.
shadow="$(mktemp -d)"
chmod 0755 "$shadow"
printf '#!/bin/sh\necho "redis-server: command not found" >&2\nexit 127\n' >"$shadow/redis-server"
chmod 0755 "$shadow/redis-server"
# On failure, stop what a run started (its process group, its PostgreSQL) so nothing outlives the script.
current_pgid="" current_pg_port=""
cleanup() {
  if [ -n "$current_pgid" ]; then kill -INT -- "-$current_pgid" 2>/dev/null || true; sleep 5; kill -KILL -- "-$current_pgid" 2>/dev/null || true; fi
  if [ -n "$current_pg_port" ]; then
    for pid in $(pgrep -f -- "-p $current_pg_port -c listen_addresses" || true); do kill -INT "$pid" 2>/dev/null || true; done
  fi
  rm -rf "$shadow"
}
trap cleanup EXIT

# run_as <user|""> <dir>: clone, npm ci, npm start, wait for ready, SIGINT, check nothing is left.
run_one() {
  local who="$1" label="$2"
  local dir; dir="$(mktemp -d)" # mode 0700
  local started; started=$(date +%s)
  local api_port pg_port worker_port
  api_port=$(free_port); pg_port=$(free_port); worker_port=$(free_port)
  [ "$(stat -c %a "$dir")" = 700 ] || fail "$dir is not 0700"
  local home="$dir" cache="$npm_cache"
  # The machine's npm settings (registry, nodedir for native builds...) follow the user to their new home.
  if [ -f "$HOME/.npmrc" ]; then cp "$HOME/.npmrc" "$dir/.npmrc"; fi
  if [ -n "$who" ]; then
    if [ -f "$dir/.npmrc" ]; then chown "$who" "$dir/.npmrc"; fi
    chown "$who" "$dir"
    mkdir -p "$dir/.npm" && cp -r "$npm_cache/_cacache" "$dir/.npm/" 2>/dev/null || true
    chown -R "$who" "$dir/.npm"
    cache="$dir/.npm"
  fi
  say "[$label] clone into $dir (0700), ports api=$api_port worker=$worker_port postgres=$pg_port"
  local as=(env)
  if [ -n "$who" ]; then as=(runuser -u "$who" -- env); fi
  # Only what a fresh shell has: no DATABASE_URL, REDIS_URL or other Jazari variable.
  local envs=(-i "PATH=$shadow:$PATH" "HOME=$home" "npm_config_cache=$cache" "TERM=dumb")
  # The machine's network settings (proxy, certificate authorities) stay.
  local name
  for name in http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY NODE_EXTRA_CA_CERTS SSL_CERT_FILE SSL_CERT_DIR; do
    if [ -n "${!name:-}" ]; then envs+=("$name=${!name}"); fi
  done
  envs+=(
    "PORT=$api_port" "WORKER_HEALTH_PORT=$worker_port" "EMBEDDED_POSTGRES_PORT=$pg_port")
  git clone --quiet --no-hardlinks "$repo" "$dir/jazari"
  if [ -n "$who" ]; then chown -R "$who" "$dir/jazari"; fi
  "${as[@]}" "${envs[@]}" sh -c "command -v redis-server >/dev/null && redis-server --version" >/dev/null 2>&1 &&
    fail "redis-server still answers on the test PATH"
  say "[$label] npm ci"
  (cd "$dir/jazari" && "${as[@]}" "${envs[@]}" npm ci --no-audit --no-fund --prefer-offline --loglevel=error >"$dir/npm-ci.log" 2>&1) ||
    { tail -n 30 "$dir/npm-ci.log"; fail "[$label] npm ci"; }
  say "[$label] npm ci done in $(($(date +%s) - started)) s; npm start"
  # setsid: its own process group, like a terminal's foreground job, so SIGINT reaches the whole job.
  (cd "$dir/jazari" && exec setsid "${as[@]}" "${envs[@]}" npm start >"$dir/start.log" 2>&1) &
  local launcher=$!
  local pgid=$launcher
  current_pgid=$pgid current_pg_port=$pg_port
  local deadline=$(($(date +%s) + ready_timeout))
  # Ready is what the person sees: npm start has printed its URLs (it does once the API and the worker
  # both answer ready; the API alone answering is not yet the end of the start).
  until grep -q 'Ctrl-C stops everything' "$dir/start.log" 2>/dev/null &&
    curl -fsS -o /dev/null "http://127.0.0.1:$api_port/health/ready" 2>/dev/null; do
    if ! kill -0 "$launcher" 2>/dev/null; then tail -n 40 "$dir/start.log"; fail "[$label] npm start exited"; fi
    if [ "$(date +%s)" -gt "$deadline" ]; then
      tail -n 40 "$dir/start.log"; kill -INT -- "-$pgid" 2>/dev/null || true; fail "[$label] not ready in ${ready_timeout} s"
    fi
    sleep 2
  done
  curl -fsS "http://127.0.0.1:$api_port/health/ready" | grep -q '"status":"ok"' || fail "[$label] ready is not ok"
  grep -q 'the queues run on PostgreSQL' "$dir/start.log" || fail "[$label] the queues did not fall back to PostgreSQL"
  grep -q "embedded PostgreSQL on 127.0.0.1:$pg_port" "$dir/start.log" || fail "[$label] PostgreSQL not on the chosen port"
  say "[$label] /health/ready 200 after $(($(date +%s) - started)) s"
  # Every process of the job, and the detached PostgreSQL (its own group), before Ctrl-C.
  local pids; pids="$(pgrep -g "$pgid" || true) $(pgrep -f -- "-p $pg_port" || true)"
  kill -INT -- "-$pgid"
  local stop_deadline=$(($(date +%s) + 90))
  while kill -0 "$launcher" 2>/dev/null; do
    [ "$(date +%s)" -gt "$stop_deadline" ] && fail "[$label] npm start still running 90 s after Ctrl-C"
    sleep 1
  done
  sleep 2
  local left=""
  for pid in $pids; do if kill -0 "$pid" 2>/dev/null; then left="$left $pid"; fi; done
  left="$left $(pgrep -f -- "$dir" || true) $(pgrep -f -- "-p $pg_port" || true)"
  left="$(echo $left)"
  if [ -n "$left" ]; then
    ps -o pid,user,args -p "${left// /,}" || true
    fail "[$label] processes left after Ctrl-C:$left"
  fi
  for port in "$api_port" "$worker_port" "$pg_port"; do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && fail "[$label] port $port still answers after Ctrl-C"
  done
  current_pgid="" current_pg_port=""
  say "[$label] Ctrl-C left nothing behind; passed in $(($(date +%s) - started)) s"
  # A root cluster lives outside the checkout (docs/database.md): remove this run's.
  for marker in /var/lib/jazari/*/CHECKOUT; do
    if [ -f "$marker" ] && grep -q "^$dir/" "$marker"; then rm -rf "$(dirname "$marker")"; fi
  done
  rm -rf "$dir"
}

[ "$(id -u)" = 0 ] || fail "run as root (it also runs as an unprivileged user through runuser)"
if [ "$which_runs" = root ] || [ "$which_runs" = both ]; then run_one "" root; fi
if [ "$which_runs" = user ] || [ "$which_runs" = both ]; then
  user=jazari-acceptance
  id "$user" >/dev/null 2>&1 || useradd --system --user-group --no-create-home --shell /usr/sbin/nologin "$user"
  run_one "$user" "user $user"
fi
say "start-anywhere acceptance passed in $(($(date +%s) - started_all)) s"
