"""Reading articles from files, folders, JSON Lines, HTML and stdin into prepared Documents."""

from claimtrack.ingest.document import Document, IngestError
from claimtrack.ingest.readers import read_path, read_paths, read_stdin

__all__ = ["Document", "IngestError", "read_path", "read_paths", "read_stdin"]
