"""Fill or repair the ``start``/``end`` offsets of a fixture's facts from their ``text``.

Usage: ``python scripts/locate_spans.py fixtures/NAME.json [...]``

Facts are in text order, so each fact's text is searched from the previous fact's start onward.
A fact may carry an ``anchor`` (a longer string of the article that contains its text exactly
once) to pick the right occurrence; the anchor key is removed once the span is found.
The file is rewritten with spans filled; a figure that cannot be found stops with an error.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def locate(fixture_path: Path) -> None:
    data = json.loads(fixture_path.read_text(encoding="utf-8"))
    corpus = fixture_path.parent.parent / "corpora" / f"{data['id']}.txt"
    text = corpus.read_text(encoding="utf-8")
    cursor = 0
    for index, fact in enumerate(data["facts"]):
        surface = fact["text"]
        anchor = fact.pop("anchor", None)
        if anchor is not None:
            at = text.find(anchor, cursor)
            if at < 0 or anchor not in text[at:]:
                raise SystemExit(f"{fixture_path}: fact {index}: anchor {anchor!r} not found")
            start = at + anchor.index(surface)
        else:
            start = text.find(surface, cursor)
        if start < 0:
            raise SystemExit(f"{fixture_path}: fact {index}: text {surface!r} not found")
        fact["start"], fact["end"] = start, start + len(surface)
        cursor = start + 1
        ordered = {k: fact[k] for k in ("text", "start", "end") if k in fact}
        ordered.update({k: v for k, v in fact.items() if k not in ordered})
        data["facts"][index] = ordered
    fixture_path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    for name in sys.argv[1:]:
        locate(Path(name))
