"""What one passage's stance rests on, as typed values: the learned model's and an NLI
model's readings, and the rules' scores and flags. The stance engine makes one ``Signals`` per
passage; verify, trace and the verdict read its fields (no dict of named floats)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Reading:
    """The stance cross-encoder's probabilities for one (passage, claim) pair."""

    supports: float
    conflicts: float
    neutral: float

    @classmethod
    def of(cls, row: Sequence[float]) -> Reading:
        """From a row in the model's label order (``cross.LABELS``)."""
        supports, conflicts, neutral = (float(p) for p in row)
        return cls(supports, conflicts, neutral)

    def __str__(self) -> str:
        return f"learned model: supports {self.supports:.2f}, conflicts {self.conflicts:.2f}"

    def leans_against(self, conflict_min: float) -> bool:
        """The model reads a conflict, at least ``conflict_min`` and above its support."""
        return self.conflicts >= conflict_min and self.conflicts > self.supports


@dataclass(frozen=True)
class NliReading:
    """An NLI cross-encoder's probabilities for one (passage, claim) pair (``--nli-model``)."""

    entailment: float
    contradiction: float
    neutral: float = 0.0

    @classmethod
    def of(cls, by_label: Mapping[str, float]) -> NliReading:
        """From the model's own labels (a two-way model has no neutral)."""
        return cls(
            by_label.get("entailment", 0.0),
            by_label.get("contradiction", 0.0),
            by_label.get("neutral", 0.0),
        )

    def __str__(self) -> str:
        return f"nli: entailment {self.entailment:.2f}, contradiction {self.contradiction:.2f}"


@dataclass(frozen=True)
class Signals:
    """One passage's scores and flags, from the rules, the models and the claim's atoms."""

    similarity: float  # cosine of the claim and the passage
    coverage: float  # share of the claim's content words in the passage
    about: float  # coverage, counting words the passage contradicts as found
    rule_conflict: float  # the rules' conflict score (0 when they name none)
    rule_support: float  # the rules' support score
    hedged: bool  # the passage hedges ("would", "plans to")
    exact: bool  # a figure, date or role read exactly decides it (the models are not read)
    missing_specifics: bool  # the passage lacks a figure or date of the claim
    learned: Reading | None = None  # the stance cross-encoder, where it read the passage
    nli: NliReading | None = None  # an NLI model, where one was given
    complete: bool = False  # the window states every part of the claim (atoms.Checked)
    as_reported: bool = False  # states the claim as planned, said or reported, not as fact
    corrects: bool = False  # a correction that states the claim to say it was wrong
    own_plan: bool = False  # a party's own plan in its own voice, which the claim reports
    # why the passage is its party's own report, in its own voice (own_act.py): accepted from
    # a release or a statement unless a record or an independent source differs; "" if not
    own_report: str = ""
    # a public body's record in its meeting's transcript: a decision on a motion, or its
    # staff's report to it
    on_record: bool = False
    # the rules read the act as still to come ("is scheduled to begin"), the claim as done
    pending: bool = False
