"""Documents: bytes → Document, with markup masked out of the analysis text.

Reading (``sources``), the Document record and its line index (``document``),
Markdown and plain-text masking (``markdown``, ``plaintext``, ``masking``) and
finding files in directories (``sources.expand_paths``, ``pathfilter``).
"""

from align_lint.documents.document import Document, LineIndex
from align_lint.documents.sources import (
    Source,
    document_from_source,
    document_from_text,
    expand_paths,
    read_document,
    read_documents,
    read_sources,
)

__all__ = [
    "Document",
    "LineIndex",
    "Source",
    "document_from_source",
    "document_from_text",
    "expand_paths",
    "read_document",
    "read_documents",
    "read_sources",
]
