#!/usr/bin/python3
"""The Mapnik side of bench/compare: one whole-process render of a shapefile's polygons,
filled in five classes (by the order of a field, as a quantile map would) with white borders,
in the Albers projection Aimaq draws Kazakhstan in, to a PNG of the given size.

usage: mapnik_render.py SHP WIDTH HEIGHT OUT.png [FIELD] [COUNT]
With COUNT, the map is drawn COUNT times in the one process, OUT's "{i}" replaced by 1..COUNT
(Mapnik's best case for a batch: the data source is opened once).
"""
import sys
import mapnik

shp, width, height, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
field = sys.argv[5] if len(sys.argv) > 5 else "ADM1_PCODE"
count = int(sys.argv[6]) if len(sys.argv) > 6 else 1
albers = "+proj=aea +lat_0=48 +lon_0=68 +lat_1=44 +lat_2=52 +datum=WGS84 +units=m +no_defs"
m = mapnik.Map(width, height, albers)
m.background = mapnik.Color("white")
style = mapnik.Style()
colours = ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"]
# five classes on the field's values, lowest first (a stand-in for quantile classes on an indicator)
ds = mapnik.Shapefile(file=shp)
values = sorted({f[field] for f in ds.all_features()})
for i, colour in enumerate(colours):
    part = values[i * len(values) // 5:(i + 1) * len(values) // 5]
    if not part:
        continue
    rule = mapnik.Rule()
    rule.filter = mapnik.Expression(" or ".join("[%s] = '%s'" % (field, v) for v in part))
    fill = mapnik.PolygonSymbolizer()
    fill.fill = mapnik.Color(colour)
    rule.symbols.append(fill)
    line = mapnik.LineSymbolizer()
    line.stroke = mapnik.Color("white")
    line.stroke_width = 2.0
    rule.symbols.append(line)
    style.rules.append(rule)
m.append_style("regions", style)
layer = mapnik.Layer("regions", "+proj=longlat +datum=WGS84 +no_defs")
layer.datasource = ds
layer.styles.append("regions")
m.layers.append(layer)
m.zoom_all()
for i in range(1, count + 1):
    mapnik.render_to_file(m, out.replace("{i}", str(i)), "png")
