#!/bin/bash
# Runs once, when the postgres volume is empty (docker-entrypoint-initdb.d). The official image
# sources this file when it is not executable, so no `exit` and no `set -u` here.
# Mirrors provisionDatabase() in scripts/lib/local-postgres.ts: the owner role owns the database and
# runs migrations; the runtime role owns nothing, cannot bypass RLS, and gets its table grants from
# the migrations. Passwords travel as psql variables (:'...'), which quotes them safely.
set -e
: "${JAZARI_OWNER_PASSWORD:?JAZARI_OWNER_PASSWORD is not set}"
: "${JAZARI_APP_PASSWORD:?JAZARI_APP_PASSWORD is not set}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$JAZARI_OWNER_PASSWORD" -v app_password="$JAZARI_APP_PASSWORD" <<'SQL'
CREATE ROLE jazari_owner LOGIN NOSUPERUSER CREATEROLE NOBYPASSRLS PASSWORD :'owner_password';
CREATE ROLE jazari_app LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB NOBYPASSRLS PASSWORD :'app_password';
CREATE DATABASE jazari OWNER jazari_owner;
-- Only the two Jazari roles (and superusers) may connect.
REVOKE CONNECT ON DATABASE jazari FROM PUBLIC;
GRANT CONNECT ON DATABASE jazari TO jazari_app;
SQL
