"""``python -m pwstats``: the same as the ``pwstats`` command."""

from pwstats.cli import main

raise SystemExit(main())
