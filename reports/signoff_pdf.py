"""The sign-off PDF: the document a client signs to accept a milestone.

Built from the canonical sign-off snapshot (schema ``scopekeeper.signoff/1``, produced by core)
and its SHA-256 fingerprint. Every label comes from the catalogue of the snapshot's
``language``; dates and the amount are formatted for that language; every user string goes
through :func:`reports.text.markup`, so nothing a user typed is ever read as markup.

Reading the identity back (for the verifier). The PDF information dictionary holds:

* ``/Subject``: the document id, exactly as in the snapshot;
* ``/Keywords``: ``"scopekeeper.signoff/1 sha256:<64 lowercase hex digits>"`` with the full
  fingerprint. :func:`identity_from_metadata` parses the two back.

Deemed acceptance. A round with ``deemed`` true was not reviewed: the client made no decision
within the engagement's deemed-acceptance period and the agency confirmed the acceptance. Such
a document names no reviewer; it says "deemed accepted", and when the snapshot carries
``round.deemed_acceptance`` (``days``, ``submitted_on``, ``confirmed_by``, ``confirmed_on``;
snapshots made before it existed do not) after how many days, since when and who confirmed it.
Its criteria have no verdict (``null``) and read "No verdict", never "Met", whatever an older
snapshot stored. A reviewed round may name no reviewer either ("Not named").

The QR code, when present, encodes ``document_id + " " + fingerprint``. Every page's footer
shows the document id, "page i of n" and the first 12 hex digits of the fingerprint.

Digital signature area. The client's signature block contains an empty dashed rectangle kept
free for a signature field that is added later as an incremental update (pyHanko).
:func:`render_signoff` returns its place as ``SignoffPdf.client_sig_box`` =
``(page_index, x1, y1, x2, y2)``: a 0-based page index and the box in PDF points, origin at
the bottom-left of the page (the form pyHanko's ``SigFieldSpec(on_page=..., box=...)`` takes).
:func:`build_signoff_pdf` returns only the bytes; the same input always gives the same box.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from core.errors import ValidationError
from reports import i18n
from reports.document import DocumentBuilder
from reports.styles import (
    MET,
    MUTED,
    NOT_MET,
    RULE,
    TABLE_FONT,
    WAIVED,
    Footer,
    Paper,
    ReservedBox,
    data_table,
    key_value_table,
    logo,
    qr_code,
    render,
)
from reports.text import markup

SCHEMA = "scopekeeper.signoff/1"
SHORT_FINGERPRINT = 12
QR_SIZE = 27 * mm
SIGNATURE_BOX_HEIGHT = 60.0

_FINGERPRINT = re.compile(r"[0-9a-f]{64}")
_KEYWORDS = re.compile(r"scopekeeper\.signoff/1 sha256:([0-9a-f]{64})")
_VERDICTS = ("met", "not_met", "waived")
_VERDICT_COLOURS = {"met": MET, "not_met": NOT_MET, "waived": WAIVED, "none": MUTED}
_GUTTER = 14.0


def address_after_name(party: Mapping[str, Any]) -> str:
    """A party's address as printed under its name: without a first line that repeats the
    name (an address is often typed as it goes on an envelope, name first)."""
    name = " ".join(str(party.get("name") or "").split()).casefold()
    lines = str(party.get("address") or "").strip().splitlines()
    if lines and name and " ".join(lines[0].split()).casefold() == name:
        lines = lines[1:]
    return "\n".join(lines).strip()


@dataclass(frozen=True, slots=True)
class SignoffPdf:
    """A rendered sign-off and where the client's digital signature field belongs."""

    data: bytes
    client_sig_box: tuple[int, float, float, float, float]
    """(page index from 0, x1, y1, x2, y2) in PDF points, origin bottom-left."""


def identity_from_metadata(subject: str | None, keywords: str | None) -> tuple[str, str] | None:
    """(document id, fingerprint) read back from a sign-off's Subject and Keywords, or None."""
    match = _KEYWORDS.fullmatch((keywords or "").strip())
    if not subject or not match:
        return None
    return subject, match.group(1)


def build_signoff_pdf(
    snapshot: Mapping[str, Any],
    fingerprint: str,
    *,
    paper: Paper = "A4",
    agency_logo: bytes | None = None,
    with_qr: bool = True,
    created: date | None = None,
) -> bytes:
    """The sign-off PDF bytes (see :func:`render_signoff` for the signature box too)."""
    pdf = render_signoff(
        snapshot,
        fingerprint,
        paper=paper,
        agency_logo=agency_logo,
        with_qr=with_qr,
        created=created,
    )
    return pdf.data


def render_signoff(
    snapshot: Mapping[str, Any],
    fingerprint: str,
    *,
    paper: Paper = "A4",
    agency_logo: bytes | None = None,
    with_qr: bool = True,
    created: date | None = None,
) -> SignoffPdf:
    """Render the sign-off document; the same input gives byte-identical output.

    ``created`` is the PDF's creation date, by default the day it is rendered: the issue
    date, since a sign-off is rendered once, when it is issued, and then stored."""
    if snapshot.get("schema") != SCHEMA:
        raise ValidationError("snapshot", f"is not a sign-off snapshot ({SCHEMA})")
    if not isinstance(fingerprint, str) or not _FINGERPRINT.fullmatch(fingerprint):
        raise ValidationError("fingerprint", "must be a SHA-256 digest: 64 lowercase hex digits")
    lang = i18n.check_language(str(snapshot.get("language")), "snapshot.language")
    builder = _Builder(snapshot, fingerprint, lang, paper)
    try:
        story = builder.story(agency_logo, with_qr)
        doc_id, agency = str(snapshot["document_id"]), str(snapshot["agency"]["name"])
    except KeyError as missing:
        raise ValidationError("snapshot", f"is incomplete: {missing} is missing") from None
    footer = Footer(
        document_id=doc_id,
        page_label=builder.t["signoff.page_of"],
        fingerprint_label=builder.t["signoff.fingerprint_short"],
        fingerprint=fingerprint[:SHORT_FINGERPRINT],
    )
    data = render(
        story,
        paper=paper,
        footer=footer,
        lang=lang,
        title=f"{builder.t['signoff.title']} {doc_id}",
        created=created or date.today(),
        subject=doc_id,
        keywords=f"{SCHEMA} sha256:{fingerprint}",
        author=agency,
    )
    if builder.signature_box.placed is None:  # pragma: no cover - always in the story
        raise RuntimeError("the client signature box was not laid out")
    return SignoffPdf(data, builder.signature_box.placed)


def _day(value: Any, lang: str, field: str) -> str:
    try:
        return i18n.format_date(date.fromisoformat(str(value)), lang)
    except ValueError:
        raise ValidationError(field, f"'{value}' is not a date (YYYY-MM-DD)") from None


class _Builder(DocumentBuilder):
    """Assembles the story of one document."""

    def __init__(self, snap: Mapping[str, Any], fingerprint: str, lang: str, paper: Paper) -> None:
        super().__init__(lang, paper)
        self.snap, self.fingerprint = snap, fingerprint
        self.half = (self.width - _GUTTER) / 2
        self.signature_box = ReservedBox(self.half, SIGNATURE_BOX_HEIGHT)

    def person(self, name: Any, role: Any) -> str:
        """'Marie Dupont, CMO' as the language writes it (plain text, not markup)."""
        if name and role:
            return self.t["signoff.name_role"].format(name=name, role=role)
        return str(name or role or "")

    def story(self, agency_logo: bytes | None, with_qr: bool) -> list[Flowable]:
        snap, s = self.snap, self.s
        milestone, rnd = snap["milestone"], snap["round"]
        story: list[Flowable] = [self._header(agency_logo, with_qr), Spacer(1, 10)]
        story += [self._parties(), Spacer(1, 12), self._facts(milestone, rnd)]
        story.append(Paragraph(self.label("signoff.deliverables"), s.heading))
        for part in re.split(r"\n[ \t]*\n", str(milestone["deliverables"]).strip()):
            story.append(Paragraph(markup(part), s.body))
        story += self._criteria(rnd["verdicts"], deemed=bool(rnd.get("deemed")))
        story += self._earlier_rounds(snap.get("earlier_rounds") or [], bool(rnd.get("deemed")))
        story.append(KeepTogether(self._acceptance(milestone, deemed=bool(rnd.get("deemed")))))
        return story

    def _header(self, agency_logo: bytes | None, with_qr: bool) -> Table:
        s, engagement = self.s, self.snap["engagement"]
        left: list[Flowable] = []
        if agency_logo is not None:
            left += [logo(agency_logo, 55 * mm, 16 * mm), Spacer(1, 8)]
        left += [
            Paragraph(self.label("signoff.title"), s.title),
            Spacer(1, 3),
            Paragraph(markup(f"{engagement['code']} — {engagement['title']}"), s.subtitle),
        ]
        right: list[Flowable] = []
        if with_qr:
            value = f"{self.snap['document_id']} {self.fingerprint}"
            right = [qr_code(value, QR_SIZE), Paragraph(self.label("signoff.qr_caption"), s.small)]
        side = QR_SIZE + 4 if with_qr else 0.01
        table = Table([[left, right]], colWidths=[self.width - side, side])
        table.setStyle(_plain_cells(valign="BOTTOM"))
        return table

    def _parties(self) -> Table:
        s, cells = self.s, []
        for key, party in (("signoff.agency", "agency"), ("signoff.client", "client")):
            who = self.snap[party]
            cells.append(
                [
                    Paragraph(self.label(key).upper(), s.label),
                    Paragraph(markup(str(who["name"])), s.cell_bold),
                    Paragraph(markup(address_after_name(who)), s.cell),
                ]
            )
        table = Table([cells], colWidths=[self.half + _GUTTER, self.half])
        table.setStyle(
            TableStyle(
                [
                    *_plain_cells().getCommands(),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.8, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("RIGHTPADDING", (0, 0), (0, 0), _GUTTER),
                ]
            )
        )
        return table

    def _facts(self, milestone: Mapping[str, Any], rnd: Mapping[str, Any]) -> Table:
        t, lang = self.t, self.lang
        reviewer = rnd.get("reviewer")
        amount = self.amount(milestone["amount_minor"], milestone["currency"])
        rounds = t["signoff.round_value"].format(
            number=rnd["number"], date=_day(rnd["date"], lang, "round.date")
        )
        rows = [
            ("signoff.document_id", markup(str(self.snap["document_id"]))),
            ("signoff.milestone", self.label("signoff.milestone_name", **milestone)),
            ("signoff.amount", f"<b>{markup(amount)}</b>"),
            ("signoff.baseline_due", markup(_day(milestone["baseline_due"], lang, "baseline_due"))),
        ]
        # The forecast only when it moved: the same day twice under two names reads as if
        # something had changed.
        if milestone.get("forecast_due") and milestone["forecast_due"] != milestone.get(
            "baseline_due"
        ):
            forecast = _day(milestone["forecast_due"], lang, "forecast_due")
            rows.append(("signoff.forecast_due", markup(forecast)))
        rows.append(("signoff.review_round", markup(rounds)))
        if rnd.get("deemed"):
            rows.append(("signoff.accepted_how", markup(self._deemed(rnd))))
        elif reviewer:
            who = self.person(reviewer.get("name"), reviewer.get("role"))
            rows.append(("signoff.reviewer", markup(who)))
        else:
            rows.append(("signoff.reviewer", self.label("signoff.reviewer_unnamed")))
        rows.append(("signoff.fingerprint", f'<font size="8">{markup(self.fingerprint)}</font>'))
        return key_value_table(
            [(self.label(key), value) for key, value in rows], self.s, self.width, 42 * mm
        )

    def _deemed(self, rnd: Mapping[str, Any]) -> str:
        """Why a deemed round accepted the milestone, as one sentence (plain text)."""
        details = rnd.get("deemed_acceptance")
        if not details:  # a snapshot made before the details were recorded
            return self.t["signoff.deemed_accepted_unstated"]
        field = "round.deemed_acceptance"
        try:
            days = int(details["days"])
        except (TypeError, ValueError):
            raise ValidationError(f"{field}.days", "must be a whole number of days") from None
        return self.t["signoff.deemed_accepted"].format(
            days=i18n.counted("signoff.deemed_days", days, self.lang),
            submitted=_day(details["submitted_on"], self.lang, f"{field}.submitted_on"),
            confirmer=details["confirmed_by"],
            confirmed=_day(details["confirmed_on"], self.lang, f"{field}.confirmed_on"),
        )

    def _criteria(
        self, verdicts: Sequence[Mapping[str, Any]], deemed: bool = False
    ) -> list[Flowable]:
        s = self.s
        counts = {v: sum(1 for row in verdicts if row["verdict"] == v) for v in _VERDICTS}
        rows = []
        for row in verdicts:
            # A deemed round gave no verdicts. Older snapshots stored "met" for each, with an
            # English note of ours: the facts above say it in the document's language.
            verdict = "none" if deemed else str(row["verdict"])
            if verdict not in _VERDICTS and not deemed:
                raise ValidationError("round.verdicts", f"'{verdict}' is not a verdict")
            colour = _VERDICT_COLOURS[verdict].hexval()[2:]
            note: list[Flowable] = []
            if row.get("note") and not deemed:
                note.append(Paragraph(markup(str(row["note"])), s.cell))
            if row.get("reason"):
                reason = (
                    f"<b>{self.label('signoff.waiver_reason')}</b> {markup(str(row['reason']))}"
                )
                note.append(Paragraph(reason, s.cell))
            target = row.get("target")
            rows.append(
                [
                    Paragraph(markup(str(row["position"])), s.cell),
                    Paragraph(markup(str(row["criterion"])), s.cell),
                    Paragraph(markup(str(target)) if target else "—", s.cell),
                    Paragraph(
                        f'<font color="#{colour}">{self.label("verdict." + verdict)}</font>',
                        s.cell_bold,
                    ),
                    note,
                ]
            )
        header = [
            self.label(f"signoff.col_{key}")
            for key in ("position", "criterion", "target", "verdict", "note")
        ]
        widths = [w * self.width for w in (0.06, 0.36, 0.15, 0.13, 0.30)]
        return [
            Paragraph(self.label("signoff.criteria"), s.heading),
            Paragraph(
                self.label("signoff.criteria_summary_deemed", total=len(verdicts))
                if deemed
                else self.label("signoff.criteria_summary", total=len(verdicts), **counts),
                s.label,
            ),
            Spacer(1, 4),
            data_table(header, rows, widths, s),
        ]

    def _earlier_rounds(
        self, earlier: Sequence[Mapping[str, Any]], deemed: bool = False
    ) -> list[Flowable]:
        s = self.s
        title = Paragraph(self.label("signoff.earlier_rounds"), s.heading)
        if not earlier:
            none = "signoff.no_earlier_rounds_deemed" if deemed else "signoff.no_earlier_rounds"
            return [title, Paragraph(self.label(none), s.body)]
        rows = [
            [
                Paragraph(markup(str(r["number"])), s.cell),
                Paragraph(markup(_day(r["date"], self.lang, "earlier_rounds.date")), s.cell),
                Paragraph(self.label(f"outcome.{r['outcome']}"), s.cell),
                Paragraph(markup(str(r["not_met"])), s.cell),
                Paragraph(markup(str(r.get("reviewer") or "")), s.cell),
            ]
            for r in earlier
        ]
        header = [
            self.label(f"signoff.col_{key}")
            for key in ("round", "date", "outcome", "not_met", "reviewer")
        ]
        widths = [w * self.width for w in (0.10, 0.22, 0.24, 0.16, 0.28)]
        return [title, data_table(header, rows, widths, s)]

    def _acceptance(self, milestone: Mapping[str, Any], deemed: bool) -> list[Flowable]:
        s, engagement = self.s, self.snap["engagement"]
        amount = self.amount(milestone["amount_minor"], milestone["currency"])
        statement = self.label(
            "signoff.statement_deemed" if deemed else "signoff.statement",
            position=milestone["position"],
            milestone=milestone["title"],
            code=engagement["code"],
            engagement=engagement["title"],
            amount=amount,
        )
        signatories = self.snap.get("signatories") or {}
        client = self._signature_block("signoff.for_client", signatories.get("client"))
        client += [
            Spacer(1, 12),
            self.signature_box,
            Spacer(1, 2),
            Paragraph(self.label("signoff.digital_signature"), s.small),
        ]
        agency = self._signature_block("signoff.for_agency", signatories.get("agency"))
        table = Table([[client, agency]], colWidths=[self.half + _GUTTER, self.half])
        table.setStyle(_plain_cells(right=_GUTTER))
        return [
            Paragraph(self.label("signoff.acceptance"), s.heading),
            Paragraph(statement, s.body),
            Spacer(1, 6),
            Paragraph(self.label("signoff.signatures"), s.heading),
            table,
        ]

    def _signature_block(self, heading: str, person: Mapping[str, Any] | None) -> list[Flowable]:
        s, person = self.s, person or {}
        lines = [
            ("signoff.name", markup(str(person.get("name") or ""))),
            ("signoff.role", markup(str(person.get("role") or ""))),
            ("signoff.date", ""),
            ("signoff.signature", ""),
        ]
        # An empty name or role still takes a line of the body's height, so the two blocks'
        # rows stay level when one side names nobody.
        rows = [
            [Paragraph(self.label(key), s.label), Paragraph(value or "&nbsp;", s.body)]
            for key, value in lines
        ]
        label_width = 22 * mm
        grid = Table(
            rows, colWidths=[label_width, self.half - label_width], rowHeights=[None, None, 26, 40]
        )
        grid.setStyle(
            TableStyle(
                [
                    *_plain_cells(valign="BOTTOM").getCommands(),
                    ("LINEBELOW", (1, 0), (1, -1), 0.6, MUTED),
                    ("TOPPADDING", (0, 0), (-1, -1), 7),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return [Paragraph(f"<b>{self.label(heading)}</b>", s.body), grid]


def _plain_cells(valign: str = "TOP", right: float = 0) -> TableStyle:
    """A layout table: no padding, no lines."""
    return TableStyle(
        [
            *TABLE_FONT,
            ("VALIGN", (0, 0), (-1, -1), valign),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, -1), right),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
    )
