"""Plain-text drafts (.txt, pasted tweets): the social pass, and bullets.

A bullet ("•", or "-" and "*" at the start of a line) is markup, not prose:
it is masked, and the item after it starts a block of its own, so "• Spike in
sales • 200% growth in followers" is two sentences, as in a Markdown list.
"""

from __future__ import annotations

import re

from align_lint.documents.masking import mask_matches, mask_social, unify_line_breaks

# A paragraph starts after a blank line; a list item or bullet starts its own block.
# Lines end at "\r\n", "\n" or a lone "\r", as in the line index.
_BLOCK_START = re.compile(
    r"(?:\A|(?>\r\n?|\n)[ \t]*(?>\r\n?|\n))[ \t]*(?=\S)"
    r"|(?<=[\r\n])[ \t]*(?=(?:[-*•]|\d+[.)])[ \t])"
    r"|(?<=[•▪◦‣])[ \t]*(?=\S)"
)
_BULLET = re.compile(r"[•▪◦‣]|(?:(?<=[\r\n])|\A)[ \t]*[-*](?=[ \t])")


def mask_plaintext(text: str) -> tuple[str, tuple[int, ...]]:
    chars = list(text)
    mask_social(chars)
    mask_matches(chars, _BULLET)
    starts = sorted({m.end() for m in _BLOCK_START.finditer(text)})
    return unify_line_breaks("".join(chars)), tuple(starts)
