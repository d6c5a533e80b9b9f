"""The roadmap PDF: one page for a contract annex.

The page shows who and what (engagement, client, agency, period, status), the baseline the
scope was locked with (date and full SHA-256 fingerprint), every billing point on a timeline
(planned and forecast dates, amounts, state, today), and a compact table of the milestones
with the contract total. It is written in the engagement's document language.

One page, always: the header and timeline have a known height, and the table takes as many
milestone rows as the rest of the page holds, measured with the same styles it is drawn with.
Rows that do not fit are summed up in a "+N more milestones" line; the total still counts
every milestone, and the timeline still draws every one.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from core.db import Database
from core.files import atomic_write_bytes
from core.queries import EngagementDetail, MilestoneRow, engagement_detail
from reports import i18n
from reports.document import DocumentBuilder
from reports.roadmap_timeline import Captions, Point, Timeline
from reports.styles import (
    ACCENT,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MET,
    WAIVED,
    Footer,
    Paper,
    data_table_style,
    key_value_table,
    masthead,
    page_size,
    render,
)
from reports.text import markup

SHORT_FINGERPRINT = 12
DONE_STATES = frozenset({"accepted", "signed_off", "invoiced", "paid"})
_SLACK = 6.0
"""Points kept free at the bottom of the page, so rounding can never push a row over."""
_COLUMNS = (0.06, 0.26, 0.16, 0.17, 0.17, 0.18)
"""Share of the width of: No., milestone, planned, forecast, amount, state."""
_AMOUNT = 4
"""The amount column."""
_PADDING = 8.0
"""Left and right padding of a cell, as ``data_table_style`` sets it."""


def export_roadmap(
    db: Database,
    code: str,
    path: str | Path,
    *,
    today: date | None = None,
    paper: Paper | None = None,
) -> None:
    """Write the one-page roadmap PDF of engagement ``code`` to ``path`` (atomically).

    ``today`` (default: the current date) places the today line and the "as of" date;
    ``paper`` defaults to the agency settings' paper size."""
    from core.services.settings import agency_identity

    day = today or date.today()
    with db.reading() as session:
        detail = engagement_detail(session, code, day)
        settings = agency_identity(session)
    chosen: Paper = paper or ("Letter" if settings["paper"] == "Letter" else "A4")
    data = build_roadmap_pdf(detail, agency=settings["name"], today=day, paper=chosen)
    atomic_write_bytes(path, data)


def build_roadmap_pdf(
    detail: EngagementDetail,
    *,
    agency: str,
    today: date,
    paper: Paper = "A4",
    created: date | None = None,
) -> bytes:
    """The roadmap PDF bytes; the same detail, agency, days and paper give the same bytes.

    ``created`` (default: ``today``) is the PDF's creation date."""
    lang = i18n.check_language(detail.language, "engagement.language")
    builder = _Roadmap(detail, agency, today, lang, paper)
    t = builder.t
    fingerprint = detail.baseline_fingerprint or ""
    footer = Footer(
        document_id=detail.code,
        page_label=t["signoff.page_of"],
        fingerprint_label=t["signoff.fingerprint_short"],
        fingerprint=fingerprint[:SHORT_FINGERPRINT] or "—",
    )
    return render(
        builder.story(),
        paper=paper,
        footer=footer,
        lang=lang,
        title=f"{t['roadmap.title']} {detail.code}",
        created=created or today,
        subject=detail.code,
        keywords=f"scopekeeper.roadmap/1 sha256:{fingerprint}" if fingerprint else "",
        author=agency,
    )


class _Roadmap(DocumentBuilder):
    """Assembles the page: header, facts, timeline, then as many table rows as fit."""

    def __init__(
        self, detail: EngagementDetail, agency: str, today: date, lang: str, paper: Paper
    ) -> None:
        super().__init__(lang, paper)
        self.d, self.agency, self.today = detail, agency, today
        self.height = page_size(paper)[1] - MARGIN_TOP - MARGIN_BOTTOM

    def money(self, minor: int) -> str:
        """An amount in the engagement's currency."""
        return self.amount(minor, self.d.currency)

    # --- the parts ----------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        fixed: list[Flowable] = [self._header(), Spacer(1, 8), self._facts(), Spacer(1, 10)]
        if self.d.milestones:
            fixed += [self._timeline(), Spacer(1, 10)]
        used = sum(_height(f, self.width, self.height) for f in fixed)
        return [*fixed, self._table(self.height - used - _SLACK)]

    def _header(self) -> Table:
        s, d = self.s, self.d
        left = [
            Paragraph(self.label("roadmap.title"), s.title),
            Spacer(1, 3),
            Paragraph(markup(f"{d.code} — {d.title}"), s.subtitle),
        ]
        right = [
            Paragraph(markup(self.agency), s.cell_right_bold),
            Paragraph(self.label("roadmap.as_of", date=self.long_day(self.today)), s.cell_right),
        ]
        side = self.width * 0.34
        return masthead(left, right, self.width, side)

    def _facts(self) -> Table:
        d, t = self.d, self.t
        period = t["roadmap.period_value"].format(
            start=self.long_day(d.start_date), end=self.long_day(d.target_end_date)
        )
        if d.baseline_fingerprint and d.baseline_at:
            fixed_on = self.long_day(d.baseline_at.date())
            before, after = t["roadmap.baseline_value"].split("{fingerprint}", 1)
            baseline = (
                markup(before.format(date=fixed_on))
                + f'<br/><font size="7.5">{markup(d.baseline_fingerprint)}</font>'
                + markup(after.format(date=fixed_on))
            )
        else:
            baseline = self.label("roadmap.no_baseline")
        rows = [
            (self.label("signoff.client"), markup(d.client_name)),
            (self.label("roadmap.status"), self.label(f"engagement_status.{d.status}")),
            (self.label("roadmap.period"), markup(period)),
            (self.label("roadmap.baseline"), baseline),
        ]
        return key_value_table(rows, self.s, self.width, self.width * 0.2)

    def _timeline(self) -> Timeline:
        points = [
            Point(
                position=m.position,
                baseline=m.baseline_due,
                forecast=m.forecast_due,
                amount=self.money(m.amount_minor),
                title=m.title,
                done=m.state in DONE_STATES,
            )
            for m in self.d.milestones
        ]
        t = self.t
        captions = Captions(
            today=t["roadmap.today"],
            planned=t["roadmap.planned"],
            forecast=t["roadmap.forecast"],
            done=t["roadmap.legend_done"],
            late=t["roadmap.legend_late"],
        )
        return Timeline(
            points,
            period=(self.d.start_date, self.d.target_end_date),
            today=self.today,
            width=self.width,
            captions=captions,
            locale=i18n.LOCALES[self.lang],
        )

    def _row(self, m: MilestoneRow) -> list[Paragraph]:
        s = self.s
        forecast = self.day(m.forecast_due or m.baseline_due)
        if m.variance_days:
            colour = (WAIVED if m.variance_days > 0 else MET).hexval()[2:]
            forecast = f'<font color="#{colour}">{markup(forecast)}</font>'
        else:
            forecast = markup(forecast)
        return [
            Paragraph(markup(f"M{m.position}"), s.cell_bold),
            Paragraph(markup(m.title), s.cell),
            Paragraph(markup(self.day(m.baseline_due)), s.cell),
            Paragraph(forecast, s.cell),
            Paragraph(markup(self.money(m.amount_minor)), s.cell_right),
            Paragraph(self.label(f"state.{m.state}"), s.cell),
        ]

    def _table(self, room: float) -> Flowable:
        s, d = self.s, self.d
        if not d.milestones:
            return Paragraph(self.label("roadmap.no_milestones"), s.body)
        rows = [self._row(m) for m in d.milestones]
        widths = _widths(self.width, rows)
        header = [
            Paragraph(self.label(key), style)
            for key, style in (
                ("signoff.col_position", s.header_cell),
                ("roadmap.col_milestone", s.header_cell),
                ("roadmap.col_planned", s.header_cell),
                ("roadmap.col_forecast", s.header_cell),
                ("roadmap.col_amount", s.header_cell_right),
                ("roadmap.col_state", s.header_cell),
            )
        ]
        # The total spans the date columns too, so a large sum never wraps.
        total = [
            Paragraph("", s.cell),
            Paragraph(self.label("roadmap.total"), s.cell_bold),
            Paragraph(markup(self.money(d.contracted_minor)), s.cell_right_bold),
            Paragraph("", s.cell),
            Paragraph("", s.cell),
            Paragraph("", s.cell),
        ]
        shown = self._fitting(header, rows, total, widths, room)
        while True:
            table = self._assemble(header, rows[:shown], total, len(rows) - shown, widths)
            if shown == 0 or _height(table, self.width, self.height) <= room:
                return table
            shown -= 1  # measured a little short: one row less until it fits

    def _fitting(
        self,
        header: list[Paragraph],
        rows: list[list[Paragraph]],
        total: list[Paragraph],
        widths: list[float],
        room: float,
    ) -> int:
        """How many milestone rows fit in ``room``, from the heights of the rows."""
        total_widths = [widths[0], widths[1], sum(widths[2:5])]
        used = _row_height(header, widths) + _row_height(total[:3], total_widths)
        heights = []
        for row in rows:
            heights.append(_row_height(row, widths))
            if used + sum(heights) > room:
                break
        else:
            return len(rows)  # every row fits, no "more" line needed
        more = self._more_row(len(rows))
        room -= used + _row_height(more, [widths[0], sum(widths[1:])])
        fits, taken = 0, 0.0
        for h in heights:
            if taken + h > room:
                break
            fits, taken = fits + 1, taken + h
        return fits

    def _more_row(self, hidden: int) -> list[Paragraph]:
        more = self.counted("roadmap.more", hidden)
        return [Paragraph("", self.s.cell), Paragraph(f"<i>{more}</i>", self.s.label)]

    def _assemble(
        self,
        header: list[Paragraph],
        rows: list[list[Paragraph]],
        total: list[Paragraph],
        hidden: int,
        widths: list[float],
    ) -> Table:
        data: list[list[Paragraph]] = [header, *rows]
        if hidden:
            data.append([*self._more_row(hidden), *(Paragraph("", self.s.cell) for _ in range(4))])
        data.append(total)
        table = Table(data, colWidths=widths, repeatRows=0)
        style = data_table_style(rows=len(data) - 1)
        style.add("LINEABOVE", (0, len(data) - 1), (-1, len(data) - 1), 0.8, ACCENT)
        style.add("SPAN", (2, len(data) - 1), (4, len(data) - 1))
        if hidden:
            style.add("SPAN", (1, len(data) - 2), (-1, len(data) - 2))
        table.setStyle(style)
        return table


def _widths(width: float, rows: list[list[Paragraph]]) -> list[float]:
    """Column widths from ``_COLUMNS``, except that the amount column widens (at the
    milestone column's expense) so that no amount is broken over two lines: the largest
    amounts accepted take some 22 characters."""
    widths = [share * width for share in _COLUMNS]
    needed = max(float(row[_AMOUNT].minWidth()) for row in rows) + _PADDING
    extra = min(max(0.0, needed - widths[_AMOUNT]), widths[1] / 2)
    widths[_AMOUNT] += extra
    widths[1] -= extra
    return widths


def _height(flowable: Flowable, width: float, height: float) -> float:
    """Vertical room a flowable takes in the frame, its spacing included."""
    _, h = flowable.wrap(width, height)
    return float(h + flowable.getSpaceBefore() + flowable.getSpaceAfter())


def _row_height(row: list[Paragraph], widths: list[float]) -> float:
    """Height of one table row as ``data_table_style`` pads it (4 + 4 across, 3 + 4 down)."""
    return float(max(p.wrap(w - 8, 10_000)[1] for p, w in zip(row, widths, strict=True))) + 7
