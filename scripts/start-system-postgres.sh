#!/usr/bin/env bash
# Starts Debian's PostgreSQL (installed by .ci/run) for the run of the suite against a system
# server, and prints the TEST_DATABASE_URL to use. Needs root: it sets the postgres password.
set -euo pipefail
read -r version cluster port _ < <(pg_lsclusters -h | head -n 1)
if [ -z "${version:-}" ]; then
  echo "[ci] no PostgreSQL cluster found; install the postgresql package" >&2
  exit 1
fi
pg_ctlcluster "$version" "$cluster" start >/dev/null 2>&1 || true
for _ in $(seq 1 50); do
  pg_isready -q -h 127.0.0.1 -p "$port" && break
  sleep 0.2
done
pg_isready -q -h 127.0.0.1 -p "$port"
su postgres -c "psql -q -p $port -c \"alter user postgres password 'concord-ci'\"" >/dev/null
echo "postgres://postgres:concord-ci@127.0.0.1:${port}/postgres"
