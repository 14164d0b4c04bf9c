"""OpenUp: small, safe steps towards opening up, for two people at one laptop."""

__version__ = "0.1.0"
