"""pwstats' benchmark suite; run it with ``python bench/run.py [--quick] [--json out.json]``."""
