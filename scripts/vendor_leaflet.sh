#!/usr/bin/env bash
# Copy Leaflet's built files from the npm package into webapp/static/vendor/leaflet/, so that
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
