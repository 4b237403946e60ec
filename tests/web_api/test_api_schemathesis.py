"""Property-based conformance: schemathesis generates requests from the live OpenAPI document
and checks every answer against it (no 5xx, documented status codes, content types, headers
and bodies). Bounded: a few dozen examples per operation, well under a minute in all, and
derandomized so that a run is repeatable."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]

EXAMPLES = 100


@pytest.mark.slow
def test_every_answer_conforms_to_the_document(app, story):
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    results = list(schema.get_all_operations())
    errors = [result.err() for result in results if hasattr(result, "err")]
    assert not errors, errors
    operations = [result.ok() for result in results]
    assert len(operations) == 22  # 12, happenings (2), digest and the Grafana data source (7)
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def conforms(case):
            case.call_and_validate(checks=CHECKS)

        conforms()
