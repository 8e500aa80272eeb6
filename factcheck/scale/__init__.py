"""Scaling out: ``cluster`` runs the index's shard jobs and batch checking on a Ray cluster
(``--ray``). Nothing here is imported without the flag; Ray is imported by ``cluster`` only."""
