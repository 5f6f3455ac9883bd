#!/bin/sh
# Picks the process to run. `exec` makes node PID 1, so `docker stop`'s SIGTERM reaches Nest's
# shutdown hooks (the worker finishes its running jobs before exiting).
set -e
cmd="${1:-api}"
[ "$#" -gt 0 ] && shift
case "$cmd" in
  api)     exec node --enable-source-maps --max-semi-space-size=64 dist/apps/api/src/main.js "$@" ;; # apps/api/src/node-flags.ts
  worker)  exec node --enable-source-maps dist/apps/worker/src/main.js "$@" ;;
  migrate) exec node --enable-source-maps dist/scripts/migrate.js "$@" ;;
  # Recomputes every tenant's audit hash chain as the owner role (needs DATABASE_OWNER_URL); exit 1 if broken.
  audit-verify) exec node --enable-source-maps dist/scripts/audit-verify.js "$@" ;;
  # Checks a convention's evidence bundle offline (no database, no configuration): evidence-verify
  # <bundle.json> [--public-key <spki.pem>], files mounted into the container; exit 1 if invalid.
  evidence-verify) exec node --enable-source-maps dist/scripts/evidence-verify.js "$@" ;;
  *)       exec "$cmd" "$@" ;; # anything else, e.g. `sh` for debugging
esac
