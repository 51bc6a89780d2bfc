"""Hypothesis entry point: registers pwstats' strategies for ``st.from_type``.

Hypothesis calls :func:`_register` when it is imported, in any project that
has pwstats installed; it only registers strategies, and loads nothing heavy.
"""

from __future__ import annotations

import sys


def _register() -> None:
    half_built = sys.modules.get("pwstats.strategies")
    if half_built is not None and not hasattr(half_built, "register_type_strategies"):
        # Importing pwstats.strategies first imports Hypothesis, which calls this hook
        # while the module is half built: the module registers itself once loaded.
        half_built.__dict__["_register_when_loaded"] = True
        return
    from pwstats import strategies

    strategies.register_type_strategies()
