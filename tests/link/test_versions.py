"""`version_of`: equal facts hash equal in any process, any difference a page can show
hashes differently."""

import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone

from generator.link.site import version_of

PARTS = ("Jane Doe", "person", "jane-doe", ("Doe",), (3, datetime(2024, 5, 1, tzinfo=UTC)))


def test_equal_parts_have_one_version_in_every_process():
    code = (
        "from datetime import UTC, datetime; from generator.link.site import version_of; "
        "print(version_of(('Jane Doe', 'person', 'jane-doe', ('Doe',), "
        "(3, datetime(2024, 5, 1, tzinfo=UTC)))).hex())"
    )
    other = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert other == version_of(PARTS).hex()


def test_a_date_in_another_time_zone_is_another_version():
    # The same instant, shown as another local time on the page.
    paris = datetime(2024, 5, 1, 2, tzinfo=timezone(timedelta(hours=2)))
    assert paris == datetime(2024, 5, 1, tzinfo=UTC)
    assert version_of((paris,)) != version_of((datetime(2024, 5, 1, tzinfo=UTC),))


def test_types_and_nesting_count():
    assert version_of((1,)) != version_of((1.0,))
    assert version_of(("1",)) != version_of((1,))
    assert version_of((("a", "b"),)) != version_of(("a", "b"))
    assert version_of((b"x",)) != version_of(("x",))
    assert version_of(PARTS) != version_of((*PARTS[:3], ("Doe", "J. Doe"), PARTS[4]))
