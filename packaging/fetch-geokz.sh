#!/usr/bin/env bash
# Puts the full-resolution geokz boundary files (CC BY 4.0, https://github.com/arodionoff/geokz)
# into FOLDER/data/boundaries/geokz, the layout of ../shared on a developer machine. CI uses it;
# so can anyone with a clone on its own who wants full resolution instead of the embedded
# simplified set: packaging/fetch-geokz.sh ~/aimaq-shared && AIMAQ_SHARED=~/aimaq-shared ./aimaq
# build-app-image.sh reads ../shared. Pinned to a commit so builds repeat.
set -euo pipefail
dest="${1:?usage: fetch-geokz.sh FOLDER}/data/boundaries/geokz"
commit="${GEOKZ_COMMIT:-41c1a00454ec9e01bda031b5074920bd82de02ce}" # geokz 1.0.2, as in ../shared
mkdir -p "$dest"
base="https://raw.githubusercontent.com/arodionoff/geokz/$commit/inst/shape"
for layer in kaz_admbnda_adm0_2018 kaz_admbnda_adm1_2018 kaz_admbnda_adm1_2024 kaz_admbnda_adm2_2018 kaz_admbnda_adm2_2024 kaz_admbnda_cnt1_2022; do
  for ext in shp shx dbf prj cpg; do
    curl -fsSL --retry 3 -o "$dest/$layer.$ext" "$base/$layer.$ext" || { [ "$ext" = cpg ] && rm -f "$dest/$layer.$ext"; } || exit 1
  done
done
for f in LICENSE LICENSE.md; do
  curl -fsSL --retry 3 -o "$dest/$f" "https://raw.githubusercontent.com/arodionoff/geokz/$commit/$f"
done
ls -l "$dest"
