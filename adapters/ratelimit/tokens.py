"""Token estimates made before a vendor call, to reserve tokens-per-minute budget.

Rule (no tokenizer): ``ceil(characters / 4)`` tokens per message text, plus
:data:`TOKENS_PER_MESSAGE` (3) per message for its framing (role marker, separators)
and :data:`REQUEST_OVERHEAD_TOKENS` (3) per request for the reply priming, the counts
OpenAI's cookbook gives for chat models. One text: ``ceil(chars / 4) + 6``.
About 4 characters per token holds for English prose; it undercounts non-English
text and code, which is why the estimate is reconciled with the vendor's ``usage``
after the call and why a 429 still tightens the key.

If ``tiktoken`` is installed and a model is named, its encoder counts the text
instead (the overhead is still added). Anything that goes wrong loading it
(unknown model, no network to fetch the encoding) falls back to the rule.
"""

from __future__ import annotations

import functools
import importlib
import logging
import math
from collections.abc import Callable, Iterable

logger = logging.getLogger(__name__)

#: Characters per token in the no-tokenizer rule.
CHARS_PER_TOKEN = 4
#: Tokens added per message for its framing.
TOKENS_PER_MESSAGE = 3
#: Tokens added once per request (reply priming).
REQUEST_OVERHEAD_TOKENS = 3


@functools.lru_cache(maxsize=16)
def _tiktoken_counter(model: str) -> Callable[[str], int] | None:
    try:
        tiktoken = importlib.import_module("tiktoken")
    except ImportError:
        return None
    try:
        encoding = tiktoken.encoding_for_model(model)
    except (KeyError, ValueError, OSError):
        try:
            encoding = tiktoken.get_encoding("o200k_base")
        except (KeyError, ValueError, OSError):
            logger.info("tiktoken encoding unavailable; using the character rule")
            return None

    def count(text: str) -> int:
        return len(encoding.encode(text, disallowed_special=()))

    return count


def count_text_tokens(text: str, *, model: str | None = None) -> int:
    """Tokens of ``text`` alone: tiktoken when available for ``model``, else chars / 4."""
    if model:
        counter = _tiktoken_counter(model)
        if counter is not None:
            return counter(text)
    return math.ceil(len(text) / CHARS_PER_TOKEN)


def estimate_tokens(text: str, *, model: str | None = None) -> int:
    """Estimated prompt tokens of a one-message request whose text is ``text``."""
    return count_text_tokens(text, model=model) + TOKENS_PER_MESSAGE + REQUEST_OVERHEAD_TOKENS


def estimate_request_tokens(
    texts: Iterable[str],
    *,
    max_output_tokens: int = 0,
    model: str | None = None,
) -> int:
    """What a call reserves: its prompt estimate plus ``max_output_tokens``.

    Vendors charge the output budget up front (OpenAI, Anthropic OTPM), so the
    reservation does too.
    """
    prompt = sum(count_text_tokens(text, model=model) + TOKENS_PER_MESSAGE for text in texts)
    return prompt + REQUEST_OVERHEAD_TOKENS + max(0, max_output_tokens)
