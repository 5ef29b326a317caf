"""The Welsh translation is complete, current and shipped, and Qt's own buttons speak Welsh too."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop import i18n
from desktop.questionnaire.values import read_date
from desktop.ui import translations

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
APP_TS = FOLDER / "framework_ready_cy.ts"
TOOLS = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%\d")
MNEMONIC = re.compile(r"&[^&\s]")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(context.findtext("name") or "", message.findtext("source") or ""): message
            for context in root.iter("context") for message in context.iter("message")}


def translated(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


@pytest.fixture
def welsh() -> Iterator[None]:
    translations.install(translations.WELSH)
    yield
    translations.install(i18n.ENGLISH)


def test_every_string_in_the_code_is_in_the_translation_source(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from dev import translation_sources

    fresh = tmp_path / APP_TS.name
    shutil.copy(APP_TS, fresh)
    subprocess.run([str(TOOLS / "pyside6-lupdate"), "-silent", "-locations", "none",
                    "-no-obsolete", *translation_sources(), "-ts", str(fresh)], cwd=ROOT,
                   check=True)
    from_code, committed = messages(fresh), messages(APP_TS)
    assert sorted(set(from_code) - set(committed)) == [], "run: python3 dev.py translations"
    assert sorted(set(committed) - set(from_code)) == [], "strings no longer in the code"
    assert len(committed) > 850


@pytest.mark.parametrize("ts", sorted(FOLDER.glob("*_cy.ts")), ids=lambda path: path.name)
def test_the_welsh_file_has_no_untranslated_entries(ts: Path) -> None:
    problems = []
    for (context, source), message in messages(ts).items():
        translation = message.find("translation")
        assert translation is not None
        for text in translated(message):
            if translation.get("type") in {"unfinished", "vanished", "obsolete"} or not text:
                problems.append(f"untranslated: {context}: {source}")
            elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"placeholders differ: {context}: {source} → {text}")
            elif bool(MNEMONIC.search(source.replace("&&", ""))) != bool(
                    MNEMONIC.search(text.replace("&&", ""))):
                problems.append(f"Alt key missing or extra: {context}: {source} → {text}")
    assert problems == []


@pytest.mark.parametrize("ts", sorted(FOLDER.glob("*.ts")), ids=lambda path: path.name)
def test_the_shipped_compiled_file_matches_its_source(ts: Path, tmp_path: Path) -> None:
    compiled = tmp_path / ts.with_suffix(".qm").name
    subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(compiled)],
                   check=True)
    assert compiled.read_bytes() == ts.with_suffix(".qm").read_bytes(), \
        "run: python3 dev.py translations"


@pytest.mark.usefixtures("welsh")
def test_qt_own_buttons_and_menus_speak_welsh(qtbot: object) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

    kinds = QDialogButtonBox.StandardButton
    box = QDialogButtonBox(kinds.Ok | kinds.Cancel | kinds.Yes | kinds.No | kinds.Save)
    texts = {kind: box.button(kind).text() for kind in
             (kinds.Ok, kinds.Cancel, kinds.Yes, kinds.No, kinds.Save)}
    assert texts == {kinds.Ok: "Iawn", kinds.Cancel: "Canslo", kinds.Yes: "&Ie",
                     kinds.No: "&Na", kinds.Save: "Cadw"}
    edit = QLineEdit()
    menu = edit.createStandardContextMenu()
    assert "&Gludo" in [action.text().split("\t")[0] for action in menu.actions()]


@pytest.mark.usefixtures("welsh")
def test_the_interface_speaks_welsh(qtbot: object) -> None:
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("MainWindow", "Dashboard") == "Dangosfwrdd"
    assert i18n.language() == translations.WELSH
    assert i18n.long_date(date(2027, 3, 5)) == "5 Mawrth 2027"


def test_a_document_can_speak_welsh_while_the_window_speaks_english() -> None:
    translations.prepare(translations.WELSH)
    assert i18n.long_date(date(2027, 6, 1)) == "1 June 2027"
    with i18n.speaking(translations.WELSH):
        assert i18n.long_date(date(2027, 6, 1)) == "1 Mehefin 2027"
        assert i18n.month_year(2027, 12) == "Rhagfyr 2027"
        assert read_date("5 Gorffennaf 2027") == (date(2027, 7, 5), "")
    assert i18n.long_date(date(2027, 6, 1)) == "1 June 2027"
    assert read_date("5 July 2027") == (date(2027, 7, 5), "")


# Words in forms/ that a person reads, by file kind, and the tables whose words are translated.
FORM_WORDS = {"title", "description", "guidance", "label", "question", "row"}
PACK_WORDS = {"label", "title", "detail", "term", "definition"}
PACK_TRANSLATED = ("facts", "milestones", "requirements", "portal_steps", "glossary")


def untranslated(node: object, words: set[str], where: str = "") -> Iterator[str]:
    """Each English text in `node` without a non-empty Welsh `<key>_cy` beside it."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in words and isinstance(value, str) and not str(node.get(f"{key}_cy",
                                                                             "")).strip():
                yield f"{where}.{key} = {value[:50]!r}"
            yield from untranslated(value, words, f"{where}.{key}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from untranslated(item, words, f"{where}[{index}]")


@pytest.mark.parametrize("folder", ["questionnaires", "checklists"])
def test_every_question_and_guidance_has_its_welsh(folder: str) -> None:
    import tomllib

    missing = [f"{path.name}{found}" for path in sorted((ROOT / "forms" / folder).glob("*.toml"))
               for found in untranslated(tomllib.loads(path.read_text("utf-8")), FORM_WORDS)]
    assert missing == []


def test_the_packs_steps_milestones_facts_and_glossary_have_their_welsh() -> None:
    import tomllib

    for path in (ROOT / "forms" / "frameworks").glob("*.toml"):
        pack = tomllib.loads(path.read_text("utf-8"))
        missing = [found for table in PACK_TRANSLATED
                   for found in untranslated(pack.get(table, []), PACK_WORDS, table)]
        assert missing == [], path.name


# Words a charity worker should not meet: jargon from programs and forms, and "file(s)" plurals.
NOT_PLAIN = re.compile(r"\(s\)|\b(invalid|exception|traceback|null|parameter|utili[sz]e|"
                       r"in order to|prior to|aborted|fatal|illegal|commence|terminate)\b",
                       re.IGNORECASE)


def test_every_message_is_in_plain_words() -> None:
    sources = [source for (_context, source) in messages(APP_TS)]
    assert len(sources) > 900
    assert [source for source in sources if NOT_PLAIN.search(source)] == []


def test_counts_say_one_thing_or_many() -> None:
    assert i18n.plural(1, "1 task", "{count} tasks") == "1 task"
    assert i18n.plural(0, "1 task", "{count} tasks") == "0 tasks"
    assert i18n.plural(12, "1 task", "{count} tasks") == "12 tasks"
