"""Commands a maintainer runs: ``python -m doctools.commands.<name>`` (the Makefile has targets)."""
