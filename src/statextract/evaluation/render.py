"""Rich tables of an :class:`EvaluationReport`: scores, per-field accuracy, breakdowns, misses."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import groupby

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from statextract.evaluation.fields import FIELDS
from statextract.evaluation.report import EvaluationReport, Mismatch, Scores
from statextract.models import Fact


def _rate(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def summary_table(report: EvaluationReport) -> Table:
    """Fact counts with precision, recall and F1, loose and strict."""
    table = Table(title="Facts")
    for name in ("", "TP", "FP", "FN", "Precision", "Recall", "F1"):
        table.add_column(name, justify="left" if not name else "right")
    counts = (str(report.tp), str(report.fp), str(report.fn))
    table.add_row("match", *counts, *map(_rate, (report.precision, report.recall, report.f1)))
    strict = (report.strict_precision, report.strict_recall, report.strict_f1)
    table.add_row("strict", str(report.strict_tp), "", "", *map(_rate, strict))
    return table


def field_table(report: EvaluationReport) -> Table:
    """Accuracy of each field over the matched pairs."""
    table = Table(title="Fields (over matched pairs)")
    table.add_column("Field")
    table.add_column("Right", justify="right")
    table.add_column("Matched", justify="right")
    table.add_column("Accuracy", justify="right")
    for name in FIELDS:
        score = report.fields[name]
        table.add_row(name, str(score.correct), str(score.total), _rate(score.accuracy))
    return table


def weakest_fields(scores: Scores, limit: int = 3) -> str:
    """The fields with the lowest accuracy below 1.0, worst first (``"date 0.50, ..."``)."""
    lost = sorted(
        (score.accuracy, name)
        for name, score in scores.fields.items()
        if score.accuracy is not None and score.accuracy < 1.0
    )
    return ", ".join(f"{name} {accuracy:.2f}" for accuracy, name in lost[:limit])


def breakdown_table(report: EvaluationReport) -> Table:
    """Counts, F1 and the weakest fields by document, by gold unit and by feature."""
    table = Table(title="Breakdown")
    table.add_column("Group", no_wrap=True)
    for name in ("TP", "FP", "FN", "F1", "Strict F1"):
        table.add_column(name, justify="right")
    table.add_column("Weakest fields", overflow="fold")
    sections: list[tuple[str, Iterable[tuple[str, Scores]]]] = [
        ("doc", ((doc.document, doc) for doc in report.documents)),
        ("unit", report.by_unit.items()),
        ("feature", report.by_feature.items()),
    ]
    for prefix, rows in sections:
        for name, scores in rows:
            table.add_row(
                f"{prefix}:{name}",
                str(scores.tp),
                str(scores.fp),
                str(scores.fn),
                _rate(scores.f1),
                _rate(scores.strict_f1),
                weakest_fields(scores),
            )
        table.add_section()
    return table


def describe(fact: Fact | None) -> str:
    """A one-line view of a fact: span, figure, value, unit and metric."""
    if fact is None:
        return ""
    value = "null" if fact.value is None else format(fact.value, "f")
    return f"[{fact.start}:{fact.end}] {fact.text!r} = {value} {fact.unit} | {fact.metric}"


def _problem(mismatch: Mismatch) -> str:
    if mismatch.kind != "fields":
        return mismatch.kind
    return "\n".join(
        f"{diff.field}: gold {diff.gold!r} / predicted {diff.predicted!r}"
        for diff in mismatch.fields
    )


def mismatch_tables(report: EvaluationReport) -> list[Table]:
    """One table of mismatches per document, in text order."""
    tables: list[Table] = []
    for document, mismatches in groupby(report.mismatches, key=lambda m: m.document):
        table = Table(title=f"Mismatches in {document}", show_lines=True)
        table.add_column("Gold", overflow="fold")
        table.add_column("Predicted", overflow="fold")
        table.add_column("Problem", overflow="fold")
        for mismatch in mismatches:
            table.add_row(describe(mismatch.gold), describe(mismatch.predicted), _problem(mismatch))
        tables.append(table)
    return tables


def render_report(report: EvaluationReport) -> RenderableType:
    """Everything a developer reads after a run, mismatches first, scores last."""
    parts: list[RenderableType] = [*mismatch_tables(report)]
    if not report.mismatches:
        parts.append(Text("No mismatches."))
    parts += [breakdown_table(report), field_table(report), summary_table(report)]
    return Group(*parts)


def print_report(report: EvaluationReport, console: Console | None = None) -> None:
    """Print :func:`render_report` to ``console`` (standard output by default)."""
    (console or Console()).print(render_report(report))
