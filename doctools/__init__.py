"""Checks and tools that keep the documentation's examples and translations honest."""
