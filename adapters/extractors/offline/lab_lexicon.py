"""Lab analytes beyond the core table: other countries' names, urine tests, specimen and
unit variants (LOINC).

The specimen is part of a LOINC code: "Urine glucose" is not serum glucose, so
urine analytes live in their own table and a name that states a non-blood
specimen never takes a serum code. Only codes we are sure of are listed.
"""

from __future__ import annotations

import re

from adapters.extractors.offline.lab_local_names import LOCAL_LAB_NAMES, URINE_NAMES
from adapters.extractors.offline.lexicon import LAB_TESTS, Concept, local_concepts


def _c(name: str, code: str | None, *synonyms: str) -> Concept:
    return Concept(name, code, synonyms)


#: Serum/plasma and whole-blood analytes missing from ``lexicon.LAB_TESTS`` (looked up after it).
EXTRA_LAB_TESTS: tuple[Concept, ...] = (
    _c("VLDL cholesterol", "13458-5", "VLDL", "VLDL-C", "VLDL chol", "VLDL cholesterol (calc)"),
    _c("Non-HDL cholesterol", "43396-1", "Non HDL cholesterol", "Non-HDL", "Non-HDL-C"),
    # coeliac serology
    _c(
        "Tissue transglutaminase IgA",
        "31017-7",
        "tTG IgA",
        "tTG-IgA",
        "Anti-tTG IgA",
        "TTG IgA antibody",
        "Tissue transglutaminase IgA antibody",
    ),
    _c(
        "Cholesterol/HDL ratio",
        "9830-1",
        "Total cholesterol/HDL ratio",
        "Chol/HDL ratio",
        "TC/HDL ratio",
        "Cholesterol/HDL",
        "TC:HDL ratio",
    ),
    _c("Hematocrit", "4544-3", "PCV", "Packed cell volume"),
    _c(
        "HIV-1 viral load",
        "20447-9",
        "HIV viral load",
        "HIV-1 RNA",
        "HIV RNA",
        "Viral load",
        "VL",
        "HIV-1 RNA viral load",
    ),
    _c(
        "CD4 count",
        "24467-3",
        "CD4",
        "CD4+ count",
        "CD4 cell count",
        "Absolute CD4",
        "CD4 absolute",
        "CD4 abs",
    ),
    _c("CD4 percentage", "8123-2", "CD4 %", "CD4%", "CD4 percent", "CD4+ %"),
    _c(
        "WBC",
        "6690-2",
        "WCC",
        "Total leucocyte count",
        "TLC",
        "Leucocytes",
        "White cells",
        "Leuk",
        "LPK",
    ),
    _c("Urea", "22664-7", "Serum urea", "Urea, serum", "Blood urea"),
    _c(
        "Glucose",
        "2345-7",
        "Random glucose",
        "Plasma glucose",
        "Fasting plasma glucose",
        "FBG",
        # a fasting sample is still the glucose test ("Glucose, fasting" is one row with
        # "FBS" in the letter that restates it)
        "Fasting blood sugar",
        "FBS",
        "Fasting blood glucose",
        "Gluk",
    ),
    _c("Phosphate", "2777-1", "Phosphorus", "Inorganic phosphate", "PO4", "Phos"),
    _c("Globulin", "10834-0", "Globulins"),
    _c("Direct bilirubin", "1968-7", "Bilirubin, direct", "Conjugated bilirubin", "D bili"),
    _c("GGT", "2324-2", "Gamma GT", "Gamma-GT", "GGTP"),
    _c("LDH", "2532-0", "Lactate dehydrogenase", "LD"),
    _c(
        "hs-Troponin I",
        "89579-7",
        "Troponin I HS",
        "Troponin I (hs)",
        "hs Troponin I",
        "hsTnI",
        "High sensitivity troponin I",
    ),
    _c(
        "hs-Troponin T",
        "67151-1",
        "Troponin T HS",
        "Troponin T (hs)",
        "hs Troponin T",
        "hsTnT",
        "High sensitivity troponin T",
    ),
    _c("Troponin I", "10839-9", "TnI", "Cardiac troponin I"),
    _c("Troponin T", "6598-7", "TnT", "Cardiac troponin T"),
    _c("BNP", "30934-4", "B-type natriuretic peptide"),
    _c("NT-proBNP", "33762-6", "NT-pro BNP", "NTproBNP"),
    _c("Lactate", "2524-7", "Lactic acid"),
    _c("Fibrinogen", "3255-7"),
    _c("Procalcitonin", "33959-8", "PCT"),
    _c("Free T3", "3051-0", "FT3", "T3, free"),
    _c("PTH", "2731-8", "Parathyroid hormone", "Intact PTH"),
    _c("Transferrin", "3034-6"),
    _c("Transferrin saturation", "2502-3", "Iron saturation", "TSAT"),
    _c("TIBC", "2500-7", "Total iron binding capacity"),
    _c("MPV", "32623-1", "Mean platelet volume"),
    _c("Monocytes %", "5905-5", "Monocytes", "Mono %"),
    _c("Eosinophils %", "713-8", "Eosinophils", "Eos %"),
    _c("Basophils %", "706-2", "Basophils", "Baso %"),
    _c("Serum osmolality", "2692-2", "Osmolality", "Osmolality, serum"),
    # Tests done on urine only: the name alone says the specimen.
    _c(
        "Urine albumin/creatinine ratio",
        "9318-7",
        "Albumin/creatinine ratio",
        "ACR",
        "UACR",
        "Microalbumin/creatinine ratio",
    ),
    _c("Urine protein/creatinine ratio", "2890-2", "Protein/creatinine ratio", "UPCR", "uPCR"),
    _c("Urine microalbumin", "14957-5", "Microalbumin"),
    _c("Pus cells", "5821-4", "Pus cells (WBC)"),
    # Autoimmune serology and venous gases, as letters and referrals print them.
    _c("Complement C3", "4485-9", "C3", "C3 complement"),
    _c("Complement C4", "4498-2", "C4", "C4 complement"),
    _c("Anti-dsDNA", "5130-0", "dsDNA antibody", "Anti-ds DNA", "Anti-double stranded DNA"),
    _c("ANA", "8061-4", "Antinuclear antibody", "Antinuclear antibodies", "ANA screen"),
    _c("pCO2, venous", "2021-4", "Venous pCO2", "pCO2 (venous)"),
    _c("pO2, venous", "2705-2", "Venous pO2", "pO2 (venous)"),
    _c("IgE", "19113-0", "Total IgE", "Immunoglobulin E"),
    _c("Estimated average glucose", "27353-2", "eAG", "Estimated Average Glucose (eAG)"),
    # South Asian and UK report names for glucose, thyroid totals and cell counts.
    _c(
        "Blood glucose",
        "2345-7",
        "Blood sugar",
        "Random blood sugar",
        "RBS",
        "Random glucose",
        # Australian and Pacific charts: blood sugar / glucose level
        "BSL",
        "BGL",
        "Blood sugar level",
        "Blood glucose level",
    ),
    _c(
        "Glucose 2 h post meal",
        "1521-4",
        "Post prandial blood sugar",
        "Postprandial blood sugar",
        "PPBS",
        "Post prandial glucose",
        "2 hr post prandial glucose",
    ),
    _c("Total T3", "3053-6", "T3", "T3 total", "T3, total", "Triiodothyronine"),
    _c("Total T4", "3026-2", "T4", "T4 total", "T4, total", "Thyroxine"),
    _c("WBC count", "6690-2", "Total count", "Total WBC count", "Total leukocyte count"),
    # Absolute differential counts (a count unit picks these over the % codes: labs.py).
    _c("Neutrophils #", "751-8", "Absolute neutrophils", "Neutrophil count", "ANC", "Neut #"),
    _c("Lymphocytes #", "731-0", "Absolute lymphocytes", "Lymphocyte count", "Lymph #"),
    _c("Monocytes #", "742-7", "Absolute monocytes", "Monocyte count", "Mono #"),
    _c("Eosinophils #", "711-2", "Absolute eosinophils", "Eosinophil count", "Eos #"),
    _c("Basophils #", "704-7", "Absolute basophils", "Basophil count", "Baso #"),
    _c("Reticulocytes", "17849-1", "Reticulocyte count", "Retic", "Retics"),
    # Coagulation, cardiac, inflammation
    _c("aPTT", "3173-2", "APTT", "PTT", "Activated partial thromboplastin time"),
    _c("D-dimer", "48065-7", "D dimer", "D-dimer (FEU)"),
    _c("CK-MB", "13969-1", "CKMB", "CK MB"),
    _c("hs-CRP", "30522-7", "High sensitivity CRP", "hsCRP", "Cardiac CRP"),
    # Chemistry
    _c("Anion gap", "33037-3", "Anion gap (calc)"),
    _c(
        "Adjusted calcium",
        "29265-6",
        "Corrected calcium",
        "Calcium (corrected)",
        "Calcium, corrected",
        "Calcium corrected",
        "Albumin-adjusted calcium",
        "Calcium (adjusted)",
        "Calcium, adjusted",
        "Adj calcium",
        "Corr calcium",
        "Adj Ca",
        "Corr Ca",
    ),
    _c("Ionised calcium", "1994-3", "Ionized calcium", "Calcium, ionised", "Calcium, ionized"),
    _c("Cystatin C", "33863-2"),
    _c("Lipoprotein(a)", "10835-7", "Lp(a)", "Lipoprotein a"),
    _c("Apolipoprotein B", "1884-6", "ApoB", "Apo B"),
    _c("C-peptide", "1986-9", "C peptide"),
    _c("Insulin", "20448-7", "Fasting insulin", "Insulin, fasting"),
    # Endocrine
    _c("Cortisol", "2143-6", "Serum cortisol", "Cortisol, AM", "Morning cortisol"),
    _c("Prolactin", "2842-3"),
    _c("LH", "10501-5", "Luteinising hormone", "Luteinizing hormone"),
    _c("FSH", "15067-2", "Follicle stimulating hormone"),
    _c("Oestradiol", "2243-4", "Estradiol", "E2"),
    _c("Testosterone", "2986-8", "Total testosterone", "Testosterone, total"),
    _c("beta-hCG", "21198-7", "Beta hCG", "Serum beta hCG", "Quantitative beta-hCG"),
    # Tumour markers and serology
    _c("AFP", "1834-1", "Alpha-fetoprotein", "Alpha fetoprotein"),
    _c("CEA", "2039-6", "Carcinoembryonic antigen"),
    _c("CA-125", "10334-1", "CA 125", "CA125"),
    _c("CA 19-9", "24108-3", "CA19-9", "CA 19.9"),
    _c("Anti-TPO antibodies", "8099-4", "TPO antibodies", "Anti-TPO", "Thyroid peroxidase Ab"),
    _c("Rheumatoid factor", "11572-5", "RF", "RA factor"),
    _c("HBsAg", "5196-1", "Hepatitis B surface antigen"),
    # the antibody a hepatitis B vaccine leaves, in IU/L (= mIU/mL)
    _c(
        "Anti-HBs",
        "16935-9",
        "HBsAb",
        "Anti-HBs antibody",
        "Hepatitis B surface antibody",
        "HBs antibody",
    ),
    # a stool test, named with its specimen ("Faecal calprotectin")
    _c(
        "Faecal calprotectin", "38445-3", "Fecal calprotectin", "Calprotectin", "Stool calprotectin"
    ),
    _c("Anti-HCV", "16128-1", "HCV antibody", "Hepatitis C antibody", "HCV Ab"),
    _c("HBeAg", "13954-3", "Hepatitis B e antigen", "HBe antigen"),
    # Screening serology of antenatal, HIV and general clinics: a word result.
    _c(
        "HIV 1+2 antibody",
        "31201-7",
        "HIV",
        "HIV 1/2",
        "HIV 1&2",
        "HIV 1 & 2",
        "HIV 1/2 Ab",
        "HIV 1 and 2",
        "HIV screening",
        "HIV 1 & 2 screening",
        "HIV test",
        "HIV antibody",
        "HIV serology",
        "Anti-HIV",
    ),
    _c("RPR", "20507-0", "Syphilis (RPR)", "Syphilis RPR", "Rapid plasma reagin"),
    _c("VDRL", "5292-8", "Syphilis (VDRL)", "Syphilis VDRL"),
    _c(
        "Malaria parasites (blood film)",
        "32700-7",
        "Malaria parasite",
        "Malaria parasites",
        "Malaria smear",
        "Malaria film",
        "Blood film for malaria parasites",
        "BFMP",
        "MPS",
    ),
    # drug levels (therapeutic drug monitoring), serum or plasma; tacrolimus in whole blood
    _c("Lithium", "14334-7", "Serum lithium", "Lithium level", "Lithium (serum)"),
    _c("Digoxin", "10535-3", "Digoxin level", "Serum digoxin"),
    _c("Phenytoin", "3968-5", "Phenytoin level", "Serum phenytoin"),
    _c("Carbamazepine", "3432-0", "Carbamazepine level", "Serum carbamazepine"),
    _c("Valproate", "4086-5", "Valproic acid", "Valproate level", "Sodium valproate level"),
    _c("Tacrolimus", "11253-5", "Tacrolimus level", "Tacrolimus trough", "FK506"),
)


#: The serum / plasma / whole-blood tests by their names in other languages.
LOCAL_LAB_TESTS = local_concepts((*LAB_TESTS, *EXTRA_LAB_TESTS), LOCAL_LAB_NAMES)


#: Urine analytes: looked up only when the name states the urine specimen.
URINE_LAB_TESTS: tuple[Concept, ...] = (
    _c("Urine glucose", "5792-7", "Glucose"),
    _c("Urine protein", "2888-6", "Protein", "Total protein"),
    _c("Urine creatinine", "2161-8", "Creatinine"),
    _c(
        "Urine albumin/creatinine ratio",
        "9318-7",
        "Albumin/creatinine ratio",
        "ACR",
        "Microalbumin/creatinine ratio",
        "Albumin creatinine ratio",
        "UACR",
    ),
    _c("Urine microalbumin", "14957-5", "Microalbumin", "Albumin"),
    _c("Urine WBC", "5821-4", "WBC", "Pus cells", "Leucocytes", "Leukocytes", "White cells"),
    _c("Urine RBC", "13945-1", "RBC", "Red cells", "Erythrocytes", "Red blood cells"),
    _c(
        "Urine protein/creatinine ratio",
        "2890-2",
        "Protein/creatinine ratio",
        "Protein creatinine ratio",
        "UPCR",
    ),
    _c("Urine sodium", "2955-3", "Sodium", "Na"),
    _c("Urine potassium", "2829-0", "Potassium", "K"),
    _c("Urine ketones", "2514-8", "Ketones", "Ketone", "Ketone bodies"),
    _c("Urine blood", "5794-3", "Blood", "Hemoglobin", "Haemoglobin"),
    _c("Urine nitrite", "5802-4", "Nitrite", "Nitrites"),
    _c(
        "Urine leukocyte esterase",
        "5799-2",
        "Leukocyte esterase",
        "Leucocyte esterase",
        "Leukocytes",
        "Leucocytes",
    ),
    _c("Urine specific gravity", "5811-5", "Specific gravity", "SG"),
    _c("Urine pH", "5803-2", "pH", "Reaction (pH)", "Reaction"),
    _c("Urine bilirubin", "5770-3", "Bilirubin"),
    _c("Urine urobilinogen", "5818-0", "Urobilinogen"),
    _c("Urine osmolality", "2695-6", "Osmolality"),
    _c("Urine colour", "5778-6", "Colour", "Color", "Urine color"),
    _c("Urine appearance", "5767-9", "Appearance", "Clarity", "Urine clarity"),
    _c(
        "Urine pregnancy test",
        "2106-3",
        "Pregnancy test",
        "hCG",
        "Urine hCG",
        "Pregnancy test (urine hCG)",
        "UPT",
        # (looked up only for a name that says urine: a serum beta-hCG is another test)
        "beta-hCG",
        "beta hCG",
        "b-hCG",
        "beta-hCG (pregnancy test)",
    ),
)
#: The urine tests by their names in other languages (read only where the specimen is urine).
LOCAL_URINE_TESTS = local_concepts(URINE_LAB_TESTS, URINE_NAMES)

#: The Nordic and Baltic specimen prefix of a blood test's name: "B-Hb", "S-Krea", "fP-Gluk"
#: (some print a space before the hyphen: "P -CRP").
BLOOD_SPECIMEN_PREFIX = re.compile(r"^(?:f?[BPS]|[cvaB]B|fS|E|Erc) ?-(?=[A-Za-z])")
#: Specimen words: a name carrying one is not a serum/plasma analyte.
URINE_WORDS = re.compile(
    r"(?:\b(?:urine|urinary|UA|MSU)\b|^U[-\s](?=[A-Za-z])|"
    # other languages, with the word that says "in": "Proteínas na urina", "en orina"
    r"\b(?:(?:na|en|dans les|nelle|im|in)\s+)?(?:urina|orina|urines|urin|harn)\b|"
    r"\burinaires?\b|\burinari[oa]s?\b|"
    # Swahili: "Protini kwenye mkojo"; Turkish "idrar"
    r"\b(?:kwenye\s+)?mkojo\b|\bidrar\b)",
    re.IGNORECASE,
)
OTHER_SPECIMEN_WORDS = re.compile(
    r"\b(?:CSF|pleural|ascitic|peritoneal|synovial|fluid|sweat|stool|faecal|fecal)\b",
    re.IGNORECASE,
)
_SPECIMEN_NOISE = re.compile(r"[(),:]+")


def without_urine_words(name: str) -> str:
    """The analyte part of "Glucose, urine", "U-Glucose", "Protein (UA)"."""
    bare = URINE_WORDS.sub(" ", name)
    return " ".join(_SPECIMEN_NOISE.sub(" ", bare).split())


#: (analyte LOINC, unit) -> the LOINC of the same analyte reported in that unit.
UNIT_VARIANTS: dict[tuple[str, str], str] = {
    ("4548-4", "mmol/mol"): "59261-8",  # HbA1c by the IFCC method (UK, AU, NZ)
    ("770-8", "x10^9/L"): "751-8",  # neutrophils as a count, not a percentage
    ("770-8", "10^3/uL"): "751-8",
    ("770-8", "x10^3/uL"): "751-8",
    ("736-9", "x10^9/L"): "731-0",  # lymphocytes as a count
    ("736-9", "10^3/uL"): "731-0",
    ("736-9", "x10^3/uL"): "731-0",
    ("5905-5", "x10^9/L"): "742-7",  # monocytes, eosinophils, basophils as counts
    ("5905-5", "10^3/uL"): "742-7",
    ("713-8", "x10^9/L"): "711-2",
    ("713-8", "10^3/uL"): "711-2",
    ("706-2", "x10^9/L"): "704-7",
    ("706-2", "10^3/uL"): "704-7",
}


#: A results table's column headings in the languages of bilingual reports (German, Spanish,
#: Portuguese, French, Italian, Dutch, Estonian): with two or more dates they head a
#: cumulative table, as "Test Unit Reference" does in English.
LOCAL_HEADER_WORDS: frozenset[str] = frozenset(
    {
        # Swahili: "Kipimo  Matokeo  Kizio  Kiwango cha kawaida  Tathmini"
        "kipimo",
        "matokeo",
        "kizio",
        "kiwango",
        "tathmini",
        # German
        "analyse",
        "analysen",
        "untersuchung",
        "einheit",
        "referenzbereich",
        "referenzwert",
        "normbereich",
        "normwert",
        "ergebnis",
        "befund",
        "wert",
        "kommentar",
        "bemerkung",
        # Spanish and Portuguese
        "examen",
        "prueba",
        "determinación",
        "resultado",
        "unidad",
        "unidades",
        "unidade",
        "valor",
        "valores",
        "referencia",
        "referência",
        "rango",
        "comentario",
        "exame",
        "análise",
        "análises",
        "estudio",
        "estudios",
        "pruebas",
        "análisis",
        "parámetro",
        "parámetros",
        "resultados",
        # French
        "résultat",
        "résultats",
        "unité",
        "unités",
        "valeur",
        "valeurs",
        "référence",
        "références",
        "normales",
        "commentaire",
        "antériorité",
        "antériorités",
        # Italian
        "esame",
        "risultato",
        "unità",
        "riferimento",
        "intervallo",
        # Dutch
        "bepaling",
        "uitslag",
        "eenheid",
        "referentie",
        "referentiewaarde",
        # Czech, Slovak, Polish, Slovenian, Croatian/Bosnian/Serbian
        "vyšetření",
        "vyšetrenie",
        "výsledek",
        "výsledok",
        "jednotka",
        "jednotky",
        "rozsah",
        "referenční",
        "referenčný",
        "meze",
        "hodnota",
        "badanie",
        "wynik",
        "jednostka",
        "zakres",
        "norma",
        "preiskava",
        "enota",
        "vrednost",
        "pretraga",
        "nalaz",
        "jedinica",
        "referentni",
        "vrijednost",
        "vrijednosti",
        "vrednosti",
        "opseg",
        "referentne",
        # Hungarian, Romanian
        "vizsgálat",
        "eredmény",
        "egység",
        "tartomány",
        "analiza",
        "analize",
        "rezultat",
        "unitate",
        "unități",
        "interval",
        "referință",
        "valori",
        # Baltic and Nordic
        "tyrimas",
        "rezultatas",
        "vienetai",
        "izmeklējums",
        "rezultāts",
        "vienības",
        "analys",
        "resultat",
        "enhet",
        "enhed",
        "referens",
        "referensintervall",
        "referanse",
        "referanseområde",
        "prøve",
        # Turkish, Azerbaijani
        "tetkik",
        "test",
        "sonuç",
        "birim",
        "referans",
        "müayinə",
        "nəticə",
        "vahid",
        # Estonian
        "analüüs",
        "tulemus",
        "ühik",
        "referents",
        "märge",
    }
)
