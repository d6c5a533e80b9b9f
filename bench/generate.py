"""Generate a large agency database for the benchmarks.

Defaults: 1,000 engagements, 20,000 milestones (BIG-2026-0001 has 500 of them), 100,000
criteria and 200,000 history events, 180,000 of them in one long-running engagement
(HIST-2026-0001, which the history view benchmark opens). Rows are bulk-inserted, but every record is consistent with the rules
(baselines match the roadmap, hash chains verify, signed-off milestones carry signatures), so
`scopekeeper check` passes on the result.

    .venv/bin/python bench/generate.py bench/out/large.sqlite3
    .venv/bin/python bench/generate.py --scale 10 /work/bench-data/x10.sqlite3

``--scale N`` multiplies every count (engagements, milestones, criteria, events, heavy
events) by N; the 500-milestone engagement stays at 500, so the engagement the desktop
benchmark opens is the same at every size. The file is written under a temporary name
beside the target and renamed into place when complete, so a reader never sees half of it.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from core.canonical import canonical_json, fingerprint, sha256_text
from core.db import open_database
from core.history import GENESIS, engagement_stream, event_hash
from core.models import (
    Baseline,
    Client,
    Contact,
    Criterion,
    Engagement,
    HistoryEvent,
    HistoryStream,
    Milestone,
    Objective,
    ReviewRound,
    SignOff,
)
from core.models.base import timestamp_text
from core.services.engagements import baseline_snapshot

STATES = ["planned", "in_progress", "submitted", "accepted", "signed_off", "invoiced", "paid"]
ANCHOR = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def uid(kind: str, n: int, m: int = 0) -> str:
    """Deterministic UUID-shaped ids keep repeated runs identical."""
    return f"{kind:0>8}-{n:04x}-4{m:03x}-8000-{n * 7919 + m:012x}"[:36]


class Generator:
    def __init__(
        self, engagements: int, milestones: int, criteria: int, events: int, heavy: int
    ) -> None:
        self.rng = random.Random(20261122)
        self.n_eng = engagements
        self.milestones_total = milestones
        self.per_ms = criteria // milestones
        self.events_total = events
        self.heavy_events = heavy
        self.rows: dict[type, list[dict[str, Any]]] = {}

    def add(self, model: type, **row: Any) -> None:
        self.rows.setdefault(model, []).append(row)

    def build(self) -> None:
        clients = max(1, self.n_eng // 10)
        for c in range(clients):
            cid = uid("c1", c)
            self.add(
                Client, id=cid, name=f"Client {c:04d} Ltd", address=f"{c} Market Street", version=1
            )
            self.add(
                Contact,
                id=uid("c2", c),
                client_id=cid,
                position=1,
                name=f"Reviewer {c}",
                role="Sponsor",
                email=f"r{c}@client{c}.example",
                signatory=True,
            )
        # The totals are exact: what is left after the two special engagements is spread
        # evenly, the first few taking one more than the rest.
        big = min(500, self.milestones_total)
        others = max(1, self.n_eng - 1)
        per_eng, extra_ms = divmod(self.milestones_total - big, others)
        light, extra_ev = divmod(self.events_total - self.heavy_events, others)
        for e in range(self.n_eng):
            count = big if e == 0 else per_eng + (1 if e - 1 < extra_ms else 0)
            rank = e if e == 0 else e - 1  # among the engagements other than the heavy one
            events = self.heavy_events if e == 1 else light + (1 if rank < extra_ev else 0)
            self.engagement(e, uid("c1", e % clients), count, events)

    def engagement(self, e: int, client_id: str, count: int, events: int) -> None:
        eid = uid("e1", e)
        code = {0: "BIG-2026-0001", 1: "HIST-2026-0001"}.get(e, f"ENG-2026-{e:04d}")
        start = date(2026, 1, 5) + timedelta(days=e % 90)
        status = "active" if e % 10 or e == 0 else "draft"
        eng = Engagement(
            id=eid,
            code=code,
            title=f"Engagement {e}",
            client_id=client_id,
            currency="EUR",
            start_date=start,
            target_end_date=start + timedelta(days=365),
            language="en",
            deemed_acceptance_days=14,
            parent_id=None,
            status=status,
            created_at=ANCHOR,
            version=1,
        )
        eng.objectives = [
            Objective(
                id=uid("o1", e), engagement_id=eid, position=1, text="Launch on time", measure=""
            )
        ]
        milestones = []
        for p in range(1, count + 1):
            state = "planned" if status == "draft" else self.rng.choice(STATES)
            mid = uid("m1", e, p)
            m = Milestone(
                id=mid,
                engagement_id=eid,
                position=p,
                title=f"Milestone {p}",
                deliverables=f"Deliverables for milestone {p}",
                amount_minor=100_000 + p * 1000,
                baseline_due=start + timedelta(days=7 * p),
                template_name="",
                state=state,
                version=1,
            )
            m.forecast_due = m.baseline_due if status == "active" else None
            m.submitted_at = m.baseline_due if state not in ("planned", "in_progress") else None
            m.criteria = [
                Criterion(
                    id=uid("k1", e * 1000 + p, k),
                    milestone_id=mid,
                    position=k,
                    text=f"Criterion {k} of milestone {p}",
                    target="",
                )
                for k in range(1, self.per_ms + 1)
            ]
            m.checklist = []
            milestones.append(m)
        eng.milestones = milestones
        for m in milestones:
            self.add(
                Milestone,
                **{
                    c: getattr(m, c)
                    for c in (
                        "id",
                        "engagement_id",
                        "position",
                        "title",
                        "deliverables",
                        "amount_minor",
                        "baseline_due",
                        "forecast_due",
                        "template_name",
                        "state",
                        "submitted_at",
                        "version",
                    )
                },
            )
            for k in m.criteria:
                self.add(
                    Criterion,
                    id=k.id,
                    milestone_id=k.milestone_id,
                    position=k.position,
                    text=k.text,
                    target="",
                )
            if m.state in ("accepted", "signed_off", "invoiced", "paid"):
                round_id = uid("r1", e, m.position)
                self.add(
                    ReviewRound,
                    id=round_id,
                    milestone_id=m.id,
                    number=1,
                    submitted_on=m.submitted_at,
                    held_on=m.submitted_at,
                    reviewer_id=None,
                    outcome="accepted",
                    deemed=False,
                    created_at=ANCHOR,
                )
                signed = m.state != "accepted"
                snap = {
                    "schema": "scopekeeper.signoff/1",
                    "document_id": f"{code}-M{m.position:02d}-R1",
                }
                self.add(
                    SignOff,
                    id=uid("s1", e, m.position),
                    milestone_id=m.id,
                    round_id=round_id,
                    document_id=snap["document_id"],
                    snapshot=canonical_json(snap),
                    fingerprint=fingerprint(snap),
                    created_at=ANCHOR,
                    issued_pdf=None,
                    issued_sha256="",
                    signature_method="typed" if signed else "",
                    signer="Reviewer" if signed else "",
                    signed_on=m.baseline_due if signed else None,
                    returned_file=b"ack" if signed else None,
                    returned_sha256=sha256_text("ack") if signed else "",
                    signer_cert_sha256="",
                    confirmed_by="bench" if signed else "",
                    verification="typed acknowledgement" if signed else "",
                )
        self.add(
            Engagement,
            **{
                c: getattr(eng, c)
                for c in (
                    "id",
                    "code",
                    "title",
                    "client_id",
                    "currency",
                    "start_date",
                    "target_end_date",
                    "language",
                    "deemed_acceptance_days",
                    "parent_id",
                    "status",
                    "created_at",
                    "version",
                )
            },
        )
        self.add(
            Objective,
            id=uid("o1", e),
            engagement_id=eid,
            position=1,
            text="Launch on time",
            measure="",
        )
        if status == "active":
            snap = baseline_snapshot(eng)
            self.add(
                Baseline,
                id=uid("b1", e),
                engagement_id=eid,
                version=1,
                created_at=ANCHOR,
                snapshot=canonical_json(snap),
                fingerprint=fingerprint(snap),
            )
        self.history(eid, events, count)

    def history(self, eid: str, events: int, count: int) -> None:
        stream = engagement_stream(eid)
        prev = GENESIS
        for seq in range(1, events + 1):
            at = ANCHOR + timedelta(minutes=seq)
            position = (seq % count) + 1
            action = "edited" if seq % 3 else "forecast_moved"
            before = canonical_json({"position": position, "note": f"before {seq}"})
            after = canonical_json({"position": position, "note": f"after {seq}"})
            entity_id = uid("m1", 0, position)
            digest = event_hash(
                stream=stream,
                seq=seq,
                at=timestamp_text(at),
                actor="bench",
                entity="milestone",
                entity_id=entity_id,
                action=action,
                before=before,
                after=after,
                prev_hash=prev,
            )
            self.add(
                HistoryEvent,
                stream=stream,
                seq=seq,
                at=at,
                actor="bench",
                entity="milestone",
                entity_id=entity_id,
                action=action,
                before=before,
                after=after,
                prev_hash=prev,
                hash=digest,
            )
            prev = digest
        if events:
            self.add(HistoryStream, key=stream, engagement_id=eid, last_seq=events, last_hash=prev)


ORDER = [
    Client,
    Contact,
    Engagement,
    Objective,
    Baseline,
    Milestone,
    Criterion,
    ReviewRound,
    SignOff,
    HistoryStream,
    HistoryEvent,
]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("path", type=Path)
    parser.add_argument("--engagements", type=int, default=1000)
    parser.add_argument("--milestones", type=int, default=20000)
    parser.add_argument("--criteria", type=int, default=100000)
    parser.add_argument("--events", type=int, default=200000)
    parser.add_argument("--heavy-events", type=int, default=180000)
    parser.add_argument("--scale", type=int, default=1, help="multiply every count by N")
    args = parser.parse_args()
    if args.scale < 1:
        parser.error("--scale must be 1 or more")
    if args.path.exists():
        print(f"{args.path} exists; delete it first", file=sys.stderr)
        return 2
    started = time.perf_counter()
    n = args.scale
    gen = Generator(
        args.engagements * n,
        args.milestones * n,
        args.criteria * n,
        args.events * n,
        args.heavy_events * n,
    )
    gen.build()
    partial = args.path.with_name(args.path.name + ".part")
    for leftover in (partial, *(partial.with_name(partial.name + s) for s in ("-wal", "-shm"))):
        leftover.unlink(missing_ok=True)
    db = open_database(str(partial))
    with db.engine.begin() as conn:
        for model in ORDER:
            rows = gen.rows.get(model, [])
            for i in range(0, len(rows), 5000):
                conn.execute(insert(model), rows[i : i + 5000])
    counts = {m.__tablename__: len(gen.rows.get(m, [])) for m in ORDER}
    db.close()  # the last connection checkpoints the WAL into the file and removes it
    os.replace(partial, args.path)
    print(f"generated {args.path} in {time.perf_counter() - started:.1f} s: {counts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
