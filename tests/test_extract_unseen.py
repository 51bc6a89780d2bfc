"""Sentences from registers extract had not been shown, and the classes of misreading they showed.

:data:`UNSEEN` holds some 280 sentences written in the style of OCHA situation
reports, WHO outbreak bulletins, court judgments, UNHCR displacement updates, casualty
monitors' incident entries (Airwars, IBC), parliamentary answers, wire corrections, tables
flattened to text, and sentences full of things that are no count (ages, addresses, phone
numbers, clock times, scores, money in many writings, ordinals), with fractions, ratios
and vague words of quantity: each with what a careful coder takes as its figures. The tests
after it each guard one class of misreading, with the phrases beside it that must stay as
they were.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from pwstats import Interval, extract, parse


def read(prose: str) -> list[tuple[str, str]]:
    """Each mention's words and its (pragmatic) interval."""
    return [(m.text, str(m.amount.interval)) for m in extract(prose)]


def words(prose: str) -> list[str]:
    """Each mention's words."""
    return [m.text for m in extract(prose)]


UNSEEN: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "OCHA: Since 7 October, at least 1,139 people have been killed in "
        "Israel, including 36 children.",
        [("at least 1,139", "[1139, 1142]"), ("36", "[36, 36]")],
    ),
    (
        "According to the Ministry of Health, 24,448 Palestinians had been "
        "killed as of 16 January.",
        [("24,448", "[24448, 24448]")],
    ),
    (
        "An estimated 1.7 million people, or more than 75 per cent of the "
        "population, have been displaced.",
        [
            ("An estimated 1.7 million", "[1530000, 1870000]"),
            ("more than 75 per cent", "(0.75, 0.78]"),
        ],
    ),
    (
        "Some 1.4 million IDPs are sheltering in 155 UNRWA facilities.",
        [("Some 1.4 million", "[1260000, 1540000]"), ("155", "[155, 155]")],
    ),
    (
        "Only 16 of 36 hospitals are partially functional, with a total of 1,400 beds.",
        [("Only 16", "[16, 16]"), ("36", "[36, 36]"), ("a total of 1,400", "[1400, 1400]")],
    ),
    (
        "On average, 152 trucks entered per day in the past week, compared with "
        "500 before the hostilities.",
        [("On average, 152 trucks entered per day", "[0, +inf)"), ("500", "[450, 550]")],
    ),
    (
        "Between 20 and 26 January, 63 humanitarian missions were planned; 29 were facilitated.",
        [("63", "[63, 63]"), ("29", "[29, 29]")],
    ),
    (
        "Approximately 60 per cent of housing units have been damaged or destroyed.",
        [("Approximately 60 per cent", "[0.54, 0.66]")],
    ),
    (
        "Of the 212 aid workers killed, 152 were UNRWA staff.",
        [("212", "[212, 212]"), ("152", "[152, 152]")],
    ),
    (
        "The flash appeal, which seeks $1.2bn, is 43 per cent funded.",
        [("43 per cent", "[0.425, 0.435]")],
    ),
    (
        "At least 3,900 people have been injured since the escalation, 40% of them women.",
        [("At least 3,900", "[3900, 4200]"), ("40%", "[0.395, 0.405]")],
    ),
    (
        "Cumulatively, 412 attacks on health care have been recorded, killing "
        "646 and injuring 818.",
        [("412", "[412, 412]"), ("646", "[646, 646]"), ("818", "[818, 818]")],
    ),
    (
        "Over 80,000 people have fled Rafah in the last 48 hours.",
        [("Over 80,000", "(80000, 88000]"), ("48 hours", "[48, 48]")],
    ),
    (
        "WHO: As of epidemiological week 34, a total of 4,215 suspected cholera "
        "cases, including 87 deaths, have been reported.",
        [("a total of 4,215", "[4215, 4215]"), ("87", "[87, 87]")],
    ),
    (
        "The case fatality ratio is 2.1%, above the 1% benchmark.",
        [("2.1%", "[0.0205, 0.0215]"), ("1% benchmark", "[0, 1]")],
    ),
    (
        "Of 312 samples tested, 187 (60%) were positive.",
        [("312", "[312, 312]"), ("187", "[187, 187]"), ("60%", "[0.595, 0.605]")],
    ),
    (
        "Since the last update, 23 new confirmed cases and two deaths have been reported.",
        [("23", "[23, 23]"), ("two", "[2, 2]")],
    ),
    (
        "Two-thirds of the 300 cases are children under five.",
        [("Two-thirds", "[2/3, 2/3]"), ("300", "[270, 330]")],
    ),
    ("One in five deaths occurred in the community.", [("One in five", "[0.2, 0.2]")]),
    ("The attack rate among health workers was 4.2 per 1,000.", []),
    (
        "A total of 1,046,829 doses have been administered, reaching 87% of the target population.",
        [("A total of 1,046,829", "[1046829, 1046829]"), ("87%", "[0.865, 0.875]")],
    ),
    (
        "Among the 54 confirmed cases, the median age was 28 years (range 2-71).",
        [("54", "[54, 54]")],
    ),
    (
        "In the past 21 days, 14 new districts reported cases.",
        [("21 days", "[21, 21]"), ("14", "[14, 14]")],
    ),
    (
        "Nine of the 11 affected provinces reported a decline in weekly cases.",
        [("Nine", "[9, 9]"), ("11", "[11, 11]")],
    ),
    (
        "The Chamber sentenced the accused to a single sentence of 30 years' imprisonment.",
        [("30 years", "[30, 30]")],
    ),
    (
        "The Trial Chamber heard 120 witnesses over 400 hearing days.",
        [("120", "[115, 125]"), ("over 400 hearing days", "[0, +inf)")],
    ),
    (
        "The accused was found guilty of 10 of the 11 counts.",
        [("10", "[10, 10]"), ("11", "[11, 11]")],
    ),
    (
        "In paragraph 112, the Court found that at least 7,000 men and boys were executed.",
        [("at least 7,000", "[7000, 7700]")],
    ),
    (
        "The applicant, a 42-year-old national of Turkey, was detained for 18 months.",
        [("18 months", "[18, 18]")],
    ),
    ("The Court awarded the applicants EUR 15,000 each in respect of non-pecuniary damage.", []),
    ("The judgment was adopted by 15 votes to 2.", [("15 votes to 2", "[0, +inf)")]),
    (
        "By a majority of four to three, the Court dismissed the appeal.",
        [("four to three", "[0, +inf)")],
    ),
    (
        "The defendant was ordered to pay $2.5 million in damages to 14 plaintiffs.",
        [("14", "[14, 14]")],
    ),
    (
        "The prosecution called 37 witnesses over 11 weeks.",
        [("37", "[37, 37]"), ("over 11 weeks", "[0, +inf)")],
    ),
    (
        "UNHCR: As of 31 December, 6.3 million refugees from Ukraine were recorded globally.",
        [("6.3 million", "[6250000, 6350000]")],
    ),
    (
        "Some 3.7 million people remain internally displaced, and 4.5 million have returned home.",
        [("Some 3.7 million", "[3400000, 4000000]"), ("4.5 million", "[4250000, 4750000]")],
    ),
    (
        "Nearly 600,000 people have fled to neighbouring countries since April, "
        "more than half of them children.",
        [("Nearly 600,000", "[570000, 600000)"), ("more than half", "(0.5, 0.55]")],
    ),
    (
        "The camp, designed for 30,000, now hosts more than 100,000 refugees.",
        [("designed for 30,000", "[0, +inf)"), ("more than 100,000", "(100000, 150000]")],
    ),
    (
        "New arrivals averaged 1,200 per day in the first week of March.",
        [("averaged 1,200 per day", "[0, +inf)")],
    ),
    (
        "Of the 11,500 refugees who arrived in July, 62 per cent were women and girls.",
        [("11,500", "[11500, 11500]"), ("62 per cent", "[0.615, 0.625]")],
    ),
    (
        "Over 7,000 refugees were relocated from border areas in the past month.",
        [("Over 7,000", "(7000, 7700]")],
    ),
    (
        "Since January, 21,000 people have returned spontaneously, and a "
        "further 4,000 through the voluntary repatriation programme.",
        [("21,000", "[20500, 21500]"), ("a further 4,000", "[3600, 4400]")],
    ),
    (
        "Incident: 12 March 2017, Al Jadida, Mosul. Civilians reported killed: 105–141.",
        [("105–141", "[105, 141]")],
    ),
    (
        "Between 3 and 5 civilians, including one child, were reportedly killed "
        "when a coalition airstrike hit a house.",
        [("Between 3 and 5", "[3, 5]"), ("one", "[1, 1]")],
    ),
    (
        "IBC record: 17 killed, 40 wounded by car bomb in Sadr City market.",
        [("17", "[17, 17]"), ("40", "[40, 40]")],
    ),
    (
        "Up to 20 civilians were allegedly killed; local sources named 11 of the victims.",
        [("Up to 20", "[15, 20]"), ("11", "[11, 11]")],
    ),
    ("The strike reportedly killed a family of eight.", [("eight", "[8, 8]")]),
    (
        "Airwars graded the incident as Fair, with 2–4 civilians likely killed.",
        [("2–4 civilians likely", "[0, +inf)")],
    ),
    (
        "At least six civilians, among them three women, died in the shelling.",
        [("At least six", "[6, 7]"), ("three", "[3, 3]")],
    ),
    (
        "The Minister replied that 1,284 applications had been received, of "
        "which 312 were granted.",
        [("1,284", "[1284, 1284]"), ("312", "[312, 312]")],
    ),
    (
        "Asked by the hon. Member for Bristol West, the Minister said 4,500 "
        "officers had been recruited since 2019.",
        [("4,500", "[4250, 4750]")],
    ),
    (
        "In 2022-23, 2,130 deportations were carried out, compared with 1,870 in 2021-22.",
        [("2,130", "[2130, 2130]"), ("1,870", "[1870, 1870]")],
    ),
    (
        "The Department does not hold data for 12 of the 43 police forces.",
        [("not hold data for 12", "[0, +inf)"), ("43", "[43, 43]")],
    ),
    (
        "As at 30 June 2023, there were 85,851 prisoners in England and Wales.",
        [("85,851", "[85851, 85851]")],
    ),
    (
        "Written answer 154321: the number of staff employed was 3,214 full-time equivalents.",
        [("3,214", "[3214, 3214]")],
    ),
    (
        "Correction: An earlier version of this story said 40 people were killed. The toll is 34.",
        [("40", "[0, +inf)"), ("34", "[34, 34]")],
    ),
    (
        "This article has been amended to correct the number of deaths, which is 112, not 121.",
        [("112", "[112, 112]"), ("not 121", "[0, +inf)")],
    ),
    (
        "An earlier version misstated the number of detainees as 3,000; it is 300.",
        [("3,000", "[0, +inf)"), ("300", "[270, 330]")],
    ),
    (
        "Clarification: the figure of 2,000 refers to households, not individuals.",
        [("2,000", "[1800, 2200]")],
    ),
    ("Updated at 14:35 GMT: the death toll has risen to 57.", [("57", "[57, 57]")]),
    ("Killed | Injured | Missing", []),
    ("Region A 120 340 12", [("120", "[115, 125]"), ("340", "[335, 345]"), ("12", "[12, 12]")]),
    (
        "Total: 1,204 killed; 3,411 injured; 87 missing.",
        [("1,204", "[1204, 1204]"), ("3,411", "[3411, 3411]"), ("87", "[87, 87]")],
    ),
    ("Province Deaths Cases CFR", []),
    (
        "Kassala 12 340 3.5%",
        [("12", "[12, 12]"), ("340", "[335, 345]"), ("3.5%", "[0.0345, 0.0355]")],
    ),
    ("Gedaref 4 210 1.9%", [("4", "[4, 4]"), ("210", "[205, 215]"), ("1.9%", "[0.0185, 0.0195]")]),
    (
        "Week 12: 340 cases; Week 13: 412 cases; Week 14: 388 cases.",
        [("340", "[335, 345]"), ("412", "[412, 412]"), ("388", "[388, 388]")],
    ),
    (
        "Of the 1,200 respondents, 45% said they had lost income.",
        [("1,200", "[1150, 1250]"), ("45%", "[0.445, 0.455]")],
    ),
    (
        "Some 23 per cent of the 4.1 million people in need are children.",
        [("Some 23 per cent", "[0.207, 0.253]"), ("4.1 million", "[4050000, 4150000]")],
    ),
    (
        "Women made up 52% of the 8,400 people registered.",
        [("52%", "[0.515, 0.525]"), ("8,400", "[8350, 8450]")],
    ),
    (
        "The unemployment rate among the 15,000 returnees was 38 per cent.",
        [("15,000", "[13500, 16500]"), ("38 per cent", "[0.375, 0.385]")],
    ),
    ("A 14-year-old boy and his 9-year-old sister were among the dead.", []),
    ("The victims, aged 3 to 67, were buried on Friday.", []),
    ("A 73-year-old woman was the 12th fatality.", []),
    ("The dead included 11 children under the age of 10.", [("11", "[11, 11]")]),
    ("The suspect, 28, from Leeds, was arrested on Tuesday.", []),
    ("Twin sisters, both 8, were pulled from the rubble.", []),
    ("The office at 1600 Pennsylvania Avenue received 300 letters.", [("300", "[270, 330]")]),
    ("The shelter at 25 Rue de Rivoli houses 80 families.", [("80", "[80, 80]")]),
    ("Residents of 10 Downing Street were not affected.", []),
    ("For information call 0800 123 4567 or +44 20 7946 0958.", []),
    ("The hotline, 1-800-273-8255, received 4,000 calls.", [("4,000", "[3600, 4400]")]),
    ("The blast happened at 10:30 local time, killing 7.", [("7", "[7, 7]")]),
    ("At 6.45am on Monday, 12 rockets hit the town.", [("12", "[12, 12]")]),
    (
        "The curfew runs from 22:00 to 05:00, and 1,500 people were arrested for breaking it.",
        [("1,500", "[1350, 1650]")],
    ),
    ("By 3 p.m. 200 people had gathered outside.", [("200", "[180, 220]")]),
    (
        "The home side won 4-2, with 35,000 in attendance.",
        [("4-2", "[0, +inf)"), ("35,000", "[32500, 37500]")],
    ),
    ("He scored 2 goals in 90 minutes.", [("2", "[2, 2]"), ("90 minutes", "[90, 90]")]),
    ("The final score was 105 to 98 after overtime.", [("105 to 98", "[0, +inf)")]),
    ("The reconstruction is estimated at $1.2bn.", []),
    (
        "The EU pledged €300m in aid for the 2.1 million refugees.",
        [("2.1 million", "[2050000, 2150000]")],
    ),
    ("Each family received Rs 5 lakh in compensation.", []),
    (
        "The project costs 1.5 crore rupees and will benefit 12,000 farmers.",
        [("12,000", "[11500, 12500]")],
    ),
    ("Damages were estimated at £45m, affecting 3,000 homes.", [("3,000", "[2700, 3300]")]),
    (
        "Remittances of US$ 1.2 billion supported 400,000 households.",
        [("400,000", "[360000, 440000]")],
    ),
    ("The fine was ¥3 million.", []),
    (
        "The scheme provides KES 3,000 per month to 12,000 households.",
        [("12,000", "[11500, 12500]")],
    ),
    ("It was the 3rd attack this week, and the 1,000th day of the war.", []),
    ("For the fourth time in a month, 40 people were detained.", [("40", "[40, 40]")]),
    ("He finished second of 12 runners.", [("12", "[12, 12]")]),
    (
        "Two-thirds of the 300 detainees were released within a week.",
        [("Two-thirds", "[2/3, 2/3]"), ("300", "[270, 330]")],
    ),
    (
        "Three quarters of the 1,200 households surveyed had no access to clean water.",
        [("Three quarters", "[0.75, 0.75]"), ("1,200", "[1150, 1250]")],
    ),
    (
        "One in five of the 4,000 children screened was acutely malnourished.",
        [("One in five", "[0.2, 0.2]"), ("4,000", "[3600, 4400]")],
    ),
    (
        "Nearly one in three respondents reported a family member missing.",
        [("Nearly one in three", "[19/60, 1/3)")],
    ),
    ("Half of the 80 patients were under five.", [("Half", "[0.5, 0.5]"), ("80", "[80, 80]")]),
    (
        "A third of the estimated 90,000 residents have left.",
        [("A third", "[1/3, 1/3]"), ("estimated 90,000", "[81000, 99000]")],
    ),
    ("Dozens of people were injured in the clashes.", [("Dozens", "[24, 119]")]),
    ("Scores of homes were flattened.", [("Scores", "[40, 199]")]),
    ("A handful of journalists remain in the city.", [("A handful", "[2, 9]")]),
    (
        "Several hundred protesters gathered outside parliament.",
        [("Several hundred", "[300, 999]")],
    ),
    ("Tens of thousands fled the advance.", [("Tens of thousands", "[20000, 99999]")]),
    (
        "Hundreds, possibly thousands, remain trapped.",
        [("Hundreds, possibly thousands", "[200, 9999]")],
    ),
    ("A dozen soldiers were wounded.", [("A dozen", "[12, 12]")]),
    ("Some two dozen vehicles were destroyed.", [("Some two dozen", "[21.6, 26.4]")]),
    ("Only a few dozen residents stayed behind.", [("Only a few dozen", "[24, 119]")]),
    ("A couple of hundred people attended the vigil.", [("A couple of hundred", "[200, 399]")]),
    ("Fewer than a dozen bodies have been identified.", [("Fewer than a dozen", "[6, 12)")]),
    # an age set off beside a name after "then" or "now" is no count; a count is
    ("The commander, then 34, ordered the strike on 12 homes.", [("12", "[12, 12]")]),
    ("The victim, now 71, said 40 people were taken.", [("40", "[40, 40]")]),
    ("Casualties, now 71, are expected to rise.", [("71", "[71, 71]")]),
    ("The toll, now 71, is expected to rise.", [("71", "[71, 71]")]),
    # references quoted to the public and kilometre posts are no counts
    ("Call police quoting log 1174; 3 people were hurt.", [("3", "[3, 3]")]),
    ("Quote reference 88213 when calling about the 40 missing.", [("40", "[40, 40]")]),
    ("The checkpoint at km 20 was shelled, killing 5.", [("5", "[5, 5]")]),
    # ... but "log", "ticket" and "reference" are verbs too
    ("Border guards log 5,000 arrivals.", [("5,000", "[4500, 5500]")]),
    ("Medics log 40 deaths.", [("40", "[40, 40]")]),
    ("Officers ticket 40 drivers.", [("40", "[40, 40]")]),
    (
        "At least 40% of the 2,500 buildings were damaged.",
        [("At least 40%", "[0.4, 0.45]"), ("2,500", "[2250, 2750]")],
    ),
    (
        "Women accounted for 55 per cent of the 1.3 million displaced.",
        [("55 per cent", "[0.545, 0.555]"), ("1.3 million", "[1250000, 1350000]")],
    ),
    ("The share of children among the dead rose to 44%.", [("44%", "[0.435, 0.445]")]),
    (
        "Nine out of 10 displaced people live in host communities.",
        [("Nine out of 10", "[0.9, 0.9]")],
    ),
    ("Up to 90% of the population depends on aid.", [("Up to 90%", "[0.81, 0.9]")]),
    ("Roughly 1 in 4 schools are closed.", [("Roughly 1 in 4", "[0.225, 0.275]")]),
    (
        "The 10th convoy since the ceasefire carried aid for 25,000 people.",
        [("25,000", "[22500, 27500]")],
    ),
    (
        "It was the second time in 48 hours that the crossing was closed.",
        [("48 hours", "[48, 48]")],
    ),
    ("The first 300 evacuees arrived on Monday.", [("300", "[270, 330]")]),
    ("The last 12 hostages were freed.", [("12", "[12, 12]")]),
    ("The 21st session of the council adopted 14 resolutions.", [("14", "[14, 14]")]),
    (
        "Police fired 30 rounds of tear gas at a crowd of about 2,000.",
        [("30", "[30, 30]"), ("about 2,000", "[1800, 2200]")],
    ),
    (
        'The minister said "more than 500" soldiers had been captured.',
        [("more than 500", "(500, 550]")],
    ),
    (
        "Officials put the toll at 86, up from 54 earlier in the day.",
        [("86", "[86, 86]"), ("54", "[54, 54]")],
    ),
    (
        "The toll later rose to 112 after 26 bodies were recovered.",
        [("112", "[112, 112]"), ("26", "[26, 26]")],
    ),
    ("Reuters could not independently verify the figure of 300.", [("300", "[270, 330]")]),
    (
        "The army said it had killed 1,500 militants, a claim that could not be verified.",
        [("1,500", "[1350, 1650]")],
    ),
    (
        "The ministry said 4,212 soldiers had been killed, while the opposition "
        "put the figure at more than 10,000.",
        [("4,212", "[4212, 4212]"), ("more than 10,000", "(10000, 15000]")],
    ),
    (
        "Russia said it had returned 90 prisoners in exchange for 90 of its own.",
        [("90", "[90, 90]"), ("90", "[90, 90]")],
    ),
    (
        "Ukraine says it has brought home 2,598 people since the start of the full-scale invasion.",
        [("2,598", "[2598, 2598]")],
    ),
    (
        "More than 1,000 people are thought to have died.",
        [("More than 1,000 people are thought", "[0, +inf)")],
    ),
    (
        "As many as 500 people may still be under the rubble.",
        [("As many as 500 people may still", "[0, +inf)")],
    ),
    (
        "No fewer than 27 journalists have been killed this year.",
        [("No fewer than 27", "[27, 29.7]")],
    ),
    (
        "The death toll stood at 1,503, with 4,000 more injured.",
        [("1,503", "[1503, 1503]"), ("4,000 more", "[3600, 4400]")],
    ),
    ("About 40 people, most of them women, were arrested.", [("About 40", "[36, 44]")]),
    (
        "Forty-two people were killed and 180 wounded.",
        [("Forty-two", "[42, 42]"), ("180", "[175, 185]")],
    ),
    ("One hundred and twelve prisoners were freed.", [("One hundred and twelve", "[112, 112]")]),
    ("Over a hundred families were evacuated.", [("Over a hundred", "(100, 150]")]),
    ("The figure is roughly double the 2022 total of 1,800.", [("1,800", "[1750, 1850]")]),
    (
        "Some 8,000–10,000 fighters are believed to be in the area.",
        [("Some 8,000–10,000 fighters are believed", "[0, +inf)")],
    ),
    (
        "An estimated 20,000 to 30,000 people attended the rally.",
        [("An estimated 20,000 to 30,000", "[18000, 33000]")],
    ),
    (
        "Between 150 and 200 militants attacked the base, the army said.",
        [("Between 150 and 200", "[150, 200]")],
    ),
    (
        "Police said 3 people were arrested at 42 Baker Street, and 2 others at 7 High Road.",
        [("3", "[3, 3]"), ("2", "[2, 2]")],
    ),
    (
        "Call the hotline on 0800 555 0199 if you have information about the 14 missing.",
        [("14", "[14, 14]")],
    ),
    ("The hearing opened at 9:15 a.m. with 23 defendants in the dock.", [("23", "[23, 23]")]),
    (
        "By 18:00, 450 voters had cast ballots at the 12 polling stations.",
        [("450", "[425, 475]"), ("12", "[12, 12]")],
    ),
    ("The match ended 1-1, and 12 fans were arrested.", [("1-1", "[0, +inf)"), ("12", "[12, 12]")]),
    (
        "The team lost 0–3 in front of 41,000 spectators.",
        [("0–3", "[0, +inf)"), ("41,000", "[40500, 41500]")],
    ),
    ("He has scored 102 goals in 214 appearances.", [("102", "[102, 102]"), ("214", "[214, 214]")]),
    ("Prices rose 4.2% year on year in March.", [("rose 4.2%", "[0, 1]")]),
    ("The fund disbursed $1.2bn to 3 million people.", [("3 million", "[2700000, 3300000]")]),
    ("The World Bank approved a US$500 million loan.", []),
    ("A €300m package will support 150,000 refugees.", [("150,000", "[135000, 165000]")]),
    ("Damage was put at Rs 1,200 crore.", []),
    ("Some 1.5 crore people were vaccinated.", [("Some 1.5 crore", "[13500000, 16500000]")]),
    ("The relief package of ₹5 lakh each was given to 40 families.", [("40", "[40, 40]")]),
    (
        "The museum holds 3 million objects and received 1.2m visitors last year.",
        [("3 million", "[2700000, 3300000]"), ("1.2m", "[1150000, 1250000]")],
    ),
    (
        "The firm employs 12k people in 40 countries.",
        [("12k", "[11500, 12500]"), ("40", "[40, 40]")],
    ),
    ("The appeal raised £2.3m from 45,000 donors.", [("45,000", "[42500, 47500]")]),
    (
        "A total of 25 per cent of the 1,640 schools were damaged.",
        [("A total of 25 per cent", "[0.25, 0.25]"), ("1,640", "[1640, 1640]")],
    ),
    (
        "The 500-bed hospital is treating 900 patients.",
        [("500-bed", "[0, +inf)"), ("900", "[850, 950]")],
    ),
    ("A 12-member delegation met 30 officials.", [("12", "[12, 12]"), ("30", "[30, 30]")]),
    ("He was sentenced to 3 years and 6 months.", [("3 years", "[3, 3]"), ("6 months", "[6, 6]")]),
    (
        "The siege lasted 872 days and killed around 800,000 people.",
        [("872 days", "[872, 872]"), ("around 800,000", "[720000, 880000]")],
    ),
    (
        "Over the past 3 days, 120 people have been killed.",
        [("3 days", "[3, 3]"), ("120", "[115, 125]")],
    ),
    (
        "In the last 24 hours, 17 deaths were reported.",
        [("24 hours", "[24, 24]"), ("17", "[17, 17]")],
    ),
    ("It was the deadliest day since 2014, with 62 killed.", [("62", "[62, 62]")]),
    ("The 1990s saw 300 attacks.", [("300", "[270, 330]")]),
    (
        "In the 2000s 1,200 people were displaced each year.",
        [("1,200 people were displaced each year", "[0, +inf)")],
    ),
    (
        "Some 4,000 troops were deployed in 2019 and a further 2,000 in 2020.",
        [("Some 4,000", "[3600, 4400]"), ("a further 2,000", "[1800, 2200]")],
    ),
    (
        "About 2 in 3 of the 900 households were headed by women.",
        [("About 2 in 3", "[0.6, 11/15]"), ("900", "[850, 950]")],
    ),
    (
        "The report covers 1 January 2023 to 31 December 2023 and documents 1,234 violations.",
        [("1,234", "[1234, 1234]")],
    ),
    ("Violations: 1,234 (2023), 987 (2022).", [("1,234", "[1234, 1234]"), ("987", "[987, 987]")]),
    (
        "Casualties by month: Jan 120, Feb 98, Mar 143.",
        [("120", "[115, 125]"), ("98", "[98, 98]"), ("143", "[143, 143]")],
    ),
    (
        "Total 2,345 | Women 1,010 | Children 560",
        [("2,345", "[2345, 2345]"), ("1,010", "[1010, 1010]"), ("560", "[555, 565]")],
    ),
    (
        "(a) 12 killed; (b) 45 injured; (c) 3 missing.",
        [("12", "[12, 12]"), ("45", "[45, 45]"), ("3", "[3, 3]")],
    ),
    ("Table 3: Deaths by province, 2023", []),
    ("Source: OCHA, 12 March 2024. Figures rounded to the nearest 100.", []),
    ("The 2000 soldiers who surrendered were taken to Olenivka.", [("2000", "[1800, 2200]")]),
    (
        "Of the 2000 prisoners freed, 300 were civilians.",
        [("2000", "[1800, 2200]"), ("300", "[270, 330]")],
    ),
    (
        "The 1500 students enrolled this year came from 40 countries.",
        [("1500", "[1350, 1650]"), ("40", "[40, 40]")],
    ),
    ("The 2015 refugees were resettled in Germany.", [("2015", "[0, +inf)")]),
    (
        "They killed 1500 in 1500 and another 300 in 1501.",
        [("1500", "[1350, 1650]"), ("another 300", "[270, 330]")],
    ),
    ("In 1500 the town had 300 inhabitants.", [("300", "[270, 330]")]),
    ("Twenty-five (25) persons were injured.", [("Twenty-five", "[25, 25]")]),
    ("The contract runs for twelve (12) months.", [("twelve (12) months", "[12, 12]")]),
    ("A fine of five hundred (500) dollars was imposed.", []),
    ("Fifty (50) per cent of the fee is refundable.", [("Fifty (50) per cent", "[0.495, 0.505]")]),
    (
        "ACLED recorded 1,021 political violence events in the week to 5 April, "
        "resulting in 2,340 reported fatalities.",
        [("1,021", "[1021, 1021]"), ("2,340", "[2340, 2340]")],
    ),
    (
        "UCDP codes the best estimate as 45, with a low of 38 and a high of 60.",
        [("45, with a low of 38 and a high of 60", "[38, 60]")],
    ),
    ("Deaths (best estimate): 45 (low 38, high 60).", [("45 (low 38, high 60)", "[38, 60]")]),
    (
        "The ministry's count rose from 9,488 on Friday to 9,770 on Sunday.",
        [("9,488", "[9488, 9488]"), ("9,770", "[9770, 9770]")],
    ),
    (
        "The number of displaced has more than doubled to 1.2 million.",
        [("1.2 million", "[1150000, 1250000]")],
    ),
    (
        "Casualties rose by a third to 4,000.",
        [("rose by a third", "[0, 1]"), ("4,000", "[3600, 4400]")],
    ),
    (
        "The population is estimated at 2.2 million, about half of whom are children.",
        [("estimated at 2.2 million", "[1980000, 2420000]"), ("about half", "[0.45, 0.55]")],
    ),
    (
        "Roughly 70 per cent of the 36,000 dead are women and children, according to the ministry.",
        [("Roughly 70 per cent", "[0.63, 0.77]"), ("36,000", "[35500, 36500]")],
    ),
    (
        "More than 1 million people have been displaced in the last 72 hours alone.",
        [("More than 1 million", "(1000000, 1500000]"), ("72 hours", "[72, 72]")],
    ),
    (
        "Some 1,000 to 1,500 people remain unaccounted for.",
        [("Some 1,000 to 1,500", "[900, 1650]")],
    ),
    (
        "The bodies of 27 people, including 9 children, were recovered from the rubble on 3 March.",
        [("27", "[27, 27]"), ("9", "[9, 9]")],
    ),
    (
        "Six people were killed and 11 injured when a drone struck a minibus at 07:40.",
        [("Six", "[6, 6]"), ("11", "[11, 11]")],
    ),
    (
        'The military said it killed "dozens" of militants, without giving a figure.',
        [("dozens", "[24, 119]")],
    ),
    (
        "Only two of the 36 hospitals remain functional.",
        [("Only two", "[2, 2]"), ("36", "[36, 36]")],
    ),
    ("At least one person was killed.", [("At least one", "[1, 2]")]),
    ("One person died and two were injured.", [("One", "[1, 1]"), ("two", "[2, 2]")]),
    ("The explosion killed one and wounded 14.", [("one", "[1, 1]"), ("14", "[14, 14]")]),
    ("He was one of 300 people detained.", [("300", "[270, 330]")]),
    ("One of the 12 was later released.", [("12", "[12, 12]")]),
    ("A 5-year-old girl and her 32-year-old mother were killed.", []),
    ("The blast left a 10-metre crater.", []),
    ("Some 150 tonnes of aid arrived aboard 12 trucks.", [("12", "[12, 12]")]),
    (
        "The 72-hour truce allowed 1,400 people to leave.",
        [("72-hour", "[72, 72]"), ("1,400", "[1350, 1450]")],
    ),
    (
        "A 3-day ceasefire began at midnight; 200 people were evacuated.",
        [("3-day", "[3, 3]"), ("200", "[180, 220]")],
    ),
    (
        "The 300,000-strong army lost 12,000 men.",
        [("300,000", "[270000, 330000]"), ("12,000", "[11500, 12500]")],
    ),
    ("A 2,000-strong crowd marched on the palace.", [("2,000", "[1800, 2200]")]),
    ("A 40-year-old man and two teenagers, aged 15 and 17, were arrested.", [("two", "[2, 2]")]),
    ("At least 14 people, aged between 18 and 25, were detained.", [("At least 14", "[14, 15.4]")]),
    ("The 19 victims ranged in age from 2 to 85.", [("19", "[19, 19]")]),
    ("Of those killed, 12 were aged under 18.", [("12", "[12, 12]")]),
    (
        "Police arrested 47 people, of whom 30 were charged.",
        [("47", "[47, 47]"), ("30", "[30, 30]")],
    ),
    ("A record 8,200 migrants crossed the Channel in a single month.", [("8,200", "[8150, 8250]")]),
    ("The death toll surpassed 10,000 on Tuesday.", [("surpassed 10,000", "[0, +inf)")]),
    ("The figure is expected to rise to 1,000.", [("expected to rise to 1,000", "[0, +inf)")]),
    ("Officials fear the toll could reach 5,000.", [("could reach 5,000", "[0, +inf)")]),
    ("The 7.8-magnitude quake was followed by a 7.5 aftershock.", []),
    (
        "Roughly one-third of the camp's 45,000 residents are under 18.",
        [("Roughly one-third", "[0.3, 11/30]"), ("45,000", "[42500, 47500]")],
    ),
    (
        "Two in every three people in the district rely on aid.",
        [("Two in every three", "[2/3, 2/3]")],
    ),
    (
        "Ninety per cent of the 2.2 million population has been displaced at least once.",
        [("Ninety per cent", "[0.895, 0.905]"), ("2.2 million", "[2150000, 2250000]")],
    ),
    ("Only 1 in 10 trucks was allowed through.", [("Only 1 in 10", "[0.1, 0.1]")]),
    ("The strike hit a building housing 60 people at about 2am.", [("60", "[60, 60]")]),
    ("Some 600 people were rescued by 4pm on Tuesday.", [("Some 600", "[540, 660]")]),
    ("Since 1 January, the total has reached 14,200.", [("14,200", "[14200, 14200]")]),
    (
        "As of 15 May 2024, 35,173 people had been killed and 79,061 injured.",
        [("35,173", "[35173, 35173]"), ("79,061", "[79061, 79061]")],
    ),
    (
        "By the end of 2023, 6.5 million people were internally displaced and "
        "1.5 million were refugees.",
        [("6.5 million", "[6250000, 6750000]"), ("1.5 million", "[1350000, 1650000]")],
    ),
    ("In Q3 2023, 240 incidents were recorded.", [("240", "[235, 245]")]),
    ("In FY2022, 1,204 cases were opened.", [("1,204", "[1204, 1204]")]),
    (
        "Between Q1 and Q2, arrivals fell from 12,000 to 8,000.",
        [("12,000", "[11500, 12500]"), ("8,000", "[7500, 8500]")],
    ),
    ("Upwards of 300 people were detained.", [("Upwards of 300", "(300, 350]")]),
    ("North of 2,000 households lost power.", [("North of 2,000", "(2000, 2500]")]),
    ("In excess of 1,500 soldiers were captured.", [("In excess of 1,500", "(1500, 1750]")]),
    ("Not less than 250 people were evacuated.", [("Not less than 250", "[250, 275]")]),
    ("A minimum of 80 people died.", [("A minimum of 80", "[80, 88]")]),
    ("A maximum of 40 people may enter at once.", [("A maximum of 40", "[35, 40]")]),
    ("No more than 120 detainees remain.", [("No more than 120", "[108, 120]")]),
    ("Well over 300 were injured.", [("Well over 300", "(300, 375]")]),
    ("Just under 300 were freed.", [("Just under 300", "[285, 300)")]),
    ("Just shy of 500 people attended.", [("Just shy of 500", "[475, 500)")]),
    ("The better part of 2,000 residents fled.", [("The better part of 2,000", "[1000, 2000)")]),
    ("300-plus people were rescued.", [("300-plus", "[300, 350]")]),
    ("At least 300, possibly more, were killed.", [("At least 300, possibly more", "[300, 350]")]),
    ("Over 300 but under 400 were arrested.", [("Over 300 but under 400", "(300, 400)")]),
    ("Close to 1,000 people marched.", [("Close to 1,000", "[950, 1050]")]),
    (
        "Approximately 3,500 to 4,000 people were displaced.",
        [("Approximately 3,500 to 4,000", "[3150, 4400]")],
    ),
    (
        "Somewhere between 50 and 60 bodies were found.",
        [("Somewhere between 50 and 60", "[50, 60]")],
    ),
    ("Barely 20 doctors remain in the city.", [("Barely 20", "[0, +inf)")]),
    ("A mere 12 trucks entered.", [("A mere 12", "[12, 12]")]),
    ("Fully 40% of the budget is unspent.", [("40%", "[0.395, 0.405]")]),
    (
        "Nearly a third of the 600 staff resigned.",
        [("Nearly a third", "[19/60, 1/3)"), ("600", "[550, 650]")],
    ),
    (
        "Almost half of the 1,200 respondents said they had skipped meals.",
        [("Almost half", "[0.475, 0.5)"), ("1,200", "[1150, 1250]")],
    ),
    (
        "Roughly two in five of the 3,000 households surveyed had debt.",
        [("Roughly two in five", "[0.36, 0.44]"), ("3,000", "[2700, 3300]")],
    ),
    ("More than one in ten children were malnourished.", [("More than one in ten", "(0.1, 0.11]")]),
    (
        "Over a quarter of the 24 hospitals were damaged.",
        [("Over a quarter", "(0.25, 0.275]"), ("24", "[24, 24]")],
    ),
    ("The wounded numbered in the hundreds.", [("in the hundreds", "[100, 999]")]),
    ("Casualties ran into the thousands.", [("into the thousands", "[1000, 9999]")]),
    ("Thousands upon thousands fled.", [("Thousands upon thousands", "[2000, 9999]")]),
    ("Dozens if not hundreds were killed.", [("Dozens if not hundreds", "[24, 999]")]),
    ("Between a dozen and 20 people were hurt.", [("Between a dozen and 20", "[12, 20]")]),
    (
        "Only a handful of the 200 families have returned.",
        [("Only a handful", "[2, 9]"), ("200", "[180, 220]")],
    ),
    ("A few hundred metres away, 30 people were sheltering.", [("30", "[30, 30]")]),
    ("Two people were killed on 14 February 2024 at 10.30 local time.", [("Two", "[2, 2]")]),
    ("The convoy of 40 trucks left at 0600 hours.", [("40", "[40, 40]")]),
    ("The 3 men, aged 19, 21 and 24, were charged.", [("3", "[3, 3]")]),
    (
        "He was sentenced to life imprisonment with a minimum term of 30 years.",
        [("a minimum term of 30 years", "[0, +inf)")],
    ),
    ("The court imposed fines totalling $3.4 million on 12 companies.", [("12", "[12, 12]")]),
    (
        "The hearing lasted 2 hours and 15 minutes.",
        [("2 hours", "[2, 2]"), ("15 minutes", "[15, 15]")],
    ),
    ("The ICC issued 6 arrest warrants in 2023.", [("6", "[6, 6]")]),
]


@pytest.mark.parametrize(("prose", "figures"), UNSEEN)
def test_a_sentence_of_an_unseen_register_reads_as_a_coder_reads_it(
    prose: str, figures: list[tuple[str, str]]
) -> None:
    """Every figure of the sentence, with its words and interval, and nothing else."""
    assert read(prose) == figures


def test_the_table_is_large_and_its_sentences_are_new() -> None:
    """The table holds 250 or more sentences, none twice, none already in the registers'."""
    from tests.test_extract_registers import REGISTERS

    sentences = [prose for prose, _ in UNSEEN]
    assert len(sentences) >= 250
    assert len(set(sentences)) == len(sentences)
    assert not set(sentences) & {prose for prose, _ in REGISTERS}


# -- 1. an interval said in prose after its estimate ---------------------------------------


@pytest.mark.parametrize(
    ("prose", "best", "low", "high", "confidence"),
    [
        (
            "Excess mortality was estimated at 4,645 (95% CI, 793 to 8,498), a figure 70 times"
            " the official count.",
            4645,
            793,
            8498,
            Fraction(19, 20),
        ),
        ("Modelled deaths: 12,400 (95% UI 9,800–15,900).", 12400, 9800, 15900, Fraction(19, 20)),
        (
            "The survey put the number of deaths at 377,000, with a 95% confidence interval of"
            " 172,000 to 1.2 million.",
            377000,
            172000,
            1200000,
            Fraction(19, 20),
        ),
        (
            "The estimated number of deaths was 13,000 (uncertainty range 8,000-20,000).",
            13000,
            8000,
            20000,
            Fraction(19, 20),
        ),
        (
            "Our best estimate is 6,700, with 90% confidence interval from 4,900 to 8,500.",
            6700,
            4900,
            8500,
            Fraction(9, 10),
        ),
        (
            "The estimate of 1,200 has a confidence interval of 900 to 1,500.",
            1200,
            900,
            1500,
            Fraction(19, 20),
        ),
        (
            "The number killed is estimated at 500,000 (95% CI 400,000–600,000), researchers said.",
            500000,
            400000,
            600000,
            Fraction(19, 20),
        ),
        (
            "The study estimated 2,975 excess deaths (95% CI 2,658–3,290) in six months.",
            2975,
            2658,
            3290,
            Fraction(19, 20),
        ),
        (
            "It put the toll at 1.2 million (95% CI 1.1 to 1.4 million).",
            1200000,
            1100000,
            1400000,
            Fraction(19, 20),
        ),
        (
            "The prevalence of GAM was 15.8% (95% CI: 13.2–18.9%).",
            Fraction(158, 1000),
            Fraction(132, 1000),
            Fraction(189, 1000),
            Fraction(19, 20),
        ),
        (
            "Support stands at 47% (margin of error: ±3 points).",
            Fraction(47, 100),
            Fraction(44, 100),
            Fraction(50, 100),
            Fraction(19, 20),
        ),
        (
            "The poll put support at 34%, with a margin of error of plus or minus 3.1"
            " percentage points.",
            Fraction(34, 100),
            Fraction(309, 1000),
            Fraction(371, 1000),
            Fraction(19, 20),
        ),
        (
            "They found an odds ratio of 2.3 (95% CI 1.4 to 3.8) among the participants.",
            Fraction(23, 10),
            Fraction(14, 10),
            Fraction(38, 10),
            Fraction(19, 20),
        ),
    ],
)
def test_an_interval_in_prose_after_its_estimate_is_one_estimate(
    prose: str, best: Fraction, low: Fraction, high: Fraction, confidence: Fraction
) -> None:
    """The best value and the interval said after it, however joined ("with a 95%
    confidence interval of", "(95% UI ...)", "(uncertainty range ...)", a margin of
    error), are one estimate: never a count, a share of 0.95 and a range."""
    (m,) = [m for m in extract(prose) if m.amount.kind == "estimate"]
    assert m.amount.nominal == best
    assert m.amount.interval == Interval.closed(low, high)
    assert m.amount.confidence == confidence
    assert not [
        m for m in extract(prose) if m.amount.interval.contains(Interval.point(Fraction(19, 20)))
    ]


@pytest.mark.parametrize(
    "prose",
    [
        "Deaths were estimated at between 8,000 and 12,000 (95% uncertainty interval).",
        "Deaths were put at between 8,000 and 12,000 (95% uncertainty interval).",
    ],
)
def test_a_hedged_range_named_an_interval_is_its_ends(prose: str) -> None:
    """A range named a statistical interval after it is the interval as said, not the
    hedge's widened ends."""
    (m,) = extract(prose)
    assert (m.amount.kind, m.amount.interval) == ("estimate", Interval.closed(8000, 12000))


@pytest.mark.parametrize(
    ("prose", "unread"),
    [
        ("The incidence was 35 per 100,000 (95% CI 30–41).", "per 100,000"),
        ("Hospital admissions rose by 12% (95% CI 8-16%).", "rose by"),
    ],
)
def test_the_interval_of_an_unread_figure_is_unread_with_it(prose: str, unread: str) -> None:
    """A rate or a change with its interval is one unread mention: its interval's ends
    are no counts of their own, nor an estimate of a headcount."""
    (m,) = extract(prose)
    assert (m.unread, m.amount.kind) == (unread, "unknown")
    assert m.text.endswith(")")


def test_an_interval_with_no_best_value_and_decimals_is_no_headcount() -> None:
    """ "(95% CI 2.1-3.7)" after a rate pwstats does not read is an estimate in no
    headcount unit."""
    (m,) = extract("Mortality was 2.9 deaths per 10,000 per day (95% CI 2.1-3.7).")
    assert (m.amount.kind, m.amount.unit) == ("estimate", "dimensionless")


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        # an interval that does not hold the best value joins nothing
        (
            "It found 300, with a 95% confidence interval of 400 to 500.",
            ["300", "95%", "400 to 500"],
        ),
        # a sample size is no estimate, and its margin of error is in points of a share
        ("The poll of 1,012 adults has a margin of error of 3 points.", ["1,012"]),
        # a confidence interval in brackets is the bracket's, never a prose interval inside it
        ("300 (CI 400-500)", ["300", "400-500"]),
    ],
)
def test_what_is_no_estimate_stays_as_it_was(prose: str, found: list[str]) -> None:
    assert words(prose) == found


# -- 2. a number restated in brackets, then its unit ---------------------------------------


@pytest.mark.parametrize(
    ("prose", "text", "unit"),
    [
        (
            "The lease runs for three hundred and twenty-five (325) days.",
            "three hundred and twenty-five (325) days",
            "day",
        ),
        ("He was sentenced to ten (10) years in prison.", "ten (10) years", "year"),
        ("Within thirty (30) calendar days of the award.", "thirty (30) calendar days", "day"),
        ("It runs for 12 (twelve) months.", "12 (twelve) months", "month"),
    ],
)
def test_a_duration_restated_in_brackets_is_a_duration(prose: str, text: str, unit: str) -> None:
    """The unit after a number restated in brackets is the number's: a duration in days is
    no count of persons."""
    (m,) = extract(prose)
    assert (m.text, m.amount.unit) == (text, unit)


def test_a_percentage_restated_in_brackets_is_a_share() -> None:
    """ "Fifty (50) per cent" is a half, never a count of 50."""
    (m,) = extract("Fifty (50) per cent of the fee is refundable.")
    assert (m.amount.unit, m.amount.nominal) == ("dimensionless", Fraction(1, 2))


def test_a_count_restated_in_brackets_names_its_noun() -> None:
    (m,) = extract("Twelve (12) people died when the bus overturned.")
    assert (m.text, m.noun, m.amount.unit) == ("Twelve", "people", "person")


# -- 3. four digits: a year or a count -----------------------------------------------------


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("the 2000 soldiers were freed", [("2000", "soldiers")]),
        ("Of the 2000 prisoners freed, 300 were civilians.", [("2000", "prisoners"), ("300", "")]),
        ("Its 1800 captured troops were released.", [("1800", "troops")]),
        ("They killed 1500 in 1500.", [("1500", "")]),
        ("They killed 300 in 1500, and 200 in 1501.", [("300", ""), ("200", "")]),
    ],
)
def test_four_digits_before_people_or_after_in_are_a_count_and_a_year(
    prose: str, found: list[tuple[str, str]]
) -> None:
    """A round number after "the" before people is a count ("the 2000 soldiers"); "killed
    1500 in 1500" is a count and the year, never a ratio of 1."""
    ms = extract(prose)
    assert [(m.text, m.noun) for m in ms] == found
    assert all(m.amount.unit == "person" for m in ms)


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("The 2004 tsunami killed 230,000 people.", ["230,000"]),
        ("The 2011 riots were the worst in decades.", []),
        ("In 2020 soldiers were deployed to the border.", []),
        ("The risk is 1 in 1500.", ["1 in 1500"]),
        ("Only 3 in 1500 survive.", ["Only 3 in 1500"]),
        ("The risk is 3 in 1000.", ["3 in 1000"]),
    ],
)
def test_years_and_ratios_beside_them_stay(prose: str, found: list[str]) -> None:
    assert words(prose) == found


def test_a_year_like_number_before_people_that_is_no_round_count_is_unread() -> None:
    """ "The 2015 refugees": those of 2015, or 2,015 of them? Unread, never a count."""
    (m,) = extract("The 2015 refugees were resettled in Germany.")
    assert (m.unread, m.amount.kind) == ("2015", "unknown")


# -- 4. a table's row flattened to text ----------------------------------------------------


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("Kassala 12 340 3.5%", ["12", "340", "3.5%"]),
        ("Region A 120 340 12", ["120", "340", "12"]),
    ],
)
def test_numbers_of_a_row_were_read_as_one_space_grouped_number(
    prose: str, found: list[str]
) -> None:
    """Numbers set off by spaces in a row are its cells: "12 340 3.5%" was 12,340."""
    assert words(prose) == found


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("A total of 12 500 people were registered.", ["A total of 12 500"]),
        ("Between 3 000 and 4 000 people fled.", ["Between 3 000 and 4 000"]),
        ("In 2023 12 500 people were displaced.", ["12 500"]),
        ("Since 2019 150 000 people have returned.", ["150 000"]),
        (
            "The camp hosts 150\u00a0000 refugees, 12 500 of them children.",
            ["150\u00a0000", "12 500"],
        ),
    ],
)
def test_a_space_grouped_count_in_prose_stays_one_number(prose: str, found: list[str]) -> None:
    assert words(prose) == found


# -- 5. spans of dates ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("Between 20 and 26 January, 63 missions were planned.", ["63"]),
        ("From 3 to 7 March, 40 people were detained.", ["40"]),
        ("On 20-26 January 63 missions were planned.", ["63"]),
        ("From January 20 to 26, 40 people were detained.", ["40"]),
        ("Over 3–9 March 2024, 1,200 people crossed.", ["1,200"]),
        ("Between 12 and 18 Feb. 2024, 300 fled.", ["300"]),
    ],
)
def test_the_days_of_a_span_of_dates_were_read_as_a_range(prose: str, found: list[str]) -> None:
    """ "Between 20 and 26 January" is a week, not the count range [20, 26]."""
    assert words(prose) == found


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("Between 20 and 26 people were detained in January.", ["Between 20 and 26"]),
        ("She was detained 3 to 7 times in May.", ["3 to 7"]),
    ],
)
def test_a_count_range_beside_a_month_stays(prose: str, found: list[str]) -> None:
    assert words(prose) == found


# -- 6. ages a statistic gives, and age groups ---------------------------------------------


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("Among the 54 cases, the median age was 28 years (range 2-71).", ["54"]),
        ("The mean age of the victims was 34.", []),
        ("The average age of the 300 victims was 34.", ["300"]),
        ("The median age of the 54 cases was 28 years.", ["54"]),
        ("Patients had a median age of 45 (IQR 32-60) and 300 were admitted.", ["300"]),
        ("Median age: 45 (range 18-90); 300 patients.", ["300"]),
        ("Half of the 80 patients were under five.", ["Half", "80"]),
        ("Twin sisters, both 8, were pulled from the rubble.", []),
    ],
)
def test_an_age_was_read_as_a_count(prose: str, found: list[str]) -> None:
    """A median or mean age and its spread, an age group after "were under", and "both
    8" beside people are ages, never counts or a count range."""
    assert words(prose) == found


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("The casualties were under 10, officials said.", ["under 10"]),
        ("The number of detainees was 300.", ["300"]),
        ("They freed both 300 soldiers.", ["300"]),
    ],
)
def test_counts_beside_ages_stay(prose: str, found: list[str]) -> None:
    assert words(prose) == found


# -- 7. other things that are no count ---------------------------------------------------


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("Figures rounded to the nearest 100.", []),
        ("The shelter at 25 Rue de Rivoli houses 80 families.", ["80"]),
        ("He lived at 12 Via Roma; 40 people were evacuated.", ["40"]),
        ("Written answer 154321: 3,214 staff were employed.", ["3,214"]),
        ("The scheme provides KES 3,000 per month to 12,000 households.", ["12,000"]),
    ],
)
def test_a_precision_an_address_a_label_or_a_rate_of_money_was_read_as_a_count(
    prose: str, found: list[str]
) -> None:
    assert words(prose) == found


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("Some 300 Avenue residents were moved.", ["Some 300"]),
        ("Each day, 300 died.", ["Each day, 300"]),
        ("It paid 40 per day to 300 workers.", ["40 per day", "300"]),
    ],
)
def test_counts_beside_them_stay(prose: str, found: list[str]) -> None:
    assert words(prose) == found


# -- 8. corrections ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prose", "retracted", "kept"),
    [
        (
            "Correction: An earlier version of this story said 40 people were "
            "killed. The toll is 34.",
            ["40"],
            ["34"],
        ),
        (
            "An earlier version misstated the number of detainees as 3,000; it is 300.",
            ["3,000"],
            ["300"],
        ),
        (
            "The agency incorrectly reported 120 deaths on Monday; the ministry said 95.",
            ["120"],
            ["95"],
        ),
    ],
)
def test_a_figure_a_correction_retracts_is_unread(
    prose: str, retracted: list[str], kept: list[str]
) -> None:
    """The figure a correction says was wrong bounds nothing; the corrected one stays."""
    ms = extract(prose)
    assert [m.text for m in ms if m.unread is not None] == retracted
    assert [m.text for m in ms if m.unread is None] == kept
    assert all(m.amount.interval == Interval.at_least(0) for m in ms if m.unread is not None)


# -- 9. the noun of a vague word -----------------------------------------------------------


@pytest.mark.parametrize(
    ("prose", "noun"),
    [
        ("A handful of journalists remain in the city.", "journalists"),
        ("Dozens of people were injured.", "people"),
        ("Tens of thousands fled the advance.", ""),
    ],
)
def test_a_vague_word_names_its_noun(prose: str, noun: str) -> None:
    (m,) = extract(prose)
    assert m.noun == noun


# -- 10. a count's low, best and high ------------------------------------------------------


@pytest.mark.parametrize(
    ("prose", "best", "low", "high"),
    [
        ("UCDP codes the best estimate as 45, with a low of 38 and a high of 60.", 45, 38, 60),
        ("Deaths (best estimate): 45 (low 38, high 60).", 45, 38, 60),
        ("Fatalities: 120 (low estimate: 100; high estimate: 150)", 120, 100, 150),
    ],
)
def test_a_best_count_with_its_low_and_high_is_one_figure(
    prose: str, best: int, low: int, high: int
) -> None:
    """A low and a high said after a best count, as conflict-event data code one, are one
    figure: the range of the low and high, the best its nominal; never three counts that
    cannot all hold."""
    (m,) = extract(prose)
    assert (m.amount.kind, m.amount.nominal) == ("range", best)
    assert m.amount.interval == Interval.closed(low, high)


def test_a_low_and_high_that_do_not_hold_the_best_count_join_nothing() -> None:
    assert words("It killed 45 (low 50, high 60).") == ["45", "50", "60"]


# -- 11. "one" before a person -------------------------------------------------------------


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("One person died and two were injured.", [("One", "person"), ("two", "")]),
        (
            "One civilian was killed and one soldier wounded.",
            [("One", "civilian"), ("one", "soldier")],
        ),
        ("No one person is to blame.", []),
        ("One of the 12 was later released.", [("12", "")]),
    ],
)
def test_one_before_a_person_counts_them(prose: str, found: list[tuple[str, str]]) -> None:
    """ "one" before a noun for one person is a count of 1, not the pronoun "one"."""
    assert [(m.text, m.noun) for m in extract(prose)] == found


# -- 12. the percent sign of a change said once --------------------------------------------


@pytest.mark.parametrize(
    ("prose", "first", "second"),
    [
        ("Unemployment rose from 12 to 15 per cent.", "12%", "15%"),
        ("Coverage increased from 40 to 67%.", "40%", "67%"),
        ("Inflation rose from 4.5 to 5.25 per cent.", "4.5%", "5.25%"),
        ("Prices rose from 3 to 5 percent in 2023.", "3%", "5%"),
    ],
)
def test_the_level_a_change_starts_from_takes_the_percent_sign_of_the_other(
    prose: str, first: str, second: str
) -> None:
    """ "rose from 12 to 15 per cent" is 12% and 15%: the first was a count of 12 persons
    (or, with decimals, left out)."""
    a, b = extract(prose)
    assert (a.amount.unit, b.amount.unit) == ("dimensionless", "dimensionless")
    assert a.amount.interval == parse(first).interval
    assert b.amount.interval == parse(second).interval


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("Deaths rose from 1,200 to 1,500.", [("1,200", "person"), ("1,500", "person")]),
        ("It grew from 2 to one in five.", [("2", "person"), ("one in five", "dimensionless")]),
        ("Turnout fell from 61% to 48%.", [("61%", "dimensionless"), ("48%", "dimensionless")]),
    ],
)
def test_changes_with_no_sign_to_share_stay(prose: str, found: list[tuple[str, str]]) -> None:
    assert [(m.text, m.amount.unit) for m in extract(prose)] == found
