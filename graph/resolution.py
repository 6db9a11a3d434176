"""Entity resolution across articles.

Names with the same key (case, accents, punctuation and legal suffixes folded:
"Tencent", "Tencent Holdings", "Tencent Holdings Ltd.") become one entity, and
so do names the gazetteer lists as aliases of one organization. The canonical
label is the gazetteer's name when the corpus uses it, else the most frequent
form. "Sequoia Capital China" keeps its own node: its key differs. An entity
has one type, the one most of its mentions have; a fact that type does not fit
("Shenzhen" a company that raised money in one article, a place in the others)
is dropped, so a built graph always conforms to the shapes.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace

from .names import gazetteer_keys, name_key
from .model import Article, Corpus, Entity, Extraction, Fact


def resolve(extractions: Iterable[Extraction], known: Iterable[Entity] = ()) -> Corpus:
    """Merge per-article entities into one set of canonical entities and rename facts to match.

    ``known`` entities (those of a store, resolved before) keep their groups: each one's own name
    decides its group before any alias does. Without that, the aliases a stored entity gathered
    over many articles would pull other stored entities into it, and resolving the same articles
    again would merge entities that the first run kept apart."""
    extractions = list(extractions)
    gazetteer = gazetteer_keys()
    group_of: dict[str, str] = {}  # key -> group id
    names: dict[str, Counter] = defaultdict(Counter)
    types: dict[str, Counter] = defaultdict(Counter)
    aliases: dict[str, set[str]] = defaultdict(set)
    articles: dict[str, set[str]] = defaultdict(set)
    local: dict[tuple[str, str], str] = {}  # (article, local name) -> group

    def group_for(entity: Entity) -> str:
        keys = [name_key(n) for n in [entity.name, *sorted(entity.aliases)]]
        for key in keys:
            if key in group_of:
                return group_of[key]
        listed = next((gazetteer[k] for k in keys if k in gazetteer), None)
        return f"gazetteer:{listed}" if listed else f"key:{keys[0]}"

    known = sorted(known, key=lambda e: e.name)
    for entity in known:
        group_of.setdefault(name_key(entity.name), group_for(Entity(entity.name, entity.type)))
    for entity in known:
        for n in sorted(entity.aliases):
            group_of.setdefault(name_key(n), group_of[name_key(entity.name)])

    for ex in extractions:
        for entity in ex.entities:
            group = group_for(entity)
            for n in [entity.name, *entity.aliases]:
                group_of.setdefault(name_key(n), group)
            names[group][entity.name] += 1
            aliases[group].update(entity.aliases)
            types[group][entity.type] += 1
            articles[group].add(ex.article.id)
            local[(ex.article.id, entity.name)] = group

    canonical: dict[str, str] = {}
    entities: dict[str, Entity] = {}
    for group in sorted(names):
        used = names[group]
        preferred = group.split(":", 1)[1] if group.startswith("gazetteer:") else None
        seen = set(used) | aliases[group]
        label = preferred if preferred in seen else max(sorted(used), key=lambda n: (used[n], len(n)))
        canonical[group] = label
        entities[label] = Entity(label, types[group].most_common(1)[0][0], (seen - {label}), articles[group])

    facts: dict[tuple, Fact] = {}
    for ex in extractions:
        for f in ex.facts:
            s = canonical[local[(ex.article.id, f.subject)]]
            o = canonical[local[(ex.article.id, f.object)]] if f.object else None
            s_type, o_type = entities[s].type, entities[o].type if o else None
            if (f.subject, f.subject_type, f.object, f.object_type) != (s, s_type, o, o_type):  # most keep theirs
                f = replace(f, subject=s, subject_type=s_type, object=o, object_type=o_type)
                if not f.types_fit():
                    continue  # 'Shenzhen' a place in most articles, a company in one: not one that raised money
            # two names of one entity in one sentence ('Tencent', 'Tencent Holdings') make one statement
            same = (f.article, f.relation, f.subject, f.object, f.amount, f.currency, f.start)
            if same not in facts or f.confidence > facts[same].confidence:
                facts[same] = f
    article_list: list[Article] = [ex.article for ex in extractions]
    return Corpus(article_list, entities, list(facts.values()))
