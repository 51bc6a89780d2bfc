"""Wire-report sentences extract had never seen, and the classes of misreading they showed.

The table :data:`WIRE` holds sentences in the style of news reports on wars, disasters,
migration and health, with what a reader of the news would take as their figures: a
number that names a model, a treaty, a road or a place, a date, a time, an age, a score
or an amount of money is no count; a hedge is kept; a range is one figure. The tests
after it each guard one class of misreading, with the phrases beside it that must stay
as they were.
"""

from __future__ import annotations

import pytest

from pwstats import Interval, extract, parse
from pwstats.parse.context import ABBREVIATIONS


def read(prose: str) -> list[tuple[str, str]]:
    """Each mention's words and its (pragmatic) interval."""
    return [(m.text, str(m.amount.interval)) for m in extract(prose)]


def nouns(prose: str) -> list[tuple[str, str]]:
    """Each mention's words and the noun it counts."""
    return [(m.text, m.noun) for m in extract(prose)]


WIRE: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Ukraine received 40 M777 howitzers and 12 K9 howitzers.",
        [("40", "[40, 40]"), ("12", "[12, 12]")],
    ),
    (
        "The US sent 20 B-52 bombers and 31 M1A1 Abrams tanks.",
        [("20", "[20, 20]"), ("31", "[31, 31]")],
    ),
    (
        "Russia fired 12 Kh-101 missiles and 8 Tu-95MS bombers took off.",
        [("12", "[12, 12]"), ("8", "[8, 8]")],
    ),
    ("A 737 crashed near the airport, killing all 132 aboard.", [("132", "[132, 132]")]),
    ("The airline grounded its 737-800 fleet after the crash.", []),
    ("The S-300 system shot down 3 drones.", [("3", "[3, 3]")]),
    (
        "They lost 30 T-72B3 tanks and 12 BM-21 Grad launchers.",
        [("30", "[30, 30]"), ("12", "[12, 12]")],
    ),
    ("In World War 2, some 300 villagers were killed.", [("some 300", "[270, 330]")]),
    ("The Minsk 2 agreement collapsed in 2022.", []),
    ("Leaders of the Group of 7 met in Hiroshima, where 300 protested.", [("300", "[270, 330]")]),
    ("The Group of Seven pledged $50 billion.", []),
    ("Nord Stream 2 pipeline was damaged.", []),
    ("The Big Three met at Yalta.", []),
    (
        "The UN General Assembly voted 141 to 5 to condemn the invasion.",
        [("141 to 5", "[0, +inf)")],
    ),
    ("The ceasefire began at 0600 GMT on Sunday.", []),
    (
        "Officials said 1,200 people had been displaced, up from 800 a week earlier.",
        [("1,200", "[1150, 1250]"), ("800", "[750, 850]")],
    ),
    (
        "Between 300 and 400 migrants were rescued off Lampedusa on Tuesday.",
        [("Between 300 and 400", "[300, 400]")],
    ),
    (
        "The death toll rose from 2,100 to 2,450 overnight.",
        [("2,100", "[2050, 2150]"), ("2,450", "[2450, 2450]")],
    ),
    (
        "About one in five children is malnourished, UNICEF said.",
        [("About one in five", "[0.18, 0.22]")],
    ),
    (
        "A third of the 1.2 million residents have fled.",
        [("A third", "[1/3, 1/3]"), ("1.2 million", "[1150000, 1250000]")],
    ),
    ("Tens of thousands of people marched in Tbilisi.", [("Tens of thousands", "[20000, 99999]")]),
    (
        "Nearly half of the 3,000 detainees were released.",
        [("Nearly half", "[0.475, 0.5)"), ("3,000", "[2700, 3300]")],
    ),
    (
        "Hundreds were injured and at least 42 killed.",
        [("Hundreds", "[200, 999]"), ("at least 42", "[42, 45]")],
    ),
    ("The World Bank approved a $1.2bn loan and the EU pledged €300m.", []),
    (
        "Inflation hit 12.5% in March, up from 9.8% in February.",
        [("12.5%", "[0.1245, 0.1255]"), ("9.8%", "[0.0975, 0.0985]")],
    ),
    ("The quake struck at a depth of 10 km, 75 km south of the city.", []),
    ("Shelling hit 14 Shevchenko Street at 3:45 am.", []),
    ("Call the hotline on 0800 123 456 for help.", []),
    (
        "Israel freed 39 Palestinian prisoners in exchange for 13 hostages.",
        [("39", "[39, 39]"), ("13", "[13, 13]")],
    ),
    ("Brazil beat Croatia 3-1 on penalties.", [("3-1", "[0, +inf)")]),
    ("The 2,000 troops will stay until 2025.", [("2,000", "[1800, 2200]")]),
    (
        "Of the 250 passengers, 12 were children aged under 5.",
        [("250", "[225, 275]"), ("12", "[12, 12]")],
    ),
    (
        "Some 6.5 million people are internally displaced, according to the IOM.",
        [("Some 6.5 million", "[5850000, 7150000]")],
    ),
    (
        "The fire destroyed 1,500 homes and damaged 300 more.",
        [("1,500", "[1350, 1650]"), ("300 more", "[270, 330]")],
    ),
    (
        "Cholera cases jumped by 40% to 12,000 in two weeks.",
        [("jumped by 40%", "[0, 1]"), ("12,000", "[11500, 12500]"), ("two weeks", "[2, 2]")],
    ),
    (
        "The WHO recorded 1,025 attacks on health care since February 24.",
        [("1,025", "[1025, 1025]")],
    ),
    ("Only 7 of the 24 hospitals are still working.", [("Only 7", "[7, 7]"), ("24", "[24, 24]")]),
    ("The boat was carrying 60 to 70 people when it capsized.", [("60 to 70", "[60, 70]")]),
    (
        "At least 18 people, including 5 children, drowned.",
        [("At least 18", "[18, 19.8]"), ("5", "[5, 5]")],
    ),
    (
        "The two sides exchanged 200 prisoners each, bringing the total to 2,598.",
        [("two", "[2, 2]"), ("200 prisoners each", "[0, +inf)"), ("2,598", "[2598, 2598]")],
    ),
    (
        "Police arrested 45 protesters and fired 30 rounds of tear gas.",
        [("45", "[45, 45]"), ("30", "[30, 30]")],
    ),
    (
        "Gaza's health ministry said 1,417 people had been killed in 24 hours.",
        [("1,417", "[1417, 1417]"), ("24 hours", "[24, 24]")],
    ),
    (
        "The budget allocates 1.5 trillion rubles to defence, 30% of spending.",
        [("30%", "[0.295, 0.305]")],
    ),
    (
        "Casualties ran into the thousands, the governor said.",
        [("into the thousands", "[1000, 9999]")],
    ),
    (
        "UNHCR said 8 million refugees from Ukraine were recorded across Europe.",
        [("8 million", "[7500000, 8500000]")],
    ),
    ("The 42-year-old mother of three was among 17 killed.", [("17", "[17, 17]")]),
    ("The 72-hour truce started on Friday.", [("72-hour", "[72, 72]")]),
    ("He was jailed for 15 years in 2019.", [("15 years", "[15, 15]")]),
    (
        "Aid convoys of 20 trucks reached Rafah on Saturday, the first since October 7.",
        [("20", "[20, 20]")],
    ),
    (
        "Rescuers pulled 3 survivors from the rubble of a 5-storey building.",
        [("3", "[3, 3]"), ("5-storey", "[0, +inf)")],
    ),
    (
        "The 1,000-bed field hospital treated 120 patients a day.",
        [("1,000-bed", "[0, +inf)"), ("120 patients a day", "[0, +inf)")],
    ),
    ("The plane, a Boeing 777-200, was carrying 239 people.", [("239", "[239, 239]")]),
    ("Flight MH17 was shot down over Donbas, killing all 298 on board.", [("298", "[298, 298]")]),
    (
        "The quake measured 7.8 on the Richter scale and killed more than 50,000.",
        [("more than 50,000", "(50000, 55000]")],
    ),
    ("At 2 p.m. 300 protesters gathered outside Parliament.", [("300", "[270, 330]")]),
    ("They gathered on Route 1. 300 buses were stopped.", [("300", "[270, 330]")]),
    ('The army said it killed "dozens" of militants.', [("dozens", "[24, 119]")]),
    (
        "Up to 500 people may have died, officials feared.",
        [("Up to 500 people may have", "[0, +inf)")],
    ),
    (
        "Fewer than 100 of the 1,300 residents remain.",
        [("Fewer than 100", "[50, 100)"), ("1,300", "[1250, 1350]")],
    ),
    ("One in three schools has been damaged.", [("One in three", "[1/3, 1/3]")]),
    (
        "The mission has 12,000 peacekeepers and a budget of $1.1 billion.",
        [("12,000", "[11500, 12500]")],
    ),
    (
        "Over 90 per cent of Gaza's 2.2 million people are displaced.",
        [("Over 90 per cent", "(0.9, 0.99]"), ("2.2 million", "[2150000, 2250000]")],
    ),
    (
        "The virus has killed 2,345 people and infected 35,000 since 2014.",
        [("2,345", "[2345, 2345]"), ("35,000", "[32500, 37500]")],
    ),
    (
        "Roughly two-thirds of the 900 migrants were from Syria.",
        [("Roughly two-thirds", "[0.6, 11/15]"), ("900", "[850, 950]")],
    ),
    (
        "Boko Haram abducted 276 schoolgirls from Chibok in 2014; 98 remain missing.",
        [("276", "[276, 276]"), ("98", "[98, 98]")],
    ),
    ("The trial of 23 defendants opened in Courtroom 2.", [("23", "[23, 23]")]),
    (
        "Around 150 to 200 families were evacuated from Block 4.",
        [("Around 150 to 200", "[135, 220]")],
    ),
    ("Turkey's death toll passed 40,000 on Tuesday.", [("passed 40,000", "[0, +inf)")]),
    (
        "Some 250,000 to 300,000 people fled Khartoum in the first week.",
        [("Some 250,000 to 300,000", "[225000, 330000]")],
    ),
    (
        "The floods affected 33 million people, a seventh of the population.",
        [("33 million", "[32500000, 33500000]")],
    ),
    ("Dial 112 for emergencies; 300 calls came in an hour.", [("300", "[270, 330]")]),
    ("The 2022-23 season saw 1,200 arrests.", [("1,200", "[1150, 1250]")]),
    (
        "The UN appealed for $4.3 billion to help 17 million people.",
        [("17 million", "[16500000, 17500000]")],
    ),
    (
        "The clashes killed 5 soldiers and 3 policemen, and 9 others were hurt.",
        [("5", "[5, 5]"), ("3", "[3, 3]"), ("9", "[9, 9]")],
    ),
    ("Of 4,000 tested, 11% were positive.", [("4,000", "[3600, 4400]"), ("11%", "[0.105, 0.115]")]),
    (
        "The number of refugees rose to 1.1 million from 900,000 a year earlier.",
        [("1.1 million", "[1050000, 1150000]"), ("900,000", "[850000, 950000]")],
    ),
    (
        "Between 10,000 and 15,000 people are believed to be trapped.",
        [("Between 10,000 and 15,000 people are believed", "[0, +inf)")],
    ),
    (
        "Aid agencies said 3 to 4 million people needed food aid.",
        [("3 to 4 million", "[3000000, 4000000]")],
    ),
    (
        "The toll climbed from 35 to 51 on Monday, with 120 injured.",
        [("35", "[35, 35]"), ("51", "[51, 51]"), ("120", "[115, 125]")],
    ),
    (
        "As many as 2,000 people were evacuated from Kherson.",
        [("As many as 2,000", "[1500, 2000]")],
    ),
    ("Nearly 40% of households reported running out of food.", [("Nearly 40%", "[0.38, 0.4)")]),
    (
        "More than half of the 400 schools in the region were damaged.",
        [("More than half", "(0.5, 0.55]"), ("400", "[360, 440]")],
    ),
    (
        "Two out of three displaced people are women and children.",
        [("Two out of three", "[2/3, 2/3]")],
    ),
    ("The rebels freed 12 of the 38 hostages on Friday.", [("12", "[12, 12]"), ("38", "[38, 38]")]),
    (
        "The storm killed at least 26 people in 3 states.",
        [("at least 26", "[26, 28.6]"), ("3", "[3, 3]")],
    ),
    (
        "Police said 2 people died and 14 were hurt in the stampede.",
        [("2", "[2, 2]"), ("14", "[14, 14]")],
    ),
    (
        "The army said it had lost 1,300 men, down from an earlier estimate of 1,500.",
        [("1,300", "[1250, 1350]"), ("1,500", "[1350, 1650]")],
    ),
    ("The outbreak has infected 4,500 people since June 3.", [("4,500", "[4250, 4750]")]),
    ("The 18-month-old girl was among 7 survivors.", [("7", "[7, 7]")]),
    (
        "Italy took in 105,000 migrants in 2022, up 55% on 2021.",
        [("105,000", "[105000, 105000]"), ("up 55%", "[0, 1]")],
    ),
    ("Officials reported 1 death and 9 injuries on Route 66.", [("1", "[1, 1]"), ("9", "[9, 9]")]),
    (
        "The camp, home to about 25,000, lies 12 miles from the border.",
        [("about 25,000", "[22500, 27500]")],
    ),
    (
        "The court sentenced 17 people to death and 52 to prison terms.",
        [("17", "[17, 17]"), ("52", "[52, 52]")],
    ),
    ("Prices have risen by a factor of 3 since 2020.", []),
    (
        "Sudan's war has displaced 10.7 million people, 1.8 million of them abroad.",
        [("10.7 million", "[10650000, 10750000]"), ("1.8 million", "[1750000, 1850000]")],
    ),
    ("Israel says 1,200 people were killed in the October 7 attack.", [("1,200", "[1150, 1250]")]),
    ("The ministry said the figure was 34,000 as of April 20.", [("34,000", "[33500, 34500]")]),
    ("He was arrested at 11 Downing Street on 14 June.", []),
    ("The offensive began at dawn on the 24th.", []),
    ("The 2023 budget sets aside $850 million for reconstruction.", []),
    ("A 5.6-magnitude quake hit at 04:17 local time.", []),
    ("UNICEF said 1 in 4 children under 5 is stunted.", [("1 in 4", "[0.25, 0.25]")]),
    ("The helpline, 116 123, received 3,200 calls.", [("3,200", "[3150, 3250]")]),
    (
        "Up to 30 people were feared dead after the 6.3 magnitude earthquake.",
        [("Up to 30 people were feared", "[0, +inf)")],
    ),
    (
        "Roughly 60 per cent of the city's 400,000 residents have no power.",
        [("Roughly 60 per cent", "[0.54, 0.66]"), ("400,000", "[360000, 440000]")],
    ),
    (
        "The Red Cross has visited 1,500 prisoners of war since February 2022.",
        [("1,500", "[1350, 1650]")],
    ),
    (
        "The tally stood at 3-1 after 90 minutes.",
        [("3-1", "[0, +inf)"), ("90 minutes", "[90, 90]")],
    ),
    ("Turnout was 61.4 per cent.", [("61.4 per cent", "[0.6135, 0.6145]")]),
    (
        "The flood left 1,700 dead in Pakistan and affected 33 million.",
        [("1,700", "[1650, 1750]"), ("33 million", "[32500000, 33500000]")],
    ),
    (
        "Of the 1,100 people on board, only 104 survived.",
        [("1,100", "[1050, 1150]"), ("only 104", "[104, 104]")],
    ),
    ("Some 40 children, aged 6 to 12, were among the dead.", [("Some 40", "[36, 44]")]),
    (
        "Kenya's Interior Ministry said 45 of the 300 were Somali nationals.",
        [("45", "[45, 45]"), ("300", "[270, 330]")],
    ),
    ("The shelter houses 70 families in Block C.", [("70", "[70, 70]")]),
    ("Gunmen killed 12 worshippers at St Peter's church on Sunday.", [("12", "[12, 12]")]),
    ("The WFP needs $2.5bn over the next 6 months.", [("6 months", "[6, 6]")]),
    (
        "The vaccine was 95% effective in a trial of 43,000 people.",
        [("95%", "[0.945, 0.955]"), ("43,000", "[42500, 43500]")],
    ),
    (
        "Over the weekend, 1,400 migrants crossed the Channel in 30 small boats.",
        [("1,400", "[1350, 1450]"), ("30", "[30, 30]")],
    ),
    (
        "The ship carried 650 passengers and 2 crew members from Pier 9.",
        [("650", "[625, 675]"), ("2", "[2, 2]")],
    ),
    (
        "The blast at 3 a.m. killed 8 people in a five-storey building.",
        [("8", "[8, 8]"), ("five-storey", "[0, +inf)")],
    ),
    (
        "The bill passed 52-48 in the Senate, with 2 abstentions.",
        [("52-48", "[0, +inf)"), ("2", "[2, 2]")],
    ),
    ("She spent 7 years in prison before her release in 2021.", [("7 years", "[7, 7]")]),
    ("Casualties numbered in the low thousands.", [("in the low thousands", "[1000, 3999]")]),
    ("The IRC said one-third of clinics had closed.", [("one-third", "[1/3, 1/3]")]),
    (
        "Three-quarters of the 2,000 wells were contaminated.",
        [("Three-quarters", "[0.75, 0.75]"), ("2,000", "[1800, 2200]")],
    ),
    (
        "In the 1990s, about 800,000 were killed in 100 days.",
        [("about 800,000", "[720000, 880000]"), ("100 days", "[90, 110]")],
    ),
    ("The convoy of 120 lorries waited at Kerem Shalom crossing.", [("120", "[115, 125]")]),
    ("The group's 2,500 fighters are based in Idlib.", [("2,500", "[2250, 2750]")]),
    (
        "Only one in ten of the 5,000 applicants was accepted.",
        [("Only one in ten", "[0.1, 0.1]"), ("5,000", "[4500, 5500]")],
    ),
    ("The boat sank 40 km off Libya; 61 migrants drowned.", [("61", "[61, 61]")]),
    (
        "Authorities counted 4,000 to 5,000 protesters, organisers 20,000.",
        [("4,000 to 5,000", "[4000, 5000]"), ("20,000", "[18000, 22000]")],
    ),
    (
        "Cases fell to 212 last week, from a peak of 1,900.",
        [("212", "[212, 212]"), ("1,900", "[1850, 1950]")],
    ),
    ("A 2-year-old and a 7-year-old were among the wounded.", []),
    ("A total of 1,548 people have been arrested.", [("A total of 1,548", "[1548, 1548]")]),
    ("By 1600 GMT, 900 people had crossed at Rafah.", [("900", "[850, 950]")]),
    (
        "A 20 percent rise in attacks killed 150.",
        [("20 percent", "[0.195, 0.205]"), ("150", "[135, 165]")],
    ),
    (
        "A 1,000-strong force arrived, and an 800 strong unit followed.",
        [("1,000", "[900, 1100]"), ("800", "[750, 850]")],
    ),
    ("About 3.5 million Syrians live in Turkey.", [("About 3.5 million", "[3150000, 3850000]")]),
    ("There were 3 to 1 odds against them.", [("3 to 1", "[0, +inf)")]),
    ("The 300 who stayed were safe.", [("300", "[270, 330]")]),
    ("A 300 page report found 40 abuses.", [("40", "[40, 40]")]),
    ("Men aged 18 to 60 are barred from leaving; 300 tried anyway.", [("300", "[270, 330]")]),
    (
        "Children under 18 make up 40% of the 2,000 detainees.",
        [("40%", "[0.395, 0.405]"), ("2,000", "[1800, 2200]")],
    ),
    ("A Category 5 hurricane killed 12 people.", [("12", "[12, 12]")]),
    ("The Level 4 alert covers 3 million people.", [("3 million", "[2700000, 3300000]")]),
    (
        "The COVID-19 pandemic killed 6.9 million people, the WHO said.",
        [("6.9 million", "[6850000, 6950000]")],
    ),
    ("The H5N1 outbreak killed 50 birds.", [("50", "[50, 50]")]),
    (
        "The 1951 Refugee Convention protects 30 million refugees.",
        [("30 million", "[27000000, 33000000]")],
    ),
    ("Leaders of the G20 met as 300 protested.", [("300", "[270, 330]")]),
    ("After the 9/11 attacks, 3,000 were dead.", [("3,000", "[2700, 3300]")]),
    ("The clinic is open 24/7 and saw 500 patients.", [("500", "[450, 550]")]),
    ("Flight 370 vanished with 239 people aboard.", [("239", "[239, 239]")]),
    (
        "Unit 731 killed thousands; Area 51 hosts 1,500 staff.",
        [("thousands", "[2000, 9999]"), ("1,500", "[1350, 1650]")],
    ),
    ("Sustainable Development Goal 3 aims to cut deaths by 2030.", []),
    ("The Iskander-M missiles hit 2 buildings.", [("2", "[2, 2]")]),
    ("The BA.5 variant caused 40% of cases.", [("40%", "[0.395, 0.405]")]),
    ("PM2.5 levels hit 300 micrograms.", [("300", "[270, 330]")]),
    ("He lives at No 10 with 2 aides.", [("2", "[2, 2]")]),
    ("The 101st Airborne Division sent 4,700 troops.", [("4,700", "[4650, 4750]")]),
    (
        "Five people were killed and 37 injured in Kramatorsk on Friday.",
        [("Five", "[5, 5]"), ("37", "[37, 37]")],
    ),
    (
        "The attack killed 21, including 9 children, officials said.",
        [("21", "[21, 21]"), ("9", "[9, 9]")],
    ),
    ("Ukraine says it has retaken 500 sq km.", []),
    (
        "The fighting has killed 2,000 and wounded 7,000, according to the WHO.",
        [("2,000", "[1800, 2200]"), ("7,000", "[6500, 7500]")],
    ),
    (
        "About 1 million people have fled, including 600,000 children.",
        [("About 1 million", "[900000, 1100000]"), ("600,000", "[550000, 650000]")],
    ),
    ("The trial is in Phase 3 with 30,000 volunteers.", [("30,000", "[27000, 33000]")]),
    (
        "About 12,000 of the 45,000 refugees are in Camp 2.",
        [("About 12,000", "[10800, 13200]"), ("45,000", "[42500, 47500]")],
    ),
    ("They counted 300 to 350 bodies.", [("300 to 350", "[300, 350]")]),
    ("The death toll is now 3,000 to 4,000.", [("3,000 to 4,000", "[3000, 4000]")]),
    ("They killed 100 and injured 200 more.", [("100", "[90, 110]"), ("200 more", "[180, 220]")]),
    (
        "In 2014, 2,000 people died; in 2015, 3,000.",
        [("2,000", "[1800, 2200]"), ("3,000", "[2700, 3300]")],
    ),
    (
        "The UN said 1.5 million were displaced and 500,000 needed shelter.",
        [("1.5 million", "[1350000, 1650000]"), ("500,000", "[450000, 550000]")],
    ),
    (
        "The unemployment rate rose to 9.5% from 8.1%.",
        [("9.5%", "[0.0945, 0.0955]"), ("8.1%", "[0.0805, 0.0815]")],
    ),
    ("A 40-year-old man and his 2 sons were killed.", [("2", "[2, 2]")]),
    (
        "Israel released 150 Palestinians for 50 hostages at a 3:1 ratio.",
        [("150", "[135, 165]"), ("50", "[50, 50]")],
    ),
    (
        "Turkey hosts 3.6 million of the world's 6.5 million Syrian refugees.",
        [("3.6 million", "[3550000, 3650000]"), ("6.5 million", "[6250000, 6750000]")],
    ),
    (
        "The 15-nation council voted 13-0, with 2 abstentions.",
        [("15-nation", "[0, +inf)"), ("13-0", "[0, +inf)"), ("2", "[2, 2]")],
    ),
    (
        "Police fired rubber bullets; 30 people were hurt, 5 of them seriously.",
        [("30", "[30, 30]"), ("5", "[5, 5]")],
    ),
    (
        "Some 200 to 250 migrants, many from Eritrea, reached Lampedusa.",
        [("Some 200 to 250", "[180, 275]")],
    ),
    ("Ethiopia's Tigray war killed up to 600,000 people.", [("up to 600,000", "[540000, 600000]")]),
    ("A third of Pakistan, or about 80,000 sq km, was flooded.", [("A third", "[1/3, 1/3]")]),
    ("The program cost $12 million, or $300 per family.", []),
    ("Russia lost 8 Su-34s and 3 Ka-52s in May.", [("8", "[8, 8]"), ("3", "[3, 3]")]),
    ("The Leopard 2A4 tanks arrived; 14 Leopard 2s were delivered.", [("14", "[14, 14]")]),
    ("About 70 to 80% of Gaza's homes were damaged.", [("About 70 to 80%", "[0.63, 0.88]")]),
    ("Zelensky said 31,000 Ukrainian soldiers had been killed.", [("31,000", "[30500, 31500]")]),
    (
        "Some 1,000 Wagner fighters, led by 2 commanders, crossed.",
        [("Some 1,000", "[900, 1100]"), ("2", "[2, 2]")],
    ),
    (
        "The Kakhovka dam breach flooded 600 sq km and forced 11,000 from their homes.",
        [("11,000", "[10500, 11500]")],
    ),
    (
        "An estimated 2.3 million Gazans, nearly half of them children, face famine.",
        [("An estimated 2.3 million", "[2070000, 2530000]"), ("nearly half", "[0.475, 0.5)")],
    ),
    ("The UN counted 6,167 civilian deaths by the end of the year.", [("6,167", "[6167, 6167]")]),
    (
        "Doctors Without Borders treated 150 wounded in 24 hours at its Khan Younis clinic.",
        [("150", "[135, 165]"), ("24 hours", "[24, 24]")],
    ),
    (
        "About a fifth of the 60,000 troops were reservists.",
        [("About a fifth", "[0.18, 0.22]"), ("60,000", "[55000, 65000]")],
    ),
    (
        "Rescuers found 47 bodies, bringing the toll to 193, with 200 still missing.",
        [("47", "[47, 47]"), ("193", "[193, 193]"), ("200", "[180, 220]")],
    ),
    (
        "The Turkish quake destroyed or damaged 345,000 apartments in 11 provinces.",
        [("345,000", "[345000, 345000]"), ("11", "[11, 11]")],
    ),
    (
        "More than 1,000 people were arrested at Heathrow's Terminal 5 protests.",
        [("More than 1,000", "(1000, 1500]")],
    ),
    (
        "A convoy of 40 trucks carrying 600 tonnes of aid entered through Gate 4.",
        [("40", "[40, 40]")],
    ),
    (
        "At least 14 people were killed when a Russian missile hit a 9-storey block in Dnipro.",
        [("At least 14", "[14, 15.4]"), ("9-storey", "[0, +inf)")],
    ),
    ("UNRWA said 152 of its staff had been killed since October 7.", [("152", "[152, 152]")]),
    (
        "The ICRC registered 2,500 missing persons in the first 6 months.",
        [("2,500", "[2250, 2750]"), ("6 months", "[6, 6]")],
    ),
    (
        "The population of 4.8 million has shrunk by a quarter since 2011.",
        [("4.8 million", "[4750000, 4850000]"), ("a quarter", "[0.25, 0.25]")],
    ),
    (
        "An MSF team of 12 reached the town after a 9-hour drive.",
        [("12", "[12, 12]"), ("9-hour", "[9, 9]")],
    ),
    ("The strike on School No. 17 killed 9 children and a teacher.", [("9", "[9, 9]")]),
    ("Israel's 2024 defence budget rose 24% to $27.5 billion.", [("rose 24%", "[0, 1]")]),
    ("Some 2 in 3 hospitals are out of action, the WHO said.", [("Some 2 in 3", "[0.6, 11/15]")]),
    ("The exchange was the 49th since 2022; 230 came home.", [("230", "[225, 235]")]),
    ("The 3 a.m. raid left 6 dead in Jenin.", [("6", "[6, 6]")]),
    ("The ceasefire took effect at 7 a.m. on Friday, day 49 of the war.", []),
    ("The militants, numbering 500 to 600, attacked at 4:30 am.", [("500 to 600", "[500, 600]")]),
    (
        "Brazil's Yanomami crisis affected 30,000 people in 370 villages.",
        [("30,000", "[27000, 33000]"), ("370", "[365, 375]")],
    ),
    (
        "About 700 of the 1,900 inmates escaped from Kuje prison.",
        [("About 700", "[630, 770]"), ("1,900", "[1850, 1950]")],
    ),
    (
        "The IOM says 2,500 migrants died at sea in 2023, up from 2,411 in 2022.",
        [("2,500", "[2250, 2750]"), ("2,411", "[2411, 2411]")],
    ),
    ("Over 20 of the 31 members voted in favour.", [("Over 20", "(20, 25]"), ("31", "[31, 31]")]),
    (
        "The virus spread to 110 countries, infecting 87,000 people.",
        [("110", "[105, 115]"), ("87,000", "[86500, 87500]")],
    ),
    ("He was one of 4 journalists killed in the strike.", [("4", "[4, 4]")]),
    (
        "Gaza's population of 2.3 million lives on 365 sq km.",
        [("2.3 million", "[2250000, 2350000]")],
    ),
    (
        "Authorities evacuated 1,600 residents from 4 villages near the Blue Nile.",
        [("1,600", "[1550, 1650]"), ("4", "[4, 4]")],
    ),
    ("The 2020 census counted 331 million Americans.", [("331 million", "[330500000, 331500000]")]),
    ("Aid groups said 9 in 10 people in Gaza skip meals.", [("9 in 10", "[0.9, 0.9]")]),
    ("The plane carried 72 people, including 4 crew.", [("72", "[72, 72]"), ("4", "[4, 4]")]),
    (
        "A further 3,000 troops will deploy, bringing NATO's presence to 40,000.",
        [("A further 3,000", "[2700, 3300]"), ("40,000", "[36000, 44000]")],
    ),
    (
        "The WHO said Sudan's 70% of hospitals in conflict areas were out of service.",
        [("70%", "[0.695, 0.705]")],
    ),
    ("The seven-year-old boy was one of 3 children rescued.", [("3", "[3, 3]")]),
    (
        "The G20 summit in New Delhi drew 40 leaders and 10,000 security staff.",
        [("40", "[40, 40]"), ("10,000", "[9000, 11000]")],
    ),
    ("The strike hit 5 Khreshchatyk St. at 10.15 pm, killing two.", [("two", "[2, 2]")]),
    (
        "Some 4,000-5,000 people marched from Independence Square.",
        [("Some 4,000-5,000", "[3600, 5500]")],
    ),
    (
        "Between 2,000 and 3,000 refugees cross daily, the UNHCR said.",
        [("Between 2,000 and 3,000 refugees cross daily", "[0, +inf)")],
    ),
    ("The fund has £300m and 1,200 staff.", [("1,200", "[1150, 1250]")]),
    ("The ministry put the toll at 1,100 to 1,300.", [("1,100 to 1,300", "[1100, 1300]")]),
    ("Nearly 9 in 10 schools in Gaza were hit.", [("Nearly 9 in 10", "[0.855, 0.9)")]),
    ("From 2019 to 2023, 12,000 migrants died.", [("12,000", "[11500, 12500]")]),
    (
        "A quarter of a million people fled in a week.",
        [("A quarter of a million", "[225000, 275000]")],
    ),
    ("Half a million children are out of school.", [("Half a million", "[450000, 550000]")]),
    ("He was 1 of 3 survivors of the crash of a Cessna 172.", [("1", "[1, 1]"), ("3", "[3, 3]")]),
    ("The 3rd Brigade lost 40 men at Hill 223.", [("40", "[40, 40]")]),
    (
        "Scores of protesters were arrested, and dozens were hurt.",
        [("Scores", "[40, 199]"), ("dozens", "[24, 119]")],
    ),
    (
        "The Ebola outbreak killed 11,325 of 28,600 infected in 2014-16.",
        [("11,325", "[11325, 11325]"), ("28,600", "[28600, 28600]")],
    ),
    (
        "In 2022-2023, arrivals rose by a third to 45,000.",
        [("rose by a third", "[0, 1]"), ("45,000", "[42500, 47500]")],
    ),
    (
        "Aid reached 1.2m people in 14 of the 18 states.",
        [("1.2m", "[1150000, 1250000]"), ("14", "[14, 14]"), ("18", "[18, 18]")],
    ),
    ("Police said 13 were killed in the Route 9 ambush.", [("13", "[13, 13]")]),
    (
        "The UN Security Council's Resolution 2728 demanded a ceasefire as 32,000 died.",
        [("32,000", "[31500, 32500]")],
    ),
    ("The Kerch bridge, 19 km long, was hit by 2 drones.", [("2", "[2, 2]")]),
    (
        "Of 8,000 people tested, 1,200 were positive.",
        [("8,000", "[7500, 8500]"), ("1,200", "[1150, 1250]")],
    ),
    (
        "Sierra Leone reported 3,955 deaths out of 14,124 cases.",
        [("3,955", "[3955, 3955]"), ("14,124", "[14124, 14124]")],
    ),
    ("On Day 100 of the war, 20% of Ukraine was occupied.", [("20%", "[0.195, 0.205]")]),
    (
        "Roughly 1 in 5 of the city's 500,000 residents left.",
        [("Roughly 1 in 5", "[0.18, 0.22]"), ("500,000", "[450000, 550000]")],
    ),
    (
        "Fifteen years after the 2008 war, 20,000 remain displaced.",
        [("Fifteen years", "[15, 15]"), ("20,000", "[18000, 22000]")],
    ),
    ("The A1 motorway was shut after 3 lorries collided.", [("3", "[3, 3]")]),
    (
        "About 90,000 Rohingya arrived in Cox's Bazar in 2 weeks.",
        [("About 90,000", "[81000, 99000]"), ("2 weeks", "[2, 2]")],
    ),
    ("MONUSCO's 14,000 troops will leave by the end of 2024.", [("14,000", "[13500, 14500]")]),
    (
        "Around 6 million Venezuelans live in Colombia, Peru and Brazil.",
        [("Around 6 million", "[5400000, 6600000]")],
    ),
    ("A Storm Shadow strike killed 11 at the Black Sea Fleet HQ.", [("11", "[11, 11]")]),
    ("The quake of magnitude 6.8 killed 2,946 in Morocco.", [("2,946", "[2946, 2946]")]),
    ("Wildfires burned 4,000 hectares and forced 2,500 to flee.", [("2,500", "[2250, 2750]")]),
    (
        "Mali's junta expelled 1,000 of MINUSMA's 13,000 peacekeepers.",
        [("1,000", "[900, 1100]"), ("13,000", "[12500, 13500]")],
    ),
    ("He served 2 terms and won 52% of the vote.", [("2", "[2, 2]"), ("52%", "[0.515, 0.525]")]),
    ("The F-35 program costs $1.7 trillion over 66 years.", [("over 66 years", "[0, +inf)")]),
    ("Cases doubled to 2,000 in a week.", [("2,000", "[1800, 2200]")]),
    (
        "The camp held 25,000 people in tents meant for 5,000.",
        [("25,000", "[22500, 27500]"), ("meant for 5,000", "[0, +inf)")],
    ),
    (
        "Russia invaded on the 24th of February; by Feb. 28, 500,000 had fled.",
        [("500,000", "[450000, 550000]")],
    ),
    ("The curfew runs from 2100 to 0600 and 40 were detained.", [("40", "[40, 40]")]),
    ("Some 2,000-odd fighters surrendered at Azovstal.", [("Some 2,000-odd", "(2000, 2500]")]),
    (
        "A couple of hundred people gathered, and a handful were arrested.",
        [("A couple of hundred", "[200, 399]"), ("a handful", "[2, 9]")],
    ),
    (
        "A dozen or so bodies were recovered; some two dozen are missing.",
        [("A dozen or so", "[10.8, 13.2]"), ("some two dozen", "[21.6, 26.4]")],
    ),
    ("The family received 300,000 euros and 5 million dollars in compensation.", []),
    ("Farmers got Rs 5 lakh each; 1,200 applied.", [("1,200", "[1150, 1250]")]),
    ("Call +1 202 555 0143 or ext. 204 for 3 free tickets.", [("3", "[3, 3]")]),
    ("She lived at Apt 4B with 5 relatives.", [("5", "[5, 5]")]),
    ("Argentina won 2-0 and France lost 1-3.", [("2-0", "[0, +inf)"), ("1-3", "[0, +inf)")]),
    ("The 21-year-old was among 140 arrested between 1994 and 1996.", [("140", "[135, 145]")]),
    ("The clinic is open 9:00-17:00 and sees 80 patients.", [("80", "[80, 80]")]),
    (
        "Between 5% and 10% of children were underweight, up from 3% to 5%.",
        [("Between 5% and 10%", "[0.05, 0.1]"), ("3%", "[0.025, 0.035]"), ("5%", "[0.045, 0.055]")],
    ),
    (
        "Food prices rose three-fold, and cases rose tenfold to 3,000.",
        [("three-fold", "[0, +inf)"), ("3,000", "[2700, 3300]")],
    ),
    (
        "Hundreds more were wounded and thousands upon thousands fled.",
        [("Hundreds more", "[200, 999]"), ("thousands upon thousands", "[2000, 9999]")],
    ),
    (
        "Up to a third of the 90,000 residents lack water.",
        [("Up to a third", "[0.3, 1/3]"), ("90,000", "[85000, 95000]")],
    ),
    (
        "Fewer than one in ten of the 2,000 returnees found work.",
        [("Fewer than one in ten", "[0.09, 0.1)"), ("2,000", "[1800, 2200]")],
    ),
    (
        "Children aged 5-17 make up 40% of the 1.1 million refugees.",
        [("40%", "[0.395, 0.405]"), ("1.1 million", "[1050000, 1150000]")],
    ),
    (
        "Levels are below pre-2022 levels, with 300 crossings a week.",
        [("300 crossings a week", "[0, +inf)")],
    ),
    (
        "The 2015-16 season saw 1,200 arrests and 3 deaths.",
        [("1,200", "[1150, 1250]"), ("3", "[3, 3]")],
    ),
    (
        "1,000s of people marched in 100s of towns.",
        [("1,000s", "[2000, 9999]"), ("100s", "[200, 999]")],
    ),
    (
        "Around 1/3 of the 600 homes were destroyed.",
        [("Around 1/3", "[0.3, 11/30]"), ("600", "[550, 650]")],
    ),
    (
        "The death toll of 1,500 includes 300 women and 500 children.",
        [("1,500", "[1350, 1650]"), ("300", "[270, 330]"), ("500", "[450, 550]")],
    ),
    (
        "The quake left more than 5,000 dead, 10,000 injured and 1 million homeless.",
        [
            ("more than 5,000", "(5000, 5500]"),
            ("10,000", "[9000, 11000]"),
            ("1 million", "[900000, 1100000]"),
        ],
    ),
    (
        "Officials said 2,300 were rescued and 1,100 remained unaccounted for.",
        [("2,300", "[2250, 2350]"), ("1,100", "[1050, 1150]")],
    ),
    (
        "About 150 of them were Afghan nationals, the remaining 200 Syrians.",
        [("About 150", "[135, 165]"), ("200", "[180, 220]")],
    ),
    (
        "The WHO said 7 of Gaza's 36 hospitals are partially functional.",
        [("7", "[7, 7]"), ("36", "[36, 36]")],
    ),
    ("There were 29 cases per 100,000 people in 2023.", [("29 cases per 100,000", "[0, +inf)")]),
    (
        "Only 12 percent of the 4.5 billion dollar appeal has been funded.",
        [("Only 12 percent", "[0.12, 0.12]")],
    ),
    (
        "The 10-day ceasefire saw 2,000 aid trucks enter.",
        [("10-day", "[10, 10]"), ("2,000", "[1800, 2200]")],
    ),
    (
        "Measles cases rose 79% to 9 million in 2022, with 136,000 deaths.",
        [
            ("rose 79%", "[0, 1]"),
            ("9 million", "[8500000, 9500000]"),
            ("136,000", "[136000, 136000]"),
        ],
    ),
    (
        "The mpox clade Ib strain has infected 1,100 people in 4 countries.",
        [("1,100", "[1050, 1150]"), ("4", "[4, 4]")],
    ),
    (
        "The WHO's 194 member states adopted the accord; 11 abstained.",
        [("194", "[194, 194]"), ("11", "[11, 11]")],
    ),
    (
        "The hospital's 300 beds were full and 40 patients waited in corridors.",
        [("300", "[270, 330]"), ("40", "[40, 40]")],
    ),
    (
        "The $6.5bn package includes 300 Stinger missiles and 2 Patriot batteries.",
        [("300", "[270, 330]"), ("2", "[2, 2]")],
    ),
    ("A Patriot battery costs about $1.1 billion and needs 90 soldiers.", [("90", "[90, 90]")]),
    (
        "The 2-day summit in Vilnius ended with a 90-point communique.",
        [("2-day", "[2, 2]"), ("90-point", "[0, +inf)")],
    ),
    ("Cholera has killed 2,700 in Haiti since October 2022.", [("2,700", "[2650, 2750]")]),
    ("A 2nd wave of 600 evacuees reached Larnaca on Tuesday.", [("600", "[550, 650]")]),
    ("Norway pledged NOK 75 billion over 5 years.", [("over 5 years", "[0, +inf)")]),
    ("The refugees, 60% of them women, crossed at Medyka.", [("60%", "[0.595, 0.605]")]),
    (
        "The census puts the Roma population at 12,000 to 15,000.",
        [("12,000 to 15,000", "[12000, 15000]")],
    ),
    ("A 10-km-long convoy of 300 vehicles left Mariupol.", [("300", "[270, 330]")]),
    (
        "Only 2 of the 3 reactors were running, at 40% capacity.",
        [("Only 2", "[2, 2]"), ("3", "[3, 3]"), ("40% capacity", "[0, 1]")],
    ),
    ("The strike killed a 14-year-old and 3 adults in Odesa.", [("3", "[3, 3]")]),
    ("An Air Force C-17 carried 823 Afghans out of Kabul.", [("823", "[823, 823]")]),
    (
        "Israel called up 300,000 reservists in 48 hours.",
        [("300,000", "[270000, 330000]"), ("48 hours", "[48, 48]")],
    ),
    (
        "About 70 percent of those killed were women and children, the ministry said.",
        [("About 70 percent", "[0.63, 0.77]")],
    ),
    (
        "Some 3,000 Cubans arrived in Florida by boat in fiscal 2023.",
        [("Some 3,000", "[2700, 3300]")],
    ),
]


@pytest.mark.parametrize(("prose", "figures"), WIRE)
def test_a_wire_report_reads_as_a_reader_reads_it(
    prose: str, figures: list[tuple[str, str]]
) -> None:
    """Every figure of the sentence, with its words and interval, and nothing else."""
    assert read(prose) == figures


# -- 1. model and type designations --------------------------------------------------------

DESIGNATIONS = [
    ("A 737 crashed near the airport.", []),
    ("An 800 crashed; a 737 MAX 8 was grounded.", []),
    ("The airline grounded its 737-800 fleet.", []),
    ("The 747-400 and 777-300 variants were retired.", []),
    ("A 300 page report found 40 abuses.", [("40", "abuses")]),
    ("Kyiv received 40 M777 howitzers.", [("40", "howitzers")]),
    (
        "Seoul sent 12 K9 howitzers and 20 B-52 bombers flew.",
        [("12", "howitzers"), ("20", "bombers")],
    ),
    ("The US sent 31 M1A1 Abrams tanks.", [("31", "tanks")]),
    ("They lost 30 T-72B3 tanks and 12 F-16 jets.", [("30", "tanks"), ("12", "jets")]),
    ("An Su-25 and an A320 were hit.", []),
    ("A 787-9 was damaged; its 737-8 fleet was grounded.", []),
    ("The 747-8 and 300 passengers were safe.", [("300", "passengers")]),
]


@pytest.mark.parametrize(("prose", "found"), DESIGNATIONS)
def test_a_model_or_type_designation_was_read_as_a_count(
    prose: str, found: list[tuple[str, str]]
) -> None:
    """A number after "a"/"an" names or describes one thing ("a 737"); a model and its
    variant are no range ("737-800"); a code after a count is no scale suffix ("40 M777
    howitzers" is 40 howitzers, never 40 million or an unread "40 M")."""
    assert nouns(prose) == found


@pytest.mark.parametrize(
    ("prose", "figures"),
    [
        ("Ryanair flies 200-300 jets.", [("200-300", "[200, 300]")]),
        ("Some 735-790 people fled.", [("Some 735-790", "[732, 820]")]),
        ("Around 125-150 died.", [("Around 125-150", "[122, 165]")]),
        ("a 300 strong crowd", [("300", "[270, 330]")]),
        ("an 800 strong unit", [("800", "[750, 850]")]),
        ("a 1,000 man force", [("1,000", "[900, 1100]")]),
        ("a 1,000 of its POWs", [("1,000", "[900, 1100]")]),
        ("about a 1,000 people", [("1,000", "[900, 1100]")]),
        ("a 20% rise", [("20%", "[0.195, 0.205]")]),
        ("a 1.5 million increase", [("1.5 million", "[1350000, 1650000]")]),
        ("It holds 300 max.", [("300 max", "[250, 300]")]),
    ],
)
def test_counts_beside_designations_stay(prose: str, figures: list[tuple[str, str]]) -> None:
    """Ranges of counts, a count after an article taken for "one", a compound of people and
    a figure with a scale, a share or a hedge keep their readings."""
    assert read(prose) == figures


@pytest.mark.parametrize("prose", ["They killed 121-9.", "Between 787-9 people fled."])
def test_a_range_to_one_digit_without_a_determiner_stays_unread(prose: str) -> None:
    """ "787-9" after "a" or "its" is a model's variant; without one it may be a range
    written short (787 to 789) or a misprint, so it stays unread, bounding nothing."""
    (m,) = extract(prose)
    assert m.unread == m.text
    assert m.amount.kind == "unknown"


def test_a_spaced_scale_letter_is_still_unread() -> None:
    """ "300 m people" (million or metres?) stays unread: only a letter with digits glued
    after it ("M777") starts a code."""
    (m,) = extract("300 m people fled")
    assert m.unread == "m"


# -- 2. ordinal names ----------------------------------------------------------------------

NAMES = [
    "In World War 2, the village burned.",
    "The Minsk 2 agreement collapsed.",
    "Nord Stream 2 pipeline was damaged.",
    "Talks on the Geneva 2 format stalled.",
    "Leaders of the Group of 7 met.",
    "The Group of 20 nations met; the Gang of 8 was briefed.",
    "The Group of Seven pledged aid.",
    "The Big Three met at Yalta.",
    "World War Two ended; Formula One resumed.",
    "The G7 met.",
    "Apollo 11 landed; the firm filed for Chapter 11.",
    "NATO invoked Article 5 after Resolution 2334.",
    "Route 1 and Highway 10 were shut at Gate 3.",
    "Phase 2 began; Section 8 housing was cut.",
    "Area 51 was closed; Sustainable Development Goal 3 lags.",
    "He lives at No 10.",
    "The BA.5 and XBB.1.5 variants spread.",
    "Prices rose by a factor of 3.",
]


@pytest.mark.parametrize("prose", NAMES)
def test_a_number_naming_a_thing_was_read_as_a_count(prose: str) -> None:
    """A number in a name — a war, an accord, a club, a road, a place, a variant — or a
    multiplier is no count, in digits or in capitalised words."""
    assert read(prose) == []


@pytest.mark.parametrize(
    ("prose", "figures"),
    [
        ("In Mariupol 300 died.", ["300"]),
        ("In Kharkiv 12 civilians died.", ["12"]),
        ("Three soldiers died.", ["Three"]),
        ("He said: Three died.", ["Three"]),
        ("Gunmen Kill Three In Raid", ["Three"]),
        ("KYIV (Reuters) Three soldiers died.", ["Three"]),
        ("NATO said 300 agreements were signed.", ["300"]),
        ("The G7 met in Rome, where 300 protested.", ["300"]),
        ("The mother of 3 was freed with 40 others.", ["40"]),
    ],
)
def test_counts_beside_names_stay(prose: str, figures: list[str]) -> None:
    """A count after a place name, a capitalised number word opening a sentence or a
    title, and a count before a noun of accords stay counts."""
    assert [m.text for m in extract(prose)] == figures


# -- 3. a sentence ending in a short word ---------------------------------------------------


@pytest.mark.parametrize(
    "prose",
    [
        "They went north. 300 stayed.",
        "They fled south. 300 died.",
        "The boat sank. 300 drowned.",
        "Shells hit the port. 300 fled.",
        "It hit Block C. 300 were inside.",
        "The war. 300 died.",
        "They fought the RSF. 300 died.",
    ],
)
def test_a_number_after_a_short_sentence_was_unread(prose: str) -> None:
    """A full stop after a word that is no abbreviation ends the sentence: the number
    opening the next is read ("north." was taken for an abbreviation like "abt.")."""
    last = extract(prose)[-1]
    assert (last.text, last.unread) == ("300", None)


@pytest.mark.parametrize(
    ("prose", "words"),
    [
        ("abt. 300 fled", "abt."),
        ("Abt. 300 fled", "Abt."),
        ("They counted avg. 300 a day", "avg."),
        ("tot. 300 fled", "tot."),
        ("ttl. 300 fled", "ttl."),
        ("The ship sank off the U.S. 300 were rescued.", "S."),
        ("Mr. J. R. 300 left.", "R."),
    ],
)
def test_a_number_after_an_abbreviation_stays_unread(prose: str, words: str) -> None:
    """After a listed abbreviation, a dotted initial after another or a word with no
    vowel, the number may be modified by it: unread, bounding nothing above."""
    m = extract(prose)[-1]
    assert m.unread == words
    assert m.amount.interval.hi == float("inf")


@pytest.mark.parametrize("word", sorted(ABBREVIATIONS))
def test_no_listed_abbreviation_leaves_a_bare_count(word: str) -> None:
    """Every abbreviation of :data:`pwstats.parse.context.ABBREVIATIONS`, with its full stop before
    a number, leaves the figure unread or read as the lexicon's hedge, never bare."""
    (m,) = extract(f"They said {word}. 300 fled.")
    assert m.unread is not None or m.amount.kind != "bare"


# -- 4. the noun past adjectives and participles ----------------------------------------------

NOUNS = [
    ("200 wounded soldiers were evacuated.", [("200", "soldiers")]),
    ("300 injured civilians were treated.", [("300", "civilians")]),
    ("Police shot 40 unarmed protesters.", [("40", "protesters")]),
    ("12 more prisoners were freed.", [("12 more", "prisoners")]),
    ("230 prisoners were freed.", [("230", "prisoners")]),
    ("Some 300 seriously injured civilians.", [("Some 300", "civilians")]),
    ("300 fleeing families and 12 foreign nationals.", [("300", "families"), ("12", "nationals")]),
    ("5 soldiers and 3 policemen died.", [("5", "soldiers"), ("3", "policemen")]),
    ("12 civilian deaths and 300 crew members.", [("12", "deaths"), ("300", "members")]),
    ("300 fled the city.", [("300", "")]),
    ("Killing 300, including children.", [("300", "")]),
    ("300 including children.", [("300", "")]),
    ("the 300s or 400s. 500 fled.", [("the 300s or 400s", ""), ("500", "")]),
]


@pytest.mark.parametrize(("prose", "found"), NOUNS)
def test_the_counted_noun_lies_past_adjectives(prose: str, found: list[tuple[str, str]]) -> None:
    """Mention.noun reads past adjectives, participles and adverbs to the noun counted, and
    names none where a verb, a preposition or a mark comes first."""
    assert nouns(prose) == found


# -- 5. lists of decades ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prose", "figures"),
    [
        ("Deaths were in the 300s or 400s, 500s.", [("in the 300s or 400s, 500s", "[300, 599]")]),
        ("in the 300s or 400s, or 500s", [("in the 300s or 400s, or 500s", "[300, 599]")]),
        ("the 300s to 400s, 500s", [("the 300s to 400s, 500s", "[300, 599]")]),
        (
            "the 300s or 400s, 2,000 fled",
            [("the 300s or 400s", "[300, 499]"), ("2,000", "[1800, 2200]")],
        ),
        (
            "the 300s and 400s, 500s",
            [("the 300s", "[300, 399]"), ("400s", "[400, 499]"), ("500s", "[500, 599]")],
        ),
    ],
)
def test_decades_after_or_are_alternatives(prose: str, figures: list[tuple[str, str]]) -> None:
    """Decades going on after "or" with a comma are one figure, their hull, never a band
    read apart (which the first one contradicts) nor a count of 300."""
    assert read(prose) == figures


# -- found by the hunt -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "prose",
    [
        "The quake measured 7.8 on the Richter scale.",
        "A 5.6-magnitude quake hit.",
        "Households hold 2.5 people on average.",
    ],
)
def test_a_number_with_decimals_was_read_as_a_count(prose: str) -> None:
    """A number with decimals and no scale word, unit or percent sign counts no whole
    thing ("7.8" people): no figure. With a scale word it is a count ("2.5 million")."""
    assert read(prose) == []
    assert read("about 2.5 million fled") == [("about 2.5 million", "[2250000, 2750000]")]


def test_parse_still_reads_a_number_with_decimals() -> None:
    """Only prose skips it: :func:`parse` is given a figure and reads "2.5" as said."""
    assert parse("2.5").interval == Interval.parse("[2.5, 2.5]")


@pytest.mark.parametrize(
    ("prose", "words"),
    [
        ("Arrivals hit 105,000, up 55% on 2021.", "up 55%"),
        ("Deaths were down 12% on May.", "down 12%"),
        ("Cases are up 300 on the week.", "up 300"),
    ],
)
def test_a_change_after_up_or_down_was_read_as_a_level(prose: str, words: str) -> None:
    """ "up 55%" after a comma or a verb "to be" is a change, not a level: unread."""
    m = extract(prose)[-1]
    assert (m.text, m.unread) == (words, words.split()[0])


def test_a_phrasal_verb_with_up_keeps_its_count() -> None:
    """ "rounded up 300 people": the particle is the verb's; 300 is a count."""
    assert read("Police rounded up 300 people.") == [("300", "[270, 330]")]


def test_a_number_set_off_after_a_phone_word_is_a_phone_number() -> None:
    """ "the helpline, 116 123," was read as a count of 116,123."""
    assert read("The helpline, 116 123, took 3,200 calls.") == [("3,200", "[3150, 3250]")]


@pytest.mark.parametrize(
    ("prose", "figures"),
    [
        ("70 families live in Block C.", [("70", "[70, 70]")]),
        ("Plan C. 300 fled.", [("300", "[270, 330]")]),
        ("Some c. 300 fled.", [("Some c. 300", "[0, +inf)")]),
        ("c. 300 fled.", [("c. 300", "[270, 330]")]),
    ],
)
def test_a_letter_ending_a_name_is_no_circa(prose: str, figures: list[tuple[str, str]]) -> None:
    """A capital letter after a capitalised word ends a name ("Block C."), never the
    hedge "c." (circa) of the figure before or after it."""
    assert read(prose) == figures


@pytest.mark.parametrize(
    ("prose", "figures"),
    [
        ("The budget rose 24% to $27.5 billion.", [("rose 24%", "rose")]),
        ("Deaths fell 300 in May.", [("fell 300", "fell")]),
        ("Deaths rose to 300.", [("300", None)]),
        ("They cut 300 jobs.", [("300", None)]),
    ],
)
def test_a_number_right_after_a_verb_of_change_is_a_change(
    prose: str, figures: list[tuple[str, str | None]]
) -> None:
    """ "rose 24%" is "rose by 24%": a change, unread; "rose to 300" is a level and "cut 300
    jobs" what was cut, both counts."""
    assert [(m.text, m.unread) for m in extract(prose)] == figures


def test_a_negator_in_a_name_does_not_negate() -> None:
    """ "Doctors Without Borders treated 150" was unread as if "without 150"; a capitalised
    negator after a capitalised word is part of a name. "Not 300 died." stays unread."""
    assert read("Doctors Without Borders treated 150 wounded.") == [("150", "[135, 165]")]
    assert [m.unread for m in extract("Not 300 died.")] == ["Not"]


@pytest.mark.parametrize(
    ("prose", "figures"),
    [
        ("The council demanded a truce as 32,000 died.", [("32,000", None)]),
        ("He did not flee as 300 did.", [("300", None)]),
        ("Not as many as 300 fled.", [("Not as many as 300", "Not")]),
        ("They planned to leave as 300 arrived.", [("300", None)]),
    ],
)
def test_as_before_a_number_opens_its_clause(
    prose: str, figures: list[tuple[str, str | None]]
) -> None:
    """A demand, an intention or a negator before "as 32,000 died" is said of the clause
    before it, not of the figure: read; a hedge with "as" keeps its own reading."""
    assert [(m.text, m.unread) for m in extract(prose)] == figures


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("There were 29 cases per 100,000 people.", [("29 cases per 100,000", "cases")]),
        ("12 deaths per 1,000 births", [("12 deaths per 1,000", "deaths")]),
        ("120 patients a day", [("120 patients a day", "patients")]),
    ],
)
def test_a_rate_names_the_noun_of_its_own_number(prose: str, found: list[tuple[str, str]]) -> None:
    """ "29 cases per 100,000 people" named "people", the noun of the rate's base: the
    figure's number is 29, and what it counts is "cases"."""
    assert nouns(prose) == found
