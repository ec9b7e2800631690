"""Small words that say nothing about a note's topic, in English and six other languages,
and a note's language told by them (`language_of`, on the note's `words`).

Outside the clustering package, so that the minutes can tell the notes' language without
loading the engine (numpy, scipy: a third of a second of a cold Word export).

English ones are dropped from every note. A note written in German, French, Spanish,
Dutch, Italian or Portuguese also loses that language's small words: left in, "die", "und",
"des" and "pour" tied unrelated notes together ("4 notes linked by the words: ein, keiner")
and ended up in labels ("Vertrieb und", "D'argent pour"). Some of those words are English
words too ("die", "will", "car", "door"), so a note counts as written in another language
only when it has two or more of that language's small words, more than of English ones,
one of them not an English word (nor an abbreviation such as "SE" or "AI"): "Deals die in
legal" stays English and keeps its "die".
"""

from __future__ import annotations

import functools
import re
import unicodedata

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


def words(text: str) -> list[str]:
    """Lower-case word tokens of a note, with symbols such as emoji as tokens of their own."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    found = [w.replace("’", "'") for w in _WORD.findall(text)]
    found += [ch for ch in text if unicodedata.category(ch) in ("So", "Sk", "Sm")]
    return found


_ENGLISH = """a about above after again against all also am an and any are aren't as at be because
    been before being below between both but by can can't cannot could couldn't did didn't do
    does doesn't doing don't down during each few for from further get gets got had hadn't has
    hasn't have haven't having he her here hers herself him himself his how i i'm if in into is
    isn't it it's its itself just let's like me more most much must my myself no nor not now of
    off on once only or other ought our ours ourselves out over own per quite rather really
    same she should shouldn't so some such than that that's the their theirs them themselves
    then there there's these they they're this those through to too under until up upon us
    very via was wasn't we we're we've were weren't what what's when where which while who
    whom why will with won't would wouldn't yet you you're your yours yourself yourselves
    etc eg ie vs lot lots thing things way ways one ones something everything anything
    always never often sometimes still even ever every many make makes made need needs
    s t d ll m re ve i'll you'll he'll she'll it'll we'll they'll that'll i've you've
    they've i'd you'd he'd she'd we'd they'd he's she's who's here's where's how's abt
    thru btw pls"""
STOP_WORDS = frozenset(_ENGLISH.split())

_OTHER = {
    "de": """der die das den dem des ein eine einer eines einem einen und oder aber doch
        sondern denn weil dass daß ob wenn als wie wo was wer wen wem ich du er sie es wir
        ihr mich mir dich dir ihn ihm uns euch sich mein meine dein sein seine ihre unser
        unsere nicht kein keine keiner keinen keinem nichts nie immer noch schon auch nur
        sehr zu zum zur im in am an auf aus bei beim mit nach von vom vor für über unter
        fürs ins ans aufs ums übers
        durch gegen ohne um bis seit zwischen ist sind war waren wird werden wurde wurden
        hat haben hatte hatten habe kann können konnte muss müssen soll sollen will wollen
        gibt man hier da dort dann so mehr viel viele alle jeder jede jedes dieser diese
        dieses dies etwas eigentlich mal ja nein bzw usw gar eben einfach wirklich jeden
        jedem sonst""",
    "fr": """le la les l un une des du de d au aux et ou mais donc car ni que qu qui quoi
        dont où ce cet cette ces c ça cela ceci je j tu il elle on nous vous ils elles me m
        te t se s lui leur leurs mon ma mes ton ta tes son sa ses notre nos votre vos ne n
        pas plus jamais rien est sont était étaient sera seront a ont avait avaient ai
        avons avez être avoir fait faire peut peuvent doit doivent faut y en dans sur sous
        avec sans pour par chez entre vers depuis pendant très trop aussi encore déjà
        toujours tout tous toute toutes même si comme quand alors bien""",
    "es": """el la los las un una unos unas lo al del de y e o u pero sino que quien quién
        cual cuál donde dónde como cómo cuando porque por para con sin sobre entre hasta
        desde en a ante tras yo tú él ella nosotros ellos ellas me te se nos os le les mi
        mis tu tus su sus nuestro nuestra no ni nunca nada es son era eran fue fueron ser
        estar está están estaba hay ha han había he tiene tienen tener hace hacer puede
        pueden debe deben muy más menos también ya todavía aún todo todos toda todas este
        esta estos estas ese esa esos esas eso esto aquí allí si sí""",
    "nl": """de het een en of maar want dus dat die dit deze wie wat waar wanneer hoe omdat
        als dan ik jij je hij zij ze wij we jullie hun hen mij me mijn jouw zijn haar ons
        onze niet geen nooit niets is was waren wordt worden werd werden heeft hebben had
        hadden kan kunnen moet moeten wil willen zal zullen er hier daar nog al ook wel
        heel veel meer te in op aan bij met naar van voor door over onder uit tot om zonder
        tegen""",
    "it": """il lo la i gli le un uno una del dello della dei degli delle al allo alla ai
        agli alle dal dalla nel nella sul sulla di a da in con su per tra fra e ed o ma
        però che chi cui dove come quando perché se io tu lui lei noi voi loro mi ti si ci
        vi ne dell nell sull dall all mio mia miei mie tuo tua suo sua nostro nostra non
        nessuno niente mai è sono
        era erano stato essere ha hanno aveva avere fa fare può possono deve devono molto
        più meno anche già ancora sempre tutto tutti tutta tutte questo questa questi
        queste quello quella qui lì""",
    "pt": """o a os as um uma uns umas do da dos das no na nos nas ao aos pelo pela de em
        por para com sem sobre entre até desde e ou mas que quem qual onde como quando
        porque se eu tu ele ela nós eles elas me te lhe lhes meu minha seu sua nosso nossa
        não nem nunca nada é são era eram foi foram ser estar está estão estava há tem têm
        ter faz fazer pode podem deve devem muito mais menos também já ainda sempre todo
        todos toda todas este esta estes estas esse essa isso isto aqui ali""",
}
OTHER_STOP_WORDS = {lang: frozenset(text.split()) for lang, text in _OTHER.items()}
_ANY_OTHER = frozenset().union(*OTHER_STOP_WORDS.values())

# The other languages' words for "no", "never", "nothing", "without": small words, but a
# label that drops one says the opposite ("Kein Geld mehr" read "Geld mehr", money left).
_NEGATIONS = """kein keine keiner keinen keinem keines nicht nie niemals nichts niemand ohne
    pas jamais rien aucun aucune sans no nunca nada nadie ningún ninguna ninguno sin ni
    niet geen nooit niets niemand zonder non mai niente nulla nessuno nessuna senza não
    ninguém nenhum nenhuma sem nem"""
OTHER_NEGATIONS = frozenset(_NEGATIONS.split())

# Small words of another language that are also English words a note may use for what it
# says ("Deals die in legal", "Company car policy"): they count towards that language only
# next to one of its words that English does not have.
_LOOKALIKES = """die will war bin hat man car pour son plus sin con era door van hoe come
    dove ali sole mal dies sea want dont ai se ce de la com mit non par met eu"""
_ENGLISH_LOOKALIKES = frozenset(_LOOKALIKES.split())


@functools.lru_cache(maxsize=16384)
def language_of(text_words: tuple[str, ...]) -> str:
    """The language a note is written in, by its small words: "en" (or unknown), "de",
    "fr", "es", "nl", "it" or "pt"; text_words are its lower-case words."""
    # "l'équipe", "dell'azienda": the small word elided onto the next counts too. Only
    # these words can count for a language, and it takes two: most notes have none (the
    # minutes of 5,000 notes spent about 0.5 s here looking in each language for them).
    small = [w for w in text_words if w in _ANY_OTHER or w.partition("'")[0] in _ANY_OTHER]
    if len(small) < 2:
        return "en"
    english = sum(w in STOP_WORDS for w in text_words)
    best: tuple[int, str] | None = None
    for lang, stops in OTHER_STOP_WORDS.items():
        hits = [w for w in small if w in stops or w.partition("'")[0] in stops]
        plain = [
            w
            for w in hits
            if w in stops and len(w) > 1 and w not in STOP_WORDS and w not in _ENGLISH_LOOKALIKES
        ]
        if len(hits) < 2 or not plain or len(hits) <= english:
            continue
        if best is None or len(hits) > best[0]:
            best = (len(hits), lang)
    return "en" if best is None else best[1]


@functools.lru_cache(maxsize=16384)
def stop_words_of(text_words: tuple[str, ...]) -> frozenset[str]:
    """The small words to drop from a note, given its lower-case words: the English ones,
    and those of the other language the note is written in, if it is."""
    lang = language_of(text_words)
    return STOP_WORDS if lang == "en" else STOP_WORDS | OTHER_STOP_WORDS[lang]


def without_elision(word: str, stops: frozenset[str]) -> str:
    """A French or Italian word without the small word elided onto it ("d'argent" ->
    "argent", "dell'azienda" -> "azienda"), when `stops` (what stop_words_of gave the note)
    has that small word and is not the English set alone."""
    head, mark, rest = word.partition("'")
    if mark and rest and stops is not STOP_WORDS and head in stops:
        return rest
    return word


def loose_language_of(text_words: tuple[str, ...]) -> str:
    """A note's language as labels read it: as language_of, and also a short note with no
    English small word and one of another language's that English does not have
    ("especialización por vertical, mensajes propios" is Spanish by "por" alone; its
    group was named "Especialización por")."""
    lang = language_of(text_words)
    if lang != "en" or any(w in STOP_WORDS for w in text_words):
        return lang
    for other, stops in OTHER_STOP_WORDS.items():
        if any(w in stops and len(w) > 1 and w not in _ENGLISH_LOOKALIKES for w in text_words):
            return other
    return "en"
