"""Hypothesis entry point: registers pwstats' strategies for ``st.from_type``.

Hypothesis calls :func:`_register` when it is imported, in any project that
has pwstats installed; it only registers strategies, and loads nothing heavy.
"""

from __future__ import annotations


def _register() -> None:
    from pwstats import strategies

    strategies.register_type_strategies()
