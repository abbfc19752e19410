"""The link stage's saved parts as a new process reads them back."""

import msgspec

from generator.link.saved import SavedArticle, shared


def _decoded(part: SavedArticle) -> SavedArticle:
    return msgspec.json.decode(msgspec.json.encode(part), type=SavedArticle)


def test_decoded_parts_share_one_object_per_spelling_and_key():
    spans = ((0, 12, ("Tomas", "Abara"), "tomas abara"), (40, 45, ("Abara",), "abara"))
    first = _decoded(SavedArticle((), (), spans, ()))
    second = _decoded(SavedArticle((("a", "b", "c"),), (), spans[:1], ()))
    # Decoded apart, the same spelling is two objects.
    assert first.spans[0][2] is not second.spans[0][2]

    canon: dict = {}
    one, two = shared(first, canon), shared(second, canon)
    assert one == first and two == second
    assert one.spans[0][2] is two.spans[0][2]
    assert one.spans[0][3] is two.spans[0][3]
    assert two.defined == (("a", "b", "c"),)
