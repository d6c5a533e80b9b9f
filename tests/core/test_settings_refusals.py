"""The agency's settings: each bad value is refused with a sentence naming the field and
nothing is stored; a change is one history event, and saving the same values is none."""

from __future__ import annotations

import base64
import json

import pytest

from core.errors import ValidationError
from core.history import SYSTEM_STREAM
from core.services import Services
from core.services.settings import MAX_LOGO_BYTES
from tests.checks import refused, stream_events

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def logo(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@pytest.mark.parametrize(
    ("values", "words"),
    [
        ({"favourite_colour": "blue"}, ["favourite_colour", "is not a setting"]),
        ({"default_currency": "EURO"}, ["default currency"]),
        ({"paper": "A5"}, ["paper", "choose A4 or Letter"]),
        ({"logo_png_base64": "not base64 at all!"}, ["logo", "could not be read"]),
        ({"logo_png_base64": logo(b"GIF89a" + bytes(64))}, ["logo", "must be a PNG image"]),
        (
            {"logo_png_base64": logo(PNG_MAGIC + bytes(MAX_LOGO_BYTES))},
            ["logo", "larger than 2 MB"],
        ),
        ({"name": "Studio\x00Nord"}, ["name"]),
        ({"signatory_name": "x" * 10_000}, ["signatory name"]),
    ],
    ids=["unknown", "currency", "paper", "not-base64", "not-png", "too-large", "nul", "long"],
)
def test_a_bad_value_is_refused_naming_its_field_and_nothing_is_stored(
    services: Services, values: dict[str, str], words: list[str]
) -> None:
    before = services.settings.get()
    refused(services.db, ValidationError, lambda: services.settings.update(**values), *words)
    assert services.settings.get() == before


def test_one_bad_value_refuses_the_whole_change(services: Services) -> None:
    refused(
        services.db,
        ValidationError,
        lambda: services.settings.update(name="Studio Nord", paper="A3"),
        "paper",
    )
    assert services.settings.get()["name"] == ""


def test_a_change_is_stored_cleaned_and_written_to_the_history_once(services: Services) -> None:
    png = logo(PNG_MAGIC + b"rest of the image")
    changes = services.settings.update(
        name="  Studio Nord ",
        address="12 rue des Arts\n75011 Paris",
        default_currency="usd",
        paper="Letter",
        logo_png_base64=png,
    )
    assert changes.settings
    stored = services.settings.get()
    assert stored["name"] == "Studio Nord"
    assert stored["address"] == "12 rue des Arts\n75011 Paris"
    assert stored["default_currency"] == "USD"
    assert stored["paper"] == "Letter"
    assert stored["logo_png_base64"] == png
    events = [e for e in stream_events(services.db, SYSTEM_STREAM) if e.entity == "settings"]
    assert [e.action for e in events] == ["edited"]
    assert json.loads(events[0].after)["paper"] == "Letter"
    assert json.loads(events[0].before)["paper"] == "A4"


def test_saving_the_same_values_again_changes_nothing_and_records_nothing(
    services: Services,
) -> None:
    services.settings.update(name="Studio Nord", paper="Letter")
    before = stream_events(services.db, SYSTEM_STREAM)
    changes = services.settings.update(name="Studio Nord", paper="Letter")
    assert not changes.settings
    assert len(stream_events(services.db, SYSTEM_STREAM)) == len(before)


def test_an_empty_logo_removes_the_logo(services: Services) -> None:
    services.settings.update(logo_png_base64=logo(PNG_MAGIC + b"image"))
    services.settings.update(logo_png_base64="")
    assert services.settings.get()["logo_png_base64"] == ""
