"""newsconv: raw news articles to clean, print-ready DOCX, PDF, Markdown and HTML."""

__version__ = "0.1.0"
