"""Read entities and facts from articles.

Per article: the body (page furniture dropped, ``graph/clean.py``) runs through
the spaCy pipeline (``graph/nlp.py``: NER, name repairs, lists); mentions are
grouped into clusters (``graph/clusters.py``); each sentence is then *masked* —
every entity, money amount and definite reference ("the startup", "it") becomes
a typed placeholder such as ``⟨O3⟩`` — the company whose round it tells of is
found, and the relation patterns of ``data/relations.json``
(``graph/lexicon.py``) run over the masked text. The relation scorer
(``graph/relation_scorer.py``) then weighs every pair of mentions, and the
article's facts are made.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right, insort
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache

from . import limits
from .clean import split_body
from .clusters import Cluster, Sentence, cluster_mentions
from .lexicon import DEFAULT_CONFIDENCE, Lexicon, Rule, alternation, lexicon
from .model import ORGANIZATION, PERSON, PLACE, Article, Entity, Extraction, Fact
from .money import Money, currency_locale, find_dates, find_money, round_type
from .names import DEGREE, known_places, media_keys, name_key

# 'Lyra Health, backed by Greylock Partners, raises ...': the company raises, not its backer (the comma before
# may be gone with an apposition removed first: 'X, a startup in Y, founded by Z, announced')
_PARTICIPIAL_APPOSITIVE = re.compile(
    r"(⟨[OP]\d+⟩)(?:\s*,)?\s+(?:backed|funded|financed|bankrolled|owned|controlled|supported|incubated|founded|"
    r"co-founded|run|operated|headed|led|chaired)\s+by\s[^,;]*?,")
_ROUND_CLAUSE = re.compile(r"\b(?:round|funding|financing|investment|raise|deal)\s*,\s*(?:which|that)\s+(?:also\s+|has\s+|had\s+|later\s+)*$")
_INVESTED_BEFORE = re.compile(r"\b(?:invested|invests|invest|investing|injected|injects|poured|pours|pumped|pumps|"
                              r"pledged|pledges|ploughed|plowed|sank|funnelled|funneled)"
                              r"\s+(?:another\s+|an additional\s+|a further\s+|a total of\s+)?$")
_FUND_AFTER = re.compile(r"\s+(?!in\b|from\b|of\b|for\b)(?:[\w-]+\s+){0,3}?funds?\b")
_DEFINED_NAME = re.compile(r"\s*\(\s*(?:hereinafter(?: referred to as)?\s+|the\s+)?[\"“](?P<short>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})[\"”]")
_ROUND_OF = re.compile(r"\b(?:round|financing|funding|investment)\s+(?:of|worth|totall?ing)\s+(?:about\s+|around\s+|nearly\s+|over\s+|more than\s+)?$")
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|whose)\s[^,;]*,")  # ', who won a prize for developing X,'
_CLAUSE_OPENS = re.compile(r"(?:^|[,;]\s+(?:and|but|while|whereas|and\s+then)\s+|;\s+)(?:(?-i:[A-Za-z-]+)\s+){0,2}?$")
_AFTER_PREPOSITION = re.compile(r"\b(?:on|at|in|into|with|from|by|to|of|for|than|via|through)\s+(?:the\s+)?$", re.I)
# the subject "it" of a sentence, after an opening phrase of time ("In 2018, it merged with ...") or a
# sentence adverb ("However, it has already made waves")
_SENTENCE_IT = re.compile(r"(?:(?:In|By|Since|Last|Earlier|Later|Previously|Then|Meanwhile|Separately|Before|After)\b"
                          r"[^,.;⟨]{0,30}?,?\s+|(?:However|Still|Yet|Now|Today|So|Instead|Indeed|Also|Moreover|"
                          r"Furthermore|Additionally|Currently|(?-i:[A-Z][a-z]+ly)),\s+)?"
                          r"(It|it)\b(?![’']s\s+(?:been|time|not|a|an|the)\b)")
_DESCRIBES_NEXT = re.compile(r"(?:\s+for\s+(?:(?-i:[a-z])[\w-]*\s+){1,3}?)?\s*")  # between a description and its name
_SENTENCE_ITS = re.compile(r"(Its)\s")  # 'Its chief executive ...': the subject of the sentence before
_SAID_WHEN = r"(?:(?:on\s+)?(?:(?-i:[A-Z][a-z]+day)|today|yesterday)\s+)?"  # 'on Wednesday said', 'said on Wednesday'
_SAID_IT = re.compile(r"(?:\s*,\s[^,;“”\"]{1,80}?,)?\s+" + _SAID_WHEN + r"(?:said|says|announced|announces|added)\s+" + _SAID_WHEN
                      + r"(?:that\s+)?(it)\b(?![’']s\b)")
_RELATIVE_AND = re.compile(r"\s*,\s*(?:which|who)\s+[^,;⟨]{3,80}?\s+and\s+(?:has\s+|had\s+|also\s+|recently\s+|just\s+)*")
_RELATIVE_SUBJECT = re.compile(r"\s*,\s*(?:which|who|that)\s+(?:has\s+|had\s+|have\s+|also\s+|recently\s+|previously\s+|just\s+)*")
_LED_ROUND_OF = re.compile(r"\b(?:co-?led|led|leads|co-?leads|headed|spearheaded|anchored)\s+(?:the|a|an)\s+(?:[\w$.-]+\s+){0,4}?"
                       r"(?:round|financing|funding|raise)\s+(?:of|for|in|into)\s+"
                       r"(?:the\s+)?(?:[a-z-]+\s+){0,3}?⟨O(\d+)⟩(?![’']|-based)")
_OWN_ROUND = re.compile(r"⟨O(\d+)⟩\s+(?!(?:also\s+|has\s+|had\s+)*(?:co-?led|led|leads|joined|backed|participated|invested"
                        r"|with|from|by|for|to|of|in|on|at|and|or)\s)"
                        r"(?:(?!(?:it|they)\s)(?-i:[a-z]+)\s+){1,5}?(?:a|an|its|their)\s+(?:(?-i:[a-z]+)\s+){0,2}?⟨M\d+⟩"
                        r"\s+(?:[\w-]+\s+){0,3}?(?:round|funding|financing|raise|investment|valuation)\b")
# 'startups valued at over $1 billion': companies in general, not the company of the story
_MANY_VALUED = re.compile(r"\b(?:startups|companies|firms|enterprises|businesses|unicorns|players)\s+(?:(?:that|which|"
                          r"are|were|now|each|all|currently|collectively|being)\s+)*(?:valued|worth)\b[^⟨]*$", re.I)
_FUND_OBJECT = re.compile(r"\s+(?:(?:a|an|its|their|two|three|four|several|separate|new|debut|maiden|flagship|latest|"
                          r"first|second|third|fourth|fifth|\w+th|dedicated|special)\s+){1,3}(?:vehicles?|funds?)\b(?!\s+from\b)"
                          r"|\s+vehicles\b", re.I)  # not 'secured new funds from investors'
# 'X, the Lagos-based startup that lets merchants take card, transfer and USSD payments, has raised ...': the
# company an apposition describes raises, not a name inside the apposition
_APPOSED_SUBJECT = re.compile(r"^\W*⟨O(\d+)⟩\s*,\s+(?:the|a|an)\s[^;⟨]*(?:⟨[OPG]\d+⟩[^;⟨]*)*,\s*"
                              r"(?:(?:has|have|had|also|just|recently|now|today)\s+)*$")
_REPORTING = re.compile(r"\b(?:said|says|told|tells|announced|announces|reported|reports|confirmed|added|noted|that)\b")
# 'Kestrel Bay’s Series A was co-led by ...': a sentence that opens on a company's round is about that round
_ROUND_OPENS = re.compile(r"^\W*(?:(?:In|With)\s+)?⟨O(\d+)⟩(?:’s|'s|’|')\s+(?:(?-i:[a-z$][\w$.-]*|⟨M\d+⟩)\s+){0,4}?"
                          r"(?:(?:pre-)?Series\s+[A-H]\d?\+?|seed|rounds?|fundings?|financings?|fund-?raising|raise)\b")
# 'participated in the $25 million Series A funding announced by X': X's round
_ROUND_BY = re.compile(r"(?:⟨M\d+⟩|\b(?:Series\s+[A-H]\d?|seed))\s+(?:[\w-]+\s+){0,2}?(?:round|funding|financing|raise)\s+"
                       r"(?:(?:that\s+|which\s+)?(?:was\s+|were\s+)?)?(?:announced|raised|closed|secured)\s+by\s+(?:the\s+)?"
                       r"(?:(?-i:[a-z-]+)\s+){0,2}⟨O(\d+)⟩")
_PRONOUN_CLAUSE = re.compile(r"\b(?:when|after|as|because|since|once|and|but)\s+it\s+(?:(?-i:[a-z]+)\s+){0,2}$")
# 'A, B and C, China's leading IT firms poured ...': an apposition with no comma to close it ends at the verb
# (not 'DST, a firm that has invested in ...': that verb is the apposition's own)
_APPOSITION_TO_VERB = re.compile(r"(?<=⟩)\s*,\s+(?:(?:a|an|the|its|their)\s|⟨[GO]\d+⟩[’']s\s)(?:(?!\b(?:that|which|who|whose)\b)[^,;⟨])*?\s(?=(?:poured|invested|"
                                 r"pumped|injected|co-led|led|joined|participated|backed|acquired|bought|raised|secured|"
                                 r"closed|put|took part)\b)")
_MONEY_OR_ROUND = re.compile(r"[$€£¥₹]|\d|\b(?:million|billion|crore|lakh|round|funding|financing|series|seed)\b", re.I)
_DEAL_WORD = re.compile(r"\b(?:stake|shares|acquisition|purchase|takeover|merger|deal)\b", re.I)
# 'X has received regulatory approval to acquire Y' reads as 'X agreed to acquire Y' (not 'has not received')
_APPROVAL_TO = re.compile(r"(?<!not )(?<!never )(?<!without )(?<!yet )\b(?:has\s+|have\s+|had\s+)?(?:received|secured|obtained|won|got|gained)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:approvals?|clearance|nod|go-ahead|green light)\s+(?:from\s+[^,.;]{0,60}?\s+)?to\s+"
                          r"(?=(?:acquire|buy|purchase|take over|take)\b)", re.I)
# 'X has entered into a sale and purchase agreement (SPA) with S to acquire Y': X agreed to acquire Y (S sells)
_AGREEMENT_TO = re.compile(r"\b(?:has\s+|have\s+|had\s+)?(?:entered into|enters into|signed|signs|inked|inks|reached|"
                           r"reaches|struck|strikes|executed)\s+(?:a|an)\s+(?:[\w-]+\s+){0,6}?(?:agreement|deal|pact|contract)"
                           r"(?:\s*\([^()⟨]{1,12}\))?(?:\s+with\s+(?:the\s+|its\s+)?⟨O\d+⟩)?\s+to\s+"
                           r"(?=(?:acquire|buy|purchase|take over)\b)")
# 'QIA, sovereign wealth fund of the State of Qatar, led ...': an apposition without an article, before the verb
# (not ', along with B,': B is one more subject; not ', through its unit X,': an adverbial)
_BARE_APPOSITION = re.compile(r"(?<=⟩)\s*,\s+(?!(?:along|alongside|together|with|and|or|plus|as well|including|among|through|via|by|in|on|at|for|from|"
                              r"after|before|under|to|of|into|over|during|since|while|when|where|if|but|then|not)\b)(?-i:[a-z][\w-]*)(?:\s+(?:[^,;⟨\s]+|⟨[GO]\d+⟩))*?\s*,(?=\s+(?:co-led|led|leads|joined|"
                              r"participated|invested|backed|acquired|bought|raised|secured|closed|took part|took|picked|"
                              r"purchased|agreed|signed|completed|announced|has|have|had|will|is|was|also)\b)")
# 'A, an arm of brokerage B also joined the round': the aside ends at B, where the list's verb follows
_JOINED_ROUND = (r"\s+(?:also\s+(?:participated|joined|invested|co-invested|took part)\b|(?:participated|took part|co-invested|"
                 r"invested|joined)\s+(?:in\s+)?(?:the|this|that)\s+(?:[\w-]+\s+)?(?:round|deal|investment|financing|funding|raise)\b)")
# ', a unit of B,' and ', Google’s parent,' are asides; ', B’s C, and D' names a member of a list (C)
_APPOSITION = re.compile(r"(?<=⟩)\s*,\s+(?:(?:a|an|the|its|their|which|who|whose|one of|(?:also |better |formerly )?known as|formerly"
                         r"|(?:now|once|still|already) (?:a|an|the)|both|all)\b"
                         r"|⟨[GO]\d+⟩[’']s\s(?!⟨O\d+⟩\s*(?:,|and\b|&)))[^,;]*?(?:(?<!⟩),(?=\s*(?:and\s+|&\s+)?⟨[OP])(?P<more>)|,|(?=[.;]?$)|(?=;)"
                         r"|(?<=⟩)(?=" + _JOINED_ROUND + r"))")
_DASH_ASIDE = re.compile(r"(?<=⟩)\s+(?:[–—]|--)\s+[^–—.;]*?\s(?:[–—]|--)\s+")  # 'X – itself a venture of A and B – led'
# 'X, which has backed companies over the years - think A, B and C - led': the relative clause with its aside
_RELATIVE_DASH_ASIDE = re.compile(r"(?<=⟩)\s*,\s+(?:which|who|that)\s[^,;.⟨–—]*?\s(?:[-–—]|--)\s+[^–—.;]*?\s(?:[-–—]|--)\s+")
# 'led by DST, a firm that has invested in A, B, C, and more', 'X, a joint venture between A, B and C,': the
# list is the aside's, all of it
_RELATIVE_LIST = re.compile(r"(?<=⟩)\s*,\s+(?:(?:a|an|the|its|their)\s[^,;⟨]*?\s)?(?:that\s|which\s|who\s|[^,;⟨]*?\bbetween\s)(?:[^,;⟨]|⟨G\d+⟩)*?⟨O\d+⟩"
                            r"(?:\s*,\s*(?:and\s+)?⟨O\d+⟩)+(?:\s*,?\s*(?:and|&)\s+⟨O\d+⟩)?"
                            r"(?:\s*,?\s*and\s+(?:many\s+)?(?:more|others))?(?=\s*[,.;]|\s*$)")
_DEGREE = re.compile(r"(?<=⟨P)(\d+⟩)(?:\s*,\s*" + DEGREE + r"(?!\w)){1,4}(?=\s*[,;.]|\s+(?!(?:and|&)\s)(?-i:[a-z]))")  # 'P, Ph.D., and', 'P, M.D., Ph.D.,'; not 'P, MD and CEO'
_FUND_OF = re.compile(r"(⟨O(\d+)⟩)\s+of\s+(?:the\s+)?⟨O\d+⟩(?![’']s?\b)")  # 'the Digital East Fund of Earlybird'
_FUND_NAME = re.compile(r"\bFund(?:\s+(?:[IVX]+|\d+))?$")
_PHOTO_CREDIT = re.compile(r"\bPhotos?\s*/|/\s*(?:Getty|Shutterstock|iStock)|\b(?:Getty Images|Shutterstock|iStock)\b")  # 'AP Photo/S. Alamba'
# the collapsed view, step by step: a deal approved reads as agreed, then the asides go
# 'Based in Rochester, the Mayo Clinic led ...': an opening phrase of place, not a name its apposition describes
_FRONTED_PLACE = re.compile(r"^(?:Based|Headquartered|Located|Founded|Established|Started|Launched)\s+(?:in\s+|out\s+of\s+)"
                            r"(?:⟨G\d+⟩(?:\s*,\s*⟨G\d+⟩)?|[^,;⟨]{0,30})(?:\s+in\s+\d{4})?\s*,\s+")
# 'The venture arm of X, Y, has co-led ...': Y is the subject, named after its description
_FRONTED_UNIT = re.compile(r"^(?:The|An?|Its)\s+(?:[^,;⟨]|⟨M\d+⟩){0,60}?\b(?:arm|unit|subsidiary|division|affiliate|fund|vehicle|wing)\s+of\s+"
                           r"(?:the\s+)?⟨[OG]\d+⟩\s*,\s+(⟨O\d+⟩)\s*,\s+")
_ORG_OF_PLACE = re.compile(r"(⟨[OP]\d+⟩)\s+of\s+(?:the\s+)?⟨G\d+⟩(?![’'-])")  # 'Korelya Capital of France co-led'
_COLLAPSE_STEPS = ((_FRONTED_PLACE, ""), (_FRONTED_UNIT, r"\1 "), (_APPROVAL_TO, "agreed to "), (_ORG_OF_PLACE, r"\1"), (_AGREEMENT_TO, "agreed to "), (_RELATIVE_DASH_ASIDE, " "),
                   (_DASH_ASIDE, " "), (_RELATIVE_LIST, ""), (_APPOSITION_TO_VERB, " "), (_BARE_APPOSITION, ""))
_LED_AFTER = re.compile(r"\s*,?\s+(?:co-?)?led\s+by\b")  # '$15 million, led by Y': a round
_AMOUNT_LED_BY = re.compile(r"(?:^|,\s+)⟨O(\d+)⟩\s+(?:(?-i:[a-z]+)\s+){1,5}?⟨M\d+⟩\s*,?\s+(?:co-?)?led\s+by\b")
DEAL_AFTER = re.compile(r"\s+(?:(?:[\w-]+\s+){0,2}?(?:acquisition|purchase|takeover|buyout|buy-out|merger|offer|bid|partnership|"
                        r"contract|award|order|tender|joint venture|JV)|deal\s+to\s+(?:acquire|buy|purchase|take\s+over))\b",
                        re.I)  # 'a $140 million joint venture', 'a €269m contract', 'a $688 million deal to acquire'
TOTAL_AFTER = re.compile(r"\s+(?:in total|in all|to date|so far|altogether|overall|since (?:its |it was )?(?:founding|"
                         r"inception|launch|founded|launched|start)|over (?:the|its) (?:years|life))\b")  # '$70 million in total'
METRIC_AFTER = re.compile(r"\s+(?:a (?:month|year|day)\s+|annually\s+|monthly\s+)?(?:in|of|worth of)\s+(?:(?!(?:and|or)\s)[\w-]+\s+){0,2}?"
                          r"(?:transactions?|revenues?|sales|payments|assets|deposits|volumes?|GMV|turnover|"
                          r"profits?|income|orders|exports|imports|bookings|spending|transfers|remittances)(?![\w-])", re.I)
PER_SHARE = re.compile(r"[\s-]+(?:in\s+cash\s+)?(?:per|a|each|for\s+each)[\s-]+(?:share|unit|ADS)\b", re.I)  # '$13.65 per share': a price
# 'annual turnover in the last fiscal year was Rs 263 crore', 'a synergy target of RM8 billion'
METRIC_BEFORE = re.compile(r"\b(?:revenues?|turnovers?|sales|profits?|losses|GMV|EBITDA|income|target|synergies|prices?)(?![\w-])"
                           r"[^⟨,;.]{0,40}?\s(?:of|was|were|is|are|reached|hit|totall?ed|stood at|:)\s+"
                           r"(?:about\s+|nearly\s+|over\s+|around\s+|some\s+)?"
                           r"(?:⟨M\d+⟩\s*(?:,\s*(?:and\s+)?|and\s+))*$", re.I)  # 'losses of Rs 12 crore, Rs 2 crore and ...'

# 'X paid ¥210m to buy 70% of Y': a buyer's price, not money raised
PAID_BEFORE = re.compile(r"\b(?:paid|pays|pay|paying|spent|spends|spend|spending)\s+(?:about\s+|around\s+|nearly\s+|some\s+|"
                         r"over\s+|more than\s+|up to\s+)?$", re.I)
# 'the seller is to receive HK$9bn in new shares': a payment in shares
RECEIVED_BEFORE = re.compile(r"\b(?:receive|receives|received|receiving|get|gets|got)\s+(?:about\s+|around\s+|nearly\s+)?$", re.I)
SHARES_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:of|in)\s+(?:newly[\s-]+)?(?:issued\s+)?(?:new\s+)?(?:ordinary\s+)?(?:shares|stock)\b", re.I)

# 'is buying back shares worth $4.5 million', 'plans a $30 million IPO': a buyback and a plan, no round
BUYBACK_BEFORE = re.compile(r"\b(?:buy|buys|buying|bought|repurchase|repurchases|repurchasing|repurchased)\s+(?:back\s+)?"
                            r"(?:[\w-]+\s+){0,3}?(?:shares|stock|stakes?)\s+(?:worth\s+|for\s+|of\s+)?(?:about\s+|nearly\s+)?$", re.I)
PLANNED_BEFORE = re.compile(r"\b(?:plans|planned|planning|eyes|eyeing|mulls|mulling|weighs|weighing)\s+(?:an?\s+)?(?:about\s+)?$", re.I)
_FROM_AMOUNT_TO = re.compile(r"\bfrom\s+⟨M\d+⟩\s+to\s+$")
_FROM_BEFORE = re.compile(r"\bfrom\s+$")
_TO_AMOUNT = re.compile(r"\s+to\s+⟨M\d+⟩")


def superseded(before: str, after: str) -> bool:
    """'from $315m to $400m': the first amount is what the round was before it grew."""
    return _FROM_BEFORE.search(before) is not None and _TO_AMOUNT.match(after) is not None


def not_a_round(before: str, after: str) -> bool:
    """An amount that is no money raised, whoever the sentence names: a total, a deal's price, a business
    figure ('$17 billion in transactions', 'turnover ... was Rs 263 crore'), a share's price ('$3.20 per
    share', 'a closing price of $2.14') or a figure a round grew from."""
    return bool(TOTAL_AFTER.match(after) or DEAL_AFTER.match(after) or METRIC_AFTER.match(after) or PER_SHARE.match(after)
                or METRIC_BEFORE.search(before) or PAID_BEFORE.search(before)
                or RECEIVED_BEFORE.search(before) and SHARES_AFTER.match(after)
                or BUYBACK_BEFORE.search(before) or PLANNED_BEFORE.search(before) or superseded(before, after))

_BOUGHT_FROM = re.compile(r"\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased)\b[^.;]*\bfrom\b", re.I)
_BACKER_AFTER = re.compile(r"[-–](?:backed|led|funded)\b")
_BACKER_BEFORE = re.compile(r"\b(?:led|backed|funded|co-led)\s+by\s+(?:[\w’'.-]+\s+){0,3}?$")
_ANNOUNCED_PLAN = re.compile(r"\bannounced\s+(?:that\s+)?(?:it\s+|its\s+|their\s+|⟨O\d+⟩\s+)?(?:plans|planned|planning)\s+to\b", re.I)
_PLAN_TO = re.compile(r"\b(?:plans|planned|planning)\s+to\b", re.I)
PAST_ROLE = re.compile(r"\b(?:former|formerly|ex|previous|previously|onetime|one-time|erstwhile|retired|had been)\b", re.I)
_PLACEHOLDER = re.compile(r"⟨([OPGM])(\d+)⟩")
# the owner of the round an amount opens: 'Tarsio’s $11 million round', 'Dunfield’s Rs 160 crore ($18 million)'
_OWNER_BEFORE = re.compile(r"⟨O(\d+)⟩(?:’s|'s|’|')\s*(?:⟨M\d+⟩\s*\(\s*(?:or\s+|about\s+|approx\.?\s+)?)?$")
# ... when the amount is its round's, not an investment it made ('Tencent’s $100m investment in X')
_OWN_ROUND_AFTER = re.compile(r"(?:\s*\)|\s+[^\s⟨]+){0,5}?\s+(?:rounds?|funding|financing|fund-?raising|fundraise|raise|"
                              r"placement|tranche|Series|seed|(?:pre-)?IPO)\b(?!(?:\s+[^\s⟨]+)?\s+(?:in|into)\b"
                              r"(?!\s+(?-i:(?:January|February|March|April|May|June|July|August|September|October|"
                              r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|\d{4}|Q[1-4])\b))", re.I)
# in a list of such rounds, the owners are no backers: 'from 4Peak Ventures, Tarsio’s $11m round and ...'
_ROUND_OWNER = re.compile(r"⟨O(\d+)⟩(?:’s|'s|’|')\s*⟨M\d+⟩(?=" + _OWN_ROUND_AFTER.pattern + ")", re.I)
_HEADING = re.compile(r"(?:\d{1,2}[.)]\s*|#\d+\s*)?⟨([OPGM])(\d+)⟩\s*[:.]?")  # '2. Vantix Health:' on a line of its own
_LABEL_KIND = {"ORG": "O", "PERSON": "P", "GPE": "G"}
# a company reports its own results and closings ('X reported the close of a Series D round'), an outlet the news
_REPORTED_AFTER = re.compile(r"\s+(?:had |has |have |first |also |earlier |previously )*(?:reported|reports|"
                             r"(?:gathered|learned|learnt|understands|understood)\s+that)\b"
                             r"(?!\s+(?:the\s+|a\s+|its\s+)?(?:close|closing|completion|revenues?|sales|results|"
                             r"earnings|profits?|loss|net|record|growth|first|second|third|fourth)\b)")
_FRONTED_RAISE = re.compile(r"(?:After|Having|Fresh off|Following|Since)\s+(?:raising|raised|securing|secured|closing|"
                            r"closed|bagging|landing|netting|pocketing)\b[^;⟨]*⟨M\d+⟩[^;⟨]*,\s+(?:\S+\s+){0,6}?"
                            r"⟨O(\d+)⟩(?![’']s)")
# 'X has raised $2.5 billion for its delivery subsidiary, valuing Y at ...', 'raised $50m in a round for its unit Y':
# the round is the unit's, named soon after
_RAISED_FOR_UNIT = re.compile(r"\b(?:raised|raises|raising|secured|secures|closed|closes)\s+[^⟨.;,]{0,30}?⟨M\d+⟩[^⟨.;,]{0,40}?"
                              r"\bfor\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:subsidiary|unit|arm|division|affiliate|spin-?off)"
                              r"(?:\s*,?\s+|\s*,\s+valuing\s+)⟨O(\d+)⟩(?![’'])")
_JOINS_AS_BACKER = re.compile(r"\s+(?:also\s+|has\s+|have\s+)?(?:joins|joined|has joined|rejoins|rejoined)\s+(?:the|a|an|its)\s+"
                              r"(?:[\w-]+\s+){0,3}?(?:syndicate|investors|backers|cap table)\b(?!\s+and\b)")
_BRACKETED_AFTER = re.compile(r"⟨[OP](\d+)⟩\s*\(\s*$")
ROUND_WORDS = re.compile(r"\b(?:rounds?|raised|raises|raising|fundings?|financings?|fundraises?|tranches?|series [a-h]\d?)\b", re.I)
# regulators approve deals and take no part in them: 'the Competition Commission', 'approval from Nigeria's X'
_REGULATOR_NAME = re.compile(r"\b(?:Commission|Regulator|Regulatory|Tribunal|Court|Ombudsman|Supervisory|Competition Bureau|"
                             r"Central Bank|Reserve Bank|Monetary Authority)\b|^(?!.*\bInvestment\b).*\bAuthority\b"
                             r"|^(?:SEC|FTC|CMA|CCI|SAMR|CSRC|SEBI|FCA|ACCC|FINRA|CFIUS|FDA|NMPA|EMA)$")
_APPROVED_BY = re.compile(r"\b(?:approvals?|clearance|consent|nod|permission|go-ahead|green light)\s+(?:from|of|by)\s+"
                          r"(?:(?:its\s+|the\s+)?(?:shareholders|stockholders|board|directors|lenders)\s+and\s+)?"
                          r"(?:the\s+)?(?:\w+[’']s\s+)?$|\b(?:approved|cleared|authori[sz]ed|sanctioned)\s+by\s+(?:the\s+)?(?:\w+[’']s\s+)?$", re.I)
DEAL_RELATIONS = frozenset({"invested_in", "led_round", "acquired", "merged_with", "subsidiary_of", "partner_of"})
_STAKEHOLDERS_AFTER = re.compile(r"[’']s?\b|(?:(?:\s*,\s*|\s+(?-i:and|&)\s+)(?-i:[A-Z][\w.&-]*)(?:\s+(?-i:[A-Z][\w.&-]*)){0,3}){0,3}"
                                 r"\s+(?:shareholders|stockholders|bondholders|holders|boards?|directors|investors|"
                                 r"creditors|lenders|members|owners|management|unions?)\b", re.I)
# a place of work named before the name: '... at|for|with [lower-case words]' after a word of work, or 'former
# [drone maker]', 'ex-' (not 'former writers used': a verb ends the words)
_AT_WORK = r"\b[^.;⟨]{0,40}\b(?:at|for|with)\s+(?:(?-i:[a-z][\w-]*)\s+){0,3}"
_FORMERLY = r"(?:\bex-|\b(?:former|formerly of|left|quit|leaving|quitting)\s+)(?:(?-i:[a-z][\w-]*)(?<!ed)\s+){0,3}"
_WORKED_AT = re.compile(r"(?:\b(?:worked|working|works|led|leading|ran|spent|served|career|stint|years|decade|engineer|"
                        r"executive|manager|director|head|officer|analyst|consultant|partner|team|previously|formerly|"
                        r"earlier)" + _AT_WORK + "|" + _FORMERLY + ")$", re.I)
# where someone worked before, never a current role ('former Google engineer', 'while working at Facebook')
_PAST_EMPLOYER = re.compile(r"(?:\b(?:worked|working|spent)" + _AT_WORK + "|" + _FORMERLY + ")$", re.I)
_BACKED = re.compile(r"\b(?:also\s+)?(?:invested|participated|took part|joined the round|co-invested|chipped in|backed the)\b", re.I)
_BASED_MOD = re.compile(r"([A-Z][\w’'.]*(?:[\s-][A-Z][\w’'.]*)*?)-(?:based|headquartered)\b")  # 'Lagos-based'
_TOLD_BEFORE = re.compile(r"\b(?:told|telling|tells|seen by)\s+$|\baccording\s+to\s+(?:the\s+latest\s+|new\s+|recent\s+)?"
                          r"(?:data|figures|numbers|research|statistics|a\s+report|a\s+survey|an\s+analysis|estimates)\s+"
                          r"(?:from|by|compiled\s+by|of)\s+(?:the\s+)?$", re.I)  # '... according to data from Distrito'
_CLAUSE_RAISES = (r"(?:has\s+|had\s+|also\s+|just\s+|recently\s+)*(?:raised|secured|closed|bagged|landed|received|picked up|"
                  r"pulled in|scooped up|netted|garnered)\b")
_RAISING_CLAUSE_OPEN = re.compile(r"⟨O(\d+)⟩(?:\s*,\s*(?:which|that|who)|\s+who)?\s+" + _CLAUSE_RAISES)
_RAISING_CLAUSE = re.compile(_RAISING_CLAUSE_OPEN.pattern + r"[^⟨;]*(?:⟨M\d+⟩[^⟨;]*)*$")
# 'from Sorrel Secure, a security startup working on scams that raised a': the clause's amount is Sorrel's
_DESCRIBED_RAISER = re.compile(r"⟨O(\d+)⟩\s*,\s*(?:a|an|the)\s+(?:[^⟨;,.]|⟨G\d+⟩){0,80}?\s(?:which|that|who)\s+(?:previously\s+)?"
                               + _CLAUSE_RAISES + r"[^⟨;]*$")
_RESPECTIVELY = re.compile(r"⟨M\d+⟩(?:\s*,\s*⟨M\d+⟩)*\s*,?\s+and\s+⟨M\d+⟩(?:\s+[^⟨;]{0,60}?)?\s*,?\s+respectively\b")
_COORDINATED = re.compile(r"⟨[OP]\d+⟩(?:\s*,\s*⟨[OP]\d+⟩)*\s*,?\s+(?:and|&)\s+⟨[OP]\d+⟩")
_REPORT_SAID = re.compile(r"\s+report\s+(?:citing|said|says|showed|shows|published)\b")  # 'An Entrackr report citing filings'
_ACCORDING_OPENS = re.compile(r"\s*According\s+to\s+(?:the\s+)?")
_LED_BY_BEFORE = re.compile(r"\b(?:co-?led|led|headed|spearheaded|anchored)\s+(?:jointly\s+)?by\s+(?:\S+\s+){0,3}$")
# 'A led the Series A, supported by B', 'A took the lead role in the round, backed by B': the words after the lead
_LEAD_SUBJECT_BEFORE = re.compile(r"\s+(?:also\s+|has\s+|had\s+)?(?:co-?led|led|headed|spearheaded|anchored|"
                                  r"took\s+(?:the\s+)?lead(?:\s+role)?\s+in)\s+(?:the|its|a|an|this|that)\s+"
                                  r"(?:[\w$.,-]+\s+){0,4}?(?:round|financing|funding|series\s+[a-z]\+?|investment)\s*,?\s*$",
                                  re.IGNORECASE)


# a nationality word or a country's possessive a few lower-case words before a company's name
_NATION_BEFORE = re.compile(r"(?:\b([A-Z][a-z]+)|⟨G(\d+)⟩[’']s)\s+(?:(?-i:[a-z-]+)\s+){0,3}⟨O(\d+)⟩")


def _same_nation(word: str, told: str) -> bool:
    """'German' and 'Germany', 'Chinese' and 'China': the same country (by their first four letters)."""
    return word == told or len(word) >= 4 and len(told) >= 4 and word[:4].lower() == told[:4].lower()


@lru_cache(maxsize=4)
def _titled_person(title_parts: frozenset[str]) -> re.Pattern:
    """After an organization: its title-holder ('Bajaj Capital managing director Sanjiv Bajaj'), who is the
    one a list names."""
    return re.compile(rf"\s+(?:(?:{alternation(title_parts)})\s+){{1,4}}⟨P\d+⟩", re.I)


def employer_mentions(view: str, items: list, title_parts: frozenset[str]) -> list[tuple[int, int]]:
    """The organizations a masked sentence names only to place a person ('Orrin Capital managing director
    Dev Malhotra'), as (offset, cluster): in a list of backers, the person is the backer. A name the NER
    took for a person's stands there for an organization too ('Zomo chief executive Ravi Kant')."""
    if "⟨P" not in view:
        return []
    holder, employer = _titled_person(title_parts), _employer_after_person(title_parts)
    return [(m.start(), items[int(m.group(1))].cluster) for m in re.finditer(r"⟨[OP](\d+)⟩", view)
            if holder.match(view, m.end()) or employer.search(view, 0, m.start()) and re.match(r"\s*,\s*(?:and\s+)?(?:[\w-]+\s+){0,3}?⟨", view[m.end():])]


@lru_cache(maxsize=4)
def _employer_after_person(title_parts: frozenset[str]) -> re.Pattern:
    """Before an organization: a person and their title there ('P, partner at'), set off by commas."""
    return re.compile(rf"⟨P\d+⟩\s*,\s*(?:a\s+|an\s+|the\s+)?(?:(?:{alternation(title_parts)})\s+){{1,4}}(?:at|of|with)\s+(?:the\s+)?$",
                      re.I)


def round_owners(view: str, items: list) -> set[int]:
    """The companies a masked sentence names as owners of their own rounds ('Tarsio’s $11 million round'):
    in a list of such rounds they raise the money, they back no one."""
    return {items[int(m.group(1))].cluster for m in _ROUND_OWNER.finditer(view)}


def _views(rule: Rule, masked: "_Masked") -> tuple[str, ...]:
    """The texts a rule reads: the sentence as written, with its appositions removed, or both (once when equal)."""
    if rule.view == "both":
        return tuple(dict.fromkeys((masked.full, masked.collapsed)))
    return (masked.collapsed,) if rule.view == "collapsed" else (masked.full,)


_KIND_TYPE = {"O": ORGANIZATION, "P": PERSON, "G": PLACE}
BATCH_ARTICLES = 32


@dataclass
class _Item:
    kind: str  # O P G M
    cluster: int | None = None
    money: Money | None = None
    coref: bool = False
    suffix: str = ""  # '’s' where a sentence's 'Its' stands for the organization


@dataclass
class _Masked:
    full: str
    collapsed: str
    items: list[_Item]


@dataclass
class _RawFact:
    relation: str
    subject: int
    object: int | None
    sentence: int
    confidence: float
    money: Money | None = None
    round: str | None = None
    date: str | None = None
    rule: str = ""  # the pattern that read it


@dataclass
class _Context:
    """What the reader knew when it read a sentence: the masked text and whose round it tells of."""

    masked: _Masked
    funded: int | None  # the company a round of the sentence belongs to
    explicit: bool  # named in the sentence, not carried over


# ---------------------------------------------------------------------------
# public API
def extract(articles: Iterable[Article], nlp=None) -> Iterator[Extraction]:
    """Yield one :class:`Extraction` per article, in order.

    Articles are processed in small batches so the spaCy pipeline can batch
    their paragraphs, while memory stays flat on large corpora.
    """
    if nlp is None:
        from .nlp import load_pipeline

        nlp = load_pipeline()
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= BATCH_ARTICLES:
            yield from _extract_batch(batch, nlp)
            batch = []
    if batch:
        yield from _extract_batch(batch, nlp)


def _extract_batch(articles: list[Article], nlp) -> list[Extraction]:
    """The batch's articles in one run of the pipeline; if that fails, each on its own, so that one
    article that breaks extraction costs only its own facts (its Extraction carries the error)."""
    try:
        return list(_extract_together(articles, nlp))
    except Exception as exc:  # noqa: BLE001 - reported with the article's name, not raised
        if len(articles) == 1:
            return [Extraction(articles[0], [], [], error=f"extraction failed: {type(exc).__name__}: {exc}")]
    return [x for a in articles for x in _extract_batch([a], nlp)]


def _extract_together(articles: list[Article], nlp) -> Iterator[Extraction]:
    from .name_parents import add_name_parents
    from .relation_scorer import add_scored_facts

    for reader in read_articles(articles, nlp):
        add_scored_facts(reader)
        add_name_parents(reader)
        yield reader.materialize()


def read_articles(articles: list[Article], nlp) -> Iterator["_ArticleReader"]:
    """Each article's reader after reading: its clusters, sentence contexts and the rules' facts."""
    notes = [limits.Notes() for _ in articles]
    bodies = [split_body(limits.head(a.text, notes[i])) for i, a in enumerate(articles)]
    size = min(limits.MAX_PIECE_CHARS, nlp.max_length - 1)
    jobs = [(_plain(piece), (i, offset + at)) for i, body in enumerate(bodies) for offset, text in body.paragraphs
            for at, piece in limits.pieces(text, size, notes[i])]
    jobs += [(_plain(body.title[:size]), (i, None)) for i, body in enumerate(bodies) if _headline_cased(body.title)]
    sentences: dict[int, list[Sentence]] = defaultdict(list)
    headlines: dict[int, list[str]] = defaultdict(list)  # the organizations each headline names
    for doc, (i, offset) in nlp.pipe(jobs, as_tuples=True, batch_size=64):
        if offset is None:
            headlines[i] = [e.text for e in doc.ents if e.label_ == "ORG"]
            continue
        for sent in (p for s in _sentences(doc, lexicon().legal_suffixes)
                     for p in limits.sentence_pieces(s, notes[i])):
            text = sent.text.strip()
            if len(text) < 3:
                continue
            lead = sent.text.index(text[0])
            base = sent.start_char + lead
            mentions = [(e.start_char - base, e.end_char - base, _LABEL_KIND[e.label_], e.text)
                        for e in sent.ents if e.label_ in _LABEL_KIND]
            sentences[i].append(Sentence(offset + base, text, mentions))
    for i, article in enumerate(articles):
        reader = _ArticleReader(article, bodies[i].title or article.title, sentences[i], notes[i])
        reader.read(headlines[i])
        yield reader


def _headline_cased(title: str | None) -> bool:
    """Whether a headline is written as a sentence ('Acme closes $5m round'), so that its capitals mark names.
    In 'Acme Closes $5M Round' every word is capitalized and the NER's names there are guesses."""
    words = [w for w in (title or "").split() if w[:1].isalpha() and len(w) > 3]
    return bool(words) and sum(w[:1].isupper() for w in words) <= len(words) / 2


_SYMBOLS = frozenset({"So", "Cf", "Co", "Cs"})


_TOPIC_SHIFT = re.compile(r"(?:Separately|Meanwhile|Elsewhere|In other news|In a separate)\b")  # a new subject
_PLAIN_HEADS = {"company", "firm", "startup", "start-up", "business"}  # what any company of a story is called
_QUOTE_AS_APOSTROPHE = re.compile(r"(?<=[A-Za-z])‘(?=s\b)")
_DASHED_BASED = re.compile(r"(?<=\w)[–—](?=(?:based|headquartered)\b(?!\s+(?:in|out|at|near|on|from)\b))")


def _plain(text: str) -> str:
    """``text`` with emoji, flags and other pictographs as spaces, offsets unchanged: 'Huli 🇨🇷 raised'
    reads as 'Huli    raised' to the model and the patterns (facts keep the article's own text).
    A dash typeset as 'Chelsea–based' becomes the hyphen of 'Chelsea-based', and an opening quote
    typeset as an apostrophe ('Kaszek‘s') the apostrophe of 'Kaszek’s'."""
    if text.isascii():
        return text
    text = _DASHED_BASED.sub("-", text)
    text = _QUOTE_AS_APOSTROPHE.sub("’", text)
    return "".join(" " if unicodedata.category(c) in _SYMBOLS or c == "\ufe0f" else c for c in text)


# words that open a sentence, not a name: after 'L.L.C.' or 'Inc.' the splitter saw no sentence end
_SENTENCE_OPENERS = frozenset({"This", "The", "These", "That", "It", "Its", "They", "Their", "He", "She", "His", "Her",
                               "We", "Our", "In", "On", "At", "With", "According", "Both", "Earlier", "Last",
                               "Since", "Founded", "Based", "Headquartered", "Separately", "Meanwhile", "Other"})


_CO_BACKER = re.compile(r"\s*,?\s*(?:along\s+with|alongside|together\s+with|as\s+well\s+as|joined\s+by)\s+")
_ROUND_LETTER = re.compile(r"[A-Z]\d?\+?\.")


def _sentences(doc, legal: frozenset[str]) -> Iterator:
    """The sentences of ``doc``, rejoining those the sentence splitter cut after a legal
    suffix ('Docon Technologies Pvt. | Ltd, a unit of ...') or inside a name ('Dingdang (Beijing) | Technology Co.')."""
    pieces: list[list[int]] = []  # [start, end] of each sentence
    for sent in doc.sents:
        if pieces:
            last = doc[pieces[-1][1] - 1]
            last = doc[last.i - 1].text + "." if last.text == "." and last.i > pieces[-1][0] else last.text
            first = sent[0].text
            after_legal = last in legal and last.endswith(".") and (
                first in legal or first[:1].islower() or first in {",", ";"})
            if after_legal or sent[0].ent_iob_ == "I":
                pieces[-1][1] = sent.end
                continue
        pieces.append([sent.start, sent.end])
    for start, end in pieces:
        for i in range(start + 1, end - 1):  # '... and 500 Startups JP, L.L.C. This brings': two sentences
            if doc[i].text.endswith(".") and doc[i].text in legal and doc[i + 1].text in _SENTENCE_OPENERS \
                    or _ROUND_LETTER.fullmatch(doc[i].text) and doc[i - 1].lower_ == "series" \
                    and doc[i + 1].text[:1].isupper():  # '... in a Series B. Previous investors': the splitter took 'B.' for an initial
                yield doc[start:i + 1]
                start = i + 1
        yield from _clauses(doc[start:end])


# a finite verb of deal news: a clause that has one tells its own news
_CLAUSE_VERBS = frozenset("""raised raises secured secures closed closes invested invests acquired acquires bought buys
agreed agrees plans planned added adds received receives announced announces completed completes signed signs landed
lands got gets took takes sold sells merged merges launched launches netted nets bagged bags picked snapped led leads
co-led pocketed garnered attracted obtained won wins inked inks struck strikes participated joined backed""".split())
_RELATIVE_WORDS = frozenset({"which", "who", "whose", "that", "whom"})
_PRONOUNS = frozenset({"it", "they", "this", "that", "these", "those", "he", "she"})
_OPENING_ADVERBS = frozenset({"separately", "meanwhile", "elsewhere", "additionally", "also", "likewise", "similarly"})


def _clauses(sent) -> Iterator:
    """``sent`` cut before each clause of its own news a semicolon opens, as a roundup writes them ('A raised
    $30 million led by B; C invested $28 million in D; E plans an IPO'); a semicolon inside a list of names
    ('led by A; B, a fund launched by C; and D') or inside brackets is no cut."""
    cuts, depth = [], 0
    for t in sent:
        depth += (t.text == "(") - (t.text == ")")
        if t.text == ";" and depth <= 0 and t.i + 1 < sent.end:
            cuts.append(t.i)
    if not cuts:
        yield sent
        return
    bounds = [sent.start] + [i + 1 for i in cuts] + [sent.end]
    start = sent.start
    for a, b in zip(bounds[1:], bounds[2:]):
        after = sent.doc[a:b]
        if after[0].text[:1].isupper() and _own_clause(after):
            yield sent.doc[start:a]
            start = a
    yield sent.doc[start:sent.end]


def _own_clause(part) -> bool:
    """Whether a piece between semicolons has a deal verb of its own: not in a relative clause ('B, which
    raised'), an open apposition ('B, a fund launched by C'), brackets or dashes ('B (backed by C)'), a
    compound ('B, a state-backed fund') or a name ('Closed Loop Partners'); a pronoun opens no news of its own."""
    if part[0].lower_ in _PRONOUNS:
        return False
    asides, depth = 0, 0
    for k, t in enumerate(part):
        if t.lower_ in _RELATIVE_WORDS:
            return False
        depth += (t.text == "(") - (t.text == ")")
        if t.text in {",", "–", "—", "--"} and not (k == 1 and part[0].lower_ in _OPENING_ADVERBS):
            asides += 1
        if t.lower_ in _CLAUSE_VERBS and asides % 2 == 0 and depth == 0 and t.ent_iob_ == "O" \
                and not (t.i > 0 and t.doc[t.i - 1].text == "-"):
            return True
    return False


# 'Bank of Ayudhya unit Krungsri Finnovate': in a list of backers the owner only names the unit that backs
_OWNER_BEFORE_UNIT = re.compile(r"\s+(?:unit|subsidiary|arm|affiliate)\s+⟨O\d+⟩")


# ---------------------------------------------------------------------------
class _ArticleReader:
    """Everything read from one article; see the module docstring."""

    def __init__(self, article: Article, title: str | None, sentences: list[Sentence],
                 notes: limits.Notes | None = None):
        self.article = article
        self.notes = notes or limits.Notes()  # what of the article was read in part (graph/limits.py)
        self.title = title or ""
        self.sentences = sentences
        self.lex = lexicon()
        self.by_id: dict[int, Cluster] = {}
        self.mention_cluster: dict[tuple[int, int], int] = {}  # (sentence, mention index) -> cluster
        self.facts: list[_RawFact] = []
        self.investors: set[int] = set()
        self.media: set[int] = set()  # news outlets and regulators (see _find_media)
        self.regulators: set[int] = set()
        self.focus: int | None = None
        self.focus_funded = False
        self.contexts: list[_Context] = []
        self._recent: list[int | None] = []  # see _recent_org
        # the whole page (as far as it is read): an outlet's name and links tell its country too
        self.locale = currency_locale(article.text[:limits.MAX_ARTICLE_CHARS])

    # -- entry point ---------------------------------------------------------
    def read(self, headline: list[str] = ()) -> None:
        """Read the article; ``headline``: the organizations its headline names."""
        self.by_id, self.mention_cluster = cluster_mentions(self.sentences, headline)
        self.regulators = self._find_regulators()
        self.media = self._find_media()
        self.focus = self._find_focus()
        funded_prev: int | None = None
        for si in range(len(self.sentences)):
            masked = self._mask(si, with_coref=True)
            funded, explicit = self._funded(masked)
            if funded is None:
                funded = funded_prev if funded_prev is not None else self.focus
            self.contexts.append(_Context(masked, funded, explicit))
            self._read_relations(si, masked, funded, inherited=not explicit)
            if not explicit and funded in self.investors:
                funded = None  # 'investors led by X ... a financing of $50 million': X lends no name to the round
            self._read_money(si, masked, funded, inherited=not explicit)
            if explicit:
                funded_prev = funded
            elif (heading := _HEADING.fullmatch(masked.full)) and heading.group(1) == "O":
                cid = masked.items[int(heading.group(2))].cluster  # a roundup's line naming the next deal's company
                if cid is not None and cid not in self.media and self.by_id[cid].key not in _place_keys():
                    funded_prev = cid

    def _find_media(self) -> set[int]:
        """Bystanders of the deals: news outlets, listed as media or named as the one reporting ('X reported',
        'told X'), and the regulators.

        They are never what 'the company' refers to, nor the company raising money, nor an investor."""
        known = media_keys()
        media = {cid for cid, c in self.by_id.items() if c.key in known or _PHOTO_CREDIT.search(c.name)}
        media.update(cid for text, start, end, cid in self._named()
                     if _REPORTED_AFTER.match(text, end) or _TOLD_BEFORE.search(text[:start])
                     or self.by_id[cid].mentions == 1 and (  # named once, as a source:
                         _REPORT_SAID.match(text, end)  # 'An Entrackr report citing filings said'
                         or _ACCORDING_OPENS.fullmatch(text[:start]) and text.startswith(",", end)))  # 'According to Recode,'
        return media | self.regulators

    def _find_regulators(self) -> set[int]:
        """Regulators, by name ('Competition Commission') or as the ones approving ('approval from X')."""
        found = {cid for cid, c in self.by_id.items() if _REGULATOR_NAME.search(c.name)}
        found.update(cid for text, start, end, cid in self._named()
                     if _APPROVED_BY.search(text[max(0, start - 60):start])
                     and not _STAKEHOLDERS_AFTER.match(text, end))  # not 'approval from X's shareholders'
        return found

    def _named(self) -> Iterator[tuple[str, int, int, int]]:
        """Every mention that names a cluster: its sentence's text, its offsets there and the cluster."""
        for si, sent in enumerate(self.sentences):
            for mi, (start, end, _kind, _text) in enumerate(sent.mentions):
                if (cid := self.mention_cluster.get((si, mi))) is not None:
                    yield sent.text, start, end, cid

    def _find_focus(self) -> int | None:
        """The article's main company: most often the one raising money, else the most mentioned."""
        explicit = Counter()
        for si in range(len(self.sentences)):
            masked = self._mask(si, with_coref=False)
            funded, is_explicit = self._funded(masked)
            if is_explicit and funded is not None:
                explicit[funded] += 1
            for m in _PLACEHOLDER.finditer(masked.full):  # 'the deal values X at ...': X is what the news is about
                if m.group(1) == "M" and self.lex.valuation_before.search(masked.full[max(0, m.start() - 60):m.start()]):
                    at = masked.collapsed.find(m.group(0))  # as _read_money reads it: 'X, whose investors include A, is valued at'
                    valued = self._valuation_subject(masked.collapsed[:at] if at >= 0 else masked.full[:m.start()], masked)
                    if valued is not None:
                        explicit[valued] += 1
        not_focus = Counter()  # mentions in a backer's or a past employer's place: 'SoftBank-backed Kavak', 'led by
        # SoftBank', 'former Facebook colleagues'
        for si, sent in enumerate(self.sentences):
            for mi, (start, end, _kind, _text) in enumerate(sent.mentions):
                cid = self.mention_cluster.get((si, mi))
                if cid is not None and (_BACKER_AFTER.match(sent.text, end)
                                        or _BACKER_BEFORE.search(sent.text, max(0, start - 60), start)):
                    not_focus[cid] += 1
                if cid is not None and _PAST_EMPLOYER.search(sent.text[max(0, start - 50):start]):
                    not_focus[cid] += 1
        title = self.title.casefold()
        best, best_score = None, 0.0
        for cid, c in self.by_id.items():
            if (c.kind != "O" and not explicit[cid]) or cid in self.media:  # NER takes some companies for people
                continue
            in_title = any((at := title.find(n.casefold())) >= 0
                           and not _PAST_EMPLOYER.search(self.title[max(0, at - 50):at])  # not 'Ex-Spotify engineers raise'
                           for n in c.names)
            score = 3 * explicit[cid] + c.mentions + 2 * in_title - 2 * not_focus[cid]
            if score > best_score:
                best, best_score = cid, score
        self.focus_funded = best is not None and explicit[best] > 0
        return best

    # -- masking -------------------------------------------------------------
    def _mask(self, si: int, with_coref: bool) -> _Masked:
        sent = self.sentences[si]
        text = sent.text
        spans: list[tuple[int, int, _Item]] = []
        for start, end, money in ((m.start, m.end, m) for m in find_money(text, self.locale)):
            spans.append((start, end, _Item("M", money=money)))
        for mi, (start, end, _kind, _t) in enumerate(sent.mentions):
            cid = self.mention_cluster.get((si, mi))
            if cid is None or any(s < end and start < e for s, e, _ in spans):
                continue
            spans.append((start, end, _Item(self.by_id[cid].kind, cluster=cid)))
        if with_coref:
            spans.extend(self._coref_spans(si, spans))
        spans.sort(key=lambda x: x[0])
        parts, items, pos = [], [], 0
        for start, end, item in spans:
            if start < pos:
                continue
            parts.append(text[pos:start])
            parts.append(f"⟨{item.kind}{len(items)}⟩{item.suffix}")
            items.append(item)
            pos = end
        parts.append(text[pos:])
        full = _DEGREE.sub(r"\1", _tidy("".join(parts)))  # 'said ⟨P0⟩, Ph.D., ⟨O1⟩ co-founder' reads without the degree
        collapsed = full
        for pattern, replacement in _COLLAPSE_STEPS:
            collapsed = pattern.sub(replacement, collapsed)
        collapsed = _FUND_OF.sub(lambda m: m.group(1) if _FUND_NAME.search(self._item_name(items, m.group(2))) else m.group(0),
                                 collapsed)  # 'led by the Digital East Fund of Earlybird and OTB': the fund and OTB led
        collapsed = _APPOSITION.sub(lambda m: "" if m.group("more") is None else ", ", collapsed)  # 'A, the venture arm of B Group, C and D' keeps its list
        collapsed = _PARTICIPIAL_APPOSITIVE.sub(r"\1", collapsed)
        collapsed = re.sub(r"\s{2,}", " ", collapsed)
        return _Masked(full, collapsed, items)

    def _item_name(self, items: list[_Item], index: str) -> str:
        cid = items[int(index)].cluster
        return self.by_id[cid].name if cid is not None else ""

    def _coref_spans(self, si: int, taken: list[tuple[int, int, _Item]]):
        text = self.sentences[si].text
        prev = self._read_orgs(si - 1) if si > 0 else []
        if si > 0 and self.focus is not None:  # 'Liu previously led a team at drone maker DJI': a past employer
            prev = [c for c in prev if c == self.focus or not self._background_only(si - 1, c)]
        if si > 0 and si - 1 < len(self.contexts) and _BACKED.search(self.sentences[si - 1].text):
            funded = self.contexts[si - 1].funded  # 'A, B and C also invested. The startup was founded by ...'
            prev = [c for c in prev if c == funded or c == self.focus]
        found = []
        for m in self.lex.coref.finditer(text):
            mods = m.group("mods").lower().split()
            if any(w in self.lex.coref_blockers or w.endswith(("’s", "'s")) for w in mods) or any(s < m.end() and m.start("head") < e for s, e, _ in taken):
                continue
            if m.group("head") in _PRODUCT_HEADS and len(mods := m.group("mods").split()) == 1 \
                    and re.fullmatch(r"[A-Z][a-z]{2,}", mods[0]) and mods[0] not in self.lex.demonyms \
                    and name_key(mods[0]) not in _place_keys():
                continue  # 'bought the Plinko app': a product's name, not the company
            if re.match(r"\s*(?:of\b|,)", text[m.end():]) and any(
                    re.fullmatch(r"\s*,\s*", text[e:m.start()]) and item.kind == "O" for s, e, item in taken):
                continue  # 'Uber Eats, the food delivery business of Uber,': an apposition describes its name
            if any(item.kind in "OP" and s >= m.end() and _DESCRIBES_NEXT.fullmatch(text[m.end():s])
                   for s, e, item in taken):
                continue  # 'the messaging app ChatLink', 'the platform for shared spaces Letswork': it describes the name after it
            here = [] if _AFTER_PREPOSITION.search(text[:m.start()]) else self._sentence_orgs(si, before=m.start())
            if here and (aside := [r.span() for r in _RELATIVE_ASIDE.finditer(text, 0, m.start())]):
                # 'P and Q, who developed the drug X, co-founded the company': not X, named only in the aside
                outside = {self.mention_cluster.get((si, mi)) for mi, (start, _e, _k, _t) in enumerate(self.sentences[si].mentions)
                           if start < m.start() and not any(a <= start < b for a, b in aside)}
                here = [c for c in here if c in outside]
            target = self._coref_target(m.group("head"), prev, here, si)  # 'A invested in the company': not A
            carried = self._carried(si)
            if m.start() == 0 and not m.group("mods").strip() and m.group("head").lower() in _PLAIN_HEADS \
                    and target in prev and not self._has_role(target) and carried is not None \
                    and self._has_role(carried) and not _TOPIC_SHIFT.match(self.sentences[si - 1].text):
                # 'X raised ... Morgan Stanley advised on the deal. The company, founded in 2014, ...': X
                target = carried
            based = _BASED_MOD.search(m.group("mods"))
            if based and target is not None:  # 'the Lagos-based company': one based there, not one based elsewhere
                target = self._based_target(based.group(1), target, here + prev)
            told = [w for w in m.group("mods").replace(",", " ").split() if w in self.lex.demonyms]
            if told and target is not None:  # 'the German company': not one called Chinese
                target = self._national_target(told[0], si, target, here + prev)
            if m.group("head") not in self.lex.investor_heads \
                    and not any(c not in self.media and c not in self.investors for c in here + prev):
                # 'launched a new startup called Medium. Now, this tool ... According to Recode, the startup': Medium
                described = self._described_as(m.group("head"), si)
                target = described if described is not None else target
            raiser = self._raising_subject(si, taken, m.start())
            if raiser is not None and m.group("head") not in self.lex.investor_heads:
                target = raiser  # 'X raised $133 million, bringing its funding in the company to ...': X
            labelled = [item.cluster for s, e, item in taken if item.kind == "O" and (
                re.fullmatch(r"\s*:\s*", text[e:m.start()]) or (not text[:s].strip() and re.match(r"\s*:\s", text[e:])))]
            if labelled:  # a roundup's 'Pristyn Care: The surgery startup raised ...', '... in the robot startup'
                target = labelled[0]
            if target is not None:
                found.append((m.start("head"), m.end("head"), _Item("O", cluster=target, coref=True)))
        m = _SENTENCE_IT.match(text) or _SENTENCE_ITS.match(text)
        if m and not any(s < m.end(1) and m.start(1) < e for s, e, _ in taken):
            target = self._it_target(si - 1) if si > 0 else self.focus
            if target is not None:  # 'Its founder and CEO, Lena Fischer, ...' reads as '⟨O2⟩’s founder ...'
                suffix = "’s" if m.group(1).endswith("s") else ""
                found.append((m.start(1), m.end(1), _Item("O", cluster=target, coref=True, suffix=suffix)))
        for start, end, item in taken:  # 'Walgreens said on Thursday it will invest ...': 'it' is Walgreens
            said = _SAID_IT.match(text, end)
            if said and item.kind == "O" and not any(s < said.end(1) and said.start(1) < e for s, e, _ in taken):
                found.append((said.start(1), said.end(1), _Item("O", cluster=item.cluster, coref=True)))
        return found

    def _opens(self, si: int, cid: int) -> bool:
        """Whether sentence ``si`` opens with ``cid`` (its subject, as a rule)."""
        return si >= 0 and any(self.mention_cluster.get((si, mi)) == cid and start <= 4
                               for mi, (start, _e, _k, _t) in enumerate(self.sentences[si].mentions))

    def _has_role(self, cid: int) -> bool:
        """Whether a fact read so far names ``cid``."""
        return any(cid in (f.subject, f.object) for f in self.facts)

    def _described_as(self, head: str, si: int) -> int | None:
        """The one company the last three sentences call a ``head`` ('fintech startup X', 'a startup
        called X', 'X, a Lagos-based startup'), if only one is so called."""
        if head.lower() in {"company", "firm", "business", "group"}:
            return None  # what every company is called
        word = re.escape(head.lower())
        said = re.compile(rf"\b{word}s?\s+(?:called\s+|named\s+|dubbed\s+)?⟨O(\d+)⟩"
                          rf"|⟨O(\d+)⟩,\s+(?:an?|the)\s+(?:[\w’'-]+\s+){{0,4}}?{word}\b", re.I)
        bought = {f.object for f in self.facts if f.relation == "acquired"}  # 'it acquired diagnostics startup X'
        found = set()
        for ctx in self.contexts[max(0, si - 3):si]:
            for m in said.finditer(ctx.masked.full):
                cid = ctx.masked.items[int(m.group(1) or m.group(2))].cluster
                if cid is not None and cid not in self.media and cid not in self.investors and cid not in bought:
                    found.add(cid)
        return found.pop() if len(found) == 1 else None

    def _background_only(self, si: int, cid: int) -> bool:
        """Whether sentence ``si`` names ``cid`` only as where someone worked ('a decade at Huawei', 'a former
        Google engineer')."""
        sent = self.sentences[si]
        starts = [start for mi, (start, _e, _k, _t) in enumerate(sent.mentions) if self.mention_cluster.get((si, mi)) == cid]
        return bool(starts) and all(_WORKED_AT.search(sent.text[max(0, at - 50):at]) for at in starts)

    def _based_target(self, place: str, target: int, candidates: list[int]) -> int:
        """What 'the <place>-based company' stands for: of ``target`` and the ``candidates``, the one read
        as based in that place, else ``target`` unless it was read as based elsewhere."""
        where: dict[int, set[str]] = {}
        for f in self.facts:
            if f.relation == "headquartered_in" and f.object is not None:
                where.setdefault(f.subject, set()).add(name_key(self.by_id[f.object].name))
        key = name_key(place)
        for cid in [target, *candidates]:
            if key in where.get(cid, ()):
                return cid
        there = [cid for cid, places in where.items() if key in places and cid not in self.investors]
        if len(there) == 1 and where.get(target):
            return there[0]  # 'acquire Lagos-based Kudo ... The Lagos-based company': the one company based there
        if where.get(target):
            return next((c for c in candidates if not where.get(c) and c not in self.investors), target)
        return target

    @cached_property
    def nationalities(self) -> dict[int, set[str]]:
        """The nationality words and countries the article puts before each company's name ('Chinese chemical
        giant X', 'Germany’s X')."""
        found: dict[int, set[str]] = {}
        for si in range(len(self.sentences)):
            masked = self._mask(si, with_coref=False)
            for m in _NATION_BEFORE.finditer(masked.full):
                item = masked.items[int(m.group(3))]
                if item.cluster is None or item.coref:
                    continue
                word = m.group(1) if m.group(1) in self.lex.demonyms else None
                if m.group(2) is not None and (place := masked.items[int(m.group(2))].cluster) is not None:
                    word = self.by_id[place].name
                if word:
                    found.setdefault(item.cluster, set()).add(word)
        return found

    def _national_target(self, word: str, si: int, target: int, candidates: list[int]) -> int:
        """What 'the German company' stands for: the company called German (or 'Germany’s') before, not one
        called by another nationality."""
        called = self.nationalities
        ours = lambda c: any(_same_nation(word, n) for n in called.get(c, ()))  # noqa: E731
        if ours(target):
            return target
        start = self.sentences[si].start
        named = [c for c in candidates if ours(c) and c not in self.investors]
        earlier = [c for c in called if ours(c) and c not in self.investors and c not in self.media
                   and self.by_id[c].first < start]
        if named or len(earlier) == 1:
            return (named or earlier)[0]
        if called.get(target):
            return next((c for c in candidates if not called.get(c) and c not in self.investors), target)
        return target

    def _raising_subject(self, si: int, taken: list[tuple[int, int, "_Item"]], before: int) -> int | None:
        """The organization that opens the sentence and raises money in it ('Meanwhile, X raised ...'), named
        before ``before``."""
        text = self.sentences[si].text
        for start, end, item in taken:
            if item.kind != "O" or item.cluster is None or start >= before:
                continue
            verb = re.match(r"\s+(?:(?:has|have|had|also|just|now|recently)\s+)*(?:" + self.lex.raise_verbs.pattern + ")",
                            text[end:])
            told = text[end + verb.end():end + verb.end() + 60] if verb else ""
            if len(text[:start].split()) <= 2 and verb and _MONEY_OR_ROUND.search(told) and not _DEAL_WORD.search(told):
                return item.cluster  # 'X raised $133 million ...', not 'X completed the acquisition of the startup'
            return None  # only the sentence's first name can be its subject
        return None

    def _it_target(self, si: int) -> int | None:
        """What the subject 'it' of the next sentence names: the subject of sentence ``si`` when an
        organization opens it, else its first organization that is not an investor, else the article's
        company ('The startup raised $50 million from Matrix. It was valued at ...': not Matrix)."""
        orgs = [c for c in self._sentence_orgs(si) if c not in self.media]
        opening = [c for c in orgs if self._opens(si, c)]
        if opening:
            return opening[0]
        return next((c for c in orgs if c not in self.investors), self.focus)

    def _carried(self, si: int) -> int | None:
        """The company the sentences before ``si`` were last about (a roundup's current item), else the article's."""
        carried = self.contexts[si - 1].funded if 0 < si <= len(self.contexts) else None
        return carried if carried is not None and carried not in self.investors and carried not in self.media else self.focus

    def _coref_target(self, head: str, prev: list[int], here: list[int], si: int) -> int | None:
        """What a description in sentence ``si`` stands for, among the companies named before it in the sentence
        (``here``) and in the one before (``prev``); where they name none, the company carried from before."""
        here = [c for c in here if c not in self.media]
        prev = [c for c in prev if c not in self.media]
        if head in self.lex.investor_heads:
            if here:
                return here[0]
            return prev[0] if prev else self.focus
        if self.focus is not None and (self.focus in prev or self.focus in here):
            return self.focus
        candidates = [c for c in here + prev if c not in self.investors]
        if not here and len(candidates) > 1 and not self._opens(si - 1, candidates[0]):
            # 'He applied to Y Combinator and Memebox was accepted. In March, the company closed ...': the one
            # the story has named most
            named = Counter(c for (s, _m), c in self.mention_cluster.items() if s < si)
            candidates.sort(key=lambda c: -named[c])
        return candidates[0] if candidates else self._carried(si)

    def _read_orgs(self, si: int) -> list[int]:
        """The organizations of a sentence already read, in order, with those its pronouns and descriptions
        stand for ('It now has partnerships with Microsoft ...': the story's company first)."""
        if si >= len(self.contexts):
            return self._sentence_orgs(si)
        out: list[int] = []
        for item in self.contexts[si].masked.items:
            if item.cluster is not None and item.cluster not in out and (
                    self.by_id[item.cluster].kind == "O" or item.cluster == self.focus):
                out.append(item.cluster)
        return out

    def _sentence_orgs(self, si: int, before: int | None = None) -> list[int]:
        sent = self.sentences[si]
        out = []
        for mi, (start, _e, _k, _t) in enumerate(sent.mentions):
            cid = self.mention_cluster.get((si, mi))
            if cid is not None and (self.by_id[cid].kind == "O" or cid == self.focus) \
                    and (before is None or start < before) and cid not in out:
                out.append(cid)
        return out

    # -- who raises money in this sentence ------------------------------------
    def _funded(self, masked: _Masked) -> tuple[int | None, bool]:
        for rule in self.lex.rules:
            if not rule.funded:
                continue
            view = _views(rule, masked)[0]
            m = rule.regex.search(view)
            if m:
                ids = [i for i in self._items_of(m.group(rule.funded), masked, "OP") if i not in self.media]
                if ids:
                    return ids[0], True
        m = _RAISED_FOR_UNIT.search(masked.full)
        if m and (cid := masked.items[int(m.group(1))].cluster) is not None and cid not in self.media:
            return cid, True
        m = _FRONTED_RAISE.match(masked.collapsed)  # 'After raising $225 million, Mumbai-based X increased ...'
        if m and (cid := masked.items[int(m.group(1))].cluster) is not None and cid not in self.media:
            return cid, True
        if (cid := self._apposed_raiser(masked)) is not None:
            return cid, True
        # the collapsed view first: in 'DXY, which counts Tencent among its backers, closed ...' DXY raises
        for view in (masked.collapsed, masked.full):
            for m in self.lex.raise_verbs.finditer(view):
                after = view[m.end():m.end() + 80]
                if not ("⟨M" in after or re.search(r"\b(?:round|funding|financing|investment|Series|seed|funds)\b", after, re.I)):
                    continue
                if re.match(r"\s+that\s+⟨[OP]", after):
                    continue  # 'Stone announced that Jelly has closed its round': Jelly, the clause's subject
                if re.match(r"\s+out\b", after):
                    continue  # 'C, the last backer, which closed out the round': a backer rounding it out
                if m.group(0).lower().endswith("ed") and re.search(r"\b(?:was|were|is|are|been|being)\s+(?:(?:(?-i:[a-z]+ly)|then|later|finally|eventually)\s+)?$", view[:m.start()]):
                    continue  # 'A and B completed the syndicate, and the round was closed at $2bn': the round, not B, is closed
                named = [it for it in _PLACEHOLDER.finditer(view[:m.start()]) if it.group(1) in "OP"
                         and masked.items[int(it.group(2))].cluster not in self.media]
                if named and (_RELATIVE_SUBJECT.fullmatch(between := view[named[-1].end():m.start()])
                              or _RELATIVE_AND.fullmatch(between)):
                    return masked.items[int(named[-1].group(2))].cluster, True  # 'competes with Altibbi, which raised'
                before = [it for it in named if not _AFTER_PREPOSITION.search(view[:it.start()])]  # 'listed on Nasdaq and raised'
                if before and _ROUND_CLAUSE.search(view[before[-1].end():m.start()]):
                    continue  # 'X led its round, which also drew ...': the round draws, not X
                if before and _JOINS_AS_BACKER.match(view, before[-1].end(), m.start()):
                    continue  # 'X joins the syndicate following the round’s first close of $28m': X backs the round
                if _FUND_OBJECT.match(view, m.end()):
                    continue  # 'raised two separate vehicles', 'closed its third fund': an investor's fund, not a round
                if before and _PRONOUN_CLAUSE.search(view[before[-1].end():m.start()]):
                    before = before[:1]  # 'X set a new Y record when it announced ...': 'it' is the sentence's subject
                if before:
                    return masked.items[int(before[-1].group(2))].cluster, True
        # 'Mirakl trumpeted a €473m round', 'it announced a €580m Series B round', 'X took a chunk of $15
        # million, led by Y': the subject of a sentence that tells of its own round, whatever the verb
        m = _OWN_ROUND.search(masked.collapsed) or _AMOUNT_LED_BY.search(masked.collapsed) \
            or _ROUND_OWNER.search(masked.collapsed)  # 'The largest deal was X’s $23 million Series C round led by Y'
        if m and (not _AFTER_PREPOSITION.search(masked.collapsed[:m.start()])  # 'a co-lead in X’s $55m Series B'
                  or m.re is _ROUND_OWNER and re.search(r"\b(?:in|into)\s+(?:the\s+)?$", masked.collapsed[:m.start()])):
            cid = masked.items[int(m.group(1))].cluster
            if cid is not None and cid not in self.media and cid not in self.investors:
                return cid, True
        if (m := _LED_ROUND_OF.search(masked.collapsed) or _ROUND_OPENS.match(masked.collapsed)
                or _ROUND_BY.search(masked.collapsed)) is not None:  # 'A has led the Series B financing of X'
            cid = masked.items[int(m.group(1))].cluster
            if cid is not None and cid not in self.media and cid not in self.investors:
                return cid, True
        return None, False

    def _apposed_raiser(self, masked: _Masked) -> int | None:
        """The company an opening apposition describes, when the sentence's first raising verb follows it."""
        m = self.lex.raise_verbs.search(masked.full)
        if m is None or not (head := _APPOSED_SUBJECT.match(masked.full[:m.start()])) \
                or _REPORTING.search(masked.full, head.end(1), m.start()):
            return None  # 'X, the lead investor, said on Tuesday that Y, a drone maker, has raised': Y raised
        after = masked.full[m.end():m.end() + 80]
        if not ("⟨M" in after or re.search(r"\b(?:round|funding|financing|Series|seed)\b", after, re.I)):
            return None
        cid = masked.items[int(head.group(1))].cluster
        return cid if cid not in self.media else None

    # -- money ---------------------------------------------------------------
    def _read_money(self, si: int, masked: _Masked, funded: int | None, inherited: bool) -> None:
        full, lex = masked.full, self.lex
        paired = self._respectively(masked)
        for m in _PLACEHOLDER.finditer(full):
            if m.group(1) != "M":
                continue
            money = masked.items[int(m.group(2))].money
            before, after = full[:m.start()], full[m.end():]
            if (moved := _FROM_AMOUNT_TO.search(before)) is not None:
                before = before[:moved.start()]  # 'extended its round from $315m to $400m': the round is $400m
            at = masked.collapsed.find(m.group(0))  # 'X, whose investors include A, is valued at', 'A, a rival of B,
            asides_dropped = masked.collapsed[:at] if at >= 0 else before  # raised $4m and C received $6m'
            if lex.portion_after.match(after) or lex.deal_value_before.search(before[-60:]) or DEAL_AFTER.match(after):
                continue  # a price per share or the value of a deal ('its $2 billion acquisition of'), not money raised
            clause = re.split(r"[,;:]\s", before)[-1]
            named = _BRACKETED_AFTER.search(before) if after.lstrip().startswith(")") else None
            named = masked.items[int(named.group(1))].cluster if named else None  # 'Ledger (€312M)'
            if lex.valuation_before.search(before[-60:]) or lex.valuation_after.match(after):
                if lex.speculative.search(clause) or BUYBACK_BEFORE.search(before):
                    continue  # 'X could be valued at ...', 'X buys back shares worth $4m' state no valuation
                subject = named if named is not None else self._valuation_subject(asides_dropped, masked)
                conf = DEFAULT_CONFIDENCE
                if subject is None and not (inherited and lex.merger.search(full)) and not _MANY_VALUED.search(before[-80:]):
                    # not where a merger is told: 'a deal that valued the combined company at ...'
                    subject, conf = funded, DEFAULT_CONFIDENCE * 0.85
                if subject is not None:
                    self.facts.append(_RawFact("valued_at", subject, None, si, conf, money=money, rule="valuation"))
                continue
            if lex.total.search(before[-50:]) or money.qualifier == "up to" or lex.speculative.search(clause) \
                    or _FUND_AFTER.match(after) or not_a_round(before, after):
                continue  # a total, a hope, or an investor's own fund ('a new $9 billion fund'), not a round
            if named is not None and re.search(r"\bvalu(?:ations?|ed)\b", before, re.I):
                self.facts.append(_RawFact("valued_at", named, None, si, DEFAULT_CONFIDENCE, money=money,
                                           rule="bracketed_valuation"))  # 'valuations of A ($5bn) and B ($2bn)'
                continue
            if named is not None and ROUND_WORDS.search(full):  # 'the top rounds: Contentsquare (€408M), ...'
                self.facts.append(_RawFact("raised", named, None, si, DEFAULT_CONFIDENCE, money=money,
                                           round=_round_kind(before, after), rule="bracketed_round"))
                continue
            invested = not inherited and _INVESTED_BEFORE.search(before)  # 'A invested $5 million in B': B raised it
            if not (invested or lex.raise_before.search(before) or lex.round_after.match(after)
                    or int(m.group(2)) in paired and lex.raise_verbs.search(before)
                    or lex.round_before.search(before) or _LED_AFTER.match(after)):
                continue
            subject, from_context, rule = funded, inherited, "round"
            if (owner := self._clause_owner(asides_dropped, masked)) is not None:
                subject, from_context = owner, False
            elif int(m.group(2)) in paired:
                subject, from_context, rule = paired[int(m.group(2))], False, "respectively"
            elif (owner := _OWNER_BEFORE.search(before)) and _OWN_ROUND_AFTER.match(after):
                cid = masked.items[int(owner.group(1))].cluster  # 'A’s $23m Series C, B’s $11m round and ...'
                if cid is not None and cid not in self.media and cid not in self.investors:
                    subject, from_context = cid, False
            if subject is None:
                continue
            kind = _round_kind(before, after)
            self.facts.append(_RawFact("raised", subject, None, si, DEFAULT_CONFIDENCE * (0.85 if from_context else 1.0),
                                       money=money, round=kind, date=self._date_near(si, money), rule=rule))

    def _clause_owner(self, before: str, masked: _Masked) -> int | None:
        """The company of the last 'X, which raised ...' or 'X received ...' clause ``before`` opens, when another
        company's clause came first: in 'A, which raised $40m, and B, which secured $35m led by C', C led B's round."""
        last = _RAISING_CLAUSE.search(before)
        if last is None or len(_RAISING_CLAUSE_OPEN.findall(before)) < 2:
            described = _DESCRIBED_RAISER.search(before)  # a clause describing the company says it raised
            owner = masked.items[int(described.group(1))].cluster if described else None
            return owner if owner not in self.media else None
        owner = masked.items[int(last.group(1))].cluster
        return owner if owner not in self.media and owner not in self.investors else None

    def _respectively(self, masked: _Masked) -> dict[int, int]:
        """'A and B ... raising $58m and $30m respectively': each amount's company, by the order named."""
        m = _RESPECTIVELY.search(masked.full)
        if not m:
            return {}
        amounts = [int(i) for i in re.findall(r"⟨M(\d+)⟩", m.group(0))]
        companies: list[int] = []
        listed = list(_COORDINATED.finditer(masked.full[:m.start()]))  # 'startups A and B raised $5m and $3m'
        named = re.finditer(r"⟨[OP](\d+)⟩", listed[-1].group(0)) if listed else re.finditer(r"⟨O(\d+)⟩", masked.full[:m.start()])
        for p in named:
            cid = masked.items[int(p.group(1))].cluster
            if cid is not None and cid not in self.media and cid not in self.investors and cid not in companies:
                companies.append(cid)
        return dict(zip(amounts, companies)) if len(companies) == len(amounts) else {}

    def _valuation_subject(self, before: str, masked: _Masked) -> int | None:
        m = self.lex.valuation_subject.search(before)
        if not m:
            return None
        idx = next(g for g in m.groups() if g is not None)
        return masked.items[int(idx)].cluster

    def _date_near(self, si: int, money: Money) -> str | None:
        dates = find_dates(self.sentences[si].text)
        if not dates:
            return None
        return min(dates, key=lambda d: abs(d[0] - money.start))[1]

    # -- relations -----------------------------------------------------------
    def _read_relations(self, si: int, masked: _Masked, funded: int | None, inherited: bool) -> None:
        debt = bool(self.lex.debt.search(self.sentences[si].text))
        first = len(self.facts)  # this sentence's facts start here
        for rule in self.lex.rules:
            if not rule.relation or (rule.skip_debt and debt):
                continue
            for view in _views(rule, masked):
                for m in rule.regex.finditer(view):
                    self._apply(rule, m, view, si, masked, funded, inherited)
        placed = {(f.relation, f.object if f.relation == "founded_by" else f.subject) for f in self.facts[first:]
                  if f.rule != "title_person_no_org" and f.relation in ("executive_of", "founded_by")}
        self.facts[first:] = [f for f in self.facts[first:] if f.rule != "title_person_no_org" or (
            f.relation, f.object if f.relation == "founded_by" else f.subject) not in placed]  # a named employer wins
        winners = {(f.subject, f.object) for f in self.facts[first:] if f.rule == "outbid_for"}
        if winners:  # 'A outbid rival B in an auction to take control of C': A takes C, B does not
            taken = {o for _s, o in winners}
            self.facts[first:] = [f for f in self.facts[first:] if not (
                f.relation == "acquired" and f.object in taken and (f.subject, f.object) not in winners)]

    def _apply(self, rule: Rule, m: re.Match, view: str, si: int, masked: _Masked,
               funded: int | None, inherited: bool) -> None:
        relation = rule.relation
        conf = rule.confidence
        relations = [relation]
        if relation == "@stake":
            relations = ["acquired" if _is_majority(m.group("stake")) else "invested_in"]
        elif relation == "acquired" and "o" in m.re.groupindex and m.group("o") is not None \
                and (share := _MINORITY_SHARE.search(view, max(m.start(), m.start("o") - 60), m.start("o"))) \
                and float(share.group(1)) < 50:
            relations = ["invested_in"]  # 'Geely’s £9bn acquisition of 9.6% of Daimler': a backer, not a buyer
        elif relation == "@holding":  # 'X holds 62% of Y': Y is X's unit; 'X owned 25% of Y': X backs Y
            jointly = len(re.findall(r"⟨[OP]\d+⟩", m.group("s"))) > 1  # '51% owned by A and B': each backs Y
            relations = ["subsidiary_of" if _is_majority(m.group("stake")) and not jointly else "invested_in"]
        elif relation == "@titles":
            titles = m.group("t")
            relations = []
            if self.lex.founder_titles.search(titles):
                relations.append("founded_by")
            held = [t.strip() for t in re.split(r",|\band\b|&|/", titles) if t.strip() and not PAST_ROLE.search(t)]
            if any(t.lower() not in self.lex.founder_only for t in held) and not PAST_ROLE.search(view[max(0, m.start() - 12):m.start()] + " "
                                                                         + view[max(m.start(), m.start("t") - 14):m.start("t")]):
                relations.append("executive_of")  # not 'a former partner at Sequoia'; a former CEO still founded it
        for rel in relations:
            swap = rel == "founded_by" and rule.relation == "@titles" or rel == "subsidiary_of" and rule.relation == "@holding"
            s_spec, o_spec = (rule.o, rule.s) if swap else (rule.s, rule.o)
            backing = rel in ("invested_in", "led_round")
            subjects, s_weak = self._role(s_spec, m, view, masked, funded, inherited, si, "P" if rel == "executive_of" else "OP", backing)
            objects, o_weak = self._role(o_spec, m, view, masked, funded, inherited, si,
                                         "P" if rel == "founded_by" else "G" if rel == "headquartered_in" else "OP", backing)
            if rel == "subsidiary_of" and (o_weak or o_spec.startswith("@")) and len(subjects) == 1 \
                    and (named := self._parent_in_name(subjects[0])) is not None \
                    and not any(self.by_id[o].name.split()[0] == self.by_id[named].name.split()[0] for o in objects):
                objects = [named]  # 'its arm, Wipro Ventures': the owner the arm is named after, not another 'its' stood for
            c = conf * (0.85 if (s_weak or o_weak) else 1.0)
            if rel in ("acquired", "merged_with"):
                told = m.group(0)
                if _ANNOUNCED_PLAN.search(view, max(0, m.start() - 30), m.end()):
                    told = _PLAN_TO.sub("", told)  # 'X announced it plans to acquire Y': an announced deal
                if self.lex.speculative.search(told):
                    continue  # 'X is in talks to buy Y', 'X is planning to acquire Y': no deal yet
            if rule.id == "raised_from" and m.group("s") \
                    and self.lex.speculative.search(re.split(r"[,;:]\s", view[:m.start("s")])[-1]):
                continue  # 'X is in talks to raise from Y', 'X failed to raise $90m from Y': no backer yet
            if rel in DEAL_RELATIONS:  # outlets report rounds and regulators approve deals: they are no party to them
                bystanders = self.media if rel in ("invested_in", "led_round") else self.regulators
                subjects = [s for s in subjects if s not in bystanders]
                objects = [o for o in objects if o not in bystanders]
            if rel in ("invested_in", "led_round"):
                spans = [m.span(g) for g in ("s", "s2") if g in m.re.groupindex and m.group(g)]
                employers = {cid for at, cid in employer_mentions(view, masked.items, self.lex.title_parts)
                             if any(a <= at < b for a, b in spans)}
                subjects = [s for s in subjects if s not in employers]  # 'from Dropbox co-founder Arash F.': he backs it
                owners = round_owners(view, masked.items)  # 'A’s $11m round and B’s $8m funding': they raise
                subjects = [s for s in subjects if s not in owners]
                self.investors.update(subjects)  # an investor, even where the company it backs is unknown
                if set(objects) & set(subjects):
                    continue  # 'A and B led the round' tells of neither backing the other
                if rel == "invested_in" and o_spec.endswith("@funded") and not _group(m, "o") and inherited \
                        and _BOUGHT_FROM.search(view):
                    continue  # 'X will buy the stake from shareholders including KKR': KKR backs the seller's company
            for s in subjects:
                for o in objects:
                    if s != o:
                        self.facts.append(_RawFact(rel, s, o, si, c, rule=rule.id))

    def _parent_in_name(self, unit: int) -> int | None:
        """The one organization of the article whose name opens the unit's name ('Wipro' of 'Wipro Ventures')."""
        words = self.by_id[unit].name.split()
        found = {c.id for c in self.by_id.values() if c.id != unit and c.kind == "O"
                 and 0 < len(n := c.name.split()) < len(words) and words[:len(n)] == n}
        return found.pop() if len(found) == 1 else None

    def _role(self, spec: str | None, m: re.Match, view: str, masked: _Masked, funded: int | None,
              inherited: bool, si: int, kinds: str, backing: bool = False) -> tuple[list[int], bool]:
        """Resolve a rule's subject or object spec to cluster ids (and whether the guess was indirect)."""
        for option in (spec or "").split("|"):
            if not option.startswith("@"):
                text = _group(m, option)
                if text is None:
                    continue
                if option == "s" and _group(m, "s2"):
                    text = text + " " + m.group("s2")
                ids = self._items_of(text, masked, kinds)
                weak = any(masked.items[int(i)].coref for i in re.findall(r"⟨[OP](\d+)⟩", text))
                if ids:
                    return ids, weak
                continue
            found = self._special_role(option, m, view, masked, funded, si, backing)
            if found is not None:
                if kinds == "P" and self.by_id[found].kind != "P":
                    continue
                return [found], option != "@first" or inherited
        return [], False

    def _special_role(self, option: str, m: re.Match, view: str, masked: _Masked, funded: int | None, si: int,
                      backing: bool = False) -> int | None:
        # organizations the NER took for people (kind P) can fill these roles too; their role decides the type
        before = [p for p in _PLACEHOLDER.finditer(view[:m.start()]) if p.group(1) in "OP"]
        after = [p for p in _PLACEHOLDER.finditer(view[m.end():]) if p.group(1) in "OP"]
        if option == "@funded":  # the round of the clause the investors are named in, not the clause the match opens
            named_at = m.start("s") if "s" in m.re.groupindex and m.group("s") is not None else m.start()
            owner = self._clause_owner(view[:max(m.start(), named_at)], masked)
            if owner is None and view != masked.full and len(_RAISING_CLAUSE_OPEN.findall(masked.full)) >= 2:
                return None  # the collapsed view drops the 'which raised' clauses the full view reads the owner by
            return owner if owner is not None else funded
        if option == "@focus":  # only an article about a deal has a company 'its' can safely mean
            return self.focus if self.focus_funded else None
        if option in ("@near", "@near_before"):
            if before and backing and funded is not None and (_LED_BY_BEFORE.search(view[:before[-1].start()])
                                                  or _LEAD_SUBJECT_BEFORE.fullmatch(view, before[-1].end(), m.start())):
                return funded  # 'a round led by A, supported by B', 'A led the round, backed by B': B backs the round
            if before and not backing and re.search(r",?\s+and\s+(?:was|were|is|had been|has been)\s+$", view[:m.start()]):
                return masked.items[int(before[0].group(2))].cluster  # 'X raised ... led by A, and was founded by P': X
            if before:
                return masked.items[int(before[-1].group(2))].cluster
            if funded is not None and ROUND_WORDS.search(view[:m.start()]):
                return funded  # 'a seed round in 2021 backed by A and B': the round names no company, the sentence does
            if option == "@near" and after:
                kept = [p for p in after if p.group(0) in masked.collapsed]  # not in an aside: 'by P, a former X analyst, Y'
                listed = kept or after
                if _CO_BACKER.fullmatch(view, m.end(), m.end() + view[m.end():].index(listed[0].group(0))):
                    # 'bankrolled by X, along with Y': Y backs the round too; what X backs is named after it, or is the round's
                    return masked.items[int(listed[1].group(2))].cluster if len(listed) > 1 else funded
                return masked.items[int(listed[0].group(2))].cluster
            return None
        if option == "@clause_subject":  # 'A joined the round, and B participated through its arm C': B's arm
            opening = [p for p in before if p.group(1) == "O" and _CLAUSE_OPENS.search(view[:p.start()])]
            if opening:
                return masked.items[int(opening[-1].group(2))].cluster
            if not before and si > 0 and re.match(r"\W*(?:through|via)\s+its\b", view, re.I):
                # 'X made two deals. Through its subsidiary, Y, it bought ...': X's unit ('..., Y, Nestor bought': Nestor's)
                owner = re.match(r"\s*,\s*(?:the\s+)?⟨O(\d+)⟩\s+(?-i:[a-z])", view[m.end():])
                if owner is not None and not masked.items[int(owner.group(1))].coref:
                    return masked.items[int(owner.group(1))].cluster
                told = [c for c in self._read_orgs(si - 1) if c not in self.media]
                if told and (owner is not None or re.match(r"\s*,\s*it\b", view[m.end():])):
                    return self.focus if self.focus in told else told[0]
                return None
            option = "@first"
        if option == "@first":
            first = [p for p in _PLACEHOLDER.finditer(view) if p.group(1) == "O"]
            if len(first) > 1 and _AFTER_PREPOSITION.search(view[:first[0].start()]) \
                    and re.match(r"\s*,", view[first[0].end():]):
                first = first[1:]  # 'In a filing with the X, Y said ... its unit Z': Y, the subject
            return masked.items[int(first[0].group(2))].cluster if first else None
        if option == "@subject":  # 'The company was founded by P, who is its CEO': the first company, no backer
            named = [masked.items[int(p.group(2))].cluster for p in _PLACEHOLDER.finditer(view) if p.group(1) == "O"]
            return next((c for c in named if c is not None and c not in self.investors and c not in self.media), None)
        if option == "@recent":
            if before:
                return masked.items[int(before[-1].group(2))].cluster
            for back in range(si - 1, max(-1, si - 3), -1):  # 'Other companies in its portfolio include ...'
                known = [c for c in self._read_orgs(back) if c in self.investors]  # 'its': the investor just named
                if known:
                    return known[-1]
            return self._recent_org(si)
        return None

    def _recent_org(self, si: int) -> int | None:
        """The last organization of the nearest sentence before ``si`` that names one (remembered, so
        that an article of many sentences without one is not read back again and again)."""
        while len(self._recent) < si:  # _recent[j]: the answer for sentence j + 1
            orgs = self._sentence_orgs(len(self._recent))
            self._recent.append(orgs[-1] if orgs else self._recent[-1] if self._recent else None)
        return self._recent[si - 1] if si > 0 else None

    def _items_of(self, text: str, masked: _Masked, kinds: str) -> list[int]:
        """Cluster ids named in a matched group, skipping possessive descriptors ('China’s', 'PharmEasy’s parent')."""
        found = list(re.finditer(r"⟨([OPG])(\d+)⟩([’']s\b|[’'](?=\s))?", text))
        out = []
        for n, p in enumerate(found):
            if p.group(1) not in kinds or (p.group(3) and n < len(found) - 1):
                continue
            if re.match(r"-(?:based|headquartered)", text[p.end():]) or _OWNER_BEFORE_UNIT.match(text, p.end()) \
                    or _employer_after_person(self.lex.title_parts).search(text, 0, p.start()) and re.match(r"\s*,", text[p.end():]) \
                    or (p.group(1) == "O" and "P" in kinds and _titled_person(self.lex.title_parts).match(text, p.end())):
                continue
            cid = masked.items[int(p.group(2))].cluster
            if cid is not None and cid not in out:
                out.append(cid)
        return out

    # -- output --------------------------------------------------------------
    def materialize(self) -> Extraction:
        for f in self.facts:  # the roles an entity plays decide its type where NER was unsure
            subject_type, object_type = _ROLE_TYPES[f.relation]
            self._vote(f.subject, subject_type)
            if f.object is not None:
                self._vote(f.object, object_type)
        best: dict[tuple, Fact] = {}
        rank: dict[tuple, tuple] = {}
        for f in self.facts:
            fact = self._to_fact(f)
            if fact is None:
                continue
            key = fact.key()
            # a pattern's reading before the scorer's (its sentence, its direction), then the surer one
            mine = (f.rule != "scorer", fact.confidence)
            if key not in best or mine > rank[key] or (
                    fact.relation == "raised" and best[key].round == "unspecified" and fact.round != "unspecified"):
                best[key], rank[key] = fact, mine
        led = {(f.subject, f.object) for f in best.values() if f.relation == "led_round"}
        bought = {(f.subject, f.object, f.start) for f in best.values() if f.relation == "acquired"}
        facts = [f for f in best.values() if not (f.relation == "invested_in" and (
            (f.subject, f.object) in led or (f.subject, f.object, f.start) in bought))]  # a buyer is not an investor
        facts = _merge_money(facts)
        facts.sort(key=lambda f: (f.start, f.relation, f.subject, f.object or ""))
        used = {f.subject for f in facts} | {f.object for f in facts if f.object}
        entities = []
        for c in self.by_id.values():
            if c.name in used:
                entities.append(Entity(c.name, _KIND_TYPE[self._final_kind(c)], set(c.names) - {c.name}, {self.article.id}))
        warning = self.notes.message()
        return Extraction(self.article, entities, facts, warnings=[warning] if warning else [])

    def _vote(self, cid: int, kind: str | None) -> None:
        if kind:
            self.by_id[cid].role_votes[kind] += 1

    def _final_kind(self, c: Cluster) -> str:
        if c.role_votes.get("G"):
            return "G"
        if c.role_votes.get("P") and c.labels.get("P"):
            return "P"
        if c.role_votes.get("O") or c.role_votes.get("OP"):
            if c.labels.get("P") and not c.role_votes.get("O") and len(c.name.split()) >= 2 and not _org_shaped(c.name, self.lex):
                return "P"
            return "O"
        return c.kind

    def _to_fact(self, f: _RawFact) -> Fact | None:
        s = self.by_id[f.subject]
        s_kind = self._final_kind(s)
        o = self.by_id[f.object] if f.object is not None else None
        o_kind = self._final_kind(o) if o else None
        need_s, need_o = _ROLE_TYPES[f.relation]
        if not _kind_ok(s_kind, need_s) or (o is not None and not _kind_ok(o_kind, need_o)):
            return None
        if o is not None and o.name == s.name:
            return None  # nothing stands in a relation to itself
        if f.relation in ("raised", "valued_at") and f.money is not None and f.money.amount < 1000:
            return None  # 'shares gained $5.29': a share price, no round or valuation
        sent = self.sentences[f.sentence]
        return Fact(
            article=self.article.id, subject=s.name, subject_type=_KIND_TYPE[s_kind], relation=f.relation,
            object=o.name if o else None, object_type=_KIND_TYPE[o_kind] if o else None,
            amount=f.money.amount if f.money else None, currency=f.money.currency if f.money else None,
            round=f.round, date=f.date, evidence=self.article.text[sent.start:sent.start + len(sent.text)],
            start=sent.start, end=sent.start + len(sent.text),
            confidence=f.confidence,
        )


# relation -> (subject kinds, object kinds); "OP": an organization, or a person acting as one (investor, acquirer)
_ROLE_TYPES: dict[str, tuple[str, str | None]] = {
    "invested_in": ("OP", "O"), "led_round": ("OP", "O"), "acquired": ("OP", "O"), "merged_with": ("O", "O"),
    "founded_by": ("O", "P"), "executive_of": ("P", "O"), "subsidiary_of": ("O", "O"),
    "headquartered_in": ("O", "G"), "partner_of": ("O", "O"), "raised": ("O", None), "valued_at": ("O", None),
}


_PRODUCT_HEADS = frozenset({"app", "platform", "marketplace"})


@lru_cache(maxsize=1)
def _place_keys() -> frozenset[str]:
    """Places by their name keys: an all-caps 'NEW YORK' the NER took for a company is still a place."""
    return frozenset(name_key(p) for p in known_places())


def _kind_ok(kind: str | None, need: str | None) -> bool:
    return need is None or (kind is not None and kind in need)


def _org_shaped(name: str, lex: Lexicon) -> bool:
    words = name.split()
    return bool(words) and (words[-1] in lex.org_suffixes or any(re.match(r"^[A-Z]?[a-z]+[A-Z]", w) for w in words))


_MINORITY_SHARE = re.compile(r"(\d+(?:\.\d+)?)[\s-]*(?:%|per ?cent)\s+(?:(?:[a-z]+\s+)?(?:stake|interest|shareholding)\s+in|of)\s+"
                             r"(?:the\s+)?(?:(?-i:[a-z-]+)\s+){0,3}$")  # right before the object: 'acquisition of 9.6% of X'


def _is_majority(stake: str) -> bool:
    if re.search(r"\b(?:majority|controlling|full|entire|whole|remaining)\b", stake, re.I):
        return True
    pct = re.search(r"(\d+(?:\.\d+)?)[\s-]*(?:%|per ?cent)", stake)  # '74-percent'
    return bool(pct and float(pct.group(1)) > 50 and not re.search(r"less than|under|below", stake, re.I))


def _merge_money(facts: list[Fact]) -> list[Fact]:
    """One money fact per company, relation and amount (within 2%)."""
    out: list[Fact] = []
    kept: dict[tuple, list[float]] = defaultdict(list)  # (subject, relation, currency) -> amounts kept, sorted
    for f in facts:
        if f.amount is not None:
            amounts = kept[(f.subject, f.relation, f.currency)]
            near = amounts[bisect_left(amounts, f.amount * 0.97):bisect_right(amounts, f.amount / 0.97)]
            if any(abs(g - f.amount) <= 0.02 * max(g, f.amount) for g in near):
                continue
            insort(amounts, f.amount)
        out.append(f)
    return out


def _group(m: re.Match, name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


_GENERIC_SUBJECT = re.compile(r"\b(?:startups|companies|firms|businesses|deals|ventures|players|unicorns|"
                              r"sector|industry|ecosystem|country|region|market)\b", re.I)


def money_cues(before: str, after: str) -> list[str]:
    """What the masked text around an amount says of it: a price or a deal's value, a valuation, a
    total, a hope, an investor's own fund, a round ('mg:...'); the relation scorer reads them."""
    lex = lexicon()
    clause = re.split(r"[,;:]\s", before)[-1]
    checks = {
        "portion": lex.portion_after.match(after), "deal_value": lex.deal_value_before.search(before[-60:]),
        "valuation": lex.valuation_before.search(before[-60:]) or lex.valuation_after.match(after),
        "total": lex.total.search(before[-50:]) or TOTAL_AFTER.match(after), "speculative": lex.speculative.search(clause),
        "fund": _FUND_AFTER.match(after), "raise": lex.raise_before.search(before), "round": lex.round_after.match(after)
        or lex.round_before.search(before), "invested": _INVESTED_BEFORE.search(before),
        "generic": _GENERIC_SUBJECT.search(clause[-80:]), "merger": lex.merger.search(before + after),
        "debt": lex.debt.search(before[-60:] + after[:60]),
    }
    return [f"mg:{name}" for name, hit in checks.items() if hit]


def _round_kind(before: str, after: str) -> str:
    """The type of the round whose amount sits between ``before`` and ``after`` (masked text)."""
    named_before = _ROUND_OF.search(before) and round_type(_strip_placeholders(before[-40:]))  # 'a Pre-A round of ...'
    return (named_before or round_type(_strip_placeholders(after[:60]))
            or round_type(_strip_placeholders(before[-40:])) or "unspecified")


def _strip_placeholders(text: str) -> str:
    return _PLACEHOLDER.sub(" ", text)


# a stock listing in brackets: 'NASDAQ: ORBH', 'ASX:TEA', 'NYSE American: AB', the exchange or the ticker perhaps
# read as a name ('(NYSE: ⟨O1⟩)')
_LISTING = r"(?:[A-Z][A-Za-z&]*(?:\s+[A-Z][A-Za-z]*)?|⟨[OPG]\d+⟩)\s*:\s*(?:[\w.]+|⟨[OPG]\d+⟩)"


def _tidy(text: str) -> str:
    """Drop what distracts the patterns: currency conversions, alias brackets, tickers, 'etc.'."""
    text = re.sub(r"(⟨M\d+⟩)\s*\(\s*(?:or\s+|about\s+|around\s+|~)?⟨M\d+⟩\s*\)", r"\1", text)
    text = re.sub(r"\s*\(\s*(?:aka,?\s+|a\.k\.a\.,?\s+|also known as\s+|formerly(?: known as)?\s+)?(?:the\s+)?⟨[OPG]\d+⟩\s*\)", "", text)
    text = re.sub(r"\s*\(\s*(?:[A-Z]{2,}[A-Za-z&]*|" + _LISTING + r"(?:\s*[;,]\s*" + _LISTING + r")*)\s*\)", "", text)
    text = re.sub(r"\(([^()⟨]*)\)", "", text)
    # 'Ledger (€312M)': its amount, kept in brackets (under private-use stand-ins while other brackets go)
    text = re.sub(r"(⟨[OP]\d+⟩)\s*\(\s*(⟨M\d+⟩)\s*\)", "\\1 \ue000\\2\ue001", text)
    text = re.sub(r"\(([^()]*)\)", r", \1,", text).replace("\ue000", "(").replace("\ue001", ")")
    text = re.sub(r",?\s*\betc\b\.?,?", ",", text)
    text = re.sub(r"\s+,", ",", text)
    text = re.sub(r",\s*,", ",", text)
    return re.sub(r"\s{2,}", " ", text).strip()
