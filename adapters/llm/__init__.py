"""LLM vendor adapters behind the ``ClinicalExtractor`` port.

``openai_compatible`` speaks the OpenAI Chat Completions wire format over plain
httpx (no vendor SDK), so it also serves OpenAI-compatible servers (Azure-style
proxies, vLLM, Ollama). Every call passes the vendor quota gate first. The
helpers split the work: ``prompts`` numbers the page lines and writes the
messages, ``parsing`` turns the model's JSON back into the validated schema.
"""

from __future__ import annotations
