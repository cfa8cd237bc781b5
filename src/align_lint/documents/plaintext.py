"""Plain-text drafts (.txt, pasted tweets): only the social pass applies."""

from __future__ import annotations

import re

from align_lint.documents.masking import mask_social

# A paragraph starts after a blank line; a list item or bullet starts its own block.
_BLOCK_START = re.compile(r"(?:\A|\n[ \t]*\n)[ \t]*(?=\S)|(?<=\n)[ \t]*(?=(?:[-*•]|\d+[.)])[ \t])")


def mask_plaintext(text: str) -> tuple[str, tuple[int, ...]]:
    chars = list(text)
    mask_social(chars)
    starts = sorted({m.end() for m in _BLOCK_START.finditer(text)})
    return "".join(chars), tuple(starts)
