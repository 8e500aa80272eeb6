"""What an editor runs over many claims: claim files (``claims_io``), ``batch``, ``evaluate``,
draft ``review`` (with ``checkworthy`` and the HTML report)."""
