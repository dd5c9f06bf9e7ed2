"""Spanish readability of the texts the user reads (a figure, not a test:
it reports, as tests/e2e/readability.mjs reports the English grade).

    oih-assess --texts | python tests/readability_es.py      (make readability)

Reads the rows `oih-assess --texts` writes (one JSON object a line: group,
key, en, es; drug names and the JSON input's messages already left out) and
prints, with textstat's Spanish settings (`set_lang("es")`):
  - Fernández-Huerta (target 70 or more, "algo fácil") and Szigriszt-Pazos,
    the INFLESZ scale validated on Spanish patient texts (target 65 or more,
    "bastante fácil"), over all the texts together, and whether each is met;
  - for comparison, textstat's English Flesch-Kincaid grade over the English
    of the same rows (target 8 or lower, as the English report);
  - the 10 hardest Spanish texts (lowest INFLESZ), with their key, to simplify.

The texts are chosen as the English report chooses its lines: source
citations ("[C1, S0]") taken out, and prose only (a text ending with . ! or ?;
labels and answer choices would count as very short sentences and flatter the
score). A sentence a function builds for each drug or number ("La codeína se
mide en mg...") counts once, with its first sample; a text repeated word for
word counts once.

textstat counts Spanish syllables with pyphen's hyphenation, which never
splits off a lone first vowel ("agua", "ahora") or a hiatus ("día"), so it
counts fewer syllables than are spoken and flatters both scores. The same
formulas with a Spanish syllable rule (`spoken_syllables`) are printed below
them as a check; the targets are judged on textstat's figures.
"""

import json
import re
import sys

import textstat
from textstat.backend.selections import list_words

FH_TARGET = 70
INFLESZ_TARGET = 65
GRADE_TARGET = 8
HARDEST = 10
# Scores of shorter texts swing with one long word; they are not ranked.
MIN_WORDS = 10

CITATION = re.compile(r"\s*\[[A-Z0-9, ]+\]")
PROSE = re.compile(r"[.!?][\"'\u201d\u00bb)]?\s*$")
# Functions whose rows are the same sentence for each drug, brand or number.
ONE_SAMPLE = {
    "drug_matches",
    "brand_is",
    "not_in_table",
    "combination_question",
    "amount_cleared",
    "other_unit",
    "unit_cleared",
    "medicines_not_counted",
    "so_far",
    "progress",
    "mme_figure",
}


def inflesz_words(score):
    """The INFLESZ scale (Barrio-Cantalejo et al., 2008)."""
    for floor, words in ((80, "muy fácil"), (65, "bastante fácil"), (55, "normal"), (40, "algo difícil")):
        if score >= floor:
            return words
    return "muy difícil"


def huerta_words(score):
    """Fernández-Huerta's scale."""
    for floor, words in ((90, "muy fácil"), (80, "fácil"), (70, "algo fácil"), (60, "normal"), (50, "algo difícil"), (30, "difícil")):
        if score >= floor:
            return words
    return "muy difícil"


def chosen(rows):
    """The rows counted: prose, one sample per repeated sentence."""
    seen_stems, seen_texts, out = set(), set(), []
    for row in rows:
        en = CITATION.sub("", row["en"]).strip()
        es = CITATION.sub("", row["es"]).strip()
        if not (PROSE.search(en) or PROSE.search(es)):
            continue
        stem = row["key"].split("(")[0]
        if stem in ONE_SAMPLE:
            if stem in seen_stems:
                continue
            seen_stems.add(stem)
        if (en, es) in seen_texts:
            continue
        seen_texts.add((en, es))
        out.append({"key": row["key"], "en": en, "es": es})
    return out


STRONG = set("aeoáéóíú")  # an accented i or u stands alone (hiatus), like a, e, o


def spoken_syllables(word):
    """Syllables of one Spanish word as spoken: one per vowel group, plus
    one where two strong vowels meet (a hiatus: "le-er", "dí-a")."""
    w = re.sub(r"[^a-záéíóúüñ]", "", word.lower())
    w = re.sub(r"(?<=[qg])u(?=[eéií])", "", w)  # the silent u of que, gui
    w = re.sub(r"y$", "i", w)  # a final y is a vowel (hoy, muy, y)
    count = 0
    for group in re.findall(r"[aeiouáéíóúü]+", w):
        count += 1 + sum(1 for a, b in zip(group, group[1:]) if a in STRONG and b in STRONG)
    return max(1, count)


def spoken_scores(text):
    """Fernández-Huerta and INFLESZ with `spoken_syllables`; textstat's
    own word and sentence counts."""
    words = list_words(text, lowercase=True)
    per_word = sum(spoken_syllables(w) for w in words) / len(words)
    per_sentence = len(words) / textstat.sentence_count(text)
    return 206.84 - 60 * per_word - 1.02 * per_sentence, 206.835 - 62.3 * per_word - per_sentence


def main():
    source = open(sys.argv[1], encoding="utf-8") if len(sys.argv) > 1 else sys.stdin
    rows = [json.loads(line) for line in source if line.strip()]
    texts = chosen(rows)
    if not texts:
        sys.exit("readability_es: no texts read (expected the output of oih-assess --texts)")
    textstat.set_rounding_points(None)

    textstat.set_lang("en")
    english = " ".join(t["en"] for t in texts)
    grade = textstat.flesch_kincaid_grade(english)

    textstat.set_lang("es")
    spanish = " ".join(t["es"] for t in texts)
    fh = textstat.fernandez_huerta(spanish)
    inflesz = textstat.szigriszt_pazos(spanish)
    words = textstat.lexicon_count(spanish)
    sentences = textstat.sentence_count(spanish)
    for t in texts:
        t["words"] = textstat.lexicon_count(t["es"])
        t["fh"] = textstat.fernandez_huerta(t["es"])
        t["inflesz"] = textstat.szigriszt_pazos(t["es"])
    spoken_fh, spoken_inflesz = spoken_scores(spanish)

    def met(ok):
        return "met" if ok else "NOT MET"

    print()
    print(f"Spanish readability of the texts the user reads (textstat {textstat_version()}, set_lang(\"es\"))")
    print(f"  {len(texts)} texts from oih-assess --texts ({len(rows)} rows), {words} words, {sentences} sentences")
    print(f"  Fernández-Huerta           {fh:5.1f}  {huerta_words(fh):15} target {FH_TARGET} or more: {met(fh >= FH_TARGET)}")
    print(f"  Szigriszt-Pazos (INFLESZ)  {inflesz:5.1f}  {inflesz_words(inflesz):15} target {INFLESZ_TARGET} or more (bastante fácil): {met(inflesz >= INFLESZ_TARGET)}")
    print(f"  check, syllables as spoken: Fernández-Huerta {spoken_fh:.1f}, INFLESZ {spoken_inflesz:.1f}")
    print("    (pyphen, which textstat uses, counts fewer syllables than are spoken: \"agua\" 1, \"día\" 1)")
    print(f"English of the same texts: Flesch-Kincaid grade {grade:.1f} (textstat, set_lang(\"en\"); target {GRADE_TARGET} or lower: {met(grade <= GRADE_TARGET)})")
    ranked = sorted((t for t in texts if t["words"] >= MIN_WORDS), key=lambda t: t["inflesz"])
    print(f"The {HARDEST} hardest Spanish texts (lowest INFLESZ, of the {len(ranked)} with {MIN_WORDS} words or more):")
    print("  INFLESZ  F-H  words  key")
    for t in ranked[:HARDEST]:
        print(f"  {t['inflesz']:7.1f} {t['fh']:5.1f} {t['words']:5}  {t['key']}")
        print(f"      {t['es']}")


def textstat_version():
    from importlib.metadata import version

    return version("textstat")


if __name__ == "__main__":
    main()
