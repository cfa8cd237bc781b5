"""align's version, in a module of its own so any room can name it without
importing the package's public API (which imports the rooms)."""

__version__ = "0.1.0"
