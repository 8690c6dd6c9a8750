"""polkg: evidence-backed political knowledge graphs from news text."""

__version__ = "0.1.0"
