"""A line chart of series rows as a standalone SVG file (no plotting library needed).

One line per dyad (the most active ones), events per period on the y axis.
Everything user-supplied (actor labels) is XML-escaped.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from xml.sax.saxutils import escape

from newsevents.store.series import Period, SeriesRow, period_range

_COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b"]
W, H = 860, 420
LEFT, RIGHT, TOP, BOTTOM = 60, 220, 40, 60


def dyad_name(actor: str, recipient: str, *, directed: bool = True) -> str:
    return f"{actor or '?'} {'→' if directed else '–'} {recipient or '?'}"


def _ticks(ymax: int) -> list[int]:
    step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000) if ymax / s <= 5)
    if ymax / step > 5:
        step = -(-ymax // 5)
    return list(range(0, ymax + step, step))


def series_svg(
    rows: list[SeriesRow],
    *,
    period: Period = Period.month,
    directed: bool = True,
    title: str = "Events per period",
    top: int = 7,
) -> str:
    """An SVG document charting events per period for the ``top`` busiest dyads."""
    per_dyad: dict[str, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    for r in rows:
        per_dyad[dyad_name(r.actor, r.recipient, directed=directed)][r.period] += r.events
    busiest = sorted(per_dyad, key=lambda d: (-sum(per_dyad[d].values()), d))[:top]
    seen = [r.period for r in rows]
    periods = period_range(min(seen), max(seen), period) if seen else []
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" '
        f'viewBox="0 0 {W} {H}" font-family="sans-serif" font-size="12">',
        f'<rect width="{W}" height="{H}" fill="white"/>',
        f'<text x="{LEFT}" y="22" font-size="15">{escape(title)}</text>',
    ]
    if not periods:
        out.append(f'<text x="{LEFT}" y="{H // 2}">no events match</text></svg>')
        return "\n".join(out)
    ticks = _ticks(max(max(per_dyad[d].values()) for d in busiest))
    ymax = ticks[-1]
    plot_w, plot_h = W - LEFT - RIGHT, H - TOP - BOTTOM

    def x(i: int) -> float:
        return LEFT + (plot_w * i / (len(periods) - 1) if len(periods) > 1 else plot_w / 2)

    def y(v: float) -> float:
        return TOP + plot_h - plot_h * v / ymax

    out.append(
        f'<line x1="{LEFT}" y1="{TOP + plot_h}" x2="{LEFT + plot_w}" y2="{TOP + plot_h}" '
        'stroke="#333"/>'
    )
    out.append(f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{TOP + plot_h}" stroke="#333"/>')
    for v in ticks:
        out.append(
            f'<text x="{LEFT - 8}" y="{y(v) + 4:.1f}" text-anchor="end">{v}</text>'
            f'<line x1="{LEFT}" y1="{y(v):.1f}" x2="{LEFT + plot_w}" y2="{y(v):.1f}" '
            'stroke="#ddd"/>'
        )
    step = max(1, len(periods) // 8)
    for i, p in enumerate(periods):
        if i % step == 0:
            out.append(
                f'<text x="{x(i):.1f}" y="{TOP + plot_h + 18}" text-anchor="middle">'
                f"{p.isoformat()}</text>"
            )
    out.append(
        f'<text x="16" y="{TOP + plot_h / 2:.0f}" transform="rotate(-90 16 '
        f'{TOP + plot_h / 2:.0f})" text-anchor="middle">events</text>'
    )
    for n, dyad in enumerate(busiest):
        colour = _COLOURS[n % len(_COLOURS)]
        pts = " ".join(  # periods without events are drawn at zero
            f"{x(i):.1f},{y(per_dyad[dyad].get(p, 0)):.1f}" for i, p in enumerate(periods)
        )
        out.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{pts}"/>')
        for i, p in enumerate(periods):
            if per_dyad[dyad].get(p):
                out.append(
                    f'<circle cx="{x(i):.1f}" cy="{y(per_dyad[dyad][p]):.1f}" r="3" '
                    f'fill="{colour}"><title>{escape(dyad)} {p}: {per_dyad[dyad][p]}</title>'
                    "</circle>"
                )
        ly = TOP + 16 * n
        out.append(
            f'<rect x="{W - RIGHT + 16}" y="{ly}" width="12" height="12" fill="{colour}"/>'
            f'<text x="{W - RIGHT + 34}" y="{ly + 10}">{escape(dyad)}</text>'
        )
    out.append("</svg>")
    return "\n".join(out)
