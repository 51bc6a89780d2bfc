"""Write docs/lexicon.md from the lexicon table in pwstats.lexicon.

Run ``python tools/gen_lexicon_doc.py`` after changing the table; with ``--check``
it only reports whether the page is up to date (exit status 1 if not).
"""

from __future__ import annotations

import argparse
import pathlib
import sys

from pwstats.lexicon import render_markdown

PAGE = pathlib.Path(__file__).resolve().parent.parent / "docs" / "lexicon.md"


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check`` compare) the generated page; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the page is current")
    args = parser.parse_args(argv)
    text = render_markdown()
    if args.check:
        current = PAGE.read_text(encoding="utf-8") if PAGE.exists() else ""
        if current != text:
            print(f"{PAGE} is out of date: run python tools/gen_lexicon_doc.py", file=sys.stderr)
            return 1
        return 0
    PAGE.write_text(text, encoding="utf-8")
    print(f"wrote {PAGE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
