"""Bytes to text: strict UTF-8 first, UTF-16 by BOM, cp1252 as a reported fallback."""

import codecs

import pytest

from generator.load import load_articles
from generator.load.decode import DecodeError, decode
from generator.problems import Problems

TEXT = "Café “Zürich” – naïve résumé…"


@pytest.mark.parametrize(
    ("data", "encoding", "fallback"),
    [
        (TEXT.encode("utf-8"), "utf-8", False),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8", False),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16", True),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16", True),
        (TEXT.encode("cp1252"), "cp1252", True),
    ],
)
def test_each_encoding_decodes_to_the_same_text(data, encoding, fallback):
    decoded = decode(data)
    assert (decoded.text, decoded.encoding, decoded.fallback) == (TEXT, encoding, fallback)


def test_short_cp1252_text_is_not_misread_as_another_code_page():
    # The case detector libraries get wrong (see the dependency notes): a few accented words.
    assert decode("Müller sagte „nein“".encode("cp1252")).text == "Müller sagte „nein“"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"GIF89a\x01\x00\x01\x00\x00\xff\x00", "NUL bytes"),
        (bytes(range(1, 32)) * 4, "control characters"),
        (b"\x81\x8d\x8f\x90\x9d" * 3, "neither UTF-8, UTF-16 nor cp1252"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "invalid UTF-16"),
    ],
)
def test_binary_data_is_a_decode_error(data, reason):
    with pytest.raises(DecodeError, match=reason):
        decode(data)


def test_a_few_control_characters_in_real_text_are_tolerated_and_dropped():
    decoded = decode(b"Line one\x0bstill\ttext\x07\f\r\n" + b"more words " * 20)
    assert decoded.encoding == "utf-8"
    assert decoded.text.startswith("Line one still\ttext \r\nmore words")


def test_the_load_stage_warns_with_the_file_name_when_it_falls_back(tmp_path):
    (tmp_path / "latin.txt").write_bytes(("Title: Café\n\n" + TEXT).encode("cp1252"))
    (tmp_path / "wide.txt").write_bytes(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"))
    (tmp_path / "plain.txt").write_text(TEXT, encoding="utf-8")
    problems = Problems()
    articles = load_articles(tmp_path, problems, max_file_size=10_000)
    assert [a.blocks[0].text for a in articles] == [TEXT, TEXT, TEXT]
    assert articles[0].meta.title == "Café"
    assert [str(p) for p in problems.items] == [
        "warning: latin.txt: not UTF-8; read as cp1252",
        "warning: wide.txt: not UTF-8; read as utf-16",
    ]
