"""Seed the directory: the US crisis lines (988, 911, Crisis Text Line, Veterans Crisis
Line, The Trevor Project, Disaster Distress Helpline), national helplines and locators
(SAMHSA National Helpline, FindTreatment.gov, NAMI HelpLine, 211), therapist directories
(Psychology Today, APA Psychologist Locator, Open Path Collective) and Find A Helpline for
other countries; then the filter vocabularies, the guides beside the directory and the
outreach kit.

Every number and address was checked on 2026-11-29 (`last_checked_on`). The 988
Lifeline's LGBTQ+ youth option ("press 3") ended in July 2025 and is deliberately not
offered anywhere.
"""

import datetime

from django.db import migrations

CHECKED = datetime.date(2026, 11, 29)
ALL_AREAS = [
    "mood",
    "anxiety",
    "sleep",
    "focus",
    "substance-risk",
    "grief-loss",
    "relationships",
    "life-changes",
]

COSTS = [
    ("free", "Free"),
    ("sliding-scale", "Sliding scale or reduced fee"),
    ("insurance", "Takes insurance"),
    ("self-pay", "Self-pay"),
]
FORMATS = [
    ("phone", "Phone call"),
    ("text", "Text message"),
    ("chat", "Online chat"),
    ("video", "Video"),
    ("in-person", "In person"),
]
LANGUAGES = [("english", "English"), ("spanish", "Spanish")]
AUDIENCES = [
    ("everyone", "Everyone"),
    ("young-people", "Young people"),
    ("veterans", "Veterans, service members and their families"),
    ("lgbtq", "LGBTQ+ people"),
    ("disaster", "People affected by a disaster"),
]

RESOURCES = [
    # Crisis lines: always pinned at the top of the directory.
    dict(
        slug="988-lifeline",
        name="988 Suicide & Crisis Lifeline",
        kind="crisis",
        order=10,
        summary="Free, confidential support by call, text or chat, day and night.",
        description=(
            "You don't have to be thinking about suicide to reach out. Trained crisis "
            "counsellors answer calls, texts and chats about any kind of emotional distress, "
            "worries about drinking or drugs, or concern for someone else.\n\n"
            "In Spanish, press 2 when you call or [text AYUDA to 988](sms:988?body=AYUDA). "
            "Calls can also use an interpreter for many other languages. The separate "
            'LGBTQ+ youth option ("press 3") ended in July 2025: LGBTQ+ young people can '
            "still call, text or chat 988, or contact The Trevor Project.\n\n"
            "[What happens when you contact 988](/resources/calling-988/)"
        ),
        phone="988",
        text_number="988",
        chat_url="https://988lifeline.org/chat/",
        website="https://988lifeline.org/",
        contact_note="Veterans: press 1. En español: press 2, or text AYUDA to 988.",
        open_24_7=True,
        costs=["free"],
        formats=["phone", "text", "chat"],
        languages=["english", "spanish"],
        audiences=["everyone"],
        areas=ALL_AREAS,
        strip_position=1,
        strip_label="Need to talk? Day or night:",
        recheck_days=30,
    ),
    dict(
        slug="crisis-text-line",
        name="Crisis Text Line",
        kind="crisis",
        order=20,
        summary="Text with a trained volunteer crisis counsellor, any time.",
        description=(
            "Send the word HOME and a trained volunteer texts back. You don't need to be in "
            "crisis: anything that feels too heavy to carry alone is reason enough."
        ),
        text_number="741741",
        text_keyword="HOME",
        website="https://www.crisistextline.org/",
        open_24_7=True,
        costs=["free"],
        formats=["text"],
        languages=["english"],
        audiences=["everyone"],
        areas=["mood", "anxiety", "grief-loss", "relationships", "life-changes"],
        strip_position=2,
        strip_label="Prefer texting?",
        recheck_days=30,
    ),
    dict(
        slug="emergency-911",
        name="Emergency services",
        kind="crisis",
        order=30,
        summary="For immediate danger to you or someone else.",
        description=(
            "Call 911 if someone's life is in danger right now. In some areas you can text "
            "911 when calling isn't safe, but call if you can. Interpreters are available."
        ),
        phone="911",
        open_24_7=True,
        costs=["free"],
        formats=["phone"],
        languages=["english"],
        audiences=["everyone"],
        areas=[],
        strip_position=3,
        strip_label="In immediate danger:",
        recheck_days=180,
    ),
    dict(
        slug="veterans-crisis-line",
        name="Veterans Crisis Line",
        kind="crisis",
        order=40,
        summary="For veterans, service members and the people who care about them, any time.",
        description=(
            "Trained responders, many of them veterans themselves, answer calls, texts and "
            "chats. You don't have to be enrolled in VA benefits or health care to reach "
            "out, and family and friends can contact it too."
        ),
        phone="988",
        text_number="838255",
        chat_url="https://www.veteranscrisisline.net/get-help-now/chat/",
        website="https://www.veteranscrisisline.net/",
        contact_note="Dial 988, then press 1.",
        open_24_7=True,
        costs=["free"],
        formats=["phone", "text", "chat"],
        languages=["english"],
        audiences=["veterans"],
        areas=ALL_AREAS,
        recheck_days=30,
    ),
    dict(
        slug="trevor-project",
        name="The Trevor Project",
        kind="crisis",
        order=50,
        summary="Support for LGBTQ+ young people by call, text or chat, day and night.",
        description=(
            "Trained counsellors who understand what LGBTQ+ young people under 25 go through. "
            "Free and confidential, whatever you want to talk about."
        ),
        phone="1-866-488-7386",
        text_number="678-678",
        text_keyword="START",
        chat_url="https://www.thetrevorproject.org/get-help/",
        website="https://www.thetrevorproject.org/",
        open_24_7=True,
        costs=["free"],
        formats=["phone", "text", "chat"],
        languages=["english"],
        audiences=["lgbtq", "young-people"],
        areas=["mood", "anxiety", "relationships", "life-changes"],
        recheck_days=30,
    ),
    dict(
        slug="disaster-distress-helpline",
        name="Disaster Distress Helpline",
        kind="crisis",
        order=60,
        summary="Support after a disaster, by call or text, day and night.",
        description=(
            "After a hurricane, flood, fire, shooting or other disaster, it is common to feel "
            "on edge, numb or unable to sleep, sometimes weeks later. Trained counsellors "
            "listen and help you find support nearby. It is for survivors, responders and "
            "anyone affected."
        ),
        phone="1-800-985-5990",
        text_number="1-800-985-5990",
        website="https://www.samhsa.gov/find-help/helplines/disaster-distress-helpline",
        contact_note="En español: press 2 when you call.",
        open_24_7=True,
        costs=["free"],
        formats=["phone", "text"],
        languages=["english", "spanish"],
        audiences=["disaster"],
        areas=["anxiety", "sleep", "grief-loss", "life-changes"],
        recheck_days=60,
    ),
    dict(
        slug="find-a-helpline",
        name="Find A Helpline",
        kind="crisis",
        order=90,
        country="",
        summary="Free, confidential crisis lines in many countries.",
        description=(
            "Outside the United States? Pick your country to see free, confidential crisis "
            "lines, text lines and chat services that serve it."
        ),
        website="https://findahelpline.com/",
        open_24_7=False,
        costs=["free"],
        formats=["phone", "text", "chat"],
        languages=[],
        audiences=["everyone"],
        areas=[],
        strip_position=4,
        strip_label="Not in the US?",
        recheck_days=90,
    ),
    # Directories, low-cost care, support lines.
    dict(
        slug="psychology-today",
        name="Psychology Today therapist directory",
        kind="directory",
        order=10,
        summary="A large directory of therapists you can filter by insurance, issue, cost and format.",
        description=(
            "Each listing has the therapist's own description, fees, the insurance plans "
            "they take and whether they see people by video. Many mention a sliding scale. "
            "It helps to contact a few at once: the [outreach kit](/resources/reaching-out/) "
            "has messages ready to copy."
        ),
        website="https://www.psychologytoday.com/us/therapists",
        costs=["insurance", "self-pay", "sliding-scale"],
        formats=["in-person", "video"],
        languages=["english", "spanish"],
        audiences=["everyone"],
        areas=ALL_AREAS,
        recheck_days=180,
    ),
    dict(
        slug="apa-psychologist-locator",
        name="APA Psychologist Locator",
        kind="directory",
        order=15,
        summary="Find licensed psychologists near you, from the American Psychological Association.",
        description=(
            "Search by where you live, then narrow the list by specialty, insurance and "
            "language. Every psychologist listed holds a state licence."
        ),
        website="https://locator.apa.org/",
        costs=["insurance", "self-pay"],
        formats=["in-person", "video"],
        languages=["english", "spanish"],
        audiences=["everyone"],
        areas=ALL_AREAS,
        recheck_days=180,
    ),
    dict(
        slug="open-path-collective",
        name="Open Path Collective",
        kind="low-cost",
        order=20,
        summary="Reduced-fee therapy with licensed therapists, for people who need a lower price.",
        description=(
            "A nonprofit network of therapists who see members at reduced rates, in person "
            "or by video. Membership is a one-time fee; its site lists current prices and "
            "who can join."
        ),
        website="https://openpathcollective.org/",
        costs=["sliding-scale"],
        formats=["in-person", "video"],
        languages=["english", "spanish"],
        audiences=["everyone"],
        areas=ALL_AREAS,
        recheck_days=180,
    ),
    dict(
        slug="211",
        name="211",
        kind="low-cost",
        order=25,
        summary="Connects you to local services, including low-cost counselling and help with bills.",
        description=(
            "Dial 211 to reach a specialist at a local centre who knows the services near "
            "you: community mental health clinics, support groups, and help with money, food "
            "or housing when life changes suddenly. Interpreters are usually available."
        ),
        phone="211",
        website="https://www.211.org/",
        hours="Most areas answer 24/7",
        costs=["free"],
        formats=["phone"],
        languages=["english", "spanish"],
        audiences=["everyone"],
        areas=["mood", "anxiety", "substance-risk", "grief-loss", "relationships", "life-changes"],
        recheck_days=180,
    ),
    dict(
        slug="findtreatment-gov",
        name="FindTreatment.gov",
        kind="directory",
        order=30,
        summary="Find licensed treatment for mental health and substance use near you.",
        description=(
            "SAMHSA's locator, run by the US government. Search by address or zip code, "
            "then narrow the list by type of care, payment (including free, sliding-scale, "
            "Medicaid and Medicare) and language."
        ),
        website="https://findtreatment.gov/",
        costs=["free", "sliding-scale", "insurance"],
        formats=["in-person", "video"],
        languages=["english", "spanish"],
        audiences=["everyone"],
        areas=["mood", "anxiety", "substance-risk"],
        recheck_days=180,
    ),
    dict(
        slug="nami-helpline",
        name="NAMI HelpLine",
        kind="support",
        order=35,
        summary="Information, support and referrals from people who understand mental health.",
        description=(
            "Trained staff and volunteers, many with their own experience of mental health "
            "conditions, answer questions, offer support and suggest practical next steps. "
            "It is not a crisis line: in a crisis, call or text 988."
        ),
        phone="1-800-950-6264",
        text_number="62640",
        text_keyword="helpline",
        website="https://www.nami.org/support-education/nami-helpline/",
        contact_note="You can also chat on its website.",
        hours="Monday to Friday, 10 am to 10 pm Eastern time",
        costs=["free"],
        formats=["phone", "text", "chat"],
        languages=["english"],
        audiences=["everyone"],
        areas=["mood", "anxiety", "sleep", "focus", "relationships"],
        recheck_days=90,
    ),
    dict(
        slug="samhsa-national-helpline",
        name="SAMHSA National Helpline",
        kind="support",
        order=40,
        summary="Free, confidential referrals for substance use and mental health, day and night.",
        description=(
            "Information specialists point you to treatment, support groups and community "
            "services near you, including places that charge on a sliding scale or accept "
            "Medicaid or Medicare. They don't give counselling, and they won't ask for your "
            "personal details."
        ),
        phone="1-800-662-4357",
        website="https://www.samhsa.gov/find-help/helplines/national-helpline",
        open_24_7=True,
        costs=["free"],
        formats=["phone"],
        languages=["english", "spanish"],
        audiences=["everyone"],
        areas=["substance-risk", "mood", "anxiety"],
        recheck_days=90,
    ),
    # Guides.
    dict(
        slug="guide-calling-988",
        name="What happens when you contact 988",
        kind="guide",
        order=60,
        summary="Who answers, what they do, and what they can and cannot see.",
        site_page="resources:calling-988",
        costs=["free"],
        languages=["english"],
        audiences=["everyone"],
        recheck_days=180,
    ),
    dict(
        slug="guide-cost-and-insurance",
        name="Paying for therapy: cost and insurance",
        kind="guide",
        order=61,
        summary="Insurance, deductibles, sliding scales, free options and the Good Faith Estimate.",
        site_page="resources:cost-and-insurance",
        costs=["free"],
        languages=["english"],
        audiences=["everyone"],
        recheck_days=180,
    ),
    dict(
        slug="guide-reaching-out",
        name="Reaching out: the outreach kit",
        kind="guide",
        order=62,
        summary="An email, a voicemail and an insurance call script to copy, and what to do next.",
        site_page="resources:reaching-out",
        costs=["free"],
        languages=["english"],
        audiences=["everyone"],
        recheck_days=180,
    ),
    dict(
        slug="medical-bill-rights",
        name="Your rights on medical bills (No Surprises Act)",
        kind="guide",
        order=63,
        summary="The US government's guide to surprise bills and Good Faith Estimates.",
        description=(
            "If you pay for therapy yourself, or don't use insurance, you have the right to "
            "a written Good Faith Estimate of the cost before you start. The No Surprises "
            "Help Desk answers questions by phone."
        ),
        phone="1-800-985-3059",
        website="https://www.cms.gov/medical-bill-rights",
        costs=["free"],
        formats=["phone"],
        languages=["english", "spanish"],
        audiences=["everyone"],
        recheck_days=180,
    ),
]

RELATIONS = {
    "costs": "Cost",
    "formats": "Format",
    "languages": "Language",
    "audiences": "Audience",
    "areas": "Area",
}

CALLING_988_BODY = """\
## Who answers

When you call 988 you hear a short recorded welcome with a few options (listed below). Then \
a trained crisis counsellor at a crisis centre in the 988 network picks up. If the nearest \
centre is busy, another one answers, so you are not left waiting on your own. Texts and \
chats are answered by trained counsellors too.

You don't need to be thinking about suicide to reach out. People contact 988 about stress, \
loneliness, a break-up, worries about drinking or drugs, or because they are worried about \
someone else.

## What the counsellor does

They listen first. They will ask how you are doing and what is going on, and they may ask \
you directly whether you are thinking about suicide. Asking is part of caring: it does not \
put the idea in anyone's head, and it helps them understand how to support you.

Together you work out what could help right now and what could help next: ways to get \
through the next few hours, people you trust, or services near you. You decide how much to \
share.

## Help that is as light as possible

988 counsellors are trained to use the least invasive help that keeps you safe. Almost \
every call, text and chat is resolved in the conversation itself. Emergency services are \
involved in only a small share of contacts, about 2% in published figures, when someone's \
life is in immediate danger and safety cannot be agreed together. Even then, counsellors \
aim to work with you, not around you.

## What they can and cannot see

988 is not 911. It does not automatically receive your exact location the way 911 does, so \
the counsellor cannot see where you are unless you tell them. To connect you with a centre \
near you, calls from the big mobile networks are routed using the general area they come \
from (the nearby part of the phone network), not your address.

## Options when you call

- **Veterans, service members and their families:** press 1 for the Veterans Crisis Line, \
or text [838255](sms:838255).
- **En español:** press 2, or [text AYUDA to 988](sms:988?body=AYUDA).
- **Other languages:** calls can use an interpreter in many languages.
- **Deaf or hard of hearing:** use your usual relay service, or dial 711 and then 988.
- **LGBTQ+ young people:** the separate "press 3" option ended in July 2025. You can still \
call, text or chat 988, or contact [The Trevor Project](/resources/?audience=lgbtq).

## If you are worried about someone else

You can contact 988 yourself to talk through what is happening and how to support them.

## If someone is in immediate danger

Call [911](tel:911).
"""

CALLING_988_CLOSING = """\
Reaching out is an ordinary, strong thing to do, and it's fine not to know what to say. \
"I'm not doing well and I'm not sure why" is a perfectly good start. Counsellors will help \
you from there.
"""

COST_BODY = """\
Prices vary a lot from one therapist to another, and insurance may cover part of the cost. \
There are more ways to pay than most people expect, including free and low-cost ones.

## If you have health insurance

Most US health plans cover some mental health care. A law called *mental health parity* \
means many plans must cover it on terms similar to physical health care.

- **In network** means the therapist has an agreement with your insurer. You usually pay a \
fixed amount per session (a **copay**) or a percentage of the fee (**coinsurance**).
- **Out of network** means there is no agreement. You pay the therapist's full fee, then \
your insurer may pay some of it back if your plan has out-of-network benefits. Ask the \
therapist for a **superbill**: a detailed receipt you send to your insurer.
- Your **deductible** is the amount you pay yourself each year before your insurer starts \
to pay. Until you have met it, sessions may cost the full fee.
- Some plans need a **referral** or **prior approval** before you start.

The quickest way to find out is to call the member services number on the back of your \
insurance card. Our [insurance call script](/resources/reaching-out/#insurance-call) lists \
what to ask.

## If you pay for yourself

- **Good Faith Estimate.** Under a US law called the No Surprises Act, if you don't have \
insurance or choose not to use it, a therapist must give you a written estimate of the \
expected cost when you book, or whenever you ask. If your bill comes to $400 or more above \
the estimate, you can dispute it, usually within 120 days of the bill. The \
[government's medical bill rights page](https://www.cms.gov/medical-bill-rights) explains how.
- **Sliding scale.** Many therapists lower their fee based on income. It is fine to ask: \
"Do you offer a sliding scale?"
- **Reduced-fee networks** such as \
[Open Path Collective](https://openpathcollective.org/) match you with therapists who \
charge less.

## Free and low-cost options

- **Community mental health centres** and **community health centres** charge according to \
income. Dial 211 or search [FindTreatment.gov](https://findtreatment.gov/) to find one.
- **University training clinics**, where trainee therapists are closely supervised, often \
charge low fees.
- **Employee assistance programmes (EAPs).** Many employers offer a few free counselling \
sessions. They are confidential: your employer is not told what you talk about. Look on \
your staff website or ask HR how to use it.
- **Medicaid and Medicare** cover mental health care. If your income is low, you may \
qualify for Medicaid.
- **Support lines and peer support groups** are free.
"""

COST_CLOSING = """\
[See free and low-cost resources in the directory](/resources/?cost=free&cost=sliding-scale)
"""

REACHING_OUT_BODY = """\
Writing that first message is often the hardest part. These templates do most of the work: \
copy one, fill in the parts in [square brackets], and send it to two or three therapists at \
the same time. Contacting several is normal. Many therapists have waiting lists, and a \
"no" only means you keep going.

You don't need to explain everything in your first message. A few lines are enough. \
Nothing is saved on this page: the templates are only text for you to copy.
"""

REACHING_OUT_CLOSING = """\
## If nobody replies within three working days

Silence is usually about a full diary, not about you. You can send one short, friendly \
follow-up, and try some other routes at the same time:

- **Try another directory.** Search again on \
[Psychology Today](https://www.psychologytoday.com/us/therapists) or the \
[APA Psychologist Locator](https://locator.apa.org/), perhaps including video sessions.
- **Look at low-cost options**, such as \
[Open Path Collective](https://openpathcollective.org/) or a community clinic: see \
[low-cost care in the directory](/resources/?kind=low-cost).
- **Dial [211](tel:211)** to reach a local specialist who knows the services near you.
- **Search [FindTreatment.gov](https://findtreatment.gov/)**, the US government's \
treatment locator.
- **Ask your insurer** for a list of in-network therapists who are taking new clients.
- **Ask your doctor** whether they can refer you.

If things start to feel urgent while you wait, you don't have to wait: call or text 988 at \
any time.
"""

GUIDES = [
    dict(
        slug="calling-988",
        title="What happens when you call, text or chat 988",
        summary=(
            "Contacting 988 means a private conversation with someone trained to listen. "
            "Here is what to expect."
        ),
        body=CALLING_988_BODY,
        closing=CALLING_988_CLOSING,
    ),
    dict(
        slug="cost-and-insurance",
        title="Paying for therapy: cost and insurance",
        summary="How therapy is paid for, in plain words, and how to keep the cost down.",
        body=COST_BODY,
        closing=COST_CLOSING,
    ),
    dict(
        slug="reaching-out",
        title="Reaching out to a therapist",
        summary="Ready-made messages for contacting a therapist or your insurer, and what to "
        "do if nobody gets back to you.",
        body=REACHING_OUT_BODY,
        closing=REACHING_OUT_CLOSING,
    ),
]

EMAIL = """\
Subject: New client enquiry

Hello [therapist's name],

I found your details on [where you found them] and I'm looking for individual therapy. \
I've been dealing with [a few words, for example "constant worry" or "a hard time since a \
loss"] and I'd like some support.

Are you taking new clients at the moment? If so, could you tell me:
- your fee per session, and whether you offer a sliding scale
- whether you take [your insurance plan], or can give me a superbill
- whether you see clients [in person / by video / both]
- which times you have free

I'm usually available [days and times]. You can reach me at [phone number or email].

Thank you for your time,
[your first name]"""

VOICEMAIL = """\
Hello, my name is [your first name]. I'm calling because I'm looking for individual \
therapy, and I wanted to ask whether you're taking new clients.

I'd like some help with [a few words, for example "stress and sleep"]. I have \
[the name of your insurance plan / I'd be paying for myself].

You can call me back on [your number]. That's [your number, again, slowly]. The best times \
to reach me are [days and times], and it's fine to leave a message.

Thank you. Goodbye."""

INSURANCE = """\
Hello, I'd like to check my benefits for outpatient mental health care: individual therapy.
My member ID is [the number on your card].

1. Is [therapist's name] in network for my plan?
   (No name yet? Ask: "Can you give me a list of in-network therapists near [your zip code] \
who are taking new clients?")
2. What is my deductible, and how much of it have I met this year?
3. What will I pay per session: a copay, or a percentage (coinsurance)?
4. How many sessions are covered each year? Do I need a referral or approval first?
5. Are telehealth (video) sessions covered in the same way?
6. Do I have out-of-network benefits? If so, how much is paid back, and how do I claim \
(for example, with a superbill)?

Before you hang up: "Could I have a reference number for this call, please?"

Notes: [write the answers, the date and the name of the person you spoke to]"""

TEMPLATES = [
    dict(
        slug="email",
        title="Email to a therapist",
        introduction="For a first message by email or through a directory's contact form.",
        text=EMAIL,
        order=1,
    ),
    dict(
        slug="voicemail",
        title="Voicemail script",
        introduction="Keep it to about 30 seconds, and say your number twice, slowly.",
        text=VOICEMAIL,
        order=2,
    ),
    dict(
        slug="insurance-call",
        title="Insurance call script",
        introduction=(
            "Call the member services number on the back of your insurance card. Have the "
            "card and a pen ready."
        ),
        text=INSURANCE,
        order=3,
    ),
]


def seed(apps, schema_editor):
    models = {
        name: apps.get_model("resources", name)
        for name in ("Area", "Cost", "Format", "Language", "Audience", "Resource")
    }
    for model_name, rows in (
        ("Cost", COSTS),
        ("Format", FORMATS),
        ("Language", LANGUAGES),
        ("Audience", AUDIENCES),
    ):
        for order, (slug, name) in enumerate(rows, start=1):
            models[model_name].objects.update_or_create(
                slug=slug, defaults={"name": name, "order": order}
            )
    for row in RESOURCES:
        fields = dict(row)
        relations = {relation: fields.pop(relation, []) for relation in RELATIONS}
        resource, _ = models["Resource"].objects.update_or_create(
            slug=fields.pop("slug"),
            defaults={"last_checked_on": CHECKED, "is_published": True, **fields},
        )
        for relation, model_name in RELATIONS.items():
            getattr(resource, relation).set(
                models[model_name].objects.filter(slug__in=relations[relation])
            )
    Guide = apps.get_model("resources", "Guide")
    for row in GUIDES:
        Guide.objects.update_or_create(
            slug=row["slug"], defaults={**row, "last_reviewed_on": CHECKED}
        )
    OutreachTemplate = apps.get_model("resources", "OutreachTemplate")
    for row in TEMPLATES:
        OutreachTemplate.objects.update_or_create(slug=row["slug"], defaults=row)


def unseed(apps, schema_editor):
    from_0002 = {"988-lifeline", "crisis-text-line", "emergency-911", "find-a-helpline"}
    Resource = apps.get_model("resources", "Resource")
    Resource.objects.filter(slug__in=[r["slug"] for r in RESOURCES]).exclude(
        slug__in=from_0002
    ).delete()
    Resource.objects.filter(slug="find-a-helpline").update(kind="directory", country="US")
    apps.get_model("resources", "Guide").objects.filter(
        slug__in=[g["slug"] for g in GUIDES]
    ).delete()
    apps.get_model("resources", "OutreachTemplate").objects.filter(
        slug__in=[t["slug"] for t in TEMPLATES]
    ).delete()
    for model_name, rows in (
        ("Cost", COSTS),
        ("Format", FORMATS),
        ("Language", LANGUAGES),
        ("Audience", AUDIENCES),
    ):
        apps.get_model("resources", model_name).objects.filter(
            slug__in=[slug for slug, _ in rows]
        ).delete()


class Migration(migrations.Migration):
    dependencies = [("resources", "0003_directory_details")]

    operations = [migrations.RunPython(seed, unseed)]
