"""The weekly status PDF: "only the facts", for one engagement or the whole portfolio.

The dashboard figures (money per currency, milestones due and overdue, first-pass acceptance,
client review latency, ideas, spin-offs) and the changes recorded in the last 7 days (read by
:mod:`reports.status_data`). Nothing is commented or estimated: every number is one the
dashboard shows for the same day. The portfolio report is written in English; an
engagement's report in the engagement's document language.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from babel.numbers import format_decimal, format_percent
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from core.db import Database
from core.files import atomic_write_bytes
from core.history import client_stream, engagement_stream, template_stream
from core.queries import DueRow, EventRow
from reports import i18n
from reports.document import DocumentBuilder
from reports.event_text import EventText
from reports.status_data import StatusData, read_status, week_of
from reports.styles import MUTED, Footer, Paper, data_table, key_value_table, masthead, render
from reports.text import markup

SUMMARY_CHARS = 200
LISTED_MILESTONES = 50
"""Due and overdue milestones listed in each table; the rest are counted."""
PORTFOLIO_LANGUAGE = "en"
IDEA_STATES = ("captured", "diverted", "parked", "declined")


STEPS = 8
"""Progress steps of :func:`export_status`: read, each of the five parts laid out, the
document finished, written."""


def export_status(
    db: Database,
    code: str | None,
    path: str | Path,
    today: date,
    *,
    paper: Paper | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> None:
    """Write the weekly status PDF of engagement ``code``, or of the portfolio when ``code``
    is None, as of ``today``, to ``path`` (atomically).

    ``progress(done, STEPS)`` is called after the reading and each part laid out; when it
    returns False the export stops with ``reports.exports.ExportCancelled`` and nothing is
    written."""
    from core.services.settings import agency_identity

    def step(done: int) -> None:
        if progress is not None and not progress(done, STEPS):
            from reports.exports import ExportCancelled

            raise ExportCancelled("export cancelled; no file was written")

    step(0)
    data = read_status(db, code, today)
    with db.reading() as session:
        settings = agency_identity(session)
    step(1)
    chosen: Paper = paper or ("Letter" if settings["paper"] == "Letter" else "A4")
    pdf = build_status_pdf(data, agency=settings["name"], paper=chosen, on_part=step)
    step(STEPS - 1)
    atomic_write_bytes(path, pdf)
    step(STEPS)


class _Checkpoint(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """Takes no room; calls back when laid out, so a long layout can report and stop."""

    def __init__(self, callback: Callable[[], None]) -> None:
        super().__init__()
        self._callback = callback

    def wrap(self, _width: float, _height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        self._callback()


def build_status_pdf(
    data: StatusData,
    *,
    agency: str = "",
    paper: Paper = "A4",
    created: date | None = None,
    on_part: Callable[[int], None] | None = None,
) -> bytes:
    """The status PDF bytes; the same data and ``created`` give the same bytes.

    ``created`` (default: the day the report is as of) is the PDF's creation date."""
    lang = data.engagement.language if data.engagement is not None else PORTFOLIO_LANGUAGE
    report = _Status(data, agency, i18n.check_language(lang, "engagement.language"), paper)
    report.on_part = on_part
    t = report.t
    scope = data.engagement.code if data.engagement is not None else t["status.portfolio"]
    footer = Footer(
        document_id=scope,
        page_label=t["signoff.page_of"],
        fingerprint_label=t["status.title"],
        fingerprint=report.day(data.today),
    )
    return render(
        report.story(),
        paper=paper,
        footer=footer,
        lang=lang,
        title=f"{t['status.title']} — {scope} — {data.today.isoformat()}",
        created=created or data.today,
        subject=scope,
        author=agency,
    )


class _Status(DocumentBuilder):
    """Assembles the story: header, figures, due and overdue, indicators, spin-offs, changes."""

    def __init__(self, data: StatusData, agency: str, lang: str, paper: Paper) -> None:
        super().__init__(lang, paper)
        self.data, self.agency = data, agency
        self.locale = i18n.LOCALES[lang]
        self.words = EventText(lang)
        # The change list is the longest part: a size smaller, so a row is mostly one line.
        self.small = ParagraphStyle("cell_small", parent=self.s.cell, fontSize=7.5, leading=9.5)

    def heading(self, key: str) -> Paragraph:
        return Paragraph(self.label(key), self.s.heading)

    def none(self, key: str) -> Paragraph:
        """The whole sentence saying a section is empty ("Aucune mission dérivée."): a bare
        "None" cannot agree in gender and number with every heading it follows."""
        return Paragraph(self.label(key), self.s.body)

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Flowable]],
        shares: Sequence[float],
        right: Collection[int] = (),
    ) -> Table:
        """A data table; ``header`` keys, column ``shares`` of the width, ``right`` columns
        (numbers) aligned right. Rows are short: one is never split across pages."""
        header = [self.label(key) for key in header]
        widths = [share * self.width for share in shares]
        return data_table(header, rows, widths, self.s, right=right, split_rows=False)

    # --- the parts ----------------------------------------------------------------------

    on_part: Callable[[int], None] | None = None
    """Called with 2, 3, ... as each part has been laid out (the export's progress)."""

    def story(self) -> list[Flowable]:
        story: list[Flowable] = [self._header(), Spacer(1, 4)]
        parts = (self._figures, self._due, self._indicators, self._spinoffs, self._changes)
        for number, part in enumerate(parts, start=2):
            story += part()
            if self.on_part is not None:
                story.append(_Checkpoint(lambda n=number: self.on_part(n)))  # type: ignore[misc]
        return story

    def _header(self) -> Table:
        s, d, t = self.s, self.data, self.t
        first, last = week_of(d.today)
        week = t["status.week"].format(start=self.day(first), end=self.day(last))
        if d.engagement is not None:
            e = d.engagement
            scope = f"{e.code} — {e.title}"
            client = t["label_value"].format(label=t["signoff.client"], value=e.client_name)
        else:
            scope, client = t["status.portfolio"], ""
        left: list[Flowable] = [
            Paragraph(self.label("status.title"), s.title),
            Spacer(1, 3),
            Paragraph(markup(scope), s.subtitle),
        ]
        right = [
            Paragraph(markup(self.agency), s.cell_right_bold),
            Paragraph(markup(week), s.cell_right),
        ]
        if client:
            right.append(Paragraph(markup(client), s.cell_right))
        side = self.width * 0.4
        return masthead(left, right, self.width, side)

    def _figures(self) -> list[Flowable]:
        s, figures = self.s, self.data.board.figures
        if not figures:
            return [
                self.heading("status.figures"),
                Paragraph(self.label("status.no_figures"), s.body),
            ]
        keys = ("contracted", "accepted", "signed", "invoiced", "paid", "outstanding")
        rows = [
            [
                Paragraph(markup(f.currency), s.cell_bold),
                *(
                    Paragraph(markup(self.amount(getattr(f, key), f.currency)), s.cell_right)
                    for key in keys
                ),
            ]
            for f in figures
        ]
        header = ["status.col_currency", *(f"status.{key}" for key in keys)]
        shares = (0.1, *([0.15] * 6))
        return [self.heading("status.figures"), self.table(header, rows, shares, range(1, 7))]

    def _due_rows(self, rows: list[DueRow], late: bool) -> Table:
        s = self.s
        body = [
            [
                Paragraph(markup(r.engagement_code), s.cell),
                Paragraph(markup(f"M{r.position} {r.title}"), s.cell),
                Paragraph(markup(self.day(r.due)), s.cell),
                Paragraph(markup(self.number(-r.days if late else r.days)), s.cell_right),
                Paragraph(markup(self.amount(r.amount_minor, r.currency)), s.cell_right),
                Paragraph(self.label(f"state.{r.state}"), s.cell),
            ]
            for r in rows
        ]
        header = (
            "status.col_engagement",
            "roadmap.col_milestone",
            "status.col_due",
            "status.col_days_late" if late else "status.col_days",
            "roadmap.col_amount",
            "roadmap.col_state",
        )
        return self.table(header, body, (0.18, 0.25, 0.15, 0.12, 0.16, 0.14), (3, 4))

    def _due(self) -> list[Flowable]:
        board = self.data.board
        story: list[Flowable] = []
        for key, empty, rows, late in (
            ("status.overdue", "status.none_overdue", board.overdue, True),
            ("status.due", "status.none_due", board.due, False),
        ):
            story.append(self.heading(key))
            if not rows:
                story.append(self.none(empty))
                continue
            # The most overdue (or soonest due) first; a long tail is counted, not listed.
            story.append(self._due_rows(rows[:LISTED_MILESTONES], late))
            if len(rows) > LISTED_MILESTONES:
                more = self.counted("roadmap.more", len(rows) - LISTED_MILESTONES)
                story += [Spacer(1, 3), Paragraph(f"<i>{more}</i>", self.s.label)]
        return story

    def _indicators(self) -> list[Flowable]:
        board = self.data.board
        accepted, reviewed = board.first_pass
        if reviewed:
            rate = format_percent(Decimal(accepted) / Decimal(reviewed), locale=self.locale)
            first_pass = self.label(
                "status.first_pass_value",
                accepted=self.number(accepted),
                reviewed=self.number(reviewed),
                rate=rate,
            )
        else:
            first_pass = self.label("status.not_measured")
        if board.latency_days is None:
            latency = self.label("status.not_measured")
        else:
            days = format_decimal(round(board.latency_days, 1), "#,##0.0", locale=self.locale)
            latency = self.label("status.latency_value", days=days)
        # "3 notées", "1 refusée": the state agrees with its count
        ideas = " · ".join(
            i18n.counted(f"status.ideas_{state}", board.ideas.get(state, 0), self.lang)
            for state in IDEA_STATES
        )
        rows = [
            (self.label("status.first_pass"), first_pass),
            (self.label("status.latency"), latency),
            (self.label("status.ideas"), markup(ideas)),
        ]
        return [
            self.heading("status.indicators"),
            key_value_table(rows, self.s, self.width, self.width * 0.3),
        ]

    def _spinoffs(self) -> list[Flowable]:
        s, spinoffs = self.s, self.data.board.spinoffs
        if not spinoffs:
            return [self.heading("status.spinoffs"), self.none("status.none_spinoffs")]
        rows = [
            [
                Paragraph(markup(f"{r.code} — {r.title}"), s.cell),
                Paragraph(markup(r.parent_code), s.cell),
                Paragraph(self.label(f"engagement_status.{r.status}"), s.cell),
                Paragraph(markup(self.number(r.ideas)), s.cell_right),
                Paragraph(markup(self.amount(r.contracted_minor, r.currency)), s.cell_right),
            ]
            for r in spinoffs
        ]
        header = (
            "status.col_engagement",
            "status.col_parent",
            "status.col_status",
            "status.col_ideas",
            "status.col_value",
        )
        table = self.table(header, rows, (0.4, 0.17, 0.14, 0.11, 0.18), (3, 4))
        return [self.heading("status.spinoffs"), table]

    def _where(self, event: EventRow) -> str:
        t, stream = self.t, event.stream
        if stream.startswith(engagement_stream("")):
            place = self.data.places.get(event.stream, "")
            milestone = (
                self.data.milestones.get(event.entity_id) if event.entity == "milestone" else None
            )
            return " · ".join(p for p in (place, milestone) if p)
        if stream.startswith(client_stream("")):
            name = self.data.places.get(event.stream)
            label = t["status.stream_client"]
            return t["label_value"].format(label=label, value=name) if name else label
        if stream.startswith(template_stream("")):
            return t["status.stream_template"]
        return t["status.stream_system"]

    def _changes(self) -> list[Flowable]:
        s, data = self.s, self.data
        muted, utc = MUTED.hexval()[2:], self.label("history.times_utc")
        title = Paragraph(
            f'{self.label("status.changes")} <font size="8" color="#{muted}">({utc})</font>',
            s.heading,
        )
        if not data.changes:
            return [title, Paragraph(self.label("status.no_changes"), s.body)]
        small = self.small
        rows = []
        for event in data.changes:
            currency = data.currencies.get(event.stream)
            summary = self.words.summary(event.before, event.after, currency)
            if len(summary) > SUMMARY_CHARS:
                summary = summary[: SUMMARY_CHARS - 1] + "…"
            what = self.words.what(event.entity, event.action)
            rows.append(
                [
                    Paragraph(markup(i18n.format_when(event.at, self.lang)), small),
                    Paragraph(markup(self._where(event)), small),
                    Paragraph(markup(event.actor), small),
                    Paragraph(markup(what), small),
                    Paragraph(markup(summary), small),
                ]
            )
        header = (
            "history.col_when",
            "status.col_where",
            "history.col_who",
            "history.col_action",
            "history.col_change",
        )
        story: list[Flowable] = [title, self.table(header, rows, (0.19, 0.16, 0.12, 0.17, 0.36))]
        if data.hidden_changes:
            more = self.counted("status.changes_more", data.hidden_changes)
            story += [Spacer(1, 3), Paragraph(f"<i>{more}</i>", s.label)]
        return story
