"""Sentences from registers other than wire news that extract had never seen.

The table :data:`REGISTERS` holds sentences in the style of humanitarian situation
reports and flash updates, health bulletins, rights reports, court and parliamentary
records, election results, disaster and migration reports, economic news (with lakh and
crore), sports and culture, incident notes of casualty monitors, table-like lines,
bulleted lists and headlines, with footnote markers, space-like group marks and signs,
and with what a careful reader takes as their figures. The tests after it each guard one
class of misreading they showed, with the phrases beside it that must stay as they were.
"""

from __future__ import annotations

import pytest

from pwstats import extract


def read(prose: str) -> list[tuple[str, str]]:
    """Each mention's words and its (pragmatic) interval."""
    return [(m.text, str(m.amount.interval)) for m in extract(prose)]


def words(prose: str) -> list[str]:
    """Each mention's words."""
    return [m.text for m in extract(prose)]


REGISTERS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "An estimated 2.4 million people are in need of humanitarian assistance across the three "
        "provinces.",
        [("An estimated 2.4 million", "[2160000, 2640000]"), ("three", "[3, 3]")],
    ),
    ("Of these, 58 per cent are women and children.", [("58 per cent", "[0.575, 0.585]")]),
    (
        "Some 3,400 households were displaced by the floods in Sindh, according to local "
        "authorities.",
        [("Some 3,400", "[3100, 3700]")],
    ),
    (
        "Since January, more than 410,000 IDPs have returned to their areas of origin.",
        [("more than 410,000", "(410000, 440000]")],
    ),
    (
        "Partners reached 1.1 million people with food assistance in October, 72 per cent of the "
        "monthly target.",
        [("1.1 million", "[1050000, 1150000]"), ("72 per cent", "[0.715, 0.725]")],
    ),
    (
        "The Flash Appeal seeks US$ 245 million to assist 1.8 million people until March.",
        [("1.8 million", "[1750000, 1850000]")],
    ),
    (
        "Roughly 780 schools have been damaged, affecting an estimated 190,000 children.",
        [("Roughly 780", "[750, 810]"), ("an estimated 190,000", "[171000, 209000]")],
    ),
    (
        "At least 26 health facilities are non-functional, and 14 others are partially functional.",
        [("At least 26", "[26, 28.6]"), ("14", "[14, 14]")],
    ),
    (
        "Humanitarian access was denied on 37 occasions during the reporting period.",
        [("37", "[37, 37]")],
    ),
    (
        "About 65 per cent of the displaced live in host communities and 35 per cent in "
        "collective centres.",
        [("About 65 per cent", "[0.62, 0.68]"), ("35 per cent", "[0.345, 0.355]")],
    ),
    (
        "In Ituri, 12 attacks on aid workers were recorded in May, up from 7 in April.",
        [("12", "[12, 12]"), ("7", "[7, 7]")],
    ),
    (
        "Nearly 9,000 people crossed into Chad in the week to 14 June.",
        [("Nearly 9,000", "[8550, 9000)")],
    ),
    (
        "The number of IDP sites rose to 214, hosting 96,500 individuals.",
        [("214", "[214, 214]"), ("96,500", "[96500, 96500]")],
    ),
    (
        "As of 30 September, the response was 41 per cent funded.",
        [("41 per cent", "[0.405, 0.415]")],
    ),
    (
        "WFP plans to assist 3.2 million people per month through December.",
        [("plans to assist 3.2 million people per month", "[0, +inf)")],
    ),
    (
        "A total of 1,234 suspected cases, including 56 deaths (CFR 4.5%), have been reported "
        "since epidemiological week 32.",
        [
            ("A total of 1,234", "[1234, 1234]"),
            ("56", "[56, 56]"),
            ("4.5%", "[0.0445, 0.0455]"),
        ],
    ),
    ("The case fatality rate stands at 2.1 per cent.", [("2.1 per cent", "[0.0205, 0.0215]")]),
    (
        "Incidence reached 12 per 100,000 population in the capital district.",
        [("12 per 100,000", "[0, +inf)")],
    ),
    (
        "Of the 845 samples tested, 312 were positive for Vibrio cholerae.",
        [("845", "[845, 845]"), ("312", "[312, 312]")],
    ),
    (
        "In week 41, 2,310 new cases were notified, a 14% decrease compared with week 40.",
        [("2,310", "[2310, 2310]"), ("14%", "[0.135, 0.145]")],
    ),
    ("Measles vaccination coverage fell to 67% in 2023.", [("67%", "[0.665, 0.675]")]),
    ("The outbreak has spread to 9 of the 21 districts.", [("9", "[9, 9]"), ("21", "[21, 21]")]),
    (
        "Since the start of the outbreak, 47 health workers have been infected.",
        [("47", "[47, 47]")],
    ),
    ("Attack rate: 3.4 per 1,000 population.", []),
    (
        "The cumulative total is now 18,452 confirmed cases and 201 deaths.",
        [("18,452", "[18452, 18452]"), ("201", "[201, 201]")],
    ),
    (
        "Of the 3,118 contacts listed, 2,940 (94%) were followed up daily.",
        [("3,118", "[3118, 3118]"), ("2,940", "[2940, 2940]"), ("94%", "[0.935, 0.945]")],
    ),
    (
        "Mpox: 1,102 suspected cases, 211 confirmed, 19 deaths.",
        [("1,102", "[1102, 1102]"), ("211", "[211, 211]"), ("19", "[19, 19]")],
    ),
    (
        "Human Rights Watch documented 23 cases of enforced disappearance between 2021 and 2023.",
        [("23", "[23, 23]")],
    ),
    (
        "Amnesty International interviewed 48 survivors and witnesses for this report.",
        [("48", "[48, 48]")],
    ),
    (
        "Security forces detained at least 1,500 people in the two weeks after the protests.",
        [("at least 1,500", "[1500, 1750]"), ("two weeks", "[2, 2]")],
    ),
    (
        "HRW found that 9 of the 11 strikes hit civilian objects.",
        [("9", "[9, 9]"), ("11", "[11, 11]")],
    ),
    (
        "The report is based on 112 interviews conducted in 4 countries.",
        [("112", "[112, 112]"), ("4", "[4, 4]")],
    ),
    (
        "Between 3 and 7 civilians were reportedly killed in the strike on the market.",
        [("Between 3 and 7", "[3, 7]")],
    ),
    ("At least 2 children were among the dead, local sources said.", [("At least 2", "[2, 3]")]),
    ("Fatalities coded as 10 in the absence of a reliable figure.", [("10", "[10, 10]")]),
    ("Casualty estimates range from 5 to 12 civilians.", [("from 5 to 12", "[5, 12]")]),
    (
        "Local media put the number of civilians harmed at 14, including 6 children.",
        [("14", "[14, 14]"), ("6", "[6, 6]")],
    ),
    (
        "The Trial Chamber sentenced the accused to 25 years of imprisonment.",
        [("25 years", "[25, 25]")],
    ),
    ("The indictment charges him with 11 counts of crimes against humanity.", [("11", "[11, 11]")]),
    ("The Court ordered reparations of EUR 2.5 million to 300 victims.", [("300", "[270, 330]")]),
    ("The appeal was dismissed by 7 votes to 2.", [("7 votes to 2", "[0, +inf)")]),
    ("Paragraph 45 of the judgment refers to 1,300 victims.", [("1,300", "[1250, 1350]")]),
    ("The motion was carried by 312 votes to 251.", [("312 votes to 251", "[0, +inf)")]),
    ("The House sat for 143 days in the 2022-23 session.", [("143 days", "[143, 143]")]),
    ("The Bill received 58 amendments at committee stage.", [("58", "[58, 58]")]),
    (
        "The minister told MPs that 4,200 asylum seekers were housed in hotels.",
        [("4,200", "[4150, 4250]")],
    ),
    (
        "The ruling party won 52.3% of the vote on a turnout of 61%.",
        [("52.3%", "[0.5225, 0.5235]"), ("61%", "[0.605, 0.615]")],
    ),
    ("The coalition secured 120 of 450 seats.", [("120", "[115, 125]"), ("450", "[425, 475]")]),
    (
        "Turnout was 48.7 per cent, down from 55.1 per cent in 2019.",
        [("48.7 per cent", "[0.4865, 0.4875]"), ("55.1 per cent", "[0.5505, 0.5515]")],
    ),
    ("The incumbent received 8,412,336 votes.", [("8,412,336", "[8412336, 8412336]")]),
    ("The opposition won 14 seats, losing 9.", [("14", "[14, 14]"), ("9", "[9, 9]")]),
    (
        "Polls show the party at 34%, with a margin of error of 3 points.",
        [("34%, with a margin of error of 3 points", "[0.31, 0.37]")],
    ),
    ("A magnitude 7.8 earthquake struck at a depth of 17.9 km.", []),
    (
        "More than 200 aftershocks were recorded within 48 hours.",
        [("More than 200", "(200, 250]"), ("48 hours", "[48, 48]")],
    ),
    (
        "The earthquake killed at least 2,960 people and injured 5,674.",
        [("at least 2,960", "[2960, 2990]"), ("5,674", "[5674, 5674]")],
    ),
    ("Floods inundated 42,000 hectares of farmland and damaged 310 km of roads.", []),
    (
        "The cyclone made landfall with winds of 185 km/h, displacing 67,000 people.",
        [("67,000", "[66500, 67500]")],
    ),
    (
        "Some 1,700 houses were destroyed and 6,300 partially damaged.",
        [("Some 1,700", "[1530, 1870]"), ("6,300", "[6250, 6350]")],
    ),
    (
        "Rainfall of 300 mm in 24 hours caused the river to burst its banks.",
        [("24 hours", "[24, 24]")],
    ),
    (
        "The landslide buried 23 homes; 17 people remain missing.",
        [("23", "[23, 23]"), ("17", "[17, 17]")],
    ),
    ("The tsunami waves reached 4 metres in height.", []),
    (
        "Arrivals to Italy by sea reached 12,400 in August, compared with 8,900 in July.",
        [("12,400", "[12400, 12400]"), ("8,900", "[8850, 8950]")],
    ),
    ("IOM recorded 2,500 departures from Libya in the first quarter.", [("2,500", "[2250, 2750]")]),
    (
        "UNHCR registered 35,000 new arrivals in the camps in October.",
        [("35,000", "[32500, 37500]")],
    ),
    (
        "Some 140,000 refugees returned spontaneously in 2023.",
        [("Some 140,000", "[126000, 154000]")],
    ),
    (
        "Monthly arrivals: January 3,100; February 2,800; March 4,050.",
        [("3,100", "[3050, 3150]"), ("2,800", "[2750, 2850]"), ("4,050", "[4050, 4050]")],
    ),
    ("Over 600 migrants died attempting the crossing this year.", [("Over 600", "(600, 660]")]),
    (
        "At least 61 people are feared drowned after the boat sank.",
        [("At least 61 people are feared", "[0, +inf)")],
    ),
    ("Border guards turned back 1,200 people at the crossing.", [("1,200", "[1150, 1250]")]),
    ("GDP grew by 3.2% in the second quarter.", [("grew by 3.2%", "[0, 1]")]),
    ("Inflation eased to 6.7 per cent in June.", [("6.7 per cent", "[0.0665, 0.0675]")]),
    ("The government announced a stimulus of $4.5 bn.", []),
    ("The deficit reached 5.1% of GDP.", [("5.1%", "[0.0505, 0.0515]")]),
    (
        "Unemployment stands at 7.4%, affecting 2.1 million workers.",
        [("7.4%", "[0.0735, 0.0745]"), ("2.1 million", "[2050000, 2150000]")],
    ),
    ("The state disbursed 1.5 lakh rupees to each family.", []),
    ("The scheme covers 2 crore households.", [("2 crore", "[18000000, 22000000]")]),
    (
        "Around 3 lakh people were evacuated ahead of the cyclone.",
        [("Around 3 lakh", "[270000, 330000]")],
    ),
    ("The fund's assets total £12bn.", []),
    ("Exports fell 8 per cent to €2.3bn.", [("fell 8 per cent", "[0, 1]")]),
    (
        "The central bank raised rates by 50 basis points to 4.25%.",
        [("4.25%", "[0.04245, 0.04255]")],
    ),
    ("The company cut 1,200 jobs.", [("1,200", "[1150, 1250]")]),
    ("Manchester United won 3-1 at Anfield on Sunday.", [("3-1", "[0, +inf)")]),
    ("She finished 2nd in the 400m final.", []),
    ("The team was ranked 14th in the world.", []),
    ("He scored 27 points in the 112-98 win.", [("112-98", "[0, +inf)")]),
    ("The film, released in 1994, grossed $300 million.", []),
    ("The marathon drew 40,000 runners.", [("40,000", "[36000, 44000]")]),
    ("The Beatles' 1967 album topped the charts for 27 weeks.", [("27 weeks", "[27, 27]")]),
    ("Deaths: 1,234 (up 5%)", [("1,234", "[1234, 1234]"), ("up 5%", "[0, 1]")]),
    ("Injured: 4,567", [("4,567", "[4567, 4567]")]),
    ("Displaced: 23,000 (est.)", [("23,000 (est.)", "[20700, 25300]")]),
    ("Missing: 45", [("45", "[45, 45]")]),
    ("- 312 killed", [("312", "[312, 312]")]),
    ("- 1,050 injured", [("1,050", "[1050, 1050]")]),
    ("- 12,000 displaced", [("12,000", "[11500, 12500]")]),
    ("Cases (cumulative): 8,944", [("8,944", "[8944, 8944]")]),
    ("Death Toll Rises To 312 As Rescue Efforts Continue", [("312", "[312, 312]")]),
    ("Thousands Flee As Fighting Reaches Capital", [("Thousands", "[2000, 9999]")]),
    ("UN Says 4 Million Need Food Aid In Sudan", [("4 Million", "[3600000, 4400000]")]),
    (
        "At least 300 people (including 45 children) were killed.",
        [("At least 300", "[300, 350]"), ("45", "[45, 45]")],
    ),
    ("The toll stands at 156 (as of 12 May).", [("156", "[156, 156]")]),
    ("The strike killed 300[12] according to one estimate.", [("300", "[270, 330]")]),
    ("Approximately 4,000 people were displaced.¹", [("Approximately 4,000", "[3600, 4400]")]),
    ("The attack killed 27 civilians.[3]", [("27", "[27, 27]")]),
    ("The army lost 1,200[14] soldiers in the offensive.", [("1,200", "[1150, 1250]")]),
    ("Around 300¹ people died.", [("Around 300", "[270, 330]")]),
    ("A total of 12 500 people were registered.", [("A total of 12 500", "[12500, 12500]")]),
    ("The camp hosts 150 000 refugees.", [("150 000", "[135000, 165000]")]),
    ("Temperatures dropped to −12 °C in the camps.", []),
    ("Between 2,000–3,000 people fled the town.", [("2,000–3,000", "[2000, 3000]")]),
    ("Casualties of 40–60 were reported.", [("40–60", "[40, 60]")]),
    ("The tomb dates from c. 1200 BC.", []),
    ("The village had c. 300 inhabitants before the war.", [("c. 300", "[270, 330]")]),
    ("Ca. 2,000 people attended the funeral.", [("Ca. 2,000", "[1800, 2200]")]),
    ("Approx. 500 families were affected.", [("Approx. 500", "[450, 550]")]),
    ("The militia numbers ~300 fighters.", [("~300", "[270, 330]")]),
    ("300+ people were injured in the stampede.", [("300+", "[300, 350]")]),
    ("There were >300 casualties.", [(">300", "(300, 350]")]),
    ("Counts of ≥ 300 were recorded in 4 districts.", [("≥ 300", "[300, 350]"), ("4", "[4, 4]")]),
    (
        "Some 15 per cent of the population is food insecure.",
        [("Some 15 per cent", "[0.135, 0.165]")],
    ),
    ("Over 70% of the dead were women and children.", [("Over 70%", "(0.7, 0.77]")]),
    ("Five of the 12 aid workers were killed.", [("Five", "[5, 5]"), ("12", "[12, 12]")]),
    ("One in three children under 5 is stunted.", [("One in three", "[1/3, 1/3]")]),
    (
        "Two-thirds of the 900 schools are closed.",
        [("Two-thirds", "[2/3, 2/3]"), ("900", "[850, 950]")],
    ),
    (
        "The hospital has 120 beds but is treating 340 patients.",
        [("120", "[115, 125]"), ("340", "[335, 345]")],
    ),
    ("Aid reached 16 out of 22 besieged areas.", [("16 out of 22", "[8/11, 8/11]")]),
    (
        "Three aid convoys of 45 trucks entered on Thursday.",
        [("Three", "[3, 3]"), ("45", "[45, 45]")],
    ),
    (
        "An estimated 40-45 per cent of crops were lost.",
        [("An estimated 40-45 per cent", "[0.36, 0.495]")],
    ),
    ("The UN said 24,000 tonnes of food had been delivered.", []),
    ("The convoy carried 1,500 tonnes of wheat to 60,000 people.", [("60,000", "[55000, 65000]")]),
    ("Over 2 million litres of water were trucked in.", []),
    (
        "Vaccinations reached 1.3 million children aged 6 months to 15 years.",
        [("1.3 million", "[1250000, 1350000]")],
    ),
    ("The strike on 4 March killed 9 people.", [("9", "[9, 9]")]),
    ("On 12/03/2023, 17 civilians were killed.", [("17", "[17, 17]")]),
    ("Resolution 2334 was adopted with 14 votes in favour.", [("14", "[14, 14]")]),
    ("Article 51 of the Charter was invoked.", []),
    ("Section 144 was imposed in 12 districts.", [("12", "[12, 12]")]),
    ("The suspect, 34, was charged with 3 counts of murder.", [("3", "[3, 3]")]),
    (
        "Rescuers found 8 survivors after 72 hours under the rubble.",
        [("8", "[8, 8]"), ("72 hours", "[72, 72]")],
    ),
    (
        "The dam holds 2.5 billion cubic metres of water.",
        [("2.5 billion", "[2250000000, 2750000000]")],
    ),
    (
        "Of the estimated 1.2 million people in need, 60 per cent are women and children.",
        [("estimated 1.2 million", "[1080000, 1320000]"), ("60 per cent", "[0.595, 0.605]")],
    ),
    ("Fatalities were coded as 3 for each of the 4 events.", [("3", "[3, 3]"), ("4", "[4, 4]")]),
    ("The event is coded with 10 fatalities.", [("10", "[10, 10]")]),
    (
        "Airstrikes killed between 12 and 20 civilians, with at least 5 children among them.",
        [("between 12 and 20", "[12, 20]"), ("at least 5", "[5, 6]")],
    ),
    ("Reported deaths ranged from 4 to 9.", [("from 4 to 9", "[4, 9]")]),
    (
        "In 2022, 1,104 people were killed; in 2023, 1,396.",
        [("1,104", "[1104, 1104]"), ("1,396", "[1396, 1396]")],
    ),
    (
        "Ebola: 38 confirmed, 12 probable, 27 deaths.",
        [("38", "[38, 38]"), ("12", "[12, 12]"), ("27", "[27, 27]")],
    ),
    (
        "The Commission received 1,843 complaints, of which 612 were admissible.",
        [("1,843", "[1843, 1843]"), ("612", "[612, 612]")],
    ),
    ("The verdict came after 9 hours of deliberation.", [("9 hours", "[9, 9]")]),
    ("Turnout in the run-off was 39.2%.", [("39.2%", "[0.3915, 0.3925]")]),
    (
        "Labour won 411 seats, with 33.7% of the vote.",
        [("411", "[411, 411]"), ("33.7%", "[0.3365, 0.3375]")],
    ),
    ("The 2023 earthquake affected 9.1 million people.", [("9.1 million", "[9050000, 9150000]")]),
    ("Some 45 per cent of those arriving were children.", [("Some 45 per cent", "[0.42, 0.48]")]),
    ("The flood displaced 1.5 lakh people in Assam.", [("1.5 lakh", "[135000, 165000]")]),
    ("The loss is estimated at Rs 2,000 crore.", []),
    ("Over 3 crore people were affected.", [("Over 3 crore", "(30000000, 35000000]")]),
    ("The Council met 4 times in 2024.", [("4", "[4, 4]")]),
    ("Some 1 in 4 households reported skipping meals.", [("Some 1 in 4", "[0.225, 0.275]")]),
    ("Deaths rose 12% week on week to 987.", [("rose 12%", "[0, 1]"), ("987", "[987, 987]")]),
    ("An additional 2,000 troops were deployed.", [("An additional 2,000", "[1800, 2200]")]),
    (
        "In week 24 the figure was 7,800, down from 9,000 in week 23.",
        [("7,800", "[7750, 7850]"), ("9,000", "[8500, 9500]")],
    ),
    ("Maternal mortality stood at 212.5 per 100,000 live births.", []),
    ("There is one midwife per 2,500 women in the district.", []),
    ("The party gained 4.5 percentage points and 12 seats.", [("12", "[12, 12]")]),
    ("Spreads widened by 30 bps after the vote.", []),
    (
        "Bolt ran the 100m final in 9.58 seconds before 60,000 spectators.",
        [("9.58 seconds", "[9.58, 9.58]"), ("60,000", "[55000, 65000]")],
    ),
    ("The pharaohs ruled Egypt until 30 BC.", []),
    ("The defendant, 52, denied all 14 charges.", [("14", "[14, 14]")]),
    ("A gunman, 19, killed 10 people at the mall.", [("10", "[10, 10]")]),
    (
        "The conflict has displaced 1.2 million people³, including 400,000⁴ children.",
        [("1.2 million", "[1150000, 1250000]"), ("400,000", "[360000, 440000]")],
    ),
    ("Arrivals in EW 12 totalled 1,450.", [("1,450", "[1450, 1450]")]),
    ("Last week 300 people fled the town.", [("300", "[270, 330]")]),
    ("For weeks 2,000 people have been trapped in the city.", [("2,000", "[1800, 2200]")]),
    ("A week later 40 bodies were recovered.", [("40", "[40, 40]")]),
    (
        "The district reported 45 cases per 10,000 in week 30.",
        [("45 cases per 10,000", "[0, +inf)")],
    ),
    ("The champion won by 3 points, and 20,000 fans watched.", [("20,000", "[18000, 22000]")]),
    ("The Romans' 1st-century fort was excavated; 300 coins were found.", [("300", "[270, 330]")]),
    ("The UN's 2024 appeal is 30% funded.", [("30%", "[0.295, 0.305]")]),
    ("Smith's 1998 report counted 412 graves.", [("412", "[412, 412]")]),
    ("Children aged 6 to 59 months made up 40% of admissions.", [("40%", "[0.395, 0.405]")]),
    ("<5 cases were reported in rural areas.", [("<5", "[4, 5)")]),
    ("Deaths: 2,104¹ (provisional)", [("2,104¹ (provisional)", "[0, +inf)")]),
    (
        "Some 45\xa0000 people were registered at the border.",
        [("Some 45\xa0000", "[40500, 49500]")],
    ),
    ("The camp population reached 212\u2009300 in March.", [("212\u2009300", "[212300, 212300]")]),
    (
        "The district hosts 18\u202f400 IDPs, up from 12\u202f100.",
        [("18\u202f400", "[18400, 18400]"), ("12\u202f100", "[12100, 12100]")],
    ),
    (
        "Between 3\u2009000 and 4\u2009000 people fled.",
        [("Between 3\u2009000 and 4\u2009000", "[3000, 4000]")],
    ),
    (
        "Airwars assessed that between 4 and 11 civilians were likely killed in the incident.",
        [("between 4 and 11 civilians were likely", "[0, +inf)")],
    ),
    (
        "Sources reported 1–3 civilian deaths, including at least 1 child.",
        [("1–3", "[1, 3]"), ("at least 1", "[1, 2]")],
    ),
    ("Civilian harm: 2–5 killed, 6 injured (contested).", [("2–5", "[2, 5]"), ("6", "[6, 6]")]),
    ("The incident was graded Fair; 3 named victims were identified.", [("3", "[3, 3]")]),
    ("ACLED coded fatalities as 0 for the event.", [("0", "[0, 0]")]),
    (
        "Reported fatalities: 25 (ACLED), 31 (local media).",
        [("25", "[25, 25]"), ("31", "[31, 31]")],
    ),
    (
        "The coalition conceded 2 civilian deaths out of 14 alleged.",
        [("2", "[2, 2]"), ("14", "[14, 14]")],
    ),
    (
        "Protesters numbered roughly 5,000, police said; organisers claimed 20,000.",
        [("roughly 5,000", "[4500, 5500]"), ("20,000", "[18000, 22000]")],
    ),
    (
        "Dozens were detained, at least 12 of them minors.",
        [("Dozens", "[24, 119]"), ("at least 12", "[12, 13.2]")],
    ),
    (
        "The Special Rapporteur received 64 communications concerning 213 individuals.",
        [("64", "[64, 64]"), ("213", "[213, 213]")],
    ),
    ("Hansard records 27 divisions in the session.", [("27", "[27, 27]")]),
    (
        "The Bill passed its second reading by 310 to 203, a majority of 107.",
        [("310 to 203", "[0, +inf)"), ("107", "[107, 107]")],
    ),
    (
        "The ruling party took 62.4 per cent of the vote and 301 of 500 seats.",
        [("62.4 per cent", "[0.6235, 0.6245]"), ("301", "[301, 301]"), ("500", "[450, 550]")],
    ),
    ("Voter turnout stood at 71.3%, the highest since 1998.", [("71.3%", "[0.7125, 0.7135]")]),
    (
        "The magnitude 6.2 quake was followed by 1,100 aftershocks, the largest of magnitude 5.1.",
        [("1,100", "[1050, 1150]")],
    ),
    ("Water levels rose 2.3 metres above normal, flooding 18 villages.", [("18", "[18, 18]")]),
    (
        "The floods affected 33 million people and destroyed 897,000 houses.",
        [("33 million", "[32500000, 33500000]"), ("897,000", "[897000, 897000]")],
    ),
    ("More than 1,200 km of roads and 390 bridges were damaged.", [("390", "[385, 395]")]),
    (
        "Departures from Tunisia fell 60% year on year to 7,400.",
        [("fell 60%", "[0, 1]"), ("7,400", "[7350, 7450]")],
    ),
    ("Returns from Pakistan reached 480,000 by end-December.", [("480,000", "[475000, 485000]")]),
    (
        "In 2023 there were 3,105 recorded deaths in the Mediterranean, 20% of them in the "
        "central route.",
        [("3,105", "[3105, 3105]"), ("20%", "[0.195, 0.205]")],
    ),
    (
        "The economy contracted 1.5% while unemployment climbed to 11%.",
        [("contracted 1.5%", "[0, 1]"), ("11%", "[0.105, 0.115]")],
    ),
    ("The government raised Rs 45,000 crore through bonds.", []),
    (
        "About 2.5 lakh pilgrims took a dip on the first day.",
        [("About 2.5 lakh", "[225000, 275000]")],
    ),
    (
        "Liverpool beat Chelsea 2–0 in front of 53,000 fans.",
        [("2–0", "[0, +inf)"), ("53,000", "[52500, 53500]")],
    ),
    (
        "The novel, first published in 1925, sold 25 million copies.",
        [("25 million", "[22500000, 27500000]")],
    ),
    (
        "Killed: c. 300 • Injured: c. 800 • Missing: ~45",
        [("c. 300", "[270, 330]"), ("c. 800", "[720, 880]"), ("~45", "[42, 48]")],
    ),
    (
        "Rohingya refugees in Cox's Bazar number some 960,000.",
        [("some 960,000", "[930000, 990000]")],
    ),
    (
        "WHO: 5 deaths among 40 suspected cases (CFR 12.5%).",
        [("5", "[5, 5]"), ("40", "[40, 40]"), ("12.5%", "[0.1245, 0.1255]")],
    ),
    ("The motion was carried by 312 to 251.", [("312 to 251", "[0, +inf)")]),
    (
        "Spreads widened 30 bps; the gap narrowed 2% to 14%.",
        [("narrowed 2%", "[0, 1]"), ("14%", "[0.135, 0.145]")],
    ),
    (
        "Exports slipped 4% in May, and 300 people contracted cholera.",
        [("slipped 4%", "[0, 1]"), ("300", "[270, 330]")],
    ),
    ("Quake Death Toll Passes 5,000 In Turkey And Syria", [("Passes 5,000", "[0, +inf)")]),
    (
        "Floods Displace 1.2 Million; 300 Dead",
        [("1.2 Million", "[1150000, 1250000]"), ("300", "[270, 330]")],
    ),
    ("Gunmen Kill 12 In Attack On Village", [("12", "[12, 12]")]),
    ("• 4,500 households received cash assistance", [("4,500", "[4250, 4750]")]),
    ("• 12 mobile clinics are operating", [("12", "[12, 12]")]),
    ("* 3 boreholes rehabilitated", [("3", "[3, 3]")]),
    ("1) 2,300 people reached with hygiene kits", [("2,300", "[2250, 2350]")]),
    (
        "The number of refugees (approx. 45,000) has doubled.",
        [("approx. 45,000", "[40500, 49500]")],
    ),
    (
        "Casualties (killed: 12; injured: 40) were taken to hospital.",
        [("12", "[12, 12]"), ("40", "[40, 40]")],
    ),
    ("The report lists 300 (three hundred) names.", [("300", "[270, 330]")]),
    ("The Chamber found the accused guilty on counts 1, 3 and 7.", []),
    ("Exhibit P-123 shows 40 bodies.", [("40", "[40, 40]")]),
    ("The hearing was adjourned to 14 March; 23 victims were present.", [("23", "[23, 23]")]),
    ("The Senate voted 51-49 to confirm the nominee.", [("51-49", "[0, +inf)")]),
    ("The MP for Leeds North won by 1,234 votes.", [("1,234", "[1234, 1234]")]),
    ("Case No. 2021/45 concerns 17 applicants.", [("17", "[17, 17]")]),
    ("The judgment runs to 412 pages.", [("412", "[412, 412]")]),
    (
        "Results: Party A 45.2%, Party B 38.9%, others 15.9%.",
        [
            ("45.2%", "[0.4515, 0.4525]"),
            ("38.9%", "[0.3885, 0.3895]"),
            ("15.9%", "[0.1585, 0.1595]"),
        ],
    ),
    (
        "Seats: 120 of 450 (26.7%)",
        [("120", "[115, 125]"), ("450", "[425, 475]"), ("26.7%", "[0.2665, 0.2675]")],
    ),
    ("The magnitude-7.1 quake struck 10 km deep.", []),
    ("The Richter scale reading was 6.4, and 230 houses collapsed.", [("230", "[225, 235]")]),
    ("The river crested at 8.5 m, inundating 1,200 ha.", []),
    ("Wind gusts of up to 200 km/h destroyed 40% of crops.", [("40%", "[0.395, 0.405]")]),
    ("In FY2023-24, remittances reached $120bn.", []),
    ("The population grew to 1.43 bn in 2023.", [("1.43 bn", "[1425000000, 1435000000]")]),
    (
        "GDP per capita is $2,400, and 230 mn people live in poverty.",
        [("230 mn", "[225000000, 235000000]")],
    ),
    ("The 2,000-year-old temple was damaged.", []),
    (
        "Scores of people were hurt; 4 were in critical condition.",
        [("Scores", "[40, 199]"), ("4", "[4, 4]")],
    ),
    (
        "They lost 2–1 after extra time; 80,000 attended.",
        [("2–1", "[0, +inf)"), ("80,000", "[75000, 85000]")],
    ),
    ("The budget for 2024–25 is ₹48 lakh crore.", []),
    (
        "Nearly 1 in 3 (32%) respondents reported debt.",
        [("Nearly 1 in 3", "[19/60, 1/3)"), ("32%", "[0.315, 0.325]")],
    ),
    (
        "The survey of 2,400 households found that 18% had no income.",
        [("2,400", "[2350, 2450]"), ("18%", "[0.175, 0.185]")],
    ),
    (
        "Child malnutrition (GAM) reached 15.2%, above the 15% emergency threshold.",
        [("15.2%", "[0.1515, 0.1525]"), ("15%", "[0.145, 0.155]")],
    ),
    (
        "Between January and June 2024, 3,500 people crossed the Darien.",
        [("3,500", "[3250, 3750]")],
    ),
    ("The UN recorded 1,000+ attacks on schools.", [("1,000+", "[1000, 1500]")]),
    ("Approx 200 tents were distributed.", [("Approx 200", "[180, 220]")]),
    ("Some ~2,000 people remain stranded.", [("Some ~2,000", "[0, +inf)")]),
    (
        "An estimated 300–400 thousand people fled.",
        [("An estimated 300–400 thousand", "[270000, 440000]")],
    ),
    (
        "A total of 6 million doses were delivered to 14 countries.",
        [("A total of 6 million", "[6000000, 6000000]"), ("14", "[14, 14]")],
    ),
    ("See paragraphs 4, 5 and 6 of the judgment; 300 victims are listed.", [("300", "[270, 330]")]),
    ("Resolutions 242 and 338 call for withdrawal; 40 states voted.", [("40", "[40, 40]")]),
    (
        "The lease runs for three hundred and twenty-five (325) days; 40 tenants signed.",
        [("three hundred and twenty-five (325) days", "[325, 325]"), ("40", "[40, 40]")],
    ),
    ("Twelve (12) people died when the bus overturned.", [("Twelve", "[12, 12]")]),
    ("2. 400 latrines were built in the camp", [("400", "[360, 440]")]),
]


@pytest.mark.parametrize(("prose", "figures"), REGISTERS)
def test_a_report_of_another_register_reads_as_a_reader_reads_it(
    prose: str, figures: list[tuple[str, str]]
) -> None:
    """Every figure of the sentence, with its words and interval, and nothing else."""
    assert read(prose) == figures


def test_the_table_is_large_and_its_sentences_are_new() -> None:
    """The table holds 150 or more sentences, none twice."""
    sentences = [prose for prose, _ in REGISTERS]
    assert len(sentences) >= 150
    assert len(set(sentences)) == len(sentences)


# -- 1. footnote markers in superscript --------------------------------------------------------


@pytest.mark.parametrize(
    ("prose", "figures"),
    [
        ("Around 300¹ people died.", [("Around 300", "[270, 330]")]),
        ("The fighting killed 4,000⁴⁵ people.", [("4,000", "[3600, 4400]")]),
        (
            "Of 1,200² detainees, 300³ were freed.",
            [("1,200", "[1150, 1250]"), ("300", "[270, 330]")],
        ),
        (
            "Some 6,000 fled.⁷ Another 40 died.",
            [("Some 6,000", "[5400, 6600]"), ("Another 40", "[40, 40]")],
        ),
    ],
)
def test_a_superscript_footnote_marker_dropped_the_figure(
    prose: str, figures: list[tuple[str, str]]
) -> None:
    """Superscript digits glued after a number or a mark are a footnote marker, left out:
    "300¹" was taken for a code and dropped, as "300[12]" never was."""
    assert read(prose) == figures


@pytest.mark.parametrize(
    "prose", ["The plot of 300 m² was flooded.", "The lake holds 40 m³ of water."]
)
def test_a_superscript_after_a_unit_stays_the_units(prose: str) -> None:
    """After a letter a superscript is a power of the unit ("m²"): still a measurement."""
    assert read(prose) == []


# -- 2. years of an era ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "prose",
    [
        "The tomb dates from c. 1200 BC.",
        "The temple was built around 300 BCE.",
        "The city was sacked in AD 70.",
        "The fort stood from 120 to 80 BC.",
        "The pharaohs ruled Egypt until 30 BC.",
    ],
)
def test_a_year_of_an_era_was_read_as_a_count(prose: str) -> None:
    """A number before "BC", "BCE", "AD" or "CE" in capitals, or after "AD", is a year."""
    assert read(prose) == []


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("In AD 70 the temple was destroyed, and 1,100 people died.", ["1,100"]),
        ("Ad 300 was shown.", ["300"]),
        ("Some 300 ce students attended.", ["Some 300"]),
    ],
)
def test_counts_beside_eras_stay(prose: str, found: list[str]) -> None:
    """Counts beside an era, and the same letters in lower case, keep their readings."""
    assert words(prose) == found


# -- 3. numbers of weeks -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("In epidemiological week 32, 140 cases were reported.", ["140"]),
        ("In week 41, 2,310 new cases were notified.", ["2,310"]),
        ("Cases fell 14% compared with week 40.", ["fell 14%"]),
        ("Cases rose in weeks 30 to 32.", []),
        ("EW 32 saw 12 deaths.", ["12"]),
        ("Ebola cases: 38 (week 12)", ["38"]),
        ("In week 24 the figure was 7,800.", ["7,800"]),
    ],
)
def test_the_number_of_a_reporting_week_was_read_as_a_count(prose: str, found: list[str]) -> None:
    """A number after a lower-case "week" or "weeks" that a preposition, "epidemiological"
    or a bracket opens, or after "EW", numbers a week of a calendar of reports."""
    assert words(prose) == found


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("Last week 300 people fled the town.", ["300"]),
        ("For weeks 2,000 people have been trapped in the city.", ["2,000"]),
        ("A week later 40 bodies were recovered.", ["40"]),
        ("In Week 41 there were 200 cases.", ["200"]),
    ],
)
def test_counts_after_a_week_stay(prose: str, found: list[str]) -> None:
    """A week named with a determiner or an adverb ("last week", "a week later") and a
    plural week of duration ("for weeks") leave the number after them a count."""
    assert words(prose) == found


# -- 4. the base of a rate ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "prose",
    [
        "Attack rate: 3.4 per 1,000 population.",
        "Maternal mortality stood at 212.5 per 100,000 live births.",
        "There is one midwife per 2,500 women in the district.",
        "Incidence: 45.2 per 100 000.",
    ],
)
def test_the_base_of_a_rate_was_read_as_a_count(prose: str) -> None:
    """The number after "per" is the base a rate is given for, never a count of its own
    (it was read when the rate's number, with decimals, was left unread)."""
    assert read(prose) == []


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("Incidence reached 12 per 100,000 population.", ["12 per 100,000"]),
        ("The camp receives 300 people per week.", ["300 people per week"]),
    ],
)
def test_a_rate_with_a_count_stays_one_unread_mention(prose: str, found: list[str]) -> None:
    """A rate whose number is whole stays one mention, unread as a rate."""
    assert words(prose) == found
    assert all(m.unread for m in extract(prose))


# -- 5. points ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        (
            "Polls show the party at 34%, with a margin of error of 3 points.",
            ["34%, with a margin of error of 3 points"],
        ),
        ("The central bank raised rates by 50 basis points to 4.25%.", ["4.25%"]),
        ("The party gained 4.5 percentage points and 12 seats.", ["12"]),
        ("He scored 27 points and 11 rebounds.", ["11"]),
        ("Spreads widened by 30 bps after the vote.", []),
    ],
)
def test_points_of_a_score_or_a_rate_were_read_as_a_count(prose: str, found: list[str]) -> None:
    """Points, percentage points and basis points measure a score, a poll or a rate."""
    assert words(prose) == found


def test_a_compound_with_point_stays_unread() -> None:
    """ "a 10-point plan" counts the plan's points: still an unread compound."""
    (m,) = extract("A 10-point plan was agreed.")
    assert (m.text, m.unread) == ("10-point", "point")


# -- 6. distances of races ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "prose",
    [
        "She finished 2nd in the 400m final.",
        "She won the 400m hurdles and the 100m freestyle.",
        "He holds the record in the 200 m backstroke.",
    ],
)
def test_a_race_in_metres_was_read_as_millions(prose: str) -> None:
    """An "m" after a whole number before a race's event is metres, not million."""
    assert read(prose) == []


@pytest.mark.parametrize(
    ("prose", "figures"),
    [
        ("The 1.2m residents were told to leave.", [("1.2m", "[1150000, 1250000]")]),
        ("The 1.5m final payment was made.", [("1.5m", "[1350000, 1650000]")]),
    ],
)
def test_millions_before_other_words_stay(prose: str, figures: list[tuple[str, str]]) -> None:
    """An "m" after a number with decimals, or before any other word, is still million."""
    assert read(prose) == figures


# -- 7. years after a plural's possessive ------------------------------------------------------


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("The Beatles' 1967 album topped the charts.", []),
        ("The rebels' 2012 offensive killed 300.", ["300"]),
        ("Rebels' 1,200 fighters withdrew.", ["1,200"]),
    ],
)
def test_a_year_after_a_plurals_possessive_was_read_as_a_count(
    prose: str, found: list[str]
) -> None:
    """A year after "s'" modifies the noun after it as after "'s"; a number grouped by a
    comma stays a count."""
    assert words(prose) == found


# -- 8. ages beside people named in court and crime reports ------------------------------------


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("The suspect, 34, was charged with 3 counts of murder.", ["3"]),
        ("The defendant, 52, denied all 14 charges.", ["14"]),
        ("A gunman, 19, killed 10 people at the mall.", ["10"]),
        ("Police arrested a suspect, 34 others fled.", ["34"]),
        ("According to a UN official, 45, including 12 children, died.", ["45", "12"]),
    ],
)
def test_an_age_beside_a_suspect_was_read_as_a_count(prose: str, found: list[str]) -> None:
    """A number set off by commas after a word for one person is an age; one that a
    word follows ("34 others"), or one after a source ("an official"), stays a count."""
    assert words(prose) == found


# -- 9. spans of ages --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("Vaccinations reached 1.3 million children aged 6 months to 15 years.", ["1.3 million"]),
        ("Children aged 6 to 59 months made up 40% of admissions.", ["40%"]),
        ("Children aged 5 to 12 were among 300 evacuated.", ["300"]),
    ],
)
def test_the_far_end_of_a_span_of_ages_was_read(prose: str, found: list[str]) -> None:
    """After "aged", "to" joins two ages; the far one was read as a count or a duration."""
    assert words(prose) == found


# -- 10. rate adverbs used as adjectives -------------------------------------------------------


@pytest.mark.parametrize(
    ("prose", "figures"),
    [
        (
            "Partners reached 72 per cent of the monthly target.",
            [("72 per cent", "[0.715, 0.725]")],
        ),
        ("Aid covers 40% of the weekly needs.", [("40%", "[0.395, 0.405]")]),
    ],
)
def test_a_share_of_a_monthly_thing_was_read_as_a_rate(
    prose: str, figures: list[tuple[str, str]]
) -> None:
    """ "monthly" after a determiner is an adjective ("the monthly target"), not a rate."""
    assert read(prose) == figures


def test_a_rate_adverb_after_a_figure_still_makes_a_rate() -> None:
    """ "300 people die weekly" stays a rate, unread."""
    (m,) = extract("Some 300 people die weekly in the camps.")
    assert m.unread == "people die weekly"


# -- 11. tallies after "by" --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("The Bill passed its second reading by 310 to 203.", ["310 to 203"]),
        ("The motion was carried by 312 to 251.", ["312 to 251"]),
        ("The amendment was rejected by 280 to 301.", ["280 to 301"]),
    ],
)
def test_a_tally_after_by_was_read_as_a_change_and_a_level(prose: str, found: list[str]) -> None:
    """After a verb of a tally a few words back ("passed its second reading by"), "by"
    names the margin of a vote, not a change: the two numbers are one unread tally."""
    assert words(prose) == found
    assert all(m.unread for m in extract(prose))


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("Support fell by 300 to 120.", ["fell by 300", "120"]),
        ("Prices were raised by 300 to 1,200.", ["raised by 300", "1,200"]),
    ],
)
def test_a_change_by_and_its_level_stay(prose: str, found: list[str]) -> None:
    """After a word of change "by" still names a change, and "to" its level."""
    assert words(prose) == found


# -- 12. more verbs of change ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("The economy contracted 1.5% in the quarter.", ["contracted 1.5%"]),
        ("Exports slipped 4% in May.", ["slipped 4%"]),
        ("The gap narrowed 2% to 14%.", ["narrowed 2%", "14%"]),
        ("Spreads widened 0.3% and sank 0.1% later.", ["widened 0.3%", "sank 0.1%"]),
    ],
)
def test_a_change_after_contracted_was_read_as_a_level(prose: str, found: list[str]) -> None:
    """ "contracted", "slipped", "slid", "sank", "widened" and "narrowed" right before a
    number say by how much, as "fell" does; "to" after them gives the level."""
    assert words(prose) == found
    assert extract(prose)[0].unread


def test_a_count_before_contracted_stays() -> None:
    """ "300 people contracted cholera" counts people."""
    assert read("300 people contracted cholera.") == [("300", "[270, 330]")]


# -- 13. lists of numbers after a label --------------------------------------------------------


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("See paragraphs 4, 5 and 6 of the report.", []),
        ("See pages 3, 7 and 9.", []),
        ("Articles 3 and 5 were violated by 300 officers.", ["300"]),
        ("Resolutions 242 and 338 call for withdrawal; 40 states voted.", ["40"]),
        ("The accused was convicted on counts 1, 3 and 7.", []),
        ("He was acquitted on count 2; 14 witnesses testified.", ["14"]),
    ],
)
def test_the_numbers_listed_after_a_label_were_read_as_counts(prose: str, found: list[str]) -> None:
    """Plain numbers joined to a label's number by ",", "and" or "or" are identifiers as
    it is ("paragraphs 4, 5 and 6"); so are numbers after "on count" in a court record."""
    assert words(prose) == found


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("Under Article 4, 300 people were detained.", ["300"]),
        ("Under Article 4 and 300 people were detained.", ["300"]),
        ("See pages 3, 7 and 9, where 300 are named.", ["300"]),
        ("The ministry counts 300 dead.", ["300"]),
        ("He faces 3 counts of murder.", ["3"]),
    ],
)
def test_counts_after_a_labels_number_stay(prose: str, found: list[str]) -> None:
    """A number that a plural noun follows, or one after the verb "counts", is a count."""
    assert words(prose) == found


# -- 14. list numbers before a count -----------------------------------------------------------


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("1) 2,300 people reached with hygiene kits", ["2,300"]),
        ("2. 400 latrines were built in the camp", ["400"]),
        ("The toll is 12. 300 more are missing.", ["12", "300 more"]),
    ],
)
def test_a_list_number_before_a_count_was_read_as_a_count(prose: str, found: list[str]) -> None:
    """An item's number at the start of a line, with "." or ")", before a number is no
    count; a number ending a sentence stays one."""
    assert words(prose) == found


# -- 15. numbers restated in brackets ----------------------------------------------------------


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("The report lists 300 (three hundred) names.", ["300"]),
        ("Twelve (12) people died.", ["Twelve"]),
        (
            "It runs for three hundred and twenty-five (325) days.",
            ["three hundred and twenty-five (325) days"],
        ),
        ("Between two and five (5) people died.", ["Between two and five"]),
    ],
)
def test_a_number_restated_in_brackets_was_counted_twice(prose: str, found: list[str]) -> None:
    """A number in brackets that restates the number right before them, in words or in
    digits, is the same figure, not a second one."""
    assert words(prose) == found


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("He was fined two thousand (2,000) dollars.", []),
        ("He was fined 2,000 (two thousand) dollars; 12 (twelve) men fled.", ["12"]),
        ("They paid five hundred (500) US dollars and 40 people fled.", ["40"]),
        ("Two thousand (2,000) people fled.", ["Two thousand"]),
        ("It cost two thousand (2,500) dollars.", ["two thousand", "2,500"]),
    ],
)
def test_money_after_a_number_restated_in_brackets_was_read_as_a_count(
    prose: str, found: list[str]
) -> None:
    """ "two thousand (2,000) dollars" is money, as "two thousand dollars" is: the currency
    after the restatement is the figure's ("two thousand" was a count); a bracket that
    says another number restates nothing."""
    assert words(prose) == found


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("Killed: 300 (45 children).", ["300", "45"]),
        ("Deaths rose to 300 (250 last week).", ["300", "250"]),
        ("Deaths: 12 (12)", ["12", "12"]),
    ],
)
def test_another_number_in_brackets_stays(prose: str, found: list[str]) -> None:
    """A different number in brackets is a figure of its own, and so is one in digits after
    one in digits (a table's figure for an earlier period)."""
    assert words(prose) == found


# -- 16. hectares ------------------------------------------------------------------------------


def test_hectares_abbreviated_were_read_as_a_count() -> None:
    """ "ha" after a number is hectares, a measurement, as "hectares" is."""
    assert words("The river crested at 8.5 m, inundating 1,200 ha and 18 villages.") == ["18"]
