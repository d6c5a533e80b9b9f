"""The activation dialog counts the milestones it locks in the form their number takes
(issue 14): "its 1 milestone", "son 1 jalon… ne pourra plus être modifié", never
"These 1 milestones". It asks its translation for the plural form of that number; a
translator here answers by French's rule with the forms given to the catalogue."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from core.services import Services
from desktop.dialogs.activate import ActivateDialog
from desktop.main_window import MainWindow
from tests.desktop.helpers import FrenchPlurals, french_plurals
from tests.factories import make_draft

SOURCE = (
    "Activating {0} locks its scope: its %n milestones, worth {1} in total, can then no "
    "longer be changed, removed or reordered, and no milestone can be added. Amounts, "
    "deliverables, acceptance criteria, baseline dates and the objectives are recorded in "
    "baseline v1 with a fingerprint.\n\n"
    "Afterwards only forecast dates move (with a reason). New client ideas go to the ideas "
    "backlog and can become spin-off engagements."
)
FRENCH = (
    "Activer {0} fige son périmètre\u00a0: son %n jalon, d’un montant de {1}, ne pourra plus "
    "être modifié ni supprimé, et aucun jalon ne pourra être ajouté.",
    "Activer {0} fige son périmètre\u00a0: ses %n jalons, d’un montant total de {1}, ne "
    "pourront plus être modifiés, supprimés ni réordonnés, et aucun jalon ne pourra être "
    "ajouté.",
)


@pytest.fixture
def french() -> Iterator[FrenchPlurals]:
    with french_plurals({SOURCE: FRENCH}) as translator:
        yield translator


def summary_shown(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> str:
    """Asks to activate the open draft; the dialog is read, then cancelled."""
    shown: list[str] = []

    def read(dialog: ActivateDialog) -> int:
        shown.append(dialog.summary.text())
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(ActivateDialog, "exec", read)
    window.engagement_view.page_actions.act_activate.trigger()
    assert len(shown) == 1
    return shown[0]


@pytest.mark.parametrize(
    ("milestones", "expected"),
    [
        (1, "Activer ACME-2026-01 fige son périmètre\u00a0: son 1 jalon, d’un montant de "),
        (3, "Activer ACME-2026-01 fige son périmètre\u00a0: ses 3 jalons, d’un montant total "),
    ],
)
def test_the_milestones_locked_are_counted_in_their_form(
    window: MainWindow,
    services: Services,
    french: FrenchPlurals,
    monkeypatch: pytest.MonkeyPatch,
    milestones: int,
    expected: str,
) -> None:
    built = make_draft(services, milestones=milestones)
    window.open_engagement(built.engagement_id)
    text = summary_shown(window, monkeypatch)
    assert text.startswith(expected), text
    assert french.asked == [(SOURCE, milestones)]
    assert window.engagement_view.detail.status == "draft"  # cancelled: nothing locked


def test_the_english_source_counts_with_n(
    window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without a translation the number still stands where %n is (the catalogue for
    English gives the singular form)."""
    built = make_draft(services, milestones=2)
    window.open_engagement(built.engagement_id)
    text = summary_shown(window, monkeypatch)
    assert text.startswith("Activating ACME-2026-01 locks its scope: its 2 milestones, worth ")
    assert "%n" not in text and "{" not in text
