"""Publication dates: the anchor of relative dates ("last year", "in March").

Accepted: a :class:`datetime.date` or :class:`datetime.datetime`, or a string holding a full date
(``2024-04-01``, ``2024/04/01``, ``2024.04.01``, optionally followed by a time), a year and month
(``2024-04``) or a year (``2024``); blanks around it are ignored and an empty string means no
date. A partial date anchors at its *last* day (``2024-04`` is 30 April 2024, ``2024`` is
31 December 2024): "last year" is then the year before, and a bare month ("in March") falls in the
stated year rather than the one before. A figure dated by the publication alone keeps the stated
precision (``2024-04``, not ``2024-04-30``): see :func:`published_label`. Anything else raises
:class:`ValueError`, and a value of another type (an ``int`` year, say) raises :class:`TypeError`.
"""

from __future__ import annotations

import calendar
import datetime as dt

import regex

from statextract._patterns import compile_pattern

PublishedDate = dt.date | dt.datetime | str | None
ACCEPTED = "a date, a datetime or a string such as '2024-04-01', '2024/04/01', '2024-04' or '2024'"
_DATE = compile_pattern(
    r"(?P<year>\d{4})(?:(?P<sep>[-/.])(?P<month>\d{1,2})"
    r"(?:(?P=sep)(?P<day>\d{1,2})(?:[T ].*)?)?)?",
    regex.DOTALL,
)


def parse_published(published: object) -> dt.date | None:
    """The anchor date of ``published`` (``None`` or a blank string: no date)."""
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    if not isinstance(published, str):
        raise TypeError(f"published must be {ACCEPTED}, got {type(published).__name__}")
    text = published.strip()
    if not text:
        return None
    match = _DATE.fullmatch(text)
    try:
        if match is None:
            raise ValueError(published)
        year = int(match["year"])
        month = int(match["month"] or 12)
        day = int(match["day"] or calendar.monthrange(year, month)[1])
        return dt.date(year, month, day)
    except (ValueError, calendar.IllegalMonthError) as error:
        raise ValueError(f"published must be {ACCEPTED}, got {published!r}") from error


def published_label(published: object) -> str | None:
    """The date as precise as it was given (``"2024"``, ``"2024-04"``) when it is partial, else
    ``None``; ``published`` must already be valid (see :func:`parse_published`)."""
    if not isinstance(published, str):
        return None
    match = _DATE.fullmatch(published.strip())
    if match is None or match["day"]:
        return None
    return f"{match['year']}-{int(match['month']):02d}" if match["month"] else match["year"]
