# SPDX-License-Identifier: MIT
"""The charts of the HTML department report: matplotlib figures rendered to inline SVG text.

The figures are made with the object-oriented API (`matplotlib.figure.Figure`, no pyplot, so
no global figure state and no GUI backend) and drawn by the SVG backend with the text kept as
text (`svg.fonttype = 'none'`: small, searchable, crisp in print), a fixed hash salt and no date
in the metadata, so the same data gives the same bytes.

This module only draws. The caller (`_html.py`) hands it the categories, the values as the
report's decimal strings and every label already formatted in the report's language: the
strings are converted to float here for the geometry of the bars and cells only, the numbers
written on a chart are the caller's texts (the graduations of an axis are written by the one
formatter, `ctg._format`, in the report's language).

Importing matplotlib and drawing are most of the time of `ctg report --format html` when the
charts must be drawn: 0.87 s against 0.19 s when they are cached (Charente, one core of the
benchmark machine, docs/pages/benchmarks.md). Of it, `import matplotlib` 0.18 s (numpy,
pyparsing, PIL, its settings and colormaps), `matplotlib.figure` and the SVG backend 0.09 s (in
a command of ctg, without the help texts matplotlib writes at import: `_import_matplotlib`), and
the four charts 0.37 s: building the figures 0.10 s, the constrained layout 0.17 s (two passes,
each measuring every label of the axes again), the drawing into SVG 0.10 s. The layout and the
drawing share one renderer (`_svg`), so that FreeType measures each text once.

So a chart is drawn once and its SVG kept in ctg's cache folder (`ctg._cache`, `charts/`), under
the digest of everything its bytes depend on (`_cache_key`): the chart's arguments, the code of
this module and of `ctg._format`, the Python version, the installed matplotlib, numpy and Babel,
the matplotlib settings files that matplotlib reads at start-up and, in a process that has
imported matplotlib, its settings of the moment. A later process that asks for the same chart
reads it back without importing matplotlib. matplotlib is still required (a chart read from the
cache is the chart that this installation would draw).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
import io
import json
import os
import re
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from .. import _cache
from .._format import formatter

if TYPE_CHECKING:
    from xml.etree import ElementTree

    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter
    from matplotlib.typing import RcKeyType

# The settings of every chart: text as text in a single font family with a generic fallback,
# ids that depend on the content only (the salt is per chart, see `_svg`).
# matplotlib's settings (rc_context, the SVG hash salt) are process-wide: charts are drawn one at a
# time, so that two reports rendered in threads cannot see each other's settings.
_DRAWING = threading.Lock()

_RC: dict[RcKeyType, Any] = {
    "svg.fonttype": "none",
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],
    "font.size": 9,
    "axes.titlesize": 10,
    "axes.edgecolor": "#888888",
    "axes.linewidth": 0.6,
    "xtick.color": "#444444",
    "ytick.color": "#444444",
    "xtick.major.width": 0.6,
    "ytick.major.width": 0.6,
    "legend.frameon": False,
}

#: A sober palette: the first colour is the main series, the next ones the stacked parts.
PALETTE = ["#1f4e79", "#6b9bc8", "#b7cde3", "#d9822b", "#7a7a7a", "#9fb86a"]
BASELINE = "#9a9a9a"
#: The evaluation heatmap: five classes of 20 points of percent achieved.
HEAT_BOUNDS = [0, 20, 40, 60, 80, 100]
HEAT_COLOURS = ["#f1f5fa", "#c9d9ec", "#8fb2d8", "#4f82b8", "#1f4e79"]
NO_DATA = "#eeeeee"

_WIDTH = 7.2  # inches: the width of the report's text column at 72 dpi is about 518 pt


def _number(text: str) -> float:
    """A report decimal string as a float, for the geometry of a chart only."""
    return float(Decimal(text))


def _plain(text: str) -> str:
    """A label drawn as is: a dollar sign would otherwise start matplotlib's mathtext."""
    return text.replace("$", r"\$")


@dataclass(frozen=True)
class Chart:
    """One chart: its id in the page (`chart-…`), caption and SVG text."""

    id: str
    caption: str
    svg: Markup


# A chart read from the cache is the chart this installation would draw: matplotlib is required
# all the same, and its absence is reported when this module is imported, as by `import
# matplotlib` (the drawing functions import it when they draw).
if importlib.util.find_spec("matplotlib") is None:
    raise ModuleNotFoundError("No module named 'matplotlib'", name="matplotlib")

_SVG = "http://www.w3.org/2000/svg"
_XLINK = "http://www.w3.org/1999/xlink"
_URL = re.compile(r"url\(#([^)]+)\)")
_HREFS = ("href", f"{{{_XLINK}}}href")


# --- The cache -------------------------------------------------------------------------------

#: Most charts kept in the cache folder; the oldest are removed beyond (a report has five).
CACHE_ENTRIES = 256


@functools.cache
def _installation() -> str:
    """What a chart's bytes depend on besides its arguments, as one text: this module's and the
    formatter's code, the Python version, where and which matplotlib, numpy and Babel are
    installed (the path, size and time of each package's `__init__.py`), and the bytes of every
    matplotlibrc file that matplotlib would read (its own, the working directory's,
    $MATPLOTLIBRC's, the configuration folder's).

    Raises ModuleNotFoundError (name `matplotlib`, …) when a package is missing, so that a
    chart is never given without the package that draws it."""
    from .. import _format

    parts: list[object] = [sys.version]
    for module in (__file__, _format.__file__):
        with open(module, "rb") as file:
            parts.append(hashlib.sha256(file.read()).hexdigest())
    origins = {}
    for package in ("matplotlib", "numpy", "babel"):
        spec = importlib.util.find_spec(package)
        if spec is None or spec.origin is None:
            raise ModuleNotFoundError(f"No module named {package!r}", name=package)
        info = os.stat(spec.origin)
        parts.append((package, spec.origin, info.st_size, info.st_mtime_ns))
        origins[package] = os.path.dirname(spec.origin)
    home = os.path.expanduser("~")
    config = os.environ.get("MPLCONFIGDIR")
    xdg = os.environ.get("XDG_CONFIG_HOME") or os.path.join(home, ".config")
    rc_files = [
        os.path.join(origins["matplotlib"], "mpl-data", "matplotlibrc"),
        "matplotlibrc",
        os.path.join(xdg, "matplotlib", "matplotlibrc"),
        os.path.join(home, ".matplotlib", "matplotlibrc"),
    ]
    if config:
        rc_files.append(os.path.join(config, "matplotlibrc"))
    if chosen := os.environ.get("MATPLOTLIBRC"):
        rc_files += [chosen, os.path.join(chosen, "matplotlibrc")]
    for name in rc_files:
        try:
            with open(name, "rb") as file:
                parts.append((os.path.abspath(name), hashlib.sha256(file.read()).hexdigest()))
        except OSError:  # absent (or a folder): matplotlib reads nothing there either
            parts.append((name, None))
    return repr(parts)


def _settings() -> str | None:
    """The matplotlib settings that this process changed since matplotlib read its files
    (`rcParamsOrig`), or None when it changed none or has not imported matplotlib: the files
    are then the settings, and `_installation` has them. A notebook may have changed some (a
    style), and a chart drawn now would show it. The backend, which an SVG canvas ignores, is
    left out (reading it may load one)."""
    matplotlib = sys.modules.get("matplotlib")
    if matplotlib is None:
        return None
    original = dict(dict.items(matplotlib.rcParamsOrig))
    changed = sorted(
        (key, repr(value))
        for key, value in dict.items(matplotlib.rcParams)
        if key != "backend" and (key not in original or original[key] != value)
    )
    return repr(changed) if changed else None


def _cache_key(kind: str, arguments: dict[str, Any]) -> str:
    """The digest of a chart: its kind, its arguments, the installation (`_installation`) and,
    in a process that has imported matplotlib, its current settings (`_settings`)."""
    text = json.dumps(
        [kind, arguments, _installation(), _settings()], ensure_ascii=False, sort_keys=True
    )
    return hashlib.sha256(text.encode()).hexdigest()


def _chart(kind: str, draw: Callable[..., Markup], arguments: dict[str, Any]) -> Chart:
    """The chart drawn by `draw(**arguments)`, read from ctg's cache when it was drawn before."""
    key = _cache_key(kind, arguments)
    cached = _cache.load_json("charts", key)
    if isinstance(cached, dict) and isinstance(cached.get("svg"), str):
        svg = Markup(cached["svg"])  # noqa: S704 (drawn and escaped by _svg)
    else:
        svg = draw(**arguments)
        _cache.store_json("charts", key, {"svg": str(svg)})
        _cache.prune("charts", CACHE_ENTRIES)
    return Chart(arguments["chart_id"], arguments["caption"], svg)


# --- Drawing -----------------------------------------------------------------------------------

#: matplotlib's hook that writes the signature and docstring of `set` for each Artist class.
_SET_DOCSTRING = "_update_set_signature_and_docstring"
#: The modules that draw the charts.
_MODULES = (
    "matplotlib.figure",
    "matplotlib.backends.backend_mixed",
    "matplotlib.backends.backend_svg",
)


def _import_matplotlib() -> None:
    """Imports the parts of matplotlib that draw the charts (`matplotlib.figure`, the SVG
    backend; not pyplot: no global figure state, no GUI backend).

    In a command of `ctg` (a process that draws its charts and exits), without the help texts
    that matplotlib writes at import: the signature and docstring of the `set` method of each
    Artist class, which list every property of the class (`kwdoc`, through `ArtistInspector`),
    and the same lists in the docstrings of the methods that take an artist's properties
    (`plot`, `bar`, `text`…: `%(Line2D:kwdoc)s`, filled by `matplotlib.artist.kwdoc`). That is
    0.17 s of the 0.43 s of the import (one core of the benchmark machine, after `import ctg`),
    for texts that nobody reads in that process;
    `set` works the same without them. matplotlib's hook and `kwdoc` are put back as soon as
    the import is done (the lists left empty then stay so in that process: matplotlib keeps
    them). In a program or a notebook, matplotlib is imported as it is. Call with `_DRAWING`
    held (the hook is process-wide)."""
    if all(name in sys.modules for name in _MODULES):
        return
    command = sys.modules.get("ctg._cli_common")
    if command is None or not command.in_command():
        for name in _MODULES:
            importlib.import_module(name)
        return
    from matplotlib import artist as artists
    from matplotlib.artist import Artist

    hook = Artist.__dict__.get(_SET_DOCSTRING)
    kwdoc = getattr(artists, "kwdoc", None)

    def flag_only(cls: type[Artist]) -> None:
        # The flag tells matplotlib that `set` is its own, to be remade for each subclass.
        cls.set._autogenerated_signature = True  # type: ignore[attr-defined]

    # Either missing (another matplotlib): that part is imported as it is. Both are replaced
    # inside the `try`, so that even an interruption between them puts back what was replaced.
    try:
        if isinstance(hook, classmethod):
            setattr(Artist, _SET_DOCSTRING, classmethod(flag_only))
        if kwdoc is not None:
            artists.kwdoc = lambda artist: ""
        for name in _MODULES:
            importlib.import_module(name)
    finally:
        if kwdoc is not None:
            artists.kwdoc = kwdoc
        if isinstance(hook, classmethod):
            setattr(Artist, _SET_DOCSTRING, hook)


@contextlib.contextmanager
def _drawing() -> Iterator[None]:
    """The block where a chart is drawn: one chart at a time (`_DRAWING`), matplotlib imported
    (`_import_matplotlib`), the charts' settings (`_RC`) in force."""
    with _DRAWING:
        _import_matplotlib()
        import matplotlib

        with matplotlib.rc_context(_RC):
            yield


def _prefixed_ids(svg: str, chart_id: str) -> ElementTree.Element:
    """matplotlib's `<svg>` element parsed, its ids prefixed with `chart_id`.

    Only attributes change, never a text: every `id` attribute (the structural group ids of
    matplotlib, `figure_1`, `axes_1`…, are dropped), every `url(#…)` in an attribute value
    (clip-path, fill, style, marker-*…) and every `href`/`xlink:href` that starts with `#`. A
    label that reads `id="x" url(#y)` is text and stays as drawn."""
    # matplotlib's own output from its `<svg>` on: no DOCTYPE, so no entity to expand.
    from xml.etree import ElementTree

    root = ElementTree.fromstring(svg)  # noqa: S314
    for element in root.iter():
        attributes = element.attrib
        if element.tag == f"{{{_SVG}}}g":
            attributes.pop("id", None)
        for name, value in list(attributes.items()):
            if name == "id":
                attributes[name] = f"{chart_id}-{value}"
            elif name in _HREFS and value.startswith("#"):
                attributes[name] = f"#{chart_id}-{value[1:]}"
            elif "url(#" in value:
                attributes[name] = _URL.sub(lambda m: f"url(#{chart_id}-{m.group(1)})", value)
    return root


def _svg(figure: Figure, chart_id: str, title: str) -> Markup:
    """The figure as an inline `<svg>` element (no XML prolog) with a `<title>`.

    The structural group ids of matplotlib (`figure_1`, `axes_1`, …) are dropped and the ids
    that are referred to (clip paths, markers, hatches) are prefixed with the chart id, so that
    several charts in one page have distinct ids.
    """
    from xml.etree import ElementTree

    import matplotlib
    from matplotlib.backends.backend_mixed import MixedModeRenderer
    from matplotlib.backends.backend_svg import FigureCanvasSVG, RendererSVG

    class Canvas(FigureCanvasSVG):
        """An SVG canvas whose renderer is the one that writes the chart, so that the layout
        engine measures the texts with it (`Figure._get_renderer` asks the canvas first)."""

        renderer: Any  # a MixedModeRenderer over a RendererSVG (untyped in matplotlib's stubs)

        def get_renderer(self) -> Any:
            return self.renderer

    # The charts are written with SVG as the default namespace and xlink's usual prefix, as
    # matplotlib writes them (ElementTree would otherwise name them ns0 and ns1).
    ElementTree.register_namespace("", _SVG)
    ElementTree.register_namespace("xlink", _XLINK)
    out = io.StringIO()
    with matplotlib.rc_context({"svg.hashsalt": f"ctg-report-{chart_id}"}):
        # What `savefig(format="svg")` does (`FigureCanvasSVG.print_svg`), with one renderer for
        # the layout and the drawing. savefig lays a figure out with a renderer of its own (and
        # draws it once with drawing disabled), then draws it with a new one: the texts are
        # measured twice, as matplotlib keeps the measures per renderer. Here the layout engine
        # runs once with the renderer that then draws, and every text is measured once. The SVG
        # is drawn at 72 dpi (print_svg's: a point is a user unit), images would be rasterised
        # at the figure's dpi. The savefig.* settings (face colour, transparency, bbox) are not
        # applied: the charts are not saved files.
        canvas = Canvas(figure)
        image_dpi = figure.dpi
        figure.dpi = 72
        width, height = figure.get_size_inches()
        vector = RendererSVG(  # type: ignore[no-untyped-call]
            width * 72,
            height * 72,
            out,
            image_dpi=image_dpi,
            metadata={"Date": None, "Creator": None, "Format": None, "Type": None},
        )
        canvas.renderer = MixedModeRenderer(  # type: ignore[no-untyped-call]
            figure, width, height, image_dpi, vector
        )
        engine = figure.get_layout_engine()
        if engine is not None:
            engine.execute(figure)
            figure.set_layout_engine(None)
        figure.draw(canvas.renderer)
        canvas.renderer.finalize()
    text = out.getvalue()
    root = _prefixed_ids(text[text.index("<svg") :], chart_id)
    attributes = dict(root.attrib)
    root.attrib.clear()
    root.attrib.update({"role": "img", **attributes})
    heading = ElementTree.Element(f"{{{_SVG}}}title")
    heading.text, heading.tail = title, root.text
    root.text = "\n "
    root.insert(0, heading)
    # ElementTree escapes the texts (matplotlib's labels, the title) and the attributes.
    svg = ElementTree.tostring(root, encoding="unicode")
    return Markup(svg.rstrip())  # noqa: S704


def _figure(rows: int, per_row: float = 0.3, extra: float = 0.9) -> Figure:
    from matplotlib.figure import Figure

    return Figure(figsize=(_WIDTH, extra + per_row * max(rows, 1)), layout="constrained")


def _tick_formatter(language: str) -> FuncFormatter:
    # The tick values are graduations chosen by the locator, not figures of the report: their
    # shortest repr is read as a Decimal and written in the report's notation.
    from matplotlib.ticker import FuncFormatter

    # matplotlib writes every graduation again each time it updates the ticks (twice per pass
    # of the layout engine, then for the drawing): a value is written by Babel once.
    number = formatter(language).number
    texts: dict[float, str] = {}

    def text(x: float, _pos: int | None) -> str:
        x = float(x)
        if x not in texts:
            texts[x] = number(format(Decimal(repr(x)).normalize(), "f"))
        return texts[x]

    return FuncFormatter(text)


def _style_value_axis(ax: Axes, language: str, label: str) -> None:
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(nbins=6))
    ax.xaxis.set_major_formatter(_tick_formatter(language))
    ax.set_xlabel(_plain(label))
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(axis="y", length=0)


def _bar_texts(
    ax: Axes, positions: Sequence[float], ends: Sequence[float], texts: Sequence[str], span: float
) -> None:
    for y, end, text in zip(positions, ends, texts, strict=True):
        if text:
            ax.text(
                end + span * 0.01,
                y,
                _plain(text),
                va="center",
                ha="left",
                fontsize=8,
                color="#222222",
                zorder=4,
                bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.6},
            )


def bars(
    *,
    chart_id: str,
    title: str,
    caption: str,
    categories: Sequence[str],
    values: Sequence[str | None],
    texts: Sequence[str],
    axis_label: str,
    language: str,
    reference: tuple[str, str] | None = None,
    colours: Sequence[str] | None = None,
) -> Chart:
    """Horizontal bars, one per category (top to bottom), each annotated with its text.

    A value None draws no bar (its text is still written). `reference` is a vertical line
    (value, label), e.g. the department's average. The graduations are written in `language`.
    """
    return _chart("bars", _draw_bars, dict(locals()))


def _draw_bars(
    *,
    chart_id: str,
    title: str,
    caption: str,
    categories: Sequence[str],
    values: Sequence[str | None],
    texts: Sequence[str],
    axis_label: str,
    language: str,
    reference: tuple[str, str] | None,
    colours: Sequence[str] | None,
) -> Markup:
    with _drawing():
        figure = _figure(len(categories))
        ax = figure.add_subplot()
        numbers = [0.0 if v is None else _number(v) for v in values]
        positions = list(range(len(categories)))
        ax.barh(positions, numbers, height=0.62, color=list(colours) if colours else PALETTE[0])
        ax.set_yticks(positions, [_plain(c) for c in categories])
        ax.invert_yaxis()
        span = max(numbers + [0.0]) or 1.0
        handles = []
        if reference is not None:
            line = ax.axvline(
                _number(reference[0]),
                color=PALETTE[3],
                linewidth=1.2,
                linestyle="--",
                label=_plain(reference[1]),
            )
            handles.append(line)
            span = max(span, _number(reference[0]))
        ax.set_xlim(0, span * 1.22)
        _bar_texts(ax, positions, numbers, texts, span)
        _style_value_axis(ax, language, axis_label)
        if handles:
            ax.legend(handles=handles, loc="lower right", fontsize=8)
        ax.set_title(_plain(title), loc="left")
        return _svg(figure, chart_id, title)


def stacked_bars(
    *,
    chart_id: str,
    title: str,
    caption: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[str | None]]],
    texts: Sequence[str],
    axis_label: str,
    language: str,
) -> Chart:
    """Horizontal bars stacked by series (label, values per category), annotated at the end."""
    return _chart("stacked_bars", _draw_stacked_bars, dict(locals()))


def _draw_stacked_bars(
    *,
    chart_id: str,
    title: str,
    caption: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[str | None]]],
    texts: Sequence[str],
    axis_label: str,
    language: str,
) -> Markup:
    with _drawing():
        figure = _figure(len(categories), extra=1.2 if len(series) > 1 else 0.9)
        ax = figure.add_subplot()
        positions = list(range(len(categories)))
        left = [0.0] * len(categories)
        for i, (label, values) in enumerate(series):
            widths = [0.0 if v is None else _number(v) for v in values]
            ax.barh(
                positions,
                widths,
                left=left,
                height=0.62,
                label=_plain(label),
                color=PALETTE[i % len(PALETTE)],
                edgecolor="white",
                linewidth=0.5,
            )
            left = [a + b for a, b in zip(left, widths, strict=True)]
        ax.set_yticks(positions, [_plain(c) for c in categories])
        ax.invert_yaxis()
        span = max(left + [0.0]) or 1.0
        ax.set_xlim(0, span * 1.25)
        _bar_texts(ax, positions, left, texts, span)
        _style_value_axis(ax, language, axis_label)
        if len(series) > 1:
            ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=len(series), fontsize=8)
        ax.set_title(_plain(title), loc="left", pad=22 if len(series) > 1 else None)
        return _svg(figure, chart_id, title)


def heatmap(
    *,
    chart_id: str,
    title: str,
    caption: str,
    rows: Sequence[str],
    columns: Sequence[str],
    values: Sequence[Sequence[str | None]],
    texts: Sequence[Sequence[str]],
    no_data: str,
    scale_label: str,
    bold_rows: Sequence[int] = (),
) -> Chart:
    """A table of coloured cells (percent 0–100), each annotated with its text.

    A value None is a cell without data: hatched grey, not coloured by the scale. The rows in
    `bold_rows` (e.g. the department's) are set off by a line and bold labels.
    """
    return _chart("heatmap", _draw_heatmap, dict(locals()))


def _draw_heatmap(
    *,
    chart_id: str,
    title: str,
    caption: str,
    rows: Sequence[str],
    columns: Sequence[str],
    values: Sequence[Sequence[str | None]],
    texts: Sequence[Sequence[str]],
    no_data: str,
    scale_label: str,
    bold_rows: Sequence[int],
) -> Markup:
    with _drawing():
        from matplotlib.colors import BoundaryNorm, ListedColormap
        from matplotlib.patches import Patch, Rectangle

        cmap = ListedColormap(HEAT_COLOURS)
        norm = BoundaryNorm(HEAT_BOUNDS, cmap.N)
        figure = _figure(len(rows), per_row=0.34, extra=1.3)
        ax = figure.add_subplot()
        for r, row in enumerate(values):
            for c, value in enumerate(row):
                if value is None:
                    ax.add_patch(
                        Rectangle(
                            (c, r),
                            1,
                            1,
                            facecolor=NO_DATA,
                            edgecolor="white",
                            hatch="////",
                            linewidth=1.0,
                        )
                    )
                    colour = "#555555"
                else:
                    level = _number(value)
                    ax.add_patch(
                        Rectangle(
                            (c, r),
                            1,
                            1,
                            facecolor=cmap(norm(level)),
                            edgecolor="white",
                            linewidth=1.0,
                        )
                    )
                    colour = "white" if level >= HEAT_BOUNDS[3] else "#1a1a1a"
                ax.text(
                    c + 0.5,
                    r + 0.5,
                    _plain(texts[r][c]),
                    ha="center",
                    va="center",
                    fontsize=8,
                    color=colour,
                    fontweight="bold" if r in bold_rows else "normal",
                )
        ax.set_xlim(0, len(columns))
        ax.set_ylim(len(rows), 0)
        ax.set_xticks([c + 0.5 for c in range(len(columns))], [_plain(c) for c in columns])
        ax.set_yticks([r + 0.5 for r in range(len(rows))], [_plain(r) for r in rows])
        for r in bold_rows:
            ax.get_yticklabels()[r].set_fontweight("bold")
            ax.axhline(r, color="#333333", linewidth=1.0)
        ax.xaxis.tick_top()
        ax.tick_params(length=0)
        for spine in ax.spines.values():
            spine.set_visible(False)
        handles = [
            Patch(facecolor=colour, edgecolor="#bbbbbb", linewidth=0.5, label=f"{low}–{high}")
            for colour, low, high in zip(HEAT_COLOURS, HEAT_BOUNDS, HEAT_BOUNDS[1:], strict=False)
        ]
        handles.append(
            Patch(
                facecolor=NO_DATA,
                edgecolor="#bbbbbb",
                hatch="////",
                linewidth=0.5,
                label=_plain(no_data),
            )
        )
        ax.legend(
            handles=handles,
            loc="upper center",
            bbox_to_anchor=(0.5, 0.0),
            ncols=len(handles),
            fontsize=8,
            title=_plain(scale_label),
            title_fontsize=8,
            handlelength=1.2,
            columnspacing=1.0,
        )
        ax.set_title(_plain(title), loc="left")
        return _svg(figure, chart_id, title)
