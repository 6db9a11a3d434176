"""Generate a synthetic corpus of deal news for benchmarks, as one JSON Lines file.

Names are made up from syllables (companies), word lists (investors) and common
first and last names (people); sentences come from templates in the many ways
deal news is phrased: rounds led by and joined by investors, backed-by, stakes,
acquisitions, mergers, founders and executives, places. The same seed gives the
same corpus.

    python scripts/gen_corpus.py 20000 corpus.jsonl
"""
from __future__ import annotations

import argparse
import json
import random

SYLLABLES = "ka lo mi ve ra zu no shi ta pe lu xi mo da ri fa ne so ku ya be ti".split()
COMPANY_TAILS = ["Health", "Care", "Labs", "Medical", "Bio", "Tech", "Diagnostics", "Therapeutics", "", "", ""]
INVESTOR_WORDS = "Summit Harbor Granite Lotus Cedar Aurora Vertex Maple Jade Falcon Silver Crescent Beacon Orchid Pine".split()
INVESTOR_TAILS = ["Capital", "Ventures", "Partners", "Holdings", "Investments", "Capital Partners", "Growth"]
FIRST = "Wei Li Ming Anna Ravi Priya James Sara Chen Omar Lucia Kenji Amara Tom Nadia Felix".split()
LAST = "Zhang Wang Patel Smith Garcia Tanaka Okafor Kim Rossi Novak Silva Haddad Larsen Mehta Chen".split()
CITIES = "Beijing Shanghai Hangzhou Shenzhen Singapore Jakarta Bengaluru Mumbai London Berlin Lagos Nairobi Dubai Seoul".split()
ROUNDS = ["seed", "Series A", "Series B", "Series C", "Series D", "pre-IPO", "strategic"]
MONEY = ["$%d million", "US$%dM", "USD %d million", "RMB %d million", "€%dm", "%d million yuan"]


class Names:
    def __init__(self, rng: random.Random, companies: int, investors: int):
        self.rng = rng
        self.companies = sorted({self._company() for _ in range(companies)})
        self.investors = sorted({f"{rng.choice(INVESTOR_WORDS)}{rng.choice(['', ' ' + rng.choice(INVESTOR_WORDS)])} "
                                 f"{rng.choice(INVESTOR_TAILS)}" for _ in range(investors)})

    def _company(self) -> str:
        word = "".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(2, 3))).capitalize()
        tail = self.rng.choice(COMPANY_TAILS)
        return f"{word} {tail}".strip()

    def person(self) -> str:
        return f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"


def article(rng: random.Random, names: Names, i: int) -> dict:
    company = rng.choice(names.companies)
    leads = rng.sample(names.investors, rng.randint(1, 2))
    others = rng.sample([x for x in names.investors if x not in leads], rng.randint(1, 3))
    amount = rng.choice(MONEY) % rng.choice([5, 12, 20, 35, 50, 80, 120, 300])
    round_name = rng.choice(ROUNDS)
    city = rng.choice(CITIES)
    founder = names.person()
    lead_text = " and ".join(leads)
    other_text = ", ".join(others[:-1]) + (" and " if len(others) > 1 else "") + others[-1]
    opening = rng.choice([
        f"{city}-based {company} has raised {amount} in a {round_name} round led by {lead_text}.",
        f"{company}, a {city}-based health startup, said on Monday it had closed a {amount} {round_name} round led by {lead_text}.",
        f"{lead_text} led a {amount} {round_name} round in {company}, the {city}-based company said.",
    ])
    middle = rng.choice([
        f"{other_text} also joined the round.",
        f"The round saw participation from {other_text}.",
        f"Existing investors {other_text} also took part.",
    ])
    people = rng.choice([
        f"{company} was founded in {rng.randint(2010, 2022)} by {founder}, who serves as chief executive.",
        f"Founder and CEO {founder} said the money will fund hiring.",
        f"{founder}, co-founder of {company}, said the company would expand abroad.",
    ])
    sentences = [opening, middle, people]
    if rng.random() < 0.3:
        target = rng.choice([c for c in names.companies if c != company])
        sentences.append(rng.choice([f"Last year, {company} acquired {target}.",
                                     f"{target} was bought by {company} in {rng.randint(2015, 2023)}."]))
    if rng.random() < 0.2:
        sentences.append(f"The deal values {company} at ${rng.choice([200, 500, 900, 1500])} million.")
    title = f"{company} raises {amount}"
    return {"id": f"synthetic-{i:06d}", "title": title, "text": title + "\n\n" + " ".join(sentences),
            "date": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}


def generate(n: int, seed: int = 7):
    rng = random.Random(seed)
    names = Names(rng, companies=max(20, n // 3), investors=max(20, n // 40))
    for i in range(n):
        yield article(rng, names, i)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("articles", type=int)
    parser.add_argument("output")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with open(args.output, "w", encoding="utf-8") as fh:
        for record in generate(args.articles, args.seed):
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
