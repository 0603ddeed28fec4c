"""claimtrack: who said what in the news, as claims a fact-checker can verify."""

__version__ = "0.1.0"
