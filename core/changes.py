"""What a service changed, so a view can refresh only what it must."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Changes:
    engagements: set[str] = field(default_factory=set)
    milestones: set[str] = field(default_factory=set)
    ideas: set[str] = field(default_factory=set)
    clients: set[str] = field(default_factory=set)
    templates: set[str] = field(default_factory=set)
    signoffs: set[str] = field(default_factory=set)
    settings: bool = False
    created: str | None = None
    """The id of the main record the action created, if any."""

    @property
    def empty(self) -> bool:
        return not (
            self.engagements
            or self.milestones
            or self.ideas
            or self.clients
            or self.templates
            or self.signoffs
            or self.settings
        )
