#!/usr/bin/env python3
"""Writes the project's datasets/ from ../shared/data/indicators (facts, with their sources).

Run from the repository root:  python3 datasets/make_datasets.py [SOURCE_FOLDER [OUTPUT_FOLDER]]
(defaults: ../shared/data/indicators and datasets/; DatasetsTest writes to a temporary folder and
compares with the committed tables).
Why a script: the tables here must stay traceable to the compiled sources; rerunning it after
../shared changes regenerates them instead of hand-editing.

Columns of indicators.csv:
  kato,year,indicator,value,unit,boundary,source,note
boundary says which territory a value describes:
  current   the 2022-2024 configuration the default map draws;
  pre-2022  the parent oblast before Abai, Zhetisu or Ulytau split off (mapped only on the 2018 layer);
  pre-2018  South Kazakhstan (KATO 51) before Turkistan and Shymkent;
  unstated  the source does not say which configuration (2022 rows of the three parent oblasts of
            some extra indicators): used on no map, neither as today's nor as the old unit.

Sources read: indicators_long.csv and derived_long.csv (the 19 original indicators) and
indicators_extra_long.csv (README-extra.md: poverty, employment, emissions, health, R&D, ...).
Four rates are derived here from those counts and average population (DERIVED below), each row's
note saying "derived: ..." with its formula and its source naming both inputs. The population of
an old unit is the sum of today's units it covered (the population series is recalculated to
today's regions, so that sum is the old territory's population).
"""
import csv, os, sys

here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(here, '..', '..', 'shared', 'data', 'indicators')
if len(sys.argv) > 1:
    src = sys.argv[1]
out_dir = sys.argv[2] if len(sys.argv) > 2 else here

def boundary(row):
    note = row['note']
    if row['kato_code'] == '51':
        return 'pre-2018'
    if 'configuration not stated' in note:
        return 'unstated'
    if 'pre-2022 boundaries' in note or 'pre-2022 configuration' in note and row['kato_code'] in ('19', '35', '63'):
        return 'pre-2022'
    return 'current'

out_rows = []
for name in ('indicators_long.csv', 'derived_long.csv', 'indicators_extra_long.csv'):
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

# Rates planners ask for, derived from a published count and the average annual population.
# id: (numerator, factor, unit, decimals, what the factor does)
DERIVED = {
    'doctors_per_10k': ('doctors_all_specialties', 10000, 'per 10,000 people', 2,
                        'doctors (end of year) / average annual population x 10,000'),
    'air_emissions_per_capita_t': ('air_emissions_stationary_kt', 1000, 'tonnes per person', 4,
                                   'thousand tonnes x 1,000 / average annual population'),
    'env_protection_expenditure_per_capita': ('env_protection_current_expenditure', 1000, 'KZT per person', 1,
                                              'thousand KZT x 1,000 / average annual population'),
    'employment_rate_all_ages': ('employed_population', 100000, '% of the whole population (all ages)', 2,
                                 'thousand employed x 1,000 / average annual population x 100; the denominator '
                                 'is the whole population (all ages), not the population aged 15+ of the ILO rate'),
}
# Today's units an old unit covered (datasets/regions.csv parent column; 61 is 51's successor).
OLD_UNITS = {('pre-2022', '19'): ('19', '33'), ('pre-2022', '35'): ('35', '62'), ('pre-2022', '63'): ('63', '10'),
             ('pre-2018', '51'): ('61', '79')}
population = {(r['kato'], r['year']): r for r in out_rows if r['indicator'] == 'population_avg'}
derived_rows = []
for r in out_rows:
    for did, (num, factor, unit, decimals, how) in DERIVED.items():
        if r['indicator'] != num or r['boundary'] == 'unstated':
            continue
        parts = OLD_UNITS.get((r['boundary'], r['kato']), (r['kato'],))
        pops = [population.get((k, r['year'])) for k in parts]
        if any(p is None for p in pops):
            continue
        pop = sum(float(p['value']) for p in pops)
        value = float(r['value']) * factor / pop
        territory = '' if len(parts) == 1 else ' (population of the old territory = ' + ' + '.join(parts) + ')'
        derived_rows.append({
            'kato': r['kato'], 'year': r['year'], 'indicator': did, 'value': f'{value:.{decimals}f}',
            'unit': unit, 'boundary': r['boundary'],
            'source': r['source'] + '; population: ' + pops[0]['source'],
            'note': 'derived: ' + how + territory + ('; ' + r['note'] if r['note'] else '')})
out_rows.extend(derived_rows)

out_rows.sort(key=lambda r: (r['indicator'], int(r['year']), r['kato']))
with open(os.path.join(out_dir, 'indicators.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.DictWriter(f, fieldnames=['kato', 'year', 'indicator', 'value', 'unit', 'boundary', 'source', 'note'],
                       lineterminator='\n')
    w.writeheader()
    w.writerows(out_rows)

with open(os.path.join(src, 'regions.csv'), encoding='utf-8') as f, \
        open(os.path.join(out_dir, 'regions.csv'), 'w', encoding='utf-8', newline='') as g:
    g.write(f.read())
print(len(out_rows), 'rows written')
