"""The headless sub-commands of the command line, one module each (see cli.py for the list)."""
