"""Pagefind's filter indexes made the same for the same pages, whichever run made them.

Pagefind (1.5) writes each filter's values in the order of a hash map seeded at random,
and lists the filters in its metadata file the same way, so two runs over the same pages
give filter files with other bytes, other names, another metadata file and another
`pagefind-entry.json` (its issue #638: "other files will still change, such as the
filter/metadata indexes"). A warm rebuild must write what a cold build writes, so after
every run each filter file's values are sorted, the filters of the metadata file too, and
the changed files are renamed after their new content as Pagefind names them (the
language, `_`, the start of the SHA-1 of the encoded data).

The files are gzip-compressed CBOR behind the marker `pagefind_dcd`; `cbor` here reads
and writes the small part of CBOR they use.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import struct
from pathlib import Path

MARKER = b"pagefind_dcd"
# The metadata file's fields (Pagefind's `MetaIndex`): the filters are the fourth.
META_FILTERS = 3


def canonical_filters(bundle: Path) -> None:
    """Rewrite the filter indexes and metadata of the Pagefind bundle in `bundle` (a
    folder Pagefind just wrote) in a canonical order."""
    entry_path = bundle / "pagefind-entry.json"
    entry_text = entry_path.read_text(encoding="utf-8")
    for language, facts in json.loads(entry_text)["languages"].items():
        old_meta = bundle / f"pagefind.{facts['hash']}.pf_meta"
        meta = _read(old_meta)
        filters = []
        for name, file_hash in meta[META_FILTERS]:
            old = bundle / "filter" / f"{file_hash}.pf_filter"
            filter_name, values = _read(old)
            data = encode([filter_name, sorted(values, key=lambda value: value[0])])
            new_hash = _name(language, data, 7)
            old.unlink()
            _write(bundle / "filter" / f"{new_hash}.pf_filter", data)
            filters.append([name, new_hash])
        meta[META_FILTERS] = sorted(filters)
        data = encode(meta)
        meta_hash = _name(language, data, 10)
        old_meta.unlink()
        _write(bundle / f"pagefind.{meta_hash}.pf_meta", data)
        entry_text = entry_text.replace(f'"hash":"{facts["hash"]}"', f'"hash":"{meta_hash}"')
    entry_path.write_text(entry_text, encoding="utf-8")


def _name(language: str, data: bytes, length: int) -> str:
    return f"{language}_{hashlib.sha1(data).hexdigest()[:length]}"


def _read(path: Path):
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(MARKER):
        raise ValueError(f"{path.name}: not a Pagefind index file")
    value, end = decode(data, len(MARKER))
    if end != len(data):
        raise ValueError(f"{path.name}: {len(data) - end} bytes after the data")
    return value


def _write(path: Path, data: bytes) -> None:
    # mtime=0: the same data compresses to the same bytes on every run.
    path.write_bytes(gzip.compress(MARKER + data, compresslevel=9, mtime=0))


def decode(data: bytes, at: int = 0):
    """The CBOR value at offset `at` of `data` and the offset after it (unsigned and
    negative integers, byte and text strings, arrays, maps, false/true/null, floats)."""
    initial = data[at]
    major, info = initial >> 5, initial & 0x1F
    at += 1
    if major == 7:
        if info in (20, 21, 22):
            return (False, True, None)[info - 20], at
        size = {25: 2, 26: 4, 27: 8}.get(info)
        if size is None:
            raise ValueError(f"unsupported CBOR simple value {info}")
        value = _float(data[at : at + size])
        return value, at + size
    if info < 24:
        argument = info
    elif info <= 27:
        size = 1 << (info - 24)
        argument = int.from_bytes(data[at : at + size], "big")
        at += size
    else:
        raise ValueError("indefinite-length CBOR is not used by Pagefind")
    if major == 0:
        return argument, at
    if major == 1:
        return -1 - argument, at
    if major in (2, 3):
        raw = data[at : at + argument]
        return (bytes(raw) if major == 2 else raw.decode("utf-8")), at + argument
    if major == 4:
        items = []
        for _ in range(argument):
            item, at = decode(data, at)
            items.append(item)
        return items, at
    if major == 5:
        mapping = {}
        for _ in range(argument):
            key, at = decode(data, at)
            mapping[key], at = decode(data, at)
        return mapping, at
    raise ValueError(f"unsupported CBOR major type {major}")


def encode(value) -> bytes:
    """`value` as CBOR, each length and integer in its shortest form (as Pagefind's
    encoder writes them)."""
    if value is False or value is True or value is None:
        return bytes([0xF4 + (0 if value is False else 1 if value is True else 2)])
    if isinstance(value, int):
        return _head(0, value) if value >= 0 else _head(1, -1 - value)
    if isinstance(value, float):
        return b"\xfb" + struct.pack(">d", value)
    if isinstance(value, bytes):
        return _head(2, len(value)) + value
    if isinstance(value, str):
        raw = value.encode("utf-8")
        return _head(3, len(raw)) + raw
    if isinstance(value, list):
        return _head(4, len(value)) + b"".join(encode(item) for item in value)
    if isinstance(value, dict):
        return _head(5, len(value)) + b"".join(encode(k) + encode(v) for k, v in value.items())
    raise TypeError(f"cannot encode {type(value).__name__} as CBOR")


def _head(major: int, argument: int) -> bytes:
    if argument < 24:
        return bytes([major << 5 | argument])
    for info, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if argument < 1 << (8 * size):
            return bytes([major << 5 | info]) + argument.to_bytes(size, "big")
    raise ValueError("integer too large for CBOR")


def _float(raw: bytes) -> float:
    if len(raw) == 2:
        return struct.unpack(">e", raw)[0]
    return struct.unpack(">f" if len(raw) == 4 else ">d", raw)[0]
