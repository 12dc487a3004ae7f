#!/usr/bin/env bash
# Installs and starts a local PostgreSQL for the tests and exports nothing: the tests read
# MARSAD_TEST_PG or fall back to the connection string below. Safe to run twice.
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /etc/postgresql | sort -n | tail -1)
pg_ctlcluster "$version" main start 2>/dev/null || true
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 && break
  sleep 1
done
su postgres -c "psql -q -tc \"SELECT 1 FROM pg_roles WHERE rolname='marsad'\" | grep -q 1 || psql -q -c \"CREATE ROLE marsad LOGIN SUPERUSER PASSWORD 'marsad'\""
su postgres -c "psql -q -tc \"SELECT 1 FROM pg_database WHERE datname='marsad_test'\" | grep -q 1 || psql -q -c \"CREATE DATABASE marsad_test OWNER marsad\""
echo "postgresql $version running on 127.0.0.1:5432 (role marsad, database marsad_test)"
