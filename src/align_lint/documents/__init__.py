"""Documents: what align lints, with markup masked out of the analysis text."""

from align_lint.documents.document import Document, LineIndex
from align_lint.documents.sources import (
    document_from_text,
    expand_paths,
    read_document,
    read_stdin_document,
)

__all__ = [
    "Document",
    "LineIndex",
    "document_from_text",
    "expand_paths",
    "read_document",
    "read_stdin_document",
]
