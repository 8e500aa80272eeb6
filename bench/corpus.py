"""A generated archive of news-like sentences (~25 words each) for benchmarks."""

from __future__ import annotations

import random
from pathlib import Path

ORGS = [
    "Volkswagen",
    "Tesla",
    "Xiaomi",
    "XPeng",
    "Toyota",
    "BYD",
    "Ford",
    "General Motors",
    "Stellantis",
    "Hyundai",
    "Nio",
    "Li Auto",
    "Renault",
    "BMW",
    "Mercedes-Benz",
    "Honda",
]
PEOPLE = [
    "Elon Musk",
    "Herbert Diess",
    "He Xiaopeng",
    "Lei Jun",
    "Mary Barra",
    "Li Qiang",
    "Carlos Tavares",
    "Akio Toyoda",
    "Oliver Blume",
    "Wang Chuanfu",
]
PLACES = [
    "Berlin",
    "Shanghai",
    "Beijing",
    "Wolfsburg",
    "Detroit",
    "Guangzhou",
    "Tokyo",
    "Munich",
    "Austin",
    "Shenzhen",
    "Paris",
    "Seoul",
    "Mexico City",
    "Budapest",
]
VERBS = ["invest", "cut", "raise", "spend", "borrow", "save", "allocate", "commit"]
THINGS = [
    "battery plants",
    "software development",
    "autonomous driving",
    "charging networks",
    "a new compact crossover",
    "its European factories",
    "data centers",
    "solid-state cells",
]
SOURCES = [
    "Bloomberg reported",
    "Reuters reported",
    "a spokesman confirmed",
    "according to state media",
    "people familiar with the matter said",
    "the company said in a statement",
    "analysts said",
    "local newspapers reported",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
TEMPLATES = [
    "{org} would {verb} ${n} million in {thing} near {place} over the next {k} years, {source}.",
    "{person} told investors in {place} on {month} {d} that {org} expects to sell {n},000 "
    "vehicles this year, up {p}% from last year.",
    "Shares of {org} rose {p}% in {place} after the company said it would {verb} ${n} million "
    "in {thing}, {source}.",
    "{org} and {org2} agreed on {month} {d}, {y} to share {thing}, a deal worth about ${n} "
    "million, {source}.",
    "The {place} plant of {org} built {n},000 cars in {month}, {p}% fewer than planned, because "
    "of a shortage of chips, {source}.",
    "{person} met officials in {place} to discuss {thing}, and said {org} would hire {n} "
    "engineers there by {y}.",
]  # fmt: skip


def sentence(rng: random.Random) -> str:
    org, org2 = rng.sample(ORGS, 2)
    return rng.choice(TEMPLATES).format(
        org=org, org2=org2, person=rng.choice(PEOPLE), place=rng.choice(PLACES),
        verb=rng.choice(VERBS), thing=rng.choice(THINGS), source=rng.choice(SOURCES),
        month=rng.choice(MONTHS), d=rng.randint(1, 28), y=rng.randint(2015, 2026),
        n=rng.randint(2, 990), k=rng.randint(2, 12), p=rng.randint(1, 60),
    )  # fmt: skip


def make_corpus(folder: Path, sentences: int, per_file: int = 100, seed: int = 7) -> list[str]:
    """Write ``sentences`` sentences into files of ``per_file`` lines; return the texts."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    texts = [sentence(rng) for _ in range(sentences)]
    for start in range(0, sentences, per_file):
        chunk = texts[start : start + per_file]
        (folder / f"doc-{start // per_file:05d}.txt").write_text("\n\n".join(chunk) + "\n")
    return texts


OUT = Path(__file__).resolve().parent / "out"


def built_index(sentences: int) -> Path:
    """The generated index bench_index.py builds; exits with the command to build it."""
    import sys

    folder = OUT / f"index-{sentences}"
    if not folder.exists():
        sys.exit(f"{folder} is absent; run: bench/bench_index.py --sentences {sentences}")
    return folder


SHARED = Path(__file__).resolve().parents[2] / "shared"


def real_articles() -> list[tuple[str, str]]:
    """(name, text) of the real news text in ../shared: the FNC-1 training bodies and the seed
    articles; empty when ../shared is absent."""
    import csv

    articles: list[tuple[str, str]] = []
    bodies = SHARED / "datasets" / "fnc1-train" / "train_bodies.csv"
    if bodies.exists():
        with open(bodies, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                articles.append((f"fnc1/body-{int(row['Body ID']):05d}.txt", row["articleBody"]))
    for seed in sorted((SHARED / "seeds").glob("*.txt")):
        articles.append((f"seeds/{seed.name}", seed.read_text(encoding="utf-8")))
    return articles


def make_large_corpus(folder: Path, sentences: int, per_file: int = 100, seed: int = 7) -> int:
    """A corpus of about ``sentences`` sentences, streamed to disk (never all in memory): the
    real articles of ``real_articles()`` plus generated files, 100 files a folder; returns the
    number of generated sentences written."""
    rng = random.Random(seed)
    real = real_articles()
    for name, text in real:
        path = folder / "real" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    real_sentences = sum(t.count(". ") + 1 for _, t in real)  # a rough count, for the target
    generated = max(0, sentences - real_sentences)
    for number, start in enumerate(range(0, generated, per_file)):
        chunk = [sentence(rng) for _ in range(min(per_file, generated - start))]
        path = folder / "generated" / f"{number // 100:04d}" / f"doc-{number:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n\n".join(chunk) + "\n")
    return generated
