"""Make large knowledge bases for the scale benchmark, from realistic FAQ phrasings.

A generated knowledge base is an orthopaedic FAQ: topics such as "knee bursitis" or "wrist
fracture" (a body part and a condition), each asked about from up to twenty angles (what it is,
causes, symptoms, tests, treatment, ...). Every intent answers with its own paragraph of a
generated source document, quoted verbatim, so loading runs the same verbatim checks as the
bundled knowledge base. Generation is deterministic: the same size always gives the same files.

    python bench/make_kb.py 100 1000 10000      # writes bench/generated/kb_<n>/intents.yaml

``questions(n)`` gives questions phrased differently from every example (with the intent each
one should find), for timing ``ask`` on a generated knowledge base.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

GENERATED = Path(__file__).parent / "generated"

# Body parts and conditions; no part is a substring of another at a word start, so every
# paragraph's opening words are unique in the source document.
PARTS = """hip knee ankle shoulder wrist elbow spine neck jaw foot hand thumb toe heel pelvis rib
    collarbone shin thigh forearm calf""".split()
CONDITIONS = [
    "arthritis", "bursitis", "tendinitis", "fracture", "sprain", "strain", "dislocation",
    "osteonecrosis", "infection", "cyst", "stress fracture", "ligament tear", "cartilage damage",
    "nerve compression", "instability", "stiffness", "swelling", "impingement", "deformity",
    "bone spur", "bone bruise", "growth plate injury", "osteoporosis", "gout", "tumour",
]  # fmt: skip


@dataclass(frozen=True)
class Aspect:
    """One angle a topic is asked from: an intent per topic."""

    name: str
    question: str
    examples: tuple[str, ...]
    unseen: tuple[str, ...]  # phrasings kept out of the examples, for benchmark questions
    paragraph: str


# {t}: topic ("knee bursitis"), {T}: topic with a capital, {p}: part, {c}: condition.
ASPECTS = (
    Aspect("what_is", "What is {t}?",
           ("what is {t}", "define {t}", "{t} meaning", "explain {t} in simple words",
            "what does {t} mean", "tell me about {t}", "what happens in {c} of the {p}", "{t} overview"),
           ("can you explain what {t} is", "what exactly is {c} in my {p}"),
           "{T} is a condition of the {p} that affects how the joint and the bone around it work. "
           "It can develop slowly or suddenly, and it is a common reason to see a doctor about the {p}."),
    Aspect("causes", "What causes {t}?",
           ("what causes {t}", "why do people get {t}", "causes of {c} in the {p}", "what leads to {t}",
            "reasons for {t}", "how do you get {t}", "what triggers {c} in the {p}", "is {t} caused by injury"),
           ("why did i get {t}", "what brings on {c} of the {p}"),
           "{T} is most often caused by overuse, a direct blow or an underlying illness. "
           "Your doctor will ask about your work, sports and medicines to find the likely cause."),
    Aspect("symptoms", "What are the symptoms of {t}?",
           ("what are the symptoms of {t}", "signs of {t}", "how do i know if i have {t}",
            "does {t} hurt", "what does {t} feel like", "early signs of {c} in the {p}",
            "{p} pain and {c}", "{t} warning signs"),
           ("how can i tell i have {t}", "symptoms of {c} in my {p}"),
           "The usual signs of {t} are pain, tenderness and reduced movement of the {p}. "
           "Some people also notice swelling or a clicking feeling when they use the joint."),
    Aspect("diagnosis", "How is {t} diagnosed?",
           ("how is {t} diagnosed", "diagnosis of {t}", "how do doctors test for {t}",
            "what tests confirm {t}", "how to find out if i have {t}", "how is {c} of the {p} detected",
            "{t} physical exam", "evaluation of {t}"),
           ("how will the doctor check for {t}", "which test shows {c} in the {p}"),
           "To diagnose {t}, a doctor examines the {p}, asks about your symptoms and may order imaging. "
           "Blood tests are sometimes used to rule out other conditions."),
    Aspect("imaging", "Which scans show {t}?",
           ("which scans show {t}", "mri for {t}", "xray of {p} {c}", "do i need a scan for {t}",
            "imaging for {t}", "can an xray show {t}", "ultrasound of {c} in the {p}", "ct scan for {t}"),
           ("what scan do i need for {t}", "will an mri find {c} in my {p}"),
           "Imaging for {t} usually starts with an X-ray of the {p}. "
           "An MRI or ultrasound shows the soft tissue and is used when the X-ray is normal."),
    Aspect("treatment", "How is {t} treated?",
           ("how is {t} treated", "treatment for {t}", "how to treat {t}", "what helps {t}",
            "{t} treatment options", "best treatment for {c} of the {p}", "can {t} be fixed", "managing {t}"),
           ("what is the treatment of {t}", "how do you treat {c} in the {p}"),
           "Treatment of {t} depends on how severe it is. "
           "Most people start with rest, ice and medicines for pain, and add physical therapy as the {p} improves."),
    Aspect("surgery", "When is surgery needed for {t}?",
           ("when is surgery needed for {t}", "do i need an operation for {t}", "surgery for {t}",
            "operation on the {p} for {c}", "surgical options for {t}", "is surgery the only option for {t}",
            "{t} surgery", "when to operate on {t}"),
           ("will i need surgery for {t}", "should my {p} {c} be operated on"),
           "Surgery for {t} is considered when other treatment has not helped after several months. "
           "The surgeon repairs or removes the damaged tissue of the {p}."),
    Aspect("recovery", "How long does recovery from {t} take?",
           ("how long does recovery from {t} take", "recovery time for {t}", "healing time of {t}",
            "when can i use my {p} again after {c}", "how long does {t} last", "{t} recovery",
            "how fast does {c} of the {p} heal", "time off work with {t}"),
           ("how many weeks to recover from {t}", "when will my {p} {c} heal"),
           "Recovery from {t} takes from a few weeks to several months. "
           "Following the exercise plan closely helps the {p} regain strength."),
    Aspect("prevention", "Can {t} be prevented?",
           ("can {t} be prevented", "how to prevent {t}", "prevention of {t}", "avoiding {t}",
            "how to stop {c} in the {p}", "reduce the chance of {t}", "protecting the {p} from {c}",
            "{t} prevention tips"),
           ("what can i do to avoid {t}", "is there a way to prevent {c} of the {p}"),
           "You can lower the chance of {t} by warming up before sport and building strength around the {p}. "
           "Good footwear and a healthy weight also help."),
    Aspect("risk", "Who is at risk of {t}?",
           ("who is at risk of {t}", "risk factors for {t}", "who gets {t}", "is {t} common",
            "am i likely to get {t}", "how common is {c} of the {p}", "{t} in athletes",
            "does age increase the risk of {t}"),
           ("who usually gets {t}", "are some people more prone to {c} in the {p}"),
           "People who play contact sports, do repetitive work with the {p} or have had an earlier injury "
           "are more likely to develop {t}."),
    Aspect("medicines", "Which medicines help with {t}?",
           ("which medicines help with {t}", "painkillers for {t}", "drugs for {t}", "ibuprofen for {t}",
            "medication for {c} of the {p}", "are steroid injections used for {t}",
            "what pills help {t}", "{t} medicine"),
           ("what can i take for {t}", "is there a tablet for {c} in the {p}"),
           "Anti-inflammatory medicines such as ibuprofen ease the pain of {t}. "
           "A steroid injection into the {p} is sometimes offered when tablets are not enough."),
    Aspect("exercise", "Which exercises help {t}?",
           ("which exercises help {t}", "exercises for {t}", "can i exercise with {t}", "physio for {t}",
            "stretches for {c} in the {p}", "is walking good for {t}", "{t} rehab exercises",
            "sport with {t}"),
           ("what exercises should i do for {t}", "can i train my {p} with {c}"),
           "Gentle exercises that move the {p} through its full range help with {t}. "
           "A physical therapist can show which movements are safe."),
    Aspect("children", "Can children get {t}?",
           ("can children get {t}", "{t} in children", "kids with {t}", "{t} in teenagers",
            "is {c} of the {p} common in children", "my child has {t}", "{t} in young athletes",
            "does {t} affect growth"),
           ("do kids get {t}", "can a child have {c} in the {p}"),
           "Children can get {t}, most often after a sports injury to the {p}. "
           "Their bones are still growing, so a specialist in children's orthopaedics should check them."),
    Aspect("elderly", "Is {t} common in older people?",
           ("is {t} common in older people", "{t} in the elderly", "{t} after 60",
            "does {c} of the {p} get worse with age", "older adults with {t}", "{t} and ageing",
            "is {t} a sign of ageing", "{t} in seniors"),
           ("do old people get {t} more", "is {c} in the {p} worse when you are older"),
           "{T} becomes more common with age because the tissues of the {p} wear and heal more slowly. "
           "Older people may need a longer recovery."),
    Aspect("complications", "What are the complications of {t}?",
           ("what are the complications of {t}", "can {t} cause arthritis", "long term effects of {t}",
            "what happens if {t} is not treated", "can {c} of the {p} get worse", "{t} complications",
            "is {t} dangerous", "lasting damage from {t}"),
           ("what could go wrong with {t}", "will {c} damage my {p} for good"),
           "Left untreated, {t} can lead to lasting stiffness, weakness or arthritis of the {p}. "
           "Early treatment makes these complications less likely."),
    Aspect("see_doctor", "When should I see a doctor about {t}?",
           ("when should i see a doctor about {t}", "is {t} an emergency", "do i need a doctor for {t}",
            "should i go to hospital with {t}", "when to worry about {c} in the {p}", "{t} red flags",
            "urgent care for {t}", "which doctor treats {t}"),
           ("should i get my {t} checked", "is {c} of the {p} serious enough for a doctor"),
           "See a doctor about {t} if the {p} is very swollen, you cannot bear weight or the pain wakes you at night. "
           "Go to an emergency department after a serious injury."),
    Aspect("outlook", "What is the outlook for {t}?",
           ("what is the outlook for {t}", "prognosis of {t}", "will {t} go away", "is {t} permanent",
            "can {t} be cured", "will my {p} be normal after {c}", "{t} long term outlook",
            "does {t} come back"),
           ("will i get better from {t}", "is {c} of the {p} curable"),
           "Most people with {t} recover well and return to their usual activities. "
           "A few have symptoms in the {p} that come and go for years."),
    Aspect("home_care", "How can I look after {t} at home?",
           ("how can i look after {t} at home", "home remedies for {t}", "self care for {t}",
            "ice or heat for {t}", "should i rest my {p} with {c}", "{t} at home",
            "what can i do myself for {t}", "sleeping with {t}"),
           ("how do i care for {t} myself", "what helps {c} in the {p} at home"),
           "At home, rest the {p}, use an ice pack for twenty minutes at a time and keep it raised to ease {t}. "
           "Return to activity step by step."),
    Aspect("work", "Can I work with {t}?",
           ("can i work with {t}", "{t} and work", "time off for {t}", "driving with {t}",
            "desk job with {c} of the {p}", "lifting at work with {t}", "going back to work after {t}",
            "{t} sick leave"),
           ("should i stay home from work with {t}", "can i do my job with {c} in the {p}"),
           "Many people keep working with {t} if their job does not strain the {p}. "
           "Ask your doctor about changes to your tasks while it heals."),
    Aspect("support", "Do braces or supports help {t}?",
           ("do braces help {t}", "support for {t}", "splint for {t}", "should i wear a brace for {t}",
            "taping the {p} for {c}", "crutches for {t}", "{t} brace", "orthotics for {t}"),
           ("will a brace help my {t}", "does a support for the {p} help with {c}"),
           "A brace, splint or tape can support the {p} while {t} settles. "
           "Wear it as advised, because relying on it too long can weaken the muscles."),
)  # fmt: skip

SYNONYMS = {
    "tendinitis": ["tendonitis", "tendon inflammation"],
    "xray": ["x ray", "x rays", "radiograph"],
    "mri": ["magnetic resonance imaging", "mri scan"],
    "painkiller": ["painkillers", "pain killers", "pain relief", "pain medication"],
    "surgery": ["operation", "operations", "surgical", "operate", "procedure"],
    "children": ["child", "kids", "kid", "teenagers", "youngsters"],
    "treat": ["treatment", "treated", "treating", "therapy"],
    "doctor": ["physician", "gp", "specialist", "doctors"],
}
NOT_COVERED = [
    {
        "topic": "costs and insurance",
        "examples": ["how much does it cost", "is it covered by insurance", "price of an mri"],
    },
    {"topic": "other specialties", "examples": ["heart disease", "skin rash", "eye problems", "migraine"]},
]


@dataclass(frozen=True)
class Topic:
    part: str
    condition: str

    @property
    def name(self) -> str:
        return f"{self.part} {self.condition}"

    @property
    def slug(self) -> str:
        return self.name.replace(" ", "_")

    def fill(self, template: str) -> str:
        return template.format(t=self.name, T=self.name.capitalize(), p=self.part, c=self.condition)


def topics() -> Iterator[Topic]:
    """Every topic, mixing parts and conditions so that a small knowledge base is still varied."""
    for n in range(len(PARTS) * len(CONDITIONS)):
        part = PARTS[n % len(PARTS)]
        condition = CONDITIONS[(n // len(PARTS) + n) % len(CONDITIONS)]
        yield Topic(part, condition)


def intents(size: int) -> Iterator[tuple[Topic, Aspect]]:
    """The first ``size`` (topic, aspect) pairs: all aspects of one topic before the next topic."""
    limit = len(PARTS) * len(CONDITIONS) * len(ASPECTS)
    if not 1 <= size <= limit:
        raise ValueError(f"size must be between 1 and {limit:,}")
    count = 0
    for topic in topics():
        for aspect in ASPECTS:
            if count == size:
                return
            count += 1
            yield topic, aspect


def build(size: int) -> tuple[dict[str, object], str]:
    """A knowledge base of ``size`` intents (as YAML-ready data) and its source document."""
    lines = ["Orthopaedic questions and answers", "", "Copyright 2026 Bench Health Library", ""]
    sections = ["Orthopaedic questions and answers"]
    passages: dict[str, object] = {}
    items: list[dict[str, object]] = []
    current = None
    for topic, aspect in intents(size):
        if topic != current:
            current = topic
            heading = topic.name.capitalize()
            sections.append(heading)
            lines += [heading, ""]
        paragraph = topic.fill(aspect.paragraph)
        lines += [paragraph, ""]
        intent_id = f"{topic.slug}_{aspect.name}"
        first_sentence = paragraph.split(". ", 1)[0].rstrip(".") + "."
        passages[intent_id] = {"quote": first_sentence, "to_paragraph_end": True}
        items.append(
            {
                "id": intent_id,
                "question": topic.fill(aspect.question),
                "answer": [intent_id],
                "examples": [topic.fill(e) for e in aspect.examples],
            }
        )
    data = {
        "version": 1,
        "source": {
            "file": "source.txt",
            "title": "Orthopaedic questions and answers",
            "publisher": "Bench Health Library",
            "url": "https://example.org/bench",
            "copyright": "Copyright 2026 Bench Health Library",
        },
        "sections": sections,
        "passages": passages,
        "synonyms": SYNONYMS,
        "not_covered": NOT_COVERED,
        "intents": items,
    }
    lines += ["More at https://example.org/bench", ""]
    return data, "\n".join(lines)


def write(size: int, root: Path = GENERATED) -> Path:
    """Write ``kb_<size>/intents.yaml`` and its ``source.txt`` under ``root``; return the YAML path."""
    data, source = build(size)
    folder = root / f"kb_{size}"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "source.txt").write_text(source, encoding="utf-8")
    path = folder / "intents.yaml"
    header = f"# Generated by bench/make_kb.py: {size:,} intents. Do not edit; regenerate.\n"
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml's, when present, is 10x faster
    text = yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True, width=200)
    path.write_text(header + text, encoding="utf-8")
    return path


def questions(size: int, count: int = 300, seed: int = 6) -> list[tuple[str, str]]:
    """``count`` questions phrased unlike any example, each with the intent id it should find."""
    pairs = list(intents(size))
    rng = random.Random(seed)
    picked = [rng.choice(pairs) for _ in range(count)]
    return [(topic.fill(rng.choice(aspect.unseen)), f"{topic.slug}_{aspect.name}") for topic, aspect in picked]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[100, 1000, 10000], help="numbers of intents")
    parser.add_argument("--out", type=Path, default=GENERATED, help="folder to write under (default: %(default)s)")
    args = parser.parse_args()
    for size in args.sizes:
        path = write(size, args.out)
        print(f"{size:>6,} intents: {path} ({path.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
