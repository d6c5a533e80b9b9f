"""Verdict sentences: written in English from one table, read back, said in every language."""

from __future__ import annotations

import re
import string

import pytest

from reports.i18n import LANGUAGES, labels
from reports.verdicts import REASONS, read_reason, reason, reason_in

SAMPLES = {
    "size": "61.2",
    "limit": "50.0",
    "document": "ACME-2026-01-M02-R1",
    "found": "ACME-2026-01-M04-R2",
    "position": "2",
    "code": "ACME-2026-01",
    # a name with the sentence's own punctuation in it still reads back whole
    "signer": "Dr. Ana López; (Legal)",
    "problem": "revoked",
    "page": "2",
    "field": "Amount",
}


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(REASONS))
def test_every_sentence_reads_back_into_its_reason_and_values(key: str) -> None:
    values = {name: SAMPLES[name] for name in fields(REASONS[key])}
    assert read_reason(reason(key, **values)) == (key, values)


def test_a_sentence_without_a_name_is_not_one_with_the_name_an_unnamed_signer() -> None:
    assert read_reason(reason("signed_unnamed")) == ("signed_unnamed", {})
    assert read_reason(reason("signed_filled", signer="Li Wei")) == (
        "signed_filled",
        {"signer": "Li Wei"},
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_says_every_reason_with_the_same_values(lang: str) -> None:
    catalogue = labels(lang)
    for key, english in REASONS.items():
        said = catalogue["verification." + key]
        assert fields(said) == fields(english), (lang, key)
    if lang == "en":
        assert {k: catalogue["verification." + k] for k in REASONS} == dict(REASONS)


def test_a_verdict_reads_in_the_document_language() -> None:
    sentence = reason("signed", signer="Sophie Marchand")
    assert reason_in(labels("fr"), sentence) == (
        "signé électroniquement par Sophie Marchand\u00a0; le procès-verbal est inchangé "
        "depuis son émission"
    )
    assert reason_in(labels("zh-TW"), reason("too_big", size="61.2", limit="50.0")) == (
        "檔案大小為 61.2 MB，超過簽署副本允許的 50.0 MB"
    )
    assert reason_in(labels("es"), reason("unknown_id", document="X-1")) == (
        "aquí no existe ningún acta con la referencia X-1"
    )


def test_a_sentence_that_is_not_ours_is_shown_as_written() -> None:
    older = "typed acknowledgement matched by document id"
    assert read_reason(older) is None
    assert reason_in(labels("fr"), older) == older


def test_the_verifier_writes_only_sentences_of_the_table() -> None:
    """No verdict sentence is written out in the verifier any more: each is a table key."""
    from pathlib import Path

    import reports.signoff
    import reports.verify

    for module in (reports.verify, reports.signoff):
        source = Path(module.__file__ or "").read_text(encoding="utf-8")
        quoted = re.findall(r'"([a-z][^"\n]{12,})"', source)
        sentences = [q for q in quoted for english in REASONS.values() if q in english]
        assert sentences == [], (module.__name__, sentences)
