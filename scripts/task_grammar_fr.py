"""The English-French grammar behind lesson 07's translation data (used by scripts/make_task_data.py).

A small lexicon (nouns with their gender, adjectives with their four forms, verbs with their six
present-tense forms and past participles) and sentence patterns that build each English sentence together
with its French translation. French spelling rules are applied at the end, in one place
(:func:`finish_fr`): elision (je -> j', le/la -> l', de -> d', ne -> n', que -> qu', jusque -> jusqu')
and the contractions à le -> au, à les -> aux, de le -> du, de les -> des. Agreement (articles,
possessives, adjectives, past participles) is decided where the words are chosen.

Conventions, kept on purpose so that a tiny model can learn them:

- English "you" is French "vous" (with "votre/vos"), except in a sentence that starts by addressing a
  person by first name ("Paul, do you ...?"), where it is "tu" (with "ton/ta/tes").
- English "they" is "ils", except after a feminine plural antecedent in the same sentence ("My sisters
  are late because they ...", "elles").
- Passé composé with être appears only with third-person subjects and "we", whose gender is known
  ("nous" counts as masculine plural); "I" and "you" are used only with verbs that take avoir.
- French puts a space before "?", as French typography does.
- Every word of the lexicon that starts with h starts with a mute h (l'hôtel, l'hôpital, l'huile).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

VOWEL_START = set("aeiouyàâäéèêëîïôöûùüœh")  # every h-word here has a mute h
ELIDABLE = {"je", "me", "te", "se", "le", "la", "de", "ne", "que", "jusque"}
CONTRACTIONS = {("à", "le"): "au", ("à", "les"): "aux", ("de", "le"): "du", ("de", "les"): "des"}


def starts_with_vowel(word: str) -> bool:
    return word[:1].lower() in VOWEL_START


def finish_fr(words: list[str]) -> list[str]:
    """Elision, then contraction (elision first: "à le hôtel" is "à l'hôtel", never "au hôtel")."""
    elided: list[str] = []
    for word in words:
        if elided and elided[-1].lower() in ELIDABLE and starts_with_vowel(word):
            word = elided.pop()[:-1] + "'" + word
        elif elided and elided[-1].lower() == "si" and word in ("il", "ils"):
            word = elided.pop()[:-1] + "'" + word
        elided.append(word)
    out: list[str] = []
    for word in elided:
        if out and word in ("le", "les"):
            prev = out[-1]
            head, _, last = prev.rpartition("'")
            key = (last.lower(), word)
            if key in CONTRACTIONS:
                joined = CONTRACTIONS[key]
                if last[:1].isupper():
                    joined = joined.capitalize()
                out[-1] = (head + "'" if head else "") + joined
                continue
        out.append(word)
    return out


def finish_en(words: list[str]) -> list[str]:
    out = []
    for index, word in enumerate(words):
        if word.lower() == "a" and index + 1 < len(words) and words[index + 1][:1].lower() in "aeiou":
            word = word[0] + "n"
        out.append(word)
    return out


def sentence(words: list[str], end: str, lang: str) -> str:
    words = finish_fr(words) if lang == "fr" else finish_en(words)
    text = " ".join(w for w in words if w)
    text = text[0].upper() + text[1:]
    if end == "?":
        return text + (" ?" if lang == "fr" else "?")
    return text + "."


# --- Lexicon -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Noun:
    en: str
    fr: str
    g: str  # "m" or "f"
    kinds: frozenset[str]
    en_pl: str
    fr_pl: str
    number: str = "sp"  # "s", "p" or "sp": the numbers this noun is used in
    dets: frozenset[str] = frozenset()  # allowed determiners (empty: any that fits)


def noun(en, fr, g, kinds, en_pl=None, fr_pl=None, number="sp", dets=""):
    if en_pl is None:
        en_pl = en + ("es" if en.endswith(("s", "sh", "ch", "x")) else "s")
    if fr_pl is None:
        fr_pl = fr if fr.endswith(("s", "x", "z")) else fr + "s"
    return Noun(en, fr, g, frozenset(kinds.split()), en_pl, fr_pl, number, frozenset(dets.split()))


NOUNS = [
    # things to buy, wear, carry, lose
    noun("bag", "sac", "m", "item colour lose carry"),
    noun("dress", "robe", "f", "item colour cloth"),
    noun("shirt", "chemise", "f", "item colour cloth"),
    noun("coat", "manteau", "m", "item colour cloth", fr_pl="manteaux"),
    noun("hat", "chapeau", "m", "item colour cloth", fr_pl="chapeaux"),
    noun("jacket", "veste", "f", "item colour cloth"),
    noun("skirt", "jupe", "f", "item colour cloth"),
    noun("sweater", "pull", "m", "item colour cloth"),
    noun("shoe", "chaussure", "f", "item colour cloth", number="p"),
    noun("umbrella", "parapluie", "m", "item colour lose carry"),
    noun("watch", "montre", "f", "item colour lose"),
    noun("book", "livre", "m", "item read"),
    noun("lamp", "lampe", "f", "item colour"),
    noun("chair", "chaise", "f", "item colour"),
    noun("phone", "téléphone", "m", "item colour lose use"),
    noun("computer", "ordinateur", "m", "item colour use"),
    noun("bike", "vélo", "m", "item colour rent clean use"),
    noun("car", "voiture", "f", "colour rent clean use vehicle sell"),
    noun("gift", "cadeau", "m", "item plain", fr_pl="cadeaux"),
    noun("suitcase", "valise", "f", "item colour lose carry"),
    noun("wallet", "portefeuille", "m", "item colour lose"),
    noun("envelope", "enveloppe", "f", "item plain"),
    noun("key", "clé", "f", "lose"),
    noun("ticket", "billet", "m", "lose book change doc"),
    noun("passport", "passeport", "m", "lose doc"),
    noun("card", "carte", "f", "lose use doc", dets="the poss this"),
    noun("newspaper", "journal", "m", "read item plain", fr_pl="journaux"),
    noun("letter", "lettre", "f", "read receive send"),
    noun("parcel", "colis", "m", "receive send"),
    noun("message", "message", "m", "read receive send"),
    noun("bill", "facture", "f", "receive pay"),
    noun("menu", "menu", "m", "read", dets="the this"),
    noun("map", "plan", "m", "item read plain"),
    # food and drink
    noun("apple", "pomme", "f", "food count"),
    noun("orange", "orange", "f", "food count"),
    noun("cake", "gâteau", "m", "food count", fr_pl="gâteaux"),
    noun("sandwich", "sandwich", "m", "food count", en_pl="sandwiches", fr_pl="sandwichs"),
    noun("bread", "pain", "m", "food mass", number="s"),
    noun("milk", "lait", "m", "drink mass", number="s"),
    noun("cheese", "fromage", "m", "food mass", number="s"),
    noun("coffee", "café", "m", "drink mass", number="s"),
    noun("tea", "thé", "m", "drink mass", number="s"),
    noun("rice", "riz", "m", "food mass", number="s"),
    noun("fish", "poisson", "m", "food mass", number="s"),
    noun("soup", "soupe", "f", "food mass", number="s"),
    noun("meat", "viande", "f", "food mass", number="s"),
    noun("jam", "confiture", "f", "food mass", number="s"),
    noun("water", "eau", "f", "drink mass", number="s"),
    noun("oil", "huile", "f", "food mass", number="s"),
    noun("butter", "beurre", "m", "food mass", number="s"),
    noun("sugar", "sucre", "m", "food mass", number="s"),
    noun("juice", "jus", "m", "drink mass", number="s"),
    noun("chocolate", "chocolat", "m", "food mass", number="s"),
    noun("salad", "salade", "f", "food mass", number="s"),
    # booking and travel
    noun("room", "chambre", "f", "bookable clean rent stay"),
    noun("table", "table", "f", "bookable clean item colour"),
    noun("seat", "place", "f", "bookable"),
    noun("flight", "vol", "m", "bookable cancel change timetable", dets="the poss this a"),
    noun("taxi", "taxi", "m", "bookable wait call ride", dets="a the", number="s"),
    noun("flat", "appartement", "m", "rent clean sell stay"),
    noun("booking", "réservation", "f", "cancel change", dets="the poss this"),
    noun("appointment", "rendez-vous", "m", "cancel change", fr_pl="rendez-vous", dets="the poss this"),
    noun("order", "commande", "f", "cancel", dets="the poss this"),
    noun("bus", "bus", "m", "wait ride timetable", en_pl="buses", dets="the", number="s"),
    noun("train", "train", "m", "wait ride timetable", dets="the", number="s"),
    noun("plane", "avion", "m", "ride", dets="the", number="s"),
    noun("metro", "métro", "m", "ride", dets="the", number="s"),
    noun("breakfast", "petit-déjeuner", "m", "meal", number="s"),
    noun("lunch", "déjeuner", "m", "meal", number="s"),
    noun("dinner", "dîner", "m", "meal", number="s"),
    noun("platform", "quai", "m", "other"),
    noun("gate", "porte", "f", "other"),
    # banking
    noun("account", "compte", "m", "open", dets="a the poss this", number="s"),
    noun("door", "porte", "f", "open clean", dets="the"),
    noun("window", "fenêtre", "f", "open clean", dets="the"),
    noun("cheque", "chèque", "m", "other", number="s"),
    noun("money", "argent", "m", "other", number="s"),
    noun("loan", "prêt", "m", "other", number="s"),
    noun("code", "code", "m", "other", number="s"),
    # health
    noun("medicine", "médicament", "m", "medicine", dets="the this poss"),
    noun("tablet", "comprimé", "m", "medicine", number="p", dets="the these poss"),
    noun("syrup", "sirop", "m", "medicine", number="s", dets="the this poss"),
    noun("prescription", "ordonnance", "f", "doc"),
    noun("fever", "fièvre", "f", "other"),
    noun("cough", "toux", "f", "other"),
    noun("cold", "rhume", "m", "other"),
    noun("meal", "repas", "m", "other"),
    # places
    noun("station", "gare", "f", "place building"),
    noun("bank", "banque", "f", "place building call"),
    noun("pharmacy", "pharmacie", "f", "place building shop call", en_pl="pharmacies"),
    noun("museum", "musée", "m", "place building visit"),
    noun("hotel", "hôtel", "m", "place building call stayplace"),
    noun("hospital", "hôpital", "m", "place building", fr_pl="hôpitaux"),
    noun("post office", "poste", "f", "place building", en_pl="post offices"),
    noun("supermarket", "supermarché", "m", "place building shop"),
    noun("bakery", "boulangerie", "f", "place building shop", en_pl="bakeries"),
    noun("library", "bibliothèque", "f", "place building", en_pl="libraries"),
    noun("school", "école", "f", "place building"),
    noun("church", "église", "f", "place building visit", en_pl="churches"),
    noun("airport", "aéroport", "m", "place building"),
    noun("market", "marché", "m", "place shop visit"),
    noun("restaurant", "restaurant", "m", "place building call"),
    noun("cinema", "cinéma", "m", "place building"),
    noun("park", "parc", "m", "place"),
    noun("town hall", "mairie", "f", "place building", en_pl="town halls"),
    noun("clinic", "clinique", "f", "place building call"),
    noun("shop", "magasin", "m", "place building shop"),
    noun("bridge", "pont", "m", "place landmark"),
    noun("beach", "plage", "f", "place", en_pl="beaches"),
    noun("castle", "château", "m", "place visit", fr_pl="châteaux"),
    noun("bus stop", "arrêt de bus", "m", "place landmark", en_pl="bus stops", fr_pl="arrêts de bus"),
    noun("crossroads", "carrefour", "m", "place landmark", en_pl="crossroads", number="s"),
    noun("traffic light", "feu", "m", "place landmark", fr_pl="feux", number="p"),
    noun("swimming pool", "piscine", "f", "place building", en_pl="swimming pools"),
    noun("office", "bureau", "m", "place building", fr_pl="bureaux"),
    noun("car park", "parking", "m", "place landmark", en_pl="car parks"),
    noun("theatre", "théâtre", "m", "place building visit"),
    noun("street", "rue", "f", "other"),
    noun("home", "maison", "f", "other"),
    noun("kitchen", "cuisine", "f", "clean", dets="the"),
    noun("city centre", "centre-ville", "m", "other", number="s"),
    noun("sea", "mer", "f", "other"),
    noun("mountains", "montagne", "f", "other"),
    # people
    noun("brother", "frère", "m", "person"),
    noun("sister", "sœur", "f", "person"),
    noun("mother", "mère", "f", "person", number="s"),
    noun("father", "père", "m", "person", number="s"),
    noun("son", "fils", "m", "person"),
    noun("daughter", "fille", "f", "person"),
    noun("parent", "parent", "m", "person", number="p"),
    noun("child", "enfant", "m", "person", en_pl="children", number="p"),
    noun("aunt", "tante", "f", "person"),
    noun("uncle", "oncle", "m", "person"),
    noun("girl", "fille", "f", "person", number="p"),
    noun("boy", "garçon", "m", "person", number="p"),
    noun("woman", "femme", "f", "person", en_pl="women", number="p"),
    noun("man", "homme", "m", "person", en_pl="men", number="p"),
    noun("doctor", "médecin", "m", "person staff wait call", number="s"),
    noun("dentist", "dentiste", "m", "person staff call", number="s"),
    noun("nurse", "infirmière", "f", "person staff", number="sp"),
    noun("guide", "guide", "m", "person staff", number="s"),
    noun("driver", "chauffeur", "m", "person staff", number="s"),
    noun("pharmacist", "pharmacien", "m", "person staff", number="s"),
    # body
    noun("head", "tête", "f", "body", number="s"),
    noun("back", "dos", "m", "body", number="s"),
    noun("throat", "gorge", "f", "body", number="s"),
    noun("stomach", "ventre", "m", "body", number="s"),
    noun("foot", "pied", "m", "body", en_pl="feet", number="p"),
    noun("ear", "oreille", "f", "body"),
    noun("eye", "œil", "m", "body", fr_pl="yeux", number="p"),
    noun("tooth", "dent", "f", "body", en_pl="teeth", number="p"),
    noun("knee", "genou", "m", "body", fr_pl="genoux"),
    noun("shoulder", "épaule", "f", "body"),
    noun("arm", "bras", "m", "body"),
    noun("leg", "jambe", "f", "body"),
    noun("hand", "main", "f", "body"),
    # time and weather
    noun("week", "semaine", "f", "time"),
    noun("month", "mois", "m", "time"),
    noun("morning", "matin", "m", "time"),
    noun("evening", "soir", "m", "time"),
    noun("afternoon", "après-midi", "m", "time", fr_pl="après-midi"),
    noun("day", "jour", "m", "time"),
    noun("night", "nuit", "f", "time"),
    noun("hour", "heure", "f", "time"),
    noun("minute", "minute", "f", "time"),
    noun("time", "fois", "f", "time"),
    noun("person", "personne", "f", "time"),
    noun("sky", "ciel", "m", "weather", number="s"),
    noun("weather", "temps", "m", "weather", number="s"),
    noun("north", "nord", "m", "region", number="s"),
    noun("south", "sud", "m", "region", number="s"),
    noun("east", "est", "m", "region", number="s"),
    noun("west", "ouest", "m", "region", number="s"),
    noun("rain", "pluie", "f", "weather", number="s"),
    noun("snow", "neige", "f", "weather", number="s"),
    noun("wind", "vent", "m", "weather", number="s"),
    noun("sun", "soleil", "m", "weather", number="s"),
    noun("degree", "degré", "m", "weather"),
    noun("euro", "euro", "m", "money"),
    noun("size", "taille", "f", "other"),
    noun("reception", "réception", "f", "other", number="s"),
]
for day_en, day_fr in (("Monday", "lundi"), ("Tuesday", "mardi"), ("Wednesday", "mercredi"), ("Thursday", "jeudi"),
                       ("Friday", "vendredi"), ("Saturday", "samedi"), ("Sunday", "dimanche")):
    NOUNS.append(noun(day_en, day_fr, "m", "day"))
for season_en, season_fr in (("summer", "été"), ("winter", "hiver"), ("autumn", "automne"), ("spring", "printemps")):
    NOUNS.append(noun(season_en, season_fr, "m", "season", number="s"))

NOUN = {n.en: n for n in NOUNS}
# Nouns that appear only inside fixed phrases ("toute la journée", "au bord de la mer", "le prix").
EXTRA_NOUNS = {"journée": "f", "bord": "m", "prix": "m", "virement": "m", "ville": "f", "août": "m"}
# Adjectives that stand between an article and its noun ("le prochain bus", "la même rue").
PRENOMINAL = {"petit", "petite", "petits", "petites", "grand", "grande", "grands", "grandes", "prochain",
              "prochaine", "nouveau", "nouvelle", "nouveaux", "nouvelles", "vieux", "vieille", "même", "autre",
              "première", "deuxième", "troisième", "premier"}


def french_nouns() -> tuple[dict[str, str], set[str]]:
    """Every French noun of the lexicon: singular form -> gender, and the set of plural forms."""
    genders = dict(EXTRA_NOUNS)
    plurals: set[str] = set()
    for n in NOUNS:
        head = n.fr.split(" ")[0]  # "arrêt de bus" -> "arrêt"
        assert genders.get(head, n.g) == n.g, head
        genders[head] = n.g
        plurals.add(n.fr_pl.split(" ")[0])
    for _, fr, g, number in COUNTRIES:
        if number == "p":
            plurals.add(fr.lower())
        else:
            genders[fr.lower()] = g
    return genders, plurals


def nouns_of(kind: str) -> list[Noun]:
    return [n for n in NOUNS if kind in n.kinds]


@dataclass(frozen=True)
class Adj:
    en: str
    forms: tuple[str, str, str, str]  # masculine singular, feminine singular, masculine plural, feminine plural
    kinds: frozenset[str]
    pre: bool = False  # placed before the noun (petit, grand)
    attributive: bool = True  # False: only after "is/are" (beau, vieux have other forms before a vowel)

    def form(self, g: str, number: str) -> str:
        return self.forms[(0 if g == "m" else 1) + (2 if number == "p" else 0)]


def adj(en, ms, kinds, fs=None, mp=None, fp=None, pre=False, attributive=True):
    fs = fs or (ms if ms.endswith("e") else ms + "e")
    mp = mp or (ms if ms.endswith(("s", "x")) else ms + "s")
    fp = fp or fs + "s"
    return Adj(en, (ms, fs, mp, fp), frozenset(kinds.split()), pre, attributive)


ADJECTIVES = [
    adj("red", "rouge", "colour"),
    adj("blue", "bleu", "colour"),
    adj("green", "vert", "colour"),
    adj("black", "noir", "colour"),
    adj("white", "blanc", "colour", fs="blanche"),
    adj("grey", "gris", "colour"),
    adj("yellow", "jaune", "colour"),
    adj("brown", "marron", "colour", fs="marron", mp="marron", fp="marron"),
    adj("pink", "rose", "colour"),
    adj("expensive", "cher", "item food stay", fs="chère"),
    adj("heavy", "lourd", "item"),
    adj("light", "léger", "item", fs="légère"),
    adj("new", "neuf", "item", fs="neuve", mp="neufs"),
    adj("comfortable", "confortable", "item stay vehicle"),
    adj("broken", "cassé", "item"),
    adj("clean", "propre", "stay vehicle place"),
    adj("dirty", "sale", "stay vehicle item"),
    adj("small", "petit", "item stay place", pre=True),
    adj("big", "grand", "item stay place", pre=True),
    adj("beautiful", "beau", "item stay place", fs="belle", mp="beaux", attributive=False),
    adj("old", "vieux", "item place", fs="vieille", mp="vieux", fp="vieilles", attributive=False),
    adj("quiet", "calme", "stay place"),
    adj("noisy", "bruyant", "stay place"),
    adj("modern", "moderne", "stay place vehicle"),
    adj("full", "complet", "stay vehicle place", fs="complète"),
    adj("free", "libre", "seat"),
    adj("open", "ouvert", "shop"),
    adj("closed", "fermé", "shop"),
    adj("empty", "vide", "stay vehicle place"),
    adj("delicious", "délicieux", "food", fs="délicieuse", fp="délicieuses"),
    adj("fresh", "frais", "food", fs="fraîche"),
    adj("cold", "froid", "food stay"),
    adj("hot", "chaud", "food"),
    adj("warm", "chaud", "weather"),
    adj("calm", "calme", "weather"),
    adj("tired", "fatigué", "person"),
    adj("sick", "malade", "person"),
    adj("happy", "content", "person"),
    adj("ready", "prêt", "person"),
    adj("busy", "occupé", "person"),
    adj("sad", "triste", "person"),
    adj("cancelled", "annulé", "trip"),
    adj("late", "en retard", "person trip", fs="en retard", mp="en retard", fp="en retard"),
]
ADJ = {a.en: a for a in ADJECTIVES}


def adjectives_of(kind: str, attributive: bool = False) -> list[Adj]:
    return [a for a in ADJECTIVES if kind in a.kinds and (a.attributive or not attributive)]


@dataclass(frozen=True)
class Verb:
    en: str  # base form: "buy", "look for"
    en3: str  # "buys"
    en_past: str  # "bought"
    fr_inf: str
    fr_present: tuple[str, ...]  # je, tu, il/elle, nous, vous, ils/elles
    fr_pp: str
    aux: str = "avoir"


def verb(en, en3, en_past, fr_inf, present, pp, aux="avoir"):
    forms = tuple(present.split())
    assert len(forms) == 6, fr_inf
    return Verb(en, en3, en_past, fr_inf, forms, pp, aux)


def er(stem: str, en, en3, en_past, aux="avoir", inf=None) -> Verb:
    """A regular -er verb: stem "réserv" gives réserve, réserves, réserve, réservons, réservez, réservent."""
    present = f"{stem}e {stem}es {stem}e {stem}ons {stem}ez {stem}ent"
    return verb(en, en3, en_past, inf or stem + "er", present, stem + "é", aux)


V = {
    "buy": verb("buy", "buys", "bought", "acheter", "achète achètes achète achetons achetez achètent", "acheté"),
    "want": verb("want", "wants", "wanted", "vouloir", "veux veux veut voulons voulez veulent", "voulu"),
    "like": er("aim", "like", "likes", "liked"),
    "prefer": verb("prefer", "prefers", "preferred", "préférer",
                   "préfère préfères préfère préférons préférez préfèrent", "préféré"),
    "have": verb("have", "has", "had", "avoir", "ai as a avons avez ont", "eu"),
    "look for": er("cherch", "look for", "looks for", "looked for"),
    "find": er("trouv", "find", "finds", "found"),
    "lose": verb("lose", "loses", "lost", "perdre", "perds perds perd perdons perdez perdent", "perdu"),
    "sell": verb("sell", "sells", "sold", "vendre", "vends vends vend vendons vendez vendent", "vendu"),
    "order": er("command", "order", "orders", "ordered"),
    "take": verb("take", "takes", "took", "prendre", "prends prends prend prenons prenez prennent", "pris"),
    "pay for": verb("pay for", "pays for", "paid for", "payer", "paie paies paie payons payez paient", "payé"),
    "pay": verb("pay", "pays", "paid", "payer", "paie paies paie payons payez paient", "payé"),
    "book": er("réserv", "book", "books", "booked"),
    "cancel": er("annul", "cancel", "cancels", "cancelled"),
    "change": verb("change", "changes", "changed", "changer", "change changes change changeons changez changent",
                   "changé"),
    "open": verb("open", "opens", "opened", "ouvrir", "ouvre ouvres ouvre ouvrons ouvrez ouvrent", "ouvert"),
    "close": er("ferm", "close", "closes", "closed"),
    "clean": verb("clean", "cleans", "cleaned", "nettoyer", "nettoie nettoies nettoie nettoyons nettoyez nettoient",
                  "nettoyé"),
    "use": er("utilis", "use", "uses", "used"),
    "carry": er("port", "carry", "carries", "carried"),
    "choose": verb("choose", "chooses", "chose", "choisir",
                   "choisis choisis choisit choisissons choisissez choisissent", "choisi"),
    "receive": verb("receive", "receives", "received", "recevoir",
                    "reçois reçois reçoit recevons recevez reçoivent", "reçu"),
    "send": verb("send", "sends", "sent", "envoyer", "envoie envoies envoie envoyons envoyez envoient", "envoyé"),
    "forget": er("oubli", "forget", "forgets", "forgot"),
    "wait for": verb("wait for", "waits for", "waited for", "attendre",
                     "attends attends attend attendons attendez attendent", "attendu"),
    "call": verb("call", "calls", "called", "appeler", "appelle appelles appelle appelons appelez appellent",
                 "appelé"),
    "visit": er("visit", "visit", "visits", "visited"),
    "rent": er("lou", "rent", "rents", "rented"),
    "read": verb("read", "reads", "read", "lire", "lis lis lit lisons lisez lisent", "lu"),
    "eat": verb("eat", "eats", "ate", "manger", "mange manges mange mangeons mangez mangent", "mangé"),
    "drink": verb("drink", "drinks", "drank", "boire", "bois bois boit buvons buvez boivent", "bu"),
    "see": verb("see", "sees", "saw", "voir", "vois vois voit voyons voyez voient", "vu"),
    "leave": er("quitt", "leave", "leaves", "left"),
    "miss": er("rat", "miss", "misses", "missed"),
    "work": er("travaill", "work", "works", "worked"),
    "withdraw": er("retir", "withdraw", "withdraws", "withdrew"),
    "go": verb("go", "goes", "went", "aller", "vais vas va allons allez vont", "allé", "être"),
    "arrive": er("arriv", "arrive", "arrives", "arrived", aux="être"),
    "set off": verb("leave", "leaves", "left", "partir", "pars pars part partons partez partent", "parti", "être"),
    "come": verb("come", "comes", "came", "venir", "viens viens vient venons venez viennent", "venu", "être"),
    "come back": verb("come back", "comes back", "came back", "revenir",
                      "reviens reviens revient revenons revenez reviennent", "revenu", "être"),
    "stay": er("rest", "stay", "stays", "stayed", aux="être"),
    "go out": verb("go out", "goes out", "went out", "sortir", "sors sors sort sortons sortez sortent", "sorti",
                   "être"),
    "can": verb("can", "can", "could", "pouvoir", "peux peux peut pouvons pouvez peuvent", "pu"),
    "must": verb("must", "must", "had to", "devoir", "dois dois doit devons devez doivent", "dû"),
    "would like": verb("would like", "would like", "would like", "vouloir",
                       "voudrais voudrais voudrait voudrions voudriez voudraient", "voulu"),
    "be": verb("be", "is", "was", "être", "suis es est sommes êtes sont", "été"),
    "cost": er("coût", "cost", "costs", "cost"),
    "open_i": verb("open", "opens", "opened", "ouvrir", "ouvre ouvres ouvre ouvrons ouvrez ouvrent", "ouvert"),
    "close_i": er("ferm", "close", "closes", "closed"),
    "turn": er("tourn", "turn", "turns", "turned"),
    "send_money": verb("send", "sends", "sent", "envoyer", "envoie envoies envoie envoyons envoyez envoient",
                       "envoyé"),
}

EN_BE = {"1s": "am", "2": "are", "3s": "is", "1p": "are", "3p": "are"}
NUMBERS = {1: ("one", "un"), 2: ("two", "deux"), 3: ("three", "trois"), 4: ("four", "quatre"), 5: ("five", "cinq"),
           6: ("six", "six")}
POSS_FR = {0: ("mon", "ma", "mes"), 1: ("ton", "ta", "tes"), 2: ("son", "sa", "ses"), 3: ("notre", "notre", "nos"),
           4: ("votre", "votre", "vos"), 5: ("leur", "leur", "leurs")}

NAMES = [("Paul", "m"), ("Marc", "m"), ("Tom", "m"), ("Louis", "m"), ("Lucas", "m"), ("Thomas", "m"),
         ("Anna", "f"), ("Julie", "f"), ("Sophie", "f"), ("Emma", "f"), ("Claire", "f"), ("Nina", "f"),
         ("Sarah", "f")]
CITIES = [("Paris", "Paris"), ("Lyon", "Lyon"), ("Nice", "Nice"), ("Lille", "Lille"), ("Nantes", "Nantes"),
          ("Bordeaux", "Bordeaux"), ("Toulouse", "Toulouse"), ("Brussels", "Bruxelles"), ("Geneva", "Genève"),
          ("London", "Londres"), ("Montreal", "Montréal")]
# (English, French, gender, number): "in/to" is en + feminine, au + masculine, aux + plural
COUNTRIES = [("France", "France", "f", "s"), ("Spain", "Espagne", "f", "s"), ("Italy", "Italie", "f", "s"),
             ("Belgium", "Belgique", "f", "s"), ("Switzerland", "Suisse", "f", "s"),
             ("Germany", "Allemagne", "f", "s"), ("Canada", "Canada", "m", "s"), ("Portugal", "Portugal", "m", "s"),
             ("Japan", "Japon", "m", "s"), ("Morocco", "Maroc", "m", "s"),
             ("the United States", "États-Unis", "m", "p")]

PAST_TIMES = [("yesterday", "hier"), ("yesterday evening", "hier soir"), ("this morning", "ce matin"),
              ("last week", "la semaine dernière"), ("last month", "le mois dernier"), ("on Saturday", "samedi"),
              ("on Monday", "lundi"), ("two days ago", "il y a deux jours"), ("three days ago", "il y a trois jours")]
FUTURE_TIMES = [("tomorrow", "demain"), ("tomorrow morning", "demain matin"), ("this evening", "ce soir"),
                ("this afternoon", "cet après-midi"), ("next week", "la semaine prochaine"),
                ("next month", "le mois prochain"), ("on Monday", "lundi"), ("on Friday", "vendredi"),
                ("on Saturday", "samedi"), ("on Tuesday", "mardi")]
HABITS = [("every day", "tous les jours"), ("every week", "toutes les semaines"), ("every month", "tous les mois"),
          ("every morning", "tous les matins"), ("every evening", "tous les soirs"), ("on Saturdays", "le samedi"),
          ("on Sundays", "le dimanche"), ("on Wednesdays", "le mercredi")]
FREQUENCY = [("often", "souvent"), ("sometimes", "parfois"), ("always", "toujours")]


# --- Subjects and noun phrases ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Subject:
    en: str
    fr: str
    p: int  # French person: 0 je, 1 tu, 2 il/elle, 3 nous, 4 vous, 5 ils/elles
    en_p: str  # "1s", "2", "3s", "1p", "3p"
    g: str  # grammatical gender ("m" for je/tu/vous/nous, which only take avoir verbs or count as masculine)
    number: str
    vocative: str = ""  # "Paul": the sentence starts "Paul, ..."
    gender_known: bool = True

    @property
    def en_poss(self) -> str:
        return {0: "my", 1: "your", 3: "our", 4: "your", 5: "their"}.get(self.p) or ("his" if self.g == "m" else "her")


PRONOUNS = {
    "I": Subject("I", "je", 0, "1s", "m", "s", gender_known=False),
    "you": Subject("you", "vous", 4, "2", "m", "p", gender_known=False),
    "he": Subject("he", "il", 2, "3s", "m", "s"),
    "she": Subject("she", "elle", 2, "3s", "f", "s"),
    "we": Subject("we", "nous", 3, "1p", "m", "p"),
    "they": Subject("they", "ils", 5, "3p", "m", "p"),
}


def name_subject(name: str, g: str) -> Subject:
    return Subject(name, name, 2, "3s", g, "s")


def tu_subject(name: str) -> Subject:
    return Subject("you", "tu", 1, "2", "m", "s", vocative=name, gender_known=False)


def family_subject(n: Noun, number: str) -> Subject:
    """ "my sister" / "ma sœur", "the children" / "les enfants"."""
    mine = n.en in ("brother", "sister", "mother", "father", "son", "daughter", "parent", "aunt", "uncle")
    if mine:
        en = "my " + (n.en_pl if number == "p" else n.en)
        det = POSS_FR[0][2] if number == "p" else POSS_FR[0][0 if n.g == "m" or starts_with_vowel(n.fr) else 1]
    else:
        en = "the " + (n.en_pl if number == "p" else n.en)
        det = "les" if number == "p" else ("le" if n.g == "m" else "la")
    fr = det + " " + (n.fr_pl if number == "p" else n.fr)
    fr = " ".join(finish_fr(fr.split(" ")))
    return Subject(en, fr, 5 if number == "p" else 2, "3p" if number == "p" else "3s", n.g, number)


def person_subjects(rng: random.Random, *, gender_known: bool = False) -> Subject:
    """A random subject: mostly pronouns, some first names and family nouns, a few "tu" with a vocative."""
    roll = rng.random()
    if roll < 0.55:
        choices = ["he", "she", "we", "they"] if gender_known else ["I", "you", "he", "she", "we", "they"]
        return PRONOUNS[rng.choice(choices)]
    if roll < 0.75:
        return name_subject(*rng.choice(NAMES))
    if roll < 0.9 or gender_known:
        n = rng.choice([n for n in nouns_of("person") if n.en not in ("doctor", "dentist", "nurse", "guide",
                                                                        "driver", "pharmacist")])
        number = rng.choice("ps") if n.number == "sp" else n.number
        return family_subject(n, number)
    return tu_subject(rng.choice(NAMES)[0])


@dataclass
class Phrase:
    en: list[str]
    fr: list[str]
    g: str = "m"
    number: str = "s"


def noun_phrase(n: Noun, det: str, number: str, *, a: Adj | None = None, owner: Subject | None = None,
                negative: bool = False, count: int = 2, after_de: bool = False) -> Phrase:
    """det: "a", "the", "this", "poss", "num", "some", "mass" (partitive), "generic" (English bare, French
    definite). ``negative``: un/une/des/du/de la become de. ``after_de``: the phrase follows "de" (avoir
    besoin de ...): du/de la/des vanish, de + le -> du is left to finish_fr."""
    en_noun = n.en_pl if number == "p" else n.en
    fr_noun = n.fr_pl if number == "p" else n.fr
    en_words = ([a.en] if a else []) + [en_noun]
    fr_words = [fr_noun]
    if a:
        form = a.form(n.g, number)
        fr_words = form.split() + fr_words if a.pre else fr_words + form.split()
    first = fr_words[0]
    i = (0 if n.g == "m" else 1) if number == "s" else 2
    if det == "a":
        en_det = ["a"] if number == "s" else ["some"]
        fr_det = ["de"] if negative or after_de and number == "p" else (["un", "une", "des"][i:i + 1])
        if after_de and not negative and number == "s":
            fr_det = ["de", ["un", "une"][i]]
    elif det == "some":
        en_det, fr_det = ["some"], ["de"] if negative or after_de else ["des"]
    elif det == "mass":
        en_det = []
        if negative or after_de:
            fr_det = ["de"]
        else:
            fr_det = ["de", "le" if n.g == "m" else "la"]
    elif det in ("the", "generic"):
        en_det = ["the"] if det == "the" else []
        fr_det = [["le", "la", "les"][i]]
        if after_de:
            fr_det = ["de"] + fr_det
    elif det == "this":
        en_det = ["this" if number == "s" else "these"]
        if number == "p":
            fr_det = ["ces"]
        elif n.g == "f":
            fr_det = ["cette"]
        else:
            fr_det = ["cet" if starts_with_vowel(first) else "ce"]
        if after_de:
            fr_det = ["de"] + fr_det
    elif det == "poss":
        assert owner is not None
        en_det = [owner.en_poss]
        forms = POSS_FR[owner.p]
        if number == "p":
            fr_det = [forms[2]]
        else:
            fr_det = [forms[0] if n.g == "m" or starts_with_vowel(first) else forms[1]]
        if after_de:
            fr_det = ["de"] + fr_det
    elif det == "num":
        en_det = [NUMBERS[count][0]]
        fr_det = [NUMBERS[count][1]]
        if after_de:
            fr_det = ["de"] + fr_det
    else:
        raise ValueError(det)
    return Phrase(en_det + en_words, fr_det + fr_words, n.g, number)


def place_phrase(n: Noun, prep_fr: str, number: str = "s") -> list[str]:
    """ "à" + "la gare" etc.; finish_fr makes au / aux / à l'."""
    return [prep_fr, ["le", "la", "les"][(0 if n.g == "m" else 1) if number == "s" else 2],
            n.fr_pl if number == "p" else n.fr]


def country_to(country) -> list[str]:
    _, fr, g, number = country
    if number == "p":
        return ["aux", fr]
    return ["en", fr] if g == "f" else ["au", fr]


def country_from(country) -> list[str]:
    _, fr, g, number = country
    if number == "p":
        return ["des", fr]
    return ["de", fr] if g == "f" else ["du", fr]


# --- Verb groups -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Frame:
    """A transitive verb with the objects it takes in one domain."""

    verb: str
    kinds: tuple[str, ...]
    mode: str  # "habit": the present needs a habit adverb; "stative"; "prog": English progressive
    dets: tuple[str, ...] = ("a", "the", "this", "poss", "num")
    places: tuple[str, ...] = ()  # optional "at the market" etc.
    tenses: tuple[str, ...] = ("present", "future", "past")


SHOP_PLACES = ("market", "supermarket", "bakery", "shop")
LOSE_PLACES = ("hotel", "station", "airport", "restaurant", "cinema", "office", "car", "taxi", "train", "bus")
PF = ("future", "past")  # verbs whose habitual present would sound odd ("she cancels her flight every day")
FRAMES = {
    "shopping": [
        Frame("buy", ("item", "count"), "habit", places=SHOP_PLACES),
        Frame("buy", ("mass",), "habit", dets=("mass",), places=SHOP_PLACES),
        Frame("want", ("item", "count"), "stative", tenses=("present",)),
        Frame("want", ("mass",), "stative", dets=("mass",), tenses=("present",)),
        Frame("like", ("item",), "stative", dets=("the", "this", "poss"), tenses=("present",)),
        Frame("like", ("mass", "count"), "stative", dets=("generic",), tenses=("present",)),
        Frame("prefer", ("item",), "stative", dets=("the", "this"), tenses=("present",)),
        Frame("look for", ("item",), "prog", dets=("a", "the", "poss")),
        Frame("sell", ("item",), "habit", dets=("a", "the", "poss", "num"), tenses=PF),
        Frame("order", ("count", "item"), "habit"),
        Frame("choose", ("item",), "habit", dets=("a", "the", "this"), tenses=PF),
        Frame("pay for", ("item",), "habit", dets=("the", "this", "poss"), tenses=PF),
        Frame("eat", ("count",), "habit", dets=("a", "the", "num")),
        Frame("eat", ("mass",), "habit", dets=("mass",)),
        Frame("drink", ("drink",), "habit", dets=("mass", "the")),
        Frame("carry", ("carry",), "freq", dets=("the", "poss")),
    ],
    "booking": [
        Frame("book", ("bookable",), "habit", dets=("a", "the", "num"), tenses=PF),
        Frame("cancel", ("cancel",), "habit", dets=("the", "poss", "this"), tenses=PF),
        Frame("change", ("change",), "habit", dets=("the", "poss", "this"), tenses=PF),
        Frame("rent", ("rent",), "habit", dets=("a", "the", "num"), tenses=PF),
        Frame("take", ("ride",), "habit", dets=("the",)),
        Frame("wait for", ("wait",), "prog", dets=("the",)),
        Frame("forget", ("lose", "doc"), "freq", dets=("the", "poss"), places=LOSE_PLACES),
        Frame("leave", ("stayplace",), "habit", dets=("the",)),
        Frame("visit", ("visit",), "habit", dets=("the",), tenses=PF),
        Frame("call", ("taxi",), "habit", dets=("a",), tenses=PF),
        Frame("call", ("stayplace",), "habit", dets=("the",), tenses=PF),
        Frame("clean", ("stay", "clean"), "habit", dets=("the", "poss")),
        Frame("carry", ("carry",), "freq", dets=("the", "poss")),
    ],
    "health": [
        Frame("take", ("medicine",), "habit", dets=("the", "this", "poss")),
        Frame("call", ("staff",), "habit", dets=("the",), tenses=PF),
        Frame("wait for", ("staff",), "prog", dets=("the",)),
        Frame("receive", ("prescription",), "habit", dets=("the", "poss", "a"), tenses=PF),
        Frame("forget", ("medicine", "prescription"), "freq", dets=("the", "poss")),
        Frame("cancel", ("appointment",), "habit", dets=("the", "poss", "this"), tenses=PF),
        Frame("change", ("appointment",), "habit", dets=("the", "poss", "this"), tenses=PF),
    ],
    "banking": [
        Frame("open", ("open_account",), "habit", dets=("a",), tenses=PF),
        Frame("close", ("open_account",), "habit", dets=("the", "poss", "this"), tenses=PF),
        Frame("lose", ("lose",), "freq", dets=("the", "poss"), places=LOSE_PLACES),
        Frame("find", ("lose",), "habit", dets=("the", "poss", "a"), places=LOSE_PLACES, tenses=PF),
        Frame("use", ("use",), "habit", dets=("the", "poss", "this")),
        Frame("pay", ("pay",), "habit", dets=("the", "poss", "this")),
        Frame("receive", ("receive",), "habit", dets=("a", "the", "num")),
        Frame("send", ("send",), "habit", dets=("a", "the", "num")),
        Frame("read", ("read",), "habit", dets=("a", "the", "this", "poss")),
    ],
}
SPECIAL_KINDS = {  # object kinds that select one or two nouns
    "open_account": ["account"],
    "prescription": ["prescription"],
    "appointment": ["appointment"],
    "staff": ["doctor", "dentist", "nurse", "pharmacist"],
    "taxi": ["taxi"],
}


def frame_nouns(frame: Frame) -> list[Noun]:
    out = []
    for kind in frame.kinds:
        out += [NOUN[e] for e in SPECIAL_KINDS[kind]] if kind in SPECIAL_KINDS else nouns_of(kind)
    return [n for n in out if "person" not in n.kinds or "staff" in frame.kinds]


# --- Helpers to conjugate -----------------------------------------------------------------------------------


def en_present(subject: Subject, v: Verb) -> str:
    if v.en == "be":
        return EN_BE[subject.en_p]
    return v.en3 if subject.en_p == "3s" else v.en


def en_do(subject: Subject, negative: bool) -> str:
    word = "does" if subject.en_p == "3s" else "do"
    return word + ("n't" if negative else "")


def participle(v: Verb, g: str, number: str) -> str:
    """The past participle agreed with a feminine or plural subject (être) or preceding object (avoir)."""
    pp = v.fr_pp
    if g == "f":
        pp += "e"
    if number == "p" and not pp.endswith("s"):
        pp += "s"
    return pp


def subject_words(subject: Subject) -> tuple[list[str], list[str]]:
    en = [subject.vocative + ",", subject.en] if subject.vocative else [subject.en]
    fr = [subject.vocative + ",", subject.fr] if subject.vocative else subject.fr.split(" ")
    return en, fr


def clause(subject: Subject, v: Verb, tense: str, obj_en: list[str], obj_fr: list[str], *, negative=False,
           question=False, adverb=None, infinitive_fr: list[str] | None = None) -> tuple[list[str], list[str]]:
    """Subject + verb + object in one tense, as a statement or an "est-ce que" question.

    tense: "present", "prog" (English "is -ing", French present), "future" (going to / aller + infinitive),
    "past" (passé composé). ``adverb`` = (English, French) frequency adverb (present statements only).
    """
    s_en, s_fr = subject_words(subject)
    voc_en, s_en = (s_en[:1], s_en[1:]) if subject.vocative else ([], s_en)
    voc_fr, s_fr = (s_fr[:1], s_fr[1:]) if subject.vocative else ([], s_fr)
    p = subject.p
    be = EN_BE[subject.en_p]
    if tense == "present":
        if question:
            en = [en_do(subject, False)] + s_en + [v.en]
        elif negative:
            en = s_en + [en_do(subject, True), v.en]
        elif adverb:
            en = s_en + [adverb[0], en_present(subject, v)]
        else:
            en = s_en + [en_present(subject, v)]
        fr_verb = [v.fr_present[p]]
    elif tense == "prog":
        ing = v.en.split(" ", 1)
        ing[0] = {"look": "looking", "wait": "waiting"}[ing[0]]
        if question:
            en = [be] + s_en + ing
        else:
            en = s_en + [be] + (["not"] if negative else []) + ing
        fr_verb = [v.fr_present[p]]
    elif tense == "future":
        if question:
            en = [be] + s_en + ["going", "to", v.en]
        else:
            en = s_en + [be] + (["not"] if negative else []) + ["going", "to", v.en]
        fr_verb = [V["go"].fr_present[p], v.fr_inf]
    elif tense == "past":
        if question:
            en = ["did"] + s_en + [v.en]
        elif negative:
            en = s_en + ["didn't", v.en]
        else:
            en = s_en + [v.en_past]
        if v.aux == "être":
            fr_verb = [V["be"].fr_present[p], participle(v, subject.g, subject.number)]
        else:
            fr_verb = [V["have"].fr_present[p], v.fr_pp]
    else:
        raise ValueError(tense)
    if infinitive_fr:
        fr_verb = fr_verb + infinitive_fr
    if negative:
        word = "jamais" if adverb and adverb[1] == "jamais" else "pas"
        fr_verb = ["ne", fr_verb[0], word] + fr_verb[1:]
        if adverb and adverb[1] == "jamais":
            en = s_en + ["never", en_present(subject, v)]
    elif adverb:
        fr_verb = fr_verb[:1] + [adverb[1]] + fr_verb[1:]
    fr = s_fr + fr_verb
    if question:
        fr = ["est-ce", "que"] + fr
    return voc_en + en + obj_en, voc_fr + fr + obj_fr


# --- Sentence patterns ------------------------------------------------------------------------------------


@dataclass
class Pair:
    domain: str
    en: str
    fr: str
    pattern: str = field(default="", compare=False)


def make(domain, en_words, fr_words, end=".", pattern="") -> Pair:
    return Pair(domain, sentence(en_words, end, "en"), sentence(fr_words, end, "fr"), pattern)


def pick_det(rng, frame_dets, n: Noun) -> str:
    dets = [d for d in frame_dets if not n.dets or d in n.dets or (d == "this" and "these" in n.dets)]
    if n.number == "p":
        dets = [d for d in dets if d not in ("a",)] or ["the"]
    if "mass" in n.kinds:
        dets = [d for d in dets if d not in ("a", "num")] or ["the"]
    return rng.choice(dets or ["the"])


def pick_number(rng, n: Noun, det: str) -> str:
    if n.number in ("s", "p"):
        return n.number
    if det == "num":
        return "p"
    if det == "generic":
        return "p"
    return "p" if rng.random() < 0.25 else "s"


ROOM_ADJECTIVES = ("quiet", "big", "small", "comfortable", "modern", "expensive", "clean")


CLOTHES = {"dress", "shirt", "coat", "hat", "jacket", "skirt", "sweater", "shoe"}
ITEM_ADJECTIVE_NOUNS = {  # item adjectives that only suit some things ("a comfortable umbrella" does not)
    "comfortable": CLOTHES | {"chair", "car", "bike"},
    "broken": {"phone", "computer", "watch", "lamp", "chair", "umbrella", "bike", "suitcase"},
    "heavy": {"bag", "suitcase", "computer", "coat", "bike", "lamp", "chair", "book", "table"},
    "light": {"bag", "suitcase", "computer", "coat", "bike", "jacket", "sweater", "umbrella"},
    "dirty": CLOTHES | {"bag", "car", "bike", "table", "chair", "suitcase"},
}


def item_adjectives(n: Noun, attributive: bool = False) -> list[Adj]:
    return [a for a in adjectives_of("item", attributive) if n.en in ITEM_ADJECTIVE_NOUNS.get(a.en, {n.en})]


def attributive_options(n: Noun, domain: str) -> list[Adj]:
    """The adjectives that may stand next to this noun in this domain ("a red bag", "a quiet room")."""
    options: list[Adj] = []
    if "colour" in n.kinds and (domain == "shopping" or n.en != "table"):
        options += adjectives_of("colour")
    if "item" in n.kinds and "plain" not in n.kinds and domain == "shopping":
        options += item_adjectives(n, attributive=True)
    if n.en in ("room", "flat"):
        options += [ADJ[e] for e in ROOM_ADJECTIVES]
    if "count" in n.kinds:
        options += [ADJ["delicious"], ADJ["fresh"]]
    return options


def object_phrase(rng, n: Noun, det: str, subject: Subject, *, negative=False, after_de=False,
                  adjective=True, domain: str = "shopping") -> Phrase:
    number = pick_number(rng, n, det)
    a = None
    if adjective and rng.random() < 0.4 and "mass" not in n.kinds:
        options = attributive_options(n, domain)
        if det in ("a", "some") and number == "p":
            options = [a for a in options if not a.pre]  # des petits sacs -> de petits sacs: avoided
        if options:
            a = rng.choice(options)
    owner = subject
    if det == "poss" and rng.random() < 0.3:
        owner = rng.choice([PRONOUNS[k] for k in ("I", "he", "she", "we", "they")] + ([subject]))
        if subject.vocative:
            owner = subject
        if owner.en == "you" and subject.vocative:
            owner = subject
    count = rng.randint(2, 4)
    return noun_phrase(n, det, number, a=a, owner=owner, negative=negative, count=count, after_de=after_de)


def place_complement(rng, names: tuple[str, ...]) -> tuple[list[str], list[str]]:
    n = NOUN[rng.choice(names)]
    if n.en in ("car", "taxi", "train", "bus"):
        return ["on" if n.en in ("bus", "train") else "in", "the", n.en], ["dans", "le" if n.g == "m" else "la", n.fr]
    return ["at", "the", n.en], place_phrase(n, "à")


def p_transitive(rng: random.Random, domain: str) -> Pair | None:
    frame = rng.choice(FRAMES[domain])
    v = V[frame.verb]
    n = rng.choice(frame_nouns(frame))
    subject = person_subjects(rng)
    tense = rng.choice(frame.tenses)
    if tense == "present" and frame.mode == "prog":
        tense = "prog"
    negative = rng.random() < 0.25
    question = not negative and rng.random() < 0.2
    if question and subject.en == "I":
        return None
    adverb = None
    time_en: list[str] = []
    time_fr: list[str] = []
    if tense == "present" and frame.mode == "freq":
        if question:
            return None
        adverb = ("never", "jamais") if negative else rng.choice(FREQUENCY)
    elif tense == "present" and frame.mode == "habit":
        roll = rng.random()
        if negative:
            if roll < 0.5:
                adverb = ("never", "jamais")
            else:
                t = rng.choice(HABITS)
                time_en, time_fr = t[0].split(), t[1].split()
        elif question or roll < 0.5:
            t = rng.choice(HABITS)
            time_en, time_fr = t[0].split(), t[1].split()
        else:
            adverb = rng.choice(FREQUENCY)
    elif tense == "future" and rng.random() < 0.8:
        t = rng.choice(FUTURE_TIMES)
        time_en, time_fr = t[0].split(), t[1].split()
    elif tense == "past" and rng.random() < 0.8:
        t = rng.choice(PAST_TIMES)
        time_en, time_fr = t[0].split(), t[1].split()
    det = pick_det(rng, frame.dets, n)
    if adverb and adverb[0] == "never" and det in ("num", "this"):
        return None
    obj = object_phrase(rng, n, det, subject, negative=negative, domain=domain)
    place_en: list[str] = []
    place_fr: list[str] = []
    if frame.places and rng.random() < 0.35:
        place_en, place_fr = place_complement(rng, frame.places)
    en, fr = clause(subject, v, tense, obj.en + place_en + time_en, obj.fr + place_fr + time_fr, negative=negative,
                    question=question, adverb=adverb)
    if adverb and adverb[0] == "never" and (subject.vocative or question):
        return None
    return make(domain, en, fr, "?" if question else ".", "transitive")


MODALS = [("want", "want to"), ("would like", "would like to"), ("can", "can"), ("must", "must")]


def p_modal(rng: random.Random, domain: str) -> Pair | None:
    """I want to / would like to / can / must + verb + object: "Je voudrais réserver une table"."""
    frame = rng.choice([f for f in FRAMES[domain] if f.verb not in ("want", "like", "prefer", "forget", "lose")])
    v = V[frame.verb]
    n = rng.choice(frame_nouns(frame))
    modal_key, _ = rng.choice(MODALS)
    modal = V[modal_key]
    subject = person_subjects(rng)
    question = rng.random() < 0.3
    negative = not question and modal_key in ("want", "can", "must") and rng.random() < 0.25
    if question and modal_key == "must":
        return None
    if modal_key == "would like" and subject.en == "you" and not question:
        return None
    if question and subject.en == "I" and modal_key != "can":
        return None
    det = pick_det(rng, frame.dets, n)
    obj = object_phrase(rng, n, det, subject, negative=negative, domain=domain)
    time_en: list[str] = []
    time_fr: list[str] = []
    if rng.random() < 0.5:
        t = rng.choice(FUTURE_TIMES)
        time_en, time_fr = t[0].split(), t[1].split()
    s_en, s_fr = subject_words(subject)
    voc_en, s_en = (s_en[:1], s_en[1:]) if subject.vocative else ([], s_en)
    voc_fr, s_fr = (s_fr[:1], s_fr[1:]) if subject.vocative else ([], s_fr)
    verb_en = v.en.split()
    if modal_key == "want":
        if question:
            en = [en_do(subject, False)] + s_en + ["want", "to"] + verb_en
        elif negative:
            en = s_en + [en_do(subject, True), "want", "to"] + verb_en
        else:
            en = s_en + [modal.en3 if subject.en_p == "3s" else "want", "to"] + verb_en
    elif modal_key == "would like":
        en = (["would"] + s_en + ["like", "to"] if question else s_en + ["would", "like", "to"]) + verb_en
    else:
        word = "can't" if negative and modal_key == "can" else modal_key
        if question:
            en = [word] + s_en + verb_en
        else:
            en = s_en + ([word, "not"] if negative and modal_key == "must" else [word]) + verb_en
    fr_modal = modal.fr_present[subject.p]
    fr = s_fr + (["ne", fr_modal, "pas"] if negative else [fr_modal]) + [v.fr_inf]
    if question:
        fr = ["est-ce", "que"] + fr
    en = voc_en + en + obj.en + time_en
    fr = voc_fr + fr + obj.fr + time_fr
    return make(domain, en, fr, "?" if question else ".", "modal")


def p_need(rng: random.Random, domain: str) -> Pair | None:
    """ "I need a taxi" / "J'ai besoin d'un taxi" (de + article: d'un, du, de la, de l', des, de)."""
    if domain == "banking":
        n = NOUN[rng.choice(["card", "passport", "money", "money", "cheque", "code", "loan", "account"])]
    else:
        kinds = {"shopping": ("item", "count", "mass"), "booking": ("bookable", "doc"),
                 "health": ("medicine", "doc")}[domain]
        n = rng.choice([n for k in kinds for n in nouns_of(k) if "person" not in n.kinds])
    subject = person_subjects(rng)
    negative = rng.random() < 0.25
    question = not negative and rng.random() < 0.2
    if n.en == "money":
        det = "mass"
    elif n.en in ("code", "account", "loan"):
        det = rng.choice(["a", "poss"]) if n.en != "code" else "poss"
    elif "mass" in n.kinds:
        det = rng.choice(["mass", "the"])
    else:
        det = pick_det(rng, ("a", "the", "poss", "this", "num"), n)
    obj = object_phrase(rng, n, det, subject, negative=negative, after_de=True, domain=domain)
    tense = "future" if rng.random() < 0.2 else "present"
    time_en: list[str] = []
    time_fr: list[str] = []
    if tense == "future" or rng.random() < 0.3:
        t = rng.choice(FUTURE_TIMES)
        time_en, time_fr = t[0].split(), t[1].split()
    s_en, s_fr = subject_words(subject)
    voc_en, s_en = (s_en[:1], s_en[1:]) if subject.vocative else ([], s_en)
    voc_fr, s_fr = (s_fr[:1], s_fr[1:]) if subject.vocative else ([], s_fr)
    be = EN_BE[subject.en_p]
    if tense == "present":
        if question:
            en = [en_do(subject, False)] + s_en + ["need"]
        elif negative:
            en = s_en + [en_do(subject, True), "need"]
        else:
            en = s_en + ["needs" if subject.en_p == "3s" else "need"]
        fr_verb = [V["have"].fr_present[subject.p]]
    else:
        if question:
            en = [be] + s_en + ["going", "to", "need"]
        else:
            en = s_en + [be] + (["not"] if negative else []) + ["going", "to", "need"]
        fr_verb = [V["go"].fr_present[subject.p], "avoir"]
    if negative:
        fr_verb = ["ne", fr_verb[0], "pas"] + fr_verb[1:]
    fr = s_fr + fr_verb + ["besoin"]
    if question:
        fr = ["est-ce", "que"] + fr
    # after "besoin": "de" + phrase (the phrase starts with "de" already for a/the/poss/this/num/mass)
    en = voc_en + en + obj.en + time_en
    fr = voc_fr + fr + obj.fr + time_fr
    return make(domain, en, fr, "?" if question else ".", "need")


def p_describe(rng: random.Random, domain: str) -> Pair | None:
    """ "The red dress is expensive." / "La robe rouge est chère." (predicative agreement)."""
    kinds = {"shopping": ("item", "food"), "booking": ("stay", "vehicle", "seat", "trip"), "health": ("person",),
             "banking": ("shop",), "directions": ("place",)}[domain]
    if domain == "health":
        subject = person_subjects(rng, gender_known=True)
        if subject.vocative:
            return None
        a = rng.choice(adjectives_of("person"))
        negative = rng.random() < 0.25
        question = not negative and rng.random() < 0.2
        s_en, s_fr = subject_words(subject)
        be_en = EN_BE[subject.en_p]
        t_en, t_fr = [], []
        if rng.random() < 0.5:
            t = rng.choice([("today", "aujourd'hui"), ("this morning", "ce matin"), ("this evening", "ce soir")])
            t_en, t_fr = t[0].split(), t[1].split()
        if question:
            en = [be_en] + s_en + [a.en] + t_en
        else:
            en = s_en + [be_en] + (["not"] if negative else []) + [a.en] + t_en
        be_fr = V["be"].fr_present[subject.p]
        fr = s_fr + (["ne", be_fr, "pas"] if negative else [be_fr]) + a.form(subject.g, subject.number).split() + t_fr
        if question:
            fr = ["est-ce", "que"] + fr
        return make(domain, en, fr, "?" if question else ".", "describe")
    if domain == "banking":
        n = NOUN["bank"]
        kind = "shop"
    else:
        kind = rng.choice(kinds)
        if kind == "seat":
            n = NOUN["seat"]
        elif kind == "trip":
            n = rng.choice([NOUN["flight"], NOUN["train"], NOUN["bus"]])
        elif kind == "vehicle":
            n = rng.choice([NOUN["car"], NOUN["taxi"], NOUN["train"], NOUN["bus"]])
        else:
            n = rng.choice([n for n in nouns_of(kind) if "mass" not in n.kinds or kind == "food"])
            if kind == "place":
                n = rng.choice(nouns_of("building"))
    options = [a for a in adjectives_of(kind) if a.en != "late" or kind == "trip"]
    if kind == "food":
        options = [ADJ[e] for e in FOOD_ADJECTIVES.get(n.en, ("delicious",))]
    if kind == "item":
        options = item_adjectives(n) + (adjectives_of("colour") if "colour" in n.kinds else [])
    if kind in ("place", "shop"):
        options = adjectives_of("place") + adjectives_of("shop")
    a = rng.choice(options)
    det = rng.choice([d for d in ("the", "this", "poss") if not n.dets or d in n.dets] or ["the"])
    if kind in ("place", "shop", "trip", "vehicle", "food"):
        det = "the" if kind != "trip" else rng.choice(["the", "poss"])
    owner = rng.choice(list(PRONOUNS.values()))
    number = n.number if n.number in ("s", "p") else ("p" if rng.random() < 0.25 else "s")
    if kind in ("place", "shop", "trip", "vehicle") and n.number == "sp":
        number = "s"
    np = noun_phrase(n, det, number, owner=owner)
    negative = rng.random() < 0.2
    question = not negative and rng.random() < 0.2
    very = rng.random() < 0.2 and a.en not in ("late", "cancelled", "full", "free", "open", "closed", "empty",
                                               "broken", "new")
    be_en = "are" if number == "p" else "is"
    be_fr = "sont" if number == "p" else "est"
    adv_en = (["very"] if very else [])
    adv_fr = (["très"] if very else [])
    t_en, t_fr = [], []
    if a.en in ("open", "closed"):
        t = rng.choice([("today", "aujourd'hui"), ("on Sundays", "le dimanche"), ("on Mondays", "le lundi"),
                        ("this afternoon", "cet après-midi"), ("in August", "en août")])
        t_en, t_fr = t[0].split(), t[1].split()
    elif kind in ("trip", "stay") and rng.random() < 0.4:
        t = rng.choice([("today", "aujourd'hui"), ("tonight", "ce soir"), ("this week", "cette semaine")])
        t_en, t_fr = t[0].split(), t[1].split()
    if question:
        en = [be_en] + np.en + adv_en + [a.en] + t_en
    else:
        en = np.en + [be_en] + (["not"] if negative else []) + adv_en + [a.en] + t_en
    fr = np.fr + (["ne", be_fr, "pas"] if negative else [be_fr]) + adv_fr + a.form(n.g, number).split() + t_fr
    if question:
        fr = ["est-ce", "que"] + fr
    return make(domain, en, fr, "?" if question else ".", "describe")


FOOD_ADJECTIVES = {
    "bread": ("fresh", "delicious", "expensive"), "cheese": ("fresh", "delicious", "expensive"),
    "fish": ("fresh", "delicious", "expensive", "cold"), "soup": ("hot", "cold", "delicious"),
    "meat": ("fresh", "cold", "expensive"), "salad": ("fresh", "delicious"), "rice": ("hot", "cold"),
    "apple": ("fresh", "delicious", "expensive"), "orange": ("fresh", "delicious", "expensive"),
    "cake": ("fresh", "delicious", "expensive"), "sandwich": ("fresh", "cold", "delicious", "expensive"),
    "jam": ("delicious", "expensive"), "chocolate": ("delicious", "expensive"), "butter": ("fresh", "cold"),
    "oil": ("expensive",), "sugar": ("expensive",),
}


def p_relative(rng: random.Random, domain: str) -> Pair | None:
    """ "The dress that she bought is blue." / "La robe qu'elle a achetée est bleue." (agreement of the
    participle with the preceding direct object, and of the adjective with the noun)."""
    if domain == "shopping":
        n = rng.choice([n for n in nouns_of("item") if "colour" in n.kinds or "item" in n.kinds])
        v = V[rng.choice(["buy", "choose", "order", "find", "see", "sell"])]
    else:
        n = rng.choice([NOUN["room"], NOUN["table"], NOUN["seat"], NOUN["flat"], NOUN["car"], NOUN["bike"],
                        NOUN["ticket"], NOUN["hotel"]])
        v = V[rng.choice(["book", "find", "see", "choose"] + (["rent"] if "rent" in n.kinds else []))]
    subject = person_subjects(rng)
    if subject.vocative:
        return None
    number = n.number if n.number in ("s", "p") else ("p" if rng.random() < 0.3 else "s")
    if n.en == "hotel":
        number = "s"
    if domain == "shopping":
        options = item_adjectives(n) + (adjectives_of("colour") if "colour" in n.kinds else [])
    elif n.en in ("room", "flat", "hotel"):
        options = [ADJ[e] for e in ROOM_ADJECTIVES + ("noisy", "beautiful", "old", "dirty")]
    elif n.en in ("car", "bike"):
        options = adjectives_of("colour") + [ADJ[e] for e in ("comfortable", "new", "old", "dirty", "expensive")]
    elif n.en == "table":
        options = [ADJ[e] for e in ("big", "small", "quiet")]
    elif n.en == "seat":
        options = [ADJ[e] for e in ("comfortable", "expensive", "free")]
    else:
        options = [ADJ["expensive"]]
    a = rng.choice(options)
    head = noun_phrase(n, "the", number)
    s_en, s_fr = subject_words(subject)
    question = rng.random() < 0.25
    pp = participle(v, n.g, number)
    rel_en = ["that"] + s_en + [v.en_past]
    rel_fr = ["que"] + s_fr + [V["have"].fr_present[subject.p], pp]
    if question:
        en = ["where", "is" if number == "s" else "are"] + head.en + rel_en
        fr = ["où", "est" if number == "s" else "sont"] + head.fr + rel_fr
        return make(domain, en, fr, "?", "relative")
    very = rng.random() < 0.25 and a.en not in ("broken", "new", "full", "empty", "free") and "colour" not in a.kinds
    en = head.en + rel_en + ["is" if number == "s" else "are"] + (["very"] if very else []) + [a.en]
    fr = head.fr + rel_fr + ["est" if number == "s" else "sont"] + (["très"] if very else []) + a.form(n.g, number).split()
    return make(domain, en, fr, ".", "relative")


MOVE_VERBS = [("go", "to", "à"), ("arrive", "at", "à"), ("come back", "from", "de"), ("stay", "at", "à"),
              ("leave", None, None)]


def p_movement(rng: random.Random, domain: str) -> Pair | None:
    """Going places, with être agreement in the passé composé: "Elles sont allées à la pharmacie hier"."""
    places = {"booking": ["hotel", "airport", "station"], "health": ["pharmacy", "hospital", "clinic"],
              "banking": ["bank", "post office", "office"], "shopping": ["market", "supermarket", "bakery", "shop"],
              "directions": ["museum", "park", "library", "school", "church", "cinema", "beach", "town hall",
                             "swimming pool", "theatre", "castle", "city centre", "station"]}[domain]
    verb_key, prep_en, prep_fr = rng.choice(MOVE_VERBS)
    tense = rng.choice(["past", "past", "present", "future"])
    subject = person_subjects(rng, gender_known=(tense == "past"))
    if subject.vocative and tense == "past":
        return None
    if tense == "past" and subject.en_p in ("1s", "2"):
        return None
    where_kind = rng.random()
    if domain in ("booking", "directions") and where_kind < 0.3 and verb_key not in ("leave", "stay") and \
            tense != "present":
        if rng.random() < 0.5:
            c = rng.choice(COUNTRIES)
            dest_en = [c[0]]
            dest_fr = country_from(c) if prep_fr == "de" else country_to(c)
        else:
            c = rng.choice(CITIES)
            dest_en = [c[0]]
            dest_fr = [prep_fr, c[1]]
        dest_en = [prep_en if prep_en != "at" else "in"] + dest_en
    elif verb_key == "stay" and rng.random() < 0.3:
        dest_en, dest_fr = ["at", "home"], ["à", "la", "maison"]
    else:
        n = NOUN[rng.choice(places)]
        if verb_key == "leave":
            dest_en = ["the", n.en]
            dest_fr = ["le" if n.g == "m" else "la", n.fr]
        else:
            dest_en = [prep_en, "the", n.en]
            dest_fr = place_phrase(n, prep_fr)
    if verb_key == "leave":
        v = V["leave"]
    else:
        v = V[verb_key]
    time_en, time_fr = [], []
    if tense == "past":
        t = rng.choice(PAST_TIMES)
    elif tense == "future":
        t = rng.choice(FUTURE_TIMES)
    else:
        t = rng.choice(HABITS)
    time_en, time_fr = t[0].split(), t[1].split()
    negative = rng.random() < 0.2
    question = not negative and rng.random() < 0.15 and subject.en != "I"
    if tense == "future":
        # English "I am going to the bank tomorrow": French "Je vais à la banque demain" (present of aller)
        if verb_key == "go":
            be = EN_BE[subject.en_p]
            s_en, s_fr = subject_words(subject)
            voc_en, s_en = (s_en[:1], s_en[1:]) if subject.vocative else ([], s_en)
            voc_fr, s_fr = (s_fr[:1], s_fr[1:]) if subject.vocative else ([], s_fr)
            en = ([be] + s_en if question else s_en + [be] + (["not"] if negative else [])) + ["going"]
            fr_go = V["go"].fr_present[subject.p]
            fr = s_fr + (["ne", fr_go, "pas"] if negative else [fr_go])
            if question:
                fr = ["est-ce", "que"] + fr
            en = voc_en + en + dest_en + time_en
            fr = voc_fr + fr + dest_fr + time_fr
            return make(domain, en, fr, "?" if question else ".", "movement")
    en, fr = clause(subject, v, tense, dest_en + time_en, dest_fr + time_fr, negative=negative, question=question)
    return make(domain, en, fr, "?" if question else ".", "movement")


REASON_FOR = {"late": ["missed", "lost", "went", "working"], "not here": ["sick", "went", "missed"],
              "tired": ["working", "missed"], "sad": ["lost", "missed"], "not ready": ["lost", "working", "tired"]}


def p_because(rng: random.Random, domain: str) -> Pair | None:
    """ "My sisters are late because they missed the bus." / "... parce qu'elles ont raté le bus."
    The pronoun (il/elle/ils/elles) and every agreement follow the antecedent."""
    n = rng.choice([n for n in nouns_of("person") if "staff" not in n.kinds or n.en == "nurse"])
    number = n.number if n.number in ("s", "p") else rng.choice("sp")
    if rng.random() < 0.25:
        name, g = rng.choice(NAMES)
        subject = name_subject(name, g)
    else:
        subject = family_subject(n, number)
    pron = {("m", "s"): PRONOUNS["he"], ("f", "s"): PRONOUNS["she"], ("m", "p"): PRONOUNS["they"],
            ("f", "p"): Subject("they", "elles", 5, "3p", "f", "p")}[(subject.g, subject.number)]
    be_en = EN_BE[subject.en_p]
    be_fr = V["be"].fr_present[subject.p]
    state = rng.choice(sorted(REASON_FOR))
    if state == "not here":
        main_en = [subject.en, be_en, "not", "here"]
        main_fr = subject.fr.split(" ") + ["ne", be_fr, "pas", "là"]
    elif state == "not ready":
        main_en = [subject.en, be_en, "not", "ready"]
        main_fr = subject.fr.split(" ") + ["ne", be_fr, "pas", ADJ["ready"].form(subject.g, subject.number)]
    else:
        main_en = [subject.en, be_en, state]
        main_fr = subject.fr.split(" ") + [be_fr] + ADJ[state].form(subject.g, subject.number).split()
    allowed = {"booking": ("missed", "lost", "working"), "health": ("sick", "tired", "went", "working"),
               "directions": ("went", "missed")}[domain]
    reasons = [r for r in REASON_FOR[state] if r in allowed]
    if not reasons:
        return None
    reason = rng.choice(reasons)
    p = pron.p
    if reason == "missed":
        what = NOUN[rng.choice(["bus", "train", "metro"])]
        en = ["missed", "the", what.en]
        fr = [V["have"].fr_present[p], "raté", "le", what.fr]
    elif reason == "lost":
        what = NOUN[rng.choice(["key", "ticket", "passport", "wallet", "phone", "bag", "suitcase"])]
        pl = what.en == "key" or rng.random() < 0.15 and what.en in ("ticket",)
        en = ["lost", pron.en_poss, what.en_pl if pl else what.en]
        fr = [V["have"].fr_present[p], "perdu"] + noun_phrase(what, "poss", "p" if pl else "s", owner=pron).fr
    elif reason == "sick":
        if state != "not here":
            return None
        en = [EN_BE[pron.en_p], "sick"]
        fr = [V["be"].fr_present[p], ADJ["sick"].form(pron.g, pron.number)]
    elif reason == "went":
        if state in ("sad", "happy"):
            return None
        where = NOUN[rng.choice(["pharmacy", "hospital", "doctor"] if domain == "health" else
                                ["bank", "market", "post office", "station", "supermarket", "library", "museum"])]
        if where.en == "doctor":
            en = ["went", "to", "the", "doctor"]
            fr = [V["be"].fr_present[p], participle(V["go"], pron.g, pron.number), "chez", "le", "médecin"]
        else:
            en = ["went", "to", "the", where.en]
            fr = [V["be"].fr_present[p], participle(V["go"], pron.g, pron.number)] + place_phrase(where, "à")
    elif reason == "tired":
        if state in ("tired", "happy", "late"):
            return None
        en = [EN_BE[pron.en_p], "tired"]
        fr = [V["be"].fr_present[p], ADJ["tired"].form(pron.g, pron.number)]
    else:
        if state in ("sad", "happy"):
            return None
        en = ["worked", "late"]
        fr = [V["have"].fr_present[p], "travaillé", "tard"]
    en_words = main_en + ["because", pron.en] + en
    fr_words = main_fr + ["parce", "que", pron.fr] + fr
    return make(domain, en_words, fr_words, ".", "because")


def p_hurt(rng: random.Random, domain: str) -> Pair | None:
    """ "Her back hurts." / "Elle a mal au dos." (à + le/la/l'/les)."""
    part = rng.choice(nouns_of("body"))
    number = "p" if part.number == "p" or (part.number == "sp" and rng.random() < 0.3) else "s"
    roll = rng.random()
    if roll < 0.65:
        subject = rng.choice(list(PRONOUNS.values()))
        owner_en = subject.en_poss
    elif roll < 0.85:
        subject = name_subject(*rng.choice(NAMES))
        owner_en = subject.en + "'s"
    else:
        n = rng.choice([NOUN[k] for k in ("brother", "sister", "son", "daughter", "mother", "father")])
        subject = family_subject(n, "s")
        owner_en = subject.en + "'s"
    tense = rng.choice(["present", "present", "past"])
    if subject.en_p in ("1p", "3p") and part.number != "p":
        # "Our backs hurt" / "Nous avons mal au dos"; paired parts stay plural in French too
        body_en = part.en_pl
        if part.number == "sp":
            number = "p"
        en_plural = True
    else:
        body_en = part.en_pl if number == "p" else part.en
        en_plural = number == "p"
    if tense == "present":
        verb_en = "hurt" if en_plural else "hurts"
        fr_verb = [V["have"].fr_present[subject.p]]
    else:
        verb_en = "hurt"
        fr_verb = [V["have"].fr_present[subject.p], "eu"]
    time_en, time_fr = [], []
    if tense == "past":
        t = rng.choice(PAST_TIMES[:5])
        time_en, time_fr = t[0].split(), t[1].split()
    elif rng.random() < 0.5:
        if rng.random() < 0.5:
            en = [owner_en, body_en, verb_en, "a", "lot"]
            fr = subject.fr.split(" ") + fr_verb + ["très", "mal"] + place_phrase(part, "à", number)
            return make(domain, en, fr, ".", "hurt")
        time_en, time_fr = ["today"], ["aujourd'hui"]
    en = [owner_en, body_en, verb_en] + time_en
    fr = subject.fr.split(" ") + fr_verb + ["mal"] + place_phrase(part, "à", number) + time_fr
    return make(domain, en, fr, ".", "hurt")


DAYS = [n for n in NOUNS if "day" in n.kinds]


def clock(rng: random.Random, first: int = 7, last: int = 20) -> tuple[list[str], list[str]]:
    hour = rng.randint(first, last)
    if hour == 12:
        return ["at", "noon"], ["à", "midi"]
    en = f"{hour if hour <= 12 else hour - 12} {'am' if hour < 12 else 'pm'}"
    return ["at"] + en.split(), ["à", str(hour), "heures"]


def p_health_misc(rng: random.Random, domain: str) -> Pair | None:
    roll = rng.random()
    if roll < 0.3:  # an appointment
        subject = person_subjects(rng)
        staff = NOUN[rng.choice(["doctor", "dentist", "nurse"])]
        day = rng.choice(DAYS)
        when_en, when_fr = ["on", day.en], [day.fr]
        if rng.random() < 0.5:
            c_en, c_fr = clock(rng)
            when_en, when_fr = when_en + c_en, when_fr + c_fr
        if rng.random() < 0.3:
            t = rng.choice(FUTURE_TIMES[:4])
            when_en, when_fr = t[0].split(), t[1].split()
        question = rng.random() < 0.25
        staff_fr = ["le" if staff.g == "m" else "la", staff.fr]
        en, fr = clause(subject, V["have"], "present", ["an", "appointment", "with", "the", staff.en] + when_en,
                        ["un", "rendez-vous", "avec"] + staff_fr + when_fr, question=question)
        return make(domain, en, fr, "?" if question else ".", "appointment")
    if roll < 0.5:  # must take the medicine
        subject = person_subjects(rng)
        what = rng.choice([("this medicine", "ce médicament"), ("these tablets", "ces comprimés"),
                           ("the syrup", "le sirop"), ("two tablets", "deux comprimés"),
                           ("one tablet", "un comprimé")])
        how = rng.choice([("twice a day", "deux fois par jour"), ("three times a day", "trois fois par jour"),
                          ("every morning", "tous les matins"), ("every evening", "tous les soirs"),
                          ("after meals", "après les repas"), ("before breakfast", "avant le petit-déjeuner"),
                          ("for five days", "pendant cinq jours"), ("for a week", "pendant une semaine")])
        negative = rng.random() < 0.15
        modal = V["must"]
        s_en, s_fr = subject_words(subject)
        voc_en, s_en = (s_en[:1], s_en[1:]) if subject.vocative else ([], s_en)
        voc_fr, s_fr = (s_fr[:1], s_fr[1:]) if subject.vocative else ([], s_fr)
        en = voc_en + s_en + (["must", "not"] if negative else ["must"]) + ["take"] + what[0].split() + how[0].split()
        f = modal.fr_present[subject.p]
        fr = voc_fr + s_fr + (["ne", f, "pas"] if negative else [f]) + ["prendre"] + what[1].split() + how[1].split()
        return make(domain, en, fr, ".", "medicine")
    if roll < 0.7:  # fever, cough, cold
        subject = person_subjects(rng)
        what = rng.choice([("a fever", ["de", "la", "fièvre"], ["de", "fièvre"]),
                           ("a cough", ["de", "la", "toux"], ["de", "toux"]),
                           ("a cold", ["un", "rhume"], ["de", "rhume"])])
        negative = rng.random() < 0.25
        question = not negative and rng.random() < 0.25
        tense = rng.choice(["present", "present", "past"])
        obj_fr = what[2] if negative else what[1]
        if tense == "past":
            t = rng.choice(PAST_TIMES[:5])
            en, fr = clause(subject, V["have"], "past", what[0].split() + t[0].split(), obj_fr + t[1].split(),
                            negative=negative, question=question)
        else:
            t_en, t_fr = (["today"], ["aujourd'hui"]) if rng.random() < 0.5 else ([], [])
            en, fr = clause(subject, V["have"], "present", what[0].split() + t_en, obj_fr + t_fr,
                            negative=negative, question=question)
        return make(domain, en, fr, "?" if question else ".", "illness")
    if roll < 0.85:  # the doctor can see you
        staff = NOUN[rng.choice(["doctor", "dentist", "nurse"])]
        obj = rng.choice([("you", "vous"), ("me", "me"), ("us", "nous")])
        question = rng.random() < 0.3
        negative = not question and rng.random() < 0.2
        t = rng.choice(FUTURE_TIMES[:7])
        when_en, when_fr = t[0].split(), t[1].split()
        if rng.random() < 0.4 and (t[0] == "tomorrow" or t[0].startswith("on ")):
            c_en, c_fr = clock(rng)
            when_en, when_fr = when_en + c_en, when_fr + c_fr
        staff_en = ["the", staff.en]
        staff_fr = ["le" if staff.g == "m" else "la", staff.fr]
        if question:
            en = ["can"] + staff_en + ["see", obj[0]] + when_en
            fr = ["est-ce", "que"] + staff_fr + ["peut", obj[1], "voir"] + when_fr
        else:
            en = staff_en + (["can't"] if negative else ["can"]) + ["see", obj[0]] + when_en
            fr = staff_fr + (["ne", "peut", "pas"] if negative else ["peut"]) + [obj[1], "voir"] + when_fr
        return make(domain, en, fr, "?" if question else ".", "see")
    # the pharmacy is open until 8 pm
    place = NOUN[rng.choice(["pharmacy", "clinic", "hospital"])]
    hour = rng.randint(17, 22)
    day = rng.choice(DAYS)
    a = ADJ["open"]
    when = rng.choice([(["today"], ["aujourd'hui"]), (["on", day.en + "s"], ["le", day.fr]), ([], [])])
    en = ["the", place.en, "is", "open", "until", str(hour - 12), "pm"] + when[0]
    fr = ["le" if place.g == "m" else "la", place.fr, "est", a.form(place.g, "s"), "jusque", "à", str(hour),
          "heures"] + when[1]
    return make(domain, en, fr, ".", "open_until")


def p_booking_misc(rng: random.Random, domain: str) -> Pair | None:
    roll = rng.random()
    if roll < 0.35:  # would like to book a room for two nights
        subject = person_subjects(rng)
        what = rng.choice([("room", "nights"), ("table", "people"), ("room", "people"), ("seat", None),
                           ("flat", "nights"), ("car", "days"), ("bike", "days")])
        n = NOUN[what[0]]
        k = rng.randint(1, 6)
        if what[1] is None:
            k = 1
        unit = {"nights": NOUN["night"], "people": NOUN["person"], "days": NOUN["day"]}.get(what[1])
        v = V["rent"] if what[0] in ("car", "bike", "flat") else V["book"]
        modal = rng.choice([("would like", "would like to"), ("want", "want to"), ("must", "must")])
        if k == 1 and unit is None:
            obj_en = ["a", n.en]
            obj_fr = ["une" if n.g == "f" else "un", n.fr]
            if n.en == "seat":
                side = rng.choice([("by the window", ["près", "de", "la", "fenêtre"]),
                                   ("near the door", ["près", "de", "la", "porte"])])
                obj_en, obj_fr = obj_en + side[0].split(), obj_fr + side[1]
        else:
            unit_en = unit.en if k == 1 else (unit.en_pl if unit.en != "person" else "people")
            unit_fr = unit.fr if k == 1 else unit.fr_pl
            one = ("une" if unit.g == "f" else "un") if k == 1 else NUMBERS[k][1]
            obj_en = ["a", n.en, "for", NUMBERS[k][0], unit_en]
            obj_fr = ["une" if n.g == "f" else "un", n.fr, "pour", one, unit_fr]
        s_en, s_fr = subject_words(subject)
        voc_en, s_en = (s_en[:1], s_en[1:]) if subject.vocative else ([], s_en)
        voc_fr, s_fr = (s_fr[:1], s_fr[1:]) if subject.vocative else ([], s_fr)
        m = V[modal[0]]
        if modal[0] == "would like" and subject.en == "you":
            return None
        if modal[0] == "want":
            en = s_en + [("wants" if subject.en_p == "3s" else "want"), "to"]
        else:
            en = s_en + modal[1].split()
        en = voc_en + en + [v.en] + obj_en
        fr = voc_fr + s_fr + [m.fr_present[subject.p], v.fr_inf] + obj_fr
        if rng.random() < 0.4:
            t = rng.choice(FUTURE_TIMES)
            en, fr = en + t[0].split(), fr + t[1].split()
        return make(domain, en, fr, ".", "book_for")
    if roll < 0.55:  # the train leaves at 8 am from platform 3
        n = rng.choice([NOUN["train"], NOUN["bus"], NOUN["flight"]])
        v = rng.choice([V["set off"], V["arrive"]])
        c_en, c_fr = clock(rng)
        det_en, det_fr = rng.choice([(["the"], ["le"]), (["our"], ["notre"]), (["my"], ["mon"]),
                                     (["the", "next"], ["le", "prochain"])])
        if det_en == ["the", "next"]:
            fr_np = ["le", "prochain", n.fr]
        else:
            fr_np = det_fr + [n.fr]
        en = det_en + [n.en, v.en3] + c_en
        fr = fr_np + [v.fr_present[2]] + c_fr
        if v.fr_inf == "partir" and n.en != "bus" and rng.random() < 0.5:
            k = rng.randint(1, 12)
            if n.en == "flight":
                en += ["from", "gate", str(k)]
                fr += ["de", "la", "porte", str(k)]
            else:
                en += ["from", "platform", str(k)]
                fr += ["du", "quai", str(k)]
        question = rng.random() < 0.2
        if question:
            en = ["when", "does"] + det_en + [n.en, v.en]
            fr = ["quand", "est-ce", "que"] + fr_np + [v.fr_present[2]]
            return make(domain, en, fr, "?", "timetable")
        return make(domain, en, fr, ".", "timetable")
    if roll < 0.7:  # breakfast is served from 7 am to 10 am
        meal = rng.choice([NOUN["breakfast"], NOUN["lunch"], NOUN["dinner"]])
        start = {"breakfast": 7, "lunch": 12, "dinner": 19}[meal.en] + rng.randint(-1, 1)
        end = start + rng.randint(2, 3)

        def h(x):
            return (["noon"] if x == 12 else [str(x if x <= 12 else x - 12), "am" if x < 12 else "pm"]), (
                ["midi"] if x == 12 else [str(x), "heures"])

        s_en, s_fr = h(start)
        e_en, e_fr = h(end)
        where = rng.choice([([], []), (["in", "the", "restaurant"], ["au", "restaurant"]),
                            (["in", "the", "room"], ["dans", "la", "chambre"])])
        question = rng.random() < 0.3
        if question:
            en = ["is", meal.en, "included"] + rng.choice([[], ["in", "the", "price"]])
            fr = ["est-ce", "que", "le", meal.fr, "est", "compris"] + (["dans", "le", "prix"] if len(en) > 3 else [])
            return make(domain, en, fr, "?", "meal")
        en = [meal.en, "is", "served"] + where[0] + ["from"] + s_en + ["to"] + e_en
        fr = ["le", meal.fr, "est", "servi"] + where[1] + ["de"] + s_fr + ["à"] + e_fr
        return make(domain, en, fr, ".", "meal")
    if roll < 0.85:  # a room costs 90 euros per night
        n = rng.choice([NOUN["room"], NOUN["ticket"], NOUN["seat"], NOUN["car"], NOUN["bike"], NOUN["flat"]])
        price = rng.choice([15, 20, 25, 30, 35, 40, 45, 50, 60, 70, 80, 90, 100, 120, 150])
        unit = {"room": ("night", "nuit"), "flat": ("week", "semaine"), "car": ("day", "jour"),
                "bike": ("day", "jour"), "ticket": (None, None), "seat": (None, None)}[n.en]
        det = rng.choice([("a", "un" if n.g == "m" else "une"), ("the", "le" if n.g == "m" else "la"),
                          ("this", "ce" if n.g == "m" and not starts_with_vowel(n.fr) else
                           ("cet" if n.g == "m" else "cette"))])
        en = [det[0], n.en, "costs", str(price), "euros"]
        fr = [det[1], n.fr, "coûte", str(price), "euros"]
        if unit[0]:
            en += ["per", unit[0]]
            fr += ["par", unit[1]]
        return make(domain, en, fr, ".", "price")
    # the hotel is full: is there a free room?
    n = rng.choice([NOUN["room"], NOUN["table"], NOUN["seat"]])
    where = rng.choice([(["tonight"], ["ce", "soir"]), (["for", "tomorrow"], ["pour", "demain"]),
                        (["on", "the", "train"], ["dans", "le", "train"]), ([], [])])
    if n.en == "seat" and not where[0]:
        where = (["on", "the", "bus"], ["dans", "le", "bus"])
    k = rng.randint(0, 3)
    if k == 0:
        en = ["is", "there", "a", "free", n.en] + where[0]
        fr = ["est-ce", "que", "il", "y", "a", "une", n.fr, ADJ["free"].form(n.g, "s")] + where[1]
        return make(domain, en, fr, "?", "existential")
    if k == 1:
        en = ["there", "is", "no", "free", n.en] + where[0]
        fr = ["il", "ne", "y", "a", "pas", "de", n.fr, ADJ["free"].form(n.g, "s")] + where[1]
        return make(domain, en, fr, ".", "existential")
    j = rng.randint(2, 5)
    en = ["there", "are", NUMBERS[j][0], "free", n.en_pl] + where[0]
    fr = ["il", "y", "a", NUMBERS[j][1], n.fr_pl, ADJ["free"].form(n.g, "p")] + where[1]
    return make(domain, en, fr, ".", "existential")


def p_banking_misc(rng: random.Random, domain: str) -> Pair | None:
    roll = rng.random()
    subject = person_subjects(rng)
    if roll < 0.2:  # withdraw 50 euros from my account
        amount = rng.choice([20, 30, 40, 50, 60, 80, 100, 150, 200, 300, 500])
        tense = rng.choice(["past", "future", "present"])
        v = V["withdraw"]
        owner = subject
        acc = noun_phrase(NOUN["account"], "poss", "s", owner=owner)
        obj_en = [str(amount), "euros", "from"] + acc.en
        obj_fr = [str(amount), "euros", "de"] + acc.fr
        t = rng.choice({"past": PAST_TIMES, "future": FUTURE_TIMES, "present": HABITS}[tense])
        en, fr = clause(subject, v, tense, obj_en + t[0].split(), obj_fr + t[1].split())
        return make(domain, en, fr, ".", "withdraw")
    if roll < 0.4:  # pay by card / in cash
        how = rng.choice([("by card", "par carte"), ("in cash", "en espèces"), ("by cheque", "par chèque")])
        what = rng.choice([None, "bill", "room", "ticket", "dinner", "taxi"])
        modal = rng.choice(["can", "would like", "present", "past"])
        obj_en, obj_fr = [], []
        pay = V["pay"]
        if what:
            n = NOUN[what]
            obj_en = ["the", n.en]
            obj_fr = ["le" if n.g == "m" else "la", n.fr]
            if what != "bill":
                obj_en = ["for"] + obj_en  # pay for the room / payer la chambre
        if modal in ("can", "would like"):
            question = modal == "can" and rng.random() < 0.6
            m = V[modal]
            s_en, s_fr = subject_words(subject)
            voc_en, s_en = (s_en[:1], s_en[1:]) if subject.vocative else ([], s_en)
            voc_fr, s_fr = (s_fr[:1], s_fr[1:]) if subject.vocative else ([], s_fr)
            if question:
                en = voc_en + ["can"] + s_en + ["pay"] + obj_en + how[0].split()
                fr = voc_fr + ["est-ce", "que"] + s_fr + [m.fr_present[subject.p], "payer"] + obj_fr + how[1].split()
                return make(domain, en, fr, "?", "pay")
            en = voc_en + s_en + modal.split() + (["to"] if modal == "would like" else []) + ["pay"] + obj_en + \
                how[0].split()
            fr = voc_fr + s_fr + [m.fr_present[subject.p], "payer"] + obj_fr + how[1].split()
            return make(domain, en, fr, ".", "pay")
        tense = modal
        t = rng.choice(PAST_TIMES[:5]) if tense == "past" else (rng.choice(HABITS) if rng.random() < 0.5 else
                                                                 None)
        if tense == "present" and t is None:
            adverb = rng.choice(FREQUENCY)
            en, fr = clause(subject, pay, "present", obj_en + how[0].split(), obj_fr + how[1].split(),
                            adverb=adverb)
        else:
            en, fr = clause(subject, pay, tense, obj_en + how[0].split() + t[0].split(),
                            obj_fr + how[1].split() + t[1].split())
        return make(domain, en, fr, ".", "pay")
    if roll < 0.55:  # my card doesn't work / is blocked
        owner = rng.choice(list(PRONOUNS.values()))
        card = noun_phrase(NOUN["card"], "poss", "s", owner=owner)
        k = rng.randint(0, 3)
        if k == 0:
            where = rng.choice([([], []), (["at", "the", "supermarket"], ["au", "supermarché"]),
                                (["today"], ["aujourd'hui"]), (["at", "the", "station"], ["à", "la", "gare"])])
            en = card.en + ["doesn't", "work"] + where[0]
            fr = card.fr + ["ne", "marche", "pas"] + where[1]
        elif k == 1:
            en = card.en + ["is", "blocked"]
            fr = card.fr + ["est", "bloquée"]
        elif k == 2:
            t = rng.choice(PAST_TIMES[:5])
            en = card.en + ["didn't", "work"] + t[0].split()
            fr = card.fr + ["n'a", "pas", "marché"] + t[1].split()
        else:
            code = noun_phrase(NOUN["code"], "poss", "s", owner=owner)
            en = code.en + ["is", "not", "correct"]
            fr = code.fr + ["ne", "est", "pas", "correct"]
        return make(domain, en, fr, ".", "card")
    if roll < 0.7:  # the bank opens at 9 am on Saturdays
        place = NOUN[rng.choice(["bank", "post office", "pharmacy", "supermarket", "bakery", "museum", "library",
                                 "office", "swimming pool", "town hall"])]
        v = rng.choice([V["open_i"], V["close_i"]])
        c_en, c_fr = clock(rng, 7, 10) if v.en == "open" else clock(rng, 17, 20)
        when = rng.choice([(["on", "Saturdays"], ["le", "samedi"]), (["on", "Sundays"], ["le", "dimanche"]),
                           (["today"], ["aujourd'hui"]), (["every", "day"], ["tous", "les", "jours"]), ([], [])])
        question = rng.random() < 0.3
        place_fr = ["le" if place.g == "m" else "la", place.fr]
        if question:
            en = ["what", "time", "does", "the", place.en, v.en] + when[0]
            fr = ["à", "quelle", "heure"] + [v.fr_present[2]] + place_fr + when[1]
            return make("banking" if place.en in ("bank", "post office", "office") else "directions", en, fr, "?",
                        "hours")
        en = ["the", place.en, v.en3] + c_en + when[0]
        fr = place_fr + [v.fr_present[2]] + c_fr + when[1]
        return make("banking" if place.en in ("bank", "post office", "office") else "directions", en, fr, ".",
                    "hours")
    if roll < 0.85:  # send money to Anna / receive a letter from the bank
        name, _ = rng.choice(NAMES)
        tense = rng.choice(["past", "future", "present"])
        if rng.random() < 0.5:
            obj_en = ["money", "to", name]
            obj_fr = ["de", "le", "argent", "à", name]
            if rng.random() < 0.5:
                amount = rng.choice([20, 50, 100, 200])
                obj_en = [str(amount), "euros", "to", name]
                obj_fr = [str(amount), "euros", "à", name]
            v = V["send_money"]
        else:
            what = rng.choice([NOUN["letter"], NOUN["message"], NOUN["bill"], NOUN["card"]])
            src = rng.choice(["bank", "post office", "hospital", "hotel"])
            obj_en = ["a", "new" if what.en == "card" else "", what.en, "from", "the", src]
            obj_en = [w for w in obj_en if w]
            a_fr = ["une", "nouvelle", what.fr] if what.en == "card" else [("un" if what.g == "m" else "une"), what.fr]
            obj_fr = a_fr + ["de"] + place_phrase(NOUN[src], "à")[1:]
            v = V["receive"]
        t = rng.choice({"past": PAST_TIMES, "future": FUTURE_TIMES, "present": HABITS}[tense])
        en, fr = clause(subject, v, tense, obj_en + t[0].split(), obj_fr + t[1].split())
        return make(domain, en, fr, ".", "send")
    # the card costs 5 euros per month
    what = rng.choice([("card", "month"), ("account", "month"), ("transfer", None), ("loan", None), ("card", "year")])
    price = rng.choice([2, 3, 5, 8, 10, 12, 15, 20, 25])
    n_en = {"transfer": "transfer", "card": "card", "account": "account", "loan": "loan"}[what[0]]
    n_fr = {"transfer": ("un", "virement"), "card": ("la", "carte"), "account": ("le", "compte"),
            "loan": ("le", "prêt")}[what[0]]
    if what[0] == "transfer":
        en = ["a", "transfer", "to", "London", "costs", str(price), "euros"]
        fr = ["un", "virement", "vers", "Londres", "coûte", str(price), "euros"]
        return make(domain, en, fr, ".", "price")
    if what[0] == "loan":
        en = ["the", "loan", "costs", str(price), "euros", "per", "month"]
        fr = ["le", "prêt", "coûte", str(price), "euros", "par", "mois"]
        return make(domain, en, fr, ".", "price")
    unit = {"month": ("month", "mois"), "year": ("year", "an")}[what[1]]
    en = ["the", n_en, "costs", str(price), "euros", "per", unit[0]]
    fr = [n_fr[0], n_fr[1], "coûte", str(price), "euros", "par", unit[1]]
    return make(domain, en, fr, ".", "price")


def p_shopping_misc(rng: random.Random, domain: str) -> Pair | None:
    roll = rng.random()
    if roll < 0.35:  # how much does it cost / it costs
        n = rng.choice(nouns_of("item") + nouns_of("count"))
        number = n.number if n.number in ("s", "p") else ("p" if rng.random() < 0.3 else "s")
        a = rng.choice([None, None] + (adjectives_of("colour") if "colour" in n.kinds else []))
        det = rng.choice(["the", "this"])
        np = noun_phrase(n, det, number, a=a)
        if rng.random() < 0.4:
            en = ["how", "much", "does" if number == "s" else "do"] + np.en + ["cost"]
            fr = ["combien", "coûte" if number == "s" else "coûtent"] + np.fr
            return make(domain, en, fr, "?", "price")
        if "food" in n.kinds:
            price = rng.choice([1, 2, 3, 4, 5, 6])
        elif n.en in ("computer", "bike", "phone", "watch", "coat"):
            price = rng.choice([80, 90, 99, 120, 150, 200, 250, 300, 400, 500])
        else:
            price = rng.choice([5, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 75])
        price_en, price_fr = ([str(price), "euros"], [str(price), "euros"]) if price > 1 else (["one", "euro"],
                                                                                             ["un", "euro"])
        en = np.en + ["costs" if number == "s" else "cost"] + price_en
        fr = np.fr + ["coûte" if number == "s" else "coûtent"] + price_fr
        return make(domain, en, fr, ".", "price")
    if roll < 0.55:  # do you have this dress in blue?
        n = rng.choice([n for n in nouns_of("cloth")] + [NOUN["bag"], NOUN["umbrella"], NOUN["watch"]])
        number = n.number if n.number in ("s", "p") else ("p" if rng.random() < 0.25 else "s")
        colour = rng.choice(adjectives_of("colour"))
        np = noun_phrase(n, "this", number)
        if rng.random() < 0.6:
            en = ["do", "you", "have"] + np.en + ["in", colour.en]
            fr = ["est-ce", "que", "vous", "avez"] + np.fr + ["en", colour.forms[0]]
            return make(domain, en, fr, "?", "in_colour")
        subject = person_subjects(rng)
        if subject.vocative:
            return None
        want_en = "wants" if subject.en_p == "3s" else "want"
        en = [subject.en, want_en] + np.en + ["in", colour.en]
        fr = subject.fr.split(" ") + [V["want"].fr_present[subject.p]] + np.fr + ["en", colour.forms[0]]
        return make(domain, en, fr, ".", "in_colour")
    if roll < 0.75:  # I am looking for a black bag for my mother
        subject = person_subjects(rng)
        n = rng.choice(nouns_of("item"))
        for_whom = rng.choice([NOUN[k] for k in ("mother", "father", "brother", "sister", "son", "daughter", "aunt",
                                                 "uncle")])
        owner = subject
        target = noun_phrase(for_whom, "poss", "s", owner=owner)
        det = "a" if n.number != "p" else "some"
        obj = object_phrase(rng, n, det, subject, domain=domain)
        which = rng.choice(["look for", "buy", "order"])
        v = V[which]
        if which == "look for":
            en, fr = clause(subject, v, "prog", obj.en + ["for"] + target.en, obj.fr + ["pour"] + target.fr)
        else:
            t = rng.choice(PAST_TIMES[:6])
            en, fr = clause(subject, v, "past", obj.en + ["for"] + target.en + t[0].split(),
                            obj.fr + ["pour"] + target.fr + t[1].split())
        return make(domain, en, fr, ".", "gift")
    # there are three red bags on the table
    n = rng.choice([n for n in nouns_of("item") if n.en not in ("table", "chair", "bike", "computer", "lamp")])
    where = rng.choice([("on the table", ["sur", "la", "table"]), ("in the car", ["dans", "la", "voiture"]),
                        ("under the chair", ["sous", "la", "chaise"]), ("in the kitchen", ["dans", "la", "cuisine"]),
                        ("in my bag", ["dans", "mon", "sac"]), ("in the room", ["dans", "la", "chambre"])])
    if n.en in where[0]:
        return None
    a = rng.choice([None] + (adjectives_of("colour") if "colour" in n.kinds else []))
    k = rng.randint(1, 4)
    negative = rng.random() < 0.2
    if negative:
        np = noun_phrase(n, "a", "s" if n.number != "p" else "p", a=a, negative=True)
        en = ["there", "is" if n.number != "p" else "are", "no"] + np.en[1:] + where[0].split()
        if n.number == "p":
            en = ["there", "are", "no"] + np.en[1:] + where[0].split()
        fr = ["il", "ne", "y", "a", "pas"] + np.fr + where[1]
        return make(domain, en, fr, ".", "existential")
    if k == 1 and n.number != "p":
        np = noun_phrase(n, "a", "s", a=a)
        en = ["there", "is"] + np.en + where[0].split()
    else:
        k = max(k, 2)
        np = noun_phrase(n, "num", "p", a=a, count=k)
        en = ["there", "are"] + np.en + where[0].split()
    fr = ["il", "y", "a"] + np.fr + where[1]
    return make(domain, en, fr, ".", "existential")


REL_PLACES = [("next to", ["à", "côté", "de"]), ("opposite", ["en", "face", "de"]), ("near", ["près", "de"]),
              ("behind", ["derrière"]), ("in front of", ["devant"])]


def def_fr(n: Noun, number: str = "s") -> list[str]:
    return [["le", "la", "les"][(0 if n.g == "m" else 1) if number == "s" else 2], n.fr_pl if number == "p" else n.fr]


def p_directions(rng: random.Random, domain: str) -> Pair | None:
    roll = rng.random()
    buildings = nouns_of("building") + [NOUN["park"], NOUN["market"], NOUN["bridge"], NOUN["beach"],
                                        NOUN["bus stop"], NOUN["car park"], NOUN["castle"]]
    if roll < 0.18:  # where is the station? / is there a pharmacy near here?
        n = rng.choice(buildings)
        k = rng.randint(0, 4)
        if k == 0:
            return make(domain, ["excuse", "me,", "where", "is", "the", n.en],
                        ["excusez-moi,", "où", "est"] + def_fr(n), "?", "where")
        if k == 1:
            en = ["where", "is", "the", n.en + ",", "please"]
            fr = ["où", "est"] + def_fr(n)[:-1] + [n.fr + ",", "s'il", "vous", "plaît"]
            return make(domain, en, fr, "?", "where")
        if k == 2:
            en = ["where", "is", "the", n.en, "in", "this", "town"]
            fr = ["où", "est"] + def_fr(n) + ["dans", "cette", "ville"]
            return make(domain, en, fr, "?", "where")
        if k == 3:
            en = ["is", "there", "a", n.en, "near", "here"]
            fr = ["est-ce", "que", "il", "y", "a", "un" if n.g == "m" else "une", n.fr, "près", "de", "ici"]
            return make(domain, en, fr, "?", "where")
        if rng.random() < 0.5:
            en = ["there", "is", "no", n.en, "near", "here"]
            fr = ["il", "ne", "y", "a", "pas", "de", n.fr, "près", "de", "ici"]
        else:
            en = ["there", "is", "no", n.en, "in", "this", "street"]
            fr = ["il", "ne", "y", "a", "pas", "de", n.fr, "dans", "cette", "rue"]
        return make(domain, en, fr, ".", "where")
    if roll < 0.42:  # the station is next to the bank
        a, b = rng.sample(buildings, 2)
        rel = rng.choice(REL_PLACES)
        b_number = "p" if b.en == "shop" and rng.random() < 0.5 else "s"
        b_en = ["the", b.en_pl if b_number == "p" else b.en]
        b_fr = def_fr(b, b_number)
        if rel[1][-1] == "de":
            b_fr = rel[1][:-1] + place_phrase(b, "de", b_number)
        else:
            b_fr = rel[1] + b_fr
        if rng.random() < 0.2:
            en = ["is", "the", a.en] + rel[0].split() + b_en
            fr = ["est-ce", "que"] + def_fr(a) + ["est"] + b_fr
            return make(domain, en, fr, "?", "relative_place")
        en = ["the", a.en, "is"] + rel[0].split() + b_en
        fr = def_fr(a) + ["est"] + b_fr
        return make(domain, en, fr, ".", "relative_place")
    if roll < 0.58:  # turn left at the traffic lights
        side = rng.choice([("left", "gauche"), ("right", "droite")])
        n = rng.choice(buildings + [NOUN["traffic light"], NOUN["crossroads"]])
        number = "p" if n.number == "p" else "s"
        n_en = n.en_pl if number == "p" else n.en
        k = rng.randint(0, 2)
        if k == 0:
            en = ["turn", side[0], "at", "the", n_en]
            fr = ["tournez", "à", side[1]] + place_phrase(n, "à", number)
        elif k == 1:
            en = ["turn", side[0], "after", "the", n_en]
            fr = ["tournez", "à", side[1], "après"] + def_fr(n, number)
        else:
            en = ["at", "the", n_en + ",", "turn", side[0]]
            at = place_phrase(n, "à", number)
            fr = at[:-1] + [at[-1] + ","] + ["tournez", "à", side[1]]
        return make(domain, en, fr, ".", "turn")
    if roll < 0.7:  # take the second street on the left
        nth = rng.choice([("first", "première"), ("second", "deuxième"), ("third", "troisième")])
        side = rng.choice([("left", "gauche"), ("right", "droite")])
        after = rng.choice([([], []), (["after", "the", "bridge"], ["après", "le", "pont"]),
                            (["after", "the", "church"], ["après", "la", "église"]),
                            (["after", "the", "bank"], ["après", "la", "banque"]),
                            (["after", "the", "traffic", "lights"], ["après", "les", "feux"])])
        en = ["take", "the", nth[0], "street", "on", "the", side[0]] + after[0]
        fr = ["prenez", "la", nth[1], "rue", "à", side[1]] + after[1]
        return make(domain, en, fr, ".", "street")
    if roll < 0.82:  # go straight on to the museum / how do I get to
        n = rng.choice(buildings)
        if rng.random() < 0.5:
            en = ["go", "straight", "on", "to", "the", n.en]
            fr = ["allez", "tout", "droit", "jusque"] + place_phrase(n, "à")
            if rng.random() < 0.4:
                extra = rng.choice([(["and", "turn", "left"], ["et", "tournez", "à", "gauche"]),
                                    (["and", "turn", "right"], ["et", "tournez", "à", "droite"])])
                en, fr = en + extra[0], fr + extra[1]
            return make(domain, en, fr, ".", "straight")
        if rng.random() < 0.6:
            here = rng.random() < 0.4
            en = ["how", "do", "I", "get", "to", "the", n.en] + (["from", "here"] if here else [])
            fr = ["comment", "aller"] + place_phrase(n, "à") + (["depuis", "ici"] if here else [])
            return make(domain, en, fr, "?", "how")
        c = rng.choice(CITIES)
        how = rng.choice([(["by", "train"], ["en", "train"]), (["by", "bus"], ["en", "bus"]), ([], [])])
        en = ["how", "do", "I", "get", "to", c[0]] + how[0]
        fr = ["comment", "aller", "à", c[1]] + how[1]
        return make(domain, en, fr, "?", "how")
    # the station is ten minutes from here on foot
    n = rng.choice(buildings)
    if rng.random() < 0.25:
        other = rng.choice([o for o in (NOUN["station"], NOUN["hotel"], NOUN["airport"]) if o is not n] + [None])
        if other is None:
            en = ["is", "the", n.en, "far", "from", "here"]
            fr = ["est-ce", "que"] + def_fr(n) + ["est", "loin", "de", "ici"]
        else:
            en = ["is", "the", n.en, "far", "from", "the", other.en]
            fr = ["est-ce", "que"] + def_fr(n) + ["est", "loin"] + place_phrase(other, "de")
        return make(domain, en, fr, "?", "distance")
    minutes = rng.choice([2, 5, 10, 15, 20, 25, 30])
    how = rng.choice([("on foot", ["à", "pied"]), ("by bus", ["en", "bus"]), ("by car", ["en", "voiture"]),
                      ("by bike", ["à", "vélo"])])
    en = ["the", n.en, "is", str(minutes), "minutes", "from", "here"] + how[0].split()
    fr = def_fr(n) + ["est", "à", str(minutes), "minutes", "de", "ici"] + how[1]
    return make(domain, en, fr, ".", "distance")


WEATHER_STATES = [  # (English after "it is", French after "il", past French, future French infinitive phrase)
    ("hot", ["fait", "chaud"], ["a", "fait", "chaud"], ["faire", "chaud"], "was hot"),
    ("cold", ["fait", "froid"], ["a", "fait", "froid"], ["faire", "froid"], "was cold"),
    ("nice", ["fait", "beau"], ["a", "fait", "beau"], ["faire", "beau"], "was nice"),
    ("sunny", ["y", "a", "du", "soleil"], ["y", "a", "eu", "du", "soleil"], ["y", "avoir", "du", "soleil"], "was sunny"),
    ("windy", ["y", "a", "du", "vent"], ["y", "a", "eu", "du", "vent"], ["y", "avoir", "du", "vent"], "was windy"),
    ("raining", ["pleut"], ["a", "plu"], ["pleuvoir"], "rained"),
    ("snowing", ["neige"], ["a", "neigé"], ["neiger"], "snowed"),
]


def where_weather(rng: random.Random) -> tuple[list[str], list[str]]:
    k = rng.random()
    if k < 0.4:
        c = rng.choice(CITIES)
        return ["in", c[0]], ["à", c[1]]
    if k < 0.7:
        c = rng.choice(COUNTRIES)
        return ["in", c[0]], country_to(c)
    if k < 0.85:
        r = rng.choice(nouns_of("region"))
        return ["in", "the", r.en], ["dans", "le", r.fr]
    return rng.choice([(["in", "the", "mountains"], ["à", "la", "montagne"]), (["by", "the", "sea"],
                                                                            ["au", "bord", "de", "la", "mer"]),
                       (["in", "the", "city", "centre"], ["dans", "le", "centre-ville"])])


SEASON_STATES = {"hot": ("summer",), "cold": ("winter", "autumn"), "nice": ("summer", "spring"),
                 "sunny": ("summer", "spring"), "windy": ("autumn", "winter", "spring"),
                 "raining": ("autumn", "spring", "winter"), "snowing": ("winter",)}
SEASONS = [("in summer", ["en", "été"]), ("in winter", ["en", "hiver"]), ("in autumn", ["en", "automne"]),
           ("in spring", ["au", "printemps"])]


def p_weather(rng: random.Random, domain: str) -> Pair | None:
    roll = rng.random()
    w_en, w_fr = where_weather(rng) if rng.random() < 0.8 else ([], [])
    if roll < 0.6:
        state = rng.choice(WEATHER_STATES)
        tense = rng.choice(["present", "past", "future", "season"])
        negative = rng.random() < 0.15
        question = not negative and rng.random() < 0.2
        il = ["il"]
        if tense == "present":
            t = rng.choice([("today", ["aujourd'hui"]), ("this morning", ["ce", "matin"]), ("now", ["maintenant"]),
                            ("", [])])
            en_v = ["is", state[0]]
            fr_v = state[1]
            t_en, t_fr = t[0].split(), t[1]
        elif tense == "season":
            t = rng.choice([x for x in SEASONS if x[0].split()[1] in SEASON_STATES[state[0]]])
            freq = rng.choice([("often", "souvent"), ("always", "toujours"), ("", "")])
            if state[0] in ("raining", "snowing"):
                en_v = ([freq[0]] if freq[0] else []) + [{"raining": "rains", "snowing": "snows"}[state[0]]]
            else:
                en_v = ["is"] + ([freq[0]] if freq[0] else []) + [state[0]]
            fr_v = state[1][:1] + ([freq[1]] if freq[1] else []) + state[1][1:]
            if state[1][0] == "y":
                fr_v = state[1][:2] + ([freq[1]] if freq[1] else []) + state[1][2:]
            if negative:
                return None
            t_en, t_fr = t[0].split(), t[1]
        elif tense == "past":
            t = rng.choice([("yesterday", ["hier"]), ("last week", ["la", "semaine", "dernière"]),
                            ("yesterday evening", ["hier", "soir"]), ("all day", ["toute", "la", "journée"]),
                            ("on Sunday", ["dimanche"])])
            en_v = state[4].split()
            fr_v = state[2]
            t_en, t_fr = t[0].split(), t[1]
        else:
            t = rng.choice([("tomorrow", ["demain"]), ("this evening", ["ce", "soir"]), ("next week",
                                                                                       ["la", "semaine", "prochaine"]),
                            ("on Saturday", ["samedi"]), ("this afternoon", ["cet", "après-midi"])])
            en_v = ["is", "going", "to"] + (["be", state[0]] if state[0] not in ("raining", "snowing") else
                                            [state[0][:-3]])
            fr_v = ["va"] + state[3]
            t_en, t_fr = t[0].split(), t[1]
        if negative:
            if tense == "present":
                en_v = ["is", "not", state[0]]
            elif tense == "past":
                if state[0] in ("raining", "snowing"):
                    en_v = ["didn't", state[0][:-3]]
                else:
                    en_v = ["was", "not", state[0]]
            else:
                en_v = ["is", "not"] + en_v[1:]
            if fr_v[0] == "y":
                fr_v = ["ne", "y", fr_v[1], "pas"] + fr_v[2:]
            else:
                fr_v = ["ne", fr_v[0], "pas"] + fr_v[1:]
            if tense != "present" and len(fr_v) > 4 and fr_v[-1] == "soleil" and tense == "past":
                pass
            fr_v = [w for w in fr_v]
            # "il n'y a pas de soleil", "il n'y a pas eu de vent", "il ne va pas y avoir de vent"
            fr_v = " ".join(fr_v).replace("pas du", "pas de").replace("eu du", "eu de").split()
            fr_v = " ".join(fr_v).replace("avoir du", "avoir de").split()
        if question:
            if tense == "past":
                if state[0] in ("raining", "snowing"):
                    en = ["did", "it", state[0][:-3]]
                else:
                    en = ["was", "it", state[0]]
            elif tense == "season":
                return None
            else:
                en = [en_v[0], "it"] + en_v[1:]
            en = en + w_en + t_en
            fr = ["est-ce", "que", "il"] + fr_v + w_fr + t_fr
            return make(domain, en, fr, "?", "weather")
        if tense == "season" and state[0] in ("raining", "snowing"):
            en = ["it"] + en_v + w_en + t_en
        else:
            en = ["it"] + en_v + w_en + t_en
        fr = il + fr_v + w_fr + t_fr
        if len(en) < 4:
            return None
        return make(domain, en, fr, ".", "weather")
    if roll < 0.72:  # it is 25 degrees in Nice today
        deg = rng.choice([-5, -2, 0, 3, 5, 8, 10, 12, 15, 18, 20, 22, 25, 28, 30, 32, 35])
        t = rng.choice([("today", ["aujourd'hui"]), ("this afternoon", ["cet", "après-midi"]),
                        ("tomorrow", ["demain"]), ("yesterday", ["hier"])])
        unit_en = "degree" if abs(deg) == 1 else "degrees"
        unit_fr = "degré" if abs(deg) <= 1 else "degrés"
        if t[0] == "tomorrow":
            en = ["it", "is", "going", "to", "be", str(deg), unit_en] + w_en + t[0].split()
            fr = ["il", "va", "faire", str(deg), unit_fr] + w_fr + t[1]
        elif t[0] == "yesterday":
            en = ["it", "was", str(deg), unit_en] + w_en + t[0].split()
            fr = ["il", "a", "fait", str(deg), unit_fr] + w_fr + t[1]
        else:
            en = ["it", "is", str(deg), unit_en] + w_en + t[0].split()
            fr = ["il", "fait", str(deg), unit_fr] + w_fr + t[1]
        return make(domain, en, fr, ".", "degrees")
    if roll < 0.84:  # what is the weather like
        t = rng.choice([("today", ["aujourd'hui"]), ("tomorrow", ["demain"]), ("this morning", ["ce", "matin"]),
                        ("in winter", ["en", "hiver"]), ("in summer", ["en", "été"])])
        if t[0] == "tomorrow":
            en = ["what", "is", "the", "weather", "going", "to", "be", "like"] + w_en + ["tomorrow"]
            fr = ["quel", "temps", "va-t-il", "faire"] + w_fr + ["demain"]
        else:
            en = ["what", "is", "the", "weather", "like"] + w_en + t[0].split()
            fr = ["quel", "temps", "fait-il"] + w_fr + t[1]
        return make(domain, en, fr, "?", "weather_q")
    # the sky is grey this morning
    n = rng.choice([NOUN["sky"], NOUN["sky"], NOUN["sea"]])
    a = rng.choice({"sky": [ADJ["grey"], ADJ["blue"], ADJ["white"]], "sea": [ADJ["blue"], ADJ["grey"], ADJ["cold"],
                                                                          ADJ["calm"], ADJ["warm"]],
                    "wind": [ADJ["cold"], ADJ["warm"]], "rain": [ADJ["cold"], ADJ["warm"]],
                    "snow": [ADJ["white"]]}[n.en])
    if n.en == "sea" and w_en and w_en[-1] not in ("Nice", "Spain", "Portugal", "Italy", "Morocco", "Japan"):
        w_en, w_fr = [], []
    t = rng.choice([("today", ["aujourd'hui"]), ("this morning", ["ce", "matin"]), ("this evening", ["ce", "soir"]),
                    ("", [])])
    negative = rng.random() < 0.2
    en = ["the", n.en, "is"] + (["not"] if negative else []) + [a.en] + w_en + t[0].split()
    fr = def_fr(n) + (["ne", "est", "pas"] if negative else ["est"]) + a.form(n.g, "s").split() + w_fr + t[1]
    if len(en) < 4:
        return None
    return make(domain, en, fr, ".", "sky")


def p_imperative(rng: random.Random, domain: str) -> Pair | None:
    """ "Close the window, please." / "Fermez la fenêtre, s'il vous plaît." (vous imperative)."""
    options = {
        "booking": [("close", "fenêtre door"), ("open", "fenêtre door"), ("call", "taxi"), ("wait for", "bus train"),
                    ("take", "train bus metro"), ("book", "table room")],
        "health": [("take", "medicine"), ("call", "doctor dentist"), ("wait for", "doctor nurse")],
        "shopping": [("take", "bag umbrella"), ("choose", "dress shirt coat hat"), ("pay for", "bag dress")],
    }[domain]
    verb_key, nouns = rng.choice(options)
    v = V[verb_key]
    name = rng.choice(nouns.split())
    n = NOUN["window"] if name == "fenêtre" else NOUN[name]
    if "medicine" == name:
        np = noun_phrase(n, "this", "s")
    else:
        det = "a" if name in ("taxi", "table", "room") and verb_key in ("call", "book") else "the"
        if n.en == "medicine":
            det = "this"
        np = noun_phrase(n, det, "s" if n.number != "p" else "p")
    please = rng.random() < 0.6
    negative = not please and rng.random() < 0.3
    imp = v.fr_present[4]
    en = (["don't"] if negative else []) + v.en.split() + np.en
    fr = (["ne", imp, "pas"] if negative else [imp]) + np.fr
    if negative and np.fr[0] in ("un", "une"):
        fr = ["ne", imp, "pas", "de"] + np.fr[1:]
    t = rng.choice([([], []), (["now"], ["maintenant"]), (["tomorrow"], ["demain"]), (["tonight"], ["ce", "soir"])])
    en, fr = en + t[0], fr + t[1]
    if please:
        en = en[:-1] + [en[-1] + ",", "please"]
        fr = fr[:-1] + [fr[-1] + ",", "s'il", "vous", "plaît"]
    return make(domain, en, fr, ".", "imperative")


PATTERNS = {
    "shopping": [(p_transitive, 5), (p_modal, 2), (p_need, 1.5), (p_describe, 1.5), (p_relative, 2),
                 (p_shopping_misc, 3), (p_movement, 0.6), (p_imperative, 0.5)],
    "booking": [(p_transitive, 4), (p_modal, 2), (p_need, 1), (p_describe, 1.5), (p_relative, 1.2),
                (p_booking_misc, 4), (p_movement, 1.5), (p_because, 1.2), (p_imperative, 1)],
    "health": [(p_hurt, 3), (p_health_misc, 5), (p_transitive, 2.5), (p_modal, 1.2), (p_need, 1),
               (p_describe, 1.5), (p_movement, 1), (p_because, 1), (p_imperative, 0.6)],
    "banking": [(p_banking_misc, 6), (p_transitive, 4), (p_modal, 2), (p_need, 1), (p_describe, 0.6),
                (p_movement, 0.8)],
    "weather": [(p_weather, 1)],
    "directions": [(p_directions, 6), (p_movement, 2), (p_describe, 1), (p_because, 0.5)],
}
DOMAINS = tuple(PATTERNS)


def generate_pair(rng: random.Random, domain: str) -> Pair | None:
    functions, weights = zip(*PATTERNS[domain])
    function = rng.choices(functions, weights=weights)[0]
    return function(rng, domain)
