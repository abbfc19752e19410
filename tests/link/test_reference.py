"""Reference data worked out from packages once, and read back by the next process."""

from pathlib import Path

from generator.link import gazetteer
from generator.reference import Derived


def counting(made: list):
    def make() -> frozenset[str]:
        made.append(1)
        return frozenset({"attendance", "wheat"})

    return make


def test_derived_data_is_made_once_and_read_back_from_the_folder(tmp_path):
    made: list[int] = []
    first = Derived("words", counting(made), frozenset[str], ("english-words",))
    first.keep_in(tmp_path)
    assert first.get() == {"attendance", "wheat"}
    assert first.get() is first.get()
    # A new process (a new object) reads what the first saved, without making it.
    again = Derived("words", counting(made), frozenset[str], ("english-words",))
    again.keep_in(tmp_path)
    assert again.get() == {"attendance", "wheat"}
    assert made == [1]
    # A damaged file is made again; without a folder nothing is read or written.
    (saved,) = (tmp_path / "reference").iterdir()
    saved.write_text("[not json")
    broken = Derived("words", counting(made), frozenset[str], ("english-words",))
    broken.keep_in(tmp_path)
    assert broken.get() == {"attendance", "wheat"} and made == [1, 1]
    alone = Derived("words", counting(made), frozenset[str], ("english-words",))
    assert alone.get() == {"attendance", "wheat"} and made == [1, 1, 1]


def test_forgotten_data_is_read_back_and_data_made_here_is_kept(tmp_path):
    # A one-shot build lets go of the reference data once it has linked: what it read
    # from the folder (milliseconds to read again), not what it made (seconds).
    made: list[int] = []
    first = Derived("words", counting(made), frozenset[str], ("english-words",))
    first.keep_in(tmp_path)
    kept = first.get()
    first.forget()
    assert first.get() is kept and made == [1]
    again = Derived("words", counting(made), frozenset[str], ("english-words",))
    again.keep_in(tmp_path)
    read = again.get()
    again.forget()
    assert again.get() is not read
    assert again.get() == read and made == [1]


def test_the_gazetteer_read_back_equals_the_one_made(tmp_path):
    kind = tuple[dict[str, gazetteer.Place], dict[str, int]]
    made = Derived("gazetteer", gazetteer._make_indexes, kind, ())
    made.keep_in(tmp_path)
    expected = made.get()
    code = Path(gazetteer.__file__)

    def never() -> dict:
        raise AssertionError("made again instead of read")

    read = Derived("gazetteer", never, kind, (), code=code)
    read.keep_in(tmp_path)
    assert read.get() == expected
    assert read.get()[0]["geneva"] is gazetteer.Place.CITY


def test_the_given_names_read_back_equal_the_ones_made_and_are_keyed_by_faker(tmp_path):
    from generator.link import name_lists

    made = Derived("given-names", name_lists._make_given_names, frozenset[str], ("faker",))
    made.keep_in(tmp_path)
    names = made.get()
    assert {"alfred", "bess", "jean-pierre"} <= names
    again = Derived("given-names", lambda: frozenset(), frozenset[str], ("faker",))
    again._code = made._code
    again.keep_in(tmp_path)
    assert again.get() == names
    # The package's name and version are in the file's key: an upgrade makes it again.
    assert "faker" in name_lists._GIVEN_NAMES._source
