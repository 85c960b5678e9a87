"""Starter content for the first-session explainer and the prep plan.

Editors change all of it in admin afterwards. Facts come from the product brief (a
clinician-reviewed article citing NIMH, APA and NAMI); the wording is ours.
"""

from django.db import migrations

SECTIONS = [
    dict(
        slug="what-individual-therapy-is",
        title="What individual therapy is",
        plan_step=None,
        body="""\
Individual therapy means you meet one-on-one with a trained professional: just the two of you. You can meet in person, or online by video.

You may also hear it called **psychotherapy**. The two words mostly mean the same thing (some psychotherapy happens in groups, such as family therapy). "Personal therapy" is an everyday phrase, not an official clinical term.

Therapy gives you room to work through difficult feelings and to learn skills that change the thoughts and habits keeping you stuck. The aim is growth: feeling more like yourself, getting things done, and enjoying your relationships and your days again.""",
    ),
    dict(
        slug="intake-forms",
        title="Before you go: intake forms",
        plan_step=None,
        body="""\
Many providers send you some forms to fill in before the first session. These are often called **intake forms**. They usually ask about what brings you, your health, and practical details such as how you will pay.

What you write on them is confidential. If a question feels hard, you can leave it and talk about it in the session instead. The prep sheet you can make on this site is written so you can copy parts of it straight into these forms.""",
    ),
    dict(
        slug="four-parts",
        title="The four parts of a first session",
        plan_step=None,
        body="""\
A first session is mostly about getting to know each other. It usually has four parts. They may not happen in this order, and they often flow into each other. For each part, there is a matching step in the plan you can make here.""",
    ),
    dict(
        slug="assessment-of-needs",
        title="Assessment of needs",
        plan_step=1,
        body="""\
**What the provider does:** asks what brings you to therapy, how long it has been going on, and how it affects your daily life, sleep, work and relationships. This first look is called an assessment. It helps them understand you; it is not a test you can fail.

**What you can do:** think beforehand about what you most want them to know. A few sentences are enough. You don't need the right words, and you can say "I'm not sure" at any point.""",
    ),
    dict(
        slug="exploring-goals",
        title="Exploring goals",
        plan_step=2,
        body="""\
**What the provider does:** asks what you would like to be different, and helps turn a general wish ("I want to feel better") into something you can both work towards.

**What you can do:** bring one or two things you hope will change. Goals can be small, and they can change as you go.""",
    ),
    dict(
        slug="setting-expectations",
        title="Setting expectations",
        plan_step=3,
        body="""\
**What the provider does:** explains how sessions will work: how long they last, how often you'll meet, in person or by video, fees and cancellations, and what they keep confidential.

**What you can do:** say what works for you, such as the times you can make, what you can afford, and whether you have insurance. It's fine to ask for something different.""",
    ),
    dict(
        slug="questions-and-answers",
        title="Asking and answering questions",
        plan_step=4,
        body="""\
**What the provider does:** answers your questions, and asks some of their own to fill in the picture.

**What you can do:** ask anything that matters to you, such as their approach, their experience, cost, or who can see your notes. Writing your questions down beforehand makes it much easier to remember them in the room.""",
    ),
    dict(
        slug="after-the-first-session",
        title="After the first session",
        plan_step=None,
        body="""\
The first session is usually the one where the provider talks the most. After that, it shifts: you do most of the talking, while your therapist listens, asks questions to understand better, and reflects back what they hear you feeling.

The first few sessions are mostly about understanding you and what you are going through. That is normal, and it is not a sign that nothing is happening.""",
    ),
    dict(
        slug="session-length-and-frequency",
        title="How long, and how often",
        plan_step=None,
        body="""\
Most sessions last somewhere between 30 and 60 minutes. Many people go once a week or once every two weeks.

Your provider may suggest meeting more or less often, depending on how much your symptoms are affecting you and on the goals you set together. You can talk about this and change it over time.""",
    ),
    dict(
        slug="methods-later-on",
        title="Methods you may meet later",
        plan_step=None,
        body="""\
As therapy goes on, your provider may bring in a particular method, depending on what you came for. One you may hear about is **cognitive behavioural therapy (CBT)**, which looks at how your thoughts, feelings and actions affect each other, and gives you practical ways to change patterns that don't help you.

You can always ask why a method was chosen and what it involves.""",
    ),
    dict(
        slug="cost-and-insurance",
        title="Cost and insurance",
        plan_step=None,
        body="""\
Prices are different from one provider to the next, and insurance may pay for part of the cost. Ask about fees before you start.

In the US, if you don't have insurance or you plan to pay for yourself, the **No Surprises Act** gives you the right to ask for a **Good Faith Estimate**: a written estimate of what your care is expected to cost, before you begin. Our [help and resources page](/resources/) has guides on cost and insurance.""",
    ),
    dict(
        slug="what-works-is-personal",
        title="What works is personal",
        plan_step=None,
        body="""\
There is no single right way to do therapy. What helps one person may not help another, so your plan is made for you. If something doesn't feel right, you can say so, and it is fine to try a different therapist.""",
    ),
]

GOALS = [
    (
        "Feelings",
        [
            "Feel less anxious or worried day to day",
            "Feel less low, and enjoy things again",
            "Handle anger or frustration better",
            "Feel better about myself",
            "Work through grief or a loss",
        ],
    ),
    (
        "Relationships",
        [
            "Talk more openly with my partner or family",
            "Set boundaries and say no when I need to",
            "Feel less lonely and more connected",
            "Handle arguments without shutting down or exploding",
        ],
    ),
    (
        "Habits and daily life",
        [
            "Sleep better",
            "Cut down on drinking, drugs or risky behaviour",
            "Keep up with work, study or everyday tasks",
            "Build routines that help me feel steadier",
        ],
    ),
    (
        "Life changes",
        [
            "Cope with losing a job or changing career",
            "Get through a separation or divorce",
            "Adjust to a move, a new role or children leaving home",
            "Think through a big decision",
        ],
    ),
    (
        "Understanding myself",
        [
            "Understand why I keep feeling or reacting this way",
            "Learn practical skills for hard moments",
            "Find out what kind of help fits me",
        ],
    ),
]

QUESTIONS = [
    (
        "Approach and experience",
        [
            ("What kind of therapy do you use, and how would it work for me?", ""),
            ("Have you worked with people going through things like mine?", ""),
            ("What is your training, and are you licensed in this state?", ""),
            ("How will we know whether therapy is helping?", ""),
            (
                "Might you use a particular method, such as CBT, later on?",
                "CBT (cognitive behavioural therapy) works on how thoughts, feelings and actions affect each other.",
            ),
        ],
    ),
    (
        "What sessions look like",
        [
            ("How long is each session?", "Most last between 30 and 60 minutes."),
            ("How often would we meet, and can that change over time?", ""),
            ("What will the first few sessions be like?", ""),
            ("Can we meet by video or phone as well as in person?", ""),
            ("Will there be anything to do between sessions?", ""),
        ],
    ),
    (
        "Cost and insurance",
        [
            ("How much does each session cost?", ""),
            ("Do you take my insurance? Are you in my plan's network?", ""),
            ("Do you offer a sliding scale or a reduced fee?", ""),
            (
                "If I pay for myself, can I have a Good Faith Estimate of the costs?",
                "Under the US No Surprises Act, if you have no insurance or choose to pay yourself, "
                "you can ask for a written estimate of the expected charges before you start.",
            ),
            ("What is your cancellation policy, and is there a fee?", ""),
        ],
    ),
    (
        "Confidentiality and its limits",
        [
            ("Who can see what I tell you, and what you write down?", ""),
            (
                "When might you have to share something I've said?",
                "For example, a provider may have to act or share information to keep you or someone else safe.",
            ),
            ("What would my insurance company be told?", ""),
            ("How do you keep notes, and can I see mine?", ""),
        ],
    ),
    (
        "Paperwork and logistics",
        [
            ("Which forms do I need to fill in before the first session?", ""),
            ("How do I book, cancel or change a session?", ""),
            ("How can I reach you between sessions, and what should I do in an emergency?", ""),
            ("What happens if I want to stop, or see someone else?", ""),
        ],
    ),
]


def seed(apps, schema_editor):
    Section = apps.get_model("intake", "Section")
    GoalGroup = apps.get_model("intake", "GoalGroup")
    GoalSuggestion = apps.get_model("intake", "GoalSuggestion")
    QuestionTopic = apps.get_model("intake", "QuestionTopic")
    BankQuestion = apps.get_model("intake", "BankQuestion")
    for order, fields in enumerate(SECTIONS, start=1):
        Section.objects.update_or_create(
            slug=fields["slug"], defaults={**fields, "order": order * 10}
        )
    for group_order, (name, texts) in enumerate(GOALS, start=1):
        group, _ = GoalGroup.objects.update_or_create(
            name=name, defaults={"order": group_order * 10}
        )
        for order, text in enumerate(texts, start=1):
            GoalSuggestion.objects.update_or_create(
                group=group, text=text, defaults={"order": order * 10}
            )
    for topic_order, (name, questions) in enumerate(QUESTIONS, start=1):
        topic, _ = QuestionTopic.objects.update_or_create(
            name=name, defaults={"order": topic_order * 10}
        )
        for order, (text, note) in enumerate(questions, start=1):
            BankQuestion.objects.update_or_create(
                topic=topic, text=text, defaults={"note": note, "order": order * 10}
            )


def unseed(apps, schema_editor):
    apps.get_model("intake", "Section").objects.filter(
        slug__in=[fields["slug"] for fields in SECTIONS]
    ).delete()
    apps.get_model("intake", "BankQuestion").objects.all().delete()
    apps.get_model("intake", "QuestionTopic").objects.filter(
        name__in=[name for name, _ in QUESTIONS]
    ).delete()
    apps.get_model("intake", "GoalSuggestion").objects.all().delete()
    apps.get_model("intake", "GoalGroup").objects.filter(
        name__in=[name for name, _ in GOALS]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("intake", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
