"""The command line: `main.py` parses and dispatches, one module per command group (backups,
bidding, documents, language, qualification) adds its sub-commands and prints their answers."""
