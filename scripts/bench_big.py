"""Benchmark: huge and pathological articles (the size limits of ``graph/limits.py``).

Writes synthetic articles and runs ``dealgraph extract`` on each, as its own process, with a
small good article beside it; prints wall time, peak memory (the process's maximum resident set),
the exit code, the warning and whether the good article's facts still came out:

* a 5 MB and a 50 MB article of deal-news paragraphs, opening with a sentence of 10,000 names
  and a paragraph of over 1,000,000 characters (so both are in the part that is read);
* the sentence of 10,000 names alone;
* the paragraph of over 1,000,000 characters alone.

    python scripts/bench_big.py [--sizes 5 50] [--names 10000]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COMPANIES = ["Orion Robotics", "Vela Health", "Keel Labs", "Pine Analytics", "Cobalt Freight", "Lumen Bio",
             "Quill Payments", "Zephyr Energy", "Atlas Farms", "Nimbus Learning", "Falcon Mobility", "Juniper Foods"]
INVESTORS = ["Index Ventures", "Accel Partners", "Harbor Capital", "Meridian Growth Partners", "Basalt Ventures",
             "Cinder Capital", "Northwind Holdings", "Greyfield Partners", "Sable Ventures", "Tamarind Capital"]
PEOPLE = ["Ana Cruz", "Arjun Das", "Mei Lin", "Tomas Berg", "Leila Haddad", "Kofi Mensah", "Sara Novak"]
CITIES = ["Nairobi", "Jakarta", "Lisbon", "Austin", "Seoul", "Bogota"]
SENTENCES = [
    "{c} has raised ${m} million in a Series {r} round led by {i}, with {j} also taking part.",
    "The {city}-based startup said the money will go into hiring and new markets.",
    "{p}, co-founder and chief executive of {c}, said demand had doubled over the past year.",
    "{i} previously backed {c2}, which was acquired by {c3} for ${m} million last year.",
    "Existing investors {j} and {i} joined the round, bringing total funding to ${m2} million.",
    "The deal values {c} at about ${b} billion, according to a person familiar with the matter.",
    "Analysts expect more consolidation in the sector as rates stay high and buyers look for scale.",
]
GOOD = "Vela Health has raised $8 million in a seed round led by Accel Partners.\n"
NAME_WORDS = ["Capital", "Ventures", "Partners", "Holdings", "Labs", "Group"]


def paragraph(rng: random.Random) -> str:
    c, c2, c3 = rng.sample(COMPANIES, 3)
    i, j = rng.sample(INVESTORS, 2)
    return " ".join(t.format(c=c, c2=c2, c3=c3, i=i, j=j, p=rng.choice(PEOPLE), city=rng.choice(CITIES),
                             m=rng.randint(2, 90), m2=rng.randint(100, 400), b=rng.randint(1, 9), r=rng.choice("ABCD"))
                    for t in rng.sample(SENTENCES, rng.randint(3, 5)))


def names_sentence(n: int) -> str:
    names = [f"Firm{k} {NAME_WORDS[k % len(NAME_WORDS)]}" for k in range(n)]
    return f"Keel Labs said its round drew {', '.join(names[:-1])} and {names[-1]}."


def long_paragraph(rng: random.Random, chars: int) -> str:
    parts, size = [], 0
    while size < chars:
        parts.append(paragraph(rng))
        size += len(parts[-1]) + 1
    return " ".join(parts)


def article(mb: float, names: int, rng: random.Random) -> str:
    parts = ["Orion Robotics raises new funding", names_sentence(names), long_paragraph(rng, 1_100_000)]
    size, target = sum(len(p) + 2 for p in parts), int(mb * 1_000_000)
    while size < target:
        parts.append(paragraph(rng))
        size += len(parts[-1]) + 2
    return "\n\n".join(parts) + "\n"


def run(path: Path, good: Path) -> dict:
    exe = Path(sys.executable).with_name("dealgraph")
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([str(exe), "extract", str(path), str(good), "--format", "facts"], stdout=out, stderr=err)
        _pid, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        facts = [json.loads(line) for line in out.read().decode().splitlines() if line.strip()]
        stderr = err.read().decode().strip()
    return {"seconds": seconds, "rss_mb": usage.ru_maxrss / 1024, "exit": proc.returncode, "stderr": stderr,
            "facts": sum(f["article"] == path.stem for f in facts), "good": any(f["article"] == "good" for f in facts)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=float, nargs="+", default=[5, 50], help="article sizes in MB (default 5 50)")
    parser.add_argument("--names", type=int, default=10_000, help="names in the long sentence (default 10000)")
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        good = folder / "good.txt"
        good.write_text(GOOD, encoding="utf-8")
        cases = {f"article-{mb:g}mb": article(mb, args.names, rng) for mb in args.sizes}
        cases[f"sentence-{args.names}-names"] = names_sentence(args.names) + "\n"
        cases["paragraph-1.1m-chars"] = long_paragraph(rng, 1_100_000) + "\n"
        print(f"{'input':<24} {'MB':>6} {'seconds':>8} {'peak MB':>8} {'exit':>4} {'facts':>6}  good file's facts")
        for name, text in cases.items():
            path = folder / f"{name}.txt"
            path.write_text(text, encoding="utf-8")
            r = run(path, good)
            print(f"{name:<24} {len(text) / 1e6:>6.1f} {r['seconds']:>8.1f} {r['rss_mb']:>8.0f} {r['exit']:>4} "
                  f"{r['facts']:>6}  {'yes' if r['good'] else 'NO'}")
            for line in r["stderr"].splitlines():
                print(f"    {line.replace(str(folder) + os.sep, '')}")
            path.unlink()


if __name__ == "__main__":
    main()
