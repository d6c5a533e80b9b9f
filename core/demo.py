"""Sample data: a small agency's portfolio, built through the services so its history is real.

Every date is relative to an anchor day (``today``), so the dashboard always has something
due, overdue or waiting for a decision. The texts are in the four document languages."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from core.changes import Changes
from core.errors import DomainError
from core.messages import listing, msg
from core.models import (
    Client,
    Engagement,
    Milestone,
    MilestoneState,
    ReviewRound,
    ReviewTemplate,
)
from core.services import (
    ContactInput,
    CriterionInput,
    ObjectiveInput,
    Services,
    SignatureInput,
    VerdictInput,
)

S = MilestoneState
CODES = (
    "LUMI-2026-01",
    "LUMI-2026-02",
    "SENAL-2026-01",
    "TPE-2026-01",
    "HARB-2025-04",
    "HARB-2026-01",
)
CLIENTS = (
    "Maison Lumière SARL",
    "Cervecería La Señal S.L.",
    "臺北數位設計有限公司",
    "Harbour & Pine Ltd",
)
TEMPLATE = "Revue de contenu bilingue"  # the agency writes its own templates in French
# How far along the state machine each target is; "changes_requested" is reached by failing.
_ORDER = (S.PLANNED, S.IN_PROGRESS, S.SUBMITTED, S.ACCEPTED, S.SIGNED_OFF, S.INVOICED, S.PAID)
_MET_NOTE = {
    "fr": "Conforme, validé en revue",
    "es": "Conforme, validado en la revisión",
    "zh-TW": "符合要求，審查通過",
    "en": "Approved in the review",
}


@dataclass(frozen=True)
class Plan:
    """One billing point and how far the demo walks it."""

    title: str
    deliverables: str
    amount_minor: int
    due: int  # days from the anchor
    state: S
    criteria: Sequence[tuple[str, str]] = ()
    template: str | None = None
    failed_rounds: int = 0
    fail_note: str = ""
    waiver: str = ""  # reason to waive the last criterion in the accepting round


@dataclass
class _Engagement:
    code: str
    id: str
    language: str
    reviewer: str
    reviewer_name: str
    signatory: str
    milestones: list[str] = field(default_factory=list)


class _Builder:
    def __init__(self, services: Services, today: date) -> None:
        self.s = services
        self.today = today

    def day(self, offset: int) -> date:
        return self.today + timedelta(days=offset)

    def client(self, name: str, address: str, contacts: Sequence[ContactInput]) -> dict[str, str]:
        """Create a client; return its contact ids by name."""
        client_id = self.s.clients.create(name=name, address=address, contacts=contacts).created
        assert client_id is not None
        with self.s.db.reading() as session:
            client = session.get(Client, client_id)
            assert client is not None
            return {"": client.id} | {c.name: c.id for c in client.contacts}

    def engagement(
        self,
        contacts: dict[str, str],
        reviewer: str,
        signatory: str,
        plans: Sequence[Plan],
        *,
        code: str,
        title: str,
        currency: str,
        language: str,
        start: int,
        end: int,
        objectives: Sequence[ObjectiveInput] = (),
        deemed: int | None = None,
        activate: bool = True,
    ) -> _Engagement:
        engagement_id = self.s.engagements.create(
            code=code,
            title=title,
            client_id=contacts[""],
            currency=currency,
            start_date=self.day(start),
            target_end_date=self.day(end),
            language=language,
            objectives=objectives,
            deemed_acceptance_days=deemed,
        ).created
        assert engagement_id is not None
        e = _Engagement(code, engagement_id, language, contacts[reviewer], reviewer, signatory)
        for plan in plans:
            mid = self.s.roadmap.add_milestone(
                engagement_id,
                title=plan.title,
                deliverables=plan.deliverables,
                amount_minor=plan.amount_minor,
                due=self.day(plan.due),
                criteria=[CriterionInput(text, target) for text, target in plan.criteria],
            ).created
            assert mid is not None
            if plan.template:
                self.s.roadmap.apply_template(mid, plan.template)
            e.milestones.append(mid)
        if activate:
            self.s.engagements.activate(engagement_id)
            for position, plan in enumerate(plans, start=1):
                self.walk(e, position, plan)
        return e

    def _criteria(self, milestone_id: str) -> list[str]:
        with self.s.db.reading() as session:
            milestone = session.get(Milestone, milestone_id)
            assert milestone is not None
            return [c.id for c in milestone.criteria]

    def _review(self, e: _Engagement, mid: str, on: date, plan: Plan, *, failing: bool) -> None:
        ids = self._criteria(mid)
        verdicts = [VerdictInput(c, "met", _MET_NOTE[e.language]) for c in ids]
        if failing:
            verdicts[-1] = VerdictInput(ids[-1], "not_met", plan.fail_note)
        elif plan.waiver:
            verdicts[-1] = VerdictInput(ids[-1], "waived", "", plan.waiver)
        self.s.workflow.record_review(mid, held_on=on, reviewer_id=e.reviewer, verdicts=verdicts)

    def walk(self, e: _Engagement, position: int, plan: Plan) -> None:
        """Drive milestone ``position`` to ``plan.state`` along a plausible calendar."""
        mid = e.milestones[position - 1]
        rank = 3 if plan.state == S.CHANGES_REQUESTED else _ORDER.index(plan.state)
        t = self.day(plan.due - 21 - 8 * plan.failed_rounds)
        if rank < 1:
            return
        self.s.workflow.start(mid)
        if rank < 2:
            return
        t += timedelta(days=14)
        self.s.workflow.submit(mid, t)
        for n in range(plan.failed_rounds):
            t += timedelta(days=3)
            self._review(e, mid, t, plan, failing=True)
            if plan.state == S.CHANGES_REQUESTED and n == plan.failed_rounds - 1:
                return
            t += timedelta(days=5)
            self.s.workflow.submit(mid, t)
        if rank < 3:
            return
        t += timedelta(days=3)
        self._review(e, mid, t, plan, failing=False)
        if rank < 4:
            return
        t += timedelta(days=4)
        self.sign(e, position, t)
        if rank < 5:
            return
        t += timedelta(days=1)
        self.s.workflow.mark_invoiced(mid, t)
        if rank < 6:
            return
        self.s.workflow.mark_paid(mid, t + timedelta(days=30))

    def sign(self, e: _Engagement, position: int, on: date) -> None:
        """Record a typed acknowledgement that names the document id and fingerprint."""
        record = self.s.signoffs.for_milestone(e.code, position)
        text = (
            "Acknowledgement of acceptance\n"
            f"Document: {record.document_id}\n"
            f"Fingerprint: {record.fingerprint}\n"
            f"Signed by: {e.signatory}\n"
            f"Date: {on.isoformat()}\n"
            f"« {e.signatory} » — bon pour accord / approved / conforme / 同意\n"
        )
        self.s.signoffs.record_signature(
            record.id,
            SignatureInput(
                method="typed",
                signer=e.signatory,
                signed_on=on,
                returned_file=text.encode("utf-8"),
                verified=True,
                # the sentence reports.verdicts writes for this case, so documents word it in
                # their language like any recorded verdict
                reason=(
                    f"typed acknowledgement matched to sign-off {record.document_id} "
                    "by the id typed in; it cannot be verified cryptographically; "
                    "recorded with its hash"
                ),
            ),
        )

    def idea(
        self,
        e: _Engagement,
        description: str,
        priority: str,
        source: str,
        when: int,
        by: str = "",
        **extra: Any,
    ) -> str:
        created = self.s.ideas.capture(
            e.id,
            description=description,
            priority=priority,
            source=source,
            raised_on=self.day(when),
            raised_by=by or e.reviewer_name,
            **extra,
        ).created
        assert created is not None
        return created

    def last_round(self, milestone_id: str) -> str:
        with self.s.db.reading() as session:
            round_id = session.scalar(
                select(ReviewRound.id)
                .where(ReviewRound.milestone_id == milestone_id)
                .order_by(ReviewRound.number.desc())
            )
            assert round_id is not None
            return round_id


@dataclass(frozen=True)
class DemoResult:
    codes: list[str]
    """The engagement codes created, first the one to show."""
    changes: Changes
    """Every engagement, client and template the sample added, and the settings if it set
    the agency's identity (``created`` is the first engagement, for a window to open)."""


def load_demo(services: Services, today: date) -> DemoResult:
    """Fill the database with the sample portfolio.

    One transaction: the sample is there whole or not at all, even if the process is killed
    half-way, so loading it can always be tried again. Refused (nothing written) when the
    sample is already there."""
    with services.db.one_transaction():
        with services.db.reading() as session:
            present = [
                *session.scalars(select(Engagement.code).where(Engagement.code.in_(CODES))),
                *session.scalars(select(Client.name).where(Client.name.in_(CLIENTS))),
                *session.scalars(
                    select(ReviewTemplate.name).where(ReviewTemplate.name == TEMPLATE)
                ),
            ]
        if present:
            raise DomainError(
                msg(
                    "the sample data is already in this database ({found}); "
                    "open a new database to load it again",
                    found=listing(sorted(present)),
                )
            )
        b = _Builder(services, today)
        changes = Changes()
        if not services.settings.get()["name"]:  # never overwrite a real agency's identity
            changes.settings = True
            services.settings.update(
                name="Studio Nord",
                address="Studio Nord\n14 quai des Chartrons\n33000 Bordeaux\nFrance",
                signatory_name="Camille Nordin",
                signatory_role="Managing Director",
            )
        for build in _PORTFOLIO:
            build(b)
        with services.db.reading() as session:
            rows = session.execute(
                select(Engagement.code, Engagement.id).where(Engagement.code.in_(CODES))
            )
            ids = {code: engagement_id for code, engagement_id in rows}
            changes.clients |= set(
                session.scalars(select(Client.id).where(Client.name.in_(CLIENTS)))
            )
            changes.templates |= set(
                session.scalars(select(ReviewTemplate.id).where(ReviewTemplate.name == TEMPLATE))
            )
        changes.engagements |= set(ids.values())
        changes.created = ids[CODES[0]]
    return DemoResult(list(CODES), changes)


def _lumiere(b: _Builder) -> None:
    """A French lighting maker: every milestone state, ideas in every state, a spin-off."""
    b.s.templates.create(
        name=TEMPLATE,
        description="Contenu livré en deux langues, vérifié page par page.",
        criteria=[
            CriterionInput("Chaque page existe dans les deux langues", "100 %"),
            CriterionInput("Traductions relues par une personne de langue maternelle", ""),
        ],
        checklist=["Redirections depuis les anciennes pages testées"],
    )
    people = b.client(
        CLIENTS[0],
        "Maison Lumière SARL\n27 rue de l'Église\n69002 Lyon\nFrance",
        [
            ContactInput(
                "Sophie Marchand", "Directrice générale", "sophie@maison-lumiere.example", True
            ),
            ContactInput(
                "Étienne Léger", "Responsable e-commerce", "etienne@maison-lumiere.example"
            ),
        ],
    )
    plans = [
        Plan(
            "Atelier de cadrage et audit de marque",
            "Deux ateliers d'une demi-journée, audit des supports existants, "
            "rapport de synthèse (PDF, 20 pages).",
            480_000,
            -130,
            S.PAID,
            template="Document / report",
        ),
        Plan(
            "Plateforme de marque",
            "Positionnement, promesse, territoire verbal et manifeste « La lumière qui habite ».",
            950_000,
            -100,
            S.INVOICED,
            criteria=[("Le manifeste est validé par la direction", "")],
            template="Creative deliverable",
            failed_rounds=1,
            fail_note="Relecture incomplète : trois coquilles dans le manifeste.",
            waiver="Relecture finale reportée au jalon 3, accord de Sophie Marchand",
        ),
        Plan(
            "Identité visuelle et charte graphique",
            "Logotype, palette, typographies, charte de 40 pages, déclinaisons papeterie.",
            1_400_000,
            -70,
            S.SIGNED_OFF,
            template="Creative deliverable",
        ),
        Plan(
            "Maquettes du site e-commerce",
            "Maquettes Figma des 12 gabarits (accueil, catalogue, fiche produit, panier, "
            "compte), en version ordinateur et mobile.",
            1_200_000,
            -40,
            S.ACCEPTED,
            criteria=[
                ("Les 12 gabarits sont livrés en version ordinateur et mobile", "12/12"),
                ("Contrastes conformes au niveau WCAG 2.1 AA", "ratio ≥ 4,5:1"),
            ],
        ),
        Plan(
            "Développement du site (boutique et back-office)",
            "Boutique en ligne en français et en anglais, back-office catalogue, paiement, "
            "intégration du transporteur.",
            2_800_000,
            -10,
            S.CHANGES_REQUESTED,
            criteria=[
                ("Parcours d'achat complet sans erreur", ""),
                ("Paiement 3-D Secure opérationnel en production", ""),
                ("Temps de chargement de la page d'accueil", "< 2 s en 4G"),
            ],
            failed_rounds=2,
            fail_note="Page d'accueil : 3,4 s mesurées en 4G (objectif < 2 s).",
        ),
        Plan(
            "Migration des contenus et fiches produits",
            "Reprise de 340 fiches produits en français et en anglais, redirections 301.",
            650_000,
            -5,
            S.SUBMITTED,
            template=TEMPLATE,
        ),
        Plan(
            "Campagne de lancement",
            "Campagne Instagram et Pinterest, relations presse déco, lettre d'information.",
            1_800_000,
            7,
            S.IN_PROGRESS,
            template="Campaign launch",
        ),
        Plan(
            "Formation et passation",
            "Deux sessions de formation au back-office, documentation d'exploitation.",
            350_000,
            45,
            S.PLANNED,
            criteria=[("L'équipe publie une fiche produit en autonomie", "")],
        ),
    ]
    e = b.engagement(
        people,
        "Étienne Léger",
        "Sophie Marchand",
        plans,
        code="LUMI-2026-01",
        title="Refonte de la marque et boutique en ligne",
        currency="EUR",
        language="fr",
        start=-160,
        end=120,
        deemed=10,
        objectives=[
            ObjectiveInput(
                "Relancer la marque auprès des architectes d'intérieur",
                "+30 % de demandes de devis en six mois",
            ),
            ObjectiveInput(
                "Vendre la collection « Éclat » en ligne dans toute l'Europe",
                "200 commandes par mois",
            ),
        ],
    )
    b.s.roadmap.move_forecast(
        e.milestones[4], b.day(12), "Optimisation des performances demandée lors de la revue 2"
    )
    b.idea(
        e,
        "Configurateur 3D des luminaires sur les fiches produits",
        "should",
        "meeting",
        -20,
        follow_up=b.day(2),
        qualification={"goals": "Réduire les retours produits", "budget": "Environ 15 000 €"},
    )
    pro = b.idea(
        e,
        "Espace professionnel pour les architectes d'intérieur : remises et devis en ligne",
        "must",
        "email",
        -35,
        by="Sophie Marchand",
    )
    catalogue = b.idea(
        e, "Catalogue professionnel imprimable (PDF) généré depuis le site", "could", "call", -30
    )
    mobile = b.idea(e, "Application mobile iOS et Android", "could", "meeting", -60)
    b.s.ideas.park(mobile, "Pas avant la fin de la refonte ; à rediscuter l'an prochain")
    logo = b.idea(
        e, "Décliner le logotype en version animée pour chaque saison", "could", "meeting", -65
    )
    b.s.ideas.decline(logo, "La charte signée au jalon 3 garde un logotype fixe")
    b.idea(
        e,
        "Paiement en plusieurs fois sans frais",
        "should",
        "review_round",
        -6,
        review_round_id=b.last_round(e.milestones[4]),
    )
    spinoff = b.s.ideas.divert(
        [pro, catalogue], code="LUMI-2026-02", title="Espace professionnel Maison Lumière"
    ).created
    assert spinoff is not None
    with b.s.db.reading() as session:
        drafts = session.scalars(
            select(Milestone.id)
            .where(Milestone.engagement_id == spinoff)
            .order_by(Milestone.position)
        ).all()
    b.s.roadmap.update_milestone(
        drafts[0],
        amount_minor=1_200_000,
        due=b.day(150),
        criteria=[CriterionInput("Un architecte inscrit voit ses remises dès la connexion", "")],
    )
    b.s.roadmap.update_milestone(drafts[1], amount_minor=450_000, due=b.day(170))


def _senal(b: _Builder) -> None:
    """A Spanish brewery: a seasonal campaign in Spanish."""
    people = b.client(
        CLIENTS[1],
        "Calle del Año Nuevo 12\n28004 Madrid\nEspaña",
        [
            ContactInput(
                "Lucía Fernández Muñoz", "Directora de marketing", "lucia@lasenal.example", True
            ),
            ContactInput("Íñigo Peña Ibáñez", "Responsable de marca", "inigo@lasenal.example"),
        ],
    )
    plans = [
        Plan(
            "Estrategia y concepto creativo",
            "Análisis del público, concepto «Señal de Año Nuevo», plan de medios.",
            750_000,
            -60,
            S.PAID,
            template="Document / report",
        ),
        Plan(
            "Producción de piezas para redes sociales",
            "Doce piezas para Instagram y TikTok, dos vídeos de 15 s, adaptaciones de formato.",
            1_100_000,
            3,
            S.SUBMITTED,
            template="Creative deliverable",
        ),
        Plan(
            "Lanzamiento y medición",
            "Activación en Madrid y Barcelona, informe de resultados a los 30 días.",
            600_000,
            40,
            S.PLANNED,
            template="Campaign launch",
        ),
    ]
    e = b.engagement(
        people,
        "Íñigo Peña Ibáñez",
        "Lucía Fernández Muñoz",
        plans,
        code="SENAL-2026-01",
        title="Campaña «Señal de Año Nuevo»",
        currency="EUR",
        language="es",
        start=-90,
        end=60,
        objectives=[ObjectiveInput("Dar a conocer la cerveza de temporada", "500 000 impresiones")],
    )
    b.idea(
        e, "Patrocinar la carrera de San Silvestre con una edición especial", "could", "call", -10
    )


def _taipei(b: _Builder) -> None:
    """A Taipei design firm: a multilingual website in Traditional Chinese, in TWD."""
    people = b.client(
        CLIENTS[2],
        "110 臺北市信義區松仁路100號12樓\n臺灣",
        [
            ContactInput("林怡君", "專案經理", "yichun.lin@taipei-digital.example", True),
            ContactInput("陳冠宇", "技術主管", "guanyu.chen@taipei-digital.example"),
        ],
    )
    plans = [
        Plan(
            "需求訪談與資訊架構",
            "利害關係人訪談、網站架構圖、內容盤點。",
            18_000_000,
            -15,
            S.ACCEPTED,
            criteria=[("完成利害關係人訪談", "至少 6 場"), ("網站架構圖經客戶確認", "")],
        ),
        Plan(
            "視覺設計與互動原型",
            "首頁與 8 個內頁的視覺設計，可點擊的互動原型。",
            24_000_000,
            5,
            S.IN_PROGRESS,
            template="Creative deliverable",
        ),
        Plan(
            "前端開發與上線",
            "繁體中文、英文與日文版本上線，內容管理系統教育訓練。",
            36_000_000,
            60,
            S.PLANNED,
            template="Software release",
        ),
    ]
    e = b.engagement(
        people,
        "陳冠宇",
        "林怡君",
        plans,
        code="TPE-2026-01",
        title="品牌官網多語系改版",
        currency="TWD",
        language="zh-TW",
        start=-45,
        end=100,
        deemed=14,
        objectives=[
            ObjectiveInput("官網支援繁體中文、英文與日文", "三種語言同步上線"),
            ObjectiveInput("提升詢價轉換率", "詢價表單轉換率 ≥ 3 %"),
        ],
    )
    b.idea(e, "新增日文版會員專區", "should", "meeting", -7)


def _harbour(b: _Builder) -> None:
    """An English client: a completed engagement and a cancelled draft."""
    people = b.client(
        CLIENTS[3],
        "3 Wharf Street\nBristol BS1 4RN\nUnited Kingdom",
        [
            ContactInput(
                "Oliver Bennett", "Head of Communications", "oliver@harbourpine.example", True
            ),
            ContactInput("Priya Shah", "Communications Manager", "priya@harbourpine.example"),
        ],
    )
    plans = [
        Plan(
            "Structure and first draft",
            "Outline, interviews with the board, first full draft.",
            600_000,
            -270,
            S.PAID,
            template="Document / report",
        ),
        Plan(
            "Final design and print files",
            "Designed 64-page report, print-ready PDF, web PDF.",
            850_000,
            -215,
            S.PAID,
            criteria=[("Print files pass the printer's preflight check", "0 errors")],
            template="Creative deliverable",
        ),
    ]
    e = b.engagement(
        people,
        "Priya Shah",
        "Oliver Bennett",
        plans,
        code="HARB-2025-04",
        title="Annual report 2025",
        currency="GBP",
        language="en",
        start=-320,
        end=-200,
        objectives=[ObjectiveInput("A report the board is proud to send to shareholders")],
    )
    online = b.idea(
        e, "Publish an interactive online version of the report", "could", "email", -230
    )
    b.s.ideas.park(online, "Revisit for the 2026 report")
    pilot = b.engagement(
        people,
        "Priya Shah",
        "Oliver Bennett",
        [
            Plan(
                "Pilot episode",
                "One 25-minute episode, recorded and mixed.",
                400_000,
                30,
                S.PLANNED,
                criteria=[("Loudness of the final mix", "−16 LUFS ±1")],
            )
        ],
        code="HARB-2026-01",
        title="Podcast series pilot",
        currency="GBP",
        language="en",
        start=-20,
        end=60,
        activate=False,
    )
    b.s.engagements.cancel(pilot.id, "The client moved this budget to the 2026 annual report")


_PORTFOLIO: tuple[Callable[[_Builder], None], ...] = (_lumiere, _senal, _taipei, _harbour)
"""The sample's engagements, in the order they are built."""
