#!/usr/bin/env bash
# Installs and starts a local PostgreSQL for the tests and exports nothing: the tests read
# MARSAD_TEST_PG or fall back to Host=127.0.0.1;Username=marsad;Password=marsad-test-7Kq2;Database=marsad_test.
# For a fresh Debian/Ubuntu machine, run as root. Safe to run again: every step checks first.
set -euo pipefail
cd /tmp   # su postgres must be able to enter the working directory

if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

version=$(ls /usr/lib/postgresql | sort -n | tail -1)
# Some images install the server without creating the default cluster.
if [ ! -d "/etc/postgresql/$version/main" ]; then
  pg_createcluster "$version" main >/dev/null
fi
if ! pg_ctlcluster "$version" main status >/dev/null 2>&1; then
  pg_ctlcluster "$version" main start
fi
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 && break
  sleep 1
done
pg_isready -h 127.0.0.1

as_postgres() { su postgres -c "psql -v ON_ERROR_STOP=1 -q -tA -c \"$1\""; }
if [ "$(as_postgres "SELECT 1 FROM pg_roles WHERE rolname='marsad'")" != "1" ]; then
  as_postgres "CREATE ROLE marsad LOGIN SUPERUSER"
fi
# A password no path or message of the tests contains: the program masks every password it was given
# wherever it appears, so a password that is also a common word would mask that word in the tests' output.
as_postgres "ALTER ROLE marsad PASSWORD 'marsad-test-7Kq2'"
if [ "$(as_postgres "SELECT 1 FROM pg_database WHERE datname='marsad_test'")" != "1" ]; then
  as_postgres "CREATE DATABASE marsad_test OWNER marsad"
fi
echo "postgresql $version running on 127.0.0.1:5432 (role marsad, database marsad_test)"
