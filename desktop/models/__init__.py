"""Qt item models over the core's read side (``core.queries``)."""
