"""Every sentence of the extraction test modules, as one corpus for laws over extract.

The sentences are read from the modules' source (their parametrize tables, prose and
docstrings), never copied: a case added to any of them joins the corpus.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

#: The modules whose strings are the corpus.
MODULES = (
    "test_extract.py",
    "test_extract_hedges.py",
    "test_extract_numbers.py",
    "test_extract_readings.py",
    "test_extract_registers.py",
    "test_extract_unseen.py",
    "test_extract_wire.py",
    "test_extract_context.py",
)


@functools.cache
def sentences() -> tuple[str, ...]:
    """Each distinct string of the modules that holds a digit or a space, in order."""
    here = Path(__file__).parent
    found: dict[str, None] = {}
    for name in MODULES:
        tree = ast.parse((here / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
                if any(c.isdigit() or c == " " for c in text) and len(text) <= 2000:
                    found.setdefault(text, None)
    return tuple(found)
