"""PfP Desktop: an offline reference to the GFMD Platform for Partnerships catalogue."""

__version__ = "0.1.0"
