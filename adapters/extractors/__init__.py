"""Clinical extractors (the AI passes) behind the ``ClinicalExtractor`` port.

``make_extractor(name)`` imports the chosen implementation only when asked, so a
vendor adapter (and its HTTP client) is never loaded unless that vendor is configured.

* ``offline``: deterministic rules, no network, no key (the default);
* ``openai``: an OpenAI-compatible Chat Completions API through the vendor quota
  gate; settings from the environment: ``OPENAI_API_KEY`` (required),
  ``OPENAI_BASE_URL`` (default ``https://api.openai.com/v1``), ``OPENAI_MODEL``
  (default ``gpt-4o-mini``, also the quota's ``api_endpoint``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from pipeline.errors import ConfigurationError
from pipeline.ports import ClinicalExtractor

if TYPE_CHECKING:
    from adapters.ratelimit.gate import VendorGate

__all__ = ["EXTRACTORS", "make_extractor"]

DEFAULT_OPENAI_BASE_URL = "https://api.openai.com/v1"
DEFAULT_OPENAI_MODEL = "gpt-4o-mini"

#: Builds an extractor from the vendor gate (None when none is configured) and the env.
Builder = Callable[["VendorGate | None", Mapping[str, str]], ClinicalExtractor]


def _offline(gate: VendorGate | None, env: Mapping[str, str]) -> ClinicalExtractor:
    from adapters.extractors.offline import OfflineClinicalExtractor

    return OfflineClinicalExtractor()


def _openai(gate: VendorGate | None, env: Mapping[str, str]) -> ClinicalExtractor:
    api_key = env.get("OPENAI_API_KEY", "").strip()
    if not api_key:
        raise ConfigurationError(
            "the openai extractor needs OPENAI_API_KEY", code="extractor_config_missing"
        )
    if gate is None:
        raise ConfigurationError(
            "the openai extractor needs a vendor quota gate", code="extractor_config_missing"
        )
    from adapters.llm.openai_compatible import OpenAICompatibleExtractor

    return OpenAICompatibleExtractor(
        base_url=env.get("OPENAI_BASE_URL") or DEFAULT_OPENAI_BASE_URL,
        api_key=api_key,
        model=env.get("OPENAI_MODEL") or DEFAULT_OPENAI_MODEL,
        gate=gate,
    )


#: Extractor name -> builder.
EXTRACTORS: dict[str, Builder] = {"offline": _offline, "openai": _openai}


def make_extractor(
    name: str = "offline",
    *,
    gate: VendorGate | None = None,
    env: Mapping[str, str] | None = None,
) -> ClinicalExtractor:
    """A new extractor of the named kind.

    Vendor extractors need ``gate`` (every call passes the quota gate) and read their
    settings from ``env`` (default ``os.environ``). Raises ``ConfigurationError`` for an
    unknown name or a missing setting.
    """
    build = EXTRACTORS.get(name)
    if build is None:
        raise ConfigurationError(
            f"unknown clinical extractor {name!r}; choose one of {', '.join(sorted(EXTRACTORS))}",
            code="extractor_unknown",
        )
    return build(gate, os.environ if env is None else env)
