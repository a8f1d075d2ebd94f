"""Open a compressed file (gzip, bzip2, xz, zip) by its magic bytes, never past a size cap.

A private key zipped or gzipped is still a private key; a zip bomb must not stop the check, so
output stops at `MAX_OUTPUT` bytes in all and the file is then reported as too large to check.
"""

from __future__ import annotations

import bz2
import io
import lzma
import zipfile
import zlib
from dataclasses import dataclass

MAX_OUTPUT = 16 * 2**20  # bytes decompressed per file, all members together
MAX_MEMBERS = 1_000  # files read from one zip archive
_CHUNK = 2**16


@dataclass(frozen=True)
class Unpacked:
    kind: str  # gzip, bzip2, xz, zip
    members: tuple[tuple[str, bytes], ...]  # (name inside a zip, or "", content)
    too_large: bool = False


def _stream(kind: str, data: bytes) -> Unpacked:
    """A gzip, bzip2 or xz stream (concatenated members too), at most MAX_OUTPUT bytes."""
    out = bytearray()
    rest = data
    while rest and len(out) <= MAX_OUTPUT:
        if kind == "gzip":
            gz = zlib.decompressobj(wbits=31)
            while rest and not gz.eof and len(out) <= MAX_OUTPUT:
                out += gz.decompress(rest, MAX_OUTPUT + 1 - len(out))
                rest = gz.unconsumed_tail
            rest = gz.unused_data if gz.eof else b""
        else:
            one = bz2.BZ2Decompressor() if kind == "bzip2" else lzma.LZMADecompressor()
            out += one.decompress(rest, MAX_OUTPUT + 1 - len(out))
            while not one.eof and not one.needs_input and len(out) <= MAX_OUTPUT:
                out += one.decompress(b"", MAX_OUTPUT + 1 - len(out))
            rest = one.unused_data if one.eof else b""
        if not rest.strip(b"\0"):
            break
    if len(out) > MAX_OUTPUT:
        return Unpacked(kind, (), too_large=True)
    return Unpacked(kind, (("", bytes(out)),))


def _zip(data: bytes) -> Unpacked:
    members: list[tuple[str, bytes]] = []
    total = 0
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist()[:MAX_MEMBERS]:
            if info.is_dir():
                continue
            with archive.open(info) as member:
                content = member.read(MAX_OUTPUT + 1 - total)
            total += len(content)
            if total > MAX_OUTPUT:
                return Unpacked("zip", (), too_large=True)
            members.append((info.filename, content))
    return Unpacked("zip", tuple(members))


def contents(data: bytes) -> Unpacked | None:
    """The decompressed contents when ``data`` is a compressed file, else None (also when it
    only starts like one but is damaged: it is then scanned as it is)."""
    try:
        if data.startswith(b"\x1f\x8b"):
            return _stream("gzip", data)
        if data.startswith(b"BZh") and data[3:4].isdigit():
            return _stream("bzip2", data)
        if data.startswith(b"\xfd7zXZ\x00"):
            return _stream("xz", data)
        if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
            return _zip(data)
    except (
        OSError,
        EOFError,
        ValueError,
        zlib.error,
        lzma.LZMAError,
        zipfile.BadZipFile,
        NotImplementedError,
        RuntimeError,
    ):
        return None
    return None
