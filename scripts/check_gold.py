"""Check gold annotation files (NAME.gold.json beside NAME.txt) against the gold format.

Prints one line per problem, naming the file and the field, and exits 1 when
there is any. Used on the training corpus in ``corpus/`` and by anyone writing
gold files for ``dealgraph evaluate``.

    python scripts/check_gold.py corpus/ [more folders or files]
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.errors import DealgraphError  # noqa: E402
from graph.evaluate import gold_files, read_gold  # noqa: E402


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0 if argv else 2
    problems = 0
    files = 0
    try:
        paths = gold_files(argv)
    except DealgraphError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    for path in paths:
        files += 1
        try:
            gold = read_gold(path)
        except DealgraphError as exc:
            print(exc)
            problems += 1
            continue
        text_path = path.with_name(path.name[: -len(".gold.json")] + ".txt")
        if not text_path.is_file():
            print(f"{path}: no article text {text_path.name} beside it")
            problems += 1
            continue
        text = text_path.read_text(encoding="utf-8").casefold()
        for entity in gold.entities.values():
            if not any(n.casefold() in text for n in [entity.name, *entity.aliases]):
                print(f"{path}: entity {entity.name!r}: neither its name nor an alias occurs in {text_path.name}")
                problems += 1
    print(f"{files} gold files, {problems} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
