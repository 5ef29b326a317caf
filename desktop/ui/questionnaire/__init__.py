"""The questionnaire pages: field editors built from a form definition, autosave, history."""
