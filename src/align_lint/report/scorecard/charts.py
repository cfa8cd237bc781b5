"""The scorecard's charts as inline SVG, drawn by pygal when the report is built.

pygal (pure Python, ~200 KB installed with its one dependency) draws what the
scorecard needs (bars and a line) as plain SVG with its styles inside; the
alternatives were 35-41 MB of wheels (matplotlib with its font and image
stack; Vega-Altair with vl-convert's bundled JavaScript engine) for the same
three charts. Its output is made deterministic here (pygal names each chart
with a random id and dates it in a comment), and its script tag is left out:
the report loads nothing, and each chart's text alternative is its data table
in the page.

Colours pass WCAG AA: the bars and the line are 3:1 or more against the white
plot (graphics), the labels 4.5:1 or more (text).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from align_lint.report.scorecard.model import Bin, Group, RuleCost

if TYPE_CHECKING:
    import pygal

INK = "#1a1a1a"  # 17.4:1 on white
MUTED = "#595959"  # 7:1 on white
GUIDE = "#d0d0d0"  # guides only: not information
BAR = "#1d4f91"  # 8.6:1 on white
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
# pygal writes its config into a script (for its tooltips) even without js.
_SCRIPT = re.compile(r"<script\b.*?</script>", re.DOTALL)
_CHART_ID = re.compile(r"chart-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def histogram(bins: Sequence[Bin], chart_id: str, label: str) -> str:
    import pygal

    chart = pygal.Bar(_config(), y_title="documents", x_title="score")
    chart.x_labels = [b.label for b in bins]
    chart.add("documents", [b.documents for b in bins])
    return _svg(chart, chart_id, label)


def rule_costs(costs: Sequence[RuleCost], chart_id: str, label: str) -> str:
    import pygal

    # Most points at the top: pygal draws horizontal bars from the bottom.
    shown = list(reversed(costs))
    height = 60 + 28 * max(len(shown), 1)
    chart = pygal.HorizontalBar(_config(), height=height, x_title="points lost")
    chart.x_labels = [cost.rule for cost in shown]
    chart.add("points lost", [cost.points for cost in shown])
    return _svg(chart, chart_id, label)


def timeline(groups: Sequence[Group], chart_id: str, label: str) -> str:
    import pygal

    chart = pygal.Line(
        _config(),
        range=(0, 100),
        y_title="mean score",
        x_label_rotation=30 if len(groups) > 8 else 0,
        show_minor_x_labels=len(groups) <= 16,
        x_labels_major_every=max(len(groups) // 8, 1),
    )
    chart.x_labels = [group.name for group in groups]
    chart.add("mean score", [round(group.mean, 1) for group in groups])
    return _svg(chart, chart_id, label)


def _config() -> Any:
    import pygal
    from pygal.style import Style

    style = Style(
        background="white",
        plot_background="white",
        foreground=INK,
        foreground_strong=INK,
        foreground_subtle=MUTED,
        guide_stroke_color=GUIDE,
        major_guide_stroke_color=GUIDE,
        colors=(BAR,),
        opacity="1",
        opacity_hover="0.85",
        transition="0s",
        font_family=FONT,
        label_font_family=FONT,
        major_label_font_family=FONT,
        title_font_family=FONT,
        legend_font_family=FONT,
        value_font_family=FONT,
        tooltip_font_family=FONT,
        no_data_font_family=FONT,
        label_font_size=12,
        major_label_font_size=12,
        title_font_size=14,
    )
    config = pygal.Config()
    config.style = style
    config.js = []  # no script from the web: the report loads nothing
    config.disable_xml_declaration = True  # inline in HTML
    config.show_legend = False
    config.width = 720
    config.height = 300
    config.margin = 12
    config.truncate_label = 40
    config.print_values = False
    return config


def _svg(chart: pygal.graph.graph.Graph, chart_id: str, label: str) -> str:
    """The chart as an accessible, deterministic SVG element: its data table
    follows it in the page, so it is an image with a label."""
    svg = chart.render(is_unicode=True)
    svg = _SCRIPT.sub("", _COMMENT.sub("", svg))
    svg = _CHART_ID.sub(chart_id, svg)
    svg = re.sub(r'\s*xmlns:xlink="[^"]*"', "", svg, count=1)
    attributes = f'role="img" aria-label="{_attribute(label)}" width="100%"'
    return svg.replace("<svg ", f"<svg {attributes} ", 1)


def _attribute(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
