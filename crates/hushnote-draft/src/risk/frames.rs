//! Act frames: a risk concept described by what someone does, not by its name. A frame is an
//! act verb class, a target class (the agent's own body, a ligature round the neck, a child
//! shut in a room, an elder's money, a partner's car) and sometimes an instrument or a purpose,
//! composed from the word classes below into one pattern over normalised tokens (the same form
//! as [`super::lexicon`]; frames are tried after its idiom blocks and before its entries).
//! Who acts is decided afterwards by the experiencer rules ([`super::actors`]), as for every
//! mention, so "her son emptied her savings" is abuse of the client and "he scraped his arm"
//! is the client's self-injury.

use regex::Regex;
use std::sync::OnceLock;

use super::lexicon::{Concept, Entry, Owner};
use super::RiskKind;

/// Body parts an injuring act lands on.
const BODY: &str = "(arms?|forearms?|wrists?|thighs?|legs?|stomach|belly|skin|ankles?|hands?|hips?|chest|face|fingers?|fingertips?|fingernails?|knuckles?|head|body|shoulders?|calf|calves|breasts?|neck|throat|feet|foot|toes?|toenails?|ribs?|scalp|cheeks?|side|flesh|shins?|knees?|elbows?|palms?|nail beds?)";

/// Whether a word is a body part an injuring act lands on.
pub(crate) fn is_body(w: &str) -> bool {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| Regex::new(&format!("^{BODY}$")).ok())
        .as_ref()
        .is_some_and(|r| r.is_match(w))
}

/// The words of [`BODY`], as tokens: a sentence without one skips the body frames.
const BODY_WORDS: &[&str] = body_parts![
    "belly",
    "finger",
    "fingers",
    "fingertip",
    "fingertips",
    "fingernail",
    "fingernails",
    "knuckle",
    "calf",
    "calves",
    "breast",
    "breasts",
    "feet",
    "foot",
    "toe",
    "toes",
    "toenail",
    "toenails",
    "scalp",
    "cheek",
    "cheeks",
    "side",
    "flesh",
    "palm",
    "palms",
    "nail",
    "bed",
    "beds"
];

/// Verbs that injure skin or tissue when their object is a body part.
const INJURE: &str = "(cut|cuts|cutting|carv\\w*|etch\\w*|engrav\\w*|scrap\\w*|scratch\\w*|gouge\\w*|gouging|dig|digs|digging|dug|slic\\w*|slash\\w*|nick\\w*|pierc\\w*|stab\\w*|burn|burns|burned|burnt|burning|sear\\w*|brand\\w*|scald\\w*|bash\\w*|bang\\w*|punch\\w*|whip\\w*|lacerat\\w*|rak\\w*|rubb\\w* raw|rub\\w* raw|hit|hits|hitting|smash\\w*|slam\\w*|jab\\w*)";

/// Sharp or hot things used on the body.
const INSTRUMENT: &str = "(razors?|razor blades?|blades?|knife|knives|box cutters?|scissors|pins?|safety pins?|needles?|compass( point)?|paper ?clips?|glass|shards?|lighters?|cigarettes?|matches|keys?|tacks?|thumbtacks?|sharpeners?|pencil sharpener blades?|nails?|staples?|hot (\\S+)|lit (\\S+)|heated (\\S+)|irons?|curling irons?|candles?)";

/// A firearm or the part of one that is held at a body ("the barrel", "the twenty-two").
const FIREARM: &str = "(guns?|pistol|revolver|shotgun|rifle|handgun|glock|barrel|muzzle|twenty-two|22|\\.22|firearm|service weapon|deer rifle|hunting rifle)";

/// A determiner of one's own body part.
const POSS: &str = "(his|her|my|their|your|the)";

/// The possessives of one's own body, with the shorthand "own" ("burned own forearm",
/// "branded own wrist"): only for frames whose owner is the agent.
const POSS_OWN: &str = "(his|her|my|their|your|the|own)";

/// Ligatures.
const LIGATURE: &str = "(rope|cord|belt|noose|cable|wire|ligature|bedsheet|extension cord|leash|strap|dog leash|charger cable|shoelaces?)";

/// Medication and pills in quantity.
const PILLS: &str = "(pills|tablets|meds|medications?|medicines?|capsules|painkillers|sleeping pills|insulin|pill bottle|bottle of \\S+|antidepressants|opioids|oxys?|benzos)";

/// Verbs of wishing or hoping.
const WISH: &str = "(hop\\w*|pray\\w*|wish\\w*|want\\w*|would like|longs?|longing|waiting for|wait for|can't wait for|rooting for)";

/// Ways of saying a life would be over.
const OVER: &str = "((it|everything|things|it all) (is|was|were|would be|will be|'s|'d be|be|could be|can be|would all be|will all be) (all over|over for good|over forever|finally over|done for good)|(life|his life|her life|my life|the pain|the suffering) (is|was|were|would be|will be|'s|'d be|be|could be) (all )?(over|done|finished|ended)|(takes?|took|take) (him|her|me|them|you) (soon|away|for good|finally|in (his|her|my|their|your) sleep)|(ends?|end) (it|it all|everything|things|his life|her life|my life|the suffering))";

/// Ways of saying one would not be here.
const GONE: &str = "((he|she|i|they|him|her|me|them)( \\S+)? (not|no|wasn't|weren't|isn't|is not|was not|were not|am not|no more|no longer|never)( \\S+)? (here|around|alive|exist\\w*|living|born|in the world|on earth|in this world|be here|be around|be alive|gone|dead)|(he|she|i|they)( \\S+)? (gone|dead|disappear\\w*|die|died|dies))";

/// Acceptance words: a death that "would be fine".
const FINE: &str = "(fine|okay|ok|alright|all right|a relief|a blessing|easier|better|no loss|for the best|peaceful|welcome|not so bad|not the worst)";

/// One's own death as a state: not waking up, sleeping forever, being hit by a car, gone.
const DEATH_STATE: &str = "((not|never|didn't|did not|don't|do not|wouldn't|would not|won't|to not|to never) (wake|waking|woke|wakes) up|sleep(ing)? forever|(get|got|getting|be|being|was|were) (hit|run over|struck) by (a|the) (car|bus|truck|train)|(he|she|i|they) (would |could |were to |just )?(die|died|dies|was gone|were gone|is gone|was dead|were dead)|(not|no longer|never) (be |being )?(here|around|alive) anymore|(not|never) (be |being )?alive)";

/// The words of [`DEATH_STATE`]: a sentence without one skips the acceptance frames.
const DEATH_WORDS: &[&str] = &[
    "wake", "waking", "woke", "wakes", "forever", "hit", "struck", "die", "died", "dies", "gone",
    "dead", "alive", "anymore", "over",
];

/// Elders' money and its papers.
const MONEY: &str = "(pension( checks?)?|checks?|cheques?|savings( account)?|bank (account|card)s?|accounts?|debit cards?|credit cards?|atm card|card|benefits|social security( checks?)?|disability checks?|money|cash|funds|inheritance|life savings|retirement|finances|bank details|pin|pin number|paychecks?|wages|car|jewel\\w*)";

/// Small rooms and places a child is shut into.
const ROOM: &str = "(room|bedroom|closet|cupboard|cellar|basement|bathroom|garage|shed|attic|crate|cage|car|trunk|box|yard|dark|house|outside|pantry|laundry room|wardrobe)";

/// Cues that make ending a life a thought, wish or plan (any grammar).
const THINK_CUE: &str = "(think\\w*|thought|want\\w*|wish\\w*|plan\\w*|idea|ideas|decid\\w*|try\\w*|tried|going|wanna|desire|consider\\w*|intend\\w*|mind|urge|urges|tempted)";

/// Verbs of ending, including non-native ones ("finish his life", "close everything").
const END_VERB: &str = "(finish|finishing|finished|stop|stopping|close|closing|terminate|terminating|quit|quitting|end|ending|put an end to|make an end (of|to)|be done with|cut short)";

/// What may follow "life" when it is one's life (not "life insurance", "life story").
const LIFE_END: &str = "( [,.;:!?]| (and|but|because|so|with|for|by|when|in|after|this|last|soon|now|today|tonight|one|if|since|as|or|he|she|they|i|before|somehow|himself|herself)\\b|$)";

/// Bad consequences a victim is threatened with for telling.
/// Harms a silencer threatens that are no violence (a threat to kill stays a threat to kill):
/// immigration, the police, the children taken, the home or the family lost.
const EXPOSURE: &str = "(call\\w* (immigration|the police|the cops|ice|la migra|social services)|report\\w* (her|them)|deport\\w*|take (the|her|their) (kids|children|baby|girls|boys)|kick\\w* (her|them) out|throw\\w* (her|them) out|send\\w* (her|them) (back|home)|tell\\w* (everyone|her family|her parents|the church|the village)|leave (her|them) with nothing)";
const SILENCE_HARM: &str = "(home|care home|nursing home|sorry|regret|hurt|never see|lose|lost|kicked out|thrown out|put away|taken away|on (her|his|their) own|alone|believe|pay|street|cut (her|him|them) off|stop visiting|leave (her|him|them)|kill|punish\\w*|trouble|worse|police|deport\\w*|immigration|la migra|locked)";

/// Telling someone.
const TELLS: &str = "(tells?|told|says? (anything|something|a word)|said (anything|something|a word)|reports?|reported|speaks? up|spoke up|calls? (the|anyone|someone)|called (the|anyone|someone)|goes to|went to|complains?|complained|mentions?|mentioned|breathes? a word)";

/// Carers and relatives whose care can be withheld.
const CARERS: &[&str] = &[
    "carer",
    "carers",
    "caregiver",
    "caregivers",
    "aide",
    "aides",
    "help",
    "nurse",
    "son",
    "daughter",
    "husband",
    "wife",
    "partner",
    "grandson",
    "granddaughter",
    "nephew",
    "niece",
    "stepson",
    "stepdaughter",
    "family",
    "staff",
    "children",
    "kids",
    "law",
    "brother",
    "sister",
    "worker",
    "keyworker",
    "guardian",
    "appointee",
];

/// Care withheld: "hasn't given her", "forgets to feed him", "never visits".
const NEG_CARE: &str = "(hasn't|has not|haven't|have not|hadn't|had not|didn't|did not|doesn't|does not|won't|will not|never|forgets? to|forgot to|forgetting to|stopped|refuses? to|refused to|fails? to|failed to|neglects? to|neglected to)";

struct Frame {
    /// An idiom or benign use: its words are taken so no later frame matches them.
    block: bool,
    concept: Concept,
    kind: RiskKind,
    re: String,
    /// At least one of these words must occur in the sentence.
    need_any: &'static [&'static str],
    /// Whose body part or belongings the possessive in the match must name.
    owner: Owner,
}

fn frame(concept: Concept, kind: RiskKind, re: String) -> Frame {
    Frame {
        block: false,
        concept,
        kind,
        re,
        need_any: &[],
        owner: Owner::Any,
    }
}

/// Words that name a partner or a former one, for acts that are abuse only between them.
const PARTNER_WORDS: &[&str] = &[
    "ex",
    "ex's",
    "ex-husband",
    "ex-wife",
    "ex-boyfriend",
    "ex-girlfriend",
    "ex-partner",
    "husband",
    "wife",
    "boyfriend",
    "girlfriend",
    "partner",
    "fiance",
    "fiancee",
    "spouse",
    "baby",
    "bf",
    "gf",
];

/// Harm in the hoped-for event: a wish that "it is all over" is a death wish only when what
/// is hoped for can kill (an illness, a bad result, a crash) or names death or sleep.
const HARM_CUES: &[&str] = &[
    "cancer",
    "illness",
    "sick",
    "sickness",
    "scan",
    "test",
    "results",
    "result",
    "biopsy",
    "accident",
    "crash",
    "crashes",
    "die",
    "dies",
    "dying",
    "death",
    "dead",
    "heart",
    "tumor",
    "tumour",
    "disease",
    "bad",
    "worse",
    "positive",
    "malignant",
    "sleep",
    "wake",
    "waking",
    "plane",
    "takes",
    "took",
    "life",
    "alive",
    "living",
    "virus",
    "covid",
    "stroke",
    "diagnosis",
];

/// Killing acts told concretely ("run him over", "put a bullet in him").
const KILL_ACT: &str = "(run|ran|running|runs) (him|her|them|(his|her|their|the|that|this|my) \\S+( \\S+)?) (over|down)|put\\w* (a|one|two|three) (bullet|round|slug)s? (in|into|through) (him|her|them|(his|her|their|the|that|this|my) \\S+( \\S+)?)|cav\\w* in (his|her|their|\\S+'s)( \\S+'s)? (skull|head|face)|bash\\w* (his|her|their|\\S+'s)( \\S+'s)? (head|skull|brains|face) in|slit\\w* (his|her|their|\\S+'s)( \\S+'s)? throat|(blow|blows|blew|blowing) (his|her|their|\\S+'s)( \\S+'s)? (brains|head) (out|off)|wring\\w* (his|her|their|\\S+'s)( \\S+'s)? (neck|throat)|burn\\w* (the|his|her|their) (house|place|apartment|trailer) down with (him|her|them|everyone) (in|inside)( it)?|(bury|buried|burying) (him|her|them) (alive|in the \\S+)";

/// Words that make a killing act a thought, wish, plan or threat.
const THOUGHT_CUES: &[&str] = &[
    "want",
    "wants",
    "wanted",
    "wanting",
    "wish",
    "wishes",
    "wished",
    "thinking",
    "thinks",
    "think",
    "thought",
    "thoughts",
    "fantasize",
    "fantasizes",
    "fantasized",
    "fantasies",
    "imagine",
    "imagines",
    "imagined",
    "imagining",
    "urge",
    "urges",
    "told",
    "said",
    "says",
    "saying",
    "threatened",
    "threatens",
    "threatening",
    "threat",
    "would",
    "he'd",
    "she'd",
    "i'd",
    "they'd",
    "gonna",
    "going",
    "plan",
    "plans",
    "planning",
    "planned",
    "will",
    "he'll",
    "she'll",
    "i'll",
    "swore",
    "swears",
    "vowed",
    "could",
    "dreams",
];

/// Cues that make holding pills or a blade an aborted or interrupted attempt.
const ABORT_CUES: &[&str] = &[
    "stopped",
    "stop",
    "back",
    "down",
    "away",
    "didn't",
    "couldn't",
    "not",
    "changed",
    "meaning",
    "intending",
    "intended",
    "planning",
    "planned",
    "ready",
    "wanted",
    "going",
    "about",
    "climbed",
    "interrupted",
    "walked",
    "called",
    "hesitated",
    "froze",
    "decided",
    "instead",
];

fn frames() -> Vec<Frame> {
    use Concept as C;
    use RiskKind as K;
    let adj = "([a-z]+ ){0,2}";
    let mut v = vec![
        // Aborted or interrupted attempts: a blade or ligature at the body, pills in hand,
        // with a cue that the act was meant and stopped.
        Frame {
            need_any: ABORT_CUES,
            ..frame(
                C::Preparatory,
                K::SuicidalIdeation,
                format!(r"\b(held|holding|hold|holds|put|putting|pressed|pressing|had|placed|sat with|stood with)( \S+){{0,3}} {INSTRUMENT}( \S+){{0,3}} (to|against|on|at|over|across) {POSS} {adj}(wrists?|throat|neck|chest|temple|head|veins?)\b"),
            )
        },
        Frame {
            need_any: ABORT_CUES,
            ..frame(
                C::Preparatory,
                K::SuicidalIdeation,
                format!(r"\b(held|holding|hold|holds|had|sat with|poured|pouring|pours|lined up|lining up|lines up|counted out|counting out|laid out|lay out|gathered|emptied|tipped|tipping|clutch\w*|grabbed|grab\w*|filled|fill\w*|(palm|hand|handful|fist|fistful|cup|bowl|pile) (full )?of)( \S+){{0,6}} {PILLS}\b"),
            )
        },
        // "sat with the barrel under his chin", "put the gun to his head last week": a firearm
        // held at one's own head is an aborted or interrupted attempt (C-SSRS) with no cue
        // needed; at someone else's head ("to her head" from him) it is no self-directed act.
        Frame {
            owner: Owner::Agent,
            ..frame(
                C::Preparatory,
                K::SuicidalIdeation,
                format!(r"\b(held|holding|hold|holds|put|putting|puts|pressed|pressing|placed|sat with|sitting with|sits with|stood with|had)( \S+){{0,3}} {FIREARM}( \S+){{0,2}}? (to|against|under|in|into) {POSS} (own )?(head|temple|temples|chin|mouth|jaw)\b"),
            )
        },
        // A ligature round the neck, a noose or knot to hold weight.
        frame(C::Preparatory, K::SuicidalIdeation, format!(r"\b{LIGATURE}( \S+){{0,3}} (around|round|on|to) {POSS} (own )?(neck|throat)\b")),
        frame(C::Preparatory, K::SuicidalIdeation, format!(r"\b(tie|tied|ties|tying|wrap\w*|loop\w*|fasten\w*|knot\w*|hang\w*|hung|attach\w*)( \S+){{0,4}} {LIGATURE}( \S+){{0,5}} (neck|throat|beam|rafter|rafters|doorknob|closet rod|closet rail|banister|ceiling fan|stair rail)\b")),
        // Sharp things pushed into the body.
        Frame {
            owner: Owner::Agent,
            need_any: BODY_WORDS,
            ..frame(C::SelfInjury, K::SelfHarm, format!(r"\b(stick\w*|stuck|jab\w*|pok\w*|push\w*|shov\w*|insert\w*|drove|driv\w*)( \S+)? (needles?|pins?|safety pins?|tacks?|thumbtacks?|nails?|blades?|glass|shards?|staples?|pencils?|pens?|paper ?clips?) (in|into|under|through) {POSS} {adj}{BODY}\b"))
        },
        // A ligature found tied or rigged (often told by the person who found it).
        frame(C::Preparatory, K::SuicidalIdeation, format!(r"\b{LIGATURE} (\S+ )?(tied|knotted|looped|hanging|hung|rigged|fastened|attached) (up )?(in|to|from|on|around|over)\b")),
        // Method research: looking up how to die by any method.
        frame(C::Preparatory, K::SuicidalIdeation, r"\b(research\w*|search\w*|googl\w*|look\w* up|looked up|read\w* up|read about|reading about|watch\w* videos|asked online|asking online|asking ai|asked ai|asked a chatbot|youtube)( \S+){0,4} (how|which|what|ways?|where|methods?)( \S+){0,10} (noose|knots?|hang\w*|ligature|rope|hold (his|her|my|their|your|a person's|someone's) weight|stop (the|his|her|my|their|your|a) heart|bleed\w* out|painless\w*|quickest|fastest|overdos\w*|od|lethal|fatal|deadly|die|dying|kill|suicide|end (it|his life|her life|my life)|not wake up|carbon monoxide|jump|bridge|shut down (his|her|my|their|your|the) (liver|kidneys|heart|organs|body)|liver (failure|damage)|organ failure|stop breathing|enough to)\b".to_string()),
        // Self-injury: an injuring verb on one's own body part, with or without an
        // instrument, or "until it bled".
        Frame {
            owner: Owner::Agent,
            need_any: BODY_WORDS,
            ..frame(C::SelfInjury, K::SelfHarm, format!(r"\b{INJURE}( \S+){{0,3}}? (into |in |on |onto |across |along |against |at |up )?{POSS_OWN} {adj}{BODY}\b"))
        },
        Frame {
            owner: Owner::Agent,
            need_any: BODY_WORDS,
            ..frame(C::SelfInjury, K::SelfHarm, format!(r"\b(pressed|pressing|press\w*|held|holding|put|putting|ran|running|dragged|dragging|drew|drawing|pushed|pushing|touched|touching|stubbed|stubbing|used|using|took|taking)( \S+){{0,2}} {INSTRUMENT}( \S+){{0,3}} (to|against|on|onto|into|across|along|over|down) {POSS_OWN} {adj}{BODY}\b"))
        },

        Frame {
            owner: Owner::Agent,
            need_any: BODY_WORDS,
            ..frame(C::SelfInjury, K::SelfHarm, format!(r"\b{POSS} {adj}{BODY}( \S+){{0,4}} until (it|they|the skin|his \S+|her \S+|my \S+|their \S+) (bled|bleeds?|bleeding|split|broke( open)?|blistered|came off|comes off|peeled|tore|was raw|were raw|went raw)\b"))
        },
        frame(C::SelfInjury, K::SelfHarm, format!(r"\b{INJURE}( \S+){{0,6}} until (it|they|the skin|his \S+|her \S+|my \S+|their \S+) (bled|bleeds?|bleeding|split|broke|blistered|bruised|swelled|was raw|were raw|came off)\b")),
        // Any act on one's own body with a sharp or hot instrument.
        Frame {
            owner: Owner::Agent,
            need_any: BODY_WORDS,
            ..frame(C::SelfInjury, K::SelfHarm, format!(r"\b{POSS} {adj}{BODY}( \S+){{0,2}} with (a|an|the|his|her|my|their) {adj}{INSTRUMENT}\b"))
        },
        // "looked up what happens if you drink the rat poison": method research (C-SSRS
        // preparatory behaviour), read before the poisoning frame so that the "if" of the
        // question does not make it a hypothetical.
        frame(C::Preparatory, K::SuicidalIdeation, r"\b(look\w*|search\w*|googl\w*|research\w*|read\w*|asked|asking|ask\w*|find\w* out|found out)( up| about| into| online)? (what happens|what would happen|how (long|much|many)( \S+)?( it)? (takes|would take|is needed|do you need)?)( \S+){0,2} (if|when|to)( you| one| she| he| i| they| a person| someone)? (drink|drinks|take|takes|swallow|swallows|eat|eats|overdose|die)\b".to_string()),
        // Self-poisoning with a household poison.
        frame(C::SelfPoisoning, K::SelfHarm, r"\b(swallow\w*|drank|drink\w*|ingest\w*|downed|gulped|chugged|sipped|ate|eat\w*)( \S+){0,4} (bleach|antifreeze|poison|rat poison|pesticide|insecticide|weedkiller|weed killer|lye|drain cleaner|detergent( pods?)?|ammonia|solvent|washer fluid|lighter fluid|nail polish remover|hand sanitizer)\b".to_string()),
        // Passive death wishes: hoping an illness, accident or result ends it; a death that
        // "would be fine"; "better if he not here".
        Frame {
            need_any: HARM_CUES,
            ..frame(C::PassiveIdeation, K::SuicidalIdeation, format!(r"\b{WISH}( \S+){{0,12}}? {OVER}\b"))
        },
        Frame {
            owner: Owner::Subject,
            ..frame(C::PassiveIdeation, K::SuicidalIdeation, format!(r"\b(better|easier|best|happier|good)( off)? (for \S+( \S+)? )?(if|when|that|without|once) {GONE}\b"))
        },
        Frame {
            owner: Owner::Subject,
            ..frame(C::PassiveIdeation, K::SuicidalIdeation, format!(r"\b(is|be|are|would be|'d be|will be|was) better( for \S+( \S+)?)? (if|when|that) {GONE}\b"))
        },
        // "says 'better I die than face the debt'", "better she just dies": the wish said
        // with the subject straight after "better" (Indian, East African, Melanesian English).
        Frame {
            owner: Owner::Subject,
            ..frame(C::PassiveIdeation, K::SuicidalIdeation, r"\b(better|best) (that )?(i|he|she) (just |should |would |must )?(die|dies|died|be dead|was dead|were dead|am dead|is dead)\b".to_string())
        },
        frame(C::PassiveIdeation, K::SuicidalIdeation, format!(r"\b(would|'d|will|could) (be|feel) {FINE}( \S+){{0,4}} (never|not|to not|to never|if (she|he|i|they) (did not|didn't|does not|doesn't|never|did|could not|couldn't|would not|wouldn't)) (wake|waking|woke|live|living|exist\w*|be here|be alive|be around|survive|make it|come back)\b")),
        frame(C::PassiveIdeation, K::SuicidalIdeation, format!(r"\b(would|'d|will|could) (be|feel) {FINE}( \S+){{0,4}} (if|when) (she|he|i|they)( \S+){{0,2}} (died|dies|die|dead|gone|passed|was gone|were gone|got hit|got sick|crashed)\b")),
        frame(C::PassiveIdeation, K::SuicidalIdeation, format!(r"\b(would|'d|will|could) (be|feel) {FINE}( \S+){{0,3}} (if|when) ( ?\S+){{1,4}} (hit|hits|took|takes|killed|kills|ran over|runs over|crushed|got) (her|him|me|them)\b")),
        // "said the scratches were from the cat, then said actually she did them with a
        // razor": marks one made oneself, told by the marks' pronoun and a blade or "herself"
        // in a sentence that names the marks.
        Frame {
            // "no cutting at school, and she did it at home Tuesday with a pencil sharpener
            // blade": the act's own noun names it, a place and a day between.
            need_any: &["scratches", "cuts", "marks", "burns", "scars", "wounds", "scratch", "cut", "mark", "burn", "scar", "wound", "lines", "slashes", "cutting", "burning", "scratching"],
            ..frame(C::SelfInjury, K::SelfHarm, r"\b(did|done|made|does|do|makes) (them|it|those|these|that|the (cuts|marks|scratches|burns)) ((her|him|my|them)sel(f|ves)|((at|in|on|last|this) (\S+ ){1,3}?)?(with|using) (a|the|her|his|my|their) (\S+ ){0,2}(razor|razors|blade|blades|knife|scissors|compass|glass|lighter|pin|needle|sharpener|shaver|scalpel|nail|nails|iron|irons|straighteners?|cigarettes?|candles?|matches|spoon))\b".to_string())
        },
        // "an instructor's been messaging her, asking for pics, told her not to tell anyone":
        // a request for pictures kept secret is grooming (sexual abuse of a child or
        // dependant), whoever asks.
        frame(C::Abuse, K::Abuse, r"\b(for|send|sends|sent|sending) (\S+ )?(pics|pictures|photos|nudes|selfies|snaps|images|videos)( \S+){0,8}? (told|tells|telling|asked|asks|asking|made|makes|warned|warns) (her|him|them) (not to (tell|say)|never to (tell|say)|to keep (it|this|them|that) (a )?(secret|quiet|between (them|us))|to delete)\b".to_string()),
        // "telling his girl he'll know if she goes out, that his boys are watching the house":
        // surveillance told as a warning, and others set to watch a partner's home (coercive
        // control, done by the client or to them).
        frame(C::CoerciveControl, K::Abuse, r"\b(he'll|he'd|she'll|she'd|he will|she will|he would|she would|they'll|they'd) (always )?know if (she|he|you|they) (ever )?(goes|go|went|leaves|leave|left|sees|see|saw|talks|talk|talked|calls|call|called|texts|text|texted|meets|meet|met)\b".to_string()),
        frame(C::CoerciveControl, K::Abuse, r"\b(his|her|their) (boys|mates|lads|friends|people|cousins|brothers|crew|guys|family|sisters) (are|were|is|'re|have been|had been|been|will be|'ll be) (watching|keeping (an )?eye on|sitting outside|parked outside|following|checking on) (the|her|his|their|my) (house|place|flat|home|apartment|door|work|street)\b".to_string()),
        // "a stash of his mom's sleeping pills in the truck, he's 'just keeping options
        // open'": means kept for a purpose left unsaid (C-SSRS preparatory: collecting pills);
        // options kept open "about" or "on" something are a choice.
        Frame {
            need_any: &["pills", "tablets", "meds", "medication", "stash", "stockpile", "stockpiled", "rope", "gun", "rifle", "shotgun", "pistol", "handgun", "insulin", "blade", "razor", "ligature", "cord", "hose", "charcoal"],
            ..frame(C::Preparatory, K::SuicidalIdeation, r#"\b(keeping|keep|keeps|kept|leaving|leave|leaves) (his|her|my|their|the|all|your)? ?options open( \.| ,| "| ;| and|$)"#.to_string())
        },
        // "Drove to Beachy Head Sat. Sat in car park two hrs": going to and staying at a place
        // known for suicides, alone or to "see if" (rehearsal, C-SSRS preparatory behaviour);
        // a visit with no staying word is a day out.
        Frame {
            need_any: &["sat", "sitting", "sits", "parked", "stood", "standing", "alone", "hours", "hrs", "edge", "see", "railing", "railings", "night", "lookout"],
            ..frame(C::Preparatory, K::SuicidalIdeation, r"\b(drove|drive|drives|driving|went|go|goes|going|walked|walk|walks|walking|cycled|got|took \S+|travelled|traveled|sat|sit|sits|sitting|stood|standing|parked|parks|parking|ended up|found (him|her)self)( \S+){0,3} (to|at|on|up to|out to|near|by) (beachy head|the golden gate( bridge)?|golden gate bridge|clifton suspension bridge|the humber bridge|humber bridge|the gap|sunshine skyway( bridge)?|aokigahara|the erskine( bridge)?|erskine bridge|the westgate( bridge)?|westgate bridge|jacques cartier bridge|bloor viaduct|the bloor viaduct|prince edward viaduct|forth road bridge|suicide bridge|the cliffs of moher|cliffs of moher|the lions gate( bridge)?|lions gate bridge|the aurora bridge|aurora bridge|the colorado street bridge|colorado street bridge)\b".to_string())
        },
        // "think the Blackwater could just have me", "the sea could take her": water that
        // could have or take the speaker is a passive wish to die (the river named by its
        // own name, with "just": the frame reads lower-cased text, so a name stands as any
        // word).
        frame(C::PassiveIdeation, K::SuicidalIdeation, r#"\b(the|that) ((sea|ocean|river|lake|loch|water|waves|tide|current|canal|estuary|harbour|harbor|reservoir|quarry) (could|would|might|can|will|'d) (just |happily |easily )?|\S+ (could|would|might) just )(have|take|swallow|claim) (me|her|him|them)( and| ,| \.| ;| "|$)"#.to_string()),
        // "walking out in the swamp and letting the gators have me", "let the cold take him":
        // water, weather or wild animals let have the speaker are a wish to die by them.
        frame(C::PassiveIdeation, K::SuicidalIdeation, r#"\b(let|lets|letting) (the|a) (\S+ )?(sea|ocean|river|lake|loch|water|waves|tide|current|swamp|bog|bush|snow|cold|frost|desert|gators|alligators|crocs|crocodiles|sharks|bears|wolves|elements) (have|take|get|claim|finish|swallow) (me|her|him|them)( and| ,| \.| ;| "| '| on| in| out| up| at| one| some|$)"#.to_string()),
        // "I wouldn't say no to not being here": a death state one would not refuse is one
        // welcomed (a double negative).
        frame(C::PassiveIdeation, K::SuicidalIdeation, r"\b(wouldn't|would not|won't|will not|couldn't) say no to (not|never|no longer) (be|being|waking up|wake up|existing|exist) ?(here|around|alive)?\b".to_string()),
        frame(C::PassiveIdeation, K::SuicidalIdeation, r"\b(would|'d|will) (welcome|not mind|not care about|accept|embrace|be grateful for|be relieved by) (a |an |the )?(\S+ )?(heart attack|accident|crash|cancer|stroke|death|illness|bullet|car crash|plane crash|overdose|fatal \S+|terminal \S+)\b".to_string()),
        frame(C::PassiveIdeation, K::SuicidalIdeation, r"\b(a |an |the )?(car |fatal |plane )?(accident|crash|illness|disease|cancer|heart attack|stroke) (would|could|might) (solve|fix|end|take care of|settle) (everything|it all|it|things|his problems|her problems|my problems)\b".to_string()),
        frame(C::PassiveIdeation, K::SuicidalIdeation, r"\b(wouldn't|would not|doesn't|does not|don't|do not|wouldn't really|would) (mind|care|object)( at all| much)? (if|when)( \S+){0,8} (took|takes|take|claimed|claims|killed|kills|kill|ended|ends|end|finished|finishes) (her|him|me|them|it all|everything)\b".to_string()),
        Frame {
            need_any: HARM_CUES,
            ..frame(C::PassiveIdeation, K::SuicidalIdeation, format!(r"\b{WISH}( \S+){{0,8}} (so|and) (that )?(everything|it all|all|it|things|life|the pain) (would |will |could |can |to )?(finish|finishes|finished|ends?|ended|is over|be over|stops?|done)\b"))
        },
        frame(C::PassiveIdeation, K::SuicidalIdeation, format!(r"\b{WISH}( \S+){{0,4}} (the|a|his|her|my|their) (plane|car|bus|train|flight) (would |will |to )?(crash\w*|go down|goes down|went down)\b")),
        // "half hopes a lorry will take her out": a vehicle wished upon oneself.
        frame(C::PassiveIdeation, K::SuicidalIdeation, format!(r"\b{WISH}( \S+){{0,4}} (a|the|some) (\S+ )?(lorry|bus|car|truck|train|van|tram|coach|taxi|cab|driver) (will |would |might |could |to )?(hits? (her|him|me|them)|takes? (her|him|me|them) out|runs? (her|him|me|them) (over|down)|mows? (her|him|me|them) down|knocks? (her|him|me|them) (down|over)|flattens? (her|him|me|them))\b")),
        frame(C::PassiveIdeation, K::SuicidalIdeation, format!(r"\b{WISH}( \S+){{0,6}} (disappear|vanish|fade away|go away|sleep)( \S+){{0,2}} (and )?(not|never) (come back|return|be found|wake|exist|be seen)\b")),
        // Preparatory acts: goodbye and legacy letters, pills counted out to be taken all at
        // once, a ligature tested on an anchor point.
        frame(C::Preparatory, K::SuicidalIdeation, r"\b(letters?|notes?|messages?|emails?|texts?|a will|his will|her will|videos?)( \S+){0,8} (where (his|her|my|their) (things|belongings|stuff|pets?|cats?|dogs?|money) (should|would|will|is to|are to) go|who (should|would|will) (get|take|have|look after)|(for|to be (read|opened|found)|to (read|open|find|watch|hear)( it| them| this)?) (after|when|once) (she|he|i|they)( is| are| am|'s|'re|'m| was| were)? (gone|dead|no longer (here|around))|to be (opened|read) after)\b".to_string()),
        Frame {
            need_any: &["counted", "counting", "lined", "poured", "emptied", "gathered", "stockpiled", "saved", "hoarded", "collected", "pills", "tablets", "bottle", "bottles", "meds", "capsules"],
            ..frame(C::Preparatory, K::SuicidalIdeation, r"\b(planning|meaning|intending|intended|going|ready|wanted|wanting|about|planned|decided) to (take|swallow|down|ingest) (all|every one|each|the (whole|entire|rest)|them all|the lot)\b".to_string())
        },
        Frame {
            need_any: &["tested", "testing", "tied", "tying", "hung", "hanging", "attached", "fastened", "looped", "knotted", "secured", "rigged", "tried", "checked"],
            ..frame(C::Preparatory, K::SuicidalIdeation, format!(r"\b{LIGATURE}( \S+){{0,8}} (beam|rafter|rafters|closet rod|closet rail|doorknob|door frame|banister|ceiling fan|shower rod|stair rail|bunk bed)\b"))
        },
        // A place to hang from sought out with a rope at hand (C-SSRS preparatory behaviour):
        // "the rope in his ute ... he'd had a look at the big red gum", "checked which beam
        // in the shed would hold".
        Frame {
            need_any: &["rope", "ropes", "noose", "cord", "ligature", "tow", "strap", "belt"],
            ..frame(C::Preparatory, K::SuicidalIdeation, r"\b(had a look at|had a good look at|took a look at|gone to look at|went to look at|checked out|picked out|picking out|scouted|sussed out|eyed up|eyeing up|checked which|worked out which)( which)? (a|the|an|one|that|this) (\S+ ){0,3}(tree|trees|gum|gum tree|oak|branch|branches|beam|beams|rafter|rafters|joist|joists|hook|bannister|banister|stairwell|loft hatch)\b".to_string())
        },
        // Strangulation: hands round a neck that is not the agent's own.
        Frame {
            owner: Owner::Other,
            ..frame(C::Abuse, K::Abuse, r"\b(put|puts|putting|wrapped|wraps|wrapping|placed|had|got|squeezed|squeezing|closed) (his|her|their|both) (hands?|arms?|fingers|forearm)( tightly)? (around|round|on|across|over) (her|his|my|their|the|your) (neck|throat)\b".to_string())
        },
        // "he grabbed me throat": a hand on another's throat or neck.
        Frame {
            owner: Owner::Other,
            ..frame(C::Abuse, K::Abuse, r"\b(grabbed|grabs|grabbing|squeezed|squeezes|squeezing|gripped|grips|gripping|clutched|clutching|seized|seizes|crushed|crushing) (her|his|my|their|your) (throat|neck|windpipe)\b".to_string())
        },
        // Financial exploitation: loans and cards in someone else's name.
        Frame {
            owner: Owner::Other,
            ..frame(C::CoerciveControl, K::Abuse, r"\b(took out|takes out|taking out|opened|opens|opening|applied for|applies for|maxed out|ran up|runs up) (a |an |several |two |three )?(\S+ )?(loans?|credit cards?|cards?|accounts?|mortgages?|debts?|bills?) (in|under|using) (her|his|their|my) (name|identity|details|social security number)\b".to_string())
        },
        // Harassment that persists after being blocked.
        frame(C::CoerciveControl, K::Abuse, r"\b(keeps?|kept|won't stop|will not stop|doesn't stop|does not stop|constantly|repeatedly|still) (calling|texting|messaging|emailing|contacting|calls|texts|messages) (her |him |me )?(from (blocked|unknown|new|different|private|fake) (numbers|accounts|phones)|after (she|he|i|they) (blocked|asked|told))\b".to_string()),
        // Something smashed over a person's head: violence ("broke a bottle, a wine bottle, on
        // a man's head": the thing may be named again in apposition).
        Frame {
            owner: Owner::Other,
            ..frame(C::Violence, K::Violence, r"\b(smash\w*|broke|break\w*|bash\w*|crack\w*|swung|swing\w*|slam\w*|brought) (a|the|his|her|my) (\S+ )?(bottle|chair|glass|bat|pipe|brick|rock|stick|pan|plate|mug|lamp|phone|skateboard|lock|teapot|kettle|jug|vase|ashtray|plank|tray|iron|stool|bowl|dish|wok|flask|thermos|guitar|laptop|remote|stone|hammer|cup|pot|jar|can|tin|board)( of (the |a |his |her )?\S+)?( , (a |an |the |his |her )?(\S+ ){0,2}\S+ ,)? (over|on|across|into|against|down on) (a|the|some|his|her|their|\S+'s) (\S+ |\S+'s )?(head|face|skull|back|jaw)\b".to_string())
        },
        // Killing told by a concrete act, wished, planned or threatened: homicidal when the
        // target is someone else, suicidal when it is one's own head.
        Frame {
            need_any: THOUGHT_CUES,
            owner: Owner::Other,
            ..frame(C::HomicidalIdeation, K::HomicidalIdeation, format!(r"\b({KILL_ACT})\b"))
        },
        Frame {
            need_any: THOUGHT_CUES,
            owner: Owner::Agent,
            ..frame(C::Ideation, K::SuicidalIdeation, r"\b(put\w* (a|one) (bullet|round|slug) (in|into|through) (my|his|her|their) (own )?(head|brain|skull|mouth|heart|chest)|blow\w* (my|his|her|their) (own )?(brains|head) (out|off)|blew (my|his|her|their) (own )?(brains|head) (out|off)|slit\w* (my|his|her|their) (own )?(throat|wrists?))\b".to_string())
        },
        // Acceptance of one's own death: "it'd be alright to just not wake up", "wouldn't
        // care if she got hit by a car", "sleeping forever sounds nice", "happier without
        // him around" (the one gone is the sentence's subject).
        Frame {
            need_any: DEATH_WORDS,
            ..frame(C::PassiveIdeation, K::SuicidalIdeation, format!(r"\b(would|'d|it'd|wouldn't|would not|could|it's|it is|that'd)( not)? (be |really |even )?({FINE}|the worst thing|so bad|that bad|care|mind|nice|good)( \S+){{0,5}}? {DEATH_STATE}\b"))
        },
        Frame {
            need_any: DEATH_WORDS,
            ..frame(C::PassiveIdeation, K::SuicidalIdeation, format!(r"\b{DEATH_STATE}( \S+){{0,3}} (sounds|seems|feels|would be|sounded|seemed|is|was) (so |really |kind of |pretty )?({FINE}|nice|good|peaceful|appealing|tempting|restful|like a relief)\b"))
        },
        Frame {
            owner: Owner::Subject,
            ..frame(C::PassiveIdeation, K::SuicidalIdeation, r"\b(happier|better|easier|better off|fine|okay|ok|lighter|freer) (without (him|her|me|them|you)( around| here| alive| anymore)?|with (him|her|me|them|you) gone|once (he|she|i|they|you)( is| am| are|'s|'m|'re)? gone)\b".to_string())
        },
        // An aborted attempt with a weapon or blade, and a trip to a height to jump.
        Frame {
            need_any: &["unloaded", "stopped", "hesitated", "froze", "interrupted", "changed", "couldn't", "didn't", "instead", "threw", "put"],
            ..frame(C::Preparatory, K::SuicidalIdeation, r"\b(load\w*|cock\w*|took out|takes out|sat with|held|holding|picked up|got out|pulled out) (his|her|the|a|my|their) (\S+ )?(gun|pistol|rifle|shotgun|firearm|handgun|revolver|razor|blade)\b".to_string())
        },
        frame(C::Preparatory, K::SuicidalIdeation, r"\b(went|go|goes|going|drove|drives|driving|walked|walking|climbed|climbing|got|gets)( up| out)? (to|onto|on|up) (the|a|an) (\S+ )?(roof|rooftop|bridge|overpass|ledge|cliff|tracks|train tracks|parking garage|top floor|balcony|quarry)( \S+){0,4} to (jump|die|end it|end (his|her|my|their) life|throw (him|her|my|them)sel(f|ves) off)\b".to_string()),
        // "loaded the shotgun at fish camp and sat with it in the skiff for an hour": a gun
        // readied and then held for a long while is an interrupted or aborted attempt
        // (C-SSRS), with no word of stopping needed.
        frame(C::Preparatory, K::SuicidalIdeation, r"\b(load\w*|cock\w*|took out|takes out|got out|gets out|pulled out|picked up|held|holding|cleaned|cleaning) (his|her|the|a|my|their) (\S+ )?(gun|pistol|rifle|shotgun|firearm|handgun|revolver)( \S+){0,10}? (sat|sits|sitting|stayed|lay|lying) (there )?with (it|the \S+)( \S+){0,5}? (for (an|a|about|like|over|almost|nearly|half|two|three|several|some) (\S+ )?(hour|hours|while|minutes|night|time)|in (his|her|their|my) (lap|mouth|hands)|on (his|her|their|my) (lap|knees)|all night|till (morning|dawn))\b".to_string()),
        // "wrote a note to his daughter and then loaded the thirty-thirty": a farewell
        // written and a gun readied in one telling are preparatory acts (C-SSRS).
        frame(C::Preparatory, K::SuicidalIdeation, r"\b(wrote|writes|writing|written|left|leaves|leaving) (a|an|his|her|their) (\S+ )?(note|letter|letters|notes)( \S+){0,12}? (load\w*|cock\w*|took out|got out|pulled out|readied) (the|his|her|a|their|my) (\S+ )?(gun|pistol|rifle|shotgun|firearm|handgun|revolver)\b".to_string()),
        // Sexual abuse and neglect told by acts.
        frame(C::Abuse, K::Abuse, r"\b(made|makes|make|making|forced|forces|forcing|force|pressured|pressures|coerced) (her|him|me|them|the (kids|children|boy|girl)) (to )?(watch (porn\w*|sex|him|her)|undress|strip|get naked|perform|touch (him|her|his \S+|her \S+)|sleep in (his|her) bed|send (nudes|naked \S+|pictures of))\b".to_string()),
        frame(C::Abuse, K::Abuse, r"\b(kids|children|baby|babies|toddler|infant|son|daughter|boy|girl|twins|grandkids|grandchildren|sister|brother) (often |usually |sometimes |had to |have to |were |are |was |is )?(go|goes|went|going|gone|left|been left) (\S+ )?(without|with no) (food|meals|eating|supervision|heat|diapers|water|medicine|medication|an adult|anyone)( \S+){0,3} (for )?((\S+ )?(days|hours|nights)|a day|the weekend|overnight|all day)\b".to_string()),
        // Neglect told by what was not given: "Not given food two days", "Nobody feeding
        // her", "found alone in her house without food or her medication for three days"
        // (a dependent child or elder left without food, care or medicine).
        frame(C::Abuse, K::Abuse, r"\b(not|never|no|wasn't|weren't|isn't|aren't|hasn't|haven't|hadn't|was not|were not|is not|are not|has not|have not|had not)( been| being)? (given|fed)( any| enough| proper)? (food|meals?|anything to eat|to eat|dinner|breakfast)( for)?( \S+)? (days?|nights?|meals?|weeks?)\b".to_string()),
        frame(C::Abuse, K::Abuse, r"\b(not|never|wasn't|weren't|hasn't|haven't|hadn't|was not|were not|has not|have not|had not)( been)? fed( for)?( \S+)? (days?|nights?|meals?|weeks?)\b".to_string()),
        frame(C::Abuse, K::Abuse, r"\b(nobody|no one|no-one|noone|no adult|no grown-up|no grownup)( is| was|'s| has been| had been)? (feeding|feeds|fed|cooking for|looking after|caring for|minding) (her|him|them|the (kids|children|child|baby|babies|girl|boy|little ones|toddler|twins))\b".to_string()),
        frame(C::Abuse, K::Abuse, r"\b(found|left|kept|abandoned)( \S+){0,1} alone( \S+){0,6}? (without|with no) (food|water|heat|medicine|medication|(her|his|their) (medication|medicine|meds|tablets|pills|insulin|oxygen)|meds|care|help)( \S+){0,5}? (for )?(\S+ )?(days|nights|weeks)\b".to_string()),
        // Back on a substance.
        frame(C::Relapse, K::SubstanceUse, r"\b(back on|back to|went back to|going back to|gone back to|started again on|hitting|hit) (the )?(pills|bottle|booze|sauce|piss|grog|turps|drink|drinking|drugs|needle|meth|dope|powder|weed|pipe|crack|heroin|coke|oxys?|benzos|shine|moonshine|hooch|liquor|whiske?y|vodka|rum|gin|wine|beers?|cans|tinnies|white lightning|corn liquor)\b".to_string()),
        // A child kept or left locked in.
        frame(C::Abuse, K::Abuse, format!(r"\b(keep\w*|kept|left|leaves?|leaving|found|finds) (the |her |his |their |a |my )?([a-z]+ )?(boy|girl|son|daughter|kids?|children|child|baby|toddler|infant|stepson|stepdaughter|grandson|granddaughter|\S+ year old|\S+ years old) (locked|shut|tied up|tied|chained|confined|trapped) (up )?(in|inside|into|out of|outside|under) (the |a |her |his |their |my )?([a-z]+ )?{ROOM}\b")),
        // Abuse told by acts: a child or an elder ("locking Mr. Hatfield in his room") shut
        // in, an elder's money taken, an ex who floods, follows and turns up.
        frame(C::Abuse, K::Abuse, format!(r"\b(lock\w*|shut\w*|confin\w*|ti(e|es|ed|ing) up|chain\w*|trap\w*) (the |her |his |their |my |a )?([a-z]+ )?(boy|girl|son|daughter|kids?|children|child|baby|toddler|infant|stepson|stepdaughter|grandson|granddaughter|\S+ year old|\S+ years old|little one|wee one|youngest|eldest|him|her|them|me|(mr|mrs|ms|miss|mister|madame|senhor|senhora|senor|senora)( \.)?\.? \S+)( \S+){{0,2}} (in|inside|into|out of|outside|under) (the |a |her |his |their |my )?([a-z]+ )?{ROOM}\b")),
        // Money handled for the owner or with leave is help, not exploitation ("cashes her
        // pension for her").
        Frame {
            block: true,
            ..frame(C::CoerciveControl, K::Abuse, r"\b(sign\w*|cash\w*|collect\w*)( and (sign\w*|cash\w*|collect\w*))? (his|her|their) (checks|cheques|pension|benefits?|giro|payments?)( \S+){0,6} (for (him|her|them)|with (his|her|their) (permission|consent|agreement|knowledge)|at (his|her|their) request|on (his|her|their) behalf|as (he|she|they) asked)\b".to_string())
        },
        Frame {
            owner: Owner::Other,
            ..frame(C::CoerciveControl, K::Abuse, format!(r"\b(cash\w*|empt\w*|drain\w*|spend\w*|spent|us(es|ed|ing) up|withdr\w*|clean\w* out|cleaned out|clear\w* out|forg\w*|sign\w*|max\w* out|run\w* up|ran up|took over|tak\w* over|pocket\w*|steal\w*|stole|stolen|nick\w*|pinch\w*|swip\w*|pawn\w*|sold|sell\w*|borrow\w* against|mortgag\w*|transfer\w*|help\w* (him|her)self to)( all| most| some)?( of)? (her |his |their |my )?(her|his|their|my|grandma's|grandpa's|mom's|dad's|mother's|father's|mum's|nan's|gran's|granny's|grandmother's|grandfather's|pt's|client's|patient's) {adj}{MONEY}\b"))
        },
        frame(C::CoerciveControl, K::Abuse, r"\b(sends?|sent|sending|texts?|texted|texting|calls?|called|calling|messages?|messaged|messaging|emails?|emailed)( her| him| me| them)? (\S+ )?(dozens|hundreds|scores|floods?|streams?|barrage|torrent|a flood|[2-9][0-9]+|[1-9][0-9]{2,}|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)( \S+){0,2} (of )?(texts|messages|calls|emails|voicemails|dms)\b".to_string()),
        Frame {
            owner: Owner::Other,
            ..frame(C::CoerciveControl, K::Abuse, r"\b(follow\w*|tail\w*|track\w*|trail\w*|shadow\w*)( her| him| me| them)? (her|his|their|my) (car|home|route|way home|every move|location)\b".to_string())
        },
        frame(C::CoerciveControl, K::Abuse, r"\b(follow\w*|tail\w*|trail\w*) (her|him|me|them) (home|to work|to school|to the \S+|around|everywhere|in (his|her|a) car)\b".to_string()),
        // "texting her like forty times a day", "rings him fifty times a night": contact
        // counted by the day is harassment (stalking, coercive control).
        // Only from a partner or an ex: a mother who rings forty times a day is no stalker.
        Frame {
            need_any: PARTNER_WORDS,
            ..frame(C::CoerciveControl, K::Abuse, r"\b(texts?|texted|texting|calls?|called|calling|rings?|rang|ringing|messages?|messaged|messaging|phones?|phoned|phoning)( her| him| me| them) (like |about |up to |over |at least |maybe )?(\S+ )?(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens of|hundreds of|[2-9][0-9]+) times (a|an|per|every|each) (day|night|hour|evening)\b".to_string())
        },
        // "sits in his truck watching her", "parked outside in his car, staring at the
        // house": watching from a vehicle is surveillance (stalking).
        Frame {
            need_any: PARTNER_WORDS,
            ..frame(C::CoerciveControl, K::Abuse, r"\b(sits?|sat|sitting|parks?|parked|parking|waits?|waited|waiting)( \S+){0,3} (in|outside in|from) (his|her|their|the|a) (\S+ )?(truck|car|van|ute|bakkie|pickup|jeep)( \S+){0,4} (watching|watches|watched|staring at|stares at|stared at) (her|him|me|them|the house|her house|his house|her place)\b".to_string())
        },
        // "he sits at her place at the table" (a widower in his wife's seat): a seat, no
        // house watched.
        Frame {
            block: true,
            ..frame(C::CoerciveControl, K::Abuse, r"\b(sits?|sat|sitting) (at|in) (her|his|their|my) (old |usual |own )?(place|seat|spot|chair) (at|by|on) the (\S+ )?(table|fire|window|bench|pew|sofa|couch)\b".to_string())
        },
        Frame {
            owner: Owner::Other,
            ..frame(C::CoerciveControl, K::Abuse, r"\b(turn\w* up|turned up|show\w* up|showed up|appear\w*|keeps? appearing|wait\w*|lurk\w*|park\w*|sits?|sat|shows up|pops? up|popping up|drives? by|drove by|driving by)( uninvited| unannounced| again)? (at|outside|near|by|in front of|around) (her|his|their|my) (\S+ )?(work|job|gym|home|house|apartment|school|office|door|church|parents'|place|building|classes?|car|daycare)\b".to_string())
        },
        // Ending one's life in other verbs (non-native grammar too): "thinking to finish his
        // life", "want to stop her life", "idea to close everything", "go from this life".
        frame(C::Ideation, K::SuicidalIdeation, format!(r"\b{THINK_CUE}( \S+){{0,3}} (to )?{END_VERB}( with)? (his|her|my|their|the|this|own) (own )?(life|lives|existence){LIFE_END}")),
        frame(C::Ideation, K::SuicidalIdeation, format!(r"\b{THINK_CUE}( \S+){{0,3}} to {END_VERB} (everything|it all|all|all of it|with everything|with it all|with life|with this life|the life){LIFE_END}")),
        frame(C::Ideation, K::SuicidalIdeation, format!(r"\b{THINK_CUE}( \S+){{0,6}} (leave|leaving|go from|go away from|depart|departing|exit|get out of|go out of) (this|the) (life|world|earth){LIFE_END}")),
        frame(C::Ideation, K::SuicidalIdeation, format!(r"\b{THINK_CUE}( \S+){{0,3}} (to )?(finish|finishing|end|ending|terminate|terminating|eliminate|eliminating|do away with|close|closing) (him|her|my|them)sel(f|ves){LIFE_END}")),
        frame(C::Ideation, K::SuicidalIdeation, format!(r"\b(kill|kills|killing|killed|terminate|terminates|terminating|terminated|take away|took away|taking away|finish off|finished off) (his|her|my|their) (own )?(life|existence){LIFE_END}")),
        frame(C::PassiveIdeation, K::SuicidalIdeation, format!(r"\b(not|no|don't|doesn't|didn't|never|no longer|no more|not more|not anymore)( \S+)? (want\w*|wish\w*|like\w*) (to )?(continue|go on|carry on|keep|stay in) (this |his |her |my |the |with )?(life|living|world){LIFE_END}")),
        frame(C::PassiveIdeation, K::SuicidalIdeation, format!(r"\b(no more|not more|not anymore|never more) (want\w*|wish\w*) (to )?(live|living|be alive|be here|exist){LIFE_END}")),
        frame(C::Ideation, K::SuicidalIdeation, format!(r"\b{THINK_CUE}( \S+){{0,3}} (to )?(make|let) (his|her|my|their) life (finish|end|stop|be over){LIFE_END}")),
        frame(C::PassiveIdeation, K::SuicidalIdeation, format!(r"\b(his|her|my|their) life (is|was|'s) (finish|no more)( for (him|her|me|them))?{LIFE_END}")),
        // Money taken for her or with her leave is help, not exploitation.
        Frame {
            block: true,
            ..frame(C::CoerciveControl, K::Abuse, format!(r"\b(tak\w*|took|mov\w*|withdr\w*|draw\w*|drew|transfer\w*|get\w*|got)( \S+){{0,2}} (money|cash|funds) (out of|from|off) (her|his|their) {adj}\S+( \S+){{0,8}} (with (her|his|their) (permission|consent|agreement|knowledge)|at (her|his|their) request|on (her|his|their) behalf|as (she|he|they) asked|to pay (for )?(her|his|their) \S+|for (her|his|their) (shopping|bills|rent|groceries|care))\b"))
        },
        // An elder's money moved out of her account by someone else.
        Frame {
            owner: Owner::Other,
            ..frame(C::CoerciveControl, K::Abuse, format!(r"\b(tak\w*|took|mov\w*|withdr\w*|pull\w*|draw\w*|drew|transfer\w*|shift\w*|siphon\w*|skim\w*|get\w*|got)( \S+){{0,2}} (money|cash|funds|savings|sums|amounts|thousands?|hundreds?|grand|\S+ (pounds|dollars|euros|quid|bucks)) (out of|from|off) (her|his|their|my) {adj}(accounts?|savings|pension|bank|purse|wallet|cards?|benefits|isa|allowance)\b"))
        },
        // Cheques, a pension or benefits signed or cashed by a relative or carer: financial
        // exploitation (elder abuse), whoever's possessive it is (the owner check above reads
        // "his grandson ... cashing his checks" as the grandson's own).
        Frame {
            need_any: CARERS,
            ..frame(C::CoerciveControl, K::Abuse, r"\b(sign\w*|cash\w*|forg\w*)( and (sign\w*|cash\w*|forg\w*))? (his|her|their) (checks|cheques|pension|benefits?|giro|payments?)\b".to_string())
        },
        // "Her son's been 'borrowing' from her pension", "her grandson keeps dipping into her
        // savings": a relative or carer drawing on an elder's income or savings.
        Frame {
            owner: Owner::Other,
            ..frame(C::CoerciveControl, K::Abuse, r#"\b(borrow\w*|dip\w* into|dipped into|raid\w*|skim\w* (off|from)|living off|lives off|sponging off|sponges off|tak\w* from|took from|help\w* (him|her|them)sel(f|ves) to)( "| ')? (from |off |into )?(his|her|their) (pension|pensions|benefits|savings|bank account|account|purse|wallet|bank card|card|allowance|retirement|visa|mastercard|amex|credit card|debit card|eftpos card|chequebook|checkbook|cheque book|check book)( card| book| money| cheque| check)?\b"#.to_string())
        },
        // "Mr Bell's son has been using his bank card, large withdrawals he doesn't remember":
        // a relative or carer using the owner's card or pension.
        Frame {
            need_any: CARERS,
            ..frame(C::CoerciveControl, K::Abuse, r"\b(us(e|es|ed|ing)|withdraw\w*|drain\w*|empt\w*) (his|her|their) (bank card|debit card|credit card|pension card|benefits card|cards?|pension|benefits|savings|pin|account|visa|mastercard|amex|eftpos card|chequebook|checkbook)\b".to_string())
        },
        // Money in a carer's or relative's keeping that the owner never sees: "his support
        // worker has been 'looking after' his payment, and he hasn't seen a cent of it".
        Frame {
            need_any: CARERS,
            ..frame(C::CoerciveControl, K::Abuse, r"\b(hasn't|has not|haven't|have not|hadn't|had not|never|not) (seen|had|got|gotten|received) (a|one) (single )?(red )?(cent|penny|dime|pound|dollar|bean|shilling) (of|from) (it|them|his|her|their|the)\b".to_string())
        },
        // Silence bought by a threat: a bad consequence if the victim tells anyone.
        frame(C::CoerciveControl, K::Abuse, format!(r"\b(told|tells|telling|warned|warns|warning|threaten\w*|said|says|saying|reminds|reminded)( \S+){{0,2}} (her|him|them|me)( that)? (she|he|they|i|she'd|he'd|they'd|i'd|she'll|he'll|they'll)( \S+){{0,10}}? {SILENCE_HARM}( \S+){{0,8}}? (if|unless|once) (she|he|they|i) (ever )?{TELLS}\b")),
        // "Says he'll call immigration if she tells": the threat told of him, without the
        // one threatened named between ("says he'll ..."), when it is her telling he fears
        // and the harm is no violence (which stays a threat of its own).
        frame(C::CoerciveControl, K::Abuse, format!(r"\b(told|tells|warned|warns|threaten\w*|said|says|saying)( that)? (he'll|he will|he'd|he would|he's going to|he is going to)( \S+){{0,4}}? {EXPOSURE}( \S+){{0,8}}? (if|unless|once) (she|they) (ever )?{TELLS}\b")),
        frame(C::CoerciveControl, K::Abuse, format!(r"\b(told|tells|warned|warns|threaten\w*|made)( \S+){{0,2}} (her|him|them|me) (not to|never to|to never) (tell|say|mention|report|speak|breathe a word|call)( \S+){{0,6}}? (or|otherwise|or else|else)( \S+){{0,8}}? {SILENCE_HARM}\b")),
        // Signing away under pressure; afraid to tell because of what a relative says.
        frame(C::CoerciveControl, K::Abuse, r"\b(made|makes|make|making|forced|forces|forcing|pressured|pressures|pressuring|pushed|pushes|bullied|bullies|talked) (her|him) (into |to )?(sign\w*|hand\w* over|sign\w* over|chang\w*)( \S+){0,4} (over|away|cheques?|checks?|papers|the house|(her|his) house|power of attorney|(a|her|his) will|the deeds|(her|his) (savings|pension|money|account))\b".to_string()),
        frame(C::CoerciveControl, K::Abuse, format!(r"\b(afraid|scared|frightened|fears?|too scared|terrified) (to tell|of telling|to say|to report|to speak up)( \S+){{0,6}} (because|as|since|in case) (her|his) (\S+ )?(son|daughter|grandson|granddaughter|nephew|niece|carer|caregiver|husband|wife|partner|boyfriend|girlfriend|brother|sister|stepson|stepdaughter|family|children|kids|aide)( \S+){{0,10}}? {SILENCE_HARM}\b")),
        // A relative who says the client will suffer if she tells.
        Frame {
            need_any: CARERS,
            ..frame(C::CoerciveControl, K::Abuse, format!(r"\bher (\S+ ){{0,2}}(son|daughter|grandson|granddaughter|nephew|niece|carer|caregiver|husband|wife|partner|boyfriend|girlfriend|brother|sister|stepson|stepdaughter|family|children|kids|aide|law)( \S+){{0,3}} (told|tells|warned|warns|threaten\w*|said|says|saying|reminds|reminded)( her)?( that)? (she|she'd|she'll)( \S+){{0,10}}? {SILENCE_HARM}( \S+){{0,8}}? (if|unless|once) she (ever )?{TELLS}\b"))
        },
        Frame {
            need_any: CARERS,
            ..frame(C::CoerciveControl, K::Abuse, format!(r"\bhis (\S+ ){{0,2}}(son|daughter|grandson|granddaughter|nephew|niece|carer|caregiver|husband|wife|partner|boyfriend|girlfriend|brother|sister|stepson|stepdaughter|family|children|kids|aide|law)( \S+){{0,3}} (told|tells|warned|warns|threaten\w*|said|says|saying|reminds|reminded)( him)?( that)? (he|he'd|he'll)( \S+){{0,10}}? {SILENCE_HARM}( \S+){{0,8}}? (if|unless|once) he (ever )?{TELLS}\b"))
        },
        // Neglect by a carer: left alone or without care for days, care withheld, a soiled bed.
        frame(C::Abuse, K::Abuse, r"\b(leav\w*|left|keeps?|kept) (her|him|them) in (the same|a dirty|a wet|a soiled|dirty|wet|soiled|her|his|their)( \S+)? (pad|pads|nappy|nappies|diapers?|clothes|sheets|bed|pyjamas|pajamas)( \S+){0,2} (all|for) (\S+ ){0,2}(day|night|days|nights|weekend|hours)\b".to_string()),
        Frame {
            need_any: CARERS,
            ..frame(C::Abuse, K::Abuse, format!(r"\b{NEG_CARE} (giv\w*|gave|feed\w*|fed|chang\w*|wash\w*) (her|him|them) (her |his |their |any |a |the )?(food|meals?|lunch|dinner|breakfast|tablets|pills|meds|medications?|medicine|insulin|water|drink|anything|something to eat)\b"))
        },
        frame(C::Abuse, K::Abuse, r"\b(leav\w*|left)( \S+){0,3}?( and (my|his|her|their|the) (\S+ )?\S+)? (alone|on (her|his|their) own|by (her|him|them)sel(f|ves)|unattended|without (food|water|meals|medication|medicine|tablets|care|help|heating|heat|anyone)|in (a |the |her |his |their )?(soiled|wet|dirty|filthy|urine|soaked)\S*)( \S+){0,8}? (for|all) (\S+ ){0,3}(days|nights|hours|weekend|day|night|at a time|week|weeks)\b".to_string()),
        // Care withheld for a stated time: the time makes it neglect ("hasn't been round to
        // her in three weeks"); "her brother never turns up for milking" withholds no care.
        Frame { need_any: CARERS, ..frame(C::Abuse, K::Abuse, format!(r"\b{NEG_CARE}( been)? (giv\w*|gave|feed\w*|fed|chang\w*|wash\w*|bath\w*|turn\w*|visit\w*|check\w* on|been round|been over|been in|come round|come in|come by|called in|popped in|look\w* in on|seen|brought|bring\w*|buy\w*|bought)( \S+){{0,5}}? (in|for) (over |more than |almost |nearly |about |at least )?((\S+ ){{0,2}}(days|weeks|day|week|fortnight|months|month)|ages)\b")) },
        frame(C::Abuse, K::Abuse, r"\b(lying|lay|lies|left|found|sitting|sat|sleeping|kept|lives|living)( \S+){0,3} in (a |the |her |his |their )?(soiled|wet|dirty|filthy|urine \S+|urine|soaked|unchanged|stinking)( \S+){0,2} (bed|beds|sheets|clothes|nappy|nappies|diapers?|pads?|pyjamas|pajamas)\b".to_string()),
        // Screen item nine answered in words.
        frame(C::Screen, K::SuicidalIdeation, r"\b(phq ?(9|nine)|item (9|nine))( \S+){0,8} (several days|more than half( of)? the days|nearly every day|most days|almost every day|half the days)\b".to_string()),
    ];
    // Weapon acts toward a person are read by the harm-verb rules (actors), so their
    // category follows who points it at whom.
    v.shrink_to_fit();
    v
}

/// The compiled frames, built once, as lexicon entries.
pub(crate) fn entries() -> &'static [Entry] {
    static ENTRIES: OnceLock<Vec<Entry>> = OnceLock::new();
    ENTRIES.get_or_init(|| {
        frames()
            .into_iter()
            .filter_map(|f| {
                // The patterns are constants composed above; a bad one is caught by the
                // test below and skipped at run time rather than panicking.
                // An ASCII word boundary lets the fast engines run (the tokens are lower-case
                // words); the Unicode one makes each frame several times slower.
                let re = Regex::new(&f.re.replace(r"\b", r"(?-u:\b)")).ok()?;
                Some(Entry {
                    concept: f.concept,
                    kind: Some(f.kind),
                    re,
                    not_after: None,
                    not_before: None,
                    need_before: None,
                    need_cue: false,
                    block: f.block,
                    need_any: f.need_any,
                    need_near: &[],
                    need_near_also: &[],
                    owner: f.owner,
                    framed: true,
                })
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_frame_compiles() {
        for f in frames() {
            assert!(Regex::new(&f.re).is_ok(), "{}", f.re);
        }
        assert_eq!(entries().len(), frames().len());
    }
}
