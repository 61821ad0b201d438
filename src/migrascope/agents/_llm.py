"""An optional LLM adviser over any OpenAI-compatible chat-completions endpoint.

Agents ask it only about decisions the tools left in the review band, and to word
explanations. It never decides alone: its pick must be one of the tools' own
candidates, and the decision stays a suggestion for a person to confirm. With no
LLM configured (``LLMAdviser.from_settings`` returns None) every agent still works.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from migrascope.config import Settings

__all__ = ["Advice", "LLMAdviser"]

log = logging.getLogger(__name__)

_CHOOSE_PROMPT = """You review one decision of an IT-inventory migration tool.
{question}
Options (answer with exactly one of them, or "none" if none fits):
{options}
Evidence:
{evidence}
Answer with JSON only: {{"choice": "<option or none>", "reason": "<one sentence>"}}"""

_EXPLAIN_PROMPT = """Explain to a migration consultant, in at most three sentences and
without inventing facts, why this decision was made:
{decision}
Evidence: {evidence}"""


@dataclass(frozen=True)
class Advice:
    """What the LLM said about one review-band decision."""

    choice: str | None
    reason: str
    model: str


class LLMAdviser:
    """Chat-completions client for review-band advice and explanations.

    Args:
        model: the model name the endpoint serves.
        base_url: any OpenAI-compatible base URL (``http://host:port/v1``).
        api_key: the endpoint's key, if it needs one.
        timeout: seconds per request; a slow LLM must not stall an import.
    """

    def __init__(
        self,
        model: str,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: float = 20.0,
    ) -> None:
        import openai

        self.model = model
        self._client = openai.OpenAI(
            base_url=base_url, api_key=api_key or "unused", timeout=timeout, max_retries=1
        )

    @classmethod
    def from_settings(cls, settings: Settings) -> LLMAdviser | None:
        """The adviser the settings configure, or None (``MIGRASCOPE_LLM_MODEL`` unset)."""
        if not settings.llm_model:
            return None
        key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
        return cls(settings.llm_model, base_url=settings.openai_base_url, api_key=key)

    def _ask(self, prompt: str) -> str | None:
        import openai

        try:
            response = self._client.chat.completions.create(
                model=self.model,
                messages=[{"role": "user", "content": prompt}],
                temperature=0,
            )
        except openai.OpenAIError as exc:
            # Advice is optional: an unreachable LLM degrades to "no advice", never a failure.
            log.warning("LLM request failed: %s", exc)
            return None
        if not response.choices:
            return None
        return response.choices[0].message.content

    def choose(
        self, question: str, options: Sequence[str], evidence: Sequence[str]
    ) -> Advice | None:
        """Ask which option fits; None when the LLM is unreachable or answers off-list."""
        text = self._ask(
            _CHOOSE_PROMPT.format(
                question=question,
                options="\n".join(f"- {o}" for o in options),
                evidence="\n".join(f"- {e}" for e in evidence) or "- (none)",
            )
        )
        if text is None:
            return None
        try:
            start, end = text.index("{"), text.rindex("}") + 1
            data = json.loads(text[start:end])
            choice = str(data.get("choice", "")).strip()
            reason = str(data.get("reason", "")).strip()
        except (ValueError, AttributeError):
            log.warning("LLM answer is not the JSON asked for: %.200s", text)
            return None
        if choice.lower() == "none":
            return Advice(None, reason, self.model)
        if choice not in options:
            log.warning("LLM chose %r, which is not an offered option; ignored", choice)
            return None
        return Advice(choice, reason, self.model)

    def explain(self, decision: str, evidence: Sequence[str]) -> str | None:
        """A short explanation in plain words, or None without an answer."""
        text = self._ask(_EXPLAIN_PROMPT.format(decision=decision, evidence="; ".join(evidence)))
        return text.strip() if text else None
