#!/usr/bin/env bash
# Writes the report's two TrueType files (src/report/fonts/) from the Be Vietnam Pro package:
# every glyph and code point kept, but without hinting, glyph names and the layout tables jsPDF
# never uses (it does no shaping). jsPDF embeds what it copies of a font in every PDF, so this
# roughly halves both the font download and each report's font streams; the outlines are the same.
# Needs Debian's python3-fonttools (apt-get install python3-fonttools). The licence (SIL OFL 1.1,
# no reserved font name) allows modified versions; public/fonts/OFL.txt travels with the app.
set -euo pipefail
cd "$(dirname "$0")/.."
src=node_modules/@expo-google-fonts/be-vietnam-pro
for pair in 400Regular:regular 700Bold:bold; do
  weight=${pair%%:*}; name=${pair##*:}
  /usr/bin/python3 -m fontTools.subset "$src/$weight/BeVietnamPro_$weight.ttf" \
    --unicodes='*' --glyphs='*' --no-hinting --no-glyph-names --notdef-outline \
    --name-IDs='*' --name-languages='*' --drop-tables+=GPOS,GSUB,GDEF,DSIG,gasp \
    --output-file="src/report/fonts/be-vietnam-pro-$name.ttf"
done
node scripts/gen-font-coverage.mjs
