#!/usr/bin/env bash
# Copy Leaflet's and leaflet.markercluster's built files from their npm packages into
# webapp/static/vendor/, so that
# every page is served without a CDN. Run when upgrading Leaflet; the result is committed.
set -euo pipefail
VERSION="${1:-1.9.4}"
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "leaflet@${VERSION}" >/dev/null && tar xzf "leaflet-${VERSION}.tgz")
dest=webapp/static/vendor/leaflet
rm -rf "$dest" && mkdir -p "$dest/images"
cp "$work/package/dist/leaflet.js" "$work/package/dist/leaflet.css" "$work/package/LICENSE" "$dest/"
cp "$work/package/dist/images/"*.png "$dest/images/"
echo "leaflet@${VERSION}" > "$dest/VERSION"
echo "Leaflet ${VERSION} copied to $dest"

CLUSTER="${2:-1.5.3}"
(cd "$work" && npm pack "leaflet.markercluster@${CLUSTER}" >/dev/null && mkdir mc \
  && tar xzf "leaflet.markercluster-${CLUSTER}.tgz" -C mc)
dest=webapp/static/vendor/markercluster
rm -rf "$dest" && mkdir -p "$dest"
cp "$work/mc/package/dist/leaflet.markercluster.js" "$work/mc/package/dist/MarkerCluster.css" \
  "$work/mc/package/dist/MarkerCluster.Default.css" "$dest/"
cp "$work/mc/package/MIT-LICENCE.txt" "$dest/LICENSE"
echo "leaflet.markercluster@${CLUSTER}" > "$dest/VERSION"
echo "leaflet.markercluster ${CLUSTER} copied to $dest"
