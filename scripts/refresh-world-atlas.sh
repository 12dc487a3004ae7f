#!/usr/bin/env bash
# Refreshes the map's geometry, src/Marsad/Data/geo/countries-110m.json, from the world-atlas npm
# package (Natural Earth 1:110m, public domain; the package is ISC-licensed). Needs npm; the build
# and the tests do not: the file is committed as data. Usage: scripts/refresh-world-atlas.sh [VERSION]
set -euo pipefail
version=${1:-2.0.2}
cd "$(dirname "$0")/.."
geo=src/Marsad/Data/geo
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "world-atlas@$version" >/dev/null && tar xzf world-atlas-*.tgz)
cp "$tmp/package/countries-110m.json" "$geo/countries-110m.json"
cp "$tmp/package/LICENSE" "$geo/countries-110m.LICENSE.txt"
echo "refreshed $geo/countries-110m.json from world-atlas@$version"
echo "now run: dotnet test Marsad.slnx -c Release --filter GeoDataTests (atlas-ids.tsv must name every feature)"
