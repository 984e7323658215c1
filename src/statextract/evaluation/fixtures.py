"""Loading and validation of gold fixtures: ``fixtures/NAME.json`` over ``corpora/NAME.txt``.

Every problem of every file is collected before anything is scored; an invalid set raises
:class:`FixtureError` carrying them all, each naming the file, the fact index and the field.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Collection, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeGuard

from pydantic import BaseModel, ConfigDict, ValidationError

from statextract.evaluation.vocab import (
    CHANGE_KEYS,
    CURRENCY_PATTERN,
    DIRECTIONS,
    DOCUMENT_KEYS,
    FACT_KEYS,
    GUIDE_UNITS,
    PHYSICAL_UNIT_PATTERN,
    QUALIFIERS,
    SHARE_KEYS,
)
from statextract.models import Fact

_CURRENCY = re.compile(CURRENCY_PATTERN)
_PHYSICAL_UNIT = re.compile(PHYSICAL_UNIT_PATTERN)
_PERIOD = re.compile(r"^(\d{4})(?:-(?:Q([1-4])|(\d{2})(?:-(\d{2}))?))?$")
_NAMED_UNITS = ", ".join(sorted(GUIDE_UNITS))
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class GoldDocument(BaseModel):
    """One annotated article: its gold facts and, where loaded from disk, its text."""

    model_config = ConfigDict(frozen=True)

    id: str
    source: str = ""
    published: str | None = None
    facts: list[Fact]
    text: str | None = None
    path: str | None = None


class FixtureProblem(BaseModel):
    """One thing wrong with a fixture: where (file, fact index, field) and what."""

    model_config = ConfigDict(frozen=True)

    file: str
    fact: int | None = None
    field: str | None = None
    message: str

    def __str__(self) -> str:
        where = [self.file]
        if self.fact is not None:
            where.append(f"fact {self.fact}")
        if self.field is not None:
            where.append(self.field)
        return f"{': '.join(where)}: {self.message}"


class FixtureError(ValueError):
    """The gold set is invalid; :attr:`problems` lists every problem found."""

    def __init__(self, problems: Sequence[FixtureProblem]) -> None:
        self.problems: list[FixtureProblem] = list(problems)
        lines = [f"{len(self.problems)} problem(s) in the gold fixtures:"]
        lines += [f"  {problem}" for problem in self.problems]
        super().__init__("\n".join(lines))


def is_valid_unit(unit: str) -> bool:
    """An ISO-4217 code, a guide unit or a lower snake_case physical unit."""
    return bool(_CURRENCY.fullmatch(unit) or _PHYSICAL_UNIT.fullmatch(unit))


def _single_period_ok(period: str) -> bool:
    found = _PERIOD.fullmatch(period)
    if found is None:
        return False
    year, _quarter, month, day = found.groups()
    if month is None:
        return True
    try:
        dt.date(int(year), int(month), int(day or 1))
    except ValueError:
        return False
    return True


def is_valid_period(period: str) -> bool:
    """``2020``, ``2020-12``, ``2020-12-31``, ``2020-Q4``, or an interval ``A/B`` of those."""
    parts = period.split("/")
    if len(parts) > 2 or not all(_single_period_ok(part) for part in parts):
        return False
    return len(parts) == 1 or len(parts[0]) != len(parts[1]) or parts[0] <= parts[1]


def _is_number(value: object) -> TypeGuard[int | Decimal]:
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        return False
    return not isinstance(value, Decimal) or value.is_finite()


class _Checker:
    """Collects the problems of one fixture file."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[FixtureProblem] = []

    def add(self, message: str, fact: int | None = None, field: str | None = None) -> None:
        self.problems.append(
            FixtureProblem(file=self.file, fact=fact, field=field, message=message)
        )

    def keys(
        self,
        data: Mapping[str, Any],
        expected: Sequence[str],
        fact: int | None = None,
        prefix: str = "",
    ) -> None:
        for key in expected:
            if key not in data:
                self.add("missing field", fact, prefix + key)
        for key in data:
            if key not in expected:
                self.add("unknown field", fact, prefix + key)

    def string(self, data: Mapping[str, Any], key: str, fact: int | None, prefix: str = "") -> bool:
        value = data.get(key)
        if key in data and (not isinstance(value, str) or not value.strip()):
            self.add(f"expected a non-empty string, got {value!r}", fact, prefix + key)
            return False
        return key in data

    def number(
        self,
        data: Mapping[str, Any],
        key: str,
        fact: int,
        prefix: str = "",
        nullable: bool = True,
    ) -> None:
        value = data.get(key)
        if key not in data or (value is None and nullable):
            return
        if not _is_number(value):
            self.add(f"expected a number, got {value!r}", fact, prefix + key)

    def choice(
        self,
        data: Mapping[str, Any],
        key: str,
        allowed: Collection[str],
        fact: int,
        prefix: str = "",
        nullable: bool = True,
    ) -> None:
        value = data.get(key)
        if key not in data or (value is None and nullable):
            return
        if value not in allowed:
            options = ", ".join(sorted(allowed))
            self.add(f"{value!r} is not one of: {options}", fact, prefix + key)

    def unit(
        self,
        data: Mapping[str, Any],
        key: str,
        fact: int,
        prefix: str = "",
        nullable: bool = True,
    ) -> None:
        value = data.get(key)
        if key not in data or (value is None and nullable):
            return
        if not isinstance(value, str) or not is_valid_unit(value):
            self.add(
                f"{value!r} is not a unit ({_NAMED_UNITS}, an ISO-4217 code "
                "or a lower snake_case physical unit)",
                fact,
                prefix + key,
            )

    def period(self, data: Mapping[str, Any], key: str, fact: int, prefix: str = "") -> None:
        value = data.get(key)
        if value is None:
            return
        if not isinstance(value, str) or not is_valid_period(value):
            self.add(
                f"{value!r} is not a period (2020, 2020-12, 2020-12-31, 2020-Q4 or A/B)",
                fact,
                prefix + key,
            )


def _check_span(checker: _Checker, fact: Mapping[str, Any], index: int, article: str) -> None:
    start, end, surface = fact.get("start"), fact.get("end"), fact.get("text")
    ints_ok = True
    for key, value in (("start", start), ("end", end)):
        if key in fact and (isinstance(value, bool) or not isinstance(value, int)):
            checker.add(f"expected an integer offset, got {value!r}", index, key)
            ints_ok = False
    if not ints_ok or not isinstance(start, int) or not isinstance(end, int):
        return
    if not 0 <= start < end <= len(article):
        checker.add(f"span {start}-{end} is outside the article (0-{len(article)})", index, "end")
        return
    if isinstance(surface, str) and article[start:end] != surface:
        found = article.find(surface)
        hint = f"; the text first occurs at {found}-{found + len(surface)}" if found >= 0 else ""
        checker.add(
            f"span {start}-{end} holds {article[start:end]!r}, not {surface!r}{hint}",
            index,
            "text",
        )


def _check_change(checker: _Checker, change: Any, index: int) -> None:
    if change is None:
        return
    if not isinstance(change, dict):
        checker.add(f"expected an object or null, got {change!r}", index, "change")
        return
    checker.keys(change, CHANGE_KEYS, index, "change.")
    checker.choice(change, "direction", DIRECTIONS, index, "change.", nullable=False)
    checker.number(change, "value", index, "change.")
    value = change.get("value")
    if _is_number(value) and value < 0:
        checker.add(f"the change amount must be positive, got {value}", index, "change.value")
    checker.unit(change, "unit", index, "change.")
    checker.period(change, "since", index, "change.")


def _check_share(checker: _Checker, share: Any, index: int) -> None:
    if share is None:
        return
    if not isinstance(share, dict):
        checker.add(f"expected an object or null, got {share!r}", index, "share")
        return
    checker.keys(share, SHARE_KEYS, index, "share.")
    checker.number(share, "value", index, "share.", nullable=False)
    checker.string(share, "of", index, "share.")


def _check_fact(checker: _Checker, fact: Any, index: int, article: str | None) -> None:
    if not isinstance(fact, dict):
        checker.add(f"expected an object, got {fact!r}", index)
        return
    checker.keys(fact, FACT_KEYS, index)
    checker.string(fact, "text", index)
    checker.string(fact, "metric", index)
    checker.number(fact, "value", index)
    checker.unit(fact, "unit", index, nullable=False)
    checker.choice(fact, "qualifier", QUALIFIERS, index)
    checker.period(fact, "date", index)
    _check_change(checker, fact.get("change"), index)
    _check_share(checker, fact.get("share"), index)
    if (
        "value" in fact
        and fact["value"] is None
        and not fact.get("change")
        and not fact.get("share")
    ):
        checker.add("value is null but the fact has neither a change nor a share", index, "value")
    if article is not None:
        _check_span(checker, fact, index, article)


def _check_order(checker: _Checker, facts: Sequence[Any]) -> None:
    previous = -1
    for index, fact in enumerate(facts):
        start = fact.get("start") if isinstance(fact, dict) else None
        if isinstance(start, int) and not isinstance(start, bool):
            if start < previous:
                checker.add("facts are not in text order", index, "start")
            previous = start


def _reject_constant(name: str) -> Decimal:
    raise ValueError(f"{name} is not a JSON number")


def _parse(checker: _Checker, path: Path) -> tuple[bool, Any]:
    """``(True, data)``, or ``(False, None)`` with the problem recorded."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        checker.add(f"cannot read: {error}")
        return False, None
    try:
        return True, json.loads(raw, parse_float=Decimal, parse_constant=_reject_constant)
    except ValueError as error:
        checker.add(f"invalid JSON: {error}")
        return False, None


def _read_article(checker: _Checker, path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        checker.add(f"article not found: {path}")
    except (OSError, UnicodeDecodeError) as error:
        checker.add(f"cannot read article {path}: {error}")
    return None


def _check_document(checker: _Checker, data: Any, path: Path, corpus: Path) -> str | None:
    """Check the document keys and read its article (``None`` when it cannot be read)."""
    if not isinstance(data, dict):
        checker.add("expected a JSON object with id, source, published and facts")
        return None
    checker.keys(data, DOCUMENT_KEYS)
    has_id = checker.string(data, "id", None)
    checker.string(data, "source", None)
    published = data.get("published")
    if published is not None and (
        not isinstance(published, str)
        or not _ISO_DAY.fullmatch(published)
        or not _single_period_ok(published)
    ):
        checker.add(
            f"expected an ISO date YYYY-MM-DD or null, got {published!r}", None, "published"
        )
    if "facts" in data and not isinstance(data["facts"], list):
        checker.add("expected a list of facts", None, "facts")
    name = data["id"] if has_id and isinstance(data.get("id"), str) else path.stem
    if name != path.stem:
        checker.add(f"id {name!r} does not match the file name {path.stem!r}", None, "id")
    return _read_article(checker, corpus / f"{name}.txt")


def check_fixture(path: Path, corpus: Path) -> tuple[GoldDocument | None, list[FixtureProblem]]:
    """Validate one fixture file against its article in ``corpus``."""
    checker = _Checker(str(path))
    parsed, data = _parse(checker, path)
    if not parsed:
        return None, checker.problems
    article = _check_document(checker, data, path, corpus)
    facts = data.get("facts") if isinstance(data, dict) else None
    if isinstance(facts, list):
        for index, fact in enumerate(facts):
            _check_fact(checker, fact, index, article)
        _check_order(checker, facts)
    if checker.problems:
        return None, checker.problems
    try:
        document = GoldDocument(
            id=data["id"],
            source=data["source"],
            published=data["published"],
            facts=[Fact.model_validate(fact) for fact in data["facts"]],
            text=article,
            path=str(path),
        )
    except ValidationError as error:
        checker.add(f"not a valid gold document: {error}")
        return None, checker.problems
    return document, []


def fixture_files(fixtures: Path) -> list[Path]:
    """The fixture files named by ``fixtures``: a ``.json`` file or a folder of them."""
    if fixtures.is_dir():
        return sorted(fixtures.glob("*.json"))
    return [fixtures]


def default_corpus(fixtures: Path) -> Path:
    """The ``corpora/`` folder beside the fixtures folder."""
    folder = fixtures if fixtures.is_dir() else fixtures.parent
    return folder.parent / "corpora"


def load_fixtures(fixtures: str | Path, corpus: str | Path | None = None) -> list[GoldDocument]:
    """Load and validate gold fixtures; raise :class:`FixtureError` listing every problem."""
    fixtures = Path(fixtures)
    corpus_dir = Path(corpus) if corpus is not None else default_corpus(fixtures)
    if not fixtures.exists():
        raise FixtureError([FixtureProblem(file=str(fixtures), message="no such file or folder")])
    files = fixture_files(fixtures)
    if not files:
        raise FixtureError([FixtureProblem(file=str(fixtures), message="no *.json fixtures")])
    documents: list[GoldDocument] = []
    problems: list[FixtureProblem] = []
    for path in files:
        document, found = check_fixture(path, corpus_dir)
        problems.extend(found)
        if document is not None:
            documents.append(document)
    if problems:
        raise FixtureError(problems)
    return documents
