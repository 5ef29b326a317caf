"""The questionnaire pages: field editors built from a form definition, and history (autosave
and the typed inputs are shared with other pages: `desktop.ui.widgets`)."""
