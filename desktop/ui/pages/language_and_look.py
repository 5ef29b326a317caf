"""Settings → Language and look: Welsh or English, light or dark (or as the computer has it)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings
from PySide6.QtWidgets import QApplication, QComboBox, QFormLayout, QVBoxLayout, QWidget

from desktop import i18n
from desktop.ui import look, theme
from desktop.ui.qt_helpers import QUIET_TONE, buddy_label, name, wrapped_label
from desktop.ui.translations import LANGUAGE_KEY, LANGUAGES, SYSTEM, chosen_language, language_name

# Marked for translation here, translated later in the language chosen (str(): the stubs say
# QT_TRANSLATE_NOOP returns object; it returns the text).
NOTE = str(QT_TRANSLATE_NOOP("LanguageAndLookBox",
                             "Framework Ready will be in {language} when you next open it."))


class LanguageAndLookBox(look.Card):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Language and look"), parent)
        self.settings = settings
        self.language = QComboBox()
        self.language.addItem(self.tr("As the computer is set"), SYSTEM)
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        name(self.language, self.tr("Language (Iaith)"),
             self.tr("The language of the window; each document can be printed in either"))
        self.look = QComboBox()
        for label, value in ((self.tr("As the computer is set"), theme.SYSTEM),
                             (self.tr("Light"), theme.LIGHT), (self.tr("Dark"), theme.DARK)):
            self.look.addItem(label, value)
        name(self.look, self.tr("Light or dark"))
        self.language.setCurrentIndex(max(0, self.language.findData(
            str(settings.value(LANGUAGE_KEY, SYSTEM)))))
        self.look.setCurrentIndex(max(0, self.look.findData(
            str(settings.value(theme.APPEARANCE_KEY, theme.SYSTEM)))))
        self.note = wrapped_label("", QUIET_TONE)
        name(self.note, self.tr("Language note"))
        self.note.hide()

        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Language (Iaith):"), self.language), self.language)
        form.addRow(buddy_label(self.tr("Lig&ht or dark:"), self.look), self.look)
        layout = self.fill(QVBoxLayout())
        layout.addLayout(form)
        layout.addWidget(self.note)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.look.currentIndexChanged.connect(self._look_chosen)

    def _language_chosen(self) -> None:
        self.settings.setValue(LANGUAGE_KEY, self.language.currentData())
        self.settings.sync()
        wanted = chosen_language(self.settings)
        if wanted == i18n.language():
            self.note.hide()
            return
        # Said in the language chosen, so whoever chose it can read it.
        self.note.setText(i18n.translator_for(wanted)("LanguageAndLookBox", NOTE).format(
            language=language_name(wanted)))
        self.note.show()

    def _look_chosen(self) -> None:
        self.settings.setValue(theme.APPEARANCE_KEY, self.look.currentData())
        self.settings.sync()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, theme.chosen_scheme(self.settings))
