"""Verify claims against an index: retrieve passages, weigh each, aggregate into a verdict."""

from __future__ import annotations

from .index import Index, check_query
from .models import Evidence, Hit, Stance, Verification
from .stance.engine import judge
from .stance.nli import NliModel
from .verdict import aggregate

EVIDENCE_K = 10  # passages weighed per claim
MIN_SIMILARITY = 0.25  # passages below this are not shown as evidence at all


class Verifier:
    """Verifies claims against an open index; one claim is a batch of one."""

    def __init__(self, index: Index, nli_model: str | None = None, k: int = EVIDENCE_K) -> None:
        self.index = index
        self.k = k
        self.nli = NliModel(nli_model) if nli_model else None
        self.engine = f"rules+nli:{nli_model}" if nli_model else "rules"

    def verify(self, claim: str) -> Verification:
        return self.verify_many([claim])[0]

    def verify_many(self, claims: list[str]) -> list[Verification]:
        claims = [check_query(c) for c in claims]
        results = self.index.search_many(claims, k=self.k)
        out = []
        for claim, result in zip(claims, results, strict=True):
            hits = [h for h in result.hits if h.similarity >= MIN_SIMILARITY]
            out.append(self._weigh(claim, hits))
        return out

    def _weigh(self, claim: str, hits: list[Hit]) -> Verification:
        nli = self.nli.scores([(h.text, claim) for h in hits]) if self.nli else [None] * len(hits)
        evidence = []
        for hit, probs in zip(hits, nli, strict=True):
            j = judge(claim, hit.text, hit.similarity, probs)
            evidence.append(
                Evidence(
                    stance=j.stance,
                    score=j.score,
                    similarity=hit.similarity,
                    file=hit.file,
                    line=hit.line,
                    end_line=hit.end_line,
                    page=hit.page,
                    para=hit.para,
                    citation=hit.citation,
                    text=hit.text,
                    reasons=j.reasons,
                    coverage=j.coverage,
                    hedged=j.hedged,
                )  # fmt: skip
            )
        verdict, confidence, reasons, decided = aggregate(evidence)
        evidence = [e.model_copy(update={"decisive": i in decided}) for i, e in enumerate(evidence)]
        order = {Stance.CONFLICTS: 0, Stance.SUPPORTS: 0, Stance.NEUTRAL: 1}
        evidence.sort(key=lambda e: (not e.decisive, order[e.stance], -e.score))
        return Verification(
            claim=claim, verdict=verdict, confidence=confidence, reasons=reasons,
            evidence=evidence, engine=self.engine,
        )  # fmt: skip
