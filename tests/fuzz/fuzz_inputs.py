"""Coverage-guided fuzzing of every pwstats input reader with atheris (not run in CI).

One harness drives all readers: the first byte picks the reader (parse under a
reading and locale, extract, Interval.parse, DateSpan.parse, or loads in a
format) and the rest is its input. Any exception other than a PwstatsError is a
finding; atheris then writes the input to ``crash-*`` in the working folder.

Run by hand (atheris needs ``pip install atheris``)::

    python tests/fuzz/fuzz_inputs.py -max_total_time=300 tests/fuzz/corpus

Seed the corpus folder with the files of tests/bad_inputs/ for a faster start.
"""

from __future__ import annotations

import sys
from typing import Any

import pwstats
import pwstats.dates
import pwstats.interval
import pwstats.io as pio
import pwstats.lexicon
import pwstats.model
import pwstats.parse
from pwstats import DateSpan, Interval, PwstatsError

# atheris is imported in main(): pytest imports this file to collect doctests, and
# atheris is not a test dependency.
atheris: Any = None

READINGS = ("literal", "pragmatic", "lenient")
LOCALES = ("en", "eu")


def one_input(data: bytes) -> None:
    """Feed ``data`` to the reader its first byte picks; only PwstatsError may come out."""
    fdp = atheris.FuzzedDataProvider(data)
    target = fdp.ConsumeIntInRange(0, 6)
    reading = READINGS[fdp.ConsumeIntInRange(0, 2)]
    locale = LOCALES[fdp.ConsumeIntInRange(0, 1)]
    if target >= 4:
        fmt = pio.FORMATS[target - 4]
        text = fdp.ConsumeBytes(fdp.remaining_bytes()).decode("utf-8", errors="replace")
    else:
        text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    try:
        if target == 0:
            amount = pwstats.parse(text, reading=reading, locale=locale)  # type: ignore[arg-type]
            assert not amount.interval.is_empty
        elif target == 1:
            for m in pwstats.extract(text, reading=reading, locale=locale):  # type: ignore[arg-type]
                assert text[m.span[0] : m.span[1]] == m.text
        elif target == 2:
            iv = Interval.parse(text)
            assert Interval.parse(str(iv)) == iv
        elif target == 3:
            span = DateSpan.parse(text)
            assert DateSpan.parse(str(span)) == span
        else:
            data = pio.loads(text, format=fmt, name="fuzz")
            # what loads must write and read back equal, and reconcile (issue 15: numbers
            # that loaded but did not round-trip; huge figures that overflowed reconcile)
            for other in pio.FORMATS:
                assert pio.loads(pio.dumps(data, format=other), format=other) == data
            pwstats.reconcile(data)
    except PwstatsError:
        pass


def main() -> None:
    """Instrument every loaded pwstats module, then fuzz until atheris's limits stop it."""
    global atheris
    import atheris as loaded

    atheris = loaded
    atheris.instrument_all()
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
