"""Word and sentence pools for the demo journal and the benchmark corpus.

Written for this app: ordinary, gentle inner-child journaling, nothing graphic. The pools are
large enough that search has common and rare words to find.
"""

from __future__ import annotations

TITLES = (
    "A quieter morning",
    "What the rain reminded me of",
    "After group tonight",
    "Talking to little me",
    "The kitchen table",
    "Something I never said",
    "Small wins",
    "Feeling far away today",
    "Letting myself rest",
    "The old house on the hill",
    "Why I still flinch",
    "Play for no reason",
    "Grandma's garden",
    "Learning to say no",
    "What I needed then",
    "A letter I might not send",
    "Noticing the critic",
    "Soft things",
    "After the phone call",
    "Birthday thoughts",
    "The bike with the bell",
    "Being believed",
    "When I was seven",
    "Sunday drawing",
    "Holding both feelings",
    "Where I feel safe",
    "Patterns I repeat",
    "A good cry",
    "Tiny bravery",
    "Learning my own pace",
    "Lunch boxes and notes",
    "The swing set",
    "Unmet and okay",
    "Ordinary joy",
    "My therapist asked",
    "What my body knows",
    "Stars from the roof",
)

OPENERS = (
    "This morning I noticed",
    "Today in therapy we talked about",
    "I keep thinking about",
    "Something small happened:",
    "I found myself remembering",
    "Writing this slowly because",
    "My younger self would have loved",
    "I want to be honest that",
    "It surprised me that",
    "Before bed I remembered",
    "On the walk home I realised",
    "I caught the inner critic saying",
)

PHRASES = (
    "the smell of toast in my grandmother's kitchen",
    "how loud the house felt after school",
    "the blue bicycle with the squeaky bell",
    "hiding under the stairs with a torch and a book",
    "waiting by the window for someone to come home",
    "the way my shoulders tighten",
    "wanting someone to notice I was trying",
    "a teacher who said my drawing was lovely",
    "building dens out of blankets and chairs",
    "being told to stop crying",
    "the relief of a locked bathroom door",
    "a dog called Biscuit who followed me everywhere",
    "summer evenings that never seemed to end",
    "the long drive to the coast",
    "feeling invisible at the dinner table",
    "laughing so hard my stomach hurt",
    "the scratchy school jumper",
    "my little brother asleep on my shoulder",
    "the first time I felt truly safe",
    "counting ceiling tiles to calm down",
    "collecting conkers and shiny stones",
    "the piano nobody let me touch",
    "a neighbour who always had time for me",
    "making up songs in the bath",
    "the pressure to be the good one",
    "how carefully I watched everyone's moods",
    "playing in puddles without worrying about my shoes",
    "a note hidden in my lunch box",
    "swimming lessons and cold changing rooms",
    "the comfort of a worn teddy bear",
)

FEELINGS_LINES = (
    "I feel tender about it, and that's allowed.",
    "There is sadness here, and some relief too.",
    "I notice my breath getting shorter, so I'm slowing down.",
    "It feels lighter to write it.",
    "Part of me wants to skip this, and that's okay.",
    "I'm proud of myself for noticing.",
    "I don't have to solve anything today.",
    "The younger me deserved so much more gentleness.",
    "I'm letting the feeling be here without pushing it away.",
    "I can come back to this later.",
    "My hands are warm around the mug and I'm safe now.",
    "I think I'm allowed to want things.",
)

REPARENTING = (
    "If I could tell little me one thing, it would be: you were never too much.",
    "Today I gave myself what I needed then: rest, a blanket, and no rush.",
    "I'm learning to be the grown-up I was waiting for.",
    "I said no to something today, and the world did not end.",
    "I'm going to play for ten minutes just because it's fun.",
    "It wasn't my job to keep everyone happy. It still isn't.",
)

TAGS = (
    "family",
    "school",
    "play",
    "therapy",
    "group",
    "body",
    "boundaries",
    "joy",
    "grief",
    "reparenting",
    "letters",
    "sleep",
    "friends",
    "anger",
    "safety",
    "home",
    "music",
    "nature",
    "gratitude",
    "critic",
)

RARE_WORDS = (
    "marmalade",
    "xylophone",
    "kaleidoscope",
    "lighthouse",
    "harmonica",
    "origami",
    "periwinkle",
    "tambourine",
    "quokka",
    "zeppelin",
)

MEMORY_TITLES = (
    ("The blue bicycle", "around 7", ["joy", "pride"], ["play", "encouragement"]),
    ("Grandma's kitchen", "before school", ["calm", "safe"], ["comfort", "belonging"]),
    ("First day of school", "age 5", ["scared", "curious"], ["safety", "attention"]),
    ("The den under the stairs", "age 6-8", ["calm", "curious"], ["privacy", "safety"]),
    ("Swimming lessons", "summer 1994", ["scared", "proud"], ["encouragement"]),
    ("Moving house", "age 9", ["sad", "lonely"], ["belonging", "being seen"]),
    ("Biscuit the dog", "primary school", ["joy", "loved"], ["comfort", "play"]),
    ("The school play", "around 10", ["nervous", "proud"], ["being seen"]),
    ("Dinner-table silence", "age 8-11", ["tense", "lonely"], ["attention", "safety"]),
    ("Stars from the roof", "age 13", ["wonder", "calm"], ["rest", "privacy"]),
    ("The teacher who believed me", "age 11", ["relieved", "safe"], ["being believed"]),
    ("Long drive to the coast", "1990s", ["content", "bored"], ["play"]),
)

PEOPLE = ("Grandma", "Mr Okafor", "my brother", "Aunt Rosa", "Sam next door", "Mum", "Dad")
PLACES = ("the old house", "Grandma's flat", "the school yard", "the coast", "the park")
