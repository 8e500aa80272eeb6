"""A claim framed as what a document found (issue 19): "The audit found that 14 of the town's
40 buses were out of service" is stated by the audit's own sentence, in a document whose title
names it ("Independent review ...: summary of findings"); a frame that names another kind of
document ("The union's survey found") is not; and "no violation of the district's bidding
rules" counts none of a narrower kind than "two violations at the bus garage".

Every document here is written for this file; the archive is indexed with the hashing model.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.models import Verdict

from .conftest import archive_verifier, decisive

AUDIT = """# Independent review of the school bus contract: summary of findings

*Marsh & Ode LLP, for the Orrin School Board. Delivered June 2, 2027.*

1. Fourteen of the district's 40 buses were out of service for repairs on the first day of school.
2. We found no violation of the district's bidding rules in the award of the Tallis contract.
3. We found two violations at the bus garage: an expired fire extinguisher and a blocked exit.
"""  # noqa: E501


@pytest.fixture
def verifier(tmp_path: Path):  # noqa: ANN201 - a Verifier
    return archive_verifier(tmp_path, {"2027-06-02-audit.md": AUDIT})


def test_the_audit_found_what_its_document_says(verifier) -> None:  # noqa: ANN001
    found = verifier.verify(
        "The audit found that 14 of the district's 40 buses were out of service for repairs on "
        "the first day of school."
    )
    assert found.verdict == Verdict.SUPPORTED
    assert decisive(found) == ["2027-06-02-audit.md:5"]
    other = verifier.verify(
        "The drivers' union survey found that 14 of the district's 40 buses were out of service "
        "for repairs on the first day of school."
    )
    assert other.verdict != Verdict.SUPPORTED


def test_no_violation_of_a_kind_is_no_count_of_all(verifier) -> None:  # noqa: ANN001
    two = verifier.verify("The audit found two violations at the district's bus garage.")
    assert two.verdict == Verdict.SUPPORTED
    assert decisive(two) == ["2027-06-02-audit.md:7"]
