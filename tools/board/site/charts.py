"""Bar charts as geometry, drawn as inline SVG by ``theme/board/chart.html`` at build time.

No script: a chart is a picture of a table the page also prints, with a text summary, so people
who cannot see it get the same facts. Pure values in, a `Chart` out; the template escapes every
label.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

WIDTH = 640
LABEL_WIDTH = 220
ROW = 26
BAR = 16
TOP = 8
LABEL_CHARS = 32


@dataclass(frozen=True)
class Bar:
    label: str  # shortened for the picture; the table has the full text
    value: Decimal
    text: str  # the value as the reader's language writes it
    y: int
    width: int
    series: int = 0  # 0, 1: colour (and pattern) of the bar
    late: bool = False


@dataclass(frozen=True)
class Chart:
    id: str
    title: str
    summary: str
    bars: tuple[Bar, ...]
    height: int
    promise_x: int | None = None  # a vertical line at the promise
    promise_text: str = ""
    columns: tuple[str, ...] = ()  # the same data as a table: headers
    table: tuple[tuple[str, ...], ...] = ()  # and rows (first cell: the row's header)
    legend: tuple[str, ...] = ()  # names of the series, when there are two

    @property
    def plot_x(self) -> int:
        return LABEL_WIDTH


def _short(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1].rstrip() + "…"


def bars(
    chart_id: str,
    title: str,
    summary: str,
    rows: list[tuple[str, list[tuple[Decimal, str]]]],
    *,
    promise: tuple[int, str] | None = None,
    columns: tuple[str, ...] = (),
    legend: tuple[str, ...] = (),
) -> Chart:
    """A horizontal bar chart: one group per row (a label and one or two values)."""
    values = [v for _, series in rows for v, _ in series]
    most = max([*values, Decimal(promise[0]) if promise else Decimal(0), Decimal(1)])
    room = WIDTH - LABEL_WIDTH - 80
    out: list[Bar] = []
    y = TOP
    for label, series in rows:
        for index, (value, text) in enumerate(series):
            late = promise is not None and value > promise[0]
            width = int(room * value / most)
            out.append(Bar(_short(label) if index == 0 else "", value, text, y, width, index, late))
            y += BAR + 2
        y += ROW - BAR
    promise_x = LABEL_WIDTH + int(room * promise[0] / most) if promise else None
    table = tuple((label, *(text for _, text in series)) for label, series in rows)
    return Chart(
        chart_id,
        title,
        summary,
        tuple(out),
        y + 12,
        promise_x,
        promise[1] if promise else "",
        columns,
        table,
        legend,
    )
