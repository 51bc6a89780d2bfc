"""Bytes on disk: bounded reads of regular files, and atomic writes."""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import stat
from pathlib import Path
from typing import Final

from pwstats.errors import DatasetError

#: The largest file :func:`load` reads, in bytes.
MAX_BYTES: Final = 200 * 1024 * 1024


def read_bytes(path: Path) -> bytes:
    """The bytes of a regular file of at most :data:`MAX_BYTES`, read with a bounded reader.

    A device (``/dev/zero``), a FIFO or a socket is refused before it is read: it
    may never end, or never start. The file is opened without blocking (a FIFO
    swapped in after the check cannot hang the open) and read at most one byte
    past the limit, whatever its size claimed.
    """
    name = str(path)
    if "\0" in name:
        shown = name.replace("\0", "\\0")
        raise DatasetError("the path holds a NUL character, which no file name can", file=shown)
    try:
        info = os.stat(name)
        if stat.S_ISDIR(info.st_mode):
            raise DatasetError("is a directory, not a data file", file=name)
        if not stat.S_ISREG(info.st_mode):
            raise DatasetError(_NOT_REGULAR, file=name)
        if info.st_size > MAX_BYTES:
            raise DatasetError(
                f"file is {info.st_size:,} bytes; pwstats reads data files of at most"
                f" {MAX_BYTES:,} bytes",
                file=name,
            )
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise DatasetError(_NOT_REGULAR, file=name)
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise DatasetError("no such file", file=name) from None
    except PermissionError:
        raise DatasetError("permission denied: cannot read the file", file=name) from None
    except OSError as exc:
        raise DatasetError(f"cannot read the file: {exc.strerror or exc}", file=name) from None
    if len(data) > MAX_BYTES:
        raise DatasetError(
            f"file is larger than {MAX_BYTES:,} bytes, the most pwstats reads", file=name
        )
    return data


_NOT_REGULAR: Final = (
    "not a regular file (a device, pipe or socket): pwstats reads data from regular files"
)


#: Byte-order marks of the Unicode encodings other than UTF-8 (UTF-32's first: it
#: starts with UTF-16's).
_WIDE_MARKS: Final = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def wide_encoding(head: bytes) -> str | None:
    """``"UTF-16"`` or ``"UTF-32"`` if a file starting with ``head`` is in that encoding.

    A byte-order mark says so; without one, text in either is full of NUL bytes
    (each ASCII character is one byte and one or three NULs), which UTF-8 text
    has none of: a spreadsheet's "Unicode Text" is UTF-16. UTF-8 would read such
    text without an error, as letters with NULs between them.

    >>> wide_encoding("id,value".encode("utf-16")), wide_encoding("id".encode("utf-32-le"))
    ('UTF-16', 'UTF-32')
    >>> wide_encoding("id,value".encode("utf-8")) is None
    True
    """
    for mark, name in _WIDE_MARKS:
        if head.startswith(mark):
            return name
    sample = head[:4096]
    nuls = sample.count(0)
    if not sample or nuls * 4 < len(sample):
        return None
    return "UTF-32" if nuls * 8 >= len(sample) * 5 else "UTF-16"


def wide_text(encoding: str, what: str = "file") -> str:
    """What a ``what`` in ``encoding`` (UTF-16 or UTF-32) is, and how to make it readable."""
    return f"{encoding} text, not UTF-8: save the {what} as UTF-8"


def decode(data: bytes, name: str, problems: list[DatasetError]) -> str | None:
    """UTF-8 text without its byte-order mark; None (and a problem) if empty or not UTF-8."""
    data = data.removeprefix(b"\xef\xbb\xbf")
    wide = wide_encoding(data)
    if wide is not None:
        problems.append(DatasetError(wide_text(wide), file=name))
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        problems.append(
            DatasetError(
                f"not UTF-8: byte 0x{data[exc.start]:02X} at offset {exc.start} cannot be"
                " read; save the file as UTF-8",
                file=name,
                line=line,
            )
        )
        return None
    if not text.strip():
        problems.append(empty_file(name))
        return None
    return text


def empty_file(name: str) -> DatasetError:
    return DatasetError(
        "empty file: it holds no data (expected sources, measures, figures or relations)",
        file=name,
    )


#: Temporary files of dumps: ``.<name>.pwstats-<pid>-<random>.tmp`` beside the target.
_TEMP: Final = re.compile(r"\.(?P<name>.+)\.pwstats-(?P<pid>[0-9]+)-[0-9a-f]+\.tmp")


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a fresh file beside ``path``, flush it to disk, rename it over.

    A symlink is followed, so its target is replaced. The temporary file is named
    after the target and the writing process; one left by a killed dump (its
    process gone) is removed by the next dump to the same path. Every ``OSError``
    becomes a :class:`DatasetError` naming ``path``, never the temporary file.
    """
    name = str(path)
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    folder = target.parent
    try:
        if target.is_dir():
            raise DatasetError("is a directory: name a file to write", file=name)
        if not folder.is_dir():
            raise DatasetError(f"no such folder {str(folder)!r}: create it first", file=name)
        _remove_stale_temps(target)
        temp = folder / f".{target.name}.pwstats-{os.getpid()}-{secrets.token_hex(6)}.tmp"
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except PermissionError:
        raise DatasetError(
            f"permission denied: cannot write in the folder {str(folder)!r}", file=name
        ) from None
    except OSError as exc:
        raise DatasetError(f"cannot write: {exc.strerror or exc}", file=name) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(FileNotFoundError):
            os.chmod(temp, target.stat().st_mode & 0o7777)
        os.replace(temp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError):  # a full disk, a folder gone read-only, ...
            raise DatasetError(f"cannot write: {exc.strerror or exc}", file=name) from None
        raise
    _sync_folder(folder)


def _remove_stale_temps(target: Path) -> None:
    """Remove temporary files that killed dumps to ``target`` left (their process is gone)."""
    prefix = f".{target.name}.pwstats-"
    with contextlib.suppress(OSError):
        for entry in os.scandir(target.parent):
            if not entry.name.startswith(prefix):
                continue
            found = _TEMP.fullmatch(entry.name)
            if found is None or found["name"] != target.name or _alive(int(found["pid"])):
                continue
            with contextlib.suppress(OSError):
                os.unlink(entry.path)


def _alive(pid: int) -> bool:
    """Whether process ``pid`` still runs (so its temporary file may still be written)."""
    if pid == os.getpid() or os.name != "posix":  # elsewhere signal 0 is no mere probe
        return True
    try:
        os.kill(pid, 0)  # signal 0: sends nothing, only asks whether the process exists
    except ProcessLookupError:
        return False
    except (PermissionError, OSError, OverflowError):
        return True  # someone else's process, or cannot tell: leave its file alone
    return True


def _sync_folder(folder: Path) -> None:
    """Flush the rename to disk where the platform allows it (POSIX)."""
    if not hasattr(os, "O_DIRECTORY"):  # pragma: no cover - Windows
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
