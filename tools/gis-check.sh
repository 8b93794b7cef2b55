#!/usr/bin/env bash
# Opens `lagesbild report map` output with GDAL, as the municipality's GIS (QGIS, ArcGIS) would,
# and checks that every point lies inside Sweden with longitude first (RFC 7946). A check by
# hand, not part of CI (CI's fresh machine has no GDAL; the structural test is in Rust:
# tests/integration/report_week.rs, the_geojson_is_a_feature_collection_of_points_…).
#
#   apt-get install -y gdal-bin
#   tools/gis-check.sh karta.geojson
#
# Prints the layer's summary (ogrinfo -al -so), converts the file to GeoPackage (ogr2ogr) and
# reads that back, then counts the points outside Sweden's bounding box (longitude 10.9–24.2,
# latitude 55.3–69.1): exits 1 if there is any, or if GDAL cannot read the file.
set -euo pipefail
file=${1:?usage: tools/gis-check.sh FILE.geojson}
command -v ogrinfo >/dev/null || { echo "ogrinfo saknas: apt-get install -y gdal-bin" >&2; exit 2; }
ogrinfo -ro -al -so "$file"
gpkg=$(mktemp -d)/check.gpkg
ogr2ogr -f GPKG "$gpkg" "$file"
layer=$(ogrinfo -ro -q "$gpkg" | sed -n 's/^1: \(.*\) (Point)$/\1/p')
[ -n "$layer" ] || { echo "no point layer in $file" >&2; exit 1; }
result=$(ogrinfo -ro -q "$gpkg" -dialect SQLite -sql \
  "SELECT count(*) AS points,
          sum(NOT (ST_X(geom) BETWEEN 10.9 AND 24.2 AND ST_Y(geom) BETWEEN 55.3 AND 69.1)) AS outside
   FROM \"$layer\"")
echo "$result"
outside=$(echo "$result" | sed -n 's/.*outside (Integer) = \([0-9]*\).*/\1/p')
[ "${outside:-1}" = "0" ] || { echo "points outside Sweden (or latitude first?)" >&2; exit 1; }
echo "OK: every point inside Sweden, longitude first."
