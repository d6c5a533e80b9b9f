"""Search everything (core.queries.search): engagements, milestones, contacts and ideas by
their words, in any case and script, each naming where it opens; the same on PostgreSQL."""

from __future__ import annotations

from datetime import date

from core.queries.search import PER_KIND, search
from core.services import Services
from tests.factories import make_active, make_client


def _titles(services: Services, text: str) -> list[tuple[str, str]]:
    with services.db.reading() as session:
        return [(h.kind, h.title) for h in search(session, text).hits]


def test_each_kind_is_found_by_its_words_and_opens_in_its_engagement(services: Services) -> None:
    built = make_active(services, milestones=3)
    services.ideas.capture(
        built.engagement_id,
        raised_on=date(2026, 2, 1),
        raised_by="Élodie Martin",
        description="A loyalty kiosk in the Lyon shop",
    )
    with services.db.reading() as session:
        hits = search(session, "KIOSK").hits
        [idea] = hits
        assert (idea.kind, idea.engagement_id) == ("idea", built.engagement_id)
        [milestone] = search(session, "milestone 2").hits
        assert milestone.kind == "milestone" and milestone.title == "2. Milestone 2"
        assert milestone.engagement_id == built.engagement_id
        assert milestone.context.startswith("ACME-2026-01")
        [engagement] = [h for h in search(session, "acme-2026").hits if h.kind == "engagement"]
        assert engagement.id == engagement.engagement_id == built.engagement_id
        [contact] = search(session, "marie dup").hits
        assert (contact.kind, contact.title) == ("contact", "Marie Dupont")
        assert contact.engagement_id == built.engagement_id and "ACME SA" in contact.context
        assert [h.kind for h in search(session, "élodie").hits] == ["idea"]  # who raised it
        assert search(session, "x").hits == []  # one letter finds nothing


def test_a_common_word_lists_a_few_of_each_kind_and_says_there_are_more(
    services: Services,
) -> None:
    for n in range(3):  # 30 milestones
        client = make_client(services, f"Client {n} SA")
        make_active(services, code=f"BULK-2026-0{n}", milestones=10, client=client)
    make_client(services, "Lonely Client SA")
    with services.db.reading() as session:
        found = search(session, "milestone")
    kinds = [h.kind for h in found.hits]
    assert kinds.count("milestone") == PER_KIND
    assert found.more == frozenset({"milestone"})
    with services.db.reading() as session:  # a contact whose client has no engagement yet
        lonely = [h for h in search(session, "marie").hits if "Lonely" in h.context]
    assert lonely and lonely[0].engagement_id == ""
