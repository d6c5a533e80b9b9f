"""A rows editor given new rows (the criteria of the next milestone shown) keeps the fields
it has and changes their texts: what shows and what is read back are the new rows only."""

from __future__ import annotations

from desktop.widgets import RowsEditor


def test_new_rows_replace_the_old_ones_whatever_their_number(qtbot) -> None:
    editor = RowsEditor(["Criterion", "Target (optional)"], "Add criterion", checkbox="Met")
    qtbot.addWidget(editor)
    edited: list[None] = []
    editor.sig_edited.connect(lambda: edited.append(None))
    editor.set_rows([["Loads in 2 s", "p95"], ["Works offline", ""], ["Signed", "PM"]])
    first_fields = editor.rows[0][0]
    editor.set_rows([["Accessible", "WCAG AA"]], [True])
    assert editor.values() == [(["Accessible", "WCAG AA"], True)]
    assert editor.rows[0][0] is first_fields  # the same fields, new texts
    assert [e.text() for e in editor.rows[0][0]] == ["Accessible", "WCAG AA"]
    editor.set_rows([["A", ""], ["B", "b"]])
    assert editor.values() == [(["A", ""], False), (["B", "b"], False)]
    assert [e.accessibleName() for e in editor.rows[1][0]] == [
        "Criterion 2",
        "Target (optional) 2",
    ]
    editor.set_rows([])
    assert editor.values() == [] and editor.rows == []
    assert len(edited) == 4  # once for each set_rows, not once per row
