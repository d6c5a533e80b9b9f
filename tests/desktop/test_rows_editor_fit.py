"""Rows of fields (criteria and their targets, objectives, contacts) never cut a field to a few
letters: where the fields do not fit side by side with their whole titles (a narrow milestone
pane, a French or Spanish title, 200 %), each field takes a line of its own."""

from __future__ import annotations

from desktop.widgets import RowsEditor


def shown(qtbot, editor: RowsEditor, width: int) -> None:
    editor.resize(width, editor.sizeHint().height())
    editor.show()
    qtbot.waitExposed(editor)
    qtbot.waitUntil(lambda: editor.width() == width)


def test_fields_go_one_under_the_other_when_they_would_be_cut(qtbot) -> None:
    editor = RowsEditor(["Critère d’acceptation", "Cible (facultatif)"], "Ajouter un critère")
    qtbot.addWidget(editor)
    criterion, target = editor.add_row(["Un architecte inscrit reçoit ses remises", "48 h"])
    remove = editor.rows[0][2]
    shown(qtbot, editor, 900)
    # wide: one line, every field wider than its title
    assert criterion.y() == target.y() == remove.y()
    for edit in (criterion, target):
        assert edit.width() > edit.fontMetrics().horizontalAdvance(edit.placeholderText())

    shown(qtbot, editor, editor.side_by_side_width() - 40)
    qtbot.waitUntil(lambda: target.y() > criterion.y())
    assert target.x() == criterion.x()  # the target under its criterion, as wide
    assert remove.y() == criterion.y() and remove.x() > criterion.x() + criterion.width()
    for edit in (criterion, target):
        assert edit.width() > edit.fontMetrics().horizontalAdvance(edit.placeholderText())

    shown(qtbot, editor, 900)  # wide again: back on one line
    qtbot.waitUntil(lambda: target.y() == criterion.y())


def test_contacts_keep_their_signatory_box_beside_the_fields(qtbot) -> None:
    editor = RowsEditor(["Nombre", "Cargo", "Correo electrónico"], "Añadir contacto", "Firmante")
    qtbot.addWidget(editor)
    editor.add_row(["Lucía Fernández Muñoz", "Directora de marketing", "lucia@example.es"])
    editor.add_row(["Íñigo Peña Ibáñez", "Responsable de marca", "inigo@example.es"])
    shown(qtbot, editor, 320)
    (name, role, mail), box, remove = editor.rows[0]
    second_name = editor.rows[1][0][0]
    qtbot.waitUntil(lambda: role.y() > name.y())
    assert name.y() < role.y() < mail.y() < second_name.y()  # the rows do not overlap
    assert box is not None and box.isVisible() and box.x() > name.x() + name.width()
    assert remove.y() == name.y() and box.y() > remove.y()
    assert editor.values()[0] == (
        ["Lucía Fernández Muñoz", "Directora de marketing", "lucia@example.es"],
        False,
    )
