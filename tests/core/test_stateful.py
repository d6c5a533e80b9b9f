"""The services driven at random against a small in-memory model of the rules.

After every step: the database matches the model (statuses, states, positions, counts), a
refused action raised the expected DomainError and changed nothing, a successful one wrote
history, every chain verifies and every baseline fingerprint is the one taken at activation.
Each example runs on a fresh database (a temporary SQLite file, or a fresh PostgreSQL schema
when SCOPEKEEPER_TEST_PG_URL is set)."""

from __future__ import annotations

import json
import os
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy import create_engine, select, text

from core.canonical import fingerprint
from core.db import Database, open_database
from core.errors import (
    DomainError,
    NotFoundError,
    ScopeLockedError,
    TransitionError,
    ValidationError,
)
from core.models import Baseline, Engagement, Idea, Milestone
from core.services import ContactInput, CriterionInput, Services, SignatureInput, VerdictInput
from tests.checks import all_streams_verify, event_count, refused
from tests.factories import criteria_ids

PG_URL = os.environ.get("SCOPEKEEPER_TEST_PG_URL")
DAY = date(2026, 3, 2)
DONE = {"accepted", "signed_off", "invoiced", "paid"}
# What each workflow action needs, and where it leads (the spec's table, written out).
MOVES: dict[str, tuple[set[str], str]] = {
    "start": ({"planned"}, "in_progress"),
    "submit": ({"in_progress", "changes_requested"}, "submitted"),
    "review_met": ({"submitted"}, "accepted"),
    "review_not_met": ({"submitted"}, "changes_requested"),
    "invoice": ({"signed_off"}, "invoiced"),
    "pay": ({"invoiced"}, "paid"),
}


@dataclass
class Eng:
    code: str
    status: str = "draft"
    milestones: list[str] = field(default_factory=list)
    fingerprint: str | None = None
    parent: str | None = None


@dataclass
class Ms:
    engagement: str
    state: str = "planned"
    complete: bool = False
    has_signoff: bool = False
    standard: bool = False  # holds exactly the values complete_milestone writes


class ScopekeeperMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self._cleanup: list[Callable[[], None]] = []
        self.db = self._fresh_database()
        self.s = Services(self.db, "machine")
        client = self.s.clients.create(
            name="ACME SA", contacts=[ContactInput("Marie", "CMO", "m@acme.example", True)]
        ).created
        assert client is not None
        self.client_id = client
        self.engagements: dict[str, Eng] = {}
        self.milestones: dict[str, Ms] = {}
        self.ideas: dict[str, tuple[str, str]] = {}  # id -> (engagement, state)
        self.counter = 0

    def _fresh_database(self) -> Database:
        if PG_URL:
            schema = f"h_{uuid.uuid4().hex[:12]}"
            admin = create_engine(PG_URL)
            with admin.begin() as conn:
                conn.execute(text(f'CREATE SCHEMA "{schema}"'))

            def drop() -> None:
                with admin.begin() as conn:
                    conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
                admin.dispose()

            self._cleanup.append(drop)
            sep = "&" if "?" in PG_URL else "?"
            db = open_database(f"{PG_URL}{sep}options=-csearch_path%3D{schema}")
        else:
            folder = tempfile.TemporaryDirectory()
            self._cleanup.append(folder.cleanup)
            db = open_database(str(Path(folder.name) / "machine.sqlite3"))
        self._cleanup.append(db.close)
        return db

    def teardown(self) -> None:
        for step in reversed(self._cleanup):
            step()

    # --- helpers ---------------------------------------------------------------------

    def _do(
        self,
        action: Callable[[], object],
        error: type[DomainError] | None,
        *,
        changes: bool = True,
    ) -> bool:
        """Run an action the model expects to succeed (error None) or to be refused.

        An accepted action that changes nothing (``changes`` False) must write no event."""
        if error is not None:
            refused(self.db, error, action)
            return False
        before = event_count(self.db)
        action()
        if changes:
            assert event_count(self.db) > before, "a change left no history event"
        else:
            assert event_count(self.db) == before, "an edit that changed nothing wrote history"
        return True

    def _next_code(self) -> str:
        self.counter += 1
        return f"E-{self.counter:03d}"

    def _scope_error(self, eng: Eng) -> type[DomainError] | None:
        return None if eng.status == "draft" else ScopeLockedError

    # --- engagements -----------------------------------------------------------------

    @precondition(lambda self: len(self.engagements) < 5)
    @rule()
    def create_engagement(self) -> None:
        code = self._next_code()
        created = self.s.engagements.create(
            code=code,
            title=f"Engagement {code}",
            client_id=self.client_id,
            currency="EUR",
            start_date=date(2026, 1, 1),
            target_end_date=date(2026, 12, 31),
        ).created
        assert created is not None
        self.engagements[created] = Eng(code)

    @precondition(lambda self: self.engagements)
    @rule(data=st.data(), complete=st.booleans(), position=st.none() | st.integers(0, 6))
    def add_milestone(self, data: st.DataObject, complete: bool, position: int | None) -> None:
        eid = data.draw(st.sampled_from(list(self.engagements)))
        eng = self.engagements[eid]
        extra: dict[str, object] = {}
        if complete:
            extra = {
                "amount_minor": 150_000,
                "due": date(2026, 6, 1),
                "criteria": [CriterionInput("Works"), CriterionInput("Documented")],
            }
        result: dict[str, str | None] = {}

        def act() -> None:
            result["id"] = self.s.roadmap.add_milestone(
                eid, title="Step", position=position, **extra
            ).created

        if self._do(act, self._scope_error(eng)):
            mid = result["id"]
            assert mid is not None
            index = len(eng.milestones) if position is None else position - 1
            eng.milestones.insert(max(0, min(index, len(eng.milestones))), mid)
            self.milestones[mid] = Ms(eid, complete=complete)

    @precondition(lambda self: self.milestones)
    @rule(data=st.data())
    def complete_milestone(self, data: st.DataObject) -> None:
        mid = data.draw(st.sampled_from(list(self.milestones)))
        eng = self.engagements[self.milestones[mid].engagement]
        action = lambda: self.s.roadmap.update_milestone(  # noqa: E731
            mid,
            amount_minor=99_000,
            due=date(2026, 7, 1),
            criteria=[CriterionInput("Accepted by the client")],
        )
        ms = self.milestones[mid]
        if self._do(action, self._scope_error(eng), changes=not ms.standard):
            ms.complete = ms.standard = True

    @precondition(lambda self: self.milestones)
    @rule(data=st.data())
    def remove_milestone(self, data: st.DataObject) -> None:
        mid = data.draw(st.sampled_from(list(self.milestones)))
        ms = self.milestones[mid]
        eng = self.engagements[ms.engagement]
        if self._do(lambda: self.s.roadmap.remove_milestone(mid), self._scope_error(eng)):
            eng.milestones.remove(mid)
            del self.milestones[mid]

    @precondition(lambda self: self.milestones)
    @rule(data=st.data(), position=st.integers(0, 6))
    def move_milestone(self, data: st.DataObject, position: int) -> None:
        mid = data.draw(st.sampled_from(list(self.milestones)))
        eng = self.engagements[self.milestones[mid].engagement]
        error = self._scope_error(eng)
        if error is None and not 1 <= position <= len(eng.milestones):
            error = ValidationError
        before = event_count(self.db)
        if error is not None:
            refused(self.db, error, lambda: self.s.roadmap.move_milestone(mid, position))
            return
        self.s.roadmap.move_milestone(mid, position)
        if eng.milestones.index(mid) == position - 1:
            assert event_count(self.db) == before  # a move to the same place is no change
            return
        assert event_count(self.db) > before
        eng.milestones.remove(mid)
        eng.milestones.insert(position - 1, mid)

    @precondition(lambda self: self.engagements)
    @rule(data=st.data())
    def activate(self, data: st.DataObject) -> None:
        eid = data.draw(st.sampled_from(list(self.engagements)))
        eng = self.engagements[eid]
        ready = (
            eng.status == "draft"
            and bool(eng.milestones)
            and all(self.milestones[m].complete for m in eng.milestones)
        )
        if self._do(lambda: self.s.engagements.activate(eid), None if ready else ValidationError):
            eng.status = "active"
            with self.db.reading() as session:
                eng.fingerprint = session.scalars(
                    select(Baseline.fingerprint).where(Baseline.engagement_id == eid)
                ).one()

    @precondition(lambda self: self.engagements)
    @rule(data=st.data())
    def cancel(self, data: st.DataObject) -> None:
        eid = data.draw(st.sampled_from(list(self.engagements)))
        eng = self.engagements[eid]
        ok = eng.status in ("draft", "active")
        if self._do(
            lambda: self.s.engagements.cancel(eid, "stop"), None if ok else ValidationError
        ):
            eng.status = "cancelled"

    @precondition(lambda self: self.engagements)
    @rule(data=st.data())
    def close(self, data: st.DataObject) -> None:
        eid = data.draw(st.sampled_from(list(self.engagements)))
        eng = self.engagements[eid]
        ok = eng.status == "active" and all(
            self.milestones[m].state in DONE for m in eng.milestones
        )
        if self._do(lambda: self.s.engagements.close(eid), None if ok else ValidationError):
            eng.status = "completed"

    # --- the milestone workflow ------------------------------------------------------

    @precondition(lambda self: self.milestones)
    @rule(data=st.data(), move=st.sampled_from(sorted(MOVES)))
    def workflow(self, data: st.DataObject, move: str) -> None:
        mid = data.draw(st.sampled_from(list(self.milestones)))
        ms = self.milestones[mid]
        eng = self.engagements[ms.engagement]
        sources, target = MOVES[move]
        error: type[DomainError] | None = None
        if eng.status != "active":
            error = ValidationError
        elif ms.state not in sources:
            error = TransitionError

        def act() -> None:
            w = self.s.workflow
            if move == "start":
                w.start(mid)
            elif move == "submit":
                w.submit(mid, DAY)
            elif move == "invoice":
                w.mark_invoiced(mid, DAY)
            elif move == "pay":
                w.mark_paid(mid, DAY)
            else:
                value = "met" if move == "review_met" else "not_met"
                ids = criteria_ids(self.s, mid)
                verdicts = [VerdictInput(c, value if i == 0 else "met") for i, c in enumerate(ids)]
                w.record_review(mid, held_on=DAY, reviewer_id=None, verdicts=verdicts)

        if self._do(act, error):
            ms.state = target
            ms.has_signoff = ms.has_signoff or target == "accepted"
            if all(self.milestones[m].state == "paid" for m in eng.milestones):
                eng.status = "completed"

    @precondition(lambda self: self.milestones)
    @rule(data=st.data())
    def sign(self, data: st.DataObject) -> None:
        mid = data.draw(st.sampled_from(list(self.milestones)))
        ms = self.milestones[mid]
        eng = self.engagements[ms.engagement]
        position = eng.milestones.index(mid) + 1
        if not ms.has_signoff:
            refused(
                self.db, NotFoundError, lambda: self.s.signoffs.for_milestone(eng.code, position)
            )
            return
        record = self.s.signoffs.for_milestone(eng.code, position)
        signature = SignatureInput("scan", "Marie", DAY, b"%PDF scan", True, "matched by id")
        error = None if ms.state == "accepted" else TransitionError
        if self._do(lambda: self.s.signoffs.record_signature(record.id, signature), error):
            ms.state = "signed_off"

    # --- ideas -----------------------------------------------------------------------

    @precondition(lambda self: self.engagements and len(self.ideas) < 12)
    @rule(data=st.data())
    def capture(self, data: st.DataObject) -> None:
        eid = data.draw(st.sampled_from(list(self.engagements)))
        error = ValidationError if self.engagements[eid].status == "cancelled" else None
        result: dict[str, str | None] = {}

        def act() -> None:
            result["id"] = self.s.ideas.capture(
                eid, description="A new idea", raised_by="Marie", raised_on=DAY
            ).created

        if self._do(act, error):
            iid = result["id"]
            assert iid is not None
            self.ideas[iid] = (eid, "captured")

    @precondition(lambda self: self.ideas)
    @rule(data=st.data(), how=st.sampled_from(["parked", "declined"]))
    def settle(self, data: st.DataObject, how: str) -> None:
        iid = data.draw(st.sampled_from(list(self.ideas)))
        eid, state = self.ideas[iid]
        error = None if state == "captured" else TransitionError
        if how == "parked":
            action: Callable[[], object] = lambda: self.s.ideas.park(iid, "later")  # noqa: E731
        else:
            action = lambda: self.s.ideas.decline(iid, "no")  # noqa: E731
        if self._do(action, error):
            self.ideas[iid] = (eid, how)

    @precondition(lambda self: self.ideas and len(self.engagements) < 7)
    @rule(data=st.data())
    def divert(self, data: st.DataObject) -> None:
        first = data.draw(st.sampled_from(list(self.ideas)))
        parent = self.ideas[first][0]
        same = [i for i, (e, _) in self.ideas.items() if e == parent]
        chosen = data.draw(st.lists(st.sampled_from(same), min_size=1, max_size=3, unique=True))
        ok = all(self.ideas[i][1] == "captured" for i in chosen)
        code = self._next_code()
        result: dict[str, str | None] = {}

        def act() -> None:
            result["id"] = self.s.ideas.divert(chosen, code=code).created

        if not self._do(act, None if ok else TransitionError):
            return
        spin = result["id"]
        assert spin is not None
        with self.db.reading() as session:
            ids = session.scalars(
                select(Milestone.id)
                .where(Milestone.engagement_id == spin)
                .order_by(Milestone.position)
            ).all()
        assert len(ids) == len(chosen)
        self.engagements[spin] = Eng(code, milestones=list(ids), parent=parent)
        for mid in ids:
            self.milestones[mid] = Ms(spin)
        for iid in chosen:
            self.ideas[iid] = (parent, "diverted")

    # --- invariants ------------------------------------------------------------------

    @invariant()
    def database_matches_the_model(self) -> None:
        with self.db.reading() as session:
            engagements = {
                e.id: (
                    e.code,
                    e.status,
                    e.parent_id,
                    [(m.position, m.id, m.state) for m in e.milestones],
                )
                for e in session.scalars(select(Engagement))
            }
            ideas = {i.id: (i.engagement_id, i.state) for i in session.scalars(select(Idea))}
            milestone_count = len(session.scalars(select(Milestone.id)).all())
        expected = {
            eid: (
                eng.code,
                eng.status,
                eng.parent,
                [(n, m, self.milestones[m].state) for n, m in enumerate(eng.milestones, start=1)],
            )
            for eid, eng in self.engagements.items()
        }
        assert engagements == expected
        assert ideas == self.ideas
        assert milestone_count == len(self.milestones)

    @invariant()
    def every_chain_verifies(self) -> None:
        problems = all_streams_verify(self.db)
        assert all(p == [] for p in problems.values()), problems

    @invariant()
    def baselines_keep_their_fingerprint(self) -> None:
        with self.db.reading() as session:
            stored = {
                b.engagement_id: (b.version, b.fingerprint, fingerprint(json.loads(b.snapshot)))
                for b in session.scalars(select(Baseline))
            }
        expected = {eid: e.fingerprint for eid, e in self.engagements.items() if e.fingerprint}
        assert {eid: fp for eid, (_, fp, _) in stored.items()} == expected
        assert all(version == 1 and fp == again for version, fp, again in stored.values())


ScopekeeperMachine.TestCase.settings = settings(
    max_examples=30,
    stateful_step_count=30,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestScopekeeper = ScopekeeperMachine.TestCase
