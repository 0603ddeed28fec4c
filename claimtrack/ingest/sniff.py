"""Files that are not text, known by their first bytes: PDF, Office documents, images, archives.

claimtrack reads articles as text, Markdown, HTML or JSON Lines. A PDF or a Word file read as text becomes an
"article" titled "%PDF-1.4"; a photo becomes noise. These are refused by name, whatever their file name says.
"""

from __future__ import annotations

HEAD_BYTES = 4096  # enough to tell a Word file from a spreadsheet inside their ZIP container

_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (.doc, .xls or .ppt)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
)
# What a ZIP container holds, by the names near its start: Office Open XML, OpenDocument, EPUB
_ZIP_CONTENTS = (
    (b"word/", "a Word document (.docx)"),
    (b"xl/", "an Excel workbook (.xlsx)"),
    (b"ppt/", "a PowerPoint presentation (.pptx)"),
    (b"application/vnd.oasis.opendocument.text", "an OpenDocument text (.odt)"),
    (b"application/vnd.oasis.opendocument.spreadsheet", "an OpenDocument spreadsheet (.ods)"),
    (b"application/vnd.oasis.opendocument.presentation", "an OpenDocument presentation (.odp)"),
    (b"application/epub+zip", "an EPUB book"),
)
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"mif1", b"msf1", b"avif")

READABLE = "claimtrack reads text, Markdown, HTML and JSON Lines; save the article's text as a .txt file"


def not_text(head: bytes) -> str | None:
    """What a file is when its first bytes say it is not text ("a PDF document"), else None."""
    for signature, what in _SIGNATURES:
        if head.startswith(signature):
            return what
    if head.startswith(b"PK\x03\x04"):
        return next((what for marker, what in _ZIP_CONTENTS if marker in head), "a ZIP archive")
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "a WebP image"
    if head[4:8] == b"ftyp":
        return "a HEIC or AVIF image" if head[8:12] in _HEIF_BRANDS else "a video file"
    return None


def refusal(name: str, head: bytes) -> str | None:
    """The one line that refuses a file that is not text, or None when it may be text."""
    what = not_text(head)
    return f"{name}: {what}, not an article; {READABLE}" if what else None
