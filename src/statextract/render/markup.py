"""The article text as a tree of highlights, ready for the template.

Every fact gives one *figure* mark over its primary figure and, for the change and share stated
beside it, *secondary* marks over their evidence. Marks must nest to become HTML elements: where
a secondary mark crosses a figure (or another secondary mark), the lower-priority mark is cut at
the boundary, so every figure stays one element.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from statextract.models import Fact

MarkRole = Literal["figure", "change", "share"]
FactKind = Literal["level", "change", "share"]
SECONDARY_ROLES: tuple[MarkRole, ...] = ("change", "share")
"""The evidence keys of a fact drawn as secondary marks, in this order."""


def fact_kind(fact: Fact) -> FactKind:
    """What the primary figure of ``fact`` is: a level, a change-only or a share-only figure.

    A share-only fact states its percentage as the value and as the share (the guide's rule); a
    change-only fact has no value but a change. Anything else is a level, with or without a
    change or share stated beside it.
    """
    if fact.value is None and fact.change is not None:
        return "change"
    if fact.share is not None and fact.unit == "percent" and fact.value == fact.share.value:
        return "share"
    return "level"


@dataclass(frozen=True)
class Mark:
    """A span of the text drawn for one fact; ``priority`` 0 is kept whole, higher is cut."""

    start: int
    end: int
    fact: int
    role: MarkRole

    @property
    def priority(self) -> int:
        """Figures first, then secondary marks."""
        return 0 if self.role == "figure" else 1


@dataclass
class Node:
    """A piece of the text: plain text (``mark is None``) or a mark with its children."""

    text: str = ""
    mark: Mark | None = None
    children: list[Node] = field(default_factory=list)


def fact_marks(facts: Sequence[Fact], text_length: int) -> list[Mark]:
    """The figure mark of every fact and the secondary marks of its change and share."""
    marks: list[Mark] = []
    for index, fact in enumerate(facts):
        if not 0 <= fact.start < fact.end <= text_length:
            continue
        marks.append(Mark(fact.start, fact.end, index, "figure"))
        for role in SECONDARY_ROLES:
            span = fact.evidence.get(role)
            if span is None or not 0 <= span[0] < span[1] <= text_length:
                continue
            if (span[0], span[1]) != (fact.start, fact.end):
                marks.append(Mark(span[0], span[1], index, role))
    return marks


def _cut(piece: Mark, other: Mark) -> list[Mark]:
    """``piece`` cut where it crosses ``other``; itself when the two nest or lie apart."""
    if piece.start < other.start < piece.end < other.end:
        point = other.start
    elif other.start < piece.start < other.end < piece.end:
        point = other.end
    else:
        return [piece]
    return [
        Mark(piece.start, point, piece.fact, piece.role),
        Mark(point, piece.end, piece.fact, piece.role),
    ]


def nested_marks(marks: Sequence[Mark]) -> list[Mark]:
    """``marks`` with the lower-priority one cut wherever two cross, so that all of them nest."""
    accepted: list[Mark] = []
    for mark in sorted(marks, key=lambda m: (m.priority, m.start, -m.end, m.fact)):
        pieces = [mark]
        for other in accepted:
            pieces = [cut for piece in pieces for cut in _cut(piece, other)]
        accepted.extend(pieces)
    return accepted


def markup_tree(text: str, marks: Sequence[Mark]) -> list[Node]:
    """The text as a list of nodes, each mark an element around the text it covers."""
    ordered = sorted(nested_marks(marks), key=lambda m: (m.start, -m.end, m.priority, m.fact))
    root = Node()
    stack: list[tuple[Node, int]] = [(root, len(text))]
    position = 0

    def emit(until: int) -> None:
        nonlocal position
        if until > position:
            stack[-1][0].children.append(Node(text=text[position:until]))
            position = until

    for mark in ordered:
        while mark.start >= stack[-1][1]:
            emit(stack[-1][1])
            stack.pop()
        emit(mark.start)
        node = Node(mark=mark)
        stack[-1][0].children.append(node)
        stack.append((node, mark.end))
    while len(stack) > 1:
        emit(stack[-1][1])
        stack.pop()
    emit(len(text))
    return root.children
