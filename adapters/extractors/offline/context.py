"""Clinical context of a mention: negated, historical, family, planned; medication status.

A small ConText-style rule set (Chapman et al.): cue phrases with a direction, whose
scope is the clause they sit in (a sentence, a table row, a "; " item). A mention
takes the nearest cue before it that looks forward ("denies", "stopped") or the
nearest cue after it that looks back ("... was ceased"); a cue inside the mention
counts too ("Metformin 500 mg (stopped)"). Section headings ("Medications stopped:",
"Family history:", "Health maintenance") give the context of every line below them
until the next heading. Leaflet sentences ("tell your doctor if you are allergic
to …") are marked so that no row is written from them.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from adapters.extractors.offline import local_words
from adapters.extractors.offline.checkboxes import (
    AnswerColumns,
    TickBoxForm,
    tick_between_answers,
)
from adapters.extractors.offline.local_words import fold
from adapters.extractors.offline.medications import MEDICATION_INDEX
from adapters.extractors.offline.sections import (
    detect_section,
    furniture_key,
    reading_section,
    repeated_lines,
)
from pipeline.clinical.schema import Assertion, ImmunizationStatus, MedicationStatus
from pipeline.ports import PageText, TextLine

_Direction = Literal["forward", "backward", "both"]
_Kind = Literal[
    "negated", "historical", "family", "hypothetical", "medication", "immunization", "given"
]


@dataclass(frozen=True, slots=True)
class Context:
    """What the document says about a mention besides its name."""

    assertion: Assertion = "present"
    medication_status: MedicationStatus | None = None
    immunization_status: ImmunizationStatus | None = None
    leaflet: bool = False
    #: Under a heading for what the stay or the visit gave ("Hospital course", "Treatment in
    #: clinic"): a dose given there, not a medicine the patient goes home on.
    in_care: bool = False
    #: A row of a tick-box form whose ticks could not be placed in their columns.
    unclear_box: bool = False

    def merged(self, inner: Context) -> Context:
        """``inner`` (the sentence's own cues) over ``self`` (the section's)."""
        return Context(
            inner.assertion if inner.assertion != "present" else self.assertion,
            inner.medication_status or self.medication_status,
            inner.immunization_status or self.immunization_status,
            inner.leaflet or self.leaflet,
            inner.in_care or self.in_care,
            inner.unclear_box or self.unclear_box,
        )


NO_CONTEXT = Context()


@dataclass(frozen=True, slots=True)
class _Rule:
    pattern: re.Pattern[str]
    kind: _Kind
    value: str
    direction: _Direction


#: An operation or procedure, in English and other languages (a pause before one).
_OPERATION = (
    r"(?:surgery|operation|op|procedure|intervention|eingriff|chirurgie|cirug[ií]a|"
    r"intervenci[oó]n?|intervento|operazione|ingreep|operatie)\b"
)


def _rule(words: str, kind: _Kind, value: str, direction: _Direction) -> _Rule:
    # ("Gram-negative sepsis" names an organism's stain, no negation; an "angiogram negative
    # for" still negates)
    pattern = re.compile(rf"(?<![\w/?])(?<!\bgram[- ])(?:{words})(?![\w/])", re.IGNORECASE)
    return _Rule(pattern, kind, value, direction)


# Longer phrases first: at one position the first rule that matches wins.
#: Words that put a dose off: "Deferred - febrile today", "no stock" (a plan, no refusal).
PUT_OFF = (
    r"deferred|postponed|(?:no|out of) stock|stock[- ]?out|not available|unavailable|"
    r"ho[ãa]n ti[êe]m"  # Vietnamese "hoãn tiêm" (the shot put off)
)

_RULES: tuple[_Rule, ...] = (
    # "no prendre el dia de la intervenció", "do not take on the morning of surgery", "am
    # OP-Tag nicht einnehmen": a day's pause around an operation, before the negations claim
    # its "no"
    _rule(
        rf"(?:not?|nicht|non|niet|ne pas)\s+(?:[\w']+\s+){{0,2}}?(?:(?:on\s+)?the\s+"
        rf"(?:day|morning)\s+of|el\s+d[ií]a\s+de|le\s+jour\s+de|il\s+giorno\s+del(?:l')?|"
        rf"op\s+de\s+dag\s+van)\s+(?:la\s+|l'|the\s+|your\s+)?{_OPERATION}|"
        rf"am\s+op-tag\s+nicht",
        "medication",
        "held",
        "both",
    ),
    # family
    _rule(
        r"family (?:history|hx) (?:of|includes?|significant for)|fhx?\s*(?:of|:)?"
        r"|family history\s*:",
        "family",
        "family",
        "forward",
    ),
    _rule(
        r"(?:his|her|their|the patient's|pt's|maternal|paternal)?\s*"
        r"(?:mother|father|mum|mom|dad|sister|brother|sibling|aunt|uncle|grandmother|"
        r"grandfather|grandparent|parents?|son|daughter|cousin)s?\s+"
        # "a paternal uncle developed end-stage renal disease", "his brother also has FMF"
        r"(?:(?:also|too|later|both)\s+)?"
        r"(?:had|has|have|with|died of|died from|(?:was )?diagnosed with|developed|"
        r"suffer(?:s|ed)? from|[:\u2013-])",
        "family",
        "family",
        "forward",
    ),
    # negation
    # "3. AKI - no, Cr at baseline", "Smoker: no": a bare answer after the name
    # ("Fibrillation auriculaire : non (ECG en rythme sinusal)": in other languages, and
    # before a bracketed reason)
    _rule(
        r"(?<=[-:\u2013] )(?:no|not|non|nein|n[aã]o|nee|nej|nei|nie|ne)(?=\s*(?:[,.;(]|$))",
        "negated",
        "negated",
        "backward",
    ),
    _rule(
        r"no (?:known )?(?:history|hx|h/o|evidence|signs?|symptoms?) of|no known|"
        r"negative for|denies|not allergic to|no allergy to|never (?:had|been)|"
        r"free of|without|no(?!\s*\.?\s*\d|\s+longer)|not(?! on file)|absence of",
        "negated",
        "negated",
        "forward",
    ),
    _rule(r"ruled out(?: for)?|denied|not on file|nil|none", "negated", "negated", "both"),
    # "Penicillin allergy excluded (delabelled)", "the allergy label has been removed"
    _rule(
        r"excluded|not present|absent|negative|de-?labell?ed|label (?:has been |was )?removed",
        "negated",
        "negated",
        "backward",
    ),
    # "Leptospirosis was considered but is unlikely", "Sepsis was suspected on arrival":
    # a question the note raised, whatever it concluded
    _rule(
        r"(?:was|were) (?:considered|suspected|queried)|(?:is|was) (?:unlikely|doubtful)",
        "hypothetical",
        "hypothetical",
        "backward",
    ),
    # "Zika and chikungunya PCR sent to the state laboratory": a test asked for, no diagnosis
    _rule(
        r"(?:PCR|serology|RDT|swabs?|cultures?|antigen|antibod(?:y|ies)|Ig[MG]|titres?|smears?)"
        r"\s+(?:(?:was|were|has been|have been)\s+)?(?:sent|pending|requested|awaited|ordered)",
        "hypothetical",
        "hypothetical",
        "backward",
    ),
    _rule(
        r"in (?:his|her|their|the patient's)?\s*(?:mother|father|mum|mom|dad|sister|brother|"
        r"sibling|aunt|uncle|grandmother|grandfather|parents?)",
        "family",
        "family",
        "backward",
    ),
    # planned / hypothetical
    _Rule(re.compile(r"\?(?=\s?[A-Za-z])"), "hypothetical", "hypothetical", "forward"),
    # "Chronic kidney disease  N18.9  -  R/O for work-up": also a status cell after the name
    _rule(r"(?:to )?rule out|r/o", "hypothetical", "hypothetical", "both"),
    _rule(
        r"possible|possibly|probable|suspected|suspect|query|"
        r"(?:at )?risk (?:of|for)|(?:screen(?:ing)?|assess(?:ment)?|evaluat(?:e|ion)|work-?up) "
        r"for|to (?:exclude|assess for|look for)|"
        r"consider(?:ing)?|(?:i )?wonder(?:ed)? (?:about|whether|if)|"
        # "I am concerned about an inflammatory arthritis, likely rheumatoid arthritis"
        # ("most likely diabetic nephropathy" names the working diagnosis: it stands)
        r"(?:i am |we are )?concerned (?:about|for)|(?<!most )likely|suspicious (?:of|for)|"
        # "His symptoms suggest stable angina", "an ECG suggestive of ischaemia"
        r"suggest(?:s|ing|ive of)?|"
        r"if (?:symptoms?|pain|it|they|bp|needed|required|no improvement|"
        r"tolerated|well tolerated)|"
        # "not planning a pregnancy; if she does, ... start folic acid"
        r"if (?:she|he|they|the patient) (?:does|do|did|is|are|becomes?|decides?|plans?|"
        r"wishes|wants?|develops?)|"
        r"may (?:need|require|benefit)|could(?! be (?:trialled|trialed|tried|considered|started|"
        r"added))|would|awaiting|pending",
        "hypothetical",
        "hypothetical",
        "forward",
    ),
    # a start put off to later or tied to a condition: "at next review if HbA1c remains
    # above target", "once LFTs are back", "to be started by GP in 4 weeks"
    _rule(
        r"at (?:the |her |his )?next (?:review|visit|appointment|clinic)|"
        # "start alendronate at the orthopedic follow-up once vitamin D is repleted"
        r"at (?:the |her |his )(?:\w+ )?follow-?up\b|"
        r"once (?:\w+ ){0,3}(?:is|are|has been|have been) (?:repleted|replete|corrected|"
        r"normali[sz]ed|healed|stable|improved)|"
        # "increase to 0.5 mg weekly after 4 weeks if tolerated"
        r"after \d+ (?:days?|weeks?|months?)(?= if\b)|"
        r"if (?:\w+ ){1,3}(?:remains?|persists?|is still|stays?|continues|does not)|"
        # "If she cannot be seen within four weeks I plan to start prednisolone ..."
        r"if (?:\w+ ){1,3}(?:cannot|can't|could not|is not|isn't|fails to|doesn't)\b|"
        # "If potassium is below 5.0 mmol/L, please start spironolactone"
        r"if (?:\w+ ){1,3}(?:is|are) (?:below|above|under|over|less than|greater than|"
        r"more than|within|normal)|"
        r"once (?:\w+ ){0,3}(?:are|is|have|has) (?:back|available|normal|been reviewed)|"
        # "start adalimumab ... once insurance approval is received": not before then
        r"once (?:\w+ ){0,3}(?:is|are|has been|have been) (?:received|approved|granted|"
        r"obtained|confirmed|in place)|"
        r"to be (?:started|commenced|initiated) (?:by|in|at|after|once|when)|"
        # "Aspirin 150 mg at night - to start at 12 weeks", "... will be arranged"
        r"to (?:start|begin|commence) (?:(?:at|from|in)(?= \d)|after|once|when|if)\b|"
        # "celecoxib could be trialled under supervision if needed"
        r"(?:could|may|might) be (?:trialled|tried|trialed|considered|started|added)|"
        r"will be (?:arranged|organi[sz]ed|booked|started|commenced|initiated)|"
        # "ferric carboxymaltose ... is being scheduled at our infusion center; not yet given"
        r"(?:is|are) being (?:scheduled|arranged|booked|organi[sz]ed)|not yet (?:given|started)|"
        # a surgical plan: "Prophylaxis planned: cefazolin 2 g IV at induction"
        r"planned\s*:|at (?:an(?:a)?esthetic )?induction|"
        # "Atovaquone/proguanil 250/100 mg daily recommended for future field trips"
        r"recommended for (?:future|next|upcoming|later)|for (?:future|upcoming) (?:\w+ )?"
        r"(?:trips?|travel|journeys?)",
        "hypothetical",
        "hypothetical",
        "both",
    ),
    # over by now: "Had viral gastroenteritis last week, now resolved"
    _rule(
        r"(?:(?:now|since|has|have|had|fully|completely) )?(?:fully )?(?:resolved|recovered)|"
        # "hepatitis A in 2003 with full recovery"
        r"(?:with |made a )?(?:full|complete) recovery|"
        r"now (?:replete|normal|settled)|"
        # "Cannabis use disorder - abstinent since 2021"
        r"(?:now )?abstinent|"
        # "breast cancer 2004, in remission": not an active disease now
        r"(?:now )?in (?:complete |full |sustained )?remission|"
        # "melanoma 2016, excised, all clear": treated and gone
        r"all clear|no recurrence|"
        # "basal cell carcinoma nose 2021, excised": removed, over
        r"(?:completely |fully )?excised|"
        # "Cancer du sein 2005 en rémission", "in remissione", "en remisión", "em remissão"
        r"en r[ée]mission|in remissione|en remisi[oó]n|em remiss[aã]o|in Remission",
        "historical",
        "historical",
        "backward",
    ),
    # history
    _rule(
        r"(?:past|previous|prior|remote) (?:history|hx) of|history of|hx of|h/o|"
        # "She was treated for uncomplicated malaria last month"
        r"(?:was|were) treated for|"
        # "a cholecystectomy in 2012 for gallstones": the operation dealt with it
        r"\w+(?:ectomy|ectomies)(?: (?:in|during) (?:19|20)\d{2})? for|"
        # "In June 2025 she had left optic neuritis": an episode with its date, over
        r"in (?:early |late |mid-?)?(?:[A-Z][a-z]{2,8} )?(?:19|20)\d{2},? (?:he|she|they|"
        r"the patient) (?:had|suffered|developed)|"
        r"previous(?:ly)?|past|prior|remote|childhood",
        "historical",
        "historical",
        "forward",
    ),
    # medication status
    # "Doxycycline 100 mg daily until 23/01/2025 then stop": a stop planned for later; the
    # drug is still taken now.
    _rule(
        r"(?:and )?then (?:stop|cease|discontinue)|stop (?:after|on|when|once)|"
        r"will be (?:stopped|ceased|discontinued|withheld)|"
        r"(?:to )?(?:stop|cease) (?:in|after) \d+ (?:days?|weeks?)",
        "medication",
        "active",
        "both",
    ),
    # "Xarelto 20 mg (3 Tage vor OP stoppen)", "stop 3 days before surgery": paused around
    # an operation, taken again after it (after the rule above: "will be stopped before
    # surgery" is still taken now)
    _rule(
        rf"(?:stop|cease|discontinue|withhold|hold)\w*\s+(?:[\w-]+\s+){{0,4}}?"
        rf"(?:before|prior to)\s+(?:the\s+|your\s+)?{_OPERATION}|"
        rf"\d+\s*(?:days?|tage?n?|jours?|d[ií]as|giorni|dagen)\s+(?:vor(?:\s+der|\s+dem)?|"
        rf"avant(?:\s+l'|\s+la|\s+le)?|antes\s+de(?:\s+la|\s+el)?|prima\s+dell[ao']?|voor\s+de)"
        rf"\s*{_OPERATION}\s+(?:stoppen|absetzen|pausieren|arr[eê]ter|suspender|sospendere)",
        "medication",
        "held",
        "both",
    ),
    _rule(
        r"(?:plan(?:ned)? to |to |will |please |advised to |decided to )?"
        # (a bare "DC" is also a carer's initials on a medication chart: only "DC'd" counts)
        # ("stop after 5 days" is a plan; "stopped after cycle 6" is over)
        r"(?:stop|cease|discontinue|d/c)(?:ped|d|ed)(?!\s+(?:if|when|date))|"
        r"(?:stop|cease|discontinue|d/c)(?!\s+(?:if|when|date|after))|d/c'?d|dc'?d|dced|"
        r"no longer (?:taking|on|current)|\b(?:inactive|expired)\b(?!\s+ingredients?)|"
        r"came off|taken off",
        "medication",
        "stopped",
        "both",
    ),
    # "Omeprazole 20 mg ... changed to Nexium by GP": the drug before is the one that ended.
    _rule(
        r"(?:changed|converted) (?:over )?to|replaced (?:by|with)|superseded by",
        "medication",
        "stopped",
        "backward",
    ),
    # "Restart empagliflozin once renal function is back to baseline": not taken until then.
    _rule(
        r"(?:re-?start|resume|recommence) (?:[\w/-]+ ){0,4}?(?:once|when|after|if|in \d+)\b",
        "medication",
        "held",
        "both",
    ),
    # "please advise on hold for cystoscopy", "how long warfarin should be held": a question
    # to the reader, not a hold
    _rule(
        r"(?:please )?advise (?:on|re|regarding|about) (?:hold(?:ing)?|stopping|withholding)|"
        r"how long (?:\S+ ){0,3}should be (?:held|stopped|withheld)|"
        r"whether to (?:hold|stop|withhold)",
        "medication",
        "active",
        "both",
    ),
    _rule(
        # "hold for 48 hours" holds it; "hold for SBP < 100", "hold if ..." are parameters
        r"on hold|(?:withheld|withhold|held|hold|suspended|suspend|paused|omit(?:ted)?)"
        r"(?!\s+(?:if|when|parameters?|for (?!\d+\s*(?:h|hours?|hrs?|days?|d|weeks?|wks?)\b)))",
        "medication",
        "held",
        "both",
    ),
    _rule(
        r"(?:course )?completed(?: course)?|finished(?: course)?|course complete|"
        # a one-off dose: "methylprednisolone 125 mg IV x1 - given", "stat", an oral challenge
        # ("x 1 month", "x1 week" are durations, and "300 mg stat then 75 mg daily" goes on)
        r"\bx1\b(?!\s*(?:daily|a day|per|/|d\b|days?|wk|weeks?|mo|months?))|"
        r"stat dose|given stat|stat only|once only|single dose|"
        # "Mebendazole 500mg stat - given 08/07/2025"
        r"stat(?=\s*(?:[-,;:]|$)\s*(?:given|$))|"
        # a dose given at a time or a place: "Paracetamol 1 g PO given 14:10", "haloperidol 5 mg
        # IM given once in the emergency unit", "200 mg IV infusion given in clinic today"
        # (the cue is what follows "given", which stays the vaccines' cue of a dose given)
        r"(?<=given )(?:at )?\d{1,2}[:.]\d{2}|(?<=administered )(?:at )?\d{1,2}[:.]\d{2}|"
        # a nursing note's timed entry: "22:30 Paracetamol 1g PO. Pt resting"
        r"^\d{1,2}:\d{2}(?=\s+[A-Z][a-z]+\s+\d)|"
        r"(?<=given )once|(?<=given )as (?:ordered|prescribed|charted)|"
        r"(?<=given )(?:in|at) (?:the )?(?:clinic|surgery|practice|ed|a&e|ward|"
        r"emergency (?:department|unit|centre|center|room))|"
        # what the stay's treatment was: "Treated with IV co-amoxiclav ... and clarithromycin"
        r"treated with|managed with|received|was given|were given|"
        # "He took ibuprofen 400 mg at home without relief": a dose taken, not a regimen
        r"took|had taken|"
        r"(?:oral|drug|graded) challenge|(?:drug |oral )?provocation test",
        "medication",
        "completed",
        "both",
    ),
    _rule(
        # "four tablets daily for 7 days, then reduce by one tablet every week" is a taper
        # the prescription itself sets, not a change to it
        r"(?<!then )(?:(?:dose )?(?:increased|decreased|reduced|changed|adjusted|titrated|"
        r"uptitrated|weaned)|(?:increase|decrease|reduce|change|adjust|titrate|wean)"
        r"(?: dose of| the dose)?)"
        r"|dose (?:change|changed|increase|reduction)"
        # an after-visit summary: "Lower your Lantus to 18 units"
        r"|(?:lower|raise)(?:ed)?(?= (?:your|the|his|her|dose)\b)",
        "medication",
        "changed",
        "both",
    ),
    _rule(
        r"(?:plan(?:ned)? to |to |will |please |decided to )?"
        r"(?:start|commence|initiate|begin)(?:ed|d)?(?: on)?(?!\s*(?:date|:))|"
        r"started on|commenced on|new(?:ly)?(?: started)?|added",
        "medication",
        "new",
        "both",
    ),
    # "azithromycin ... for 3 days, then switched to oral Augmentin": what it switched to is
    # new; what came before it is not
    _rule(r"switched (?:over )?to", "medication", "new", "forward"),
    _rule(
        r"continue[sd]?|remains? on|unchanged|no change|same dose|as before|"
        r"(?<!stopped )(?<!stop )(?<!not )(?<!ceased )(?<!longer )(?<!was )(?<!were )(?<!been )"
        r"(?:now |still |also )?tak(?:es|ing)(?! off)|is on",
        "medication",
        "active",
        "both",
    ),
    # immunization status
    _rule(
        r"declined|refused|refusal|not given|contraindicated",
        "immunization",
        "refused",
        "both",
    ),
    # "Deferred - unwell today", "no stock": put off, so a plan, not a refusal
    _rule(PUT_OFF, "immunization", "planned", "both"),
    _rule(
        r"(?:next |booster |is |now |over)?due(?: date| on| from)?|recall|"
        r"recommended|advised|outstanding|to be given|scheduled",
        "immunization",
        "due",
        "both",
    ),
    _rule(r"plan(?:ned)?(?: to give)?|will give|to give", "immunization", "planned", "forward"),
    _rule(r"given|administered|received|vaccinated|immunised|immunized", "given", "given", "both"),
)
# A clause ends at a sentence stop, a semicolon, a table cell bar or a turn in meaning.
#: A dosage form's or a title's abbreviation, or an initial, ends no clause: "STOP Tab.
#: Brufen", "Dr. Ng", a prescriber column's "Dr. K. Frimpong" before the row's "Course
#: completed".
_NO_STOP = (
    r"(?<!\btab)(?<!\btabs)(?<!\bcap)(?<!\bcaps)(?<!\binj)(?<!\bsyp)(?<!\bsyr)"
    r"(?<!\bsusp)(?<!\bdr)(?<!\b(?-i:[A-Z]))"
    # the forms other languages shorten: "1 g tabl. 1 x 2 TAUOLLA", "tbl.", "kaps.", "amp."
    r"(?<!\btabl)(?<!\btbl)(?<!\bkaps)(?<!\bcps)(?<!\bamp)"
    # a dotted abbreviation's last point: "ceftriaxone 2 g i.v. and clarithromycin", "p.o."
    r"(?<!\b[a-z]\.[a-z])"
)
#: The same cues in other languages, matched on accent-folded text after the English ones
#: (at one position the English rule wins).
#: ... but a question after its name ("Neumonía ... probable") goes before the English rules,
#: whose "probable" looks forward.
_LOCAL_FIRST: tuple[_Rule, ...] = (
    _rule(local_words.HYPOTHETICAL_AFTER, "hypothetical", "hypothetical", "backward"),
    _rule(local_words.NO_SEQUELAE, "historical", "historical", "backward"),
)
_LOCAL_RULES: tuple[_Rule, ...] = (
    _rule(local_words.FAMILY, "family", "family", "forward"),
    _rule(local_words.NEGATION_BEFORE, "negated", "negated", "forward"),
    _rule(local_words.NEGATION_AFTER, "negated", "negated", "backward"),
    _rule(local_words.HYPOTHETICAL, "hypothetical", "hypothetical", "forward"),
    _rule(local_words.HISTORICAL, "historical", "historical", "forward"),
    _rule(local_words.RESOLVED_AFTER, "historical", "historical", "backward"),
    _rule(local_words.HELD, "medication", "held", "both"),
    _rule(local_words.STOPPED, "medication", "stopped", "both"),
    _rule(local_words.IN_CARE, "medication", "completed", "both"),
    _rule(local_words.COMPLETED, "medication", "completed", "both"),
    _rule(local_words.CHANGED, "medication", "changed", "both"),
    # a title's words in the line itself: "Plānots uzsākt: Entresto 24/26 mg ..." (not yet)
    _rule(local_words.TO_START, "hypothetical", "hypothetical", "forward"),
    _rule(local_words.VACCINE_REFUSED, "immunization", "refused", "both"),
    _rule(local_words.VACCINE_DUE, "immunization", "due", "both"),
)

# A bar before another list item ("Aspirin - bronchospasm | Penicillin - nil known
# reaction"), not before a row's own short status cell ("Aspirin 81 mg | Discontinued").
_ITEM_BAR = r"\s\|\s(?=(?:[^|\s]+\s+){2,}[^|\s]+)"
_CLAUSE_BREAK = re.compile(
    rf"(?<!\d){_NO_STOP}\.(?!\d)(?![a-z]\.)|{_NO_STOP}\.(?=\s+[A-Z])|;|{_ITEM_BAR}|"
    r"\b(?:but|however|although|though|except|apart from|aside from)\b|"
    rf"\b(?:{local_words.CLAUSE_BREAKS})\b|"
    # "most likely diabetic nephropathy, with anemia of CKD": what follows is no longer
    # the likely one
    r",\s+with\b|"
    # "?thyrotoxicosis as a contributor to the AF": the query is not about the AF
    r"\bas (?:a|the) (?:contributor|cause|trigger|precipitant) (?:to|of|for)\b",
    re.IGNORECASE,
)
_ASSERTION_KINDS = {"negated", "historical", "family", "hypothetical"}
_CONJUNCTION = re.compile(
    rf",|\b(?:and|or|then|while|whereas|{local_words.CONJUNCTIONS})\b", re.IGNORECASE
)
_LEAFLET = re.compile(
    r"\b(?:tell|inform|ask|talk to|speak to|consult|check with|contact|call) your "
    r"(?:doctor|pharmacist|nurse|gp|healthcare|health care|prescriber|dentist)|"
    r"\bif you (?:are|have|think|notice|get|develop|experience)\b|"
    r"\b(?:do not|don't|never|you should not|should not be) (?:take|use|give|exceed|stop)\b|"
    r"\bavoid(?:ing)?\b|\bbefore (?:taking|using|you take|you use)\b|"
    r"\bkeep (?:out of|this medicine)|\bside effects (?:may )?include\b|"
    r"\bpatient information leaflet\b|\bwarnings?\s*:|\bprecautions\s*:|"
    r"\babout your (?:\w+ )?(?:tablets|medicines?|vaccines?|injections?)\b",
    re.IGNORECASE,
)
_CHECKED = r"(?:\[\s*[xX✓✔]\s*\]|\(\s*[xX✓✔]\s*\)|[☒☑✔✓■])"
#: A No followed by one box of its own, then no third answer: the row puts each box after
#: its answer ("Yes ☒ No ☐"), not before it ("[ ] Yes [X] No [ ] Unknown").
_OWN_BOX_AFTER = r"\s*(?:[☐☒☑]|\[\s*[xX✓✔ ]?\s*\])(?!\s*(?:[☐☒☑\[]|unknown|unsure|n/a))"
# "Latex allergy: [ ] Yes [X] No", "☐ Yes ☒ No", "Yes ☐ No ☒".
_CHECKBOX_NO = re.compile(
    rf"{_CHECKED}\s*no\b(?!{_OWN_BOX_AFTER})|\bno\s*{_CHECKED}|"
    r"\b(?:yes|y)\s*\[\s*\]\s*(?:no|n)\s*\[\s*[xX✓✔]\s*\]",
    re.IGNORECASE,
)
CHECKBOX = re.compile(r"[☐☒☑]|\[\s*[xX✓✔ ]?\s*\]\s*(?:yes|no)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Cue:
    start: int
    end: int
    rule: _Rule


def _clauses(text: str) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    start = 0
    for found in _CLAUSE_BREAK.finditer(fold(text)):
        bounds.append((start, found.start()))
        start = found.end()
    bounds.append((start, len(text)))
    return bounds


def clause_of(text: str, start: int) -> str:
    """The clause of ``text`` that the character at ``start`` sits in."""
    for lo, hi in _clauses(text):
        if lo <= start < hi:
            return text[lo:hi]
    return text


def _cues(text: str, start: int, end: int) -> list[_Cue]:
    found: list[_Cue] = []
    taken = [False] * (end - start)
    folded = fold(text)
    ruled = [
        *((folded, rule) for rule in _LOCAL_FIRST),
        *((text, rule) for rule in _RULES),
        *((folded, rule) for rule in _LOCAL_RULES),
    ]
    for read, rule in ruled:
        for match in rule.pattern.finditer(read, start, end):
            span = taken[match.start() - start : match.end() - start]
            if match.end() == match.start() or any(span):
                continue
            for i in range(match.start() - start, match.end() - start):
                taken[i] = True
            found.append(_Cue(match.start(), match.end(), rule))
    return sorted(found, key=lambda c: c.start)


def _nearest(text: str, cues: Sequence[_Cue], start: int, end: int, kinds: set[str]) -> _Cue | None:
    """The cue of ``kinds`` that governs ``text[start:end]``: inside it, else the closest.

    A cue across a conjunction loses to one that is not: in "warfarin was stopped and
    apixaban started", "started" governs apixaban although "stopped" is nearer.
    """
    best: tuple[tuple[bool, int], _Cue] | None = None
    for cue in cues:
        if cue.rule.kind not in kinds:
            continue
        looks_back = cue.rule.direction in ("backward", "both")
        if cue.start <= start < cue.end:  # "No history of diabetes" read as one piece
            gap = ""
        elif cue.end <= start and cue.rule.direction in ("forward", "both"):
            gap = text[cue.end : start]
            if _REPLACEMENT.search(gap):
                continue  # "warfarin was stopped and replaced by apixaban": a new drug
        elif start < cue.start < end and looks_back:  # "Influenza due 01/10/2025"
            gap = ""
        elif cue.start >= end and looks_back:
            gap = text[end : cue.start]
        else:
            continue  # "diabetes without complications": a forward cue inside the name
        rank = (_CONJUNCTION.search(gap) is not None, len(gap))
        if best is None or rank < best[0]:
            best = (rank, cue)
    return best[1] if best else None


_LIST_GAP = re.compile(r"^(?:[\s,/]|\bor\b|\bnor\b|[A-Za-z0-9\-]+)*$", re.IGNORECASE)
#: What comes after these words replaces what came before: a cue before them is not its.
_REPLACEMENT = re.compile(
    r"\b(?:replaced (?:by|with)|(?:changed|converted|switched) (?:over )?to|superseded by|"
    r"in favou?r of)\b",
    re.IGNORECASE,
)


def _negated_list(text: str, cues: Sequence[_Cue], start: int) -> bool:
    """A negation before ``start`` whose scope runs to it through a list ("no X, Y or Z")."""
    for cue in cues:
        if cue.rule.kind == "negated" and cue.rule.direction in ("forward", "both"):
            gap = text[cue.end : start]
            if cue.end <= start and len(gap) <= 60 and _LIST_GAP.match(gap) and " and " not in gap:
                return True
    return False


def is_leaflet(text: str) -> bool:
    """Patient-leaflet or instruction wording: no clinical row is written from it."""
    return _LEAFLET.search(text) is not None


def checkbox_negated(text: str) -> bool:
    return _CHECKBOX_NO.search(text) is not None


def span_context(text: str, start: int = 0, end: int | None = None) -> Context:
    """The context of ``text[start:end]`` from the cues of the clause(s) it sits in."""
    end = len(text) if end is None else end
    first = last = None
    for clause_start, clause_end in _clauses(text):
        if clause_end > start and first is None:
            first = clause_start
        if clause_start < max(end, start + 1):
            last = clause_end
    lo, hi = first or 0, last if last is not None else len(text)
    clause = text[lo:hi]
    cues = _cues(text, lo, hi)
    assertion: Assertion = "present"
    if CHECKBOX.search(clause):
        # A ticked box decides on its own: "[X] Yes [ ] No" must not read the "No" as a cue;
        # a Yes may still say the problem is over ("[X] Yes  childhood only").
        past = _nearest(text, cues, start, end, {"historical"}) or _OVER_SINCE.search(clause)
        assertion = "negated" if checkbox_negated(clause) else "historical" if past else "present"
    else:
        found = _nearest(text, cues, start, end, _ASSERTION_KINDS)
        if found is not None:
            assertion = found.rule.value  # type: ignore[assignment]
        if assertion in ("historical", "hypothetical") and _negated_list(text, cues, start):
            # "No h/o TB, asthma or CAD in the past": the negation spans its whole list.
            assertion = "negated"
    med = _nearest(text, cues, start, end, {"medication"})
    shot = _nearest(text, cues, start, end, {"immunization", "given"})
    shot_status: ImmunizationStatus | None = None
    if shot is not None:
        # "influenza vaccine given today" under "Health maintenance": its own "given" wins.
        shot_status = shot.rule.value  # type: ignore[assignment]
    # Leaflet wording governs what follows it ("do not take ibuprofen"), not a list entry's
    # own advice after the drug ("Metformin 500 mg BD - avoid alcohol").
    leaflet = any(m.start() <= start for m in _LEAFLET.finditer(text, lo, hi))
    return Context(
        assertion,
        med.rule.value if med else None,  # type: ignore[arg-type]
        shot_status,
        leaflet,
    )


#: A form row's details that say its problem is over: "Epilepsy [X] Yes  childhood
#: seizures, none since age 9", "Asthma [X] Yes  childhood only" (read only beside a box: in
#: a list the words would reach back to every item before them).
_OVER_SINCE = re.compile(
    r"\b(?:none|nil|no (?:seizures|attacks|episodes)) since (?:age )?\d+|\bchildhood only\b",
    re.IGNORECASE,
)


# A heading that is also a table's header row: "Stopped  Medication  Reason".
_COLUMN_WORDS = r"(?:\s+(?:reason|reasons|date|dates|details|comments?|by|when))*"

# A heading's bracketed note, words only: "Medications given in hospital (not for home use)".
_NOTE = r"(?=\([a-z][a-z ,/'-]{0,40}\)\s*:?\s*$)"

# A second title after a slash: "ED Course / Medications Administered".
_COMPANION = r"(?:\s*/\s*[a-z][a-z ]{2,40}?)?"

# A title in the local language before the English one: "Antecedentes familiares / Family
# history", "Social history / Family history" (the second title says what the rows are).
# "Assessment / Plan" is one section of current problems and what to do about them.
_LEADING_COMPANION = (
    r"(?:(?!(?:assessment|impression|diagnos[ie]s|problems?)\s*/)"
    r"[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*/\s*)?"
)

# A form's lettered part before its title: "Section C - Inpatient-only medicines".
_FORM_PART = r"(?:(?:section|part)\s+[a-z0-9]{1,2}\s*[-\u2013:.]\s*)?"

# Headings that set the context of the lines below them, with the section they open.
_HEADINGS: tuple[tuple[re.Pattern[str], str | None, Context], ...] = tuple(
    (
        re.compile(
            rf"^\s*(?:[-•*·]\s*)?(?:\d{{1,2}}[.)]\s*)?{_FORM_PART}{_LEADING_COMPANION}(?:{words})"
            rf"{_COLUMN_WORDS}{_COMPANION}"
            # ("Family history (parents, brothers, sisters): Father: ...": a note, then the list)
            rf"(?:\s*\([a-z][a-z ,/'-]{{0,40}}\)(?=\s*:))?\s*(?::|-|$|{_NOTE})",
            re.IGNORECASE,
        ),
        section,
        ctx,
    )
    for words, section, ctx in (
        (
            r"(?:medications?|meds|items|drugs|prescriptions?)\s+(?:stopped|ceased|discontinued)"
            r"(?: (?:this|during|at|on|in|the|today|admission|visit|stay|encounter|discharge))"
            r"{0,4}|(?:stopped|ceased|discontinued|"
            r"inactive|cancelled|previous|past|historical)\s+(?:medications?|meds|items|drugs|"
            r"prescriptions?)|medications? to (?:stop|discontinue)|no longer current|not current"
            r"|(?:stopped|ceased|discontinued)(?=\s*:)"
            # Epic's after-visit summary, athenahealth's medication list
            r"|(?:stop|discontinue) taking(?: these)?(?: medications?| medicines?)?"
            r"|(?:stopped|ceased|discontinued|inactive|not[- ]taking)(?=\s*$)",
            "medications",
            Context(medication_status="stopped"),
        ),
        (
            r"(?:medications?|meds)\s+(?:held|withheld|on hold|suspended)|"
            r"(?:held|withheld|suspended)\s+(?:medications?|meds)",
            "medications",
            Context(medication_status="held"),
        ),
        (
            r"(?:changed|modified|adjusted)\s+(?:medications?|meds|doses?)|"
            r"(?:medication|dose)\s+changes?|change how you take(?: these)?(?: medications?)?",
            "medications",
            Context(medication_status="changed"),
        ),
        (
            r"(?:new|started|commenced)\s+(?:medications?|medicines?|meds|items|prescriptions?)"
            r"(?: started(?: (?:this|during|on|in) (?:admission|stay|visit))?)?|"
            r"(?:medications?|meds)\s+(?:started|commenced)|"
            r"start taking(?: these)?(?: medications?| medicines?)?",
            "medications",
            Context(medication_status="new"),
        ),
        (
            r"completed\s+(?:medications?|courses?)|(?:medications?|courses?)\s+completed",
            "medications",
            Context(medication_status="completed"),
        ),
        (
            # What was given during the stay or in the department was given, not prescribed.
            r"(?:course|progress|treatment|management|medications?) (?:in|at|on) (?:hospital|"
            r"the ward|ed|the ed|a&e|(?:the )?clinic|the department|the emergency department|"
            r"the emergency (?:centre|center|unit|room)|casualty|"
            r"urgent care|the practice|surgery)|"
            r"(?:hospital|clinical|inpatient|ward|ed|icu|hdu|emergency(?: department)?) course|"
            r"(?:treatment|drugs?|medications?|medicines?) given(?: (?:in|at|on) (?:ed|the ed|"
            r"a&e|casualty|(?:the )?clinic|the department|the emergency department|the ward))?|"
            r"(?:given|administered) (?:in|at|on) (?:ed|the ed|a&e|casualty|the department|"
            r"the emergency department|(?:the )?clinic|(?:the )?surgery|the ward|hospital)|"
            r"(?:triage|ed|emergency department) (?:interventions|treatment|medications given)|"
            r"(?:medications?|medicines?|drugs) (?:given|administered)"
            r"(?: (?:in|during|at|on) [a-z&]+(?: [a-z]+)?)?(?: only)?(?: \(not for discharge\))?|"
            # "Section C - Inpatient-only medicines (NOT for discharge)"
            r"inpatient(?:[- ]only)? (?:medications?|medicines?|drugs)",
            None,
            Context(medication_status="completed", in_care=True),
        ),
        (
            # "NOT ALLERGIC TO: penicillin (de-labelled); tree nuts - may eat hazelnut"
            r"not allergic to|no allerg(?:y|ies) to|tolerate[sd]?(?: without reaction)?",
            "allergies",
            Context(assertion="negated"),
        ),
        (
            # Leaflet text printed with a dispense: nothing under it is about this patient.
            # ("Leaflets: 'Rabies - what to do after a bite'": titles of leaflets handed out)
            r"(?:patient )?(?:information )?leaflets?(?: extracts?| text| information| given|"
            r" provided| supplied)?|"
            r"(?:information|advice(?: sheet)?) for (?:travell?ers|patients|parents|you)|"
            r"advice sheet|travel advice|"
            # (a bare "Patient information" heads demographics, not a leaflet)
            r"patient information\s*-\s*leaflet(?: extracts?)?",
            None,
            Context(leaflet=True),
        ),
        (
            # A practice print-out's "Past Problems" (EMIS, SystmOne): over, unlike a "Past
            # medical history", which lists chronic conditions too.
            r"(?:significant |minor )?past problems|(?:resolved|inactive) (?:problems|conditions)",
            "conditions",
            Context(assertion="historical"),
        ),
        (
            # An EHR print-out's past visits: a visit's diagnosis was that day's problem; the
            # problem list says whether it goes on.
            r"encounters?(?: history)?|(?:past |previous |recent )?visits|visit history",
            None,
            Context(assertion="historical"),
        ),
        (
            r"family (?:medical )?(?:history|hx)|fhx?|fam hx",
            None,
            Context(assertion="family"),
        ),
        (
            r"health maintenance|(?:immuni[sz]ations?|vaccinations?|vaccines?)\s+"
            r"(?:due|recommended|overdue|planned|to be given)|(?:due|overdue|upcoming|"
            r"recommended|future)\s+(?:immuni[sz]ations?|vaccinations?|vaccines?)",
            "immunizations",
            Context(assertion="hypothetical", immunization_status="due"),
        ),
        (
            # A travel clinic's "NOT GIVEN TODAY" table: declined, not required or due later.
            r"(?:vaccines? |immuni[sz]ations? )?not given (?:today|this visit|at this visit)|"
            r"(?:vaccines?|immuni[sz]ations?) (?:declined|not given)",
            "immunizations",
            Context(assertion="hypothetical", immunization_status="due"),
        ),
        (
            # A bare "Due:" may head anything due, so it names no section.
            r"(?:due|overdue|upcoming|recommended)(?: items)?|health reminders?|"
            r"not given(?:\s*/\s*(?:next )?due)?|next due|next doses?(?: due)?|"
            r"preventive care|screening due|recalls?(?:\s*(?:/|and|&)\s*(?:due|reminders?))?",
            None,
            Context(assertion="hypothetical", immunization_status="due"),
        ),
        (
            r"(?:management )?plan|plan of care|care plan|recommendations?|to do|"
            r"plan of treatment|treatment plan|"
            r"follow[- ]up plan|suggested management",
            None,
            Context(
                assertion="hypothetical", medication_status="new", immunization_status="planned"
            ),
        ),
    )
)


# Titles in other languages that say what became of the medicines under them, matched on
# accent-folded text: "Tijdelijk gestopt", "Gestopte geneesmiddelen", "Te starten". A cue
# word alone, or beside a word for medicines (never beside a drug's name: "Omeprazol
# gestopt" is a row).
_NOUN = rf"(?:{local_words.MEDICATION_NOUNS})"
_HeadingRule = tuple[re.Pattern[str], str | None, Context]
_MEDICATION_TITLES: tuple[_HeadingRule, ...] = tuple(
    (
        # (a bracketed note may follow: "Seponerede ordinationer (seneste 90 dage)")
        re.compile(
            rf"^\s*(?:{_NOUN}\s+)?(?:{cue})\w*(?:\s+{_NOUN})?(?:\s*\([^()]*\))?\s*:?\s*$",
            re.IGNORECASE,
        ),
        "medications",
        ctx,
    )
    for cue, ctx in (
        (local_words.HELD, Context(medication_status="held")),
        (local_words.STOPPED, Context(medication_status="stopped")),
        # not taken yet: no medication row (an immunization under it is planned)
        (local_words.TO_START, Context(assertion="hypothetical", immunization_status="planned")),
    )
)
# "Plānotās un neveiktās vakcinācijas", "Geplante Impfungen": a short title with a vaccine
# word and a plan word
_PLANNED_VACCINES_TITLE: _HeadingRule = (
    re.compile(
        rf"^(?=[^\d:]{{0,60}}:?\s*$)(?=.*\b(?:{local_words.VACCINE_WORDS})\w*)"
        rf"(?=.*\b(?:{local_words.PLANNED_WORDS})\w*)",
        re.IGNORECASE,
    ),
    "immunizations",
    Context(assertion="hypothetical", immunization_status="planned"),
)
_LOCAL_HEADINGS: tuple[_HeadingRule, ...] = (*_MEDICATION_TITLES, _PLANNED_VACCINES_TITLE)


@dataclass(frozen=True, slots=True)
class Heading:
    """A context heading: the section it opens (when it names one) and its context."""

    section: str | None
    context: Context
    remainder: str


def heading_context(line: str) -> Heading | None:
    folded = fold(line)
    for pattern, section, ctx in _LOCAL_HEADINGS:
        if pattern.match(folded):
            return Heading(section, ctx, "")
    for pattern, section, ctx in _HEADINGS:
        found = pattern.match(line)
        if found is None:
            continue
        remainder = line[found.end() :].strip()
        # A heading is short; "Plan to start ramipril" is a sentence, not a heading.
        # "Triage interventions (standing orders)": a bracketed note still leaves a heading.
        # ("Family history (parents, brothers, sisters):" too)
        note = remainder.rstrip(": ")
        bracketed = note.startswith("(") and note.endswith(")")
        if not found.group(0).rstrip().endswith((":", "-")) and remainder and not bracketed:
            continue
        remainder = "" if bracketed else remainder
        return Heading(section, ctx, remainder)
    return None


#: A line whose list goes on to the next one: it does not end a sentence.
_RUNS_ON = re.compile(r"(?:[,;:&\-\u2013]|\band|\bor)\s*$|[^.!?)\s]\s*$")


#: A section start that says what its rows are: "Medication  Dose  Date ceased  Reason"
#: (a table of medicines that ended) is read like a "Ceased medications" heading.
_KIND_CONTEXT = {
    "items_stopped": Context(medication_status="stopped"),
    # (the English titles of these open their context through ``_HEADINGS``; these are the
    # other languages' ones, "Antecedentes familiares", "Traitement reçu")
    "family_history": Context(assertion="family"),
    "in_care": Context(medication_status="completed", in_care=True),
    "plan": Context(
        assertion="hypothetical", medication_status="new", immunization_status="planned"
    ),
    # "Exemptions / Immunity": a vaccine not given, as one not indicated
    "exemptions": Context(immunization_status="refused"),
}
#: Of those, the kinds whose title with its list on the same line covers only that list.
_LINE_KINDS = frozenset({"family_history", "in_care", "plan"})


#: Column names a table's header row has ("Date  Type  Provider  Diagnosis / reason").
_COLUMN_NAME = re.compile(
    r"\b(?:date|type|provider|status|onset|code|location|reason|by|source)\b", re.IGNORECASE
)
_MIN_COLUMN_NAMES = 3


def _short_column_row(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 4 and not re.search(r"[\d:]", text)


def _names_columns(text: str) -> bool:
    return "," not in text and len(_COLUMN_NAME.findall(text)) >= _MIN_COLUMN_NAMES


class ScopeTracker:
    """The section-level context of each line, walked in reading order."""

    def __init__(self) -> None:
        self.current = NO_CONTEXT
        self.section: str | None = None  # the section the last line sits in, when known
        self._inline: Context | None = None  # a one-line heading's list, running on
        self._headed = False  # the line before was a context heading on its own

    def close(self) -> None:
        """A running header or footer ends the section, and with it its context."""
        self.current = NO_CONTEXT
        self.section = None

    def feed(self, text: str) -> Context:
        """The context of ``text``'s own content; updates the running one for later lines."""
        heading = heading_context(text)
        if heading is not None and heading.remainder:
            # "Family history: mother with breast cancer." is a one-line section: the lines
            # below keep the context they had, unless its list runs on ("...; father -").
            self._inline = heading.context if _RUNS_ON.search(text) else None
            return heading.context
        if self._inline is not None and detect_section(text) is None:
            context = self._inline
            self._inline = context if _RUNS_ON.search(text) else None
            return context
        self._inline = None
        headed, self._headed = self._headed, False
        if heading is not None:
            self.current = heading.context
            self.section = heading.section
            self._headed = True
            return self.current
        start = detect_section(text)
        if start is not None and start.remainder and start.kind in _LINE_KINDS:
            # "Antecedentes familiares: madre con diabetes." is a one-line section, as above.
            context = _KIND_CONTEXT[start.kind]
            self._inline = context if _RUNS_ON.search(text) else None
            self.current, self.section = NO_CONTEXT, reading_section(start)
            return context
        if start is not None and not start.is_table_header:
            # The column names right under a heading ("Encounters" over "Date  Type
            # Provider  Diagnosis / reason") head its table; the heading's context holds.
            # (also a short one that is no title we know: "Medicine  Details" under
            # "Inpatient-only medicines")
            short_row = start.kind == "unknown_title" and _short_column_row(text)
            if not (headed and (_names_columns(text) or short_row)):
                self.current = _KIND_CONTEXT.get(start.kind or "", NO_CONTEXT)
            self.section = reading_section(start)
        return self.current


@dataclass(frozen=True, slots=True)
class LineScope:
    text: str
    top: float
    context: Context
    #: The start of the next line when this one is prose wrapped mid-sentence
    #: ("Gliclazide MR 60 mg was" / "discontinued in January"), else "".
    follow: str = ""
    #: The line before, when this one carries on its sentence ("His father had bowel" /
    #: "cancer at age 58"), else "".
    lead: str = ""
    section: str | None = None


_SENTENCE_END = re.compile(r"[.;:!?]\s*$")
_DANGLING = re.compile(r"\s(?:to|and|or|with|of|for|the|a|an|was|were|is|be)\s*$", re.IGNORECASE)
#: A wrapped sentence goes on in lower case, also after a bracket: "(isoniazid 300 mg daily)".
_GOES_ON = re.compile(r"[(\[\"']?[a-z]")
#: A comparison whose number wrapped onto the next line.
_COMPARING = re.compile(r"\s(?:below|above|under|over|than|between)\s*$", re.IGNORECASE)
#: The last word or two of a sentence wrapped onto a line of its own, capitalised as German
#: nouns are: "Keine Unverträglichkeit auf jodhaltiges" / "Kontrastmittel."
_WRAPPED_TAIL = re.compile(r"^[^\W\d_][\w-]*(?:\s+[\w-]+)?\s*[.;]\s*$")
#: A drug's strength wrapped onto the next line: "... and azithromycin" / "500 mg IV daily".
_WRAPPED_STRENGTH = re.compile(
    r"\d+(?:\.\d+)?\s*(?:mg|g|mcg|micrograms?|units?|mL|ml|%)\b(?!\s*/\s*(?:dL|L)\b)"
)


def runs_on(text: str) -> bool:
    """Whether ``text`` is a prose line cut before its sentence ends (a long line without a
    stop, or any line that ends on a word no sentence ends with: "Atorvastatin 20 mg to")."""
    return (len(text) >= 50 and not _SENTENCE_END.search(text)) or bool(_DANGLING.search(text))


def continues_sentence(text: str, following: str) -> bool:
    """Whether ``following`` carries on the sentence that ``text`` wraps in prose.

    Two rows of a medication list ("warfarin per INR as directed ... continue" over
    "digoxin 125 microgram once daily stopped") are two rows, though both run long and
    the second starts in lower case: each opens with a drug and a dose or a direction."""
    goes_on = (
        _GOES_ON.match(following)
        or _WRAPPED_STRENGTH.match(following)
        # "if sodium remains below" / "133, switch hydrochlorothiazide to amlodipine"
        or (following[:1].isdigit() and _COMPARING.search(text))
        or (_WRAPPED_TAIL.match(following) and text.rstrip()[-1:].islower())
    )
    if not (runs_on(text) and goes_on):
        return False
    return not (_opens_a_medication_row(text) and _opens_a_medication_row(following))


_FIRST_WORD = re.compile(r"^[(\[\"']?([A-Za-z][A-Za-z-]{2,})")


def _opens_a_medication_row(line: str) -> bool:
    first = _FIRST_WORD.match(line)
    return first is not None and MEDICATION_INDEX.lookup(first.group(1), fuzzy=False) is not None


def line_scopes(pages: Sequence[PageText]) -> dict[tuple[int, str], list[LineScope]]:
    """Each line's text and section context, by (page, sha256 of the raw line)."""
    scopes: dict[tuple[int, str], list[LineScope]] = {}
    tracker = ScopeTracker()
    answers = AnswerColumns()  # tick-box forms read as pass 1 reads them
    form = TickBoxForm()
    readable = [page for page in pages if page.status == "ok"]
    # Pass 1 skips running headers and footers the same way (entities.find_entities).
    furniture = repeated_lines([[(x.text, x.bbox[1]) for x in p.lines] for p in readable])
    for page in sorted(readable, key=lambda p: p.page_number):
        kept: list[tuple[str, TextLine, Context, str | None]] = []
        for line in page.lines:
            text = " ".join(line.text.split())
            if not text:
                continue
            if furniture_key(text, line.bbox[1]) in furniture:
                tracker.close()
                continue
            rewritten = answers.feed(text)
            if rewritten == "":
                continue  # a form row that states nothing (nothing ticked, "Unknown")
            start = detect_section(text)
            unclear = form.feed(
                text,
                resolved=rewritten is not None,
                heading=start is not None and not start.is_table_header and not start.remainder,
            ) or tick_between_answers(text)
            text = rewritten or text
            context = tracker.feed(text)
            context = replace(context, unclear_box=True) if unclear else context
            kept.append((text, line, context, tracker.section))
        for index, (text, line, context, section) in enumerate(kept):
            following = kept[index + 1][0] if index + 1 < len(kept) else ""
            before = kept[index - 1][0] if index else ""
            digest = hashlib.sha256(line.text.encode("utf-8")).hexdigest()
            follow = following if continues_sentence(text, following) else ""
            lead = before if before and continues_sentence(before, text) else ""
            wrapped = _lone_status(following) if context.medication_status is None else None
            if wrapped is not None and _opens_a_medication_row(text):
                # A table row whose status cell wrapped onto the line below: "Prednison 40 mg
                # 1-0-0, 02.04.-06.04.2025, p.o." over "abgeschlossen".
                context = replace(context, medication_status=wrapped)
            last = _status_cell(line.cells[-1][0]) if len(line.cells) > 1 else None
            if (
                last is not None
                and context.medication_status is None
                and _opens_a_medication_row(text)
            ):
                # "meloxicam (MOBIC) 7.5 mg tablet | Do not take until ... | ON HOLD": the
                # row's last cell gives its status, past the sentences before it
                context = replace(context, medication_status=last)
            entry = LineScope(text, line.bbox[1], context, follow, lead, section)
            scopes.setdefault((page.page_number, digest), []).append(entry)
    return scopes


_MAX_STATUS_CELL_WORDS = 3


def _lone_status(text: str) -> MedicationStatus | None:
    """The medication status a line says and nothing else ("abgeschlossen", "STOPPED"),
    or None."""
    if not text or len(text.split()) > _MAX_STATUS_CELL_WORDS or text.rstrip().endswith(":"):
        return None
    if heading_context(text) is not None:
        return None  # "Stopped" over a list of its own is that list's heading
    cues = [c for c in _cues(text, 0, len(text)) if c.rule.kind == "medication"]
    if len(cues) != 1 or re.search(r"[^\W\d_]", text[: cues[0].start] + text[cues[0].end :]):
        return None
    return cues[0].rule.value  # type: ignore[return-value]


def _status_cell(text: str) -> MedicationStatus | None:
    """The medication status a row's last cell opens with and says little else beside
    ("ON HOLD", "STOP taking", "Discontinued"), or None."""
    if not text or len(text.split()) > _MAX_STATUS_CELL_WORDS or re.search(r"\d", text):
        return None
    cues = [c for c in _cues(text, 0, len(text)) if c.rule.kind == "medication"]
    if len(cues) != 1 or re.search(r"[^\W\d_]", text[: cues[0].start]):
        return None
    return cues[0].rule.value  # type: ignore[return-value]


def with_assertion(ctx: Context, assertion: Assertion) -> Context:
    return replace(ctx, assertion=assertion)
