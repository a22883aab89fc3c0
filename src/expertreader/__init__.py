"""ExpertReader: read expert Q&A articles offline, with private notes."""

__version__ = "0.1.0"
APP_NAME = "ExpertReader"
