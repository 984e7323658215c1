"""Arithmetic consistency checks over extracted facts.

Every stated figure is an interval from its rounding ("62.4%" is 62.35-62.45%), so a correctly
rounded article raises no alarm. Kinds of :class:`Finding`:

- ``implied_whole``: levels with a share of one whole imply the whole; they must agree.
- ``implied_earlier_level``: a level with a change since a period implies the earlier level; it
  must agree with the earlier level where the article states it.
- ``percent_points``: a rate's change stated in percent where percentage points are meant, or
  the converse.
- ``sub_metric``: an "among them" part cannot exceed its parent.
- ``share_sum``: shares of disjoint parts of one whole cannot add up to more than 100%.
- ``repeated_figure``: one metric at one date stated twice must agree.
- ``cross_document``: the same across articles (:func:`check_across`).
"""

from __future__ import annotations

from statextract.checks.across import check_across
from statextract.checks.findings import Finding, FindingKind, Implied
from statextract.checks.intervals import Interval
from statextract.checks.run import check

__all__ = ["Finding", "FindingKind", "Implied", "Interval", "check", "check_across"]
