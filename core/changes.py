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

    def merge(self, other: Changes) -> Changes:
        """Add what ``other`` changed to this one (several services run as one action);
        returns self. The first ``created`` is kept."""
        self.engagements |= other.engagements
        self.milestones |= other.milestones
        self.ideas |= other.ideas
        self.clients |= other.clients
        self.templates |= other.templates
        self.signoffs |= other.signoffs
        self.settings = self.settings or other.settings
        if self.created is None:
            self.created = other.created
        return self

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


def changes_of(result: object) -> Changes | None:
    """What a service result changed: the result itself when it is a ``Changes``, else its
    ``changes`` attribute (results that also return data, such as an issued PDF)."""
    if isinstance(result, Changes):
        return result
    carried = getattr(result, "changes", None)
    return carried if isinstance(carried, Changes) else None
