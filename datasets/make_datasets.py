#!/usr/bin/env python3
"""Writes the project's datasets/ from ../shared/data/indicators (facts, with their sources).

Run from the repository root:  python3 datasets/make_datasets.py
Why a script: the tables here must stay traceable to the compiled sources; rerunning it after
../shared changes regenerates them instead of hand-editing.

Columns of indicators.csv:
  kato,year,indicator,value,unit,boundary,source,note
boundary says which territory a value describes:
  current   the 2022-2024 configuration the default map draws;
  pre-2022  the parent oblast before Abai, Zhetisu or Ulytau split off (mapped only on the 2018 layer);
  pre-2018  South Kazakhstan (KATO 51) before Turkistan and Shymkent.
"""
import csv, os, sys

here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(here, '..', '..', 'shared', 'data', 'indicators')
if len(sys.argv) > 1:
    src = sys.argv[1]

def boundary(row):
    note = row['note']
    if row['kato_code'] == '51':
        return 'pre-2018'
    if 'pre-2022 boundaries' in note or 'pre-2022 configuration' in note and row['kato_code'] in ('19', '35', '63'):
        return 'pre-2022'
    return 'current'

out_rows = []
for name in ('indicators_long.csv', 'derived_long.csv'):
    with open(os.path.join(src, name), encoding='utf-8') as f:
        for r in csv.DictReader(f):
            ind = r['indicator']
            if ind == 'grp_per_capita_derived':
                # BNS's own method (GRP / average population); the published series stops in 2022
                # for regions, so the derived 2023-2025 values continue it under the same id.
                if r['kato_code'] == '00':
                    continue  # the national 2023-2025 figures are published in indicators_long
                ind = 'grp_per_capita'
            out_rows.append({
                'kato': r['kato_code'], 'year': r['year'], 'indicator': ind, 'value': r['value'],
                'unit': r['unit'], 'boundary': boundary(r), 'source': r['source'],
                'note': (('derived: ' + r['note']) if name == 'derived_long.csv' else r['note'])})

out_rows.sort(key=lambda r: (r['indicator'], int(r['year']), r['kato']))
with open(os.path.join(here, 'indicators.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.DictWriter(f, fieldnames=['kato', 'year', 'indicator', 'value', 'unit', 'boundary', 'source', 'note'],
                       lineterminator='\n')
    w.writeheader()
    w.writerows(out_rows)

with open(os.path.join(src, 'regions.csv'), encoding='utf-8') as f, \
        open(os.path.join(here, 'regions.csv'), 'w', encoding='utf-8', newline='') as g:
    g.write(f.read())
print(len(out_rows), 'rows written')
