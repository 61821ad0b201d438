"""Unsupervised naming-convention discovery."""

from __future__ import annotations

import pytest

from migrascope.tools.naming import parse_name, suggest_naming_patterns, tokenize
from migrascope.tools.synthetic import generate_estate


@pytest.mark.parametrize(
    ("name", "tokens"),
    [
        pytest.param("prd-pay-web01", ["prd", "-", "pay", "-", "web", "01"], id="dash"),
        pytest.param("LONPRDSQL014", ["lon", "prd", "sql", "014"], id="glued-codes"),
        pytest.param("LONPRDK8S003", ["lon", "prd", "k8s", "003"], id="digit-code"),
        pytest.param("pay_app_p_03", ["pay", "_", "app", "_", "p", "_", "03"], id="underscore"),
    ],
)
def test_tokenize(name, tokens):
    assert tokenize(name) == tokens


@pytest.mark.parametrize(
    ("convention", "template"),
    [
        ("dash", "{env}-{app}-{role}{nn}"),
        ("compact", "{site}{env}{role}{nn}"),
        ("underscore", "{app}_{role}_{env}_{nn}"),
        ("dotted", "{role}{nn}.{app}.{env}.corp.local"),
    ],
)
def test_each_convention_is_found_as_a_readable_template(convention, template):
    names = [a.hostname for a in generate_estate(250, seed=11, convention=convention).assets]
    best = suggest_naming_patterns(names)[0]
    assert best.template == template
    assert best.coverage >= 0.9
    fields = best.parse(best.examples[0])
    assert fields is not None and "nn" in fields


def test_mixed_estate_yields_one_template_per_convention():
    names = [
        a.hostname
        for conv in ("dash", "compact")
        for a in generate_estate(150, seed=4, convention=conv).assets
    ]
    templates = [s.template for s in suggest_naming_patterns(names)[:2]]
    assert sorted(templates) == ["{env}-{app}-{role}{nn}", "{site}{env}{role}{nn}"]


def test_parse_reads_the_fields():
    names = [a.hostname for a in generate_estate(200, seed=2, convention="dash").assets]
    best = suggest_naming_patterns(names)[0]
    assert parse_name(best.regex, "prd-pay-web01") == {
        "env": "prd", "app": "pay", "role": "web", "nn": "01"
    }  # fmt: skip
    assert parse_name(best.regex, "not a hostname at all") is None


def test_too_few_names_give_no_suggestion():
    assert suggest_naming_patterns(["a-b-c1", "x9"], min_support=3) == []
    assert suggest_naming_patterns([]) == []
