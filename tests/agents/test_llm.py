"""The optional LLM adviser, against a real local HTTP server speaking the OpenAI
chat-completions API (the LLM is outside the machine, so this is its stand-in)."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from migrascope.agents import DiscoveryAgent, LLMAdviser
from migrascope.config import Settings
from migrascope.memory import Thresholds


class _ChatServer:
    """Answers /v1/chat/completions with a scripted function of the prompt."""

    def __init__(self, answer):
        self.answer = answer
        self.prompts: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                assert self.path == "/v1/chat/completions"
                prompt = body["messages"][-1]["content"]
                outer.prompts.append(prompt)
                reply = {
                    "id": "chatcmpl-1",
                    "object": "chat.completion",
                    "created": 0,
                    "model": body["model"],
                    "choices": [
                        {
                            "index": 0,
                            "message": {"role": "assistant", "content": outer.answer(prompt)},
                            "finish_reason": "stop",
                        }
                    ],
                    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                }
                data = json.dumps(reply).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def _first_option(prompt: str) -> str:
    option = next(line[2:] for line in prompt.splitlines() if line.startswith("- "))
    return json.dumps({"choice": option, "reason": "the sample values look like it"})


@pytest.fixture
def review_everything(store, tenant):
    """Thresholds that leave every mapping in the suggest band, so the LLM is asked."""
    store.thresholds.set(tenant, "field_mapping", Thresholds(auto=0.999, suggest=0.2, reject=0.1))


def test_review_band_columns_get_llm_advice(store, tenant, write_csv, review_everything):
    path = write_csv("Server Name,RAM (MB)\nprd-web-01,4096\n")
    with _ChatServer(_first_option) as server:
        agent = DiscoveryAgent(store, llm=LLMAdviser("fake-model", base_url=server.url))
        mapping, review = agent.map(tenant, path)
    assert len(review) == 2 and len(server.prompts) == 2
    for item in review:
        assert item.advice == item.options[0]
        assert item.advice_reason.startswith("fake-model:")
        assert item.advice in server.prompts[review.index(item)]
    # Advice never decides: the mapping stays a suggestion for a person.
    assert all(c.decision == "suggest" for c in mapping.columns)


def test_off_list_or_broken_answers_are_ignored(store, tenant, write_csv, review_everything):
    path = write_csv("Server Name\nprd-web-01\n")
    with _ChatServer(lambda p: '{"choice": "favourite_colour", "reason": "x"}') as server:
        _, review = DiscoveryAgent(store, llm=LLMAdviser("m", base_url=server.url)).map(
            tenant, path
        )
    assert review[0].advice is None
    with _ChatServer(lambda p: "I think it is a hostname.") as server:
        _, review = DiscoveryAgent(store, llm=LLMAdviser("m", base_url=server.url)).map(
            tenant, path
        )
    assert review[0].advice is None


def test_unreachable_llm_degrades_to_no_advice(store, tenant, write_csv, review_everything):
    path = write_csv("Server Name\nprd-web-01\n")
    llm = LLMAdviser("m", base_url="http://127.0.0.1:9/v1", timeout=2)
    _, review = DiscoveryAgent(store, llm=llm).map(tenant, path)
    assert len(review) == 1 and review[0].advice is None


def test_no_llm_configured_means_none(tmp_path):
    assert LLMAdviser.from_settings(Settings(home=tmp_path)) is None
    llm = LLMAdviser.from_settings(
        Settings(home=tmp_path, llm_model="gpt-x", openai_base_url="http://127.0.0.1:1/v1")
    )
    assert llm is not None and llm.model == "gpt-x"


def test_explain_words_a_decision():
    with _ChatServer(lambda p: "Mapped because the header says RAM.") as server:
        text = LLMAdviser("m", base_url=server.url).explain("RAM -> memory_gb", ["header"])
    assert text == "Mapped because the header says RAM."
    assert "RAM -> memory_gb" in server.prompts[0]
