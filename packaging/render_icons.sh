#!/usr/bin/env bash
# Re-render the app icon's PNGs from resources/icons/expertreader.svg (the one source of truth).
# Run after editing the SVG and commit the results; builds only copy them. Needs rsvg-convert
# (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."
svg=resources/icons/expertreader.svg
command -v rsvg-convert >/dev/null || { echo "rsvg-convert missing: apt-get install librsvg2-bin" >&2; exit 1; }
rsvg-convert -w 256 -h 256 "$svg" -o resources/icons/expertreader.png
for size in 256 128 64 48; do
	mkdir -p "packaging/icons/hicolor/${size}x${size}/apps"
	rsvg-convert -w "$size" -h "$size" "$svg" -o "packaging/icons/hicolor/${size}x${size}/apps/expertreader.png"
done
echo "rendered resources/icons/expertreader.png and packaging/icons/hicolor/*/apps/expertreader.png"
