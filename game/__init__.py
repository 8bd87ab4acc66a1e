"""Berber Revolt 740-743: a turn-based historical strategy game."""

__version__ = "0.1.0"
