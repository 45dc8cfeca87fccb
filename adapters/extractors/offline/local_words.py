"""Clinical words of the languages our documents come in besides English.

Section titles ("Medicación habitual", "Antécédents familiaux", "Abgesetzte Medikamente")
and the cues around a mention ("se suspende enalapril", "Kardégic - arrêté le ...",
"keine Allergien", "Verdacht auf ...") in the Latin-script languages of Europe and the
Americas: Spanish, Portuguese, French, Italian, Catalan, Romanian, German, Dutch, Swedish,
Norwegian, Danish, Finnish, Polish, Czech, Slovak, Slovenian, Croatian / Bosnian / Serbian,
Hungarian, Lithuanian, Latvian, Estonian.

Written by hand from each language's ordinary clinical usage: no maintained multilingual
list of section titles or assertion cues installs offline (LOINC's linguistic variants are
licence-gated; the NegEx ports cover one language each). Everything here is matched on
accent-folded lower-case text (``fold``), so "arrêté", "arrete" and "ARRÊTÉ" are one word.
A word that is also an English word ("be", "ne", "sin", "ei") is left out: a cue fires on
any document, whatever its language.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

#: Letters that are no accented letter to Unicode, folded one for one ("Peanøtter").
_PLAIN_LETTER = {
    "ø": "o",
    "Ø": "O",
    "ł": "l",
    "Ł": "L",
    "đ": "d",
    "Đ": "D",
    # Icelandic and Faroese letters, one for one so a match's offsets still hold
    "ð": "d",
    "Ð": "D",
    "þ": "t",
    "Þ": "T",
    "æ": "a",
    "Æ": "A",
    "\u0131": "i",  # Turkish dotless i
    "\u0259": "e",  # Azerbaijani schwa: "nəticə"
    "\u018f": "E",
}


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in _PLAIN_LETTER:
        return _PLAIN_LETTER[char]
    base = unicodedata.normalize("NFKD", char)[:1]
    return base if base.isascii() or not char.isascii() else char


def fold(text: str) -> str:
    """``text`` with accents taken off, character for character (the length is kept, so a
    match's offsets are the original text's)."""
    if text.isascii():
        return text
    return "".join(_fold_char(c) if not c.isascii() else c for c in text)


#: Titles of sections, folded and lower case -> (section, kind). A plain title's kind is
#: its section; the kinds are the ones ``sections`` names.
_TITLES: dict[tuple[str, str], tuple[str, ...]] = {
    ("medications", "medications"): (
        # Danish shared medication record (Fælles Medicinkort)
        "aktuelle ordinationer",
        "faste ordinationer",
        "midlertidige ordinationer",
        "efter behov",
        # Maltese
        "medicini attwali",
        "medicini",
        # es / pt / ca
        "medicacion",
        "medicacion actual",
        "medicacion habitual",
        "medicacion cronica",
        "medicacion al alta",
        "medicamentos",
        "medicamentos actuales",
        "medicamentos en uso",
        "medicamentos de uso continuo",
        "tratamiento",
        "tratamiento actual",
        "tratamiento habitual",
        "tratamiento cronico",
        "tratamiento al alta",
        "tratamiento domiciliario",
        "indicaciones al alta",
        "receta",
        "medicacao",
        "medicacao atual",
        "medicacao em uso",
        "medicacao habitual",
        "medicacao de alta",
        "medicamentos em uso",
        "prescricao",
        "prescricao medica",
        "receita",
        "medicacio",
        "medicacio habitual",
        "tractament habitual",
        # fr
        "traitement",
        "traitement actuel",
        "traitement habituel",
        "traitement en cours",
        "traitement de sortie",
        "traitement a la sortie",
        "traitement personnel",
        "medicaments",
        "medicaments actuels",
        "ordonnance",
        "ordonnance de sortie",
        # it
        "terapia",
        "terapia in atto",
        "terapia attuale",
        "terapia domiciliare",
        "terapia abituale",
        "terapia alla dimissione",
        "terapia consigliata",
        "farmaci",
        "farmaci in uso",
        # ro
        "tratament",
        "tratament actual",
        "tratament recomandat",
        "medicatie recomandata",
        "tratament la externare",
        "medicatie",
        "medicatie curenta",
        # de
        "medikation",
        "aktuelle medikation",
        # af (Afrikaans)
        "medikasie",
        "huidige medikasie",
        "dauermedikation",
        "hausmedikation",
        "medikamente",
        "aktuelle medikamente",
        "regelmassig eingenommene medikamente",
        "regelmaessig eingenommene medikamente",
        "regelmaßig eingenommene medikamente",
        "eingenommene medikamente",
        "farmaci assunti regolarmente",
        "leki przyjmowane regularnie",
        "therapie",
        "aktuelle therapie",
        "therapieempfehlung",
        "entlassungsmedikation",
        "medikation bei entlassung",
        # nl
        "medicatie",
        "actuele medicatie",
        "medicatieoverzicht",
        "huidige medicatie",
        "geneesmiddelen",
        # sv / no / da / fi
        "lakemedel",
        "aktuella lakemedel",
        "lakemedelslista",
        "aktuell medicinering",
        "legemidler",
        "faste legemidler",
        "faste medisiner",
        "medisiner",
        "legemiddelliste",
        "medicin",
        "aktuel medicin",
        "medicinliste",
        "laakitys",
        "nykyinen laakitys",
        # pl / cs / sk / sl / hr-bs-sr / hu / lt / lv / et
        "leki",
        "przyjmowane leki",
        "leczenie",
        "medikace",
        "soucasna medikace",
        "chronicka medikace",
        "lieky",
        "medikacia",
        "chronicka medikacia",
        "zdravila",
        "redna terapija",
        "terapija",
        "lijekovi",
        "lekovi",
        "trenutna terapija",
        "preporucena terapija",
        "gyogyszerek",
        "gyogyszerelese",
        "vaistai",
        "vartojami vaistai",
        "medikamenti",
        "zales",
        "ravimid",
        "terapia aktuale",
        "barnat",
        "medikamentet",
    ),
    ("medications", "items_stopped"): (
        "medicacion suspendida",
        "medicamentos suspendidos",
        "tratamiento suspendido",
        "medicacao suspensa",
        "medicamentos suspensos",
        "medicaments arretes",
        "traitements arretes",
        "traitement arrete",
        "farmaci sospesi",
        "terapia sospesa",
        "abgesetzte medikamente",
        "abgesetzte medikation",
        "gestopte medicatie",
        "gestaakte medicatie",
        "utsatta lakemedel",
        "seponerte legemidler",
        "seponeret medicin",
        "odstawione leki",
        "vysazena medikace",
        "vysadena medikacia",
        "ukinjena zdravila",
        "ukinuta terapija",
        "medicatie oprita",
        "tratament oprit",
    ),
    # What the stay or the visit gave: read as doses given, not medicines to go home on.
    ("medications", "in_care"): (
        "tratamiento recibido",
        "tratamiento administrado",
        "tratamiento en urgencias",
        "tratamiento en sala",
        "medicacion administrada",
        "evolucion",
        "evolucion clinica",
        "evolucion y tratamiento",
        "tratamento administrado",
        "medicacao administrada",
        "evolucao",
        "evolucao clinica",
        "traitement recu",
        "traitement administre",
        "traitement aux urgences",
        "evolution",
        "evolution clinique",
        "evolution et traitement",
        "terapia somministrata",
        "terapia in pronto soccorso",
        "decorso",
        "decorso clinico",
        "decorso ospedaliero",
        "evolutie",
        "verabreichte medikamente",
        "therapie im notfall",
        "verlauf",
        "klinischer verlauf",
        "stationarer verlauf",
        "toegediende medicatie",
        "beloop",
        "givna lakemedel",
        "forlopp",
        "forlop",
        "vardforlopp",
        "przebieg hospitalizacji",
        "prubeh hospitalizace",
        "priebeh hospitalizacie",
        "potek zdravljenja",
        "tijek lijecenja",
        "resumen de la evolucion",
        "resumen de evolucion",
        "evolucion hospitalaria",
        "curso clinico",
        "resume du sejour",
        "resume de l hospitalisation",
        "deroulement du sejour",
        "evolucao durante o internamento",
        "decorso della degenza",
        "verlauf und therapie",
        "sykehusforlop",
        "forlop og behandling",
        "behandling og forlop",
        "forloppet",
        # Hungarian "Kórlefolyás", Finnish "Hoidon kulku", Albanian "Ecuria", Latvian
        # "Slimības gaita", Estonian "Haiguse kulg", Lithuanian "Ligos eiga"
        "korlefolyas",
        "hoidon kulku",
        "ecuria",
        "anamneza dhe ecuria",
        "slimibas gaita",
        "haiguse kulg",
        "ligos eiga",
        # Lithuanian "Gydymas skyriuje" (treatment on the ward)
        "gydymas skyriuje",
        "gydymas stacionare",
    ),
    ("allergies", "allergies"): (
        "overgevoeligheden",
        "overgevoeligheden en intoleranties",
        "overgevoeligheden, intoleranties en contra-indicaties",
        "overgevoeligheden intoleranties en contra-indicaties",
        "intoleranties",
        "allergiee",
        # Indonesian and Malay
        "alergi",
        "riwayat alergi",
        "alahan",  # Malay
        "alerhiya",  # Tagalog
        "alergias",
        "alergia",
        "alergias conocidas",
        "alergias medicamentosas",
        "alergias e intolerancias",
        "alergias y reacciones adversas",
        "alergies",
        "allergies",
        "allergie",
        "allergies connues",
        "allergies medicamenteuses",
        "allergie e intolleranze",
        "allergie note",
        "allergien",
        "allergien/unvertraglichkeiten",
        "allergien und unvertraglichkeiten",
        "unvertraglichkeiten",
        "allergieen",
        "allergieen en intoleranties",
        "overgevoeligheden",
        "overgevoeligheden en intoleranties",
        "allergies et intolerances",
        "allergier og intoleranser",
        "allergier och intoleranser",
        "alergie a nesnasenlivosti",
        "allergier",
        "overkanslighet",
        "overfolsomhet",
        "overfolsomhed",
        "allergiat",
        "alergie",
        "alergii",
        "alergije",
        "alergie na leky",
        "alergie na lieky",
        "allergia",
        "alergijos",
        "alergijas",
        "allergiad",
        "alergjite",
        "al lergies",
        "al lergies i contraindicacions",
        "al lergia",
        "alergjia",
        "alergji",
        # "CAVE:" (German, Nordic, Central European letters: beware, the allergies follow),
        # Hungarian "Gyógyszerérzékenység", "Gyógyszerallergia"
        "cave",
        "gyogyszererzekenyseg",
        "gyogyszerallergia",
    ),
    ("conditions", "conditions"): (
        # Scandinavian forms' "Diseases": "Sjukdomar", "Sygdomme", "Sykdommer"
        "sjukdomar",
        "tidigare sjukdomar",
        "sygdomme",
        "sykdommer",
        "probleemlys",
        # Dutch "Aandoeningen (en nierfunctie)"
        "aandoeningen",
        "aandoeningen en nierfunctie",
        # Hungarian
        "diagnozisok",
        "diagnozis",
        # Indonesian and Malay
        "diagnosa",
        "riwayat penyakit",
        "riwayat penyakit dahulu",
        "diagnostico",
        "diagnosticos",
        "diagnostico principal",
        "diagnosticos secundarios",
        "diagnostico de egreso",
        "diagnosticos al alta",
        "impresion diagnostica",
        "juicio clinico",
        "juicio diagnostico",
        "juicios clinicos",
        "antecedentes",
        "antecedentes personales",
        "antecedentes patologicos",
        "antecedentes medicos",
        "problemas activos",
        "diagnostico(s)",
        "diagnosticos de alta",
        "antecedentes pessoais",
        "diagnostic",
        "diagnostics",
        "diagnostic principal",
        "diagnostics associes",
        "diagnostic de sortie",
        "antecedents",
        "antecedents personnels",
        "antecedents medicaux",
        "diagnosi",
        "diagnosi principale",
        "diagnosi alla dimissione",
        "anamnesi patologica remota",
        "anamnesi patologica",
        "diagnostic la externare",
        "diagnostice",
        "antecedente personale",
        "diagnose",
        "diagnosen",
        "hauptdiagnose",
        "nebendiagnosen",
        "vorerkrankungen",
        "dauerdiagnosen",
        "diagnoses",
        "voorgeschiedenis",
        "aandoeningen",
        "contra-indicaties en aandoeningen",
        "probleemlijst",
        "actuele problemen",
        "diagnoser",
        "diagnos",
        "tidigare sjukdomar",
        "tidligere sykdommer",
        "diagnoosi",
        "diagnozy",
        "rozpoznanie",
        "diagnozy wspolistniejace",
        "diagnozy",
        "diagnoza",
        "dijagnoza",
        "dijagnoze",
        "diagnozis",
        "diagnozes",
        "diagnoosid",
        "diagnozat",
    ),
    ("immunizations", "immunizations"): (
        "carnet de vacunacion",
        "tarjeta de vacunacion",
        "vacunes administrades",
        "vacunas administradas",
        "vacinas administradas",
        "vaccins administres",
        "vaccini somministrati",
        "tarjeta de vacunas",
        "registro de vacunacion",
        "historial de vacunacion",
        "esquema de vacunas",
        "cartilla de vacunacion",
        "carne de vacunacion",
        "carnet de vaccination",
        "libretto vaccinale",
        "certificato vaccinale",
        "caderneta de vacinacao",
        "cartao de vacinacao",
        "cartao de vacina",
        "impfpass",
        "impfausweis",
        "vaccinatiebewijs",
        "vaccinationskort",
        "vaksinasjonskort",
        "vacunas",
        "vacunacion",
        "vacunas aplicadas",
        "esquema de vacunacion",
        "vacinas",
        "vacinacao",
        "vaccinations",
        "vaccins",
        "vaccinazioni",
        "vaccini",
        "vacunes",
        "vaccinari",
        "impfungen",
        "impfstatus",
        "vaccinaties",
        "vaccinationer",
        "vaksinasjoner",
        "vaksiner",
        "rokotukset",
        "szczepienia",
        "ockovani",
        "ockovanie",
        "cepljenja",
        "cijepljenja",
        "vakcinacije",
        "oltasok",
        "skiepai",
        "vakcinacija",
        "vaktsineerimised",
        "vakcinacijas",
        "veiktas vakcinacijas",
    ),
    ("labs", "labs"): (
        "matokeo ya maabara",
        "vipimo",
        "laboratorio",
        "examenes de laboratorio",
        "resultados de laboratorio",
        "exames laboratoriais",
        "biologie",
        "bilan biologique",
        "resultats biologiques",
        "esami ematochimici",
        "esami di laboratorio",
        "analize",
        "analize de laborator",
        "laborwerte",
        "labor",
        "laborbefunde",
        "laboratoriumuitslagen",
        "laboratorium",
        "onderzoek en laboratorium",
        "bloedtoetse",
        "ondersoek en bloedtoetse",
        "laboratoriumonderzoek",
        "labuitslagen",
        "labbsvar",
        "laboratorieprover",
        "laboratoriesvar",
        "laboratoriotutkimukset",
        "badania laboratoryjne",
        "laboratorni vysledky",
        "laboratorne vysledky",
        "laboratorijski izvidi",
        "laboratorijski nalazi",
        "laborvizsgalatok",
        "laboratoriniai tyrimai",
        "laboratorijas analizes",
        "provesvar",
        "prover",
        "blodprover",
        "provsvar",
        "provresultat",
        "blodprov",
        "laboratorieundersokelser",
        "complementarios",
        "examenes complementarios",
        "examens complementaires",
        "exames complementares",
        "analitica",
        "analitica sanguinea",
        "analisis de sangre",
        "analises",
        "analises clinicas",
        "bilan sanguin",
        "analyses",
        "esami",
        "esami ematici",
        "analisi",
        "laborergebnisse",
        "blutwerte",
        "uitslagen",
        "bloedonderzoek",
        "badania",
        "vysledky",
        "laboratorni nalazi",
        "izvidi",
        "nalazi",
        "tyrimai",
        "analizes",
    ),
    ("vitals", "vitals"): (
        "signos vitales",
        "constantes vitales",
        "sinais vitais",
        "constantes",
        "parametres vitaux",
        "parametri vitali",
        "semne vitale",
        "vitalparameter",
        "vitalwerte",
        "vitale functies",
        "vitalparametrar",
        "vitale parametre",
        "parametry zyciowe",
        "vitalni funkce",
        "vitalne funkcie",
        "vitalni znaki",
        "vitalni znakovi",
        "vitalis parameterek",
        "gyvybiniai rodikliai",
        "vitalie raditaji",
    ),
    ("other", "family_history"): (
        "antecedentes familiares",
        "familiegeskiedenis",
        "familieanamnese",
        # a history's family part by its label alone: "Familiaux : père ...", "APF: ..."
        "familiaux",
        "familiales",
        "familiares",
        "familiari",
        "apf",
        "antecedentes heredofamiliares",
        "historia familiar",
        "antecedents familiaux",
        "anamnesi familiare",
        "antecedents familiars",
        "antecedente heredocolaterale",
        "familienanamnese",
        "familienanamnese/fa",
        "familieanamnese",
        "hereditet",
        "arvelighet",
        "familieanamnese",
        "sukuanamneesi",
        "wywiad rodzinny",
        "rodinna anamneza",
        "druzinska anamneza",
        "obiteljska anamneza",
        "porodicna anamneza",
        "csaladi anamnezis",
        "seimos anamneze",
        "gimenes anamneze",
        "perekonna anamnees",
        "anamneza familjare",
    ),
    # A note's narrative parts: the examination, the history, the reason for the stay;
    # they end the list above them and open none ("Status ved utskrivning", "Anamnesis").
    ("other", "other"): (
        "status ved utskrivning",
        "status ved innleggelse",
        "status vid utskrivning",
        "status vid inskrivning",
        "statusi",
        "statusi dhe laboratori",
        "klinisk status",
        "status presens",
        "status praesens",
        "somatisk status",
        "anamnese",
        "anamnesis",
        "anamnesi",
        "anamnes",
        "aktuelt",
        "aktuellt",
        "aktuell sjukdom",
        "enfermedad actual",
        "motivo de ingreso",
        "motivo de consulta",
        "examen fisico",
        "exploracion fisica",
        "exame fisico",
        "exame objetivo",
        "historia da doenca atual",
        "examen clinique",
        "histoire de la maladie",
        "motif d hospitalisation",
        "motif de consultation",
        "esame obiettivo",
        "motivo del ricovero",
        "korperliche untersuchung",
        "klinischer befund",
        "aufnahmegrund",
        "lichamelijk onderzoek",
        "onderzoek",
        "vraag",
        "vraagstelling",
        "reden van opname",
        "badanie przedmiotowe",
        "fyzikalni vysetreni",
        "objektivni nalaz",
        "status praesens localis",
    ),
    # vaccines a registry lists as not given (refused, not indicated, pending)
    ("other", "exemptions"): (
        "vacunes no administrades",
        "vacunas no administradas",
        "vacinas nao administradas",
        "vaccins non administres",
        "vaccini non somministrati",
        "nicht verabreichte impfungen",
        "niet toegediende vaccinaties",
    ),
    # (a kind of their own: the English "Plan" of "Assessment / Plan" opens no context)
    ("other", "plan"): (
        "plan",
        "plan terapeutico",
        "plan de tratamiento",
        "conducta",
        "recomendaciones",
        "plano terapeutico",
        "conduta",
        "conduite a tenir",
        "projet therapeutique",
        "proposition",
        "propositions",
        "piano terapeutico",
        "indicazioni",
        "conclusione e indicazioni",
        "procedere",
        "prozedere",
        "empfehlung",
        "empfehlungen",
        "procedere/empfehlung",
        "beleid",
        "plan van aanpak",
        "planering",
        "plan videre",
        "zalecenia",
        "doporuceni",
        "odporucanie",
        "priporocila",
        "preporuka",
        "preporuke",
        "javaslat",
        "rekomendacijos",
        "ieteikumi",
        "videre plan",
        "videre oppfolging",
        "oppfolging",
        "fortsatt plan",
        "plan vidare",
        "fortsatt vard",
        "uppfoljning",
        "videre forlob",
        "opfolgning",
        "seguimiento",
        "suivi",
        "controllo",
        "controlli",
        "weiteres procedere",
        "weiteres vorgehen",
    ),
    ("other", "social_history"): (
        "habitos",
        "habitos toxicos",
        "antecedentes sociales",
        "habitudes de vie",
        "mode de vie",
        "abitudini",
        "sozialanamnese",
        "genussmittel",
        "noxen",
        "sociale anamnese",
        "intoxicaties",
        "levnadsvanor",
        "sosial anamnese",
        "uzywki",
    ),
}

#: What may follow a title and leave it the same title ("Tratamiento al egreso", "Medisiner
#: ved utskrivning", "Farmaci che assume regolarmente"), folded, without punctuation.
TITLE_QUALIFIERS = (
    # at discharge
    "al egreso",
    "de egreso",
    "al alta",
    "de alta",
    "a la sortie",
    "de sortie",
    "ved utskrivning",
    "ved utskrivelse",
    "ved utskriving",
    "vid utskrivning",
    "vid utskrivningen",
    "ved udskrivelse",
    "ved udskrivning",
    "bei entlassung",
    "zur entlassung",
    "alla dimissione",
    "in dimissione",
    "la externare",
    "bij ontslag",
    "na alta",
    "a alta",
    "pri propusteni",
    "pri prepusteni",
    "przy wypisie",
    "ob odpustu",
    "pri otpustu",
    "kod otpusta",
    "izrakstot",
    "israsant",
    "kotiutettaessa",
    # at admission
    "al ingreso",
    "de ingreso",
    "a l admission",
    "a l entree",
    "bei aufnahme",
    "all ingresso",
    "bij opname",
    "na admissao",
    "ved innleggelse",
    "ved innkomst",
    "vid inskrivning",
    "vid ankomst",
    "ved indlaeggelse",
    "przy przyjeciu",
    "pri prijmu",
    "pri prijeme",
    "ob sprejemu",
    "pri prijemu",
    "la internare",
    # a child's: "Tarjeta de vacunación infantil"
    "infantil",
    "infantile",
    "pediatrica",
    "pediatrico",
    "del nino",
    "de l enfant",
    # taken regularly, now
    "che assume regolarmente",
    "assunti regolarmente",
    "in uso",
    "que toma",
    "que toma habitualmente",
    "habituales",
    "habituels",
    "pris regulierement",
    "en cours",
    "regelmassig",
    "regelmassig eingenommen",
    "actuales",
    "actuels",
    "attuali",
    "atuais",
    "em uso",
    "som brukes",
    "som brukes fast",
    "fast",
    "faste",
    # Swedish: "Läkemedel som du tar regelbundet"
    "som du tar regelbundet",
    "som du tar",
    "regelbundet",
)

#: Words a form or a portal puts before its titles ("Vos médicaments actuels", "Ihre
#: Medikamente", "Sus alergias"), folded, each with its space.
POSSESSIVES = (
    "vos ",
    "votre ",
    "mes ",
    "sus ",
    "su ",
    "seus ",
    "suas ",
    "sua ",
    "seu ",
    "ihre ",
    "ihr ",
    "meine ",
    "i suoi ",
    "le sue ",
    "uw ",
    "mijn ",
    "dina ",
    "dine ",
    "twoje ",
)

#: Words of a results table's header row that name its date columns ("Examen  Entrée
#: 02/02/2025  Sortie 08/02/2025  Unité  Normes"), folded.
DATE_COLUMN_WORDS = frozenset(
    {
        "entree",
        "sortie",
        "entrada",
        "saida",
        "internamento",
        "normes",
        "ingreso",
        "egreso",
        "alta",
        "ingresso",
        "dimissione",
        "admissione",
        "aufnahme",
        "entlassung",
        "opname",
        "ontslag",
        "internare",
        "externare",
        "internacao",
        "inkomst",
        "utskrivning",
        "przyjecie",
        "wypis",
        "odber",
        "prijem",
        "propusteni",
        "vysetreni",
        "analiza",
        "rezultat",
        "jednotka",
        "jednostka",
        "enhet",
        "enhed",
        "tutkimus",
        "yksikko",
        "viitealue",
    }
)

#: Folded, lower-case title -> (section, kind).
LOCAL_TITLES: dict[str, tuple[str, str]] = {
    title: found for found, titles in _TITLES.items() for title in titles
}

# Cues around a mention, as regular expressions over folded text (``context`` puts them
# between word boundaries and matches without regard to case).

#: A medicine that ended: "se suspende enalapril", "Kardégic - arrêté le 02/06", "abgesetzt".
STOPPED = (
    r"suspendid[oa]s?|se suspende|suspender|suspendo|retirad[oa]s?|discontinuad[oa]s?|"
    r"(?:la|lo) dejo|dejo de tomar(?:la|lo)?|ya no toma|"
    r"suspens[oa]s?|descontinuad[oa]s?|interrompid[oa]s?|parou de tomar|"
    r"arrete(?:e|s|es)?|arret (?:du|de la|de l(?=')|des|de)|(?:a|ont) ete arretee?s?|"
    r"ne prend plus|interrompue?s?|"
    r"sospes[oa]|sospesi|sospendere|interrott[oa]|non piu assunt[oa]|"
    r"suspes[oa]?|retirat|"
    r"oprit[aă]?|intrerupt[aă]?|sistat[aă]?|se opreste|se intrerupe|se sisteaza|"
    r"abgesetzt(?:e[nmrs]?)?|abzusetzen|gestoppt|nicht mehr eingenommen|"
    r"gestopt|gestaakt|gestopt met|gestaak|"
    r"utsatt|utsatta|seponerad|satts ut|avslutad|"
    r"seponert|seponeres|avsluttet|seponeret|seponerede|ophort|"
    r"lopetettu|"
    r"odstawion[yoa]|odstawiono|zaprzestano|"
    r"vysazen[oay]?|vysaden[yaeo]|ukoncen[oay]?|"
    r"ukinjen[oa]?|ukinut[oa]?|prekinut[oa]?|"
    r"elhagyva|elhagyattuk|elhagytuk|elhagyando|leallitva|leallitottuk|abbahagyta|"
    r"nutraukt[ao]s?|"
    # Catalan: "Deixat: Ibuprofèn 600 mg - ja no el pren"; Icelandic "hætt"
    r"deixat|ja no (?:el|la|els|les) pren|hatt|"
    # Maltese: "Mediċini mwaqqfa", "imwaqqaf"
    r"i?mwaqqf[aie]?|imwaqqaf|"
    r"atcelts|partraukts|"
    r"lopetatud|"
    # Albanian: "ndërprerë", "pezulluar"; Serbian and Montenegrin: "OBUSTAVITI"
    r"nderprere|nderpret|pezulluar|obustaviti|obustavljen[oa]?|ukinuti|prekinuti|"
    # Welsh "atal" (stop), "wedi stopio"
    r"atal|wedi stopio"
)

#: A medicine paused for now: "EN PAUSA hasta control", "pausiert bis", "suspendu pendant".
HELD = (
    r"en pausa|pausad[oa]|em pausa|en pause|mis en pause|suspendue?s?|in pausa|"
    r"pausiert|pausieren|vorubergehend abgesetzt|gepauzeerd|tijdelijk gestopt|"
    r"pausad|pausert|pauseret|midlertidig stoppet|holdes|pauseres|imwaqqfa temporanjament|"
    # Swedish "uppehåll" (a pause): "Metformin 1000 mg x 2: uppehåll tills kreatinin ..."
    r"uppehall|wstrzymany|wstrzymano|wstrzymac|prerusen[oa]?|prerusit|"
    r"pozastaven[oa]?|zacasno ukinjen[oa]?|privremeno ukinut[oa]?|"
    # Finnish "tauolla" (on a pause), Hungarian "szüneteltetve", "felfüggesztve"
    r"tauolla|szuneteltetve|felfuggesztve|"
    # Norwegian (Nynorsk) "mellombels stoppa" (stopped for now)
    r"mellombels stoppa|mellombels stoppet|midlertidig stoppa|"
    # Danish plural: "Pauserede ordinationer" (the shared medication record's title)
    r"pauserede|"
    # Swedish "tas ej op-dagen" (not taken on the day of the operation)
    r"tas ej op-dagen|tas ej pa operationsdagen|"
    # Romanian "se reia după controlul creatininei" (taken again after the check); Icelandic
    # "hlé frá 15.10.2025" (a pause from)
    r"se reia dupa|se va relua dupa|hle fra|i hlei"
)

#: "Medicines" in other languages (folded), for titles that say what became of them:
#: "Gestopte geneesmiddelen", "Abgesetzte Arzneimittel".
MEDICATION_NOUNS = (
    r"geneesmiddel(?:en)?|medicatie|medicijnen|medikament(?:e|er)?|medikation|arzneimittel|"
    r"medicaments?|traitements?|medicamentos?|medicacion|medicacao|farmaci|farmaco|terapia|"
    r"lakemedel|legemidler|legemiddel|medicin(?:er)?|laegemidler|leki|lieky|leky|lijekovi|"
    r"zdravila|gyogyszerek|vaistai|zales|ravimid|laakkeet|ilaclar|medicamente|medicini|"
    r"ordination(?:er)?"  # Danish: "Seponerede ordinationer"
)

#: A medicine not started yet: "Te starten", "Zu beginnen", "A iniciar" (a title).
TO_START = (
    r"te starten|op te starten|nog te starten|zu beginnen|neu zu beginnen|a iniciar|"
    r"por iniciar|a debuter|a commencer|da iniziare|da avviare|att borja|skal startes|"
    r"do zahajeni|do rozpoczecia|za zaceti|de inceput|biex tibda|biex jibda|"
    r"planlagt|"  # Danish (a title of its own on the shared medication record)
    r"planots uzsakt|planots sakt|"  # Latvian "Plānots uzsākt: Entresto ..."
    r"pendent d'iniciar|iniciar despres"  # Catalan "Pendent d'iniciar", "iniciar després de"
)

#: A title over doses still to come: "Plānotās un neveiktās vakcinācijas", "Geplante
#: Impfungen", "Vacunas pendientes" (folded stems: a vaccine word and a plan word).
VACCINE_WORDS = (
    r"vacc|vacun|vacin|vakcin|vaksin|vaktsin|impf|szczepi|ockovan|cepljen|rokot|skiep|txert|"
    r"oltas|vedoolt|"  # Hungarian "oltás", "védőoltás"
    r"chanjo"  # Swahili
)
PLANNED_WORDS = (
    r"planot|planned|geplant|gepland|planifie|programad|programmat|planowan|planovan|"
    r"planiran|planeerit|planuojam|suunnitel|neveikt|pendient|pendent|ausstehend|prevue|"
    r"previst|a venir|programatu"
)

#: A dose changed: Romanian "doză modificată (anterior 14 UI)", Latvian "deva mainīta",
#: Lithuanian "dozė pakeista", Malay "dos diubah".
CHANGED = (
    r"doza (?:modificata|crescuta|redusa|marita|scazuta)|deva mainita|doze pakeista|dos diubah"
)

#: A course that is over: "Prednison 40 mg 02.04.-06.04.2025, abgeschlossen", "completado".
COMPLETED = (
    r"completad[oa]|tratamiento completado|terminad[oa]|finalizad[oa]|concluid[oa]|"
    r"traitement termine|terminee?s?|completat[oa]|terminat[oa]|"
    r"conclus[oa]|abgeschlossen|beendet|afgerond|voltooid|avslutat|fullfort|"
    r"fullfort|afsluttet|zakonczon[ey]|ukoncena lecba|zakljucen[oa]?|befejezve"
)

#: A question written after its name, as Romance languages place it: "Pancreatitis aguda
#: biliar probable", "Colecistitis a descartar" (at the end of its clause).
HYPOTHETICAL_AFTER = (
    r"(?:probable|posible|provavel|possivel|probabile|possibile|a descartar|por descartar|"
    r"a esclarecer|a eliminer|a exclure|da escludere|da valutare|fraglich|de exclus)"
    r"(?=\s*(?:[,.;)]|$))|"
    # French "Mébendazole 500 mg prévu au prochain rendez-vous" (planned for the next visit)
    r"prevue?s? (?:au|a la|pour le|lors du|lors de la)(?= prochain| prochaine|$)|"
    # Tagalog "Calcium carbonate 500 mg - sisimulan sa susunod na bisita" (to be started)
    r"sisimulan"
)

#: A dose given during the stay or the visit, not a medicine to go on with: "recibió 5 días
#: en sala", "dosis única", "a reçu", "einmalig".
IN_CARE = (
    r"recibio|se administro|administrad[oa] en|dosis unica|en sala|en urgencias|"
    r"recebeu|administrad[oa] n[ao]|dose unica|"
    r"a recu|administree? (?:aux|en|au)|dose unique|aux urgences|"
    r"ha ricevuto|somministrat[oa]|dose singola|in pronto soccorso|"
    r"erhielt|verabreicht|einmalig(?:e gabe)?|"
    r"kreeg|toegediend|eenmalig|"
    r"fick|gavs|ble gitt|fikk|"
    r"podano|otrzymal[a]?|"
    r"podan[oa]?|aplikovan[oa]?|prejel[a]?|"
    r"primio|primila|dobio|dobila|"
    # what a past episode was treated with: "wurde mit einer Prednison-Stoßtherapie behandelt"
    r"wurden? mit|fue tratad[oa] con|se trato con|foi tratad[oa] com|a ete traitee? par|"
    r"(?:e|fu) stat[oa] trattat[oa] con|werd behandeld met|behandlades med|ble behandlet med|"
    # "on our ward" narrates the stay: "Osztályunkon Fraxiparine 0,6 ml s.c. naponta kétszer"
    r"osztalyunkon|auf unserer station|nel nostro reparto|en nuestro servicio|"
    r"dans notre service|op onze afdeling|pa var avdelning|pa var avdeling|na naszym oddziale|"
    r"na nasem oddeleni|na nasom oddeleni|"
    # "Fez flucloxacilina 2 g 6/6 h EV ... no internamento": during the stay
    r"no internamento|durante o internamento|durante el ingreso|pendant l'hospitalisation|"
    r"durante il ricovero|tijdens de opname|fez|"
    # Tagalog "binigay" (given): "Vitamin A 100,000 IU binigay"
    r"binigay|ibinigay|"
    # Romanian "A primit ceftriaxonă 2 g/zi i.v." (received), "în timpul internării"
    r"a primit|in timpul internarii|pe parcursul internarii|"
    # Malay and Indonesian "dos tunggal" (a single dose), "diberi di klinik" (given at the
    # clinic)
    r"dos tunggal|dosis tunggal|diberi di klinik|diberikan di klinik"
)

#: A negation before what it negates: "sin antecedentes de", "pas de", "keine", "geen".
NEGATION_BEFORE = (
    r"niega|niegan|sin antecedentes de|no refiere|ningun[oa]?|negativo para|"
    r"nega|sem(?=\s)|nenhum[a]?|nao|ausencia de|"
    r"pas d(?=')|pas de|sans|aucune?|absence d(?:e|(?='))|"
    r"nessun[oa]?|senza|non(?=\s)|assenza di|"
    r"sense|"
    r"fara|neaga|"
    r"kein(?:e[nmrs]?)?|ohne|verneint|"
    r"geen|zonder|ontkent|"
    r"ingen|inga|inget|utan|fornekar|ikke|uten|benekter|uden|"
    r"ilman|"
    r"brak|bez|neguje|zadn[eya]|ziadn[eya]|nie je|"
    r"brez|zanika|nema|negira|"
    r"nincs|tagadja|"
    r"nera|neigia|"
    r"nav|noliedz|"
    r"puudub"
)

#: A negation after what it negates, or on its own as an answer: "Alergias: ninguna".
NEGATION_AFTER = (
    r"negativ[oa]|negatif|negative?|negatief|negativt|"
    r"niega|ninguna conocida|no conocidas?|desconoce|"
    r"nenhuma conhecida|aucune connue|nessuna nota|keine bekannt|geen bekend|"
    r"inga kanda|ingen kjente|ingen kendte|ei tiedossa|"
    r"brak znanych|nejsou znamy|nie su zname|ni znanih|nema poznatih|nincs ismert|"
    r"nera zinomu|nav zinamas|"
    r"ausente|absente?|assente|afwezig|"
    r"excluid[oa]|exclue?|escluso|ausgeschlossen|uitgesloten|descartad[oa]|"
    r"uteslots|utesluten|uteslutet|udelukket|utelukket|"
    r"(?:e|fue|foi) descartad[oa]|ecartee?|esclusa"
)

#: A relative's disease: "madre: diabetes", "Vater mit Herzinfarkt", "mère - AVC". (Short
#: words that are English words or names, "far", "mor", "apa", "oma", are left out.)
FAMILY = (
    r"(?:madre|padre|hermano|hermana|abuel[oa]|mae|irma|irmao|"
    r"mere|pere|frere|soeur|grand-mere|grand-pere|"
    r"fratello|sorella|nonn[oa]|germana|"
    r"mama|frate|sora|bunic[aă]?|"
    r"mutter|vater|bruder|schwester|grossmutter|grossvater|"
    r"moeder|vader|broer|suster|"
    # Romanian with its article: "Tatăl a decedat de ..."
    r"tatal|tata|mamei|fratele|"
    r"bror|syster|farmor|mormor|farfar|morfar|soster|"
    r"matka|ojciec|siostra|otec|sestra|bratr|majka|otac|"
    r"anya|testver|motina|tevas|brolis|sesuo|aiti|"
    # Serbian, Montenegrin, Bosnian; Albanian
    r"brat|baba|djed|deda|nena|babai|vellai|motra)"
    r"\s*(?::|-|\u2013|\(|con|tuvo|fallecio|com|teve|faleceu|avec|a eu|decede|"
    r"ha avuto|deceduto|deceduta|mit|hatte|verstorben|met|had|overleden|med|hade|"
    r"hadde|dod|ima|imala|mel|mela|oorlede aan|a decedat de|decedat de|"
    r"a decedat prin|decedat prin|a murit de|a murit din cauza|"
    # "frère suivi pour ...", "madre en seguimiento por ...", "Bruder leidet an ..."
    r"suivie? pour|traitee? pour|atteinte? d[e']|souffre d[e']|porteur d[e']|"
    r"seguid[oa] por|en seguimiento por|diagnosticad[oa] de|tratad[oa] por|"
    r"affett[oa] da|in cura per|leidet an|behandelt wegen|lider av|behandlas for)"
)

#: A problem of the past: "antecedentes de", "pregresso", "Z. n.", "status post".
HISTORICAL = (
    r"antecedentes? de|historia de|historial de|"
    r"historia previa de|"
    r"antecedents? de|ancienne?|"
    r"pregress[oa]|pregressa|in anamnesi|"
    r"zustand nach|z\. ?n\.|st\. ?n\.|anamnestisch|"
    r"doorgemaakte?|in de voorgeschiedenis|"
    r"tidigare|tidligere|tidl\.|"
    r"przebyt[yaei]|stav po|stav po prekonan[ie]|"
    r"st\. p\.|stanje po|"
    r"korabban|"
    r"anksciau|"
    r"agrak|"
    # Croatian and Slovene "preboljeli infarkt" (had and got over), Slovak "prekonaný"
    r"preboljel[iaoe]?|preboljen[iaoe]?|prekonan[yaeo]|prodelan[yaeo]|"
    # Czech "prodělal" (went through)
    r"prodelal[aiy]?|"
    # Bosnian, Serbian "preležao" (went through)
    r"prelezal[aoi]?|prelezao"
)

#: Over by now, written after the problem: "Akútne poškodenie obličiek - upravené",
#: "Hepatitis A, ausgeheilt", "pneumonie guérie".
RESOLVED_AFTER = (
    r"upraven[eoay]?|upravil[oa]?|vyrieseny|vyreseno|ausgeheilt|abgeheilt|"
    r"guerie?s?|curad[oa]|resuelt[oa]|risolt[oa]|guarit[oa]|genezen|hersteld|"
    r"izlijecen[oa]?|izlecen[oa]?|wyleczon[ya]|vyleceny|gyogyult|utlakt|"
    r"parantunut|tervenenud|pasveikes|atveselojies|izveselojies|"
    # Swedish "återställd", Czech "zvládnutá" (brought under control, over)
    r"aterstalld|aterstallt|zvladnut[aoy]?|"
    # Hungarian "rendeződött", Albanian "e shëruar", Finnish "korjautunut", Latvian "izārstēts"
    r"rendezodott|e sheruar|korjautunut|izarstet[sa]|"
    # Czech "korigována" (corrected), Romanian "remisă" (in remission)
    r"korigovan[aoy]?|remis[aă]?|"
    # Polish "ustąpiła" (went away)
    r"ustapil[aoy]?|"
    # German "bei Entlassung normalisiert", English "normalised on discharge"
    r"normalisiert|normalised|normalized"
)

#: Over, with nothing left of it, written after the problem: "TIA 2018, no residual
#: deficit", "AVC 2019, sans séquelle", Swedish "inga kvarstående besvär", Estonian
#: "jääknähtudeta" (read before the negations, which would claim their "no").
NO_SEQUELAE = (
    r"no residual (?:symptoms?|deficits?|problems?|weakness)|without (?:any )?sequelae|"
    r"sans sequelles?|sin secuelas?|senza (?:esiti|sequele)|inga kvarstaende besvar|"
    r"jaaknahtudeta|"
    # Dutch "sindsdien geen recidief" (no recurrence since)
    r"(?:sindsdien )?geen recidief"
)

#: A question or a plan, not a fact: "sospecha de", "se valorará", "Verdacht auf", "ggf.".
HYPOTHETICAL = (
    r"sospecha de|probable|posible|a descartar|descartar|se valorara|valorar|considerar|"
    # a step tied to a condition: "Si T/A sigue > 140/90 agregar amlodipino"
    r"si (?:\S+ ){1,3}(?:sigue|persiste|continua|no mejora)|"
    r"se (?:\S+ ){1,3}(?:persiste|persistir|continuar)|si (?:\S+ ){1,3}reste|"
    r"en estudio|pendiente|"
    r"suspeita de|provavel|possivel|a esclarecer|avaliar|"
    r"suspicion d(?:e|(?='))|suspicion|probable|possible|a eliminer|a discuter|envisager|"
    r"a envisager|eventuel(?:le)?|"
    r"sospetto|sospetta|probabile|possibile|da escludere|si valutera|valutare|da valutare|"
    r"eventuale|in attesa|"
    r"suspiciune de|posibil|de exclus|"
    r"verdacht auf|v\. ?a\.|fraglich|moglich(?:e[rs]?)?|ausschluss|erwagen|"
    r"bitte besprechen|zu besprechen|ggf\.|gegebenenfalls|geplant|"
    r"verdenking op|vermoedelijk|mogelijk|overwegen|eventueel|"
    # Dutch "Klinisch denk ik aan een polymyalgia rheumatica" (I think of: a question)
    r"denk(?:en)? (?:ik )?aan|"
    r"misstanke om|misstänkt|mistanke om|eventuellt|overvejes|"
    r"podejrzenie|podezreni na|podozrenie na|sum na|sumnja na|"
    r"gyanu|itarimas|aizdomas par|"
    # Swahili "itaanzishwa" (will be started)
    r"itaanzishwa|itaanza"
)

#: A dose refused or not given: "rechazada", "refusée", "abgelehnt", "non eseguita".
VACCINE_REFUSED = (
    r"rechazad[oa]|rehusad[oa]|no aplicad[oa]|no administrad[oa]|recusad[oa]|"
    r"nao aplicad[oa]|refusee?|non fait|non realisee?|abgelehnt|verweigert|nicht geimpft|"
    r"rifiutat[oa]|non eseguit[oa]|non somministrat[oa]|geweigerd|niet gegeven|avbojd|"
    r"nektet|afslaet|odmowa|odmitnut[oa]?|contraindicad[oa]|contre-indiquee?|"
    # Danish "fravalgt" (opted out), "takkede nej" (said no)
    r"fravalgt|fravalgte|takkede nej|"
    r"controindicat[oa]|kontraindiziert|gecontra-indiceerd|"
    # Catalan: "Rebutjada", "No indicada"; a registry's "not indicated"
    r"rebutjad[ae]s?|no indicad[ao]|no administrad[ae]s?|not indicated|atteikums|atteicas|"
    # Tagalog: "walang stock, hindi nabigyan" (none in stock, not given), "tumanggi"
    r"hindi nabigyan|hindi naibigay|walang stock|tumanggi|"
    # Basque "Uko egina" (refused)
    r"uko egina|uko egin|"
    # Estonian "patsient keeldus" (the patient refused)
    r"keeldus|keeldub|"
    # Malay and Indonesian: "ibu bapa menolak" (the parents refused), "ditolak"
    r"menolak|ditolak"
)

#: A dose still to come: "próxima dosis", "prochain rappel", "nächste Impfung fällig".
VACCINE_DUE = (
    r"proxima dosis|proxima dose|proxima aplicacion|pendiente|prochaine dose|prochain rappel|"
    r"rappel prevu|a faire|a prevoir|nachste impfung|nachste dosis|fallig|auffrischung fallig|"
    r"prossima dose|prossimo richiamo|da eseguire|da fare|volgende dosis|volgende vaccinatie|"
    r"nasta dos|neste dose|naeste dosis|kolejna dawka|dalsi davka|dalsia davka|naslednji odmerek|"
    r"sljedeca doza|urmatoarea doza|kitas skiepas|nakama deva|ieplanota|planota|"
    # Basque "Programatua" (booked); Norwegian "time avtalt" (appointment booked)
    r"programatua|time avtalt|time bestilt"
)

#: Words that join two items of a list, and clause breaks ("pero", "mais", "aber").
CONJUNCTIONS = r"y|et|und|och|og|oraz"
CLAUSE_BREAKS = r"pero|sin embargo|mais|cependant|aber|jedoch|tuttavia|porem|maar|dar"

#: Allergens named the way other languages name them (folded), beside the English lists
#: of ``vocabulary``: drug classes, contrast, foods, environmental and contact allergens.
ALLERGENS = (
    "penicilina, penicilinas, penicilline, penicillines, penicillina, penicilline,"
    " betalactamicos, betalactamines, betalattamici, beta-lactamicos, cefalosporinas,"
    " cephalosporines, cefalosporine, cephalosporine, sulfamidas, sulfamides, sulfamidici,"
    " sulfonamiden, sulfonamide, sulfas, aine, aines, ains, fans, nsar, antiinflamatorios,"
    " anti-inflamatorios, anti-inflammatoires, antinfiammatori, antiinfiammatori,"
    " opiaceos, opiaces, oppiacei, opioide, opioiden, macrolidos, macrolides, macrolidi,"
    " makrolide, quinolonas, quinolones, chinoloni, chinolone, fluorochinolone,"
    " antibioticos, antibiotiques, antibiotici, antibiotika, antibiotica, antibiotyki,"
    " contraste yodado, medio de contraste, medios de contraste, medio de contraste yodado,"
    " medios de contraste yodados, contraste iodado, meio de contraste, produit de contraste,"
    " produits de contraste, produit de contraste iode, produits de contraste iodes,"
    " mezzo di contrasto, mezzi di contrasto, mezzo di contrasto iodato,"
    " mezzi di contrasto iodati, kontrastmittel, jodhaltiges kontrastmittel, contrastmiddel,"
    " jodiumhoudend contrastmiddel, kontrastmedel, kontrastmiddel, srodek kontrastowy,"
    " srodki kontrastowe, jodowe srodki kontrastowe, jodowy srodek kontrastowy,"
    " jod, iodo, yodo, iode, joodi, jodni kontrast, jodno kontrastno sredstvo,"
    " kontrastno sredstvo, jodokontrast, jodikontrasti, lateksi, lateks,"
    " mani, cacahuete, cacahuetes, cacahuate, amendoim, arachide, arachides, arachidi,"
    " erdnuss, erdnusse, pinda, pindas, jordnotter, peanotter, orzeszki ziemne,"
    " frutos secos, fruits a coque, frutta a guscio, frutta secca, nusse, schalenfruchte,"
    " noten, notter, orzechy, mariscos, marisco, frutos do mar, fruits de mer, crustaces,"
    " crostacei, frutti di mare, meeresfruchte, krebstiere, schaaldieren, skaldjur,"
    " skalldyr, pescado, peixe, poisson, poissons, pesce, fisch, fisk, huevo, huevos, ovo,"
    " ovos, oeuf, oeufs, uovo, uova, eier, huhnerei, eieren, agg, leche, leche de vaca,"
    " leite, leite de vaca, lait, lait de vache, latte, latte vaccino, milch, kuhmilch,"
    " melk, koemelk, mjolk, proteinas de leche, lactosa, lactose, lattosio, laktose,"
    " trigo, ble, frumento, weizen, tarwe, vete, sesamo, sesame, sesam, apio, celeri,"
    " sedano, sellerie, selderij, fresas, fresa, morango, morangos, fraises, fragole,"
    " erdbeeren, aardbeien, jagode, jagoda,"
    " latex, latice, caucho, polen, polenes, polen de gramineas, pollen de graminees,"
    " pollens de graminees, polline, pollini, graminacee, graser, graserpollen, pollen,"
    " graspollen, gras, birkenpollen, pyllytys, acaros, acaros del polvo, acaros do po,"
    " acaro, acariens, acarien, acariens de la poussiere, acari, acari della polvere,"
    " hausstaubmilbe, hausstaubmilben, milben, huisstofmijt, huisstofmijten, kvalster,"
    " husstovmidd, husstovmider, roztoce, roztocze, pelo de gato, epitelio de gato,"
    " poils de chat, pelo di gatto, epitelio di gatto, katzenhaare, katzen, kattenhaar,"
    " katter, pelo de perro, poils de chien, pelo di cane, hundehaare, hondenhaar,"
    " picadura de abeja, veneno de abeja, veneno de himenopteros, picaduras de insectos,"
    " venin d'abeille, venin de guepe, venin d'hymenopteres, veleno d'ape, veleno di ape,"
    " veleno di vespa, veleno di imenotteri, bienengift, wespengift, insektengift, bijengif,"
    " wespengif, bigift, getingift, niquel, nichel, esparadrapo, adhesivo, apositos adhesivos,"
    " sparadrap, pansements adhesifs, cerotto, cerotti, pflaster, heftpflaster, pleister,"
    " pleisters, plaster, clorhexidina, clorexidina, klorhexidin, povidona yodada,"
    " iodopovidona, povidone iodee, iodopovidone, moho, mofo, moisissures, muffa, schimmel,"
    " schimmelpilze, mogel"
)

#: Vital-sign labels in other languages, as printed (accented and plain: the vitals reader
#: matches the raw text).
VITAL_LABELS: dict[str, tuple[str, ...]] = {
    "blood_pressure": (
        "tension arterial",
        "tensión arterial",
        "presion arterial",
        "presión arterial",
        "pressao arterial",
        "pressão arterial",
        "tension arterielle",
        "tension artérielle",
        "pression arterielle",
        "pression artérielle",
        "pressione arteriosa",
        "tensiune arteriala",
        "tensiune arterială",
        "blutdruck",
        "t/a",
        "bloeddruk",
        "tekanan darah",
        # "RR 152/90 mmHg" (Riva-Rocci) in German and Dutch letters; only a pair of numbers
        # is a blood pressure, so "RR 18/min" stays a respiratory rate
        "rr",
        "blodtryck",
        "blodtrykk",
        "blodtryk",
        "bt",
        "verenpaine",
        "cisnienie",
        "ciśnienie",
        "krevni tlak",
        "krevní tlak",
        "krvni tlak",
        "vernyomas",
        "vérnyomás",
        # Czech, Slovak, Croatian "TK" (tlak krvi / krvni tlak): a pair of numbers only;
        # Icelandic "BÞ" (blóðþrýstingur), Lithuanian "AKS" (arterinis kraujospūdis)
        "tk",
        "bþ",
        "aks",
        # Indonesian and Malay "TD" (tekanan darah): a pair of numbers only, so the Td
        # vaccine is never a pressure
        "td",
    ),
    "heart_rate": (
        "pulsi",
        "frecuencia cardiaca",
        "frecuencia cardíaca",
        "frequencia cardiaca",
        "frequência cardíaca",
        "frequence cardiaque",
        "fréquence cardiaque",
        "frequenza cardiaca",
        "puls",
        "pols",
        "nadi",
        "pouls",
        "pulso",
        "polso",
        "herzfrequenz",
        "hartfrequentie",
        "tetno",
        "tętno",
        "pulzus",
        "pulss",
        "tep",
        "syke",  # Finnish
        "púls",
        "šsd",
        "ssd",
    ),
    "temperature": (
        "temperatuur",
        # axillary, as Portuguese and Spanish notes abbreviate it: "T. ax.: 38,6 °C"
        "t.ª",
        "tª",
        "t. ax.",
        "t.ax.",
        "temp. ax.",
        "temperatura axilar",
        "temp. axilar",
        "temperatura",
        "temperatur",
        "température",
        "korpertemperatur",
        "körpertemperatur",
        "lichaamstemperatuur",
        # Czech and Slovak "teplota", Hungarian "testhőmérséklet" (not the Slovak "TT": in
        # Bosnian and Croatian "TT 84 kg" is the body weight)
        "telesna teplota",
        "telesná teplota",
        "teplota",
        "testhomerseklet",
        "temperatūra",
        "testhőmérséklet",
        "lampo",  # Finnish "lämpö"
        "lämpö",
    ),
    "respiratory_rate": (
        "df",  # Czech "DF 18/min" (dechová frekvence)
        "frecuencia respiratoria",
        "frequencia respiratoria",
        "frequência respiratória",
        "frequence respiratoire",
        "fréquence respiratoire",
        "frequenza respiratoria",
        "atemfrequenz",
        "ademfrequentie",
        "andningsfrekvens",
        "respirasjonsfrekvens",
        "respirationsfrekvens",
        "andedraetsfrekvens",
        "hengitystiheys",
        "hengitystaajuus",
        "legzesszam",  # Hungarian "légzésszám"
        "légzésszám",
        "dechova frekvence",
        "czestosc oddechow",
        "hingamissagedus",  # Estonian
    ),
    "oxygen_saturation": (
        # Nordic "SAT 96 %", Swedish "saturation 95 %"
        "sat",
        "saturation",
        "saturasjon",
        "saturacion",
        "saturación",
        "saturacao",
        "saturação",
        "saturazione",
        "sättigung",
        "sattigung",
        "saturatie",
        "saturasjon",
    ),
    "weight": (
        "gewig",
        "berat badan",
        "bb",
        "pesha",
        "greutate",
        "vikt",
        "vekt",
        "vægt",
        "paino",
        "waga",
        "hmotnost",
        "tezina",
        "težina",
        "testsúly",
        "hmotnosť",
        "þyngd",
        "timbang",
        "telesna hmotnost",
        "svoris",
        "kaal",
        "berat",  # Malay, Indonesian
    ),
    "height": (
        # Malay, Indonesian (a child's length is its height)
        "tinggi badan",
        "tinggi",
        "panjang badan",
        "panjang",
        "gjatesia",
        "hæð",
        "haba",
        "gjatësia",
        "taille",
        "grösse",
        "größe",
        "grosse",
        "körpergröße",
        "lengte",
        "längd",
        "høyde",
        "hoyde",
        "højde",
        "hojde",
        "pituus",
        "wzrost",
        "výška",
        "vyska",
        "visina",
        "višina",
        "magasság",
        "ugis",
        "ūgis",
        "augums",
        "pikkus",
        "statura",
        "altezza",
        "inaltime",
        "înălțime",
    ),
    "bmi": (
        "imc",
        "indice de masa corporal",
        "índice de masa corporal",
        "indice de massa corporea",
    ),
}
