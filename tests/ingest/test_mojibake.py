"""Text that went through a wrong decoding on its way to us (UTF-8 read as Latin-1 or Windows-1252: "BjÃ¶rn") is
repaired at ingest, so that names and quotation marks read as written; text that only looks foreign is left alone."""

from __future__ import annotations

from claimtrack.textutil import clean_text
from tests.extract.helpers import statements


def test_mojibake_is_repaired():
    assert (
        clean_text("Penggemar serangga, BjÃ¶rn Hjaltason, menemukan")
        == "Penggemar serangga, Björn Hjaltason, menemukan"
    )
    assert clean_text("lahan seluas 2.567 mÂ² di KIPP") == "lahan seluas 2.567 m² di KIPP"
    assert clean_text("Sekjen PBB AntÃ³nio Guterres") == "Sekjen PBB António Guterres"


def test_accented_text_written_right_is_left_alone():
    for text in ("Café São Paulo, naïve Ñandú", "harga €5 “murah” – kata dia", "Björn Hjaltason", "Rp 5 ribu—murah"):
        assert clean_text(text) == text


def test_a_name_written_in_mojibake_is_the_speakers_name():
    text = (
        "Penggemar serangga, BjÃ¶rn Hjaltason, menemukan nyamuk-nyamuk tersebut di kebunnya pekan lalu. "
        '"Ini pertama kalinya nyamuk ditemukan di Islandia," kata BjÃ¶rn.'
    )
    assert {s.speaker for s in statements(text, "id")} == {"Björn Hjaltason"}
