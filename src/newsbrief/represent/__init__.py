"""Stage 4: concepts and term vectors of the sentences."""

from newsbrief.represent.concepts import Representation, represent

__all__ = ["Representation", "represent"]
