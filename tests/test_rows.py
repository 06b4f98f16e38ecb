"""Row shapes the store derives from records (store/rows.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.records import stable_id
from newsgraph.store import rows as R


@pytest.mark.parametrize("parts", [(dt.date(2024, 6, 19), "RUSGOV", "043", "UKRMIL"), (None, None, None, None),
                                   (dt.date(1999, 1, 1), "", "190", None), (None, "ÖSTGOV", "0", "---")])
def test_cluster_ids_are_the_stable_id_of_day_source_code_and_target(parts):
    """Stored cluster ids must not change between versions: the same hash of the same four parts."""
    day, *codes = parts
    assert R.cluster_id(*parts) == stable_id(day.isoformat() if day else None, *codes)
