"""The micro-acquisition board: content model, validation, site build and intake."""

__version__ = "0.1.0"
