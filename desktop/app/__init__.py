"""The application layer: what the window, the command line and the documents ask of the data.

`workspace.py` is what is open (the database, its catalogue synced); `queries.py` answers
questions every entry point asks the same way (eligibility first). Pages, commands and documents
call these rather than composing core and store themselves.
"""
