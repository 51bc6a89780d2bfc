"""Sentences of sources extract had not been shown, and the classes of misreading they showed.

:data:`DOMAINS` holds some 275 sentences written in the style of epidemic bulletins (ECDC,
Africa CDC), disaster reports (ReliefWeb, IFRC DREF operations, national disaster
agencies), migration counts (IOM's Missing Migrants Project, Frontex), detention and
prison reports (HRW, Amnesty), election violence monitors, press-freedom counts (CPJ,
RSF) and police and court statistics in British, American and Indian styles ("1.2 lakh",
"3 crore"), with increments, changes, vague quantities, ranks, money, ages and durations
beside counts: each with what a careful coder takes as its figures (words, interval, kind
and the noun counted). The tests after it each guard one class of misreading.
"""

from __future__ import annotations

import pytest

from pwstats import extract

Read = tuple[str, str, str, str]


def read(prose: str) -> list[Read]:
    """Each mention's words, (pragmatic) interval, kind and noun."""
    return [(m.text, str(m.amount.interval), m.amount.kind, m.noun) for m in extract(prose)]


DOMAINS: list[tuple[str, list[Read]]] = [
    (
        (
            "Since the start of 2024, 1,245 confirmed mpox cases and 12 deaths have been "
            "reported from 14 countries."
        ),
        [
            ("1,245", "[1245, 1245]", "bare", "cases"),
            ("12", "[12, 12]", "bare", "deaths"),
            ("14", "[14, 14]", "bare", "countries"),
        ],
    ),
    (
        (
            "In week 32, 87 new suspected cholera cases were notified, a further 12 compared "
            "with the previous week."
        ),
        [("87", "[87, 87]", "bare", "cases"), ("a further 12", "[12, 12]", "bare", "")],
    ),
    (
        "Africa CDC reported 3,562 suspected mpox cases, including 107 deaths, in the past week.",
        [("3,562", "[3562, 3562]", "bare", "cases"), ("107", "[107, 107]", "bare", "deaths")],
    ),
    (
        "Of the 40 probable cases, 31 were laboratory confirmed.",
        [("40", "[40, 40]", "bare", "cases"), ("31", "[31, 31]", "bare", "")],
    ),
    (
        "Since the last update, another 30 deaths have been reported, bringing the total to 1,021.",
        [("another 30", "[30, 30]", "bare", "deaths"), ("1,021", "[1021, 1021]", "bare", "")],
    ),
    (
        "Cumulatively, 18,737 cases have been reported, up from 15,600 a month earlier.",
        [("18,737", "[18737, 18737]", "bare", "cases"), ("15,600", "[15600, 15600]", "bare", "")],
    ),
    (
        "The case fatality rate was 2.3% among 1,102 hospitalised patients.",
        [("2.3%", "[0.0225, 0.0235]", "bare", ""), ("1,102", "[1102, 1102]", "bare", "patients")],
    ),
    (
        "A total of 9 countries reported locally acquired dengue cases, up from 4 in 2023.",
        [("A total of 9", "[9, 9]", "exact", "countries"), ("4", "[4, 4]", "bare", "")],
    ),
    ("Case numbers nearly doubled to 4,300 in August.", [("4,300", "[4250, 4350]", "bare", "")]),
    (
        "Among the 312 cases with known age, the median age was 29 years.",
        [("312", "[312, 312]", "bare", "cases")],
    ),
    (
        "The outbreak has affected 16 of 47 counties.",
        [("16", "[16, 16]", "bare", "counties"), ("47", "[47, 47]", "bare", "counties")],
    ),
    (
        "Nigeria accounted for 1,200 of the 3,400 confirmed Lassa fever cases.",
        [("1,200", "[1150, 1250]", "bare", "cases"), ("3,400", "[3350, 3450]", "bare", "cases")],
    ),
    (
        "An additional 14 countries are at high risk.",
        [("An additional 14", "[14, 14]", "bare", "countries")],
    ),
    (
        "Vaccination reached 1.2 million people in 5 provinces.",
        [
            ("1.2 million", "[1150000, 1250000]", "bare", "people"),
            ("5", "[5, 5]", "bare", "provinces"),
        ],
    ),
    (
        "Tens of thousands of suspected cases remain untested.",
        [("Tens of thousands", "[20000, 99999]", "vague", "cases")],
    ),
    (
        "A handful of imported cases were detected in Europe.",
        [("A handful", "[2, 9]", "vague", "cases")],
    ),
    ("Scores of health workers have been infected.", [("Scores", "[40, 199]", "vague", "workers")]),
    (
        "Hundreds of contacts are under follow-up.",
        [("Hundreds", "[200, 999]", "vague", "contacts")],
    ),
    (
        "The floods affected 1.2 lakh people across 3 districts.",
        [("1.2 lakh", "[115000, 125000]", "bare", "people"), ("3", "[3, 3]", "bare", "districts")],
    ),
    (
        "Over 3 crore people were hit by the cyclone.",
        [("Over 3 crore", "(30000000, 35000000]", "lower", "people")],
    ),
    (
        "The earthquake killed at least 2,960 people and injured 5,530.",
        [
            ("at least 2,960", "[2960, 2990]", "lower", "people"),
            ("5,530", "[5530, 5530]", "bare", ""),
        ],
    ),
    (
        "The IFRC DREF allocated CHF 450,000 to assist 12,000 families for 6 months.",
        [
            ("12,000", "[11500, 12500]", "bare", "families"),
            ("6 months", "[6, 6]", "bare", "months"),
        ],
    ),
    ("$2m will support 3,000 families.", [("3,000", "[2700, 3300]", "bare", "families")]),
    (
        "Some 4,500 houses were destroyed and a further 11,200 damaged.",
        [
            ("Some 4,500", "[4050, 4950]", "approximate", "houses"),
            ("a further 11,200", "[11200, 11200]", "bare", ""),
        ],
    ),
    (
        "The National Disaster Management Authority reported 1,739 deaths since 14 June.",
        [("1,739", "[1739, 1739]", "bare", "deaths")],
    ),
    (
        "About 33 million people have been affected, nearly 8 million displaced.",
        [
            ("About 33 million", "[30000000, 36000000]", "approximate", "people"),
            ("nearly 8 million", "[7600000, 8000000)", "upper", ""),
        ],
    ),
    (
        "Another 200 people remain missing after the landslide.",
        [("Another 200", "[180, 220]", "bare", "people")],
    ),
    (
        "The death toll rose to 114, up from 96 on Monday.",
        [("114", "[114, 114]", "bare", ""), ("96", "[96, 96]", "bare", "")],
    ),
    (
        "The cyclone damaged 40 civil defence posts and 3 aid warehouses.",
        [("40", "[40, 40]", "bare", "posts"), ("3", "[3, 3]", "bare", "warehouses")],
    ),
    (
        "40 civil defence volunteers were injured in the rescue.",
        [("40", "[40, 40]", "bare", "volunteers")],
    ),
    ("12 health workers were killed while on duty.", [("12", "[12, 12]", "bare", "workers")]),
    ("Three aid workers were abducted on Tuesday.", [("Three", "[3, 3]", "bare", "workers")]),
    ("7 UN staff members died in the strike.", [("7", "[7, 7]", "bare", "members")]),
    (
        "More than 600 search and rescue personnel were deployed.",
        [("More than 600", "(600, 660]", "lower", "")],
    ),
    (
        "Roughly 2,000 emergency shelters were distributed to 1,800 households.",
        [
            ("Roughly 2,000", "[1800, 2200]", "approximate", "shelters"),
            ("1,800", "[1750, 1850]", "bare", "households"),
        ],
    ),
    (
        "In 72 hours, 15 teams reached 40 villages.",
        [
            ("72 hours", "[72, 72]", "bare", "hours"),
            ("15", "[15, 15]", "bare", "teams"),
            ("40", "[40, 40]", "bare", "villages"),
        ],
    ),
    ("The storm was the 3rd to hit the region this year.", []),
    ("The district ranked 12th out of 36 in damage.", [("36", "[36, 36]", "bare", "")]),
    ("It was the fifth cyclone in as many weeks.", []),
    (
        "IOM's Missing Migrants Project recorded 3,129 deaths in the Mediterranean in 2023.",
        [("3,129", "[3129, 3129]", "bare", "deaths")],
    ),
    (
        "At least 63 migrants are missing after a boat capsized off Libya.",
        [("At least 63", "[63, 66]", "lower", "migrants")],
    ),
    (
        "Frontex detected 380,000 irregular border crossings in 2023, the highest since 2016.",
        [("380,000", "[375000, 385000]", "bare", "crossings")],
    ),
    (
        "Detections on the Central Mediterranean route were down 59% from a year earlier.",
        [("down 59%", "[0, 1]", "unknown", "")],
    ),
    (
        "The Coast Guard rescued 41 people, including 9 children aged between 2 and 12.",
        [("41", "[41, 41]", "bare", "people"), ("9", "[9, 9]", "bare", "children")],
    ),
    (
        "Arrivals nearly doubled to 16,000 in the first quarter.",
        [("16,000", "[15500, 16500]", "bare", "")],
    ),
    (
        "Some 8,500 unaccompanied children arrived, up from 6,200.",
        [
            ("Some 8,500", "[7650, 9350]", "approximate", "children"),
            ("6,200", "[6150, 6250]", "bare", ""),
        ],
    ),
    (
        "Around 120 people, mostly from Sudan, were intercepted.",
        [("Around 120", "[108, 132]", "approximate", "people")],
    ),
    (
        "The boat, carrying about 750 people, sank 47 miles off Pylos.",
        [("about 750", "[675, 825]", "approximate", "people")],
    ),
    (
        "Only 104 survivors were found, and 82 bodies recovered.",
        [("Only 104", "[104, 104]", "exact", "survivors"), ("82", "[82, 82]", "bare", "bodies")],
    ),
    (
        "HRW documented 23 deaths in custody between 2019 and 2022.",
        [("23", "[23, 23]", "bare", "deaths")],
    ),
    (
        "Amnesty said at least 1,300 people were arbitrarily detained.",
        [("at least 1,300", "[1300, 1430]", "lower", "people")],
    ),
    (
        "Authorities hold an estimated 20,000 political prisoners.",
        [("an estimated 20,000", "[18000, 22000]", "approximate", "prisoners")],
    ),
    (
        "The prison, built for 2,500 inmates, held 8,000.",
        [
            ("built for 2,500", "[0, +inf)", "unknown", "inmates"),
            ("8,000", "[7500, 8500]", "bare", ""),
        ],
    ),
    (
        "Some 300 detainees went on hunger strike for 21 days.",
        [
            ("Some 300", "[270, 330]", "approximate", "detainees"),
            ("21 days", "[21, 21]", "bare", "days"),
        ],
    ),
    (
        "12 detainees were sentenced to death and 3 others to life imprisonment.",
        [("12", "[12, 12]", "bare", "detainees"), ("3", "[3, 3]", "bare", "others")],
    ),
    (
        "At least 45 people were sentenced to 10 years in prison.",
        [("At least 45", "[45, 48]", "lower", "people"), ("10 years", "[10, 10]", "bare", "years")],
    ),
    (
        "The court handed down 3 death sentences and 17 prison terms of 5 to 15 years.",
        [
            ("3", "[3, 3]", "bare", "sentences"),
            ("17", "[17, 17]", "bare", "terms"),
            ("5 to 15 years", "[5, 15]", "range", "years"),
        ],
    ),
    (
        "Prison deaths rose to 57 in 2023, up from 42 in 2022.",
        [("57", "[57, 57]", "bare", ""), ("42", "[42, 42]", "bare", "")],
    ),
    (
        "Over 4,000 people remain in pre-trial detention, some for more than 2 years.",
        [
            ("Over 4,000", "(4000, 4500]", "lower", "people"),
            ("more than 2 years", "(2, 2.5]", "lower", "years"),
        ],
    ),
    (
        (
            "At least 17 people were killed in election-related violence, and scores of "
            "others injured."
        ),
        [
            ("At least 17", "[17, 18.7]", "lower", "people"),
            ("scores", "[40, 199]", "vague", "others"),
        ],
    ),
    (
        "Police arrested 230 opposition supporters ahead of the vote.",
        [("230", "[225, 235]", "bare", "supporters")],
    ),
    (
        "Observers recorded 1,147 incidents at 312 polling stations.",
        [("1,147", "[1147, 1147]", "bare", "incidents"), ("312", "[312, 312]", "bare", "stations")],
    ),
    (
        "Two candidates and 5 campaign staff were shot dead.",
        [("Two", "[2, 2]", "bare", "candidates"), ("5", "[5, 5]", "bare", "staff")],
    ),
    (
        "Violence was reported in 9 of the 36 states.",
        [("9", "[9, 9]", "bare", "states"), ("36", "[36, 36]", "bare", "states")],
    ),
    ("Turnout was 27%, the lowest since 1999.", [("27%", "[0.265, 0.275]", "bare", "")]),
    (
        "Clashes left dozens wounded and 4 dead.",
        [("dozens", "[24, 119]", "vague", ""), ("4", "[4, 4]", "bare", "")],
    ),
    (
        "CPJ's census found 320 journalists imprisoned worldwide as of December 1.",
        [("320", "[315, 325]", "bare", "journalists")],
    ),
    (
        "RSF counted 54 journalists killed in 2024, down from 61.",
        [("54", "[54, 54]", "bare", "journalists"), ("61", "[61, 61]", "bare", "")],
    ),
    (
        (
            "At least 99 journalists and media workers were killed in 2023, the highest in "
            "nearly a decade."
        ),
        [("At least 99", "[99, 102]", "lower", "journalists")],
    ),
    (
        "China jailed 44 journalists, the most of any country.",
        [("44", "[44, 44]", "bare", "journalists")],
    ),
    (
        "The country ranked 159th out of 180 in the World Press Freedom Index.",
        [("180", "[175, 185]", "bare", "")],
    ),
    ("It fell 4 places to 145th.", [("fell 4", "[0, +inf)", "unknown", "places")]),
    (
        "Three media workers were abducted and another 2 remain missing.",
        [("Three", "[3, 3]", "bare", "workers"), ("another 2", "[2, 2]", "bare", "")],
    ),
    (
        "Police recorded 5.4 million crimes in the year to June, up 3% from the previous year.",
        [
            ("5.4 million", "[5350000, 5450000]", "bare", "crimes"),
            ("up 3%", "[0, 1]", "unknown", ""),
        ],
    ),
    (
        "Knife crime offences fell 6% to 49,489.",
        [("fell 6%", "[0, 1]", "unknown", ""), ("49,489", "[49489, 49489]", "bare", "")],
    ),
    (
        "There were 590 homicides, a further 11 compared with the year before.",
        [("590", "[585, 595]", "bare", "homicides"), ("a further 11", "[11, 11]", "bare", "")],
    ),
    (
        "The Crown Court backlog stood at 67,573 cases at the end of March.",
        [("67,573", "[67573, 67573]", "bare", "cases")],
    ),
    (
        "Some 1,200 officers were deployed to the match.",
        [("Some 1,200", "[1080, 1320]", "approximate", "officers")],
    ),
    (
        "The force received 2,430 complaints, of which 212 were upheld.",
        [("2,430", "[2430, 2430]", "bare", "complaints"), ("212", "[212, 212]", "bare", "")],
    ),
    (
        "In 2023, 1,358 people were shot dead by police in the US, up from 1,201.",
        [("1,358", "[1358, 1358]", "bare", "people"), ("1,201", "[1201, 1201]", "bare", "")],
    ),
    ("Juvenile arrests were down 15% from 2019.", [("down 15%", "[0, 1]", "unknown", "")]),
    (
        "Indian police registered 58.2 lakh cognisable crimes in 2022.",
        [("58.2 lakh", "[5815000, 5825000]", "bare", "crimes")],
    ),
    (
        "The NCRB recorded 4.45 lakh crimes against women.",
        [("4.45 lakh", "[442500, 447500]", "bare", "crimes")],
    ),
    (
        "Courts disposed of 2.3 crore cases last year.",
        [("2.3 crore", "[22500000, 23500000]", "bare", "cases")],
    ),
    (
        "The state paid Rs 5 lakh compensation to 12 families.",
        [("12", "[12, 12]", "bare", "families")],
    ),
    (
        "About 4.7 crore cases are pending in courts.",
        [("About 4.7 crore", "[44000000, 50000000]", "approximate", "cases")],
    ),
    (
        "Two boys, aged 14 and 16, were among the 9 arrested.",
        [("Two", "[2, 2]", "bare", "boys"), ("9", "[9, 9]", "bare", "")],
    ),
    (
        "The 45 victims, aged between 3 and 80, were buried on Friday.",
        [("45", "[45, 45]", "bare", "victims")],
    ),
    (
        "The 12 men were held for 3 weeks without charge.",
        [("12", "[12, 12]", "bare", "men"), ("3 weeks", "[3, 3]", "bare", "weeks")],
    ),
    ("The 3-year-old was one of 40 children evacuated.", [("40", "[40, 40]", "bare", "children")]),
    (
        "Nearly 200 people, most in their 20s, were detained for up to 48 hours.",
        [
            ("Nearly 200", "[190, 200)", "upper", "people"),
            ("up to 48 hours", "[45, 48]", "upper", "hours"),
        ],
    ),
    (
        "The 18 suspects, aged 19 to 34, face up to 10 years.",
        [("18", "[18, 18]", "bare", "suspects"), ("up to 10 years", "[5, 10]", "upper", "years")],
    ),
    (
        "After 11 days, 33 miners were rescued.",
        [("11 days", "[11, 11]", "bare", "days"), ("33", "[33, 33]", "bare", "miners")],
    ),
    (
        "Hundreds of people gathered outside the court.",
        [("Hundreds", "[200, 999]", "vague", "people")],
    ),
    (
        "Tens of thousands fled the fighting.",
        [("Tens of thousands", "[20000, 99999]", "vague", "")],
    ),
    (
        "A handful of journalists remain in custody.",
        [("A handful", "[2, 9]", "vague", "journalists")],
    ),
    ("Scores of villages were flooded.", [("Scores", "[40, 199]", "vague", "villages")]),
    (
        "Thousands of homes were destroyed and hundreds damaged.",
        [("Thousands", "[2000, 9999]", "vague", "homes"), ("hundreds", "[200, 999]", "vague", "")],
    ),
    ("Dozens of migrants drowned.", [("Dozens", "[24, 119]", "vague", "migrants")]),
    (
        "Several hundred protesters were detained.",
        [("Several hundred", "[300, 999]", "vague", "protesters")],
    ),
    (
        "A further 12 cases were confirmed on Friday.",
        [("A further 12", "[12, 12]", "bare", "cases")],
    ),
    ("Another 30 people were rescued overnight.", [("Another 30", "[30, 30]", "bare", "people")]),
    (
        "Deaths rose to 250, up from 200 last week.",
        [("250", "[225, 275]", "bare", ""), ("200", "[180, 220]", "bare", "")],
    ),
    ("The figure is down 15% from 2022.", [("down 15%", "[0, 1]", "unknown", "")]),
    ("Admissions nearly doubled to 1,400.", [("1,400", "[1350, 1450]", "bare", "")]),
    (
        "The number of IDPs more than tripled to 3.1 million.",
        [("3.1 million", "[3050000, 3150000]", "bare", "")],
    ),
    (
        "Arrests jumped by 40% to 2,100.",
        [("jumped by 40%", "[0, 1]", "unknown", ""), ("2,100", "[2050, 2150]", "bare", "")],
    ),
    (
        (
            "ECDC: 14 EU/EEA countries reported 2,210 locally acquired cases, up from 1,090 "
            "in the same period last year."
        ),
        [
            ("14", "[14, 14]", "bare", "countries"),
            ("2,210", "[2210, 2210]", "bare", "cases"),
            ("1,090", "[1090, 1090]", "bare", ""),
        ],
    ),
    (
        "Since week 1, 9 deaths have been reported among 1,400 laboratory-confirmed cases.",
        [("9", "[9, 9]", "bare", "deaths"), ("1,400", "[1350, 1450]", "bare", "cases")],
    ),
    (
        "The 7-day notification rate was 12.4 per 100,000 population.",
        [("7-day", "[7, 7]", "bare", "")],
    ),
    (
        "Africa CDC: 17 AU member states have reported 41,000 suspected and 8,900 confirmed cases.",
        [
            ("17", "[17, 17]", "bare", "states"),
            ("41,000", "[40500, 41500]", "bare", "cases"),
            ("8,900", "[8850, 8950]", "bare", "cases"),
        ],
    ),
    (
        "Of these, 1,100 were among children under 5 years of age.",
        [("1,100", "[1050, 1150]", "bare", "")],
    ),
    (
        (
            "ReliefWeb: the floods have displaced 250,000 people in 12 states, of whom 60% "
            "are children."
        ),
        [
            ("250,000", "[225000, 275000]", "bare", "people"),
            ("12", "[12, 12]", "bare", "states"),
            ("60%", "[0.595, 0.605]", "bare", ""),
        ],
    ),
    (
        (
            "DREF operation: 5,000 households (25,000 people) will receive cash grants of CHF"
            " 100 each."
        ),
        [
            ("5,000", "[4500, 5500]", "bare", "households"),
            ("25,000", "[22500, 27500]", "bare", "people"),
        ],
    ),
    (
        "The NDRRMC reported 41 dead, 12 missing and 110 injured.",
        [
            ("41", "[41, 41]", "bare", ""),
            ("12", "[12, 12]", "bare", ""),
            ("110", "[105, 115]", "bare", ""),
        ],
    ),
    (
        "Some 2.3 lakh people were moved to relief camps.",
        [("Some 2.3 lakh", "[207000, 253000]", "approximate", "people")],
    ),
    (
        "The state has set up 1,200 relief camps housing nearly 3 lakh people.",
        [
            ("1,200", "[1150, 1250]", "bare", "camps"),
            ("nearly 3 lakh", "[285000, 300000)", "upper", "people"),
        ],
    ),
    (
        "An estimated 1.5 crore people in 28 districts are affected.",
        [
            ("An estimated 1.5 crore", "[13500000, 16500000]", "approximate", "people"),
            ("28", "[28, 28]", "bare", "districts"),
        ],
    ),
    (
        "Nearly 500 homes were washed away and a further 1,300 partially damaged.",
        [
            ("Nearly 500", "[475, 500)", "upper", "homes"),
            ("a further 1,300", "[1250, 1350]", "bare", ""),
        ],
    ),
    (
        "Over 70 landslides were reported across 9 districts.",
        [("Over 70", "(70, 77]", "lower", "landslides"), ("9", "[9, 9]", "bare", "districts")],
    ),
    ("The quake, the 2nd in a week, injured 300.", [("300", "[270, 330]", "bare", "")]),
    ("It was the deadliest storm in 30 years.", [("30 years", "[30, 30]", "bare", "years")]),
    (
        "Frontex: irregular crossings fell 38% to 239,000 in 2024.",
        [("fell 38%", "[0, 1]", "unknown", ""), ("239,000", "[239000, 239000]", "bare", "")],
    ),
    (
        "IOM: at least 2,452 people died or went missing on the Central Mediterranean route.",
        [("at least 2,452", "[2452, 2455]", "lower", "people")],
    ),
    (
        "More than 1,000 migrants were returned to Libya in the first week of June alone.",
        [("More than 1,000", "(1000, 1500]", "lower", "migrants")],
    ),
    (
        "Some 60 Afghans were deported daily.",
        [("Some 60 Afghans were deported daily", "[0, +inf)", "unknown", "Afghans")],
    ),
    (
        "The camp, designed for 3,000, now houses over 12,000.",
        [
            ("designed for 3,000", "[0, +inf)", "unknown", ""),
            ("over 12,000", "(12000, 13200]", "lower", ""),
        ],
    ),
    (
        "Amnesty: at least 1,153 executions were recorded in 2023, the highest number since 2015.",
        [("at least 1,153", "[1153, 1156]", "lower", "executions")],
    ),
    (
        "HRW: over 100 detainees have died in custody since 2021.",
        [("over 100", "(100, 150]", "lower", "detainees")],
    ),
    (
        "Occupancy stood at 99%, and 13 of 120 prisons were overcrowded.",
        [
            ("99%", "[0.985, 0.995]", "bare", ""),
            ("13", "[13, 13]", "bare", "prisons"),
            ("120", "[115, 125]", "bare", "prisons"),
        ],
    ),
    (
        "A total of 3,214 prisoners were released under the amnesty.",
        [("A total of 3,214", "[3214, 3214]", "exact", "prisoners")],
    ),
    (
        "Around 40% of inmates are on remand.",
        [("Around 40%", "[0.36, 0.44]", "approximate", "inmates")],
    ),
    (
        "Election observers documented 34 killings, 210 assaults and 57 abductions.",
        [
            ("34", "[34, 34]", "bare", "killings"),
            ("210", "[205, 215]", "bare", "assaults"),
            ("57", "[57, 57]", "bare", "abductions"),
        ],
    ),
    (
        "At least 5 polling officials were among the dead.",
        [("At least 5", "[5, 6]", "lower", "officials")],
    ),
    (
        "Police fired tear gas on hundreds of protesters and arrested 78.",
        [("hundreds", "[200, 999]", "vague", "protesters"), ("78", "[78, 78]", "bare", "")],
    ),
    (
        "Over 2,000 opposition activists have been jailed since the 2020 vote.",
        [("Over 2,000", "(2000, 2500]", "lower", "activists")],
    ),
    (
        (
            "CPJ: 45 journalists have been killed in Gaza since October 7, the deadliest "
            "period for journalists since CPJ began collecting data in 1992."
        ),
        [("45", "[45, 45]", "bare", "journalists")],
    ),
    ("RSF: the country fell to 161st place out of 180.", [("180", "[175, 185]", "bare", "")]),
    (
        "At least 10 media outlets were shut down and 3 journalists expelled.",
        [("At least 10", "[10, 15]", "lower", "outlets"), ("3", "[3, 3]", "bare", "journalists")],
    ),
    (
        "Home Office statistics show 110,000 stop and searches in the year ending March 2024.",
        [("110,000", "[105000, 115000]", "bare", "")],
    ),
    (
        "Police recorded 1,208 firearms offences, a decrease of 8%.",
        [
            ("1,208", "[1208, 1208]", "bare", "offences"),
            ("decrease of 8%", "[0, 1]", "unknown", ""),
        ],
    ),
    (
        "The Crown Prosecution Service charged 4,000 defendants, down 15% from the previous year.",
        [("4,000", "[3600, 4400]", "bare", "defendants"), ("down 15%", "[0, 1]", "unknown", "")],
    ),
    (
        "The US Department of Justice reported 1.2 million violent victimizations.",
        [("1.2 million", "[1150000, 1250000]", "bare", "victimizations")],
    ),
    (
        "The FBI recorded 19,252 murders in 2023, down from 21,156 in 2022.",
        [("19,252", "[19252, 19252]", "bare", "murders"), ("21,156", "[21156, 21156]", "bare", "")],
    ),
    (
        "The Supreme Court has 80,000 cases pending, including 10,000 older than 10 years.",
        [
            ("80,000", "[75000, 85000]", "bare", "cases"),
            ("10,000", "[9000, 11000]", "bare", ""),
            ("older than 10 years", "[0, +inf)", "unknown", "years"),
        ],
    ),
    (
        "In 2022, 4.7 crore cases were pending across all courts.",
        [("4.7 crore", "[46500000, 47500000]", "bare", "cases")],
    ),
    (
        "Over 5 lakh undertrial prisoners were held in Indian jails.",
        [("Over 5 lakh", "(500000, 550000]", "lower", "prisoners")],
    ),
    (
        "Police seized Rs 2 crore in cash and arrested 14 people.",
        [("14", "[14, 14]", "bare", "people")],
    ),
    (
        "The government announced $2m for 3,000 families affected by the fire.",
        [("3,000", "[2700, 3300]", "bare", "families")],
    ),
    (
        "A grant of $500 per family will reach 1,200 households.",
        [("1,200", "[1150, 1250]", "bare", "households")],
    ),
    (
        "Two 16-year-olds and a 19-year-old were among the 11 charged.",
        [("Two", "[2, 2]", "bare", "16-year-olds"), ("11", "[11, 11]", "bare", "")],
    ),
    (
        "The 23 miners, trapped for 17 days, were all rescued.",
        [("23", "[23, 23]", "bare", "miners"), ("17 days", "[17, 17]", "bare", "days")],
    ),
    (
        "A 72-hour ceasefire allowed 400 civilians to leave.",
        [("72-hour", "[72, 72]", "bare", ""), ("400", "[360, 440]", "bare", "civilians")],
    ),
    (
        "The children, aged 3 to 15, were held for 2 months.",
        [("2 months", "[2, 2]", "bare", "months")],
    ),
    (
        "Nearly 40 people aged over 65 died in the heatwave.",
        [("Nearly 40", "[38, 40)", "upper", "people")],
    ),
    (
        "Hundreds were arrested and scores injured.",
        [("Hundreds", "[200, 999]", "vague", ""), ("scores", "[40, 199]", "vague", "")],
    ),
    ("A handful of cases were reported in the north.", [("A handful", "[2, 9]", "vague", "cases")]),
    (
        "Tens of thousands of people marched, and thousands more joined online.",
        [
            ("Tens of thousands", "[20000, 99999]", "vague", "people"),
            ("thousands more", "[2000, 9999]", "vague", ""),
        ],
    ),
    (
        "Dozens of journalists have fled the country.",
        [("Dozens", "[24, 119]", "vague", "journalists")],
    ),
    (
        "Several thousand people remain displaced.",
        [("Several thousand", "[3000, 9999]", "vague", "people")],
    ),
    (
        "Deaths rose to 82, up from 71 a day earlier.",
        [("82", "[82, 82]", "bare", ""), ("71", "[71, 71]", "bare", "")],
    ),
    ("Migrant arrivals were down 60% from 2023.", [("down 60%", "[0, 1]", "unknown", "")]),
    ("The number of detainees nearly tripled to 2,100.", [("2,100", "[2050, 2150]", "bare", "")]),
    ("Cases have more than doubled to 1,450 since March.", [("1,450", "[1450, 1450]", "bare", "")]),
    (
        "Infections dropped by a third to 300.",
        [("dropped by a third", "[0, 1]", "unknown", ""), ("300", "[270, 330]", "bare", "")],
    ),
    (
        "A further 27 deaths were confirmed overnight, bringing the toll to 412.",
        [("A further 27", "[27, 27]", "bare", "deaths"), ("412", "[412, 412]", "bare", "")],
    ),
    (
        "Another 1,500 families were displaced by fresh clashes.",
        [("Another 1,500", "[1350, 1650]", "bare", "families")],
    ),
    ("It was the 12th attack on health facilities this year.", []),
    ("The country ranked 3rd in the Global Terrorism Index.", []),
    ("Her 3rd arrest came after 2 years in exile.", [("2 years", "[2, 2]", "bare", "years")]),
    ("The unit lost its 4th commander in as many months.", []),
    (
        "Twelve health workers and 3 ambulance drivers were killed.",
        [("Twelve", "[12, 12]", "bare", "workers"), ("3", "[3, 3]", "bare", "drivers")],
    ),
    (
        "40 civil defence volunteers and 2 firefighters were injured.",
        [("40", "[40, 40]", "bare", "volunteers"), ("2", "[2, 2]", "bare", "firefighters")],
    ),
    (
        "Seven UN staff members and 2 contractors died.",
        [("Seven", "[7, 7]", "bare", "members"), ("2", "[2, 2]", "bare", "contractors")],
    ),
    (
        "Three aid workers, two of them women, were abducted.",
        [("Three", "[3, 3]", "bare", "workers"), ("two", "[2, 2]", "bare", "")],
    ),
    ("The strike killed 5 Red Crescent paramedics.", [("5", "[5, 5]", "bare", "paramedics")]),
    (
        "Police detained 12 student protesters and 4 opposition lawmakers.",
        [("12", "[12, 12]", "bare", "protesters"), ("4", "[4, 4]", "bare", "lawmakers")],
    ),
    (
        "Floods damaged 300 school buildings and 45 health posts.",
        [("300", "[270, 330]", "bare", "buildings"), ("45", "[45, 45]", "bare", "posts")],
    ),
    (
        "Some 70% of the population needs humanitarian assistance.",
        [("Some 70%", "[0.63, 0.77]", "approximate", "")],
    ),
    ("The population faces severe shortages.", []),
    (
        "Of 3,400 suspected measles cases, 1,200 were confirmed and 45 were probable.",
        [
            ("3,400", "[3350, 3450]", "bare", "cases"),
            ("1,200", "[1150, 1250]", "bare", ""),
            ("45", "[45, 45]", "bare", ""),
        ],
    ),
    (
        "The outbreak: 120 confirmed, 340 suspected and 18 probable cases.",
        [
            ("120", "[115, 125]", "bare", "cases"),
            ("340", "[335, 345]", "bare", "cases"),
            ("18", "[18, 18]", "bare", "cases"),
        ],
    ),
    (
        "The ministry reported 56 confirmed cholera deaths and 240 suspected cholera deaths.",
        [("56", "[56, 56]", "bare", "deaths"), ("240", "[235, 245]", "bare", "deaths")],
    ),
    (
        "The toll stood at 7 in the north and 5 in the south.",
        [("7", "[7, 7]", "bare", ""), ("5", "[5, 5]", "bare", "")],
    ),
    (
        "Cases rose to 12 in Gaza and 9 in the West Bank.",
        [("12", "[12, 12]", "bare", ""), ("9", "[9, 9]", "bare", "")],
    ),
    (
        "Arrests numbered 40 in 2022, 55 in 2023 and 61 in 2024.",
        [
            ("40", "[40, 40]", "bare", ""),
            ("55", "[55, 55]", "bare", ""),
            ("61", "[61, 61]", "bare", ""),
        ],
    ),
    (
        "Arrests rose from 40 in 2022 to 55 in 2023.",
        [("40", "[40, 40]", "bare", ""), ("55", "[55, 55]", "bare", "")],
    ),
    (
        "The figures were 120 in Kassala, 85 in Gedaref and 40 in Blue Nile.",
        [
            ("120", "[115, 125]", "bare", ""),
            ("85", "[85, 85]", "bare", ""),
            ("40", "[40, 40]", "bare", ""),
        ],
    ),
    (
        "The count was 2,300 in 2022 and 2,450 in 2023, respectively.",
        [("2,300", "[2250, 2350]", "bare", ""), ("2,450", "[2450, 2450]", "bare", "")],
    ),
    (
        "Arrests: 40 (2022), 55 (2023), 61 (2024).",
        [
            ("40", "[40, 40]", "bare", ""),
            ("55", "[55, 55]", "bare", ""),
            ("61", "[61, 61]", "bare", ""),
        ],
    ),
    (
        "Detentions totalled 412 in 2021, 530 in 2022.",
        [("412", "[412, 412]", "bare", ""), ("530", "[525, 535]", "bare", "")],
    ),
    (
        "Journalists killed: 2022, 67; 2023, 99.",
        [("67", "[67, 67]", "bare", ""), ("99", "[99, 99]", "bare", "")],
    ),
    (
        "The toll stood at 7 and 5 in the north and south respectively.",
        [("7", "[7, 7]", "bare", ""), ("5", "[5, 5]", "bare", "")],
    ),
    (
        "There were 40 in 2022 vs 55 in 2023.",
        [("40", "[40, 40]", "bare", ""), ("55", "[55, 55]", "bare", "")],
    ),
    (
        "Deaths stood at 7 in the north, against 5 in the south.",
        [("7", "[7, 7]", "bare", ""), ("5", "[5, 5]", "bare", "")],
    ),
    ("3 aid workers were detained at a checkpoint.", [("3", "[3, 3]", "bare", "workers")]),
    ("The army said 300 border guards deserted.", [("300", "[270, 330]", "bare", "guards")]),
    ("Police arrested 12 protest leaders.", [("12", "[12, 12]", "bare", "leaders")]),
    ("The strike hit 3 police stations.", [("3", "[3, 3]", "bare", "stations")]),
    (
        "About 300 human rights defenders were detained.",
        [("About 300", "[270, 330]", "approximate", "defenders")],
    ),
    ("5 polling station staff were injured.", [("5", "[5, 5]", "bare", "staff")]),
    ("300 lost homes in the fire.", [("300", "[270, 330]", "bare", "")]),
    ("12 face charges of rioting.", [("12", "[12, 12]", "bare", "")]),
    ("The agency gave 300 families blankets.", [("300", "[270, 330]", "bare", "families")]),
    ("There were 300 suspected cholera cases.", [("300", "[270, 330]", "bare", "cases")]),
    (
        "Officials reported 45 confirmed measles cases and 3 deaths.",
        [("45", "[45, 45]", "bare", "cases"), ("3", "[3, 3]", "bare", "deaths")],
    ),
    ("12 probable cases were reported.", [("12", "[12, 12]", "bare", "cases")]),
    ("12 people suspected of spying were arrested.", [("12", "[12, 12]", "bare", "people")]),
    ("300 suspected militants were killed.", [("300", "[270, 330]", "bare", "militants")]),
    ("300 feared dead.", [("300 feared dead", "[0, +inf)", "unknown", "")]),
    ("300 believed killed in the attack.", [("300 believed killed", "[0, +inf)", "unknown", "")]),
    (
        "It killed 300 and 40 prisoners were freed.",
        [("300", "[270, 330]", "bare", ""), ("40", "[40, 40]", "bare", "prisoners")],
    ),
    (
        "Cholera: 2,345 cases (1,200 suspected, 1,145 confirmed) and 35 deaths (CFR 1.5%).",
        [
            ("2,345", "[2345, 2345]", "bare", "cases"),
            ("1,200", "[1150, 1250]", "bare", "cases"),
            ("1,145", "[1145, 1145]", "bare", "cases"),
            ("35", "[35, 35]", "bare", "deaths"),
            ("1.5%", "[0.0145, 0.0155]", "bare", ""),
        ],
    ),
    (
        "The DREF of CHF 250,000 will support 1,500 households (7,500 people) for 4 months.",
        [
            ("1,500", "[1350, 1650]", "bare", "households"),
            ("7,500", "[7250, 7750]", "bare", "people"),
            ("4 months", "[4, 4]", "bare", "months"),
        ],
    ),
    (
        "UNHCR said 1.3 lakh Rohingya refugees had arrived since August.",
        [("1.3 lakh", "[125000, 135000]", "bare", "refugees")],
    ),
    (
        "Police said 2 lakh people attended the rally, organisers claimed 5 lakh.",
        [
            ("2 lakh", "[180000, 220000]", "bare", "people"),
            ("5 lakh", "[450000, 550000]", "bare", ""),
        ],
    ),
    (
        "The 1st and 2nd waves killed 40 and 61 people respectively.",
        [("40", "[40, 40]", "bare", ""), ("61", "[61, 61]", "bare", "people")],
    ),
    (
        "For the 3rd year running, more than 100 journalists were killed.",
        [("more than 100", "(100, 150]", "lower", "journalists")],
    ),
    (
        "The 2 detainees, aged 17 and 19, were released after 45 days.",
        [("2", "[2, 2]", "bare", "detainees"), ("45 days", "[45, 45]", "bare", "days")],
    ),
    (
        "A 9-year-old girl was among the 14 killed in the 3rd strike this week.",
        [("14", "[14, 14]", "bare", "")],
    ),
    (
        "Some 1,500 families received $300 each.",
        [("Some 1,500", "[1350, 1650]", "approximate", "families")],
    ),
    (
        "$1.2 million was released to help 40,000 people in 12 districts.",
        [("40,000", "[36000, 44000]", "bare", "people"), ("12", "[12, 12]", "bare", "districts")],
    ),
    (
        "Over 3,000 people, including 1,200 children under 18, were displaced for 3 weeks.",
        [
            ("Over 3,000", "(3000, 3500]", "lower", "people"),
            ("1,200", "[1150, 1250]", "bare", "children"),
            ("3 weeks", "[3, 3]", "bare", "weeks"),
        ],
    ),
    (
        "In the past 24 hours, 17 new cases and 2 deaths were reported.",
        [
            ("24 hours", "[24, 24]", "bare", "hours"),
            ("17", "[17, 17]", "bare", "cases"),
            ("2", "[2, 2]", "bare", "deaths"),
        ],
    ),
    (
        "The 14-day incidence rose to 45 cases per 100,000.",
        [
            ("14-day", "[14, 14]", "bare", ""),
            ("45 cases per 100,000", "[0, +inf)", "unknown", "cases"),
        ],
    ),
    (
        "Total cases reached 12,400, up from 9,800 a fortnight earlier, a 27% increase.",
        [
            ("12,400", "[12400, 12400]", "bare", ""),
            ("9,800", "[9750, 9850]", "bare", ""),
            ("27%", "[0.265, 0.275]", "bare", ""),
        ],
    ),
    (
        "Arrivals fell to 8,700, down 21% from 11,000 in June.",
        [
            ("8,700", "[8650, 8750]", "bare", ""),
            ("down 21%", "[0, 1]", "unknown", ""),
            ("11,000", "[10500, 11500]", "bare", ""),
        ],
    ),
    (
        "The number of pending cases is down 15% from its peak of 5.2 crore.",
        [("down 15%", "[0, 1]", "unknown", ""), ("5.2 crore", "[51500000, 52500000]", "bare", "")],
    ),
    (
        "The toll now stands at 1,147, a further 41 since yesterday.",
        [("1,147", "[1147, 1147]", "bare", ""), ("a further 41", "[41, 41]", "bare", "")],
    ),
    (
        "An additional 2,000 troops and 300 police officers were deployed.",
        [
            ("An additional 2,000", "[1800, 2200]", "bare", "troops"),
            ("300", "[270, 330]", "bare", "officers"),
        ],
    ),
    (
        "Tens of thousands were evacuated and a handful remain unaccounted for.",
        [
            ("Tens of thousands", "[20000, 99999]", "vague", ""),
            ("a handful", "[2, 9]", "vague", ""),
        ],
    ),
    (
        "There were scores of arrests but only a handful of charges.",
        [
            ("scores", "[40, 199]", "vague", "arrests"),
            ("only a handful", "[2, 9]", "vague", "charges"),
        ],
    ),
    (
        "Hundreds of thousands of people lack shelter.",
        [("Hundreds of thousands", "[200000, 999999]", "vague", "people")],
    ),
    (
        "Between 3,000 and 4,000 migrants are stranded at the border.",
        [("Between 3,000 and 4,000", "[3000, 4000]", "range", "migrants")],
    ),
    (
        "Around 120 election-related incidents were logged, up from 80 in the first round.",
        [("Around 120", "[108, 132]", "approximate", "incidents"), ("80", "[80, 80]", "bare", "")],
    ),
    (
        "The 12 opposition MPs were detained for 48 hours.",
        [("12", "[12, 12]", "bare", "MPs"), ("48 hours", "[48, 48]", "bare", "hours")],
    ),
    (
        "Three of the 5 detained journalists were later freed.",
        [("Three", "[3, 3]", "bare", "journalists"), ("5", "[5, 5]", "bare", "journalists")],
    ),
    (
        "The court sentenced 4 men to 20 years each.",
        [("4", "[4, 4]", "bare", "men"), ("20 years each", "[0, +inf)", "unknown", "years")],
    ),
    (
        "Fewer than 10 women were among the 230 candidates.",
        [
            ("Fewer than 10", "[5, 10)", "upper", "women"),
            ("230", "[225, 235]", "bare", "candidates"),
        ],
    ),
    (
        "The number of prisoners on death row rose to 1,250, nearly doubling since 2015.",
        [("1,250", "[1250, 1250]", "bare", "")],
    ),
    (
        "Deaths in custody more than doubled, from 12 in 2021 to 27 in 2022.",
        [("12", "[12, 12]", "bare", ""), ("27", "[27, 27]", "bare", "")],
    ),
    (
        "Some 4.4 million people need food aid, 1.2 million of them children.",
        [
            ("Some 4.4 million", "[4100000, 4700000]", "approximate", "people"),
            ("1.2 million", "[1150000, 1250000]", "bare", ""),
        ],
    ),
    (
        "The quake, of magnitude 7.8, killed 50,000 people in 11 provinces.",
        [("50,000", "[45000, 55000]", "bare", "people"), ("11", "[11, 11]", "bare", "provinces")],
    ),
    (
        "The 500-bed hospital treated 2,300 patients in 3 days.",
        [
            ("500-bed", "[0, +inf)", "unknown", ""),
            ("2,300", "[2250, 2350]", "bare", "patients"),
            ("3 days", "[3, 3]", "bare", "days"),
        ],
    ),
    (
        "Police deployed 20,000 officers to 1,500 polling booths.",
        [
            ("20,000", "[18000, 22000]", "bare", "officers"),
            ("1,500", "[1350, 1650]", "bare", "booths"),
        ],
    ),
    (
        "The floods killed 1,700 and displaced 8 million, the NDMA said.",
        [("1,700", "[1650, 1750]", "bare", ""), ("8 million", "[7500000, 8500000]", "bare", "")],
    ),
    (
        "Migrants paid smugglers €5,000 each for the 3-day crossing.",
        [("3-day", "[3, 3]", "bare", "")],
    ),
    (
        "The death toll from the floods has climbed to 1,033, with 2.1 lakh houses damaged.",
        [("1,033", "[1033, 1033]", "bare", ""), ("2.1 lakh", "[205000, 215000]", "bare", "houses")],
    ),
    (
        (
            "Over 10 lakh people have been affected in 19 districts, and 1.5 lakh are in 700 "
            "relief camps."
        ),
        [
            ("Over 10 lakh", "(1000000, 1500000]", "lower", "people"),
            ("19", "[19, 19]", "bare", "districts"),
            ("1.5 lakh", "[135000, 165000]", "bare", ""),
            ("700", "[650, 750]", "bare", "camps"),
        ],
    ),
    (
        (
            "The state government announced ex gratia of Rs 4 lakh each to the families of "
            "the 47 deceased."
        ),
        [("47", "[47, 47]", "bare", "")],
    ),
    ("About 2,500 crore rupees of crops were lost.", []),
    (
        "A 7.8-magnitude quake left 59,259 dead across 11 provinces.",
        [("59,259", "[59259, 59259]", "bare", ""), ("11", "[11, 11]", "bare", "provinces")],
    ),
    (
        "The IFRC appeal seeks CHF 20 million to reach 300,000 people over 18 months.",
        [
            ("300,000", "[270000, 330000]", "bare", "people"),
            ("over 18 months", "[0, +inf)", "unknown", "months"),
        ],
    ),
    (
        "Frontex said the number of detections on the Western Balkans route fell by 31% to 99,000.",
        [("fell by 31%", "[0, 1]", "unknown", ""), ("99,000", "[98500, 99500]", "bare", "")],
    ),
    (
        "Some 2,500 people died or went missing in the Mediterranean last year, a 60% increase.",
        [
            ("Some 2,500", "[2250, 2750]", "approximate", "people"),
            ("60%", "[0.595, 0.605]", "bare", ""),
        ],
    ),
    (
        "The IOM recorded 8,565 migrant deaths worldwide in 2023, the deadliest year on record.",
        [("8,565", "[8565, 8565]", "bare", "deaths")],
    ),
    (
        "Of the 91 people on board, 4 survived.",
        [("91", "[91, 91]", "bare", "people"), ("4", "[4, 4]", "bare", "")],
    ),
    (
        "HRW interviewed 45 former detainees, 12 of whom reported torture.",
        [("45", "[45, 45]", "bare", "detainees"), ("12", "[12, 12]", "bare", "")],
    ),
    (
        (
            "At least 1,500 people have been detained since the protests began, according to "
            "rights groups, including 200 minors."
        ),
        [
            ("At least 1,500", "[1500, 1750]", "lower", "people"),
            ("200", "[180, 220]", "bare", "minors"),
        ],
    ),
    (
        "The jail, which holds 3 times its capacity of 1,200, recorded 14 deaths.",
        [("capacity of 1,200", "[0, +inf)", "unknown", ""), ("14", "[14, 14]", "bare", "deaths")],
    ),
    (
        "Election day saw 3 dead and 40 injured in 12 separate incidents.",
        [
            ("3", "[3, 3]", "bare", ""),
            ("40", "[40, 40]", "bare", ""),
            ("12", "[12, 12]", "bare", "incidents"),
        ],
    ),
    (
        "In the 2019 election, 8 people were killed; in 2024, 23.",
        [("8", "[8, 8]", "bare", "people"), ("23", "[23, 23]", "bare", "")],
    ),
    (
        "CPJ documented 361 journalists behind bars, the second-highest number on record.",
        [("361", "[361, 361]", "bare", "journalists")],
    ),
    (
        "RSF counted 550 journalists detained worldwide, 7% more than in 2022.",
        [("550", "[525, 575]", "bare", "journalists"), ("7% more than", "[0, 1]", "unknown", "")],
    ),
    ("The Met charged 1 in 20 suspects.", [("1 in 20", "[0.05, 0.05]", "bare", "suspects")]),
    (
        "Knife offences rose 7% to 50,510 in the year ending March.",
        [("rose 7%", "[0, 1]", "unknown", ""), ("50,510", "[50510, 50510]", "bare", "")],
    ),
    (
        "The backlog reached 4.4 crore cases in district courts and 60 lakh in high courts.",
        [
            ("4.4 crore", "[43500000, 44500000]", "bare", "cases"),
            ("60 lakh", "[5500000, 6500000]", "bare", ""),
        ],
    ),
    (
        "Around 30,000 officers, 8,000 of them armed, were on duty.",
        [
            ("Around 30,000", "[27000, 33000]", "approximate", "officers"),
            ("8,000", "[7500, 8500]", "bare", ""),
        ],
    ),
    (
        "The 3 suspects, 2 men aged 24 and 31 and a 17-year-old boy, were charged.",
        [("3", "[3, 3]", "bare", "suspects"), ("2", "[2, 2]", "bare", "men")],
    ),
    (
        "Some 12,000 people spent a 2nd night in shelters.",
        [("Some 12,000", "[10800, 13200]", "approximate", "people")],
    ),
    (
        "Only a handful of the 300 families have returned.",
        [
            ("Only a handful", "[2, 9]", "vague", "families"),
            ("300", "[270, 330]", "bare", "families"),
        ],
    ),
    (
        "Tens of thousands of refugees, most of them women and children, crossed in 3 days.",
        [
            ("Tens of thousands", "[20000, 99999]", "vague", "refugees"),
            ("3 days", "[3, 3]", "bare", "days"),
        ],
    ),
    (
        "Scores were killed and hundreds more wounded.",
        [("Scores", "[40, 199]", "vague", ""), ("hundreds more", "[200, 999]", "vague", "")],
    ),
    (
        "The WHO reported 2,874 new cases in the past 7 days, down 15% from the previous 7 days.",
        [
            ("2,874", "[2874, 2874]", "bare", "cases"),
            ("7 days", "[7, 7]", "bare", "days"),
            ("down 15%", "[0, 1]", "unknown", ""),
            ("7 days", "[7, 7]", "bare", "days"),
        ],
    ),
    (
        "Vaccination coverage stood at 62% in urban areas and 41% in rural ones.",
        [("62%", "[0.615, 0.625]", "bare", ""), ("41%", "[0.405, 0.415]", "bare", "")],
    ),
    (
        "There were 15 deaths in Kasai and 9 in Kinshasa, and 4 in Tshopo.",
        [
            ("15", "[15, 15]", "bare", "deaths"),
            ("9", "[9, 9]", "bare", ""),
            ("4", "[4, 4]", "bare", ""),
        ],
    ),
    (
        "In Sudan alone, 11 million people have been displaced, up from 8 million in January.",
        [
            ("11 million", "[10500000, 11500000]", "bare", "people"),
            ("8 million", "[7500000, 8500000]", "bare", ""),
        ],
    ),
    (
        "Another 40,000 fled in the past week, bringing the total to 250,000.",
        [
            ("Another 40,000", "[36000, 44000]", "bare", ""),
            ("250,000", "[225000, 275000]", "bare", ""),
        ],
    ),
    (
        "The number nearly doubled, from 1,500 to 2,900.",
        [("1,500", "[1350, 1650]", "bare", ""), ("2,900", "[2850, 2950]", "bare", "")],
    ),
]


@pytest.mark.parametrize(("prose", "found"), DOMAINS)
def test_a_sentence_of_a_new_domain_reads_as_a_coder_reads_it(
    prose: str, found: list[Read]
) -> None:
    """Every figure of the sentence, with its words, interval, kind and noun, and nothing
    else."""
    assert read(prose) == found


def test_the_table_is_large_and_its_sentences_are_new() -> None:
    """Some 270 sentences, none repeated."""
    sentences = [prose for prose, _ in DOMAINS]
    assert len(sentences) >= 270
    assert len(set(sentences)) == len(sentences)


@pytest.mark.parametrize(
    ("prose", "noun"),
    [
        ("12 health workers were killed.", "workers"),
        ("Three aid workers were abducted.", "workers"),
        ("40 civil defence volunteers were hurt.", "volunteers"),
        ("7 UN staff members died.", "members"),
        ("Police held 230 opposition supporters.", "supporters"),
        ("Some 2,000 emergency shelters were sent.", "shelters"),
        ("Frontex counted 380,000 irregular border crossings.", "crossings"),
        ("Scores of health workers were infected.", "workers"),
        ("About 300 human rights defenders were held.", "defenders"),
        ("Police recorded 1,208 firearms offences.", "offences"),
        ("Two 16-year-olds were charged.", "16-year-olds"),
    ],
)
def test_a_count_before_a_noun_phrase_with_a_modifier_named_no_noun(prose: str, noun: str) -> None:
    """The noun counted is the head that ends the noun phrase after the number, past the
    nouns said before it, as for "12 workers"."""
    (m,) = extract(prose)
    assert m.noun == noun
    assert m.unread is None


@pytest.mark.parametrize(
    "prose",
    [
        "300 lost homes in the fire.",
        "12 face charges of rioting.",
        "40 need beds urgently.",
        "Some 70% of the population needs aid.",
        "Up to 70% of the population lacks access to water.",
        "A 72-hour ceasefire allowed civilians to leave.",
        "300 killed, officials said.",
    ],
)
def test_a_verb_after_a_count_or_a_noun_is_no_noun_counted(prose: str) -> None:
    """A verb the count or a singular noun is the subject of ends the noun phrase: no
    plural after it is the noun counted."""
    assert [m.noun for m in extract(prose)] == [""]


def test_after_a_verb_of_giving_the_first_plural_is_counted() -> None:
    """ "gave 300 families blankets" counts families, the receivers."""
    assert [m.noun for m in extract("The agency gave 300 families blankets.")] == ["families"]


@pytest.mark.parametrize(
    ("prose", "text", "interval", "noun"),
    [
        ("There were 300 suspected cholera cases.", "300", "[270, 330]", "cases"),
        ("In week 32, 87 new suspected cholera cases were notified.", "87", "[87, 87]", "cases"),
        ("More than 1,000 suspected dengue cases.", "More than 1,000", "(1000, 1500]", "cases"),
        ("Officials reported 45 confirmed measles cases.", "45", "[45, 45]", "cases"),
        ("12 probable cases were reported.", "12", "[12, 12]", "cases"),
        ("There were 5 presumed cases.", "5", "[5, 5]", "cases"),
        ("Tens of thousands of suspected cases.", "Tens of thousands", "[20000, 99999]", "cases"),
        ("240 suspected cholera deaths were recorded.", "240", "[235, 245]", "deaths"),
        ("300 suspected militants were killed.", "300", "[270, 330]", "militants"),
    ],
)
def test_a_qualifier_and_a_disease_before_cases_were_read_as_unread(
    prose: str, text: str, interval: str, noun: str
) -> None:
    """ "suspected cholera cases" is a count of cases, read as "confirmed cases" is, never
    unread: the participle is said of the cases, not of the count."""
    (m,) = extract(prose)
    assert (m.text, str(m.amount.interval), m.noun, m.unread) == (text, interval, noun, None)


@pytest.mark.parametrize(
    ("prose", "unread"),
    [
        ("300 feared dead.", "feared dead"),
        ("300 believed killed in the attack.", "believed killed"),
        ("300 people are believed killed.", "people are believed"),
    ],
)
def test_a_participle_of_belief_said_of_the_count_stays_unread(prose: str, unread: str) -> None:
    """A belief with no noun after it is said of the count: it stays unread."""
    (m,) = extract(prose)
    assert (m.unread, m.amount.kind) == (unread, "unknown")


@pytest.mark.parametrize(
    ("prose", "nouns"),
    [
        (
            "Africa CDC reported 41,000 suspected and 8,900 confirmed cases.",
            ["cases", "cases"],
        ),
        ("The outbreak: 120 confirmed, 340 suspected and 18 probable cases.", ["cases"] * 3),
        ("There were 120 laboratory-confirmed and 45 probable deaths.", ["deaths"] * 2),
        ("It killed 300 and 40 prisoners were freed.", ["", "prisoners"]),
        ("Ebola: 38 confirmed, 12 probable, 27 deaths.", ["", "", "deaths"]),
        ("Mpox: 1,102 suspected cases, 211 confirmed, 19 deaths.", ["cases", "", "deaths"]),
        ("The toll: 300 killed, and 40 wounded soldiers.", ["", "soldiers"]),
    ],
)
def test_counts_of_sorted_cases_share_the_noun_said_after_the_last(
    prose: str, nouns: list[str]
) -> None:
    """In a list of counts sorted as suspected, confirmed or probable, the noun after the
    last is each one's when it is so sorted too; a verb, a participle of harm or a count
    not so sorted shares none."""
    assert [m.noun for m in extract(prose)] == nouns


@pytest.mark.parametrize(
    ("prose", "values"),
    [
        ("The toll stood at 7 in the north and 5 in the south.", [7, 5]),
        ("Cases rose to 12 in Gaza and 9 in the West Bank.", [12, 9]),
        ("Arrests numbered 40 in 2022, 55 in 2023 and 61 in 2024.", [40, 55, 61]),
        ("Arrests: 40 (2022), 55 (2023), 61 (2024).", [40, 55, 61]),
        ("Journalists killed: 2022, 67; 2023, 99.", [67, 99]),
        ("The count was 2,300 in 2022 and 2,450 in 2023, respectively.", [2300, 2450]),
        ("The figures were 120 in Kassala, 85 in Gedaref and 40 in Blue Nile.", [120, 85, 40]),
        ("Arrests rose from 40 in 2022 to 55 in 2023.", [40, 55]),
    ],
)
def test_each_value_of_a_list_is_its_own_figure(prose: str, values: list[int]) -> None:
    """A statistic's values said with their places or years are one figure each, never one
    merged range, and no year is a count."""
    found = extract(prose)
    assert [m.amount.nominal for m in found] == values
    assert all(m.amount.kind == "bare" for m in found)


@pytest.mark.parametrize(
    ("prose", "text", "nominal"),
    [
        ("Case numbers nearly doubled to 4,300 in August.", "4,300", 4300),
        ("The number of IDPs more than tripled to 3.1 million.", "3.1 million", 3_100_000),
        ("Arrests almost halved to 210.", "210", 210),
        ("Deaths roughly quadrupled to 1,450.", "1,450", 1450),
    ],
)
def test_a_hedge_before_a_verb_of_change_made_the_level_unread(
    prose: str, text: str, nominal: int
) -> None:
    """ "nearly doubled to 4,300": "nearly" is said of the doubling; the level reached is
    said plainly and read as a bare figure."""
    (m,) = extract(prose)
    assert (m.text, m.amount.kind, m.amount.nominal, m.unread) == (text, "bare", nominal, None)


def test_a_hedge_of_the_level_after_a_verb_of_change_stays() -> None:
    """ "rose to nearly 4,300" is hedged: the hedge is the level's."""
    (m,) = extract("Cases rose to nearly 4,300.")
    assert (m.text, m.amount.kind) == ("nearly 4,300", "upper")


@pytest.mark.parametrize(
    ("prose", "nominal"),
    [
        ("The floods affected 1.2 lakh people.", 120_000),
        ("Over 5 lakh undertrial prisoners were held.", 500_000),
        ("Courts disposed of 2.3 crore cases.", 23_000_000),
        ("Indian police registered 58.2 lakh crimes.", 5_820_000),
    ],
)
def test_lakh_and_crore_read_with_their_multiplier(prose: str, nominal: int) -> None:
    """A lakh is 100,000 and a crore 10,000,000; the nominal is the number times it."""
    (m,) = extract(prose)
    assert m.amount.nominal == nominal


@pytest.mark.parametrize(
    "prose",
    [
        "The storm was the 3rd to hit the region this year.",
        "It was the fifth cyclone in as many weeks.",
        "The country ranked 3rd in the Global Terrorism Index.",
        "It was the 12th attack on health facilities this year.",
        "Police seized Rs 2 crore in cash.",
        "The state paid Rs 5 lakh in compensation.",
        "The government announced $2m in aid.",
    ],
)
def test_ranks_and_money_are_no_counts(prose: str) -> None:
    """Ordinals, ranks and sums of money are no figures of a count."""
    assert extract(prose) == []


@pytest.mark.parametrize(
    ("prose", "nouns"),
    [
        ("Around 120 election-related incidents were logged.", ["incidents"]),
        ("300 conflict-affected people and 12 health-care workers.", ["people", "workers"]),
        ("The 12 opposition MPs were detained.", ["MPs"]),
        ("The 500-bed hospital treated 2,300 patients.", ["", "patients"]),
        ("A 300-page report lists 40 cases.", ["", "cases"]),
        ("two Boeing 787 jets and 12 T-72 tanks", ["jets", "tanks"]),
        ("A third of the estimated 90,000 residents left.", ["residents", "residents"]),
        ("300 civilians days later fled.", ["civilians"]),
        ("Russia holds 3,000 defenders and 28,000 civilians captive.", ["defenders", "civilians"]),
    ],
)
def test_a_compound_or_initials_before_the_noun_and_no_noun_past_another_figure(
    prose: str, nouns: list[str]
) -> None:
    """A hyphened compound before the noun says what kind ("election-related"), initials
    made plural are a noun ("MPs"), and a number after a lower-case word is another
    figure: the noun search stops before it."""
    assert [m.noun for m in extract(prose)] == nouns


@pytest.mark.parametrize(
    ("prose", "nouns"),
    [
        (
            "Cholera: 2,345 cases (1,200 suspected, 1,145 confirmed) and 35 deaths.",
            ["cases", "cases", "cases", "deaths"],
        ),
        ("It reported 35 deaths (20 confirmed and 15 probable).", ["deaths"] * 3),
        ("It killed 12 soldiers (3 wounded).", ["soldiers", ""]),
    ],
)
def test_the_sorted_parts_of_a_total_in_brackets_count_its_noun(
    prose: str, nouns: list[str]
) -> None:
    """Parts of a total sorted as suspected, confirmed or probable, in brackets after the
    total and its noun, count that noun; other words after a part give it none."""
    assert [m.noun for m in extract(prose)] == nouns


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("The jail holds 3 times its capacity.", []),
        ("Arrests were four times their 2022 level.", []),
        ("He was detained 3 times in 2023.", ["3"]),
    ],
)
def test_a_multiplier_of_a_possessed_quantity_is_no_count(prose: str, found: list[str]) -> None:
    """ "3 times its capacity" multiplies a quantity, as "three times as many" does: no
    count; "detained 3 times" counts the detentions."""
    assert [m.text for m in extract(prose)] == found


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        (
            "Cases per region: Nord 1,245; Sud 892; Est 310.",
            ["[1245, 1245]", "[892, 892]", "[305, 315]"],
        ),
        ("Est 310 died.", ["[280, 340]"]),
        ("Deaths: est. 310.", ["[280, 340]"]),
    ],
)
def test_a_capitalised_hedge_abbreviation_in_a_list_is_a_name(prose: str, found: list[str]) -> None:
    """ "Est" with no full stop after a semicolon, a comma or a colon in a list of regions
    is a name, as "Nord" and "Sud" are: its number is read bare, not as "est." 310."""
    assert [str(m.amount.interval) for m in extract(prose)] == found
