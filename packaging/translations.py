"""The interface's Qt catalogues: refresh them from the desktop sources, report what is left to
translate, hand untranslated messages to a translator and take their work back, build the .qm.

    python packaging/translations.py update            # lupdate every catalogue, then status
    python packaging/translations.py status            # counts; exit 1 when work is left
    python packaging/translations.py export fr new.json   # fr messages still unfinished
    python packaging/translations.py fill fr new.json     # put the translations in the .ts
    python packaging/translations.py release [--out DIR]  # lrelease every .ts into its .qm

Run it with the project's interpreter (.venv/bin/python): the Qt tools come from PySide6,
next to that interpreter. ``update`` keeps every translation already made; a message whose
source text changed comes back unfinished, one whose source is gone is dropped.

``scopekeeper_en.ts`` is not refreshed: it only holds the English plural forms of the ``%n``
strings (Qt cannot derive them from the source text) and is edited by hand. The .qm files are
built, not committed: packaging/dev.sh and packaging/build.sh run ``release``.

The export/fill file is a JSON list of messages::

    [{"context": "MainWindow", "source": "&File", "translation": "&Fichier"},
     {"context": "RoadmapModel", "source": "%n acceptance criteria", "numerus": true,
      "translation": ["%n critère d'acceptation", "%n critères d'acceptation"]}]

Standard library only, so that the build environment can run it before PyInstaller."""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "desktop"
FOLDER = SOURCES / "translations"
LANGUAGES = {"fr": "fr", "es": "es", "zh_TW": "zh_TW"}
"""The translated catalogues (file suffix: Qt language), each ``scopekeeper_<suffix>.ts``."""
ALIASES = {"zh_TW": ("zh_Hant",)}
"""Further .qm names a catalogue is released under. Qt looks a locale's translation up by its
UI languages (zh_HK: zh-Hant-HK, zh-HK, zh-Hant, zh), so Hong Kong and Macao find the
Traditional Chinese interface as scopekeeper_zh_Hant.qm; Simplified Chinese does not.
(The .qm records its language, zh_TW, which is what the app reads back.)"""
PLURAL_FORMS = {"fr": 2, "es": 2, "zh_TW": 1}
"""How many forms a ``%n`` message has (Qt's rules: French and Spanish singular and plural,
with 0 singular in French; Chinese one form)."""


def tool(name: str) -> str:
    """A Qt translation tool shipped by PySide6 beside the running interpreter."""
    found = Path(sys.executable).parent / name
    if not found.exists():
        sys.exit(f"translations: {found} is missing; run this with the project's .venv/bin/python")
    return str(found)


def catalogue(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"scopekeeper_{language}.ts"


def sources() -> list[str]:
    return sorted(str(p) for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(ts: Path, language: str) -> None:
    """Bring ``ts`` in line with the desktop sources, keeping its translations."""
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-ts",
            str(ts),
            "-source-language",
            "en",
            "-target-language",
            LANGUAGES[language],
            "-locations",
            "none",
            "-no-obsolete",
            "-silent",
        ],
        check=True,
    )


def qm_names(ts: Path) -> list[str]:
    """The .qm files a catalogue is released as: its own name, then its aliases."""
    suffix = ts.stem.removeprefix("scopekeeper_")
    return [f"scopekeeper_{name}.qm" for name in (suffix, *ALIASES.get(suffix, ()))]


def release(folder: Path = FOLDER, out: Path | None = None) -> list[Path]:
    """Build the .qm files of every .ts of ``folder`` (into ``out``, else beside it)."""
    built = []
    for ts in sorted(folder.glob("scopekeeper_*.ts")):
        for name in qm_names(ts):
            qm = (out or folder) / name
            qm.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(
                [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                check=True,
            )
            built.append(qm)
    return built


# ---- reading a catalogue ------------------------------------------------------------------


@dataclass
class Message:
    context: str
    source: str
    numerus: bool
    kind: str  # "" when finished, else lupdate's type: unfinished, vanished, obsolete
    forms: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str]:
        return (self.context, self.source)


def read(ts: Path) -> list[Message]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):  # noqa: S314  (our own files)
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{ts}: a message without <translation>"
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = [f.text or "" for f in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            found.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    numerus,
                    translation.get("type", ""),
                    forms,
                )
            )
    return found


# ---- checking a translation ---------------------------------------------------------------

FIELD = re.compile(r"\{[^{}]*\}")  # str.format fields: {0}, {name}, {1:+d}
ARG = re.compile(r"%(?:n|L?\d+)")  # Qt's %n and %1
TAG = re.compile(r"<[^<>]+>")  # markup: <b>, <a href='{0}'>, <br>
MNEMONIC = re.compile(r"&(?!&)\S")
FRENCH_GAP = re.compile(r" (?=[:;!?»])|(?<=«) ")
"""A breaking space where French typography wants a no-break one: before : ; ! ? and ».
and after «. A line must never begin with "»" or ":" in a French window or PDF."""
NO_BREAK = "\u00a0"


FRENCH_ELISION = re.compile(r"(?<=\w)'(?=\w)")
"""A typewriter apostrophe between letters (d'un), where the catalogue writes ’ (d’un)."""


def typeset(text: str, language: str) -> str:
    """``text`` with its language's typography (French only): no-break spaces where they
    belong, and the typographic apostrophe the rest of the catalogue uses."""
    if language != "fr":
        return text
    return FRENCH_ELISION.sub("\u2019", FRENCH_GAP.sub(NO_BREAK, text))


def placeholders(text: str) -> list[str]:
    """What must survive translation unchanged, sorted: fields, %-arguments and markup."""
    return sorted(FIELD.findall(text) + ARG.findall(text) + TAG.findall(text))


def problems(message: Message, language: str) -> list[str]:
    """Why a finished translation cannot ship as it is (empty list when it can)."""
    said = []
    if message.numerus and len(message.forms) != PLURAL_FORMS[language]:
        said.append(f"{len(message.forms)} plural forms, {language} has {PLURAL_FORMS[language]}")
    want = placeholders(message.source)
    for form in message.forms:
        if not form.strip():
            said.append("empty translation")
            continue
        if placeholders(form) != want:
            said.append(f"placeholders {placeholders(form)} instead of {want} in {form!r}")
        if bool(MNEMONIC.search(message.source)) != bool(MNEMONIC.search(form)):
            said.append(f"keyboard shortcut (&) not kept in {form!r}")
        if typeset(form, language) != form:
            said.append(f"a breaking space before : ; ! ? » or after «, or ' for ’, in {form!r}")
        for edge, strip in (("leading", str.lstrip), ("trailing", str.rstrip)):
            if (strip(message.source) != message.source) != (strip(form) != form):
                said.append(f"{edge} space not kept in {form!r}")
    return said


def status(languages: list[str], folder: Path = FOLDER) -> int:
    """Print each catalogue's counts and faults; the number of catalogues with work left."""
    failing = 0
    for language in languages:
        ts = catalogue(language, folder)
        if not ts.exists():
            print(f"{ts.name}: missing")
            failing += 1
            continue
        messages = read(ts)
        counts = {"unfinished": 0, "vanished": 0, "obsolete": 0}
        faults = []
        for m in messages:
            if m.kind:
                counts[m.kind] = counts.get(m.kind, 0) + 1
            else:
                faults += [f"  [{m.context}] {m.source!r}: {p}" for p in problems(m, language)]
        left = sum(counts.values()) + len(faults)
        print(
            f"{ts.name}: {len(messages)} messages, "
            + ", ".join(f"{n} {kind}" for kind, n in counts.items())
            + f", {len(faults)} faulty"
        )
        for line in faults:
            print(line)
        failing += left > 0
    return failing


# ---- export and fill ----------------------------------------------------------------------


def export(language: str, out: Path) -> int:
    """Write the unfinished messages of ``language`` as a list to translate; their count."""
    todo = []
    for m in read(catalogue(language)):
        if m.kind == "unfinished":
            entry: dict[str, object] = {"context": m.context, "source": m.source}
            if m.numerus:
                entry["numerus"] = True
                entry["translation"] = [""] * PLURAL_FORMS[language]
            else:
                entry["translation"] = ""
            todo.append(entry)
    out.write_text(json.dumps(todo, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(todo)


def fill(language: str, table: Path) -> tuple[int, list[str]]:
    """Put the translations of ``table`` into the catalogue and mark them finished.

    A translation with a fault (see ``problems``) is not taken; the faults are returned with
    the number of messages filled. Messages of the table the catalogue does not hold are
    reported too (the sources changed since the export)."""
    ts = catalogue(language)
    given = {}
    for entry in json.loads(table.read_text(encoding="utf-8")):
        text = entry["translation"]
        given[(entry["context"], entry["source"])] = text if isinstance(text, list) else [text]
    tree = ET.parse(ts)  # noqa: S314  (our own catalogue)
    filled, faults, seen = 0, [], set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            if key not in given:
                continue
            seen.add(key)
            forms = [typeset(form, language) for form in given[key]]
            numerus = message.get("numerus") == "yes"
            candidate = Message(name, key[1], numerus, "", forms)
            said = problems(candidate, language)
            if not numerus and len(forms) != 1:
                said.append("plural forms given for a message without %n")
            if said:
                faults += [f"[{name}] {key[1]!r}: {p}" for p in said]
                continue
            translation = message.find("translation")
            assert translation is not None
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if numerus:
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0]
            filled += 1
    faults += [f"[{c}] {s!r}: not in {ts.name}" for c, s in given.keys() - seen]
    text = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8"
    )
    lupdate(ts, language)  # back to lupdate's own layout
    return filled, faults


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    update = commands.add_parser("update", help="refresh the catalogues from the sources")
    update.add_argument("languages", nargs="*", metavar="language", help=", ".join(LANGUAGES))
    check = commands.add_parser("status", help="count what is left to translate")
    check.add_argument("languages", nargs="*", metavar="language", help=", ".join(LANGUAGES))
    out = commands.add_parser("export", help="write the unfinished messages to a JSON file")
    out.add_argument("language", choices=LANGUAGES)
    out.add_argument("file", type=Path)
    into = commands.add_parser("fill", help="take translations from a JSON file")
    into.add_argument("language", choices=LANGUAGES)
    into.add_argument("file", type=Path)
    build = commands.add_parser("release", help="build the .qm files")
    build.add_argument("--out", type=Path, help="folder for the .qm (default: beside the .ts)")
    args = parser.parse_args(argv)

    if args.command == "release":
        for qm in release(out=args.out):
            print(f"translations: built {qm.relative_to(ROOT) if qm.is_relative_to(ROOT) else qm}")
        return 0
    if args.command == "export":
        count = export(args.language, args.file)
        print(f"translations: {count} unfinished {args.language} messages written to {args.file}")
        return 0
    if args.command == "fill":
        filled, faults = fill(args.language, args.file)
        print(f"translations: {filled} {args.language} messages filled")
        for fault in faults:
            print("  not taken:", fault)
        return 1 if faults else 0
    languages = args.languages or list(LANGUAGES)
    unknown = sorted(set(languages) - set(LANGUAGES))
    if unknown:
        parser.error(f"unknown language {', '.join(unknown)}; choose among {', '.join(LANGUAGES)}")
    if args.command == "update":
        for language in languages:
            lupdate(catalogue(language), language)
    return 1 if status(languages) else 0


if __name__ == "__main__":
    sys.exit(main())
