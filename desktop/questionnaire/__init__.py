"""The form engine: questionnaire definitions (forms/questionnaires/*.toml), answers and checks.

No Qt and no database here: a definition is loaded into `model.Form`, what a person typed is
checked with `values.interpret`, and `progress` says what a section still needs.
"""
