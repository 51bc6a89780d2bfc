"""Hypothesis strategies for pwstats' public types (placeholder; being written)."""

from __future__ import annotations


def register_type_strategies() -> None:
    """Register a strategy for each public type with ``st.register_type_strategy``."""
