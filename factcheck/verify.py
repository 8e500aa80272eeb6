"""Verify claims against an index: retrieve passages, weigh each, aggregate into a verdict."""

from __future__ import annotations

import numpy as np

from . import config
from .index import Index, check_query
from .models import Evidence, Hit, Stance, Verdict, Verification
from .origin import first_reported
from .stance.engine import CROSS_K, Judgement, StanceEngine
from .verdict import aggregate, load_model

EVIDENCE_K = 10  # passages weighed per claim
MIN_SIMILARITY = 0.25  # passages below this are not weighed at all
CONTEXT = 2  # sentences before a passage, read for the names "he" or "the company" stand for


class Verifier:
    """Verifies claims against an open index; one claim is a batch of one."""

    def __init__(
        self, index: Index, nli_model: str | None = None, k: int = EVIDENCE_K,
        stance: str | None = None, cross_k: int = CROSS_K,
    ) -> None:  # fmt: skip
        from .stance.nli import NliModel

        self.index = index
        self.k = k
        nli = NliModel(nli_model) if nli_model else None
        learned = config.stance(stance)
        self.engine = StanceEngine(
            index.manifest.model, index.manifest.dimension, nli, learned, cross_k=cross_k
        )

    def verify(self, claim: str) -> Verification:
        return self.verify_many([claim])[0]

    def verify_many(self, claims: list[str]) -> list[Verification]:
        claims = [check_query(c) for c in claims]
        return [
            self._conclude(claim, hs, js)
            for claim, (hs, js) in zip(claims, self.weigh_many(claims), strict=True)
        ]

    def weigh_many(self, claims: list[str]) -> list[tuple[list[Hit], list[Judgement]]]:
        """Each claim's passages (with their neighbouring sentences) and their judgements."""
        claims = [check_query(c) for c in claims]
        # One claim per embedding call: int8 activations are scaled per call, so a vector
        # computed beside other claims could differ, and with it the verdict.
        vecs = np.vstack([self.index.embedder.encode([c]) for c in claims])
        results = self.index.search_many(claims, k=self.k, query_vecs=vecs, context=CONTEXT)
        hits = [[h for h in r.hits if h.similarity >= MIN_SIMILARITY] for r in results]
        judged = self.engine.weigh_many(
            [
                (claim, [h.text for h in hs], [h.similarity for h in hs],
                 [" ".join(p.text for p in h.before) for h in hs])
                for claim, hs in zip(claims, hits, strict=True)
            ]
        )  # fmt: skip
        return list(zip(hits, judged, strict=True))

    def _conclude(self, claim: str, hits: list[Hit], judgements: list[Judgement]) -> Verification:
        evidence = [
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
            for hit, j in zip(hits, judgements, strict=True)
        ]
        model = load_model() if self.engine.learned else None
        verdict, confidence, reasons, decided = aggregate(
            evidence, [j.features for j in judgements], model
        )
        evidence = [e.model_copy(update={"decisive": i in decided}) for i, e in enumerate(evidence)]
        order = {Stance.CONFLICTS: 0, Stance.SUPPORTS: 0, Stance.NEUTRAL: 1}
        evidence.sort(key=lambda e: (not e.decisive, order[e.stance], -e.score))
        return Verification(
            claim=claim, verdict=verdict, confidence=confidence, reasons=reasons,
            evidence=evidence, engine=self.engine.name,
            first_reported=(
                first_reported(self.index.store, evidence)
                if verdict in (Verdict.SUPPORTED, Verdict.MIXED)
                else None
            ),
        )  # fmt: skip
