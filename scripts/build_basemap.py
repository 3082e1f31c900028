"""Build the dashboard's base map from Natural Earth's 1:110m countries (public domain).

    npm pack world-atlas && tar xzf world-atlas-*.tgz          # in a scratch folder
    python scripts/build_basemap.py package/countries-110m.json

Reads the TopoJSON of the ``world-atlas`` package (Natural Earth 1:110m admin-0
countries, quantised) and writes src/newsevents/data/web/basemap.json: one SVG path
per country in an equirectangular plane of tenths of a degree (x = 10 (lon + 180),
y = 10 (90 - lat), so the dashboard's viewBox is 0 0 3600 1800), with relative
integer moves and repeated points dropped to keep the file small.
"""

from __future__ import annotations

import argparse
import json
from itertools import pairwise
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[1] / "src" / "newsevents" / "data" / "web" / "basemap.json"
ATTRIBUTION = (
    "Country outlines: Natural Earth 1:110m admin-0 countries (public domain), "
    "via the world-atlas package"
)

ANTARCTICA = "010"  # ISO 3166 numeric, the TopoJSON's ids

Point = tuple[float, float]


def decode_arcs(topo: dict[str, Any]) -> list[list[Point]]:
    """The arcs in longitude/latitude: undo the delta encoding and the quantisation."""
    t = topo.get("transform")
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0.0
        pts = []
        for p in arc:
            if t:
                x, y = x + p[0], y + p[1]
                pts.append(
                    (x * t["scale"][0] + t["translate"][0], y * t["scale"][1] + t["translate"][1])
                )
            else:
                pts.append((float(p[0]), float(p[1])))
        arcs.append(pts)
    return arcs


def ring(indices: list[int], arcs: list[list[Point]]) -> list[Point]:
    """One closed ring from its arcs (a negative index ~i is arc i reversed)."""
    out: list[Point] = []
    for i in indices:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        out.extend(pts[1:] if out else pts)
    return out


def unwrap(r: list[Point]) -> list[Point]:
    """A ring that crosses the antimeridian made continuous: longitudes past 180 are
    kept (the map's edge clips them) instead of a line drawn across the whole map."""
    out: list[Point] = []
    for lon, lat in r:
        if out:
            prev = out[-1][0]
            while lon - prev > 180:
                lon -= 360
            while prev - lon > 180:
                lon += 360
        out.append((lon, lat))
    return out


def to_path(rings: list[list[Point]]) -> str:
    """An SVG path in tenths of a degree: absolute move, relative integer lines."""
    parts = []
    for r in rings:
        pts = [(round(10 * (lon + 180)), round(10 * (90 - lat))) for lon, lat in unwrap(r)]
        dedup = [p for k, p in enumerate(pts) if k == 0 or p != pts[k - 1]]
        if len(dedup) < 3:
            continue
        x0, y0 = dedup[0]
        seg = [f"M{x0} {y0}l"]
        moves = []
        for (ax, ay), (bx, by) in pairwise(dedup):
            moves.append(f"{bx - ax} {by - ay}")
        seg.append(" ".join(moves).replace(" -", "-"))
        seg.append("z")
        parts.append("".join(seg))
    return "".join(parts)


def countries(topo: dict[str, Any]) -> list[dict[str, str]]:
    arcs = decode_arcs(topo)
    out = []
    for g in topo["objects"]["countries"]["geometries"]:
        if str(g.get("id")) == ANTARCTICA:
            continue  # below the map's view, and a ring around the whole globe
        polygons = (
            [g["arcs"]] if g["type"] == "Polygon" else g["arcs"] if g["type"] == "MultiPolygon"
            else []
        )  # fmt: skip
        rings = [ring(r, arcs) for poly in polygons for r in poly]
        d = to_path(rings)
        if d:
            name = (g.get("properties") or {}).get("name") or ""
            out.append({"id": str(g.get("id") or ""), "name": name, "d": d})
    return sorted(out, key=lambda c: c["name"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("topojson", type=Path, help="world-atlas countries-110m.json")
    ap.add_argument("-o", "--output", type=Path, default=OUT)
    args = ap.parse_args()
    topo = json.loads(args.topojson.read_text(encoding="utf-8"))
    shapes = countries(topo)
    data = {
        "attribution": ATTRIBUTION,
        "projection": "equirectangular, x = 10 (lon + 180), y = 10 (90 - lat)",
        "width": 3600,
        "height": 1800,
        "countries": shapes,
    }
    args.output.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    size = args.output.stat().st_size
    print(f"{len(shapes)} countries, {size / 1024:.0f} KB -> {args.output}")


if __name__ == "__main__":
    main()
