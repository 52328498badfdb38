//! Concept triggers: what counts as a risk mention, before any context is read.
//!
//! Each entry is a regular expression over a clause's normalised tokens (lower case, one space
//! between tokens, punctuation as its own token; see [`super::tokens`]). Entries are tried in
//! order and an earlier match owns its tokens, so "substance abuse" is substance use and never
//! abuse, and "suicide squeeze" is excluded before "suicide" can match. Vocabulary follows the
//! C-SSRS (wish to be dead, active thoughts, method, intent, plan, preparatory behaviour,
//! attempt), NICE NG225 (self-harm whatever the motive, self-poisoning), the Danger Assessment
//! and HITS (IPV, coercive control, strangulation), and common slang ("kms", "unalive",
//! "relapsed", "blacked out"). Harm verbs aimed at a person ("hit", "kill", "push") are not
//! here: whom they hit decides their category, see [`super::actors`].

use regex::Regex;
use std::sync::OnceLock;

use super::RiskKind;

/// What a mention is, finer than its category; shown in the Risk section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Concept {
    /// Active suicidal thoughts (C-SSRS 2).
    Ideation,
    /// Wish to be dead, not waking up, better off dead (C-SSRS 1).
    PassiveIdeation,
    /// A plan, named as such ("no plan"); context for the nearest ideation.
    Plan,
    /// Intent, named as such; context for the nearest ideation.
    Intent,
    /// A method thought about ("jumping from the garage").
    Method,
    /// Preparatory acts: method research, goodbye letters.
    Preparatory,
    /// A suicide attempt (actual, interrupted or aborted).
    Attempt,
    /// Self-injury: cutting, burning, hitting oneself.
    SelfInjury,
    /// Self-poisoning: a handful of pills taken on purpose.
    SelfPoisoning,
    /// Thoughts, wishes or intent to kill someone.
    HomicidalIdeation,
    /// Thoughts or urges to hurt someone.
    HarmThoughts,
    /// Unwanted intrusive thoughts of harming someone (perinatal or harm OCD): never homicidal.
    IntrusiveHarm,
    /// Voices telling the client to hurt someone.
    CommandHallucination,
    /// Abuse of or by the client: physical, sexual, emotional, neglect, exploitation.
    Abuse,
    /// Coercive control: money, phone, isolation, stalking, threats about the children.
    CoerciveControl,
    /// The client's physical aggression outside family and partner relationships.
    Violence,
    /// Current use: drinking, drugs, intoxication.
    SubstanceUse,
    /// Relapse or lapse.
    Relapse,
    /// Prescription misuse.
    Misuse,
    /// Overdose (accidental unless stated otherwise).
    Overdose,
    /// Firearms or stockpiled medication: context, never changes `risk`.
    Means,
    /// A named screen (C-SSRS, ASQ, PHQ-9 item 9, HITS, UDS): its result gives the polarity.
    Screen,
    /// Sober, clean, quit: a denial of current use of the nearest behaviour.
    Abstinence,
    /// Urges named alone ("no urges since"): the nearest mention's category. Cravings are
    /// not use and are not matched.
    Urge,
    /// Risk-domain words no rule explained (the safety net): present with review.
    Unexplained,
    /// A sentence the rules read as no present risk, flagged by the learned net
    /// ([`super::learned`]): present, uncertain, with review.
    Learned,
}

impl Concept {
    pub fn label(self) -> &'static str {
        match self {
            Concept::Ideation => "suicidal thoughts",
            Concept::PassiveIdeation => "passive wish to be dead",
            Concept::Plan => "plan",
            Concept::Intent => "intent",
            Concept::Method => "method",
            Concept::Preparatory => "preparatory behaviour",
            Concept::Attempt => "suicide attempt",
            Concept::SelfInjury => "self-injury",
            Concept::SelfPoisoning => "self-poisoning",
            Concept::HomicidalIdeation => "homicidal ideation",
            Concept::HarmThoughts => "thoughts of harming others",
            Concept::IntrusiveHarm => "intrusive, unwanted harm thoughts",
            Concept::CommandHallucination => "command hallucinations",
            Concept::Abuse => "abuse",
            Concept::CoerciveControl => "coercive control",
            Concept::Violence => "physical aggression",
            Concept::SubstanceUse => "substance use",
            Concept::Relapse => "relapse or lapse",
            Concept::Misuse => "prescription misuse",
            Concept::Overdose => "overdose",
            Concept::Means => "firearms or stockpiled medication",
            Concept::Screen => "screen",
            Concept::Abstinence => "abstinence",
            Concept::Urge => "urges",
            Concept::Unexplained => "risk words no rule explained",
            Concept::Learned => "flagged by the statistical net, no rule matched: please check",
        }
    }

    /// Plan and intent qualify the nearest ideation; denying them denies nothing else.
    pub fn is_qualifier(self) -> bool {
        matches!(self, Concept::Plan | Concept::Intent)
    }
}

/// One concept trigger.
pub(crate) struct Entry {
    pub concept: Concept,
    /// `None`: the category comes from the nearest other finding (plan, intent, abstinence).
    pub kind: Option<RiskKind>,
    pub re: Regex,
    /// The match is void when the text right after it matches this (anchored at its start).
    pub not_after: Option<Regex>,
    /// The match is void when the text right before it matches this (anchored at its end).
    pub not_before: Option<Regex>,
    /// The match counts only when the text right before it matches this.
    pub need_before: Option<Regex>,
    /// The match counts only after a thought/plan cue ("thought about jumping from").
    pub need_cue: bool,
    /// An idiom or non-risk use: its words are taken so no later entry matches them.
    pub block: bool,
    /// The match counts only when the sentence holds one of these words (frames).
    pub need_any: &'static [&'static str],
    /// The match counts only when the sentence or the one before it holds one of these
    /// words ("Sat at the edge. Wanted to step off.").
    pub need_near: &'static [&'static str],
    /// A second word list that the sentence or the one before it must also hold.
    pub need_near_also: &'static [&'static str],
    /// Whose body part or belongings the match's possessive must name (frames).
    pub owner: Owner,
    /// An act frame, not a named concept.
    pub framed: bool,
}

/// Whose body part or belongings an act frame's possessive names, checked against the agent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Owner {
    /// Anyone's.
    Any,
    /// The agent's own ("she scraped her arm", not "he scraped her arm").
    Agent,
    /// Someone else's ("her son emptied her savings", not "he sold his car").
    Other,
    /// The person the sentence is about ("he thinks it is better if he is not here", not
    /// "she says it is better when he is not around").
    Subject,
}

struct Spec {
    concept: Concept,
    kind: Option<RiskKind>,
    re: &'static str,
    not_after: &'static str,
    not_before: &'static str,
    need_before: &'static str,
    need_cue: bool,
    block: bool,
    /// At least one of these words must occur in the sentence.
    need_any: &'static [&'static str],
    /// At least one of these words must occur in the sentence or the one before it.
    need_near: &'static [&'static str],
    /// A second list, also needed in the sentence or the one before it.
    need_near_also: &'static [&'static str],
    /// Whose belongings the match's possessive must name.
    owner: Owner,
}

const fn spec(concept: Concept, kind: RiskKind, re: &'static str) -> Spec {
    Spec {
        concept,
        kind: Some(kind),
        re,
        not_after: "",
        not_before: "",
        need_before: "",
        need_cue: false,
        block: false,
        need_any: &[],
        need_near: &[],
        need_near_also: &[],
        owner: Owner::Any,
    }
}

/// A blocking entry: idioms and non-risk uses ("felt like she was dying" in a panic attack).
/// Verbs that tell a drug used, for specs that name only whose the drug is.
const USE_VERBS: &[&str] = &[
    "taking",
    "takes",
    "took",
    "take",
    "taken",
    "using",
    "uses",
    "used",
    "use",
    "popping",
    "pops",
    "popped",
    "swallowing",
    "swallowed",
    "helping",
    "helped",
    "stealing",
    "stole",
    "nicking",
    "nicked",
    "raiding",
    "raided",
    "borrowing",
    "borrowed",
    "sharing",
    "shared",
    "smoking",
    "smoked",
    "vaping",
    "vaped",
    "finishing",
    "finished",
    "crushing",
    "snorting",
    "snorted",
    "on",
    "into",
    "getting",
    "got",
    "had",
    "with",
    // "hits off his cousin's vape", "swigs from her dad's bottle".
    "hits",
    "hitting",
    "puffs",
    "puffing",
    "drags",
    "tokes",
    "toking",
    "swigs",
    "swigging",
    "swigged",
    // "sneaking his mom's oxy": taken on the sly.
    "sneaking",
    "sneaks",
    "sneaked",
    "snuck",
    "pinching",
    "pinched",
    "swiping",
    "swiped",
];

/// Whether a verb of use stands in the three words before `genitive` ("smoking his dad's
/// weed", "sharing her brother's vape"): another's drug the client uses is the client's use.
pub(crate) fn used_before_genitive(toks: &[super::tokens::Tok], genitive: usize) -> bool {
    toks[genitive.saturating_sub(3)..genitive]
        .iter()
        .any(|t| USE_VERBS.contains(&t.norm.as_str()))
}

const fn block(re: &'static str) -> Spec {
    let mut s = spec(Concept::Screen, RiskKind::SuicidalIdeation, re);
    s.block = true;
    s
}

impl Spec {
    const fn not_after(mut self, re: &'static str) -> Self {
        self.not_after = re;
        self
    }
    const fn not_before(mut self, re: &'static str) -> Self {
        self.not_before = re;
        self
    }
    const fn need_before(mut self, re: &'static str) -> Self {
        self.need_before = re;
        self
    }
    const fn need_any(mut self, words: &'static [&'static str]) -> Self {
        self.need_any = words;
        self
    }
    /// A word of the scene that the dictation may have told one sentence earlier.
    const fn need_near(mut self, words: &'static [&'static str]) -> Self {
        self.need_near = words;
        self
    }
    /// Words of a second kind the scene must also hold ("saving" and "pills").
    const fn need_near_also(mut self, words: &'static [&'static str]) -> Self {
        self.need_near_also = words;
        self
    }
    /// The possessive must name someone other than the agent ("he checks her phone", not
    /// "she checks her phone").
    const fn others(mut self) -> Self {
        self.owner = Owner::Other;
        self
    }
    /// The possessive must be the agent's own ("she pulls her hair", not "he pulled her
    /// hair").
    const fn own(mut self) -> Self {
        self.owner = Owner::Agent;
        self
    }
    const fn cue(mut self) -> Self {
        self.need_cue = true;
        self
    }
    const fn context_kind(mut self) -> Self {
        self.kind = None;
        self
    }
}

use Concept as C;
use RiskKind as K;

/// What "make them pay" is paid for when it is a bill, not revenge ("make them pay for the
/// damages", "make his ex pay child support").
const PAID_FOR: &str = r"^ ?(for (the|his|her|their) (share|half|rent|damages|repairs|bills?|fees?|costs?|petrol|gas|food|meal|drinks|tickets?)|child support|maintenance|rent|back|up|the (bill|rent|fine|fees?)|it back|their share|his share|her share|half)\b";

/// What a conditional threat is tied to when it coerces: leaving, telling, reporting or
/// seeking help ("if she leaves", "if she goes to the police", "if she tells anyone").
const COERCIVE_CONDITION: &str = r"^(she|he|they|i|you|we) (ever |even |really |actually )?(tries to |tried to |dares to |dared to )?(leaves?|left|leaving|goes to|went to|go to|calls?|called|rings?|rang|phones?|phoned|tells?|told|reports?|reported|talks? to|talked to|speaks? to|spoke to|contacts?|contacted|divorces?|divorced|splits? up|split up|breaks? up|broke up|moves? out|moved out|gets? help|got help|takes? the (kids|children|baby|bairns|weans)|took the (kids|children|baby|bairns|weans)|sees? (him|her|them|anyone|another|other)|saw (him|her|them|anyone|another|other))\b";

/// Body parts a self-injury act lands on.
macro_rules! body {
    () => {
        "(arms?|forearms?|wrists?|thighs?|legs?|stomach|belly|skin|ankles?|hands?|hips?|chest|face|fingers?|knuckles?|head|body|shoulders?|calf|calves|breasts?|neck|feet|foot|toes?|ribs?)"
    };
}

/// A death or fatal event befalling the speaker, as a welcomed or hoped-for outcome names it
/// ("didn't wake up", "the plane went down", "the scan came back bad", "it was all over").
/// People one sets on ("jump the kid", "jump that bloke").
macro_rules! jumped_people {
    () => {
        "kid|kids|guy|guys|lad|lads|boy|boys|girl|girls|man|men|bloke|blokes|dude|dudes|fella|fellas|snitch|rat|teacher|bouncer|jagoff|jerk|idiot|asshole|arsehole|punk|prick|dickhead|creep|loser|clown|tosser|wanker|knobhead|goon"
    };
}

/// A person after "jump" ("jump the kid", "jump him"): setting on someone, no leap; and the
/// idioms "jump the queue", "jump the gun".
const JUMPED_PERSON: &str = concat!(
    r"^((him|her|them|me|us|someone|somebody)\b|(the|that|a|some|this) (\S+ )?(",
    jumped_people!(),
    r"|new kid|queue|gun|line|fence|hurdle|shark|bus|train|tracks)\b)"
);

macro_rules! fatal_event {
    () => {
        r"((i|he|she|they|we|you) (just |simply |quietly )?(die|died|dies|was dead|were dead|(didn't|did not|don't|do not|doesn't|does not|wouldn't|would not|won't|never) (wake|wakes|woke) up|(was|were|got|get|gets) (taken|killed|hit by (a|the) \S+)|got cancer|never (came|come|comes) back)|(plane|flight) (went|goes|go) down|(i|he|she|they) (rolled|rolls|crashed|crashes|flipped|flips|stacked|stacks|wrapped|wraps|pranged|prangs) (the|his|her|my|their) (\S+ )?(car|ute|truck|wagon|lorry|van|motorbike|bike|quad|tractor|pickup|rig|jeep)|(the |his |her |my |their )?(wagon|truck|car|ute|lorry|van|bus|jeep|chopper|helicopter|boat|vehicle|rig|pickup) (rolled|rolls|roll|crashed|crashes|crash|flipped|flips|went over|goes over|went off the road)|(plane|flight) crash\w*|(scan|results?|biopsy) (came|comes|come) back bad|(something|anything) (happened|happens) to (him|her|me|them)|(cancer|illness|disease|tumou?r|heart attack|stroke|next one) (just )?(takes?|took|would take|will take) (him|her|me|them)|taken in (his|her|my|their) sleep|(missile|bomb|shell|bullet|rocket|drone|grenade|mortar|sniper|lightning|wave) (had |would have |'d |could have |would |will |might )?(found|hit|struck|taken|got|killed|find|hit|strike|take|get|kill|finds|hits|strikes|takes|gets|kills) (her|him|me|them)|(a|the) (truck|lorry|car|bus|train) (will |would |might |could )?((hit|hits) (her|him|me|them)|(run|runs) (her|him|me|them) over|(run|runs) over (her|him|me|them))|(a|the) (\S+ )?(truck|lorry|car|bus|train|semi|road train|roo|kangaroo|deer|moose|elk|tree|wave|avalanche) (will |would |might |could |'d |just )?(took|takes|take|taking) (her|him|me|them) out|(a|the) (\S+ )?(roo|kangaroo|deer|moose|elk|branch|tree|rock|brick|truck|lorry) (came|comes|come|went|goes|go) (through|into) the (windscreen|windshield|cab))"
    };
}

/// Up to a dozen words after a match, the last of them no negator ("not", "no", "never"):
/// a purpose said after a habit ("till they bleed, and says she does it on purpose") and not
/// a purpose denied ("till they bleed, not to hurt himself").
macro_rules! affirmed_within {
    () => {
        r"^((\S+ ){0,11}(?:[^\sn]\S*|n[^\soe]\S*|n|ne[^\sv]\S*|ne|nev[^\se]\S*|nev|neve[^\sr]\S*|neve|never\S+|no[^\st]\S*|not\S+) )?"
    };
}

/// All of one's own medicine, as a routine names it ("all her blood pressure pills").
macro_rules! own_medicine {
    () => {
        r"(all|every one) (of )?(his|her|their|my) (\S+ ){0,3}(pills|meds|medications?|medicines?|tablets|insulin) (\S+ ){0,2}"
    };
}

/// Words that make a night visit a child's disclosure: a child's age, a child, or the relative
/// who visits.
const CHILD_OR_KIN: &[&str] = &[
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "girl",
    "boy",
    "child",
    "kid",
    "daughter",
    "son",
    "niece",
    "nephew",
    "stepdaughter",
    "stepson",
    "granddaughter",
    "grandson",
    "uncle",
    "stepdad",
    "stepfather",
    "brother",
    "cousin",
    "grandpa",
    "grandfather",
    "mother's",
    "father's",
];

/// A person threatened ("him", "his brother", "that CO", "the landlord").
macro_rules! threat_object {
    () => {
        "(him|her|them|(his|her|their|my|that|the|this|dat|de|da) (\\S+ )?(brother|bredda|breddah|brudda|sister|cousin|uncle|aunt|nephew|niece|wife|husband|boyfriend|girlfriend|partner|ex|father|dad|mother|mum|mom|son|daughter|stepfather|stepdad|stepbrother|stepsister|stepmother|stepmum|stepmom|stepson|stepdaughter|half-brother|half-sister|jiju|jijaji|bhai|chacha|tio|primo|neighbou?r|landlord|boss|cellie|cellmate|co|guard|officer|teacher|friend|mate|boy|man|guy|dude|fella|lad|kid|in-law|brother-in-law|sister-in-law|supervisor|foreman|manager|fellow|feller|bloke|chap|woman|lady|girl|stranger|warden|inmate|prisoner|detainee|coworker|co-worker|colleague|classmate|roommate|housemate|flatmate|driver|cop|pastor|coach|vato|tonton|homie|homeboy))"
    };
}

/// Weapons held in the hand, by the names told in collateral and incident reports: blades
/// and bush knives (cutlass, panga, parang, bolo), clubs (the Maasai rungu, the knobkerrie),
/// guns, and things picked up to strike with.
macro_rules! hand_weapon {
    () => {
        "(knife|knives|pocketknife|pocket knife|penknife|pen knife|switchblade|flick knife|kitchen knife|steak knife|hunting knife|blade|razor|box cutter|boxcutter|machete|cutlass|panga|coupe-coupe|parang|golok|bolo|itak|kukri|khukuri|dao|sickle|scythe|axe|hatchet|cleaver|sword|spear|dagger|bayonet|screwdriver|gun|pistol|handgun|revolver|rifle|shotgun|firearm|weapon|bat|baseball bat|hammer|crowbar|tyre iron|tire iron|wrench|spanner|iron bar|metal bar|pipe|club|cudgel|rungu|knobkerrie|sjambok|baton|stick|pool cue|broken bottle|bottle|brick|chain|shank|shiv|puukko|puuko|cuete)"
    };
}

/// A blade, gun or club carried to school (a school threat assessment's first sign).
macro_rules! school_weapon {
    () => {
        r"(a|an|his|her|their|the|my|one) (\S+ )?(knife|knives|pocketknife|penknife|switchblade|flick knife|kitchen knife|blade|razor|box cutter|boxcutter|machete|cutlass|panga|parang|bolo|kukri|axe|hatchet|cleaver|sword|spear|dagger|gun|pistol|handgun|revolver|rifle|shotgun|firearm|weapon|club|cudgel|rungu|knobkerrie|sjambok|knuckle dusters?|brass knuckles|shank|shiv) (to|into) (the )?(school|class|classroom|lessons?|assembly|church|the bus|the dorm|hostel|campus)"
    };
}

/// What one keeps and cares for, given away as a warning sign ("the dogs and his saddle",
/// "most of his tools"), with its determiner.
macro_rules! keepsakes {
    () => {
        r"(all |most |some |much )?(of )?(his|her|their|my|the) (\S+ )?(belongings|possessions|things|stuff|pets?|dogs?|cats?|horses?|saddles?|guitars?|savings|tools|guns|rifles?|shotguns?|records|medals|clothes|books|car|truck|motorbike|bike|collection|gear|jewellery|jewelry|watch|rings?|boat|furniture|photos|albums|vinyl|fishing rods?|hunting rifle|bows?|plants|houseplants|paintings|artwork|instruments?|piano|camera|laptop|games|console|playstation|xbox)"
    };
}

/// Keepsakes given to a charity or a thrift shop are a clear-out, not a leave-taking.
const KEEPSAKES_TO_CHARITY: &str = r"^ ?(to (charity|goodwill|the (charity|thrift|op|church|goodwill|salvation|animal|shelter)|a (charity|thrift|shelter))|for (charity|free|the move|the yard sale))\b";

/// Someone outside the family named as a weapon's target: "feedlot foreman", "a keke
/// rider", "the Form Four prefect", "two boys from the estate".
macro_rules! weapon_target {
    () => {
        concat!("(one of )?((the|a|an|that|this|two|three|some|his|her|their|my|another|several|dat|de) )?(\\S+ ){0,2}?", outsider!())
    };
}

/// People outside the family, by role: "rider", "conductor", "trader", "herdsman".
macro_rules! outsider {
    () => {
        "(man|men|guy|guys|boy|boys|lad|lads|youth|youths|kid|student|students|classmate|classmates|teacher|prefect|neighbou?r|neighbou?rs|landlord|boss|foreman|supervisor|manager|coworker|co-worker|colleague|worker|workers|driver|rider|customer|clerk|cashier|guard|guards|officer|officers|cop|cops|inmate|inmates|cellie|cellmate|stranger|strangers|friend|mate|cousin|uncle|nephew|brother|brothers|roommate|housemate|flatmate|tenant|staff|nurse|doctor|pastor|coach|player|referee|bouncer|bartender|waiter|dealer|fella|fellas|bloke|blokes|dude|dudes|person|people|woman|women|girl|girls|lady|shopkeeper|vendor|trader|conductor|tout|rival|rivals|member|members|farmer|herder|herdsman|hunter|fisherman|miner|soldier|soldiers|policeman|security)"
    };
}

/// Verbs of wishing or vowing before a deed ("wants to", "swore to", "intends to").
macro_rules! vowed {
    () => {
        r"wants? to|wanted to|wanting to|threaten\w* to|swear\w* to|swore to|vow\w* to|plans? to|planning to|intends? to"
    };
}

/// Amounts that make "took N pills" an overdose rather than a dose.
macro_rules! many {
    () => {
        "(five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|[5-9]|[1-9][0-9]+)( [a-z]+)?"
    };
}

/// Poisons taken to die, by their names in many places: pesticides and their brands
/// (Gramoxone, Rogor, Baygon, Nuvan, Nigerian "Sniper"), cattle and tick dip, oleander and
/// arali seeds, Indian Celphos and wheat pills, household acids and bleaches, and the
/// cyanide silver and jewellery cleaners sold in the Philippines.
macro_rules! poisons {
    () => {
        "(poison|rat poison|rat killer|rattex|ratex|roundup|vinegar essence|acetic acid|chumbinho|rat medicine|ratsak|pesticide|insecticide|weedkiller|weed killer|paraquat|gramoxone|two-step|aldicarb|organophosphate|rogor|tick dip|cattle dip|dip|phenyl|phenyle|kerosene|paraffin|bleach|antifreeze|oleander|arali|celphos|ratol|zinc phosphide|thimet|monocrotophos|aluminium phosphide|aluminum phosphide|endosulfan|thiodan|naphthalene|mothballs|sniper|termite killer|herbicide|wheat pills?|wheat tablets?|phostoxin|quickphos|kitnashak|baygon|nuvan|dichlorvos|hair dye|harpic|jik|dettol|caustic soda|lye|drain cleaner|battery acid|silver cleaner|silver polish|jewelry cleaner|jewellery cleaner|floor cleaner|toilet cleaner|oven cleaner|bathroom cleaner|disinfectant|domestos|detergent|washing up liquid|dish soap|methylated spirits|meths|turpentine|white spirit|fabric softener|laundry pods?|tide pods?)"
    };
}

/// A life-sustaining treatment stopped or skipped ("stopped taking her insulin", "skipping his
/// dialysis"), the words before what it was stopped for.
macro_rules! withheld_treatment {
    () => {
        r"\b(stopped|stops|stopping|skipped|skipping|skips|missed|missing|omitted|omitting|withholding|withheld|not taking|isn't taking|wasn't taking|stopped taking|cutting back on) (taking |doing )?(her|his|their|my) (insulin|dialysis|heart (pills|meds|medication|tablets)|transplant (meds|medication)|anti-rejection (meds|medication)|blood thinners|warfarin|seizure (meds|medication)|epilepsy (meds|medication)|lithium|inhalers?)( \S+){0,4}? "
    };
}

/// Illicit drugs and alcohol, named, with the local spirits and drugs of other regions'
/// English (Nigerian paraga and ogogoro, Kenyan chang'aa and muguka, Zambian kachasu and
/// tujilijili sachets, Malaysian ketum, Sri Lankan kudu, Indian whitener and Dendrite glue,
/// the Nigerian herbal bitters and gins sold as "monkey tail" and "goskolo", Iban langkau,
/// Ethiopian tej, tella, katikala and areke, Khmer sraa sar and yama pills, Ugandan tonto,
/// Southern US white and corn liquor, cannabis wax and dab pens, Spanish porro, merca and
/// mota, Angolan liamba, Moroccan kif and mahia, Iranian taryak, shireh and aragh, Guatemalan cusha, Caribbean ti-punch, rhum and kleren, Mongolian airag and arkhi,
/// Eritrean suwa, East African bango, South African dop, Klippies and papsak, Polish bimber,
/// Finnish kossu and pontikka, Tunisian boukha and legmi, Trinidad babash and puncheon, beer
/// and spirits named in the languages of Europe (Czech pivo, Hungarian fröccs, Turkish raki),
/// Chilean piscola; not
/// "kai-kai", which is food in Tok Pisin).
macro_rules! drugs {
    () => {
        "(alcohol|beers?|wine|vodkas?|whiske?y|whiskies|whiskeys|liquor|tequilas?|rums?|booze|bourbons?|ciders?|lagers?|gins?|sherry|sherries|brandies|prosecco|champagne|brandy|cognac|alcopops?|soju|cannabis|marijuana|weed|cocaine|crack|meth|methamphetamine|heroin|fentanyl|opioids?|opiates?|ketamine|chiva|tecata|yayo|yeyo|perico|fetty|fent|two fours?|mdma|ecstasy|lsd|shrooms|psilocybin|kratom|opium|ghb|poppers|amphetamines?|mephedrone|khat|hashish|angel dust|inhalants?|edibles|dabs|benzos|percs|xans|addys?|oxys|roxys|dabbing|tweaking|xanax bars|street (drugs|pills)|pressed pills?|illicit drugs|drugs?|substances?|paraga|ogogoro|akpeteshie|malamba|burukutu|shayo|chang'aa|changaa|busaa|mnazi|kachasu|chibuku|umqombothi|dops?|klippies|papsak|bimber|kossu|pontikka|slivovice|boukha|legmi|ruou|chhyang|oghi|babash|puncheon|caguamas?|apio|enguli|pinga|zatla|zetla|karkoubi|basuco|bazuco|pernik|broncleer|mutoriro|skokiaan|tujilijili|tharra|desi daru|arrack|arak|captagon|kai-kai|kai kai|waragi|kasippu|kasipu|lotoko|sodabi|ulanzi|mampoer|witblits|feni|mahua|rakshi|raksi|tongba|lao lao|guaro|singani|pisco|grappa|ouzo|rakia|slivovitz|palinka|zivania|makgeolli|shochu|awamori|lambanog|tuak|baijiu|poitin|poteen|moonshine|white lightning|mezcal|cachaca|cachaça|aguardiente|palm wine|muguka|miraa|qat|qaad|jaad|mairungi|kush|syabu|shabu|yaba|roxies|ketum|bhang|charas|ganja|dagga|kudu|whitener|dendrite|mbanje|insangu|matekwane|alomo bitters|goskolo|monkey tail|sapele water|sabu|sabu-sabu|toaka|toaka gasy|koutoukou|kutukutu|langkau|areke|tej|tella|katikala|mbege|chhaang|handia|hariya|samsu|pulque|yama pills?|wax pens?|dab pens?|white liquor|corn liquor|sraa sar|tonto|tchoukoutou|bili bili|cap tikus|bahalina|porro|porros|merca|liamba|kif|mahia|tontonto|taryak|teriyak|shireh|aragh|cusha|cuxa|ti-punch|ti punch|rhum|mota|airag|arkhi|suwa|kleren|clairin|bango|roxy|rakija|rakiya|samohon|samogon|horilka|tsipouro|tsikoudia|travarica|loza|pelinkovac|tuica|brennivin|brennivín|argi|bonzai|bonzay|jamaika|gunja|yarndi|cristal|fenjiu|moutai|maotai|erguotou|kilju|palinca|daiquiris?|raki|pivo|piwo|olut|cervezas?|biere|bier|froccs|spritzers?|becherovka|slivovica|sljivovica|jagermeister|piscolas?|bootleg liquor|etnobotanice|etnobotanicals?|landi|sp caps|proxyvon|spasmo-proxyvon|spasmo proxyvon)"
    };
}

/// Acts of self-harm or suicide told of someone, which "doing the same" takes up.
const ACTS_OF_OTHERS: &[&str] = &[
    "suicide",
    "hanged",
    "hanging",
    "overdosed",
    "overdose",
    "killed",
    "shot",
    "jumped",
    "drowned",
    "cuts",
    "cutting",
    "cut",
    "self-harms",
    "self-harming",
    "self-harmed",
    "burns",
    "burning",
    "attempted",
    "attempt",
    "life",
    "hang",
    "hanged",
    "drown",
    "drowned",
    "tried",
];

/// Relatives and carers: whoever takes an elder's benefit or cashes her cheque (financial
/// exploitation, FORMATS §3).
const RELATIVES: &[&str] = &[
    "son",
    "daughter",
    "son-in-law",
    "daughter-in-law",
    "nephew",
    "niece",
    "grandson",
    "granddaughter",
    "husband",
    "wife",
    "brother",
    "sister",
    "cousin",
    "carer",
    "caregiver",
    "boyfriend",
    "girlfriend",
    "stepson",
    "stepdaughter",
    "relative",
    "family",
    "uncle",
    "aunt",
];

/// A thought, wish, plan or picture right before a harm to someone's food or drink.
const HARM_THOUGHT_CUE: &str = r"\b(thinking|thought|thinks|think|wants?|wanted|planning|plans?|planned|going|gonna|tempted|fantasi[sz]\w*|urges?|imagin\w*|pictur\w*|visuali[sz]\w*|envision\w*|threaten\w*|considering|considered)( about| of| to| on)?$";

/// Guns, for slang that names what is done with one ("eating it", "in his mouth").
const GUNS: &[&str] = &[
    "gun", "guns", "pistol", "revolver", "sidearm", "shotgun", "rifle", "handgun", "glock",
    "firearm", "firearms",
];

/// A verb of putting something by, up to twelve words before a stated purpose ("saved ...
/// in case things get worse", "hid ... until the right moment").
const KEPT_BY: &str = r"\b(sav\w*|stash\w*|stockpil\w*|hoard\w*|squirrel\w*|kept|keeps?|keeping|put\w* (aside|by)|set\w* aside|hid\w*|hiding|collect\w*)( \S+){0,12}$";

/// A thing that is dry (a creek, a well, the weather) before "been dry", "stayed dry": no
/// drinker's abstinence.
const DRY_THING: &str = r"\b(the \S+|it|its|creek|river|riverbed|well|lake|dam|garden|ground|land|weather|season|paddock|field|fields|tank|bore|summer|spring|winter|autumn|fall)('s)?( (has|had|is|was|have|were|are))?( been)?( (completely|totally|bone|mostly))?$";

/// A negation right before a bare verb of hitting or fighting ("no hitting", "nobody hit",
/// "he does not fight"): the only place those verbs are read (as the denial).
const BARE_NEGATOR: &str = r"\b(no|not|never|nor|nobody|no-one|noone|no one|neither|denies|denied|deny|don't|doesn't|didn't|isn't|wasn't|aren't|ain't|won't|hasn't|haven't)( (one|is|was|been|ever|anymore|any more|at all|more|being|getting|gets|got|even|in|any|into|more))*$";

/// A negation before a wish, thought or plan to kill or hurt ("no wish to kill").
const WISH_DENIED: &str = r"\b(no|not|never|nor|without|denies|denied|deny|don't|doesn't|didn't|hasn't|haven't|any)( \S+){0,2}$";

/// What follows such a wish when the act readings take it: oneself (suicidal), a person or a
/// thing named as its object.
const WISH_OBJECT: &str = r"^ ?((him|her|them|my|your|one)sel(f|ves)|time|him|her|them|me|you|us|anyone|anybody|anyone's|someone|somebody|everyone|everybody|people|others|the|a|an|this|that|his|their|my|your|\S+'s)\b";

/// An object after a bare verb of hitting or fighting ("never hit her", "hasn't hit the gym",
/// "not fighting the diagnosis"): the verb-object readings (`acts`, `frames`) take those;
/// the denial-only entries read the verb alone.
const OBJECT_AFTER: &str = r"^(him|her|them|me|you|us|anyone|anybody|nobody|someone|somebody|everyone|everybody|people|others|the|a|an|this|that|it|its|his|their|my|your|our|back|off|out|up|on|home|rock|further|forward|forwards|through|ahead|harder|for|past|into|about|over|\S+'s)\b";

/// Medicines a stockpile is told with, then any other means named after them.
macro_rules! medicines {
    ($($more:literal),*) => {
        &[
            "pills", "tablets", "meds", "medication", "medicines", "capsules", "painkillers",
            "paracetamol", "sleeping", "insulin", "morphine", "oxycodone", "tramadol", "codeine", "oxys", "oxy", "percs", "xans", "benzos",
            $($more),*
        ]
    };
}

/// Medicines a stockpile is told with.
const MEDICINES: &[&str] = medicines!();

/// [`MEDICINES`] and the other means a client may keep for a chosen time.
const MEANS_KEPT: &[&str] = medicines!("rope", "gun", "pistol", "rifle", "shotgun", "revolver");

/// A denial taken back later in the sentence ("then admitted", "but later said yes").
const TAKEN_BACK: &str = r"\b(then|later|eventually|finally|afterwards|but then|but later|but eventually|before long) (he |she |they |i )?(admitted|admits|acknowledged|acknowledges|conceded|concedes|disclosed|discloses|confessed|confesses|owned up|said yes|says yes)\b";

/// An admission that names another thing ("later admitted to drinking").
const ADMITS_OTHER: &str = r"^ ?(to )?(\S+ )?(drinking|drink|using|use|drugs|alcohol|smoking|vaping|gambling|stealing|lying|hitting|the (drinking|weed|pills|use|affair))\b";

const SPECS: &[Spec] = &[
    // "broke a bottle of ogogoro on a man's head", "break the teapot on the head of his
    // cellmate": a thing broken over someone's head is an assault. First among the
    // named concepts: a drink named in the bottle must not claim the words first.
    spec(C::Violence, K::Violence, r"\b(break|breaks|broke|broken|breaking|smash\w*|crack\w*) (a|the|his|her|their|one) (\S+ ){0,4}?(bottle|glass|chair|plate|mug|teapot|pot|jug|stool|bat|vase|ashtray|kettle|cup|pint glass|stick) (\S+ ){0,4}?(on|over|across) (a|the|his|her|their|some|this|that|one|\S+'s) (\S+ ){0,2}?(head|face|skull)\b")
        .not_before(r"\b(was|were|got|gets|been|being)$"),
    // "'I'm gonna die if we watch that again,' then laughed": dying if a small thing happens
    // again, laughed off, is a child's hyperbole, no wish to die.
    block(r"\b(i'm|i am|im|i'll|i will|i'd|i would|she's|he's|she'll|he'll|gonna|going to) (gonna |going to |just |literally )?die if (we|i|you|they|she|he|mom|mum|dad|my|the|that) (\S+ ){0,5}(again|one more time|another time|ever again)\b")
        .need_any(&["laughed", "laughing", "laughs", "giggled", "giggling", "giggles", "joking", "joked", "kidding", "grinned", "grinning", "smiled", "smiling"]),
    // "It seems risk of violence in custody is low at the moment": the clinician's rating of a
    // risk as low is a formulation, not a disclosure (a rating of high is left to the words).
    // "Risk related to abuse appears reduced at present": a rating gone down is the same.
    block(r"\brisk (of|to|related to|around|regarding|from) (violence|harm|others|self|suicide|self-harm|self harm|harm to (self|others)|reoffending|re-offending|aggression|relapse|abuse)( (in|at|towards?|to|for|from) (the )?\S+)?( (is|was|remains|seems|appears|currently|now|overall|considered|assessed as|judged|rated|judged as|rated as|at present|at this time|at the moment|today|still)){0,3} (low|minimal|negligible|very low|reduced|lowered|decreased)\b"),
    // "Injecting, he admits.": a drug put into a vein told by the verb alone (no insulin,
    // no prescribed shot follows it).
    spec(C::SubstanceUse, K::SubstanceUse, r"(^|, ?)(injecting|shooting up|iv drug use|iv use)( again| daily| now| every day| most days)?( ,|,| \.|\.|$| since\b)"),
    // "while she was out on the shine", "been on the sauce all week": out on a drink by its
    // slang name is a binge (the word alone may be a polish or a liking).
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(out|off|been|was|were|is|'s|went|gone|go|goes|going|back|still|stays|stayed) on the (shine|moonshine|hooch|sauce|turps|piss|grog|lash|tear|bender|batter|gargle|rantan|skite|sesh)\b"),
    // "Blues again. Three or four a day.": a street drug named alone with "again" opens a
    // relapse note (not a prescribed medicine, which "again" may only refill).
    spec(C::Relapse, K::SubstanceUse, r"^(blues|percs|perc 30s|oxys|xans|xanny bars|roxys|roxies|m30s|fetty|fent|meth|crank|ice|coke|crack|smack|heroin|molly|speed|ket|gear|the gear|the bottle|the pipe|the needle|the drink|the booze|the piss|the grog|landi|moonshine|shine)( again| back again)\b"),
    // "Ice twice this fortnight.", "Coke most weekends.": a street drug named alone at a
    // line's opening with how often it is taken is shorthand for its use (the frequency is
    // the use verb the note leaves out).
    spec(C::SubstanceUse, K::SubstanceUse, r"^(blues|percs|oxys|xans|roxys|fetty|fent|meth|crank|ice|coke|crack|smack|heroin|molly|mdma|pingers|speed|ket|gear|tik|shard|crystal|shabu|yaba|nyaope|whoonga)( and \S+)? (twice|once|three times|four times|five times|daily|nightly|every (day|night|morning|weekend|other day)|most (days|nights|weekends|mornings)|each (day|night|weekend)|on weekends|at weekends|weekends)\b"),
    // "takes money from his mother's pension card every month", "emptied her nan's savings":
    // an elder relative's money taken is financial exploitation (FORMATS §3: abuse, the
    // client as victim or perpetrator), whoever the taker is.
    spec(C::Abuse, K::Abuse, r"\b(takes|took|taking|take|steals|stole|stealing|steal|pockets|pocketed|pocketing|cashes|cashed|cashing|drains|drained|draining|empties|emptied|emptying|helps himself to|helped himself to|helping himself to|helps herself to|helped herself to|helping herself to) (the |all the |all of the )?(money |cash )?(from |out of |off )?(his|her|their|my) (\S+ )?(mother's|mum's|mom's|mam's|ma's|father's|dad's|nan's|nana's|gran's|granny's|grandmother's|grandfather's|grandma's|grandpa's|mamaw's|papaw's|memaw's|aunt's|uncle's|parents'|parents's|grandparents'|oma's|opa's|abuela's|abuelo's|lola's|lolo's) (pension|pension card|bank card|card|account|bank account|savings|benefits|check|cheque|money|allowance|giro|social security|ssi|disability|rente)\b"),
    // "Keeps going when she says no", "didn't stop when she told him to": carrying on after
    // a refusal is sexual coercion (Sexual Experiences Survey), said of a partner.
    spec(C::Abuse, K::Abuse, r"\b(keeps|kept|keep|keeps on|carries on|carried on|carry on|won't stop|wouldn't stop|doesn't stop|didn't stop|does not stop|did not stop|don't stop|never stops|doesn't take no|won't take no|didn't take no) (going )?(even )?(when|after|though|if|once|till|until)? ?(she|he|i|they) (says|said|say|tells|told|tell|asks|asked|ask|begs|begged|cries|cried) (him |her |them )?(no|to stop|stop|not to|no more)\b")
        .need_near(&["boyfriend", "husband", "partner", "ex", "girlfriend", "wife", "sex", "bed", "fiance", "fiancee", "hubby", "bf", "gf", "date", "touching", "touch", "sexual", "intimate", "intimacy"]),
    // "thoughts of 'giving him a real beating'", "an urge to give her a slap": a blow given
    // only in thought, wish or urge is a thought of harming someone short of killing.
    spec(C::HarmThoughts, K::HarmToOthers, r"\b(thoughts?|urges?|fantas\w+|want|wants|wanted|wanting|wish|wishes|wished|itching|tempted|dreams?|dreaming|thinking|thinks|thought) (of |about |to )?(['\x22‘“] )?(giving|give|gie|gies) (him|her|them|(the|that|this|his|her|their) \S+) (a |an )?(real |good |proper |right |serious |hard |massive )?(beating|hiding|kicking|thrashing|slap|smack|punch|hammering|pasting|doing|battering|belting|leathering|clatter|skelp|smacking|walloping|whack|wallop|thump|slapping|doing over)\b"),
    // "I drank most of a thirty-rack at deer camp", "a twelve-pack a night on the porch": a
    // case of beer drunk at one go, or a twelve-pack nightly, is heavy drinking (NIAAA: five
    // or more drinks on an occasion).
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(drank|drinks|drinking|drink|downed|downs|finished|finishes|sank|sinks|put away|puts away|polished off|went through|goes through|knocked back|killed) (most of |all of |half of |half |a whole |an entire |the whole )?(a|the|one) (thirty|30|twenty-four|twenty four|24|eighteen|18)[- ]?(rack|pack|pk|case)\b"),
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(a|one) (twelve|12|fifteen|15|eighteen|18|twenty-four|twenty four|24|thirty|30)[- ]?(pack|rack|pk) (a|an|per|every|each) (night|day|evening)\b")
        .need_any(&["beer", "beers", "drinking", "drinks", "drank", "drink", "cans", "tinnies", "lager", "ale", "cream", "genny", "bud", "busch", "coors", "miller", "pabst", "natty", "keystone", "rolling"]),
    // "most of a thirty-rack over the weekend": a case of beer drunk over a weekend is heavy
    // episodic drinking, whatever the client called it first.
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(most of|all of|half of|half|a whole|an entire|the whole)? ?(a|the) (thirty|30|twenty-four|twenty four|24|eighteen|18)[- ]?(rack|pack|pk)( of \S+)? (over|in|on|during|across|by) (the|a|one|that) (weekend|night|day|evening|afternoon|sitting|party)\b")
        .need_any(&["drinking", "drank", "drink", "drinks", "beer", "beers", "downed", "finished", "sank", "put away"]),
    // "Denies drinking. Kwik Trip receipts say otherwise": evidence said to contradict a denial
    // of use (receipts, a test, the empties) tells the use (collateral over self-report).
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(receipts?|breathalys\w*|breathalyz\w*|breath tests?|tox screens?|drug screens?|screens?|uds|urine( tests?| screens?| results?)?|tests?|results?|labs?|bloods?|blood tests?|levels?|empties|bottles|cans|bins?|recycling) (say|says|said|show|shows|showed|shown|tell|tells|told|suggest|suggests|suggested|prove|proves|proved|came back|come back|comes back) (otherwise|different\w*|the opposite|a different story|positive)\b")
        .need_near(&["drink", "drinks", "drinking", "alcohol", "beer", "beers", "wine", "vodka", "using", "use", "drugs", "etoh", "sober", "clean", "denies", "denied", "cannabis", "weed", "meth", "cocaine", "opioids", "pabst", "liquor", "booze"]),
    // "Admits it when shown": the use admitted once the evidence is put to the client.
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(admits|admitted|owns|owned|concedes|conceded|confirms|confirmed) (it|to it|up|that|this|so|as much) (when|after|once|on being|upon being|on) (shown|confronted|challenged|pressed|asked again|faced with|presented with|shown the)\b")
        .need_near(&["drink", "drinks", "drinking", "alcohol", "beer", "beers", "wine", "vodka", "using", "drugs", "etoh", "cannabis", "weed", "meth", "cocaine", "opioids", "liquor", "booze", "receipts", "screen", "test"]),
    // "He said no to suicidal thoughts at first, then admitted they come most nights": a denial
    // taken back later in the sentence is a disclosure (FORMATS §4 rule 1).
    // "He says he's going to make his ex pay, and he knows where she works": revenge vowed on
    // a person, told with where to find them (a threat, FORMATS §3), not a bill to be paid.
    spec(C::HarmThoughts, K::HarmToOthers, r"\b(make|makes|making) (her|him|them|his \S+|her \S+|their \S+|that \S+|the \S+) pay\b")
        .need_before(r"\b(going to|gonna|will|'ll|wants? to|wanted to|plans? to|planning to|swore to|swears to|vowed to|vows to|threaten\w* to|is going to|'s going to|intends to|determined to)( \S+){0,2}$")
        .not_after(PAID_FOR),
    // "the next time that guy looks at him he's dead": the other said to be dead at the next
    // provocation is a threat to kill.
    spec(C::HomicidalIdeation, K::HomicidalIdeation, r"\b(next time|if|when|one more time|the minute|the moment)( \S+){1,8}? (he's|she's|they're|you're|he is|she is|they are|you are|he'll be|she'll be|they'll be|you'll be) (dead|a dead man|a dead woman|dead meat|finished|done for)\b")
        .not_after(r"^ ?(tired|beat|on (his|her|their) feet|to the world|asleep|drunk)\b"),
    // "told his teacher she'd better watch her back": a warning of harm to come.
    spec(C::HarmThoughts, K::HarmToOthers, r"\b(told|tells|telling|said|says|warned|warns|texted|texts|messaged|wrote|yelled|shouted|threatened) (\S+ ){0,3}?(she|he|they|you)('d| had|'d| would)? ?better watch (her|his|their|your) back\b"),
    // "he'd burn the house down with them inside": a fire set on people is a threat to kill.
    spec(C::HomicidalIdeation, K::HomicidalIdeation, r"\b(burn|burns|burning|torch|torches|torching|set fire to|sets fire to|setting fire to) (the|her|his|their|my|that|our) (house|flat|place|home|car|trailer|caravan|shop|apartment|hut)( down)? with (them|her|him|everyone|everybody|the kids|the family|people|all of them|the lot of them) (in it|inside|still inside|in there|asleep)\b"),
    // "he'd rather be six feet under": the grave preferred to living (C-SSRS 1).
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(rather|sooner) (just )?(be )?(six (foot|feet) under|in the (ground|grave|cemetery|graveyard)|in a box|in a coffin|pushing up daisies|not (be )?alive|not exist|not wake up)\b"),
    // "He denies any plan but says the thoughts are there every night": thoughts said to be
    // there after a denial of plan are the ideation itself (C-SSRS: ideation without plan).
    spec(C::Ideation, K::SuicidalIdeation, r"\b(but|though|although|yet|however)( \S+){0,4}? (the|those|these|such|his|her|suicidal|dark) (thoughts|urges|ideas)( \S+){0,2}? (are|were|'re|come|comes|came|keep|kept|remain|remains|remained|persist|persists|persisted|linger|lingers|still)\b")
        .not_after(r"^ ?(not|never|gone|no longer|less|rare|fewer|fading|easing|under control|manageable|in the past|passive only)\b")
        .need_any(&["plan", "plans", "intent", "intention", "suicide", "suicidal", "kill", "die", "dying", "si", "method", "timeline"]),
    // "No thoughts of suicide until last night, when she wrote a note": a denial that held
    // only until a recent time is a disclosure of what came then.
    spec(C::Ideation, K::SuicidalIdeation, r"\b(no|never had|never|hadn't had|had no|hadn't|denied|denies) (any )?(suicidal (thoughts|ideation)|thoughts of (suicide|killing (him|her|my|them)sel(f|ves)|ending (it|(his|her|my|their) (own )?life)|dying|death)|si|wish to die|wanting to die)( \S+){0,2}? (until|till|til|up until) (last (night|week|weekend|month)|yesterday|this (week|morning|weekend|month)|recently|a few days ago|the other (day|night)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight)\b"),
    // "He doesn't want to hurt anyone except his stepfather": a denial that carves out one
    // person names that person as the target.
    spec(C::HarmThoughts, K::HarmToOthers, r"\b(doesn't|does not|don't|do not|wouldn't|would not|won't|will not|never|not) (want to |wanna |plan to |intend to |think about |thinks about )?(hurt|harm|touch|go after|hit) (anyone|anybody|nobody|no one|people)( else)? (except|but|apart from|other than|besides|save) (\S+ ){0,2}?(him|her|them|stepfather|stepdad|father|dad|brother|husband|wife|ex|boss|neighbou?r|uncle|cousin|teacher|coach|mother|mum|mom|son|daughter|\S+)\b"),
    spec(C::HomicidalIdeation, K::HomicidalIdeation, r"\b(doesn't|does not|don't|do not|wouldn't|would not|won't|will not|never|not) (want to |wanna |plan to |intend to |think about |thinks about )?(kill|murder|shoot|stab) (anyone|anybody|nobody|no one|people)( else)? (except|but|apart from|other than|besides|save) (\S+ ){0,2}?\S+\b"),
    // "stopped taking her insulin on purpose": a life-sustaining treatment withheld on purpose
    // is self-harm (NICE self-harm includes deliberate omission); withheld to die, ideation
    // acted on.
    spec(C::SelfInjury, K::SelfHarm, concat!(withheld_treatment!(), r"(on purpose|deliberately|intentionally|to lose weight|to punish (herself|himself|themselves|myself))\b")),
    spec(C::Preparatory, K::SuicidalIdeation, concat!(withheld_treatment!(), r"(to die|so (she|he|they|i) (would|could|'d|might|will) die|hoping (to die|she'd die|he'd die|it would kill)|to end it|to end (her|his|their|my) life)\b")),
    // "he denies only the plan, he said the thoughts are there": a denial narrowed to plan or
    // intent leaves the ideation itself disclosed (C-SSRS: thoughts without plan are ideation).
    spec(C::Ideation, K::SuicidalIdeation, r"\b(denies|denied|deny|denying|says no to|said no to) only (to )?(the |a |any )?(plan|plans|intent|intention|method|timeline)\b")
        .need_any(&["suicidal", "suicide", "si", "thoughts", "die", "dying", "kill", "killing", "death"]),
    spec(C::Ideation, K::SuicidalIdeation, TAKEN_BACK)
        .not_after(ADMITS_OTHER)
        .need_before(r"\b(denied|denies|deny|denying|said no to|says no to|no to|negative for)( \S+){0,3}? (si|suicidal|suicide|thoughts of (suicide|killing (him|her|them|my)sel(f|ves)|dying|ending it|death)|wanting to die|wish to die)( \S+){0,10}$"),
    spec(C::SelfInjury, K::SelfHarm, TAKEN_BACK)
        .not_after(ADMITS_OTHER)
        .need_before(r"\b(denied|denies|deny|denying|said no to|says no to|no to|negative for)( \S+){0,3}? (self-harm|self harm|self-harming|self harming|self-injury|self injury|cutting|burning (her|him|them)sel(f|ves)|hurting (her|him|them)sel(f|ves))( \S+){0,10}$"),
    // "She isn't cutting anymore, she burns instead": one way of self-injury put in place of
    // another is self-injury.
    spec(C::SelfInjury, K::SelfHarm, r"\b(she|he|they|i) (now )?(burns|burned|burnt|scratches|scratched|bites|bit|hits|hit|punches|punched|scalds|scalded|bangs|banged|picks|picked|starves|starved) (\S+ )?instead\b")
        .need_any(&["cutting", "cut", "cuts", "self-harm", "harm", "harming", "razor", "blade"]),
    // --- Idioms and non-risk uses that would otherwise match below.
    // "I asked about the suicide thoughts": the noun compound of non-native and clipped
    // English for suicidal thoughts.
    spec(C::Ideation, K::SuicidalIdeation, r"\bsuicide (thoughts?|ideas?|ideation|feelings?|thinking)\b"),
    // "I asked about tej, tella, areke and chat, and she told me she takes nothing": a
    // question about named things answered that nothing is taken.
    spec(C::Abstinence, K::SubstanceUse, r"\b(has taken|have taken|had taken|taken|takes|take|took|drinks|drank|drunk|uses|used|touched|touches|touch|had) nothing\b")
        .need_any(&["asked", "ask", "asking"]),
    // "the anniversary of losing his squad leader hit him hard": a loss or a date that hits
    // someone hits them emotionally.
    block(r"\b(anniversary|news|loss|death|grief|diagnosis|passing|memory|memories|funeral|break-?up|divorce|reality|depression|christmas|holidays?|birthday|it|that|this|everything)( of( \S+){1,5}?)? (really |just |finally )?(hit|hits|hitting) (him|her|them|me|us) (hard|hardest|harder|badly|bad|like a (ton|truck|freight train|brick)( of bricks)?)\b"),
    // "after she stop drinking the coffee in the afternoon": a soft drink or caffeine given up.
    block(r"\b(stop|stops|stopped|quit|quits|quitting|cut out|cutting out|gave up|give up|giving up) (drinking|having) (the |her |his |so much |any |all )?(strong |black |sweet |iced |green |fizzy |diet |hot |cold )?(coffee|tea|soda|sodas|pop|energy drinks?|cola|caffeine|fizzy drinks?|juice|milk|mate|yerba mate|chimarrao|terere|chai|bubble tea|matcha|kombucha|red bull|monster|coke|pepsi)\b"),
    // "get back on the ice at the park by January" of an ice climber, a skater or a player:
    // the sport's ice, no methamphetamine.
    block(r"\bback on the ice\b").need_near(&["climbing", "climb", "climber", "climbed", "skating", "skate", "skates", "skater", "hockey", "rink", "curling", "crampons"]),
    // "cravings were strongest when the wine was poured": a drink served to others, the cue
    // of a craving, is no use.
    block(r"\b(the |a |an )?(wine|beer|beers|whiskey|whisky|vodka|champagne|prosecco|drinks|booze|liquor|alcohol|rum|gin|sake|soju|ouzo|raki|port|cocktails) (was|were|is|are|got|gets|being|had been) (poured|served|offered|passed around|brought out|handed round|handed around|opened)\b"),
    // "since the protection from abuse order was served", "PFA order": a court order's name.
    block(r"\bprotection from (abuse|harassment|domestic violence)\b|\b(abuse|violence|harassment) (prevention )?(order|orders|petition|petitions|act|injunction)\b"),
    // "Risk to others and to self low at present": a rating of risk, no harm thought.
    block(r"\b(risk|danger|threat)s? to (others|other people|self|the public)( and (to )?(self|others|other people))? (is |are |remains |remain |assessed as |judged |rated |appears |seems |currently |at present |now )*(low|minimal|negligible|nil|none|not elevated|not significant|not indicated|unlikely|very low|mild)\b"),
    // "His wife dragged him to the fall festival": taken along unwilling to an outing, no
    // force.
    block(r"\b(dragged|drags|dragging|drag) (him|her|them|me|us) (along |out |off )?(to|into) (the |a |an |his |her |their |some |my |our )?(\S+ ){0,2}(festival|fair|party|church|mall|movies?|cinema|concert|game|wedding|dinner|lunch|brunch|shopping|market|show|museum|village|park|gym|mass|service|appointment|class|session|therapy|doctor|barbecue|bbq|reunion|picnic|beach|pub|bar|restaurant|store|shops|yoga|bingo|parade|gala|exhibition|opera|ballet|play|theatre|theater)\b")
        .not_after(r"^(\S+ ){0,4}by (the|her|his|their|my) (hair|arm|arms|neck|throat|collar|wrist|wrists|feet|legs|ear|hand)\b"),
    // "Saving up Papaw's oxys in a poke": pills hoarded, named by their street names, are
    // means kept (before the drug names, which would read them as use by Papaw).
    spec(C::Means, K::AccessToMeans, r"\b(stockpil\w*|stash\w*|hoard\w*|saved up|saving up|saves up)( \S+){0,3} (oxys?|oxycontin|percs|percocets?|roxys|roxies|xans|xanax bars|benzos)\b"),
    // "she's given the grog and the yarndi away since the baby": Australian "give away" is
    // to give up.
    spec(C::Abstinence, K::SubstanceUse, concat!(r"\b(given|gave|giving|give|gives) (the |her |his |their |my |all the )?(", drugs!(), r"|grog|goon|piss|turps|durries|smokes|gunja|yarndi)(,? (and|or) (the |her |his |their |my )?(", drugs!(), r"|grog|goon|piss|turps|durries|smokes|gunja|yarndi))? away\b"))
        .not_after(r"^ ?(to|for)\b"),
    // "he drinks no sopi, not since the conflict years": the drink named after "no" is denied.
    spec(C::Abstinence, K::SubstanceUse, concat!(r"\b(drinks|drink|drank|drinking|touches|touched|takes|took) no (more )?", drugs!(), r"\b")),
    // "she's not touched the gear since she came out": to touch a drug is to use it (its
    // negation the denial, read as any other).
    spec(C::SubstanceUse, K::SubstanceUse, concat!(r"\b(touched|touching|touches) (the |any |a |some |her |his |their )?", drugs!(), r"\b")),
    // "the drugs are finished for him, three months now": use declared over.
    spec(C::Abstinence, K::SubstanceUse, concat!(r"\b(the )?", drugs!(), r" (is|are|'s|was|were) (finished|done|over|behind (him|her|them|me)|in the past|history)( for (him|her|them|me))?\b")),

    // "she'd been dry since last spring, but she went back on the Allen's and milk": a dry
    // spell told only to say it ended is a relapse (before the dry spell's own reading).
    spec(C::Relapse, K::SubstanceUse, r"\b(sober|clean|dry|abstinent)\b( \S+){0,10}? (but|until|till|then) (\S+ )?(went|goes|go|going|gone|slid|slipped|slide|sliding|got|fell|falls) (right |straight |all the way )?(back (to|on|onto)|off the wagon)\b")
        .not_before(DRY_THING),
    // "She's dry since Easter", "he's stayed dry for ninety days": a person dry for a time is
    // abstinent from drink (a lake or a well dry since June is weather).
    spec(C::Abstinence, K::SubstanceUse, r"\bdry (since|for|now|these|all|over|the (last|past)|this|ever since|going on)\b")
        .need_before(r"\b(she's|he's|i'm|they're|(she|he|i|they)( has| have| had| is| was| 's| 've| 'd)?( been)?|(has|have|had) (stayed|kept|been)|staying|stayed|kept (herself|himself|themselves)|been)( (completely|totally|bone|stone|fully|properly|mostly|pretty much))?$")
        .not_before(DRY_THING),

    spec(C::Abstinence, K::SubstanceUse, r"\b(drinks|drink|drank|drinking) no (more )?(sopi|tuak|arak|palm wine|toddy|lao khao|lao lao|tuba|bahalina|kava|sake|soju|chicha|pulque|mezcal)\b"),
    // "say thank you, Bong": the Khmer word for an elder sibling, used to address someone.
    block(r"\b(thank you|thanks|sorry|please|hello|hi|bye|goodbye|yes|okay|ok|sir|madam|ma'am)( ,)? bong\b"),
    block(r"\b(felt|feels?|feeling) like (she|he|i|they) (was|were|is|am|'m|are|would|might|could|'d) (dying|going to die|gonna die|having a heart attack|going crazy)\b"),
    block(r"\b(felt|feels?|feeling) like (she's|he's|i'm|they're|she'd|he'd|i'd|they'd|she was|he was) (dying|going to die|gonna die|about to die|having a heart attack|going crazy)\b"),
    // Hawaiian Pidgin and other creoles drop the auxiliary: "feels like he going die".
    block(r"\b(felt|feels?|feeling) like (she|he|i|they|me) (going|gonna|goin) (to )?die\b"),
    // "the attacks hit at the Kroger ... she's sure it's her heart": panic attacks that
    // strike the client, not an assault.
    block(r"\b(the|these|those|her|his|my|their) (panic |anxiety )?attacks? (hit|hits|come|comes|came|start|starts|started|happen|happens|happened|strike|strikes|struck)\b")
        .need_any(&["panic", "anxiety", "anxious", "heart", "chest", "breath", "breathing", "racing", "dizzy", "palpitations", "sweating"]),
    // "they listened without cutting in", "he kept cutting in on her": interrupting speech.
    // Only "in" that ends the phrase or is "in on" someone ("stopped cutting in high school"
    // dates a cutting).
    block(r"\b(without|kept|keeps|keep|stop|stopped|stops|no) (each other |one another |him |her |them )?(cutting|cut|cuts) in\b")
        .not_after(r"^ ?[a-z]"),
    block(r"\b(cutting|cut|cuts) in on (him|her|them|me|us|each other|one another|the (other|others|group|conversation|teacher))\b"),
    // "Hold on, CNG cutting in": a vehicle cutting in, a call or a signal cutting out.
    block(r"\b(cng|rickshaw|tuk tuk|tuk-tuk|auto|car|cars|truck|lorry|bus|taxi|van|bike|motorbike|driver|signal|line|phone|call|audio|video|connection|reception|sound|mic|microphone|wifi|engine|power) (keeps |kept |is |was |'s )?(cutting|cuts|cut) (in|out|off)\b"),
    // Panic's catastrophic misreading of the body (Clark 1986): "her chest tightens so much
    // she thinks she's dying", "the link between the thought of dying and the racing heart".
    block(r"\b((thinks?|thought|convinced|sure|certain|scared|afraid|terrified|fear|fears|feared) (that )?(she's|he's|i'm|they're|she is|he is|i am|they are|she was|he was|i was|they were|i will|she will|he will|i'll|she'll|he'll) (dying|going to die|about to die|having a heart attack|die)|((the )?(fear|terror|feeling|sense)|the thought) (of|that (she|he|i|they) (was|were|is|'s|might be)) (dying|a heart attack))\b")
        .need_any(&["panic", "panicky", "chest", "breath", "breathe", "breathing", "palpitations", "racing", "pounding", "hyperventilating", "dizzy", "tingling", "attack", "attacks", "heart", "heartbeat"])
        .not_after(r"^(appeals?|appealed|comforts?|comforted|tempts?|tempted|(is|was) (comforting|appealing|tempting|a relief|soothing))\b"),
    // Topic compounds ("suicide prevention", "relapse education", "substance abuse
    // counselor", "domestic violence shelter") and low risk formulations are read by
    // `sense` over every concept; these are the other senses it does not cover.
    // "Grief after a workplace suicide", "shock following the suicide on the line": a
    // death grieved is someone else's (the one who grieves is alive).
    block(r"\b(grief|grieving|grieves|bereaved|bereavement|mourning|shock|shaken|traumati[sz]ed|trauma) (after|following|over|since|from|at) (a|the|that|this) (\S+ )?(suicide|overdose|murder|hanging|drowning)\b")
        .not_after(r"^ ?(attempt|attempts|note|plan|thoughts)\b"),
    // Caribbean "wine" (to dance with the hips): "went to the fete and wine down the place",
    // "even wine a little"; a verb after its subject, never a drink.
    block(r"\b(she|he|they|we|i|you|even|to|could|would|did|go|went|gonna|and) wine (a little|a lil|down|up|all night|de place|di place|the place|till|til|until)\b"),
    // "her boy's hitting her up for money": asking, not a blow.
    // Only the asking said: a block explains the sentence away, and "his plug hit him up and
    // he did a couple blues" must stay open to the net.
    block(r"\bhit(s|ting)? (her|him|me|them|us|you) up (for|about) (money|cash|a loan|loans|rent|a ride|a lift|a favou?r|bus fare|smokes|cigarettes|food|groceries|the rent|a tenner|a fiver|twenty|fifty|a hundred)\b"),
    // "everybody buying the horn player a drink": a drink offered is no drink taken.
    block(r"\b(buy|buys|buying|bought|offer|offers|offering|offered|stand|stands|standing) (him|her|them|me|you|the \S+( \S+)?|everyone|everybody) (a|another) (drink|pint|beer|round|shot)\b"),
    // "his disability claim being kicked back again": a claim rejected, not a kick.
    block(r"\bkick(s|ed|ing)? back\b").not_after(r"^(at|against)\b"),
    // Idioms: "felt like death warmed up", "high on life", "my parents would kill me if they
    // found out", "murdered his mates online", "kill everyone with his lip sync".
    // "calls the unit 'a death trap'": a dangerous place, no wish to die.
    block(r"\bdeath ?traps?\b"),
    block(r"\b(death warmed (up|over)|high on (life|love|adrenaline|sugar|success|excitement|caffeine|hope))\b"),
    // "if the twins fight one more time I'm going to lose my mind": exasperation.
    block(r"\b(lose|losing|lost|loses) (my|her|his|their|your) (mind|marbles)\b"),
    // "she'll be the death of him with her forgetting": exasperation, not a threat.
    // "these hills are gonna be the death of his old knees": a body part or a thing worn out.
    block(r"\b(be|being|been|was|is) the death of (me|him|her|them|us|(my|his|her|their|our|your) (old |poor |bad |last |bloody )?(knees?|back|feet|legs?|hips?|joints|shoulders?|nerves|patience|sanity|wallet|budget|savings|truck|car|van|tractor|phone|lungs|ears))\b"),
    block(r"\b(would|'d|will|'ll|gonna|going to|are going to|is going to) (absolutely |literally )?(kill|murder|strangle) (him|her|me|them|us) (if|when) (they|she|he|i|we|you) (ever )?(found|find|finds|knew|know|knows|saw|see|sees|heard|hear|hears)\b"),
    block(r"\b(killed|killing|murdered|murdering|slaughtered|destroyed|shot|shooting) (his|her|their|my) (mates|friends|pals|brother|sister|cousins?|opponents|squad|team) (online|in the game|on (fortnite|call of duty|cod|xbox|the xbox|playstation|the playstation|warzone|halo|minecraft))\b"),
    block(r"\b(kill|killed|killing|slay|slayed|slaying) (them|everyone|everybody|the crowd|the audience|the room|the judges) with (his|her|their|my|the) \S+\b"),
    // "overdosed on box sets", "an overdose of sugar": excess of something harmless.
    block(r"\b(overdos\w*|od'd|od) on (box sets?|tv|telly|netflix|chocolate|sugar|caffeine|coffee|work|homework|revision|sun|sunshine|christmas|crisps|sweets|cake|nostalgia|screen time)\b"),
    // Parents, aunts and bosses "will murder her if she misses Easter": family hyperbole. A
    // threat tied to leaving, telling or seeking help ("says he'll kill her if she goes to the
    // police") is coercion, not hyperbole (Danger Assessment: threats to kill).
    block(r"\b(mum|mom|mam|mama|mother|dad|father|parents|aunts?|aunties|aunty|auntie|gran|granny|grandma|grandmother|grandpa|granddad|nan|nana|mamaw|mammaw|memaw|meemaw|papaw|pawpaw|mother-in-law|father-in-law|in-laws|boss|coach|teacher|teachers|mates|friends|sisters?|brothers?)( \S+)? (will|'ll|would|'d|is gonna|is going to|are going to|are gonna|gonna) (kill|murder|strangle) (him|her|me|them|us)( both| all)? (if|when)\b")
        .not_after(COERCIVE_CONDITION),
    // "she's going to kill him if he forgets their anniversary again, and then they both
    // laughed": a killing promised over a chore or an occasion, laughed at by both or said to
    // be a joke, is hyperbole whoever says it; never over leaving, telling or seeking help,
    // and not when only the threatened one laughs ("she laughed nervously").
    block(r"\b(she|he|they|i)('s| is| are|'re|'ll| will|'d| would)( going to| gonna)? (kill|murder|strangle) (him|her|me|them|us|you)( both| all)? (if|when)\b")
        .not_after(COERCIVE_CONDITION)
        // "both", "everybody": "they both laughed", "everybody laugh".
        .need_any(&["joke", "joked", "joking", "jokingly", "kidding", "teasing", "playful", "playfully", "both", "everybody", "everyone"]),
    // "his wife would murder him if he missed the wee one's nativity": a partner's
    // exasperation over a chore or an occasion; over leaving, telling or reporting it is a
    // threat (COERCIVE_CONDITION).
    block(r"\b(wife|husband|missus|partner|girlfriend|boyfriend|fella|other half)( \S+)? (will|'ll|would|'d|is gonna|is going to|gonna) (kill|murder|strangle) (him|her|me|them|us) (if|when)\b")
        .not_after(COERCIVE_CONDITION),
    // "Her partner's mam keeps saying she'll murder him if he doesn't paint the nursery".
    block(r"\b(mum|mom|mam|ma|mother|dad|da|father|parents|aunts?|aunties|aunty|auntie|gran|granny|grandma|grandmother|nan|nana|boss|coach|teacher|wife|husband)( \S+){0,5} (saying|says|said|jokes|joked|joking|swears|swore) (she|he|they)('ll| will|'d| would| is gonna| is going to| gonna) (kill|murder|strangle|throttle) (him|her|me|them|us) (if|when)\b")
        .not_after(COERCIVE_CONDITION),
    // Similes and idioms of strain: "like a knife in the chest", "wanted to crawl into a hole
    // and die", "ready to jump ship", "the roads were suicide", "the new knee would be a
    // killer".
    block(r"\blike (a|an) (\S+ )?(knife|dagger|punch|kick|bullet|stab|blow|hammer|sword|gut punch)( (in|to|through) (the|his|her|my|their) (chest|heart|gut|stomach|back|ribs))?\b"),
    block(r"\bcrawl\w* (into|in) (a|the) hole and die\b"),
    // "he drinks the alcohol-free stuff now": no alcohol in it.
    block(r"\b(drink|drinks|drinking|drank|having|has|had|sticks to|stuck to|switched to|onto|on)( the)? (alcohol free|non alcoholic|nonalcoholic|zero alcohol|low alcohol|alcohol-free|non-alcoholic|zero|0 0|0\.0|mocktails?|soft drinks?|shandy)\b"),
    // "not had a scrap since the order", "got in a scrap": a fight in British slang.
    // "Fight on the quay Friday night. He started it.": a note's telegraphic opening names the
    // client's own fight by its place or time (no person, so it is the note's subject's).
    spec(C::Violence, K::Violence, r"\b(fight|punch-up|punch up|scrap|brawl|scuffle|bust-up|bust up|ruck|set-to|square-up|square go|dust-up|altercation|rammy|stramash|barney|punch-on|punch on|biffo|donnybrook|fistfight|fisticuffs|rumble)s? (on|at|in|outside|behind|after|during) (the|a|his|her)\b")
        .need_before(r"^$"),
    // "Broke his hand on a lad's face", "split her knuckles on his jaw": a hand hurt on
    // someone's face or head was hurt hitting them.
    spec(C::Violence, K::Violence, r"\b(broke|breaks|broken|busted|split|cut|hurt|injured|fractured|bruised|skinned|smashed) (his|her|their|my) (hand|hands|knuckles?|fist|fists|fingers?) (on|off|against) (a|the|some|that|this|another|his|her|their)( \S+)?( \S+'s)? (face|head|jaw|teeth|skull|nose|chin|mouth|cheekbone|forehead)\b"),
    spec(C::Violence, K::Violence, r"\b(had|has|have|having|got into|got in|gets into|getting into|get into|been in|in) (a |any |another |no )?(scraps?|scrapping)\b|\bscrapping (with|outside|at|in)\b"),
    // "lost without him popping in": a visit, not pills.
    block(r"\b(pop|pops|popping|popped) (in|round|over|by|down|back|along|across)\b"),
    block(r"\bjump\w* ship\b"),
    // "Partner interviewed separately re: DV; denies he ever hit ...": the topic an interview
    // was about, named after "re", is no disclosure (what was said follows it). "Asked re
    // SI" is left to the question readings, which take the answer after it.
    block(r"\b(interviewed|spoke|spoken|met)( \S+){0,3} (re|regarding|concerning) (: )?(dv|domestic violence|ipv|intimate partner violence|abuse|si|suicidal ideation|safety|substance use|substances|drugs|alcohol|etoh)\b"),

    // "hides under the desk and says 'we will all die'" in an air raid: a fear for everyone
    // said in the first person plural, not a wish.
    block(r"\b(we will|we'll|we are going to|we're going to|we're gonna|we are gonna|we're all going to|we are all going to|we're all gonna) (all )?die\b"),

    // "if his mamaw makes him eat one more mess of poke salat he's gonna die", "she's gonna
    // die if her tia makes posole one more time": death promised for one more of a nuisance
    // is exasperation, not a wish to die.
    block(r"\bdie if( \S+){1,10}? one more\b"),
    block(r"\bif( \S+){1,10}? one more( \S+){1,6}? (he's|she's|i'm|they're|he'll|she'll|i'll|he is|she is|i am|he will|she will|i will) (gonna |going to |just |literally )?die\b"),
    // "Them Massholes drive like they want to die": a manner likened to a death wish.
    block(r"\b(drive|drives|driving|drove|ride|rides|riding|act|acts|acting|behave|behaves) like (they|he|she|you|people|someone) (want|wants|wanted|have|has|had) (to die|a death wish)\b"),

    // "she's gonna die if she has to wear the black pants to the interview": dread of a chore
    // said as dying if made to do it.
    block(r"\b(gonna|going to|will|'ll|would|'d|could) (literally |actually |just )?die if (she|he|i|they|we|you) (has|have|had|gets?|got) to\b"),

    // "cider donuts at Cold Hollow", "rum cake", "beer-battered fish": a drink named as the
    // flavour of a food is no drinking.
    block(r"\b(cider|beer|rum|wine|whiske?y|vodka|bourbon|brandy|sherry|gin|tequila|ale|stout)( -)? (donuts?|doughnuts?|cakes?|batter|battered|gums|sauce|vinegar|glaze|glazed|chicken|cheese|bread|pies?|truffles?|balls|mustard|brats?|bratwursts?|jelly|jam|pudding|ice cream|fudge|chocolates?|braised|stew|risotto|pasta)\b"),
    // "Drinking looks like it's in check": use the clinician judges controlled is no risk
    // told (a blackout in the same sentence is still read).
    block(r"\b(the drinking|drinking|her drinking|his drinking|alcohol|alcohol use|use|using|substance use|drug use) (looks|seems|is|'s|appears|has been|stays|remains|looking|seeming)( like it's| like it is| to be| fairly| pretty| mostly| well)? (in check|under control|controlled|managed|well managed|stable|moderate|within limits|within guidelines)\b"),

    // "hammered with tickets and fines", "murdered with paperwork": loaded with work or bills
    // (FORMATS §4.6: "hammered with deadlines"); "the migraine is killing her": a pain.
    // "it feels like a death in the family" (a loss likened to a death), "feels like death
    // warmed up" (unwell): similes, not a wish to die.
    block(r"\b(feels?|felt|feeling|looks?|looked|looking|was|is) (just )?like (a death|death warmed (up|over))\b"),
    // "playing soldiers and killing the bad guys with his Legos": play and games.
    block(r"\b(kill\w*|shoot\w*|shot|stab\w*|fight\w*|fought|beat\w*|blow\w* up|blew up) (all )?(the )?(bad guys|baddies|monsters|zombies|aliens|dragons|robbers|pirates|enemy soldiers)\b"),
    // "she feels she killed him, though she knows the rounds were done right": guilt for a
    // death one was there for, not a wish to kill.
    block(r"\b(feels?|felt|feeling|believes?|believed|blames? (her|him|my|them)sel(f|ves) that|thinks?|thought|convinced) (like |that |as if |as though )?(she|he|i|they) (killed|murdered|caused the death of) (him|her|them|the \S+)\b")
        .not_after(r"^(on purpose|deliberately|intentionally)\b"),
    // "the drink flowed till four in the morning": a gathering's drink, no one's use.
    block(r"\b(the )?(drink|booze|beer|wine|whiskey|whisky|poitín|poteen) (was )?(flowed|flowing|flows|was free|on tap)\b"),
    // "He hit his head on the cupboard door": a knock on a thing is an accident, unless it
    // was done on purpose ("banging his head against the wall" is read elsewhere).
    block(r"\b(hit|bumped|banged|knocked|bashed|cracked|smacked|caught|stubbed) (his|her|their|my) (head|knee|elbow|shin|arm|hand|toe|hip|shoulder|face|forehead|ankle|leg) (on|off) (the|a|an) (\S+ )?(cupboard|cabinet|door|shelf|beam|ceiling|corner|car|frame|doorframe|bunk|hatch|counter|edge|sink|step|steps|stairs|ice|pavement|kerb|curb|branch|rafter|bedpost|table|dashboard|steering wheel|post|pole|gate|ladder|machine|boom|winch|railing)\b")
        // "hit my head on the post till I saw stars, because I had it coming": on purpose.
        .not_after(r"^((on purpose|deliberately|intentionally|repeatedly|again and again|over and over|to (hurt|punish|feel))\b|(\S+ ){0,4}?(till|until|because) (she|he|i|they) (saw stars|bled|was bleeding|passed out|blacked out|had it coming|deserved it|felt nothing)\b)"),
    // "attended a suicide on the railway last week", "the friend he lost to suicide": a
    // death met at work or mourned is someone else's event.
    block(r"\b(attended|attends|attending|witnessed|witnesses|witnessing|responded to|responds to|responding to|dealt with|deals with|called to|investigated|investigating|cleaned up after|cleaning up after|found|discovered) (a|an|another|two|three|several|the|his first|her first) (\S+ )?(suicides?|overdoses?|hangings?|stabbings?|shootings?|murders?|homicides?|jumpers?)\b"),
    block(r"\b(lost|losing|loses) (\S+ ){0,3}to (suicide|an overdose|overdose|drugs|drink|the drink|alcohol)\b"),
    // "explained how grief after suicide can hit", "bereaved by suicide": the mourning of
    // someone else's death by suicide, named as a kind of grief.
    block(r"\b(grief|grieving|bereavement|bereaved|mourning|loss|losses) (after|by|from|following|through) (a |the )?suicides?\b"),
    // "He punched the air when his team scored": joy, not a blow.
    block(r"\b(punch\w*|pump\w*) the air\b"),
    // "I could wring his neck", "he'd like to wring the manager's neck": the English idiom
    // of exasperation, said with a modal or a wish, never a method (a threat named with a
    // weapon, a place or a plan is read by its other words).
    block(r"\b(could|\S+'d|would|wanted to|wants to|want to|like to|happily|gladly|felt like)( \S+){0,2} wring (his|her|their|its|your|the \S+'s|\S+'s) (\S+ )?neck\b"),
    block(r"\b(could|\S+'d|would|wanted to|wants to|want to|like to|happily|gladly|felt like)( \S+){0,2} wring the neck of\b"),
    // "a ute ran a red light and hit her passenger side": a vehicle's side, no body's.
    block(r"\b(hit|hits|struck|strikes|rammed|rams|clipped|clips|smashed into|ploughed into|plowed into|crashed into|t-boned|slammed into) (her|his|their|my|the|our) (passenger|driver's|driver|rear|front|near|off|back|nearside|offside|left-hand|right-hand) side\b"),
    // "nearly died laughing", "killing herself laughing", "over her dead body is he driving":
    // laughter and refusal said as a death.
    block(r"\b(die|dying|died|dies|kill\w*|killed) (my|him|her|them)?(self|selves)? ?(laughing|with laughter|of laughing)\b"),
    block(r"\bover (my|her|his|their|your|our) dead bod(y|ies)\b"),
    // "he'd die of embarrassment", "nearly died laughing": feelings said as a death.
    block(r"\b(die|dying|died|dies) (of|from) (embarrassment|shame|boredom|laughter|fright|shock|curiosity|cringe|happiness|jealousy|envy|excitement)\b"),
    // "bruises from the vaccinations": marks explained by a medical or sporting cause.
    block(r"\bbruis\w* (from|after) (the|her|his|their|a|an) (\S+ )?(vaccinations?|jabs?|injections?|blood (tests?|draw)|cannula|drip|surgery|operation|birth|delivery|forceps|football|rugby|hockey|training|match|game|fall)\b"),
    // "for not dragging him to the doctor sooner": taking someone somewhere unwilling.
    block(r"\b(drag|drags|dragged|dragging) (him|her|them|me|us) (along |off |down |up )?to (the |a |his |her |their |my )?(doctors?|gp|hospital|a&e|er|clinic|appointments?|church|mass|chapel|mosque|temple|school|therapy|counselling|counseling|meetings?|dentist|gym|shops|party|wedding|funeral)\b"),
    // "hit him with the EpiPen": a rescue dose given, no blow.
    block(r"\b(hit|hits|hitting|dosed|doses|dosing|jabbed|jabs|stuck|sticks) (her|him|them|me|the \S+)( \S+)? with (the |some |a |his |her |two |another )?(epipen|epi-pen|epi pen|adrenaline|nasal spray|defib|defibrillator)\b"),
    // "works as a stalker on an estate", "deer stalking", "his stalking rifle": the Highland
    // job and gear of leading deer hunts; "works the kill floor": a slaughterhouse's floor.
    block(r"\b((works?|worked|working|job|jobs|employed) as an? (deer |head |hill )?stalker|deer ?stalk\w*|stalking (rifle|rifles|knife|season|ground|grounds|party|parties|estate|trip)|kill (floor|line|room))\b"),
    // "Kingussie murdered them in the final": a team beaten, told as a killing.
    block(r"\b(murdered|slaughtered|massacred|annihilated|destroyed|thrashed|hammered|killed) (them|us|him|her)( \S+){0,4} (in|at) the (final|semi ?final|semis|match|game|derby|league|cup|replay|tournament|playoffs?)\b"),
    block(r"\b(murdered|slaughtered|massacred|annihilated|destroyed|thrashed) (them|us)\b")
        .need_any(&["final", "match", "game", "shinty", "hurling", "football", "rugby", "league", "cup", "derby", "team", "tournament", "score", "season", "semis", "playoffs"]),
    // "in a fight with the insurance company": a dispute with an institution.
    block(r"\b(fights?|fighting|fought|battles?|battling|battled|war) (with|against) (the|his|her|their) (\S+ )?(insurance|insurers?|council|bank|company|tax office|taxman|benefits|government|agency|dwp|irs|ndis|va|courts?|school board|hoa|lender|mortgage company|airline)\b"),
    block(r"\b(hammered|slammed|smashed|buried|swamped|bombarded) (with|by|wi'|wi) (\S+ ){0,2}(tickets|fines|bills|deadlines|work|paperwork|emails|calls|orders|requests|questions|complaints|assignments|homework|exams|shifts|overtime|admin|fees|letters|debt|debts|invoices|jobs)\b"),
    block(r"\b(migraine|migraines|headache|headaches|back|neck|knee|knees|hip|feet|tooth|toothache|teeth|cough|cold|flu|arthritis|sciatica|period|cramps|pain|heat|commute|hangover)( (in|of|at|down in|up in|out in|on) (the )?\S+)? (is|are|was|were|'s|has been|have been|been) (absolutely |literally |really |sort of |kind of |kinda |sorta |just |honestly |totally |slowly )?(killing|murdering) (me|her|him|them)\b"),
    block(r"\b(was|were|is|are|be|been|'s|'re) (pure |absolute |total |basically |practically |just |sheer |a real |a total |an absolute |a )?(suicide|killer)\b")
        .not_after(r"^(attempts?|notes?|letters?|plans?|risk|watch|thoughts?|ideation|bombers?)\b"),
    block(r"\b(called|calls|calling) (the|it|that|his|her|this) (\S+ )?a (real |total |absolute )?killer\b"),
    // "her Da would have killed her for dropping out": a parent's anger imagined after the
    // fact, for a reason named.
    block(r"\b(mum|mom|mam|ma|mother|dad|da|father|parents|gran|granny|grandma|grandmother|nan|nana|grandad|granda)( \S+)? (would have|would've|'d have|'d've) (killed|murdered|strangled) (him|her|me|them|us) (for|if)\b"),
    // Skin-picking and nail-biting are BFRBs, not self-harm, unless done to hurt or to punish
    // oneself ("because she deserves it") (FORMATS §3).
    // "picking at the skin around her nails until they bleed": a body-focused repetitive
    // behaviour, not self-harm unless done to hurt (FORMATS §3).
    block(r"\b(picks?|picking|picked|bites?|biting|bit|chews?|chewing|chewed) (at )?(the |her |his |their |my )?(skin|cuticles?|nails?|fingernails?|scabs?|lips?|nail beds?|scalp)( (around|round|on|of) (her|his|their|my) (nails|fingers|cuticles|thumbs|fingertips))?( \S+){0,3} (until|till|til|'til) (they|it|the skin) (bleed|bleeds|bled|bleeding)\b")
        .not_after(concat!(affirmed_within!(), r"(to hurt|on purpose|to feel|to punish|deliberately|to calm|to cope|to release|to relieve|for relief|to numb|to stop|(she|he|i|they) (deserves?|deserved)|(as|for) (a )?punishment|punish\w* (herself|himself|myself|themselves)|(hates?|hated) (herself|himself|myself))\b")),
    block(r"\b(pick\w*|bit\w*|bites|chew\w*) (at )?(the )?(skin|cuticles|scabs|nails|lips)( around (his|her|their|my) (nails|fingers|thumbs))?\b").not_after(concat!(affirmed_within!(), r"(to hurt|on purpose|to feel|to punish|deliberately|(she|he|i|they) (deserves?|deserved)|(as|for) (a )?punishment|punish\w* (herself|himself|myself|themselves))\b")),
    // "He got a kidney from his brother": an organ or a lift, not a drug.
    block(r"\b(got|gets|received|receiving|had) (a|his|her|their) (kidney|liver|lung|heart|transplant|lift|loan|job|car) from\b"),
    // "Nil concerns re alcohol": no concern raised, so no use told; "his alcohol tag".
    block(r"\b(nil|no) (concerns?|issues?|problems?) (re|about|regarding|around|with) (alcohol|drinking|drugs|drug use|substances|substance use)\b"),
    block(r"\b(alcohol|sobriety|scram) (tag|monitor|bracelet|anklet)\b"),
    // "a scone that nearly killed her with nerves": a feeling's weight, not an act.
    // "the Sox are killing him this season", "the night feeds are absolutely killing her": a
    // plural subject wearing someone out (teams, chores, knees), not a killing.
    block(r"\b(are|'re|(they've|we've|you've|have) been) (absolutely |really |just |literally |totally |slowly |still |honestly )?killing (him|her|me|them|us)\b"),
    // "she'd twisted her ankle on the prom": a sprain, not a blow (a wrist twisted is left
    // to the harm verbs, since another may have twisted it).
    block(r"\b(twist|twists|twisted|twisting|sprain|sprains|sprained|spraining|rolled|turned|went over on) (her|his|my|their) (ankle|ankles|knee|knees|back)\b"),
    // "the new baby is killing him, up every two hours": a baby or a chore wearing a
    // parent out.
    block(r"\b(baby|newborn|toddler|twins|teething|night feeds|feeds|nights|colic|commute|job|workload|overtime|shifts|rota|revision|course|degree|dissertation) (is|'s|are|'re|has been|have been) (absolutely |really |just |literally |totally |slowly |still |honestly )?killing (him|her|me|them|us)\b"),
    // "the new housing rules are going to kill him": a burden said to be the death of
    // someone.
    block(r"\b(rules|bills|prices|rent|hours|shifts|deadlines|exams|feeds|stairs|knees|meetings|payments|fees|taxes|commute|mortgage|heat|hills|workload|overtime|paperwork|inspections|nights|early starts|twins|kids|stress|job|boss|rota|schedule|drive|weather) (are|is|'re|'s|will|'ll) (going to |gonna |gon na )?(be the death of|kill|finish off|finish) (him|her|me|them|us)\b"),
    // "alcohol level zero", "blood alcohol nil": a result, not a use.
    block(r"\b(blood |breath )?alcohol (level|reading|content|test|screen) (was |of |is |read |came back )?(zero|nil|negative|undetectable|none|clear)\b"),
    // "Scratches up both forearms. Paperclip.": fresh marks down both arms or legs, told as
    // a finding (old or healed ones are history).
    spec(C::SelfInjury, K::SelfHarm, r"\b(scratches|cuts|slashes|cut marks|scratch marks|lacerations) (up|down|on|across|along|all over) both (\S+ )?(forearms|wrists|arms|thighs|legs|shins)\b")
        .not_before(r"\b(old|healed|faded|white|silvery|historic|historical|previous|past)( \S+)?$")
        .not_after(r"^ ?(from|off|by) (the |a |an |his |her |their |our )?(\S+ )?(cat|cats|kitten|kittens|dog|dogs|puppy|brambles?|thorns?|fence|bush|bushes|roses?|garden|gardening|hedge|work|job|fall|bike|rugby|football|game|match|training)\b"),
    // "burned both hands and forearms when the boiler in his close went up", "burned his
    // hands in the house fire": an injury told with the accident that caused it.
    block(r"\b(burn\w*|burnt|scald\w*|cut|cuts|injur\w*|hurt)( \S+){0,5} (when|after|as|in) (the|a|an|his|her|their) (\S+ ){0,3}(boiler|fire|stove|oven|pan|chip pan|kettle|heater|engine|gas|explosion|blast|accident|crash|blaze|flames|wreck)\b"),
    // "the scratches on her hands are from the barn cats": an injury explained by its cause.
    block(r"\b(scratch\w*|cuts|marks|bruises|bruising|scrapes|grazes|nicks) (on|to) (his|her|their|my) \S+( \S+)? (are|were|is|was|came|come) (all )?(from|off) (the |a |his |her |their |some )?(\S+ )?(cat|cats|kitten|kittens|dog|dogs|puppy|brush|brambles?|thorns?|fence|fencing|climbing|rugby|football|netball|garden|gardening|roses|work|barbed wire|chickens|horse|hay|bales|line)\b"),
    // "Nana called because he yelled after she took his phone": a parent or grandparent
    // taking a young person's phone or keys is discipline, not a partner's control.
    block(r"\b(takes|took|taken|taking|keeps|kept|keeping) (away )?(her|his|their) (phone|keys|car keys)\b")
        .need_before(r"\b(mom|mum|mother|dad|father|parents?|guardian|grandma|granny|nana|nan|gran|grandmother|grandpa|grandfather|abuela|abuelo|foster (mum|mom|dad|carer|parents?)|teacher|teachers)\b"),
    // "beating his boy with a stick until he bleeds": the blood of the one beaten, not a
    // self-injury of the beater's.
    block(r"\b(until|till|til) (he|she|they) (bleeds|bled|bleed|is bleeding|was bleeding)\b")
        .need_before(r"\b(beat\w*|hit|hits|hitting|whip\w*|can(e|es|ed|ing)|slap\w*|punch\w*|kick\w*|flog\w*|thrash\w*|belt(s|ed|ing))( \S+){1,10}$"),
    // "Skipped Whiskey Row after": a street or a creek named after a drink is a place.
    // "the Bourbon Festival traffic", "the wine trail": a drink naming a place or an event.
    block(r"\b(whiske?y|beer|gin|rum|brandy|wine|vodka|tequila|moonshine|bourbon|brewery|cider) (row|street|alley|gulch|creek|hollow|flats|bottom|canyon|festival|fest|trail|county|country)\b"),
    // "My dad about killed me when I said I wanted to quit, I mean he just yelled through
    // supper": the speaker's own gloss takes the killing back as a figure of speech.
    block(r"\b(kill|kills|killed|killing|murder|murdered|murdering|strangle|strangled)( \S+){0,14}? (i mean|meaning|by that (i|he|she) mean[st]?) (he|she|they|it|mum|mom|dad) (just|only|basically|really) (yelled|shouted|screamed|hollered|lectured|went off|blew up|got mad|was mad|nagged|scolded|grounded|sulked|cursed|swore|complained|argued)\b"),
    // "high on it all week", "drunk on power": a feeling, not a substance.
    // "made pruno in a trash bag, got drunk on it": a drink or drug named before "it" is
    // what it is.
    block(r"\b(high|drunk) on it\b")
        .not_before(concat!(r"\b(", drugs!(), r"|pruno|hooch|homebrew|home brew|brew|moonshine|shine|mash|wash|bottle|jug|batch|stash|still)\b")),
    block(r"\b(high|drunk) on (life|success|adrenaline|love|power|victory|fame|pride|the (win|result|news|buzz|praise|music|moment|atmosphere))\b"),
    // "cut his hand on a bait knife", "burned her hand on the stove": an injury by accident.
    block(r"\b(cut|cuts|sliced|slices|nicked|gashed|burned|burnt|burns|scalded) (his|her|their|my) (\S+ )?(hand|hands|finger|fingers|thumb|foot|feet|leg|arm|palm|knee|shin|wrist|forearm) on (a|an|the|some|his|her|their) (\S+ )?(knife|blade|glass|fence|wire|nail|stove|oven|iron|pan|kettle|grill|machine|saw|tool|hook|can|tin|edge|rock|shell|propeller|winch|line|rope|hob|barbed|pot|tray|radiator|exhaust)\b")
        .not_after(concat!(affirmed_within!(), r"(on purpose|deliberately|intentionally|to (hurt|punish|feel) )")),
    // Hair-pulling is a BFRB, not self-harm, unless done to hurt (FORMATS §3); "says it's a
    // habit, not to hurt himself" says so.
    block(r"\b(pull\w*|pluck\w*|yank\w*|tug\w*|pick\w*|bit|bite|bites|biting|chew\w*) (out |at |off )?(his|her|their|my) (own )?(hair|eyelashes|lashes|eyebrows|brows|skin|scabs|nails|cuticles|cheeks?|lips?)( out)?( \S+){0,25}? (not|never|isn't|doesn't do it|don't do it|didn't do it) to (hurt|harm|punish) (himself|herself|themselves|myself|themself)\b"),
    block(r"\b(pull\w*|pluck\w*|yank\w*|tug\w*) (out |at )?(his|her|their|my) (own )?(hair|eyelashes|lashes|eyebrows|brows)( out)?\b")
        .own()
        .not_after(r"^(\S+ ){0,20}(hurt|hurts|on purpose|punish\w*|sting|stings|pain|deliberately|angry with (herself|himself|themselves|myself))\b"),
    // "totally killed her organic chem final": a performance done well.
    block(r"\b(kill|kills|killed|killing|smashed|smashing|nailed|crushed|crushing) (it|(her|his|their|my|the) (\S+ ){0,3}(final|finals|exam|exams|test|tests|presentation|interview|audition|set|gig|race|match|game|speech|essay|paper|routine|performance|solo|recital|pitch|quiz|midterms?|assignment|project|workout|pt test))\b"),
    // "her new drug" said of a hobby; "a bender of job applications": figures of speech.
    block(r"\b(calls?|called|calling) (it|them|that|this) (her|his|their|my) (new )?drug\b"),
    block(r"\bbenders? of (\S+ )?(job|jobs|applications|cleaning|tidying|baking|reading|gaming|studying|revision|shopping|work|paperwork|netflix|tv|crafting|knitting|sorting|decluttering|cooking|writing|exercise|running|productivity|organising|organizing)\b"),
    // "the older kids are driving her to drink": an exasperation, not drinking.
    block(r"\b(driv\w*|drove) (her|him|me|them|anyone|anybody|everyone|us|\S+) to (drink|the drink|drinking)\b"),
    // "What struck me today": a thought that came to someone.
    block(r"\b((what|it|this|that|something|one thing) )?struck (me|him|her|them|us) (as|that|today|was|most|about|how|then)\b"),
    block(r"\bwhat struck (me|him|her|them|us)\b"),
    // "we focused on her cravings for cristal since she moved back": a craving for a drug is
    // no use of it (a denied craving, "denies cravings for meth", is left to be read as a
    // denial).
    block(concat!(r"\b(cravings?|craves|craved|hankering|hankerings) (for|of) (the |her |his |their )?(\S+ )?", drugs!(), r"\b"))
        .not_before(r"\b(no|denies|denied|deny|denying|without|nil|any|not|never|zero|minimal)( \S+){0,2}$")
        // "cravings for meth and used twice": the craving gave way to use.
        .not_after(r"\b(used|using|uses|relapsed|drank|drinking|drinks|smoked|smoking|took|taking|gave in|giving in|picked up|caved|slipped|lapsed|high)\b"),
    // A craving is no use: "gagging for a pint most evenings".
    block(r"\b(gagging|dying|desperate|itching|aching|longing|gasping) for (a|an|some|one) (\S+ )?(pint|drink|beer|bevvy|bevvie|smoke|fag|cigarette|glass|dram|whisky|wine|line|hit)\b"),
    block(r"\b(nearly |almost |practically )?(killed|kills|killing) (her|him|me|them|us) with (nerves|embarrassment|laughter|worry|stress|anxiety|kindness|boredom|the stress|the nerves)\b"),
    // "said he'd murder a proper curry", "could kill a pint": a craving for food or drink.
    block(r"\b(murder|murdering|kill|killing) (a|an|for a|for an) (\S+ )?(curry|pint|brew|cuppa|tea|coffee|burger|kebab|pizza|sandwich|fag|smoke|roll|butty|chippy|takeaway|steak|beer|drink|pie|fry|fry up|fry-up|biscuit|bacon|whiskey|whisky|toddy|wine|glass|chocolate|ice cream|nap|sleep|lie-in|lie in|holiday|break|day off)\b"),
    // "the paperwork would drive a saint to drink", "enough to drive anyone to drink": an
    // idiom of exasperation; "blackout blinds", "a blackout plan for the donga": darkness.
    block(r"\b(drive|drives|driving|drove) (a saint|anyone|anybody|me|you|her|him|them|us|someone|somebody|a man|a woman|a person|the best of us|a vicar|a nun) to (drink|drinking)\b|\bblackout (blinds?|curtains?|plans?|periods?|dates?|tape|screens?|lining|masks?)\b"),
    // "he said no, never, he'd cut his own hand off first": a vow that he would never.
    block(r"\b(i'd|he'd|she'd|they'd|would|'d) (sooner |rather |just )?(cut|chop) (my|his|her|their) (own )?(hands?|arms?|legs?|tongue|fingers?) off\b"),
    // "the number for the overdose loss support group": a service or a loss, no act.
    block(r"\boverdose (loss|bereavement|awareness|prevention|support|response|reversal|kits?|crisis|epidemic|training|team|group|service|services|line)\b"),
    // "flat out like a lizard drinking" (busy), "cut ties with her mum's side": idioms.
    block(r"\bflat out like a lizard drinking\b|\b(cut|cuts|cutting) (off )?(all )?(ties|contact|links)\b"),
    // "abuse and suicide screens negative": screens named together with a negative result
    // (before the block of "suicide screens" alone, which would take its words first)
    // are no mention of the risks screened for (the memo's own answers say what was found).
    block(r"\b(abuse|suicide|suicidal|si|hi|homicide|self-harm|self harm|substance|substance use|drug|alcohol|safety|risk|dv|ipv|violence|elder abuse|neglect)( and | or |, )(abuse|suicide|suicidal|si|hi|homicide|self-harm|self harm|substance|substance use|drug|alcohol|safety|risk|dv|ipv|violence|elder abuse|neglect) (screens?|screenings?|screeners?)( were| was| are| is| came back| both| all)? (negative|neg|clear|unremarkable|clean|normal)\b"),
    block(r"\b(suicide|suicidal) (loss|survivors?|bereavement|risk (assessment|screen\w*)|screen\w*|crisis|lifeline|squeeze|squad|sprints?|drills?)\b"),
    block(r"\b(relapse|relapses) (triggers?|warning|signs|plan|risk)\b"),
    // "understands the risk of relapse if he stops": a relapse weighed as a possibility is
    // no relapse (the memo's answers tell current use).
    block(r"\b(risk|risks|chance|chances|danger|likelihood|odds|threat|fear|fears|worry|worries|worried|afraid|scared|possibility) (of|about|for) (a |another |possible |future |any )?(relapse|relapsing|lapse|lapsing)\b"),
    // "the health office at the mezcal distillery", "works the whisky warehouse": a drink
    // naming a workplace, a trade or a shop is no drinking.
    block(r"\b(mezcal|tequila|whisky|whiskey|wine|beer|cider|rum|vodka|gin|sake|brandy|cognac|bourbon|rakija|rakia|palinka|baijiu|soju|liquor|spirits|brewing|craft beer) (distillery|distilleries|brewery|breweries|winery|wineries|vineyards?|factory|factories|plant|company|warehouse|bottling plant|bottling line|cellars?|estate|tasting room|business|trade|industry|rep|sales rep|salesman|saleswoman|delivery|deliveries|truck|lorry|labels?|distributor|distribution|wholesaler|exporter|importer)\b"),
    // "I'm driving back over the Bridge so bear with me": the dictating clinician on the
    // road, and a bridge crossed, not a drop (an edge or a railing keeps its reading).
    block(r"\b(i'm|i am|i was|i've been|we're|we are) (just |currently |now |still )?(driving|walking|heading|crossing|going|coming|cycling|riding) (back |home |across |right |out )?(over|across) (the|a|that) (\S+ )?(bridge|overpass|causeway|river|bay|pass)\b")
        .not_after(r"^ ?(railing|rail|rails|edge|side|barrier|parapet|guardrail)\b"),
    // "insomnia and fear after the strike on Saltivka": a missile or air strike on a place
    // is war news (its fear is told by its own words), not the client's violence.
    block(r"\b(the|a|that|this|last|latest|recent|night|nightly|overnight|missile|air|drone|rocket|artillery|military|enemy|russian|israeli|american|nato) (missile |air |drone |rocket |artillery )?(strike|strikes|airstrike|airstrikes) (on|in|at|against|near|hit|hitting)\b")
        .not_after(r"^ ?(him|her|them|me|us|his|(the|a) (guard|officer|nurse|boy|girl|kid|child|man|woman|teacher|inmate|picket|picket line))\b"),
    block(r"\b(warning|early) signs\b"),
    // Everyday idioms: "could murder a pint" (a wish for a drink), "shoot me an email",
    // "career suicide".
    block(r"\bmurder (a|an|some) (pint|curry|burger|pizza|kebab|coffee|cuppa|brew|drink|beer|sandwich|takeaway|fry up|roast)\b"),
    // "His wife about killed him when he backed the truck into the sign": anger at what the
    // one "killed" did ("nearly killed her when he pushed her" has the killer act).
    block(r"\b(about|nearly|almost|like to|liked to|could have|could've|coulda) (killed|kill) (him when he|her when she|me when i|them when they) "),
    // "this heat is fixing to kill them both", "the jam at Jalan Sultan Badlishah killing
    // her every morning": weather, traffic, work or a chore as the killer is hyperbole.
    block(r"\b(heat|humidity|cold|weather|traffic|jam|commute|drive|shift|shifts|overtime|exams?|homework|deadlines?|bills|rent|prices|exercises|physio|stairs|noise|paperwork|fasting|puasa|chemo|diet|hills?)( [a-z']+){0,4} (is |are |was |were |'s |been )?([a-z']+ )?(killing|kill|kills|killed) (me|him|her|them|us)( both| all)?\b"),
    // "looking forward to harvesting his miraa in the Nyambene hills": a crop farmed.
    block(r"\b(harvest\w*|grow|grows|growing|grew|farm\w*|plant\w*|pick|picks|picking|picked|prun\w*|tend\w*|weed\w*) (his |her |their |the |my )?(\S+ )?(miraa|khat|qat|muguka|coca|poppy|poppies|tobacco|hops)\b"),
    // "He got written up at the gin": the cotton gin is a workplace in the American South.
    block(r"\b(work|works|worked|working|job|shift|written up|fired|hired|foreman|boss|hauling|runs|ran)( \S+){0,3} (at|from|down at|out at) the (cotton )?gin\b"),
    // "he only gets \"high blood\" when the neighbors play videoke": Philippine and Caribbean
    // English for anger or blood pressure.
    block(r"\b(\x22 )?high blood( \x22)?( pressure)?\b"),
    // "she's cut right back on wine to one glass on Saturdays": cutting back is less use, not
    // a return to it ("back on the wine").
    block(r"\b(cut|cuts|cutting|scaled|scales|scaling|scale|pulled|pulls|pulling|eased|easing) (right |way |well |a lot |a bit |a little |way way )?back on\b"),
    // "She say her heart cut since the rains came": West African English for grief
    // ("heart cut", heartbroken), no wound.
    block(r"\b(my|her|his|their|your|the) heart (is |was |been |don |done |just )?(cut|cuts|cutting)\b"),
    // "I shared my own relapse story": the clinician's self-disclosure, not the client's use.
    block(r"\b(shared|share|told|tell|telling|disclosed|disclosing|mentioned|used|using) (\S+ )?(about )?my own (relapse|recovery|addiction|drinking|using|sobriety) (story|history|experience|journey)\b"),
    // "review with Dr. Aziz next visit about slowly stopping the pills": tapering a
    // prescription is a treatment plan, no abstinence from a drug (or use of one).
    // Not "she's thought about stopping her meds on purpose": a wish to stop treatment.
    block(r"\b(about|discuss|discussed|discussing|review|reviewed|reviewing|plan|planned|planning|talk about|talked about) ((slowly|gradually|safely) (stopping|coming off|reducing)|tapering|weaning off) (the|her|his|their|my) (\S+ )?(pills|tablets|medication|medications|meds|sleepers)\b")
        .not_before(r"\b(thought|thinking|thinks|think|fantasi\w*|considered|considering|wants?|wanted|tempted)( \S+){0,2}$"),
    block(r"\bshoot (me|us|him|her|them) (an?|the|over an?) (email|text|message|line|note|dm|invite|link)\b"),
    // "threatened to shoot up the bus": a place shot up is no drug injected (the threats to
    // shoot up a school or an office are read as such elsewhere).
    block(r"\b(shoot|shoots|shooting|shot) up (the|a|an|that|this|those|these|our|your) (\S+ )?(bus|buses|train|car|truck|van|house|street|block|neighbou?rhood|town|game|field|gym|cafeteria|canteen|bar|pub|restaurant|yard|playground|park|stadium|court|fair|rally|parade|wedding|funeral|market)\b"),
    block(r"\b(career|social|political|commercial|electoral|financial|professional) suicide\b"),
    block(r"\bdead in the water\b"),
    // Work and chores: "helping his uncle with the cane cutting", "wood cutting": a cutting
    // named by its crop, material or plant is no self-injury, and no net reading of "cutting"
    // overrules it (a verb with its object, "he cutting grass", is left to the other words).
    block(r"\b((cane|sugarcane|sugar cane|grass|wood|firewood|timber|hair|hedge|hedges|lawn|tree|trees|paper|coupon|ribbon|cake|onion|onions|vegetable|vegetables|meat|fabric|cloth|stone|tile|tiles|glass|key|keys|metal|steel|wire|brush|bush|log|logs|turf|peat|diamond|rice|wheat|hay|corn|tobacco|grapes|flowers?) (cutting|cutter|cutters))\b"),
    // Trauma imagery of a place on fire ("sees his compound burning again when he closes his
    // eyes"): a memory of the place, no act of the client's.
    block(r"\b(his|her|their|the|my|our) (compound|village|house|home|homes|houses|hut|huts|town|farm|church|school|shop|market|neighbourhood|neighborhood) (burning|burnt|burned|on fire|in flames)\b"),
    // Scheduling: "y'all can put her down for a Tuesday".
    block(r"\bput (her|him|them|me|us|you) down for (a|an|the|next|this|another|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"),
    // Nutrition, not alcohol: "talked through drinking more and eating lunch", "eating and
    // drinking well", "drinks very little water".
    block(r"\b(eat\w*|ate|food|meals?) and drink\w*\b")
        .not_after(r"^(heavily|hard|too|a lot|lots|to excess|excessively|all|every|most|again|more than|alcohol|beer|wine|spirits|vodka|a six|six|a few|a couple|cans?|tins?|pints?|lager|cider|whiske?y|rum|gin|bottles?)\b")
        // "skipping meals and drinking a six-pack": drink in place of food is no nutrition.
        .not_before(r"\b(skip\w*|miss\w*|instead of|no|without|stopped|not)$"),
    block(r"\bdrink\w* (more|enough|plenty|regularly|properly|well)( of)?( water| fluids)? and (eat\w*|ate)\b"),
    block(r"\bdrink\w* (very |so |too )?(little|more|less|enough|plenty|lots|a lot|a great deal|a good deal|loads|tons|heaps|a ton)( of)? (water|fluids?|tea|coffee|juice|milk|squash|soda|sodas|pop|cola|energy drinks?)\b"),
    // "Wanting his death to be peaceful and at home": the manner of a dying person's death
    // (palliative care), not a wish to die.
    block(r"\b(death|passing|dying|end) to be (peaceful|painless|quick|calm|gentle|dignified|comfortable|at home|pain free)\b"),
    // "when the time comes she wants to die in her own bed, not here": where a dying person
    // wants to die (a preferred place of death, palliative care), not a wish to die. Not "in
    // her sleep", the classic passive wish (C-SSRS 1).
    block(r"\b(want|wants|wanted|wanting|wish|wishes|hope|hopes|hoping|prefer|prefers|would like|'d like|plans?|chose|chosen|choose|chooses) to die (at home|in (her|his|my|their|your) own (bed|home|house|room)|in (a |the )?hospice|in (the |a )?hospital|surrounded by|with dignity|peacefully at home|with (her|his|their) family around)\b"),
    // An event someone else died in: "first on scene at a murder-suicide".
    block(r"\bmurder ?-? ?suicides?\b"),
    // "every twinge feels like a death sentence": a figure of speech for a feared illness.
    block(r"\b(like|as|felt|feels|feel|seemed|seems|sounded|sounds) (like )?(a |his |her |my )?death sentences?\b"),
    // "the inspections got pushed back": postponed, no push.
    block(r"\b(got|gets|get|getting|been|was|were|be|being|is|are|keeps? (getting|being)) pushed back( (to|until|till|by|again|another|a (week|month|day|year|few)|indefinitely|twice|several|because|since|and|due)\b|$| ?[.,;])"),
    // "There's been a lot of drinking in the village since the funeral": drinking of a place,
    // "her flatmate's been getting her dexies", "a mate gives him oxys": a friend or a relative
    // supplying a prescription drug is diversion, misuse whoever holds the script.
    spec(C::Misuse, K::SubstanceUse, r"\b(friend|mate|flatmate|roommate|housemate|cousin|brother|sister|boyfriend|girlfriend|classmate|teammate|coworker|colleague|dealer)('s| has| is| was)? (been )?(getting|gets|got|giving|gives|gave|selling|sells|sold|slipping|slips|slipped|passing|passes|passed|supplying|supplies|supplied|bringing|brings|brought) (her|him|them) (some |extra |spare |his |her |their |the )?(dexies|addies|adderall|ritalin|vyvanse|dexamphetamine|amphetamines?|modafinil|xanax|valium|diazepam|oxys?|oxycodone|percocets?|benzos|painkillers|bars|tramadol|codeine|diet pills|diet capsules)\b"),
    // no one's in particular.
    block(r"\bthere('s| is| was| has| had|'s been| has been| had been| have been) (a lot of|lots of|plenty of|loads of|heavy|some|much|more) (drinking|drug use|drugs|fighting|violence)( \S+){0,3} (in|at|around|across|on|among) (the|his|her|their|that|this) \S+"),
    // A prescription drug bought off the street or from someone: misuse (FORMATS §3).
    // "Last drink was eight months ago": a last use months or years back is abstinence
    // since (a recent one, "last drink this morning", is read as use elsewhere).
    spec(C::Abstinence, K::SubstanceUse, r"\blast (drink|drinks|drank|used|use|drug use|using|hit|line|pill|joint|smoke|drinking)( was| were)?( \S+){0,3} (months?|years?) ago\b"),
    spec(C::Abstinence, K::SelfHarm, r"\blast (self harm|self harmed|cut|cutting|episode of self harm|burn|burned|burning)( was| were)?( \S+){0,3} (months?|years?) ago\b"),
    spec(C::Misuse, K::SubstanceUse, r"\b(buying|bought|buys|buy|scoring|scored|scores|getting|got|gets) (some |extra |more )?(xanax|valium|diazepam|alprazolam|oxycodone|hydrocodone|oxy|oxys|percocets?|vicodin|adderall|addies|ritalin|vyvanse|dexamphetamine|dexies|modafinil|tramadol|codeine|morphine|fentanyl|gabapentin|pregabalin|lyrica|klonopin|clonazepam|ativan|lorazepam|benzos|pills|tablets|painkillers|sleeping (pills|tablets)) (off|from) (the street|a dealer|dealers|someone|somebody|people|online|the (internet|dark web)|(a|his|her|their) (friend|mate|guy|dealer|teammate|classmate|coworker|co worker|colleague|cousin|brother|sister|neighbou?r|flatmate|roommate|housemate|contact)|\S+'s (friend|mate|cousin|brother|sister|boyfriend|girlfriend|dealer|contact))\b"),
    // "taking the tramol every day now, the red ones from the marché": a prescription opioid
    // or sedative taken from a market stall or the street (West African tramadol, "tramol")
    // is misuse.
    spec(C::Misuse, K::SubstanceUse, r"\b(tak\w*|took|us\w*|on|buy\w*|bought|get\w*|got|swallow\w*|pop\w*)( the| some| his| her)? (tramadol|tramol|tramal|tapentadol|codeine|pregabalin|lyrica|diazepam|valium|rivotril|benzos|painkillers)( \S+){0,10}? (from|at) the (market|march\S*|kiosk|roadside|motor park|bus station|chemist boys)\b"),
    // "taking Lyrica from a pharmacy without prescription", "pregabalin and tramadol misuse":
    // a prescription drug had with no prescription, or its misuse named, is misuse (FORMATS §3).
    // "takes Xanax that isn't prescribed to him", "a couple of Xanax, not prescribed": a
    // prescription drug said not to be the client's prescription is misuse (DSM-5).
    spec(C::Misuse, K::SubstanceUse, r"\b((is|was|are|were) not|isn't|wasn't|aren't|weren't|not|never been|never) prescribed( (to|for) (him|her|them|me|the client))?\b")
        // "he was never prescribed anything", "Xanax was not prescribed, the GP refused": a
        // prescription refused or never given is no drug taken.
        .not_before(r"\b(was|were|is|are|been|be|get|got|gets|being)( \S+){0,2}$|\b(xanax|valium|diazepam|klonopin|ativan|adderall|oxycodone|tramadol|codeine|benzos|painkillers|opioids|it|they|these|those)$")
        .need_any(&["xanax", "valium", "diazepam", "alprazolam", "oxycodone", "hydrocodone", "oxy", "oxys", "percocet", "percocets", "vicodin", "norco", "adderall", "ritalin", "vyvanse", "modafinil", "tramadol", "tramal", "codeine", "morphine", "fentanyl", "gabapentin", "pregabalin", "lyrica", "klonopin", "clonazepam", "ativan", "lorazepam", "benzos", "painkillers", "opioids", "xans", "bars", "percs", "addies"]),
    // "pops a couple of Xanax to get through the day": a pill drug "popped" is taken at will,
    // as no prescription is taken.
    spec(C::Misuse, K::SubstanceUse, r"\b(pops?|popping|popped)( a couple of| a couple| a few| some| two| three| four| \d+| a handful of| handfuls of| his| her| their| my)? (xanax|xannies|xans|xanny bars|bars|valium|vallies|klonopin|ativan|oxy|oxys|oxycodone|oxycontin|percocets?|percs|perkies|vicodin|norco|tramadol|tramal|adderall|addy|addies|benzos|codeine|molly|ecstasy|pingers|roxies|roxys|blues|m30s)\b"),
    // "Takes lean on weekends": codeine syrup taken, not only sipped.
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(takes|taking|took|take|doing|does|did|do|on|into|hooked on) (the )?(lean|purple drank|sizzurp|syrup and sprite)\b")
        .not_after(r"^ ?(on (him|her|them|me|us|people|friends|family|others|each other|someone|somebody|anyone|the (wall|table|door|fence|rail|counter|bar))|against|in|into|forward|back|over|towards|toward|to the|left|right)\b"),
    spec(C::Misuse, K::SubstanceUse, r"\bwithout (a |any |the )?(prescription|script|rx)\b")
        .need_any(&["xanax", "valium", "diazepam", "alprazolam", "oxycodone", "hydrocodone", "oxy", "oxys", "percocet", "percocets", "vicodin", "adderall", "ritalin", "vyvanse", "modafinil", "tramadol", "tramal", "codeine", "morphine", "fentanyl", "gabapentin", "pregabalin", "lyrica", "klonopin", "clonazepam", "ativan", "lorazepam", "benzos", "painkillers", "opioids", "capsules", "pills", "tablets", "strips"]),
    spec(C::Misuse, K::SubstanceUse, r"\b(prescription|pregabalin|lyrica|tramadol|tramal|opioid|opiate|benzodiazepine|benzo|painkiller|codeine|gabapentin|stimulant|adderall|xanax|oxycodone|sedative|sleeping pill|medication) (and \S+ )?(misuse|abuse|overuse)\b"),
    // "alcohol use in early remission", "substance use in remission by his account": the
    // DSM-5 course specifier, months with no use.
    spec(C::Abstinence, K::SubstanceUse, r"\b(alcohol|substance|drug|cannabis|opioid|cocaine|stimulant|methamphetamine|meth|heroin)( use)?( disorder)?,? (is |now |currently )?(now )?(in (early |sustained |full |partial )?remission|(early|sustained|full|partial) remission)\b"),
    // Supplements bought online are no misuse.
    block(r"\b(taking|takes|took|using|uses|used) (vitamins?|supplements?|protein( powder)?|melatonin|herbal \S+|fish oil|magnesium|iron tablets|probiotics|creatine|cbd oil|multivitamins?)\b"),
    // Running or selling drugs is a crime or a risk of exploitation, not use.
    block(r"\b(run|runs|running|ran|sell|sells|selling|sold|deal|deals|dealing|dealt|carry|carrying|carried|move|moving|moved|deliver\w*|courier\w*|traffick\w*|smuggl\w*) (drugs|weed|gear|coke|cocaine|heroin|crack|county lines)\b"),
    // "he'd give it a crack this week", "the routine's worth a crack": an attempt at
    // something, not the drug.
    block(r"\b(give|gives|gave|giving|given|have|has|had|having|take|takes|took|taking|worth|get|got|another|first|fair|good|proper) (it |this |that )?(a |another |one more |first |fair |good |proper )?crack( at| this| next| on| with| again| tomorrow|$| ,| \.)"),
    // "I'll crack on", "up at the crack of dawn", "cracked up laughing": getting on with
    // something, the dawn, laughter.
    // "washing his hands till they crack", "her lips cracked": the verb of split skin, and
    // the weight a fighter or a wrestler cuts to make a class.
    block(r"\b(till|until|so|and) (they|it|the skin|(his|her|their|my) (hands|skin|lips|knuckles|fingers|heels)) (crack|cracks|cracked)\b|\b(hands|skin|lips|knuckles|fingers|heels|skin's|lips are|hands are) (crack|cracks|cracked|cracking)\b|\b(weight cutting|cutting weight|cut weight|cuts weight|making weight|make weight)\b"),
    // "the beer-league hockey suspension": a recreational league; "the stalking season",
    // "deer stalking": hunting deer on foot.
    block(r"\b(a|the) sober (talk|conversation|chat|discussion|look|reflection|assessment|reminder|truth)\b|\bbeer (league|leagues)\b|\b(deer|stag|hind) stalking\b|\bstalking (season|seasons|days?|party|parties|guide|ghillie|estate|rifle|deer|stags?|hinds?)\b"),
    // "a little bowl with a crack in it", "the crack is where Frank used to be": a split in a
    // thing, not the drug.
    block(r"\b(a|the|little|small|tiny|big|long|hairline|with a) crack (in|on|across|down|through|along|where)\b|\bcrack (is|was) where\b"),
    block(r"\b(crack|cracks|cracked|cracking) on( with| and| ,| \.| '| \x22| ;|$)|\bcrack of (dawn|the whip)\b|\b(crack|cracks|cracked|cracking) (up|a joke|jokes|a window|the window|the code|the case|an egg|eggs)\b"),
    // "wants to throw her badge at the next manager", "threw in the towel": quitting.
    block(r"\b(throw|throws|threw|throwing|chuck|chucks|chucked|chucking|fling|flung) (her|his|my|their|the) (badge|lanyard|resignation|notice|id card|apron|uniform|hard hat|keys to the \S+|towel|notebook in)\b"),
    // "drinking a whole pot of coffee and a Mountain Dew just to stay up": a soft drink by the
    // container.
    block(r"\b(drink|drinks|drinking|drank)( a| the| his| her| two| three)?( whole| full| big| large| entire| extra)? (pot|pots|cup|cups|mug|mugs|jug|carafe|can|cans|bottle|bottles|gallon|litre|liter|glass|glasses|thermos|flask) of (coffee|tea|water|soda|pop|juice|milk|mountain dew|coke|cola|energy drinks?|red bull|monster|lemonade|gatorade|kombucha|chai|squash)\b"),
    // "rewarding sober moments", "reward the sober days" (CRAFT, the family's programme): the
    // drinker's sober times the family praises are not the client's abstinence.
    block(r"\b(reward\w*|prais\w*|notic\w*|celebrat\w*|reinforc\w*) (the |his |her |their )?sober (moments?|days?|nights?|behaviou?rs?|times?|weekends?|periods?)\b"),
    // "she can't touch them without her hands needing washed": contamination fear (OCD), no
    // violence.
    block(r"\b(can't|cannot|can not|couldn't|won't) (touch|handle|hold) (them|it|the \S+|door handles|doorknobs)( without| unless| until)\b"),
    // "the first time he'd believed the symptoms can't hurt him": panic symptoms that cannot
    // harm the client, the lesson of panic treatment.
    block(r"\b(symptoms?|panic|anxiety|feelings?|sensations?|attacks?|heart racing|thoughts?) (can't|cannot|can not|won't|will not|don't|do not) (hurt|harm|kill) (him|her|them|me|you)\b"),
    // "He chose to drink kissangua at the funerals instead": the drink chosen in place of
    // alcohol.
    block(r"\b(chose|chooses|choose|decided|decides|will|\S+'ll|plans|planned|going) (to )?drink (\S+ ){1,4}instead\b"),
    // "getting your license back after it lapsed", "let his insurance lapse": a document or
    // cover run out, not a relapse.
    block(r"\b(license|licence|licenses|licences|insurance|membership|subscription|passport|visa|registration|permit|policy|contract|certification|certificate|lease|coverage|cover|prescription|script|medicaid|medicare|tags|card|benefits|green card|papers|accreditation)( \S+){0,6}? (lapsed|lapses|lapse|lapsing)\b"),
    // "he feels he is being pushed out after fifteen years": eased out of a job or a group.
    block(r"\b(being|been|getting|got) (pushed|forced|squeezed|edged|eased|frozen) out( of (the|his|her|their|a) (job|company|role|position|team|business|firm|bank|work|department|band|group|practice|school|club|church|committee|board|office))?( [,.;:!?]| after| by (the|his|her|their) (new |)?(boss|manager|oga|management|company|board|director|owner|supervisor|principal)|$)"),
    // "a list of what he'll drink instead, like li hing mui lemonade": the soft drink that
    // stands in for alcohol.
    block(r"\b(what|something|things|anything)( \S+){0,3} (drink|drinks) instead\b"),
    // "laid off from the cider works", "stood in the cider barn", "the whisky distillery":
    // a drink naming a workplace or building.
    // "quit the coffee crowd at the gin", "telehealth from his truck at the gin": a cotton gin,
    // a workplace (not "been at the gin", the British idiom for drinking it).
    block(r"\b(at|by|from|near|behind) the gin\b")
        .not_before(r"\b(been|was|were|is|are|'s|gets?|got|getting|back|again|into|hit|hitting|on|drinking|drunk)$"),
    block(r"\b(cider|beer|wine|whiske?y|gin|rum|vodka|brewery|ale|lager|hop|hops|vineyard|distillery|bottling|malt) (works|office|offices|crew|lot|factory|plant|barn|shed|farm|orchard|press|mill|company|co|warehouse|depot|yard|cellar|estate|shop|store|tour|festival|fest|trade|industry|business|making|maker|makers|production|label|labels|plant's|firm)\b"),
    // FORMATS §4.6: "dying to know".
    block(r"\bdying (to (tell|know|see|go|meet|try|get|hear|find|show|start|have|do|visit|ask|read|watch|eat|play|open|share|talk|move|leave|come|join|catch|hug|introduce|learn|hold)|for (a|an|some) \S+)\b"),
    // FORMATS §4.6: "hammered with deadlines"; blackout blinds; drinking someone's health.
    // ("hammered at the party" is drink: only a place or a load of work is blocked.)
    block(r"\bhammered( \S+){0,4} with (\S+ )?(shifts|work|deadlines|orders|emails|calls|jobs|paperwork|customers|bookings|overtime|referrals|cases)\b"),
    block(r"\bhammered (at|with|by) (work|deadlines|emails|calls|questions|requests|orders|jobs|paperwork|the (office|job|shop|factory|warehouse|hospital|school|depot|yard|site|desk))\b"),
    block(r"\bblackout (blinds?|curtains?|shades?|periods?|dates?|poetry|lining)\b"),
    block(r"\b(drink|drank|drinking|drinks) (to )?(his|her|their|the \S+'s|\S+'s) health\b"),
    // Similes of a blow ("felt like being kicked by a horse") and a medical close call ("he
    // nearly died in the ambulance") are no violence and no ideation.
    block(r"\blike (being )?(kicked|hit|punched|struck|run over|stabbed|knocked down|flattened|thumped|mowed down) (by|with) (a|an|the) (\S+ )?(horse|mule|truck|bus|train|lorry|donkey|sledgehammer|hammer|brick|bricks|cow|car|tank|steamroller)\b"),
    block(r"\b(nearly|almost) died (in|on|during|at) (the )?(ambulance|theatre|operating|surgery|icu|intensive care|resus|hospital|birth|labour|delivery|table|scene)\b"),
    block(r"\boverdose (warnings?|information|advice|leaflets?|risk|instructions|limits?|labels?|symptoms)\b"),
    block(r"\b(choked|choking|choke) (up|back)\b"),
    block(r"\b(vet|vets|veterinarian)( \S+){0,2} put (down|to sleep)\b"),
    block(r"\bput (down|to sleep) (the|his|her|their|our|my) (old |\S+ )?(dog|cat|horse|pony|heeler|collie|pet|animal|puppy|kitten|rabbit|ewe|cow|lamb)\b"),
    // FORMATS §4.6: "overdose of homework".
    block(r"\b(an )?(overdose|overdosed|overdosing|od'd) (of|on) (\S+ )?(tv|telly|television|homework|work|sugar|chocolate|sweets|candy|caffeine|coffee|netflix|screen time|news|information|sun|sunshine|christmas|football|telly|meetings|emails|paperwork|appointments|revision|exams|social media|carbs|cake)\b"),
    block(r"\b(soft|fizzy|energy|sports|hot|cold|sugary|protein|isotonic) drinks?\b"),
    block(r"\bdrinks (rider|reception|trolley|party|machine|menu|list|order|cabinet|fridge|table|vouchers?|tokens?|break)\b"),
    // "stop biting everyone's head off": snapping at people, no bite.
    block(r"\b(bit|bite|bites|biting|bitten) ((his|her|their|my|your) )?(\S+'s|his|her|their|my|your|people's|everyone's|everybody's|someone's|somebody's) heads? off\b"),
    // A cotton gin is a workplace in the US South ("on lunch break at the gin").
    block(r"\b(cotton gin|(works?|working|worked|job|shift|break|lunch) (at|in) the gin)\b"),
    // "a cost-benefit of getting back at somebody": a decisional balance names its topic.
    block(r"\b(cost[- ]benefit|costs and benefits|pros and cons|decisional balance)( analysis| grid| exercise)? (of|on|for|around|re|about) (\S+ ){0,2}(getting back at|going after|fighting|revenge|hitting|retaliat\w*|payback)( \S+)?\b"),
    // Scratching an itch, a bite or one's head is no injury (FORMATS §3: not skin-picking
    // either, unless done to hurt).
    block(r"\bscratch\w* (at )?((a|an|the|my|his|her|their|your) )?(\w+ )?(bites?|itch\w*|rash|scalp|head|chin|beard|nose)\b"),
    // Medical injections and "give it a shot" (FORMATS §4 rule 6: "booster shot").
    block(r"\b((booster|flu|covid|vaccine|vaccination|allergy|b12|insulin|cortisone|steroid|tetanus|hepatitis|depo|fertility|botox|rabies) shots?|(give|gave|giving|gives|given) (it|this|that|them) a (shot|go)|a shot at)\b"),
    // "takes all his meds as prescribed", "takes all her pills every morning", "takes all her
    // blood pressure pills in the morning": one's own medicine taken by routine is adherence,
    // not an overdose (unless thought of as one: "thinks about taking all her pills every
    // night"). A time of day marks a routine only in the present of habit (a past "took all
    // her pills in the morning" is not read here).
    block(concat!(r"\b((takes|take|taking|took|taken|swallows) ", own_medicine!(), r"(as prescribed|as directed|every (morning|night|evening|day)|each (morning|night|evening|day)|daily|with (food|breakfast|dinner|meals|water)|on time|regularly|religiously)|(takes|take) ", own_medicine!(), r"(in the (morning|evening)s?|at (night|bedtime|breakfast|lunch|dinner|tea)))\b"))
        .not_before(r"\b(think\w*|thought|thoughts|want\w*|wish\w*|urges?|plan\w*|could|would|'d|'ll|will|going to|gonna|about|of|consider\w*|tempted|imagin\w*|pictur\w*|fantasi\w*)( \S+){0,3}$"),
    // "dead even" (a tie), not "see him dead even if I have to wait years".
    block(r"\bdead (tired|serious|set|last|wrong|end|ringer|weight|broke|beat|center|on|asleep|giveaway|heat|silent|quiet|even)\b")
        .not_after(r"^(if|though|when|after|before)\b"),
    // "I'm dead" (laughing, worn out); not a threat to kill said to someone ("told her she's
    // dead if she leaves", "texted her 'you're dead'": `acts`).
    block(r"\b(i'm|she's|he's|you're|we're|im) dead\b")
        .not_after(r"^(if|unless|once|meat)\b")
        .not_before(r#"\b(told|tells|texted|texts|sent|sends|said|says|saying|messaged|screamed|shouted|yelled|warned|wrote|posted)( \S+){0,2}( ?")?$"#),
    // "pulling a drunk driver out of a wreck": the drunk one is the person named after it.
    block(r"\b(a|an|the|some|two|three) drunk (driver|drivers|man|men|guy|guys|woman|women|passenger|passengers|patron|patrons|customer|customers|neighbou?rs?|kid|kids|teenagers?|lads?|blokes?|fans?|tourists?|strangers?|punters?|students?|people)\b"),
    // "the grandkids are killing her with all their energy", "his son is going to kill him
    // with the tuition bills": a strain said as a killing by someone's demands; never a
    // weapon or bare hands after "with".
    // "the new gaffer is trying to kill you with overtime": any demand named after "with".
    // "if his cousin comes again he will kill him with the shibriyeh": a threat tied to a
    // condition is meant, whatever is named after "with".
    // "'I told my brother-in-law I would kill him with the escopeta'": the speaker's own
    // killing of another, told in the first person, is a threat whatever is named after
    // "with" (a strain is put on the speaker by others, not by the speaker on them).
    block(r"\b(kill|kills|killing|murder|murdering) (him|her|me|them|us|you) with\b")
        .not_before(r"\bif\b.* (he|she|they) (will|would|is going to|is gonna|gonna)$|\bif\b.* (he'll|she'll|they'll|he'd|she'd)$|\b(i|i'd|i'll|i'm gonna|i'm going to|i am going to|i was going to|i will|i would|i could|i'd have|i would have)( (just|really|honestly|actually|probably|definitely|gonna|going to|have|swear|to god|\S+ly))*( will| would| could| can| might| 'll| 'd| gonna| going to)?$")
        .not_after(r"^(\S+ ){0,3}(knife|knives|gun|guns|pistol|pistola|escopeta|fusil|cuchillo|navaja|faca|bunduki|banduk|bandook|tabanca|rifle|shotgun|hammer|axe|bat|blade|bare hands|hands|fists|car|truck|rope|belt|pills|poison|weapon|machete|crowbar|bottle|brick|sword|sabre|saber|scimitar|screwdriver|scissors|cord|wire|pillow|chain|spade|shovel|pipe|wrench|petrol|gasoline|fire|bleach|insulin|tablets|drugs|overdose|stick|stone|rock|iron|kettle|boiling|chair|plank|bar|saw|chainsaw|sledgehammer|punch|punches|kick|kicks|blow|blows|shot|shots|bullet|bullets|headbutt|elbow|feet|foot|boot|boots|teeth|strike|hit|cutlass|cutlasses|panga|pangas|spear|dagger|cleaver|sickle|scythe|pickaxe|hoe|club|cudgel|baton|truncheon|cosh|knobkerrie|sjambok|parang|kukri|khukuri|kirpan|lathi|danda|shank|shiv|okapi|ratchet|cutter|stanley|blade|razor|boxcutter|tomahawk|crossbow|slingshot|catapult|spanner|jack|tyre iron|tire iron|dao|daos|talwar|tulwar|bolo|kris|keris|golok|jambiya|assegai|rungu|katana|bayonet|billhook|gandasa|barchi|cuete|balisong|kampilan|itak|klash|kalash|kalashnikov|ak|ak-47|ak47|bunduki|katta|tamancha|dane gun|gat|burner|strap|piece|heater|nine)\b"),
    // "the drive home in the snow was suicidal": said of a road, a drive or a schedule, the
    // word means reckless, not a wish to die.
    block(r"\b(drive|driving|ride|flight|crossing|hike|road|roads|journey|trip|route|pass|traffic|weather|conditions|schedule|pace|deadline|deadlines|timeline|timetable|overtaking|stunt|climb|descent|commute)( \S+){0,8}? (was|is|were|are|looked|looks|seemed|seems|felt) (\S+ )?suicidal\b"),
    // "She'd rather die than give the presentation": the hyperbole of aversion to an errand
    // or an event, not a death wish. Only an errand named: a way of living on the other side
    // is a death wish ("rather be dead than go into a home", "than gain the weight back").
    block(r"\b(rather|sooner) (die|be dead) than( \S+){1,4}? (the |a |an |her |his |my |their )?(presentation|dentist|pe|exam|exams|speech|meeting|party|wedding|karaoke|gym|lecture|assembly|interview|dress|outfit|sprouts|broccoli|homework|maths|math|recital|concert|ballet|swimming|netball|football|rugby|photo|photos|selfie|quiz|zumba|yoga|dinner|lunch|barbecue|bbq|reunion|conference|seminar|tutorial|rehearsal|audition|debate|karaoke|prom|disco|sleepover|haircut|dance|shopping|ikea|mall|hairdresser|barber|doctor's|gp|smear|jab|injection|needle|spelling|test|tests|panel|viva|oral|orals|part|bit|thing|paperwork|forms|call|calls|date|drive|flight|commute|shift|kickball|dodgeball|gym|chores|dishes|picked last|chosen last|picked|chosen)\b"),
    // "she wanted to die right there when her slides froze, but, eh, she was laughing, it's a
    // way of talking": a death wished at an embarrassment, told in the same sentence as a
    // figure of speech or with laughter, is hyperbole (C-SSRS asks for a wish to be dead).
    block(r"\b(wanted|wants|want|wanting|could have|could've|could|would|'d)( just)? (to )?(die|just die|curl up and die|drop dead|sink through the floor)( \S+){0,18}? ((it's|it is|it was|that's|that is|just|only) (a |her |his |their |the )?(way of (talking|speaking|saying)|figure of speech|manner of speaking|expression|saying|joke|joking)|(she|he|they) (was|were) (laughing|joking|smiling|kidding)|laughing as (she|he|they) said it)\b"),
    // "she'd rather die than walk in there, then said she just means it's so embarrassing":
    // the hyperbole the speaker explains as a figure of speech in the same sentence.
    block(r"\b(rather|sooner) (die|be dead) than( \S+){1,12}? (just|only) (means|meant|meaning)\b"),
    // "rather die than present in front of the class": a performance dreaded; "rather die
    // than go back on the ventilator": a treatment refused ahead of time (FORMATS §4.6).
    block(r"\b(rather|sooner) (die|be dead) than (present|speak|sing|perform|talk in front|stand up|read aloud|go on stage|give a talk)\b"),
    block(r"\b(rather|sooner) (die|be dead) than( \S+){1,5}? (ventilator|dialysis|chemo|chemotherapy|radiotherapy|feeding tube|life support|intubated|intubation|resuscitated|another round of \S+|the operation|surgery|amputation|transplant)\b"),
    // "He says he's glad to be alive these days": a protective statement, no wish.
    block(r"\b(glad|happy|grateful|thankful|pleased) (to be|he's|she's|i'm|they're|just to be) alive\b"),
    // "Killing herself at work", "I kill myself on Saturdays and pay for it", "he's killing
    // himself revising": exertion, not a death (the idiom "kill oneself doing something"),
    // unless a wish, plan, attempt or modal frames it ("wants to kill herself at work",
    // "she'll kill herself on Saturday").
    block(r"\b(kill|kills|killing) (my|him|her|them|one|our|your)sel(f|ves) (at (work|the \S+)|in the (garden|gym|office|kitchen|yard)|on (the )?(\S+ )?\S*(days|shifts|nights|ends)|over (the|this|that|a|his|her|their|my) \S+|with (the )?(overtime|work|hours|shifts|training)|doing|working|trying|training|running|cleaning|revising|studying|grafting|every (day|week|weekend|night|morning|shift)|for (the|this|that|a|his|her|their|my|nothing|them|him|her|everyone|everybody)\b|to (get|hit|make|finish|meet|keep|please|impress|pay|prove|earn))")
        .not_before(r"\b(to|try|tried|trying|tries|want|wants|wanted|going|gonna|'ll|will|would|'d|might|could|of|about|thought|thoughts|plan|plans|planned|planning|if|threaten\w*|attempt\w*|urge|urges|considered|considering|nearly|almost)$"),
    spec(C::Ideation, K::SuicidalIdeation, r"\b(kill|off|offing|offed) (my|him|her|them|one)sel(f|ves)\b"),
    // "the voice has been at him to do away with himself", Irish "make away with herself":
    // the old idioms for killing oneself.
    spec(C::Ideation, K::SuicidalIdeation, r"\b(do|does|did|doing|done|make|makes|made|making) away with (my|him|her|them|one)sel(f|ves)\b"),
    // Spanish in a bilingual memo: "denied pensamientos suicidas", "ideas de muerte".
    spec(C::Ideation, K::SuicidalIdeation, r"\b((pensamientos|ideas|ideación|ideacion) (suicidas?|de (muerte|matarse|morir|suicidio))|quitarse la vida|matarse)\b"),
    // "He'd be fine never waking up": the wish said with the state itself (C-SSRS 1).
    // "Widower. Says he wants to go and be with her.": wishing to join someone who has died
    // is a wish to be dead (reunion fantasy), told where the death is in the scene.
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(wants?|wanted|wanting|wish|wishes|wished|wishing|longs?|longing|longed|ready|yearns?|yearning|hopes?|hoping|aches?) to (go (and|to) )?(be|join) (with )?(her|him|them|(his|her|my|their) (late |dead |departed )?(wife|husband|mum|mom|mother|dad|father|son|daughter|baby|child|brother|sister|partner|grandmother|grandfather|nan|gran|granny|grandma|grandpa|boy|girl))( again)?( [,.;:!?'\x22]| now| soon| in heaven| up there| wherever| there|$)")
        .need_near(&["widow", "widower", "widowed", "died", "dead", "death", "passed", "grave", "funeral", "buried", "late", "loss", "heaven", "cemetery", "bereaved", "bereavement", "suicide", "killed", "stillborn", "miscarriage", "burial"]),
    // "picturing driving up to deer camp with the thirty-thirty and not coming back down":
    // imagining going off with a means of death and never returning is implied ideation
    // (a move abroad "and never coming back" names no means, and is not read).
    spec(C::Ideation, K::SuicidalIdeation, r"\b(not|never) (coming|come|came|going|go) (back|home)( down| up| again| out)?\b")
        .need_before(r"\b(pictur\w*|imagin\w*|think\w*|thought|talk\w*|fantasi\w*|dream\w*|visuali\w*)( about| of)?( \S+){1,14} (and|then)$")
        .need_any(&["gun", "guns", "rifle", "shotgun", "pistol", "thirty-thirty", "revolver", "pills", "rope", "bridge", "cliff", "river", "lake", "sea", "ocean", "canal", "tide", "tracks", "train", "quarry", "reservoir"]),
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(\S*'d|would|will|could) (be|feel) (fine|okay|ok|alright|all right|happy|glad|content|at peace|relieved)( enough)?( with)? (never|not) (waking|wake|to wake) up( again)?\b")
        .not_after(r"^(early|late|at|before|in time|on time|for)\b"),
    // "the cedar fever's got him whipped", "the night shifts have got her beat": worn out.
    block(r"\b(got|gotten) (him|her|them|me) (whipped|beat|licked|wiped out|knackered)\b"),
    // "her husband keeps saying 'shoot me now if they close the paint shop'": exasperation.
    block(r"\b(just )?shoot me (now|already)\b"),
    // "She'd never do anything to herself": the euphemism for a suicidal act or self-harm,
    // read as ideation (the negation before it makes it a denial).
    spec(C::Ideation, K::SuicidalIdeation, r"\bdo(ing|ne)? (anything|something) (to|against) (herself|himself|themselves|myself|yourself)\b"),
    // "reading about Dignitas", "researching assisted suicide": a method looked into.
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(read\w*|research\w*|look\w*|googl\w*|search\w*|enquir\w*|inquir\w*|contact\w*|join\w*|emailed|rang|phoned) (up )?(about |into |on |for |the )?(dignitas|exit international|assisted (dying|suicide)|euthanasia clinics?|suicide (methods|clinics?))\b"),
    // "not wanting to keep existing like this": a wish not to go on (C-SSRS 1).
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(not wanting|doesn't want|didn't want|don't want|does not want|did not want|no longer wants?|no desire) to (keep|go on|carry on) (existing|living|being alive|being here)\b"),
    // "He's thought about how he'd do it": a method considered (C-SSRS item 3).
    spec(C::Method, K::SuicidalIdeation, r"\b(thought|thinks|thinking|think|looked up|looking up|researched|researching|worked out|working out|planned|planning|considered|considering|googled|googling|plan for|plans for|idea of|ideas about) (about |of )?how (he'd|she'd|they'd|i'd|he would|she would|they would|he could|she could|he might|she might|to) (do it|go about it|end it|kill|end (his|her|their|my) life|die)\b"),
    // "Do something silly" is the British euphemism for a suicidal act, said of what one
    // might, will or won't do (not of what one did at work).
    spec(C::Ideation, K::SuicidalIdeation, r"\bdo(ing)? (anything|something) (silly|stupid|daft|drastic|rash)\b")
        .need_before(r"\b(going to|gonna|won't|will not|wouldn't|would not|would never|will never|might|could|thinking of|thinking about|thought about|tempted to|not to|urge to|'d|'ll|will|wants to|wanted to|never|worried|scared|afraid|frightened)( (she|he|they|i|might|would|will|'d))*$"),
    // --- Screens: their result, not their name, carries the polarity.
    spec(C::Screen, K::SuicidalIdeation, r"\b(c ssrs|cssrs|columbia)( screen(ing)?| screener)?\b"),
    spec(C::Screen, K::SuicidalIdeation, r"\basq( screen(ing)?| screener)?\b"),
    spec(C::Screen, K::SuicidalIdeation, r"\b(phq (9|nine) )?item (9|nine)( (of|on|from|in) (the |her |his |their |today's |this |that )?phq (9|nine))?\b"),
    spec(C::Screen, K::SuicidalIdeation, r"\bphq (9|nine)( \S+){0,3} (question|q|number|no) (9|nine)\b"),
    // "the last item of the PHQ nine": its ninth, the item on thoughts of death or self-harm.
    spec(C::Screen, K::SuicidalIdeation, r"\b(last|final) (item|question) (of|on|from|in) the phq(-| )?(9|nine)\b"),
    // "PHQ nine was eleven and she scored a nought on the last question": the PHQ named
    // earlier in the sentence.
    spec(C::Screen, K::SuicidalIdeation, r"\b(the )?(last|final) (item|question)\b").need_any(&["phq"]),
    // EPDS item ten: "the thought of harming myself has occurred to me" (Cox et al. 1987).
    spec(C::Screen, K::SelfHarm, r"\b(epds (\S+ ){0,3})?item (10|ten)\b").need_any(&["epds", "edinburgh"]),
    spec(C::Screen, K::Abuse, r"\bhits (screen(ing)?|score)\b"),
    spec(C::Screen, K::SubstanceUse, r"\b(uds|urine (drug |tox )?(screen|test)|tox(icology)? (screen|test)|drug (screen|test)|urine tox|breathalyzer|breathalyser|breath (alcohol )?tests?)\b"),
    // --- Suicide attempt, preparatory acts, method.
    spec(C::Attempt, K::SuicidalIdeation, r"\b(attempt\w*|tried|tries|try|trying) (to )?(suicide|kill (him|her|my|them|your)sel(f|ves)|end (his|her|my|their) (own )?life|hang (him|her|my|them)sel(f|ves)|take (his|her|my|their) (own )?life)\b"),
    spec(C::Attempt, K::SuicidalIdeation, r"\b(suicide|suicidal) (attempts?|gestures?|acts?|behaviou?rs?)\b"),
    // "took an overdose to die", "took a handful of mom's Percs tonight to sleep forever",
    // "swallowed them meaning to die": an act of taking something into the body with death as
    // its stated purpose is an attempt (C-SSRS: any act with some intent to die); the purpose
    // is read within the clause ("took the pills to sleep, not to die" is no such purpose).
    spec(C::Attempt, K::SuicidalIdeation, r"\b(took|taken|swallowed|downed|drank|ingested|overdosed|od'd|popped)( [^ ,.;:!?]+){0,8}? (to|meaning to|wanting to|hoping to|intending to|trying to|so as to) (die|sleep forever|not wake up|never wake up|end it all|end it|end (his|her|their|my) (own )?life|kill (him|her|them|my)sel(f|ves)|be dead)\b")
        .not_after(r"^(with|between|for good with)\b")
        // "if the baby is taken she wants to die": a passive "taken" is no act of taking.
        .not_before(r"\b(is|was|were|are|be|been|being|got|get|gets|getting)$"),
    // "took his wife's whole bottle of Ativan Friday up to camp, meant to die": the purpose
    // told after a comma, as the dictation adds it ("meant to", "wanted to").
    spec(C::Attempt, K::SuicidalIdeation, r"\b(took|swallowed|downed|drank|ingested|overdosed|od'd|popped)( [^ .;:!?]+){0,14}? , (he |she |they )?(meant|meaning|intended|intending|wanted|wanting|was trying|were trying|trying) to (die|not wake up|never wake up|end it all|end it|end (his|her|their|my) (own )?life|kill (him|her|them|my)sel(f|ves)|be dead)\b")
        .not_before(r"\b(is|was|were|are|be|been|being|got|get|gets|getting)$"),
    // "took his wife's whole bottle of Ativan": a whole container of a medicine taken is an
    // overdose, whoever the medicine was prescribed to.
    spec(C::SelfPoisoning, K::SelfHarm, r"\b(took|taken|swallowed|downed|ate|popped|necked)( (his|her|their|my|\S+'s|a|an|the))? (whole|entire|full) (bottle|pack|packet|box|strip|blister pack|supply|stash|script|prescription|month's supply) of( (his|her|their|my|the))? (\S+ )?(pills|tablets|capsules|meds|medications?|painkillers|sleeping pills|ativan|xanax|valium|klonopin|ambien|seroquel|oxys|oxycontin|percocets?|percs|vicodin|norco|tylenol|zoloft|prozac|lexapro|trazodone|clonazepam|alprazolam|lorazepam|diazepam|hydrocodone|oxycodone|tramadol|codeine|paracetamol|panadol|ibuprofen|aspirin|insulin|lithium)\b")
        .not_before(r"\b(is|was|were|are|be|been|being|got|get|gets|getting)$"),
    spec(C::Attempt, K::SuicidalIdeation, r"\binterrupted attempts?\b"),
    // A ligature (hanging) made or tied: suicidal behaviour (C-SSRS actual, interrupted or
    // aborted attempt); the ward's "ligature points" and "ligature risk" are the environment.
    spec(C::Attempt, K::SuicidalIdeation, r"\bligatures?\b")
        .not_after(r"^(risks?|points?|assessments?|audits?|free|cutters?|anchors?|checks?|knife|knives|policy|training)\b")
        .not_before(r"\b(anti)$"),
    // An aborted attempt (stopped by oneself, no act of self-injury) is suicidal behaviour but
    // not self-harm (NICE): it is filed as preparatory, which adds no self-harm item.
    spec(C::Preparatory, K::SuicidalIdeation, r"\baborted attempts?\b"),
    // "bought briquettes and tape, planning to use them in his room": charcoal and tape to
    // seal a room is charcoal-burning suicide (a common method in East Asia), a preparatory act.
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(bought|buys|buying|purchased|purchasing|got|gets|getting|stocked up on|collected|collecting|ordered|hoarding|hoarded) (\S+ ){0,2}(charcoal|briquettes|coal briquettes|charcoal briquettes)\b")
        .need_near(&["tape", "taped", "seal", "sealed", "sealing", "plan", "planning", "planned", "plans", "die", "dying", "suicide", "end"]),
    // "if her heart just quit from all this ... at least everybody could stop worrying": her
    // own death met with relief is a passive wish to be dead (C-SSRS item 1).
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\bif ((she|he|i|they) (just |simply |finally )?(died|were to die|was to die|didn't wake up|never woke up|was gone|were gone|wasn't here|weren't here|was not here)|(her|his|my|their) heart (just |simply |finally )?(quit|quits|stopped|stops|gave out|gives out|gave up|failed))\b( \S+){0,12}? (at least|it would be (a )?(relief|fine|okay|ok|better|easier)|that would be (a )?(relief|fine|okay|ok|better|easier)|that'd be (a )?(relief|fine|okay|ok|better|easier)|everybody would be|everyone would be)\b"),
    // "keeps thinking the grain bin would be quick": a means or place judged quick or painless,
    // with a thought before it, is method ideation (C-SSRS item 3) told without the word.
    spec(C::Method, K::SuicidalIdeation, r"\b(the|a|an|that|his|her|their|my) (\S+ )?(bin|silo|bridge|dam|cliff|rope|gun|rifle|shotgun|pistol|train|tracks|river|quarry|pills|overdose|garage|ledge|roof|rafters?|beam|noose|exhaust|tailpipe|hose|knife|razor|lake|sea|falls|motorway|highway|freeway|overpass) (would|could|will|might) (be )?(so |pretty |real |really |very )?(quick|quicker|quickest|painless|easy|easier|fast|faster|simple|peaceful)\b").cue(),
    // "poured weed killer in a pop bottle, meant for himself": a poison or means put by for
    // oneself is a preparatory act (C-SSRS), whether or not it was taken.
    spec(C::Preparatory, K::SuicidalIdeation, concat!(r"\b(", poisons!(), r"|pesticides|pills|tablets|rope|noose|gun|pistol|rifle)( \S+){0,10}? (meant|intended|saved|set aside|kept|put aside|hidden|hid) for (himself|herself|myself|themselves)\b")),
    // "says he will go over the side on the way home": going over a ship's side, a rail or a
    // bridge, said as what one will do, is suicidal intent ("over the edge" is an idiom).
    spec(C::Ideation, K::SuicidalIdeation, r"\b(will|'ll|\S+'ll|gonna|going to|wants? to|wanted to|plans? to|planning to|threaten\w* to|about to|means to|meant to) (go|jump|throw (him|her|them|my)sel(f|ves)|step) (over|off) the (side|rail|railing|railings|parapet|balcony|bridge|gunwale|stern)\b"),
    // "the family'd do fine without her": others said to manage better without one is
    // perceived burdensomeness, a passive wish told as relief for others (Joiner; C-SSRS
    // item 1 as families hear it).
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(would|\S+'d|will|could) (do|manage|get on|get along|cope|be) (just )?(fine|better|ok|okay|great|well|better off) without (her|him|me|them)\b"),
    // "asked which hour the freight trains pass", with a burden or a death told near: a
    // method researched.
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(asked|asking|asks|looked up|looking up|checked|checking|wanted to know) (\S+ ){0,3}(which|what) (hour|time|times) (the )?(freight |express |fast |night )?trains? (pass|passes|come|comes|go|goes|run|runs|come through|go through)\b")
        .need_near(&["weight", "burden", "burdens", "better", "die", "dead", "death", "end", "gone", "stop"]),
    // "Bought Rattex last week. Under the bed.": a poison bought or hidden, with a death or an
    // attempt told near, is a preparatory act.
    // The poisons bought to die, not `poisons!()`'s household fuels, dips and cleaners, which
    // a bed or a hard life near would make into over-calls.
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(bought|buys|buying|got|purchased|hid|hidden|hiding|keeps|kept|stashed) (\S+ ){0,2}(rat poison|rattex|ratex|rat killer|racumin|tiktik|pesticide|insecticide|paraquat|gramoxone|weedkiller|weed killer|organophosphate|phostoxin|celphos|aluminium phosphide|aluminum phosphide|antifreeze)\b")
        .need_near(&["attempt", "attempts", "die", "dying", "life", "kill", "suicide", "end", "finished", "hopeless", "overdose", "bed", "hidden", "hid", "wardrobe"]),
    // "stopped at the railing by a ranger, says she was going over": about to go over an edge
    // is an interrupted attempt (C-SSRS), the edge told nearby.
    spec(C::Attempt, K::SuicidalIdeation, r"\b(was|were|is|am|'s|'m) (going|gonna go|about to go|going to go|trying to go|fixing to go|set to go|ready to go) over\b")
        .need_near(&["railing", "railings", "rail", "ledge", "edge", "bridge", "cliff", "dam", "overlook", "parapet", "balcony", "barrier", "guardrail"]),
    // "weed whacker", "weed control": garden tools and care, no cannabis.
    block(r"\bweed ?(whackers?|wackers?|eaters?|control|barrier|pullers?)\b"),
    // "Didn't drink it" of the poison just named: no drinking of alcohol denied.
    block(r"\b(didn't|did not|never|hasn't|has not|hadn't|wouldn't) (drink|drank|swallow|swallowed|take|took) (it|any of it|the (bottle|stuff|poison))\b")
        .need_near(&["roundup", "weedkiller", "killer", "pesticide", "pesticides", "poison", "bleach", "antifreeze", "paraquat", "herbicide", "insecticide", "lye", "cleaner"]),
    spec(C::Attempt, K::SuicidalIdeation, r"\b(overdose|od|hanging|cutting|jumping) attempts?\b"),
    spec(C::Attempt, K::SuicidalIdeation, r"\b(overdosed|overdose|took (the )?pills) (on purpose|intentionally|deliberately)\b"),
    spec(C::Attempt, K::SuicidalIdeation, r"\b(intentional|deliberate|purposeful) overdose\b"),
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(goodbye|suicide|farewell) (letters?|notes?|texts?|messages?|videos?)\b"),
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(research\w*|looked up|looking up|looks up|look up|googl\w*|search\w*)( for| online)? (how|ways?|methods?|the best way)( \S+){0,10} (to die|to kill|it would take|would kill|lethal|overdose|fatal|to drown|you'd drown|to bleed out|to suffocate|to freeze to death)\b"),
    // "looked up about yeontan, the charcoal briquettes, on the PC bang computer, how to do it
    // in the car": charcoal looked up with how to do it or with a closed space is the
    // charcoal-burning method researched (Hong Kong, Korea, Japan; not a barbecue).
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(research\w*|looked up|looking up|looks up|look up|googl\w*|search\w*|read up on|reading up on)( for| online| about| up on)? (\S+ ){0,2}?(charcoal|briquettes|yeontan|rentan)( \S+){0,18}? (how to do it|how it works in|in (the|a|his|her|their) (car|room|van|tent|bathroom|bedroom)|burning)\b"),
    // "looked up rentan method on his phone", "googled the helium method": a named suicide
    // method looked up (Japanese rentan and Hong Kong charcoal burning, helium and nitrogen
    // exit bags, sodium nitrite) is method research.
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(research\w*|looked up|looking up|looks up|look up|googl\w*|search\w*|read up on|reading up on|watched videos on)( for| online| about)? (the |a )?(rentan|charcoal|charcoal burning|charcoal-burning|helium|nitrogen|exit bag|sodium nitrite|suicide|hanging) (method|methods|kit|kits|bag|bags)\b"),
    // "Phone history: how many of his blood pressure pills it'd take": how many of a drug it
    // would take, with no purpose of treatment after it, is lethal-dose research (C-SSRS 4-5,
    // preparatory; warning signs: looking for a way).
    spec(C::Preparatory, K::SuicidalIdeation, r"\bhow many( of)?( \S+){0,5} (pills|tablets|tabs|capsules|caps|meds|paracetamol|tylenol|panadol|oxys|benzos|sleepers|xannies|xans)( \S+){0,3} (it would take|it'd take|it will take|it'll take|would it take|will it take|does it take|it takes|to take|would kill|to die)\b")
        // "how many tablets it would take for her migraine": a dose for a treatment.
        .not_after(r"^(to (feel|get|work|help|sleep|kick|calm|bring|lower|control|manage|treat|settle|stop|ease|make (a|any) difference)|for (his|her|my|their|the|a|an) \S+|for (pain|sleep|sleeping|migraines?|headaches?|arthritis|cramps))\b"),
    // "how much of the rat poison it takes for a man of eighty kilos": the dose that would
    // kill a person, asked of a poison or pills, is a lethality enquiry (method research, a
    // preparatory act in the C-SSRS), whoever the person is said to be.
    spec(C::Preparatory, K::SuicidalIdeation, concat!(r"\bhow (many|much)( of)?( \S+){0,5} (pills|tablets|capsules|", poisons!(), r")( \S+){0,3} (it (would |will |'d |does )?takes?|would kill|will kill|to kill|would finish) (for )?(a (grown |big |small )?(man|woman|person|body|human|adult)|an adult|someone|somebody|a person|one person)\b")),
    // "I keep the Baygon under my bed, if the pain come again I drink it": a poison kept
    // ready with the occasion of taking it named is a preparatory act with a plan,
    // conditional as many are (C-SSRS: preparatory behaviour, intent with a plan; the
    // condition does not make it hypothetical).
    spec(C::Preparatory, K::SuicidalIdeation, concat!(r"\b(keep|keeps|kept|keeping|hid|hide|hides|hidden|hiding|stash\w*|store\w*|saved|saving|bought|buys|got)( \S+){0,2} (the |a |some |my |her |his |their |that )?((bottle|can|tin|packet|sachet|jar|box) of )?", poisons!(), r"( \S+){0,8} (if|when|the day|once|whenever)( \S+){1,6} (i|she|he|they|i'll|she'll|he'll|they'll|i'd|she'd|he'd|they'd)( will| would| am going to| is going to| gonna| just)? (drink|swallow|take|eat|drinks|swallows|takes|eats|down|downs) (it|them|that|the lot|the whole (thing|bottle|can|tin))\b")),
    // "asked me how many seeds are enough for an old lady": a question of how much would be
    // enough, about pills, seeds or a poison, is a lethality enquiry (a preparatory act).
    spec(C::Preparatory, K::SuicidalIdeation, concat!(r"\bhow (many|much)( of)?( \S+){0,3} (pills|tablets|capsules|seeds|sachets|", poisons!(), r")( \S+){0,2} (are|is|would be|will be|'d be|would do|will do) (enough|plenty|sufficient)\b"))
        .not_after(r"^ ?(for (the|a|his|her) (week|month|trip|holiday|journey|course|prescription|dose))\b"),
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(what|which|how (many|much))( \S+){0,5} (is|are|would be|would|it takes to|to) (lethal|fatal|deadly|enough to die|kill (you|someone|a person|him|her|me))\b"),
    // Method research as how long a body holds out: "reading online about how long a person
    // lasts in the snow", "googled how long it takes to freeze" (preparatory, C-SSRS). A
    // medicine's or a battery's lasting is not a person's.
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(read|reads|reading|looked up|looking up|look up|looks up|googled|googling|google|searched|searching|search|researched|researching|research|asked (the internet|chatgpt|online)|watched videos|watching videos)( online| on the internet| on his phone| on her phone)?( about| on)? how (long|quickly|fast|much time)( \S+){0,2}? ((a person|someone|somebody|a body|you|one|people|a man|a woman|he|she|they|i) (can |could |would |will )?(last|lasts|survive|survives|live|lives|hold out|holds out)|(it takes|it would take|it'd take|to take) (to )?(die|freeze|drown|bleed out|bleed|pass out|suffocate|stop breathing))\b"),
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(lethal|fatal|deadly) (dose|doses|amount|amounts|overdose)\b"),
    spec(C::Preparatory, K::SuicidalIdeation, r"\b((notes?|letters?|messages?|texts?|posts?|videos?)( \S+){0,5} saying (goodbye|good bye|farewell)|saying (goodbye|good bye|farewell) (forever|for good|to everyone))\b"),
    // "wrote a note to each grandkid", "a letter to each of his kids": one letter to each
    // child is the legacy or goodbye letter (preparatory, C-SSRS) when the sentence also
    // tells a method, a stockpile or things given away; a card for each at Christmas is not.
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(wrote|writes|writing|written|write|left|leaves|leaving|recorded|recording|made|making) (a |one |an )?(\S+ )?(note|notes|letter|letters|video|videos|message|messages|card|cards) (to|for) (each|every one|everyone|every) (one )?(of )?(his|her|their|my|the)? ?(kids?|children|child|grandkids?|grandchildren|grandchild|grandbabies|sons?|daughters?|siblings|sisters?|brothers?|family|loved ones|boys|girls|nieces|nephews)\b")
        .need_any(&["pills", "tablets", "bottle", "stashed", "stash", "counting", "counted", "gave", "given", "giving", "rifle", "gun", "shotgun", "pistol", "rope", "will", "away", "goodbye", "sorry", "insurance", "saved", "stockpiled"]),
    // Giving away what one keeps and cares for (a warning sign, preparatory, C-SSRS):
    // "gave away the dogs and his saddle", "giving her clothes away", "gave most of his
    // tools away". A litter of puppies or the old clothes for charity name no keepsake.
    spec(C::Preparatory, K::SuicidalIdeation, concat!(r"\b(gave|giving|give|gives|given) away ", keepsakes!(), r"\b"))
        .not_after(KEEPSAKES_TO_CHARITY),
    spec(C::Preparatory, K::SuicidalIdeation, concat!(r"\b(gave|giving|give|gives|given) ", keepsakes!(), r"( and (\S+ ){0,3}\S+)? away\b"))
        .not_after(KEEPSAKES_TO_CHARITY),
    // "been saying goodbye to people at work", "made her peace and sorted the will": farewells
    // and affairs put in order (AFSP warning signs; preparatory, C-SSRS), unless a move, a
    // new job or a retirement is the reason.
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(saying|said|says|say) (his |her |their |my )?(goodbyes?|goodbye) to (people|everyone|everybody|(his|her|their|my|all (of )?(his|her|their|my)) (friends|mates|family|kids|children|grandkids|workmates|colleagues|coworkers|neighbours|neighbors|pals|buddies|lads|girls|boys)|the (kids|family|neighbours|neighbors|lads|girls|boys|team|crew))\b")
        // A farewell for a move, a retirement or a trip, or one to the dead in grief work
        // ("an empty chair so she could say goodbye to her father").
        .not_after(r"^(.* )?(leaving|leaves|left|moving|moved|move|retiring|retirement|retired|holiday|trip|new job|relocat\w*|deploy\w*|emigrat\w*|visa|flight|funeral|wake|hospice|dying|passed|chair|letter|grave|ashes|memorial|exercise|role)\b")
        .not_before(r"\b(leaving|moving|retiring|before (she|he|they) (left|moved|flew|went)|at the (airport|station|funeral|wake)|chair|letter|grave|memorial|exercise|role play|died|passed|funeral)\b.*$"),
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(made|making|makes|make) (her|his|their|my) peace( with (everyone|everybody|god|the lord|it all|the family|her family|his family|them))?\b")
        // Peace made with one's mortality or a diagnosis is acceptance, no farewell.
        .not_after(r"^with (dying|death|(her|his|their|my) (own )?(death|mortality|diagnosis|illness|cancer|age|past|loss|prognosis)|the (diagnosis|illness|cancer|prognosis|idea of dying|end))\b")
        .need_any(&["will", "goodbye", "goodbyes", "letters", "letter", "affairs", "sorted", "insurance", "away", "notes"]),
    spec(C::Method, K::SuicidalIdeation, r"\bslit\w* (his|her|my|their) wrists?\b"),
    // "the plan is to drive to the overlook and go over the edge": a drop named as the way
    // a plan ends (C-SSRS method with plan); "went over the edge" alone is losing one's temper.
    spec(C::Method, K::SuicidalIdeation, r"\b(go|goes|going|drive|drives|driving|roll|rolling|step|stepping|walk|walking|jump|jumping|steer|steering) (\S+ )?(over|off) the (edge|cliff|side|rim|ledge|drop)\b")
        .need_before(r"\b(plan|plans|planning|planned|think\w*|thought|want\w*|tempted|urges?|intend\w*|going to|gonna|fixing to|decided)( \S+){0,16}$"),
    // "thought about eating his gun": the police and military slang for shooting oneself.
    spec(C::Method, K::SuicidalIdeation, r"\b(eat|eats|eating|ate) (his|her|my|their|your|a|the) (gun|pistol|revolver|service weapon|weapon|bullet|shotgun)\b"),
    // "keeps his pistol loaded ... thinks about eating it": the same slang with the gun named
    // first; "putting the shotgun in his mouth": the act it names.
    // The gun itself stays a mention of means.
    spec(C::Method, K::SuicidalIdeation, r"\b(eat|eats|eating|ate) it\b").need_any(GUNS),
    spec(C::Method, K::SuicidalIdeation, r"\b(in|into|to|under) (his|her|my|their|your) (mouth|temple)\b").need_any(GUNS),
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(ty(ing|ed|ie|ies)|made|making|practic\w*) (a )?noose\b"),
    // "Rope over the kokerboom behind the house. Cousin cut him down before anything": a person
    // cut down from a rope is an interrupted hanging (C-SSRS), suicidal behaviour with no
    // injury told.
    // "tied a sheet to the vent Tues": a cloth or a belt (no rope or cord, which are tied
    // to things every day) fixed to an anchor point is the hanging made ready (the
    // ligature-risk audit of custody and inpatient settings).
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(tied|ties|tying|tie|knotted|fixed|hooked|looped|attached) (a|the|his|her|their|my) (\S+ )?(sheet|bedsheet|belt|shoelaces?|laces|towel|t-shirt|shirt|sock|socks|scarf|dressing gown cord|ligature) (to|round|around|from|over|onto|on) (the|a|his|her|their|my) (\S+ )?(vent|vents|beam|rafter|rafters|door|doorknob|door handle|bunk|bed frame|bedframe|pipe|window|hook|ceiling fan|fan|light fitting|banister|bannister|curtain rail|shower rail|shower head|grate|grille)\b"),
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(cut|cuts|cutting) (him|her|them|me) down\b")
        .not_after(r"^ ?(to size|a peg|with|verbally|in (the|a|an|front|public|class|meetings?|session))\b")
        .need_near(&["rope", "noose", "cord", "belt", "hanging", "hanged", "hung", "beam", "rafter", "rafters", "tree", "branch", "sheet", "flex", "cable", "scarf"]),
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(stood|standing|stands|went|drove|climbed|walked|sat|sitting) (on|to|onto|up to|at|on top of|out on) (the|a|an) (\S+ )?(overpass|bridge|roof|rooftop|ledge|edge|railing|cliff|tracks|train tracks|parking garage)\b( \S+){0,3} (meaning|intending|planning|ready|wanting|going|about) to (jump|die|end it)\b"),
    // "Banzai Cliff, Sunday night. Went to jump, he says. Cousin's truck pulled up": an act
    // begun and stopped is an interrupted or aborted attempt (C-SSRS), told in the fewest
    // words; a jump over or onto something, or a person jumped, is not.
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(tried|tries|trying|attempted|attempts|went|goes) to jump\b")
        .not_after(r"^(on|onto|over|up|around|across|rope|ship|bail|start|higher|him|her|them|me|us|that|this|some|someone|somebody|a|an|(in|into) (the |a )?(pool|puddle|car|truck|shower|bed|queue|line|conversation|game)|the (fence|wall|queue|line|gun|rope|stream|creek|brook|ditch|gap|hurdle|ramp|curb|kerb|hedge|gate|stile|log|car|battery|kid|boy|girl|guy|man|lad|bloke|new|other|\S+ (kid|boy|girl|guy|man|lad|bloke|fence|wall))|from (the )?(swing|trampoline|bed|couch|sofa|chair|table|bunk|stairs|step|steps))\b"),
    spec(C::Method, K::SuicidalIdeation, r"\b(meaning|intending|planning|ready|wanting|wanted|going|about|tempted) to (jump|hang (him|her|my|them)sel(f|ves)|overdose|drown (him|her|my|them)sel(f|ves)|shoot (him|her|my|them)sel(f|ves))\b")
        .not_after(JUMPED_PERSON),
    // "Bought a rope at the farm store. Wrote letters to Mama. Didn't go through with it.": an
    // act stopped by oneself, with a method told, is an aborted attempt (C-SSRS).
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(didn't|did not|never|couldn't|could not|wouldn't|didnt) (go|going|went) through with it\b")
        .need_near(&["rope", "noose", "pills", "tablets", "gun", "pistol", "rifle", "shotgun", "bridge", "ledge", "cliff", "roof", "letters", "letter", "note", "jump", "hang", "hanging", "overdose", "poison", "knife", "blade", "razor", "belt", "tracks", "train", "river"]),
    // "Thinks of drinking the Sniper. 'Just to rest.'": a thought of taking a named poison is
    // suicidal ideation with its method.
    spec(C::Method, K::SuicidalIdeation, concat!(r"\b(think|thinks|thinking|thought|pictur\w*|imagin\w*|tempted|urges?|wants?|wanted|plans?|planned|planning|considering|considered|fantasi[sz]\w*|talks|talking|talked) (of |about |to |on )?(drink|drinks|drinking|drank|swallow|swallows|swallowing|swallowed|take|takes|taking|took|eat|eats|eating|ate) (some |the |a bottle of |a sachet of |a cup of |a tin of |a packet of |a tube of )?", poisons!(), r"\b"))
        .not_after(r"^ ?(to|into|out|back|off|from|down|up|away|with|for|in|on|outside|round|around)\b"),
    // "Kept Ratol tube under pillow. Thinking to eat it after every fight.": the thought of
    // taking "it", with a poison named in the sentence or the one before.
    spec(C::Method, K::SuicidalIdeation, r"\b(think|thinks|thinking|thought|tempted|wants?|wanted|planning|plans?) (of |about |to |on )?(drink|drinking|swallow|swallowing|take|taking|eat|eating) (it|that|them)\b")
        .not_before(r"\b(never|not|no|n't|nor)( \S+)?$")
        .need_near(&["poison", "ratol", "pesticide", "insecticide", "paraquat", "gramoxone", "sniper", "weedkiller", "bleach", "celphos", "kerosene", "phenyl", "phenyle", "rogor", "thimet", "antifreeze", "herbicide", "dichlorvos", "nuvan", "baygon"]),
    // "asked her aburo to bring Sniper so that she may rest from this pain": sending someone
    // for a poison is getting the means (preparatory behaviour, C-SSRS).
    spec(C::Preparatory, K::SuicidalIdeation, concat!(r"\b(asked|asks|asking|told|tells|sent|sends|begged|begging|begs) (her |his |their |my |a |the )?\S+ (to )?(bring|buy|get|fetch|bought|brought) (her |him |me |them )?(some |the |a |a bottle of |a sachet of |a tin of |a packet of )?", poisons!(), r"\b"))
        .not_after(r"^ ?(for the (rats|mice|garden|farm|field|crops|house|termites|cockroaches|roaches|ants|bugs|pests))\b"),
    // "I just want to be gone": to be gone, with no place or time after it, is to be dead (a
    // passive wish, C-SSRS item one).
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(want|wants|wanted|wanting|wish|wishes|wished|wishing|like|rather) to (just )?be gone\b")
        .not_after(r"^ ?(for|from|by|before|when|on|at|till|until|over|out|away|in|to|with|ages|all|most|the|a|an|this|that|these|those|again|soon|early|sooner|long|awhile|a while|overnight|tonight|tomorrow|today|next)\b"),
    // "Drove out to the Dells Tuesday night. Sat at the edge. Wanted to step off.": stepping
    // off, with an edge or a height told, is the jump.
    spec(C::Method, K::SuicidalIdeation, r"\b(meaning|intending|planning|ready|wanting|wanted|wants|want|going|about|tempted|urge|thought about|thinking about|thinks about) to (step|walk|roll|lean) (off|over)\b")
        .not_after(r"^ ?(for|and|to|at|with|from|as|the (bus|train|plane|boat|committee|board|team|stage|treadmill|scale|scales|path|kerb|curb|trail|road|court|field|pitch|gas|accelerator|pedal|brake)|a (bus|train|plane|boat)|it|duty|shift)\b")
        .need_near(&["edge", "ledge", "bridge", "cliff", "cliffs", "rim", "roof", "rooftop", "overpass", "railing", "drop", "canyon", "gorge", "dells", "bluff", "bluffs", "dam", "platform", "parapet", "balcony", "height", "heights", "quarry", "falls"]),
    // "gonna jump the kid who snitched": to jump a person is to set on them.
    spec(C::HarmThoughts, K::HarmToOthers, concat!(r"\b(gonna|going to|planning to|plan to|plans to|want\w* to|about to|meaning to|fixing to|tryna|trying to|wanna) jump ((him|her|them)|(the|that|a|some|this) (\S+ )?(", jumped_people!(), r"))\b")),
    // "He jumped off the roof last night", "jumped from the first floor window at her mum's",
    // "threw herself in front of a train": a fall from a height or a step before traffic,
    // done, is suicidal behaviour (C-SSRS actual attempt) whatever the words before it; a
    // jump into a pool or snow, on a dare or to escape a fire is not.
    spec(C::Attempt, K::SuicidalIdeation, r"\b(jumped|leapt|leaped|threw (him|her|them|my)sel(f|ves)|flung (him|her|them|my)sel(f|ves)) (off|from|out of|out) (the|a|an|her|his|their|my) (\S+ ){0,3}?(roof|rooftop|bridge|balcony|window|cliff|overpass|building|ledge|car park|parking garage|parking structure|tower|dam|viaduct|flyover|motorway bridge|footbridge)\b")
        .not_after(r"^( \S+){0,4}? ?((into|onto|in) (the |a )?(pool|snow|snowbank|hay|haystack|trampoline|net|mattress|bouncy castle|foam pit)|for (fun|a laugh|a dare|a bet|a video|tiktok|the camera)|(all|every|each) (summer|day|weekend|year)|as (kids|a kid|children|teenagers|boys)|on a dare|as a dare|to (escape|get away|flee|save|get out|run from)|because of the (fire|smoke)|when the (fire|smoke))\b"),
    spec(C::Attempt, K::SuicidalIdeation, r"\b(jumped|leapt|leaped|stepped|walked|threw (him|her|them|my)sel(f|ves)|flung (him|her|them|my)sel(f|ves)|lay down|laid down) (out )?(in front of|under) (a|the|an|an oncoming|a passing|an incoming) (\S+ )?(train|bus|car|truck|lorry|tram|metro|subway|semi|tube|train on the tracks)\b")
        .not_after(r"^( \S+){0,4}? ?(to (save|push|pull|grab|stop|get|rescue)|after (her|his|the) (dog|kid|child|son|daughter|ball))\b"),
    // "crashed his car into a tree on purpose": a crash meant (C-SSRS actual attempt).
    spec(C::Attempt, K::SuicidalIdeation, r"\b(crashed|drove|steered|rolled|wrapped|put|ran|swerved) (his|her|their|the|my) (\S+ )?(car|truck|ute|van|pickup|motorbike|bike|jeep|suv|lorry|rig|quad) (into|off|over|in front of|under) (\S+ ){0,6}?(on purpose|deliberately|intentionally|to (die|end it|kill (him|her|them)sel(f|ves)))\b"),
    spec(C::Method, K::SuicidalIdeation, r"\b(jump\w*|leap\w*) (off|from|in front of)\b").cue(),
    // "The Rio bridge. He drives over and thinks... just stop the car, jump.": a bare "jump"
    // ending a thought, with a height told in it or just before, is the leap.
    spec(C::Method, K::SuicidalIdeation, r"(^|[,;:] |\b(just|and|then|to|could|would|might|should|\S+'ll|\S+'d) )jump( off| over| in| down)?( [,.;:!?'\x22]|$)")
        .need_near(&["bridge", "ledge", "cliff", "cliffs", "roof", "rooftop", "overpass", "railing", "parapet", "balcony", "viaduct", "gorge", "canyon", "quarry", "dam", "flyover", "footbridge", "drop", "edge", "leap"]),

    // "Food stamps renewal lapsed": a benefit, cover or document that ran out is no lapse in
    // use.
    block(r"\b(renewal|membership|insurance|license|licence|subscription|policy|visa|permit|benefits|coverage|cover|registration|passport|contract|lease|warranty|certification|certificate|stamps|medicaid|medicare|snap|prescription|script|referral|claim|tag|tags|plates|card|id|enrollment|enrolment|application|authori[sz]ation|deadline)( \S+)? (has |had |have |just |quietly )?(lapsed|lapses|lapse)\b"),
    // "got into it with his manager over the rota, just words": a row said to be words only
    // is no violence.
    block(r"\b(got|gets|getting|get) into it with( \S+){1,8}? ,? ?(just|only|all|purely|strictly) (words|verbal|talk|shouting|yelling|arguing)\b"),
    // "He come off suicide watch Friday": an observation level ended is a status past, no
    // disclosure (what led to it is read where it is told).
    block(r"\b(came|come|comes|coming|taken|took (him|her|them)|takes (him|her|them)|stepped|stepping|removed|released|discharged|lifted|got|gets|been) (down |back )?(off|from) (of )?(the )?(suicide|suicidal|self-harm|self harm|ligature) (watch|observations?|obs|precautions|protocol)\b"),
    // "When I cut the bread I see the knife going into Bára", "pictures the blade going into
    // the baby": a blade seen entering a person is an intrusive harm image (FORMATS §5),
    // however unwanted; one going into food or wood is not.
    spec(C::IntrusiveHarm, K::HarmToOthers, r"\b(see|sees|saw|seeing|picture|pictures|pictured|picturing|imagine|imagines|imagined|imagining|visuali[sz]\w*|images? of|pictures of|thoughts? of|flashes of) (a |the |my |her |his |their |that )?(knife|knives|blade|scissors|razor|kitchen knife|bread knife)( \S+){0,2}? (going|go|goes|went|plunging|sinking|slicing|cutting|stabbing|sticking) (into|in|through|across) (\S+)\b")
        .not_after(r"^(the |a |some |my |her |his )?(bread|loaf|rohlik|rohlík|cake|meat|steak|chicken|fish|onion|onions|vegetables|veg|fruit|apple|wood|paper|cardboard|butter|cheese|dough|pastry|pie|pizza|board|chopping board|cutting board|table|drawer|block|sink|dishwasher|cheese|tomato|tomatoes|melon|watermelon)\b"),
    // "I see myself dropping her over the railing", "pictures herself smothering the baby":
    // harm to another seen in the mind's eye is an intrusive harm thought (flag it, FORMATS
    // §5), however unwanted.
    spec(C::IntrusiveHarm, K::HarmToOthers, r"\b(see|sees|saw|seeing|picture|pictures|pictured|picturing|imagine|imagines|imagined|imagining|visuali[sz]e|visuali[sz]es|visuali[sz]ed|visuali[sz]ing) (myself|herself|himself|themselves) (dropping|drowning|stabbing|smothering|hurting|throwing|shaking|hitting|suffocating|strangling|choking|pushing|cutting|burning|killing|shooting|poisoning|hanging|drop|drown|stab|smother|hurt|throw|shake|hit|suffocate|strangle|choke|push|cut|burn|kill|shoot|poison|hang) (her|him|them|the (baby|child|kids|children|boy|girl)|my (baby|child|son|daughter|kids|children)|(his|her) (baby|child|son|daughter|kids|children|wife|husband|mother|father))\b")
        .not_after(r"^ ?(arms?|wrists?|legs?|thighs?|skin|hair|body|neck|face)\b"),
    // "wants to go to sleep and stay with his abuelita in heaven": wishing to be with the
    // dead is a reunion wish, passive ideation (C-SSRS item 1).
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(be|stay|go|live|sleep|rest) (with|next to|beside) (his|her|my|their|the) (\S+ ){0,2}in (heaven|paradise|glory|the sky|the next life|the afterlife)\b")
        .need_any(&["want", "wants", "wanted", "wanting", "wish", "wishes", "wished", "longs", "longing", "ready", "rather", "like", "hopes", "hope", "hoping", "pray", "prays", "praying", "asks", "asked", "begs", "begged"]),
    // "says he was finna cut the boy that jumped his cousin", "said he will cut him like
    // makayabu": a stated intent to cut a person is harm meant to them; cutting someone
    // off, loose, short or some slack, or cutting their hair, is no wound.
    spec(C::HarmThoughts, K::HarmToOthers, concat!(r"\b(gonna|going to|planning to|plan to|plans to|want\w* to|about to|meaning to|fixing to|tryna|trying to|wanna|will|\S+'ll|swore to|swears to|promised to|promises to) cut ((him|her|them)|(the|that|a|some|this) (\S+ )?(", jumped_people!(), r"|neighbou?r|cellmate|codetenu|inmate))\b"))
        // "cut her open" is read by its own entry (a wound threatened, or surgery).
        .not_after(r"^ ?(off|out|open|loose|short|some slack|slack|a break|in|down|free|from|a deal|a check|a cheque|a share|his hair|her hair|their hair|hair|ties|them off|a cake|a ribbon)\b")
        // "the band will cut him if he keeps missing the count-in": dropped from a team.
        .not_before(r"\b(surgeons?|doctors?|dentists?|barbers?|hairdressers?|vets?|nurses?|stylists?|band|team|coach|company|boss|label|school|program|programme|squad|club|firm|manager|employer|agency|league|they|management)( \S+){0,3}$"),
    // "thoughts to die?", "the death thoughts", "ideas to die": thoughts of dying in learner
    // English and in translation from languages that say it so (passive ideation, C-SSRS 1).
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b((thoughts?|ideas?|wish|wishes) to (die|be dead|not wake up|not live|not be alive)|(death|dying) (thoughts|ideas|wishes))\b"),
    // "so he can roll his chair off the overlook": a body or the chair it sits in sent off a
    // height, on purpose, is a method of suicide (the step or roll off told above).
    spec(C::Method, K::SuicidalIdeation, r"\b(so (he|she|i|they) (can|could)|meaning to|wants? to|wanted to|going to|gonna|planning to|plans to|about to|tempted to|ready to) (roll|push|drive|wheel|steer|throw|fling|tip) (his|her|my|their) (chair|wheelchair|car|truck|scooter|self|body)( \S+)? (off|over)\b")
        .need_near(&["edge", "ledge", "bridge", "cliff", "cliffs", "rim", "roof", "overpass", "railing", "canyon", "gorge", "bluff", "bluffs", "dam", "quarry", "falls", "overlook", "lookout", "viewpoint", "pier", "wharf"]),
    // "Says he punched co-op foreman at the elevator Mon.": telegraphic notes drop the
    // article before a workmate or carer struck (the role noun alone names a person).
    spec(C::Violence, K::Violence, r"\b(punched|punches|punching|hit|hits|hitting|kicked|kicks|slapped|slaps|headbutted|head-butted|assaulted|assaults|struck|strikes|shoved|shoves|choked|decked|smacked|swung at|took a swing at|attacked|attacks) ((co-op|co - op|co op|coop|night|day|shift|site|ward|care|floor|duty|senior|head|team|line|store|shop|bus|cab|taxi|truck|delivery|prison|school|home|nursing|health|support|teaching|kitchen|yard|farm|dock|ferry|mill|plant) )?(foreman|supervisor|boss|manager|coworker|co-worker|colleague|asst|assistant|carer|caregiver|aide|nurse|guard|officer|staffer|teacher|neighbour|neighbor|driver|inmate|cellmate|bouncer|cashier|peer|classmate|teammate|referee|worker|orderly|attendant|warden)\b")
        .not_before(r"\b(was|were|got|get|gets|been|being|is|are)$"),
    // "waving 'um at one guy at Manele harbor": a blade or gun waved at someone.
    spec(C::Violence, K::Violence, r"\b(waving|waved|waves|wave|brandish\w*|pointing|pointed|points|flashing|flashed) ((\x22 )?('um|'em|um|em|it|them|the \S+|his \S+|her \S+|a \S+) )?at (one|a|some|the|this|that|another) (guy|man|dude|bloke|fella|kid|woman|lady|boy|girl|neighbour|neighbor|driver|stranger)\b")
        .need_near(&["knife", "blade", "gun", "pistol", "rifle", "shotgun", "machete", "cutlass", "bat", "cuete", "puukko", "axe", "hatchet", "panga", "shank", "sword", "bottle", "crowbar"]),
    // "Stuck a man. With a shank": "stuck" with a person after is stabbed.
    spec(C::Violence, K::Violence, r"\b(stuck|sticks|sticking) (a|some|this|the|that|another|one) (man|guy|dude|bloke|fella|kid|inmate|cellmate|lad|boy|youth|woman|stranger)\b")
        // "stuck a man with the bill": a cost left to someone.
        .not_after(r"^(with (the|a|his|her) (bill|tab|check|cheque|job|task|kids|rent|cost|fine)|for|on hold|out)\b"),
    // "Her five-year-old has belt marks on his back": the mark of an implement on a body is
    // a patterned injury, abuse until shown otherwise (child protection thresholds).
    spec(C::Abuse, K::Abuse, r"\b(belt|cord|cable|strap|hanger|switch|whip|wire|finger|fingertip|hand|handprint|slap|bite|cigarette|rope|ligature) ?(marks?|prints?|bruises?|burns?|welts?|weals?) (on|across|over|down|around|round) (his|her|their|the child's|the boy's|the girl's|the baby's) (\S+ )?(back|legs?|arms?|bottom|buttocks|backside|face|neck|body|thighs?|chest|wrists?|cheeks?|throat|shoulders?)\b"),
    // "I put that boy through the drywall at the Eagles lodge": a stranger sent through a
    // wall, a window or a table is a blow given (one of the household, or a wish, is read
    // by the harm verbs).
    spec(C::Violence, K::Violence, concat!(r"\b(put|puts|putting|sent|sends) ((the|that|a|some|this) (\S+ )?(", jumped_people!(), r"|neighbou?r|cellmate)) (through|into|thru) (the|a|that|this|his|her) (\S+ )?(wall|drywall|sheetrock|plasterboard|window|windshield|windscreen|glass|door|table|fence|mirror)\b")),
    // "He take the coupe-coupe and chase the neighbour": a weapon taken up to go after a
    // person is an assault begun; told in the bare verb of learner and creole English, which
    // the harm verbs read in their past and -s forms ("took the machete and chased him").
    spec(C::Violence, K::Violence, concat!(r"\b(take|grab|get|pick up|pull out) (the|a|his|her|my|their) (\S+ )?(machete|knife|cutlass|panga|axe|hatchet|bat|gun|pistol|rifle|shotgun|cleaver|sword|sabre|saber|spear|pipe|crowbar|hammer|shovel|bottle|stick|club) and (chase|run after|go after|come at|attack|charge|threaten|hit|beat) ((him|her|them)|(the|that|a|some|this|his|her) (\S+ )?(", jumped_people!(), r"|neighbou?r|neighbou?rs|husband|wife|brother|sister|cousin|son|daughter|partner|boyfriend|girlfriend|uncle|aunt|father|mother))\b")),
    // "asked if folk ever die from mixing gabapentin and drink, and when I asked if he'd
    // thought of doing that on purpose": a death named, then thoughts of bringing it about on
    // purpose (its answer decides the polarity).
    spec(C::Ideation, K::SuicidalIdeation, r"\b(thought|thoughts|thinking|thinks|think|considered|considering) (of|about) (doing|trying) (that|it|this) (on purpose|deliberately|intentionally)\b")
        .need_before(r"\b(die|dies|dying|died|death|dead|overdose|overdosing|od|kill|fatal|lethal|end it)\b"),
    // "thinking about walking off the Tay Bridge": stepping off a height, thought of.
    // "rolled up his sleeve and showed me fresh burns from a lighter": fresh wounds made
    // with a self-injury tool (not a cigarette or a belt, which another's hand uses too).
    spec(C::SelfInjury, K::SelfHarm, r"\b(fresh|new|recent|raw|open) (burns|cuts|cut marks|scratches|slashes|wounds|marks|blisters) (from|with|made with|made by) (a |an |the |his |her |their |my )?(lighter|blade|razor( blade)?|compass( point)?|pencil sharpener|sharpener|broken glass|piece of glass|glass|scissors|craft knife|stanley knife|box cutter)\b"),
    // Illicit drugs had: "a bit of hash every weekend", "had a couple of lines".
    // The amount and the drug are the mention, so a can had beside it is not read into it.
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(a bit of|a wee bit of|a little|some|a few|a couple( of)?|a|two|three|four|five|loads of|a lot of) (hash|weed|coke|speed|joints|spliffs|bongs|ket|mdma|molly|ecstasy|shrooms|crack|smack|charlie|bumps|tokes|pingers|yarndi|tina|meth)\b")
        .need_before(r"\b(had|has|having)( [a-z']+){0,4}$")
        .not_after(r"^ ?(of|for (his|her|their) (heart|pain|blood|back|headaches?))\b"),
    // "his girlfriend had to hit him with Narcan": naloxone given is the overdose it
    // reverses, of the one given it (`findings::rescue_verb`), and no blow.
    spec(C::Overdose, K::SubstanceUse, r"\b((hit|hits|hitting|dosed|doses|dosing|jabbed|jabs|stuck|sticks|sprayed|sprays|revived|revives) (her|him|them|me|the \S+)( \S+)?|(brought|brings) (her|him|them|me) back) with (the |some |a |his |her |two |another )?(narcan|naloxone)\b"),
    // "with the notion to put the truck through the ice", "thinking of driving the car into
    // the harbour": a vehicle sent into water or ice or over a drop, as a thought or intent.
    spec(C::Method, K::SuicidalIdeation, r"\b(put|puts|putting|run|runs|running|ran|take|takes|taking|took|sink|sinking|roll|rolling) (the|his|her|my|their|a) (truck|car|ute|skidoo|ski-doo|snowmobile|van|pickup|quad|boat|jeep|rig|wagon|motor) (through|into|under|off|over) (the|a) (ice|river|lake|sea|harbour|harbor|bay|pond|reservoir|quarry|dam|wharf|pier|jetty|cliff|edge|embankment|water|canal|lough|loch|gorge|ravine)\b").cue(),
    spec(C::Method, K::SuicidalIdeation, r"\b(walk|walks|walking|walked|step|steps|stepping|stepped) (off|over) ((a|the) |the end of (the |a )?)(\S+ ){0,2}(bridge|cliff|cliffs|roof|rooftop|ledge|edge|pier|jetty|quay|harbour wall|breakwater|overpass|building|car park|parking garage|platform)\b").cue(),
    // "thoughts of walking into the sea", "driving into the harbour": drowning as a way to die.
    // A water or a height may carry its own name ("she will drive into the Dan River", "off
    // the Tappan Zee bridge").
    spec(C::Method, K::SuicidalIdeation, r"\b(walk|walks|walking|walked|swim|swimming|swam|drive|drives|driving|drove|wade|wading|waded) (out )?(into|off into) the (\S+ ){0,2}(sea|ocean|river|loch|lake|harbour|harbor|waves|tide|surf|water)\b")
        // "drive into the water tank at the depot": a water word naming a thing or a place
        // beside the water.
        .not_after(r"^ ?(tanks?|towers?|heaters?|pipes?|mains|pumps?|coolers?|bottles?|fountains?|parks?|works|treatment|company|board|side|front|view|road|trail|path|car park|parking|walk|centre|center|station|office|authority)\b")
        .need_before(r"\b(thoughts?|thought|thinking|thinks|think|urges?|wants?|wanted|wanting|tempted|picture\w*|imagin\w*|plan\w*|stopping (him|her|them)|stops (him|her|them)|felt like|feels like|feel like|wish\w*|might|'d|would|could|will|[a-z]+'ll|going to|gonna|meaning to|meant to|intending to|intended to)( \S+){0,4}$"),
    // "maybe I jump in Yulong River", "wants to jump in the sea": a leap into water, said
    // with a thought, a wish or a modal (C-SSRS method), not a swim ("to cool off", "go jump
    // in the lake" said to dismiss).
    // "he thinks of jumping in the Chamkhar Chhu when the water is high": a leap into a
    // place named in its own language, told with a thought of it, is a method (C-SSRS);
    // jumping into a car, a shower or the fray is not a leap.
    block(r"\bjump\w* (in|into) (the |a |his |her |their |my )?(car|truck|van|ute|cab|taxi|bus|shower|bath|pool|queue|line|conversation|deep end|fray|game|ring|driver's seat|front seat|back seat|saddle|bed|pile|fight|action|mix)\b"),
    spec(C::Method, K::SuicidalIdeation, r"\b(jump|jumps|jumping) (in|into|off) the \S+( \S+){0,2}?( when| where| if|$| [,.;:!?])").cue(),
    spec(C::Method, K::SuicidalIdeation, r"\b(jump|jumps|jumping) (in|into) (the |a |that )?(\S+ ){0,2}?(river|lake|sea|ocean|canal|dam|harbour|harbor|quarry|loch|creek|bay|reservoir|water|well|waves|rapids|falls)\b")
        .not_before(r"\b(go|goes|went|told (him|her|them|me) to|tell (him|her|them) to)( and)?$")
        .not_after(r"^ ?(to (cool|swim|save|rescue|get|fetch|help|retrieve|grab)|for (a swim|a dip|fun|a laugh|a dare|charity)|with (the|his|her|their|my) (kids|friends|mates|cousins|class|team|family))\b")
        .need_before(r"\b(thoughts?|thought|thinking|thinks|think|urges?|wants?|wanted|wanting|tempted|picture\w*|imagin\w*|plan\w*|felt like|feels like|feel like|wish\w*|might|would|could|will|gonna|going to|maybe|perhaps|should|\S+'ll|\S+'d|about|of|just|threaten\w*|i)( \S+){0,3}$"),
    // "Thinks about climbing up and stepping off": a climb to a height and a step or a leap
    // from it, thought of (C-SSRS method; the frame keeps a roofer's ladder out).
    spec(C::Method, K::SuicidalIdeation, r"\b(climb\w*|go|goes|going|went|get|gets|getting|got|walk\w*) (up|up there|up top|to the top|to the edge|out to the edge|out on the ledge|out on the rail)( \S+){0,3}? and (step|steps|stepping|jump|jumps|jumping|fall|falls|falling|let go|lets go|letting go|go over|going over|lean out|leaning out)( off| over)?( [,.;:!?'\x22]|$| the (edge|side|top|rail|railing))")
        .need_before(r"\b(thoughts?|thought|thinking|thinks|think|urges?|wants?|wanted|wanting|tempted|picture\w*|imagin\w*|plan\w*|felt like|feels like|feel like|wish\w*|might|would|could|gonna|going to|meaning to|meant to|intending to|intended to|about|of|considers|considered|considering)( \S+){0,3}$"),
    // "Thinks about walking out past the lighthouse where the ice is thin": out onto ice
    // said to be thin or open, thought of, is a drowning pictured.
    spec(C::Method, K::SuicidalIdeation, r"\b(walk\w*|go|goes|going|went|skat\w*|driv\w*|drove|head\w*|wander\w*) (out )?(onto|on|past|across|over|to|beyond|out past|out to)( \S+){0,5}? (where|till|until|to where) the ice (is|was|gets|goes|'s) (thin|thinnest|rotten|soft|open|bad|weak|gone|out)\b")
        .need_before(r"\b(thoughts?|thought|thinking|thinks|think|urges?|wants?|wanted|wanting|tempted|picture\w*|imagin\w*|plan\w*|felt like|feels like|feel like|wish\w*|might|would|could|gonna|going to|meaning to|meant to|intending to|intended to|about|of|considers|considered|considering)( \S+){0,3}$"),
    // "thinking about walking out onto the Athabasca when the ice goes": onto the ice or
    // into water the sentence names by a river's own name.
    spec(C::Method, K::SuicidalIdeation, r"\b(walk|walks|walking|walked|wade|wading|waded|swim|swimming|swam) (out )?(into|onto|off into|out onto|out on|under) the (\S+ ){0,2}\S+\b")
        .need_any(&["ice", "river", "current", "currents", "tide", "frozen", "freeze", "thaw", "breakup", "drown", "drowning", "drowned", "rapids", "undertow", "riptide"])
        .need_before(r"\b(thoughts?|thought|thinking|thinks|think|urges?|wants?|wanted|wanting|tempted|picture\w*|imagin\w*|plan\w*|felt like|feels like|feel like|wish\w*|might|'d|would|could|going to|gonna|meaning to|meant to|intending to|intended to)( \S+){0,4}$"),
    spec(C::Method, K::SuicidalIdeation, r"\b(driv\w*|crash\w*|steer\w*) (his|her|my|their|the) (car|truck|vehicle) (into|off)\b").cue(),
    spec(C::Method, K::SuicidalIdeation, r"\b(step\w*|walk\w*) (out )?in front of (a|the) (train|bus|car|truck)\b").cue(),
    // "She'd step in front of a bus": said as what she would do, the modal is the cue.
    spec(C::Method, K::SuicidalIdeation, r"\b(she'd|he'd|i'd|they'd|would|could) (just |happily |gladly )?(step|walk|jump|throw (her|him|my|them)sel(f|ves)) (out )?in front of (a|the) (train|bus|car|truck|lorry|tram)\b")
        // "She'd step in front of a bus to save her son": for someone, no wish to die.
        .not_after(r"^(to (save|stop|protect|shield|get|catch|push)|for (her|his|their|my|the|a|them|him|anyone))\b"),
    spec(C::Method, K::SuicidalIdeation, r"\b(jump\w*|driv\w*|drove|crash\w*|steer\w*|swerv\w*) (off|into|over) (a|the) (\S+ ){0,2}?(bridge|cliff|overpass|roof|building|guardrail|median|wall|tree|river|lake|traffic)\b").cue(),
    // "I keep thinking I'd just drive up past Steamboat and go off one of those turnouts":
    // a car taken over an edge, thought of (the cue keeps accidents out); another's car
    // ("run her ex-husband's truck off the dam road") is no such act.
    spec(C::Method, K::SuicidalIdeation, r"\b(driv\w*|drove|go|goes|going|went|run|runs|running|ran|roll|rolls|rolling|steer\w*|swerv\w*|crash\w*) (([^\s']+ ){0,6}?)(off|over) (one of )?(a|the|those|these|that) (\S+ )?(turnouts?|cliffs?|bridges?|overpass|embankment|ledge|pier|wharf|dock|quay|edge|guardrails?|switchbacks?|bluffs?|escarpment|gorge|ravine|canyon|dam)\b")
        .cue(),
    // "she bought rat poison on Friday and it is in her cupboard ... she has not taken any
    // yet": a means got and kept, "not yet" taken, is a plan waiting (preparatory behaviour).
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(bought|buys|buying|got|gets|getting|has|have|keeps|kept|hid|hidden|hides|stored|saved|saving|collected|collecting)( \S+){0,3} (rat poison|poison|pesticide|weedkiller|weed killer|paraquat|gramoxone|tablets|pills|paracetamol|sleeping pills)\b( \S+){0,30}? (not|n't|hasn't|has not|haven't|have not) (taken|drunk|drank|swallowed|used|touched) (any|it|them)( of (it|them))? yet\b"),
    spec(C::Method, K::SuicidalIdeation, r"\b(tak\w*|took|swallow\w*|drink|drinks|drinking|drank|down|downing|downed|neck|necking|necked) all (of )?(his|her|my|their|the) (\S+'s )?(\S+ ){0,3}(pills|meds|medications?|medicines?|insulin|tablets)\b")
        .cue(),
    spec(C::Method, K::SuicidalIdeation, r"\b(overdos\w*|od)\b").cue(),
    spec(C::Method, K::SuicidalIdeation, r"\b(hang\w*|drown\w*|gas\w*|shoot\w*) (him|her|my|them)sel(f|ves)\b"),
    // --- Suicidal ideation ("wants him dead" is homicidal: it comes first).
    spec(C::HomicidalIdeation, K::HomicidalIdeation, r"\b(want|wants|wanted|wanting|wish|wishes|wished|wishing) (him|her|them|(the|his|her|their|that|this|my) \S+( who( \S+){1,5})?)( (were|was))? dead\b"),
    spec(C::Intent, K::SuicidalIdeation, r"\b(suicidal|suicide) (intent|intention)s?\b"),
    spec(C::Plan, K::SuicidalIdeation, r"\b(suicidal|suicide) plans?\b"),
    // "the suicidal thoughts" are the client's; "the suicide" is someone's death.
    spec(C::Ideation, K::SuicidalIdeation, r"\b(suicidal( ideation)?|suicidality)\b")
        .not_after(r"^(squeeze|squad|sprints?|drills?|runs?|hotline|lifeline|prevention|awareness)\b")
        .not_before(r"\b((died|dies|dying|death|deaths|lost \S+|killed|passed( away)?) (by|to|from|of)|run|ran|running)$"),
    spec(C::Ideation, K::SuicidalIdeation, r"\bsuicide\b")
        .not_after(r"^(squeeze|squad|sprints?|drills?|runs?|hotline|lifeline|prevention|awareness|is (wrong|a sin|selfish|not an option)|would be (wrong|a sin|selfish))\b")
        .not_before(r"\b((died|dies|dying|death|deaths|lost \S+|killed|passed( away)?) (by|to|from|of)|run|ran|running|the)$"),
    spec(C::Ideation, K::SuicidalIdeation, r"\b(end|ends|ended|ending) (it all|my life|his life|her life|their life|their lives|your life|everything|things for good|it for good)\b"),
    // "I asked about thoughts of ending life": the possessive dropped, as in South Asian and
    // clipped English (not "ending life support", a treatment decision).
    spec(C::Ideation, K::SuicidalIdeation, r"\b(thoughts?|ideas?|thinking|thought|talk|talked|talking|wish|wishes|wishing|wanting|wants?|wanted|plans?|planning) (of |about )?(end|ending) life\b")
        .not_after(r"^(support|sustaining|-sustaining|prolonging|care)\b"),
    spec(C::Ideation, K::SuicidalIdeation, r"\b(take|takes|took|taking|taken) (my|his|her|their) (own )?(life|lives)\b"),
    spec(C::Ideation, K::SuicidalIdeation, r"\b(check\w*) out (for good|permanently|of life)\b"),
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\bdeath wish(es)?\b"),
    // "told her sister she wouldn't be around for Christmas", "won't be here much longer":
    // the veiled goodbye (a warning sign of suicide, AFSP, Joiner's "Why People Die by
    // Suicide"), said of a coming holiday, a family day or time itself.
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(won't|wouldn't|will not|would not|not going to|isn't going to|is not going to|ain't gonna|not gonna) (be (around|here|alive)|see) (for |at |by |to see |past )?((\S+ ){1,4}(at|on|for|by) )?(christmas|easter|thanksgiving|eid|diwali|hanukkah|new year|next year|the new year|(his|her|their|my) (birthday|anniversary|graduation|wedding)|the (wedding|birth|baby|graduation|holidays|summer)|much longer|long|another (year|christmas|birthday))\b"),
    // C-SSRS item 1 as the bereaved say it: a wish to sleep and be with the dead, to join them
    // beyond this life, or regret at waking up.
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(want|wants|wanted|wanting|wish|wishes|wished|wishing|hope|hopes|hoping|pray|prays|praying|longs?|longing|ready)( \S+){0,6}? (go to sleep|fall asleep|drift off|sleep|close (her|his|my|their) eyes) and (just )?(be with|join|be reunited with) \S+"),
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(want|wants|wanted|wanting|wish|wishes|wished|wishing|hope|hopes|hoping|pray|prays|praying|longs?|longing|ready)( \S+){0,6}? (join|be with|be reunited with|see) (him|her|them|\S+)( \S+)? (in heaven|on the other side|in the next life|up there|beyond)\b"),
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(disappointed|sorry|upset|annoyed|angry|gutted|frustrated|cross) (to (wake|be waking|have woken) up|(that|when) (she|he|i|they|you) (woke|wakes|wake|wakes up|woke up))\b"),
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(doesn't|don't|didn't|does not|do not|did not|no longer|not|never) (really )?(want|wants|wanting|wanted|wish|wishes|wishing|care|cares|caring)( \S+)? (to|about) (live|living|be alive|be around|being alive|exist|existing|wake up|waking up|keep (going|living)|go on (living|like this|anymore)|be (here|on this earth) (anymore|any more)|being (here|on this earth) (anymore|any more))\b")
        // "doesn't want to live out on that farm much longer", "doesn't want to live with her
        // mother": where or with whom to live, not whether.
        .not_after(r"^ ?((out |up |down |over |back )?(on|in|at|near|by|under|across|close to|next to|out on|out in) (that|the|this|a|his|her|their|my|our) (\S+ )?(farm|house|home|flat|apartment|town|city|village|place|area|street|ranch|trailer|estate|neighbou?rhood|country|state|island|reserve|camp|hostel|dorm|building|property|land|block|compound|side|road|valley|coast|station)|(there|alone|together|apart|abroad|anywhere|somewhere|nearby)\b|(with|near|next to|close to|under the same roof as) ((him|her|them|me|us)\b|(her|his|their|my|the|that|our) (\S+ )?(mother|mom|mum|dad|father|parents|husband|wife|partner|boyfriend|girlfriend|family|in-laws|sister|brother|aunt|auntie|uncle|grandmother|grandma|gran|granny|grandparents|roommates?|flatmates?|housemates?|kids|children|son|daughter|people|folks|ex|stepdad|stepmom|stepmum|stepfather|stepmother|cousins?)\b))"),
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(tired|sick|weary|worn out|worn down|exhausted|fed up|done) (of|with) (living|life|being alive|existing|being here|staying alive)\b"),
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(thoughts?|thinking|thinks|feelings?|ideas?|passive \S+) (of|about) (not|never) (wanting|want|wanted) to (be here|be alive|be around|live|exist|wake up)\b"),
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(no|nothing|not much|little) (reason|point|will) (to|in) (live|living|going on|go on)\b"),
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\bnothing (left )?to live for\b"),
    // "he doesn't have any reason to live", "she don't see no point in living", "ain't got
    // nothing to live for": the verb's negation is the phrase's own (said with "any", or
    // doubled by negative concord); it tells the same hopelessness, not a denial of it.
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(not|never|\S+n't) (really )?(have|has|had|got|get|see|sees|saw|find|finds|found|feel|feels|felt)( got)? (any|a|no|the|much|nothing|anything)( real| good| more)? (reason|point|will) (to|in) (live|living|going on|go on)\b"),
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(not|never|\S+n't) (really )?(have|has|had|got|get|see|sees|feel|feels)( got)? (nothing|anything) (left )?to live for\b"),
    // "what is the use of me", "what's the point of living now": a life judged useless, as
    // a question (C-SSRS item 1, said by the old and the bereaved).
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\bwhat('s| is)( the)? (use|point|purpose) (of|in) (me|my life|living|being alive|going on|carrying on|staying alive|my being here|me being here|life)\b")
        .not_after(r"^(without|if|when|in (a|the|this) (job|class|house|school))\b"),
    // "I want to go to Allah now", "ready to go home to the Lord": a wish to die said as
    // going to God.
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(want|wants|wanted|wanting|wish|wishes|wishing|ready|pray|prays|praying|longs?|longing)( \S+){0,2}? to go (home )?(to|and be with|be with|meet) (allah|god|heaven|jesus|the lord|my maker|her maker|his maker|the creator|bhagwan|paradise|jannah)\b")
        .not_after(r"^(when|one day|someday|some day|after|in (his|her|their|god's) (own )?(time|good time))\b"),
    // West African and Cameroonian Pidgin "I no want live again": the plain wish not to live.
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(i|she|he|they|e) no (want|wan|wanna|like) (to )?(live|dey live|stay alive|see tomorrow)( again| anymore| any more)?\b"),
    // "asked the nurse to give me the injection that ends it": a request for a hastened death.
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(give|giving|gave|gives) (me|him|her|them) (the|an|a|something|some) (\S+ )?(injection|shot|jab|pill|pills|tablet|tablets|medicine|drug) (that|to|which|so (i|he|she|they)) (ends?|finish(es)?|kills?|puts?|lets?|would (end|finish|kill|let)) (it|me|him|her|them|my life|his life|her life|everything)\b"),
    // "Gave away his Jordans. Said 'won't be needing em'": his things no longer needed is a
    // leave-taking said aloud (C-SSRS preparatory behaviour, a warning sign).
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(won't|will not|wont|not going to|isn't going to|ain't gonna|not gonna) be needing (it|them|em|'em|that|those|these|any of (it|them|that)|his \S+|her \S+|my \S+)( (any ?more|much longer|where (i'm|he's|she's) going|after))?\b")
        .not_after(r"^(for|till|until|at|on|this|next|today|tomorrow|tonight|because)\b"),
    // Spanish in an English note: "ya me quiero ir con mami" (pointing up, mami dead), "me
    // "he wants to go to where his mother is, and his mother died at Fasika": a wish to be
    // where a dead one is, when the sentence tells the death, is the wish to join the dead
    // (a passive death wish, C-SSRS item 1; common in bereaved children).
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(want\w*|wish\w*|long\w*|ready|yearn\w*|wanna|dream\w* of|talk\w* about|keeps? saying) (to )?(go|be|join|see|follow|going|being) (to )?(where|with|wherever) (his|her|my|their|your) (\S+ )?(mother|father|mum|mom|mama|mamma|papa|dad|daddy|wife|husband|son|daughter|baby|child|brother|sister|grandmother|grandfather|granny|grandma|grandpa|nana|nan|gran|friend|twin|parents|family)( is| are| went| has gone| have gone| is now| lies| rests| now)?\b")
        .need_any(&["died", "dead", "death", "passed", "late", "grave", "heaven", "buried", "funeral", "killed", "deceased", "perished", "drowned"]),
    // "wants to go and rest for good", "ready to sleep and never wake": rest or sleep with no
    // end is death wished for (a passive death wish).
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(want\w*|wish\w*|long\w*|ready|wanna|yearn\w*|think\w* about|thought about|talk\w* about)( to)? (go (and |to )?|going (to )?)?(rest|sleep|lie down) (for good|forever|for ever|permanently|eternally|and never wake( up)?|and not wake( up)?|in the ground|in the grave|with the ancestors)\b"),
    // "to rest from this life", "wants rest from living": rest from life itself, not from a
    // task or a week, is a wish to be dead (C-SSRS 1).
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(rest|resting|relief|release|escape|free|freed|freedom) from (this |the |her |his |my |their )?(life|living|world|earth|existence|being alive)\b")
        .not_before(r"\b(night life|social life|work life|city life|home life|school life|married life|family life)$")
        .not_after(r"^ ?of\b"),
    // quiero morir", "ya no quiero vivir": the wish to die or to join the dead.
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b((me )?quiero morir(me)?|me quiero ir con (mami|papi|mamá|mama|papá|papa|mi (madre|padre|mamá|papá|esposo|esposa|hijo|hija)|dios|diosito)|ya no quiero vivir|no quiero vivir|quisiera morir(me)?|me quiero matar|quiero matarme)\b"),
    // "ain't no use me being here", "no point in him staying alive": his being here judged
    // pointless is the wish not to be (C-SSRS item 1).
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(no|any) (use|point|sense|purpose) (in |of )?(me|my|him|his|her|them|their) (being|staying|living|sticking|hanging) (here|alive|around|on)\b"),
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(life (is|isn't|is not|feels|was|isn't really) (not )?(worth living|pointless|meaningless)|not worth living)\b"),
    // "life's not worth going on with", "life isn't worth the bother": going on with life
    // judged not worth it is the same wish (BSS item 2, a weak wish to live).
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(life|living)(('s|s| is| was| feels| seems) (not|no longer|hardly)|( isn't| wasn't| is not| doesn't feel| does not feel| doesn't seem| does not seem)) (really )?worth (going on|carrying on|sticking around|hanging on|hanging around|the bother|the effort|the fight|fighting for|bothering with|it)\b"),
    // "better off without him" is left to the frame that checks whose absence it is: the
    // client's ("the kids would be better off without her"), not a partner's ("she's better
    // off without him since the split").
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\bbetter off (dead|gone|not (existing|here|alive|around|being here)|six (foot|feet) under|in the (ground|grave|cemetery|graveyard|churchyard|boneyard|urupa|tomb|crematorium|morgue)|in a box|pushing up daisies)\b"),
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(be|are|were|is|'d be) better without (me|him|her|them)\b"),
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\bbetter off if (he|she|i|they) ((weren't|wasn't|were not|was not|isn't|is not|wasnt|werent) (around|here|alive|in the picture)|(just )?(checked out|ended it))\b"),
    // "he won't be a problem for anyone much longer": being a burden said to end soon is
    // perceived burdensomeness with a foreshortened future (Joiner; C-SSRS 1).
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(won't|will not|wouldn't|would not|'ll not) be (a |an |anyone's |everyone's )?(problem|burden|bother|trouble|nuisance|worry|headache)( (for|to|on) (\S+ ){0,2}?)?(much longer|for much longer|for long|long now|for long now)\b")
        .need_before(r"\b(he|she|i|they|he'll|she'll|i'll)( \S+){0,2}$"),
    // "She told her sister this is goodbye": a farewell said as final (C-SSRS preparatory
    // acts), not one for a trip or a move.
    spec(C::Preparatory, K::SuicidalIdeation, r"\b((told|tells|telling|said|says|saying|texted|texts|wrote|writes|messaged|messages|posted|posts) (\S+ ){0,3}?(that )?(['\x22] ?)?)?(this is|this was|it's|it is|this'll be|this will be) (goodbye|(a |the |my |our )?(last|final) goodbye)\b")
        .not_after(r"^ ?(,? ?for now|,? ?(until|till|til|for the summer|for a (while|bit|few))|,? ?(i'm|she's|he's|we're|they're|i am) (moving|leaving|off|going (to|back|home|away))|to (the|my|his|her|our) (old|job|house|flat|school|team|class))\b"),
    // "the world would be quieter without her in it": the world said to be better for one's
    // absence (thwarted belongingness, Joiner 2005).
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(the )?(world|family|house|place|everyone|everybody) (would|will|'d|'ll) (be )?(quieter|better|easier|happier|lighter|simpler|calmer|better off|fine) without (him|her|me|them)( in it)?\b"),
    // "asked how many of his heart pills would stop his heart": a lethal dose asked about is a
    // method researched (C-SSRS preparatory).
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(asked|asks|asking|wondered|wonders|wondering|wanted to know|wants to know|asked me|asked the pharmacist)( \S+){0,2}? how (many|much)( of)? (\S+ ){0,3}(pills|tablets|capsules|insulin|paracetamol|tylenol|panadol|meds|medication|medicine|sleepers|sleeping pills)( \S+){0,3} (would|will|'d|it'd|it would|it'll|to) (stop (his|her|my|their|your|a) heart|kill|be (fatal|lethal|too many|enough to die)|take to (die|kill|do it|stop))\b"),
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\bcan't go on\b"),
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(welcome death|(wouldn't|would not|doesn't|does not|don't) (mind|care)( if (she|he|i|they))? (dying|died|dies|didn't wake up|did not wake up|never woke up|were dead|was dead|drowns|drowned|drowning|gets killed|got killed|crashes|crashed|doesn't come back|didn't come back|never comes back))\b"),
    // "'just want to go to sleep properly. Not wake up.'": the wish not to wake said as its own
    // fragment after a sleep wished for (C-SSRS 1).
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"^\W*(and |just |simply |then )?(not|never) (to )?(wake|waking)( up| again| ever)?\W*$")
        .need_near(&["sleep", "sleeping", "asleep", "bed", "want", "wants", "wanted", "wish", "wishes", "wished", "pills", "forever", "tired"]),
    // A welcomed death said as a conditional (BSS items 4-5, C-SSRS "wish to be dead"): the
    // speaker would be fine, glad or relieved if a death, a fatal event or not waking up befell
    // them. The "if" makes it a wish, not a hypothetical.
    spec(C::PassiveIdeation, K::SuicidalIdeation, concat!(r"\b((wouldn't|would not|won't|doesn't|does not|don't|didn't) (mind|care|bother (me|him|her|them)|be bothered)|\S*'d (not|no|never) (mind|care|be bothered)|(wouldn't|would not|\S*'d not|won't) be (that |too |all that |very |overly |terribly )?(fussed|bothered|sorry|upset|cut up)|(would|\S*'d|will|\S*'ll)( just| honestly| really| probably| actually| quite| almost)? (be|feel) (fine|okay|ok|alright|all right|happy|glad|relieved|at peace|grateful)|(it|that|it'd|that'd|it'll) (('d|would|will|'ll) )?be (a relief|a blessing|a mercy|fine|okay|easier)) (if|when)( \S+){0,8}? ", fatal_event!(), r"\b")),
    // Indifference to surviving, said of an event past or to come: "didn't really care if
    // he'd woken up", "wouldn't have cared whether she survived" (C-SSRS 1: wish to be dead).
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(didn't|did not|doesn't|does not|don't|wouldn't|would not|\S+'d not|couldn't|could not)( have)? (really |much |even |honestly |particularly |truly )?(care|cared|mind|minded|give a \S+)( \S+){0,2}? (if|whether) (she|he|i|they)( had|'d| would have|'d have| would)? (woken|woke|wake|wakes|survived|survives|survive|made it|make it|makes it|lived|lives|live|came round|come round|came to|come to|pulled through|pull through)( up)?\b")
        .not_after(r"^ ?(late|early|on time|in time|at|before|after|for|the|in|to)\b"),
    // "driving with no seatbelt 'hoping somebody take me out'": a death at another's hands
    // or by an accident hoped for (C-SSRS 1), not an outing ("take me out to dinner").
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(hope|hopes|hoped|hoping|pray|prays|prayed|praying|wish|wishes|wished|wishing)( that)? (somebody|someone|anybody|anyone|something|some \S+) (will |would |might |could |'d |'ll |just |finally )?(take|takes|took|taking) (me|him|her|them) out\b")
        .not_after(r"^ ?(to|for|on|tonight|dancing|sometime|again|with|of|fishing|hunting|shopping|somewhere|properly|for a)\b"),
    // The condition said first: "if a roo came through the windscreen one night he wouldn't
    // be that fussed", "if the cancer took her, she'd not mind".
    spec(C::PassiveIdeation, K::SuicidalIdeation, concat!(r"\bif (\S+ ){0,2}?", fatal_event!(), r"( \S+){0,10}? ((he|she|i|they|you) (wouldn't|would not|won't|will not)|(he|she|i|they|you)'d (not|never)) (really |honestly |even |much |be )?(mind|care|be (that |too |all that |very |overly |terribly )?(fussed|bothered|sorry|upset|cut up))\b")),
    // "took the dinghy out in the flood and said 'if I came back, I came back'", "if I die, I
    // die": survival left to chance in a tautology is indifference to living (C-SSRS 1).
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\bif (i|he|she|they) (don't |didn't |doesn't |never )?(come|came|comes|make|made|makes|survive|survived|survives|die|died|dies|wake|woke|wakes|live|lived|lives)( back| it| up)? (, |\. |' |\x22 )?(then )?(i|he|she|they) (don't |didn't |doesn't |never )?(come|came|comes|make|made|makes|survive|survived|survives|die|died|dies|wake|woke|wakes|live|lived|lives)( back| it| up)?( \.| ,| '| \x22| ;|$)"),
    // The same outcome hoped or prayed for: "hopes the scan comes back bad so it's all over".
    // "maybe better the rocket finds me": a strike on oneself called better than shelter.
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(better|best|easier)( if| that| when| to let)?( \S+){0,3}? (the |a |that |one )?(missile|bomb|shell|bullet|rocket|drone|grenade|mortar|shelling|airstrike|strike) (finds|found|find|hits|hit|gets|get|takes|take|kills|kill|falls on|fall on|lands on|land on) me\b"),
    spec(C::PassiveIdeation, K::SuicidalIdeation, concat!(r"\b(hope|hopes|hoped|hoping|pray|prays|prayed|praying|wish|wishes|wished|wishing|rather|sooner)( that)?( \S+){0,6}? ", fatal_event!(), r"\b")),
    // "The urge to die is still there": the wish named as an urge or a pull (C-SSRS 1-2).
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(urges?|impulses?|desire|pull|longing) to (die|be dead|not be here|not exist|end it all|end (her|his|my|their) (own )?life|kill (her|him|my|them)sel(f|ves))\b"),
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\bmight as well (be dead|die|not be here|be gone|not exist)\b"),
    // A survivor's wish to have died: "wishing he had drowned in the crossing with the
    // others", "wishes he hadn't made it home", "wished the crash had taken her too".
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(wish|wishes|wished|wishing)( that)? (she|he|i|they)( had|'d)? (died|drowned|been killed|gone with|not survived|never survived|never woken up|never been born|not been born)\b"),
    // "she has never had such thoughts" after the PHQ-9's ninth item or another's suicide:
    // the suicidal thoughts named before, denied.
    spec(C::Ideation, K::SuicidalIdeation, r"\b(such|those|these|similar|any such|any of those|any of these|that kind of) (thoughts|thinking|ideas)\b")
        .need_before(r"\b(no|never|not|never had|never once had|not had|not having|hasn't had|haven't had|denies|denied|denies having|without)( \S+){0,2}$")
        .need_any(&["suicide", "suicidal", "ninth", "nine", "shot", "hanged", "hanging", "drowned", "overdosed", "overdose", "jumped", "jump", "killed", "life", "dying", "die", "died", "dead", "attempt", "attempted", "train"]),
    // The bereaved's wish to be with the dead: "no thoughts of joining her".
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\bthoughts? of (joining|being with|going with|following) (her|him|them)\b")
        .need_any(&["widow", "widower", "died", "death", "passed", "late", "grave", "funeral", "loss", "bereaved", "bereavement", "wife's", "husband's"]),
    // "wished you'd been in the car with her": a survivor's wish to have shared the death.
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(wish|wishes|wished|wishing)( that)? (she|he|i|they|you)( had|'d) been (in|on|aboard|inside) (the|that) (\S+ )?(car|plane|boat|train|bus|crash|accident|wreck|fire|building|house|truck|vehicle|helicopter|flat|tower|ambulance)( with (her|him|them))?\b"),
    // "wishes he'd stayed out there and died": the death coordinated after a place or state.
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(wish|wishes|wished|wishing)( that)? (she|he|i|they)( had|'d) (stayed|remained|been left|gone down|gone)( \S+){0,4} and (died|drowned|been killed|never come back|not come back|never came back)\b"),
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(wish|wishes|wished|wishing)( that)? (she|he|i|they) (hadn't|had not|didn't|did not|never) (made it|survived|pulled through|come back|woken up|got out|been rescued|been found)\b"),
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(wish|wishes|wished|wishing)( that)? (the|that) (\S+ ){0,2}(had|would have|'d) (killed|taken|got) (her|him|me|them)( too| as well)?\b"),
    // "thinking one step back and it'd all be over": the end of it all pictured (C-SSRS 2).
    spec(C::Ideation, K::SuicidalIdeation, r"\b(think\w*|thought|pictur\w*|imagin\w*)( \S+){1,6}? and (it'd|it would|it'll|it will|that'd|that would|that'll) (all )?be (over|done|finished)\b"),
    // "Found him in his truck with Papaw's thirty-aught-six. He confirms, drove out there to do
    // it, didn't": going somewhere "to do it" with a weapon or means at hand is an aborted
    // attempt (C-SSRS), whether or not it was carried through.
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(drove|went|walked|headed|came|climbed|got|rode|hiked) (out |up |down |over )?(there |here |to the \S+ )?(intending |meaning |planning |in order )?to do it\b")
        .need_near(&["gun", "guns", "rifle", "shotgun", "pistol", "revolver", "thirty-aught-six", "aught-six", "pills", "tablets", "rope", "noose", "bridge", "cliff", "tracks", "ledge", "roof", "overdose", "hose", "exhaust", "knife", "blade", "razor", "suicide", "kill", "end"]),
    // "does not expect to see another breakup on the river", with his rifles tagged for his
    // grandson: a future given up on, told with things put in order, is a farewell (C-SSRS
    // preparatory acts; the dying are weighed apart).
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(does not|doesn't|do not|don't|did not|didn't|no longer) (expect|plan|intend) to (see|be (here|around) for|make it to) (another|the next|one more|next) (\S+ ){0,2}?(christmas|spring|summer|winter|autumn|fall|birthday|year|season|breakup|harvest|thanksgiving|new year|easter|eid|diwali)\b")
        .need_near(&["rifle", "rifles", "gun", "guns", "shotgun", "pistol", "tagged", "labelled", "labeled", "will", "gets", "giving", "gave", "given", "letters", "letter", "goodbye", "goodbyes", "affairs", "order", "pills", "rope"]),
    // "walking out into the desert and not coming back", "swim out and never come back",
    // "swimming out past the reef at Tunnels and not returning".
    spec(C::Ideation, K::SuicidalIdeation, r"\b(walk\w*|driv\w*|drove|swim\w*|swam|go|going|goes|went|head\w*|wander\w*|paddl\w*|row\w*|sail\w*|ski\w*) (out |off )?(into|to|in|across|over|past|beyond|out past|out beyond|onto) (the|a) \S+( \S+){0,3}? and (not|never) ((coming|come|came|comes) (back|home)|return|returns|returning|returned)\b"),
    // "he's thought about 'doing a Dad' with it", "going the way her brother went": a
    // relative's suicide taken as one's own way out, with a means or the death in the
    // sentence (a family history of suicide is the strongest single risk factor there is).
    spec(C::Ideation, K::SuicidalIdeation, r"\b((do|does|doing|did|pull|pulls|pulling|pulled) (a|an|the) (dad|da|daddy|father|pa|pop|mum|mam|mom|mother|brother|sister|uncle|aunt|aunty|auntie|cousin|grandad|granda|grandpa|granddad|nan|gran|grandma|son|husband|wife)( with| on| and| ,| \.| '| \x22| ;| too|$)|(go|goes|going|went|gone) the (same )?way (his|her|my|their) (\S+ )?(dad|da|father|mum|mam|mom|mother|brother|sister|uncle|aunt|cousin|grandad|grandpa|son|husband|wife|mate|friend) (went|did|chose|took))\b")
        .not_before(r"\b(never|not|won't|wouldn't|doesn't|don't|didn't|denies|denied|no)( \S+){0,3}$")
        .need_any(&["rifle", "gun", "shotgun", "pistol", "rope", "noose", "shot", "hanged", "hung", "hanging", "suicide", "killed", "drowned", "overdose", "overdosed", "bridge", "pills", "it", "died", "death", "gas", "car", "garage", "tracks", "train", "thought", "thinks", "thinking", "considered"]),
    // "sitting by the rail at the falls 'working up the nerve'": steeling oneself at an edge,
    // a track or with a weapon to hand is rehearsal (C-SSRS preparatory behaviour); nerve
    // worked up to ask, tell or leave someone is not.
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(working|works|worked|work|getting|gets|got|get|building|builds|built|build|screwing|screwed|plucking) up (the |her |his |my |their )?(nerve|courage|guts|bottle)\b")
        .not_after(r"^(\S+ )?to (ask|tell|talk|call|ring|phone|text|quit|apply|leave|speak|confront|come out|go back|see|visit|meet|report|face|say|open up|try|start|stand up|sign|book)\b")
        // "on the diving board working up the courage": a dare or a stage, not an edge.
        .not_before(r"\b(diving board|springboard|high board|pool|bungee|zip ?line|zipline|ride|stage|podium|microphone|mic)( \S+){0,4}$")
        .need_any(&["rail", "railing", "railings", "edge", "ledge", "bridge", "cliff", "cliffs", "falls", "tracks", "track", "platform", "pistol", "gun", "rifle", "shotgun", "rope", "noose", "pills", "tablets", "overdose", "jump", "roof", "rooftop", "viaduct", "quarry", "dam", "pier", "overpass", "blade", "razor", "knife"]),
    // "thinks about just not turning the wheel at the switchbacks", "pictures letting go of
    // the wheel on the bend": a crash by not steering, thought of while driving.
    spec(C::Method, K::SuicidalIdeation, r"\b(think\w*|thoughts?|tempt\w*|imagin\w*|pictur\w*|urges?|want\w*|consider\w*|fantasi\w*)( about| of)?( just| simply)? (not (turning|turn|steering|steer|braking|brake|stopping|stop)( the wheel)?|letting go of the (wheel|steering wheel|handlebars)|going straight( on)? (at|through) (the )?(bend|corner|curve|switchbacks?|turn|hairpin))\b")
        .need_any(&["drive", "drives", "driving", "drove", "wheel", "bend", "bends", "curve", "curves", "highway", "road", "switchback", "switchbacks", "car", "truck", "hairpin", "corner"]),
    // "letting the rig drift off the road", "driving the car into a tree": a vehicle as method.
    spec(C::Method, K::SuicidalIdeation, r"\b(let|lets|letting|steer\w*|driv\w*|drove|put|putting|run|running|ran|crash\w*|veer\w*) (the|his|her|my|their) (car|truck|pickup|pick up|jeep|suv|wagon|motor|rig|ute|lorry|van|bike|motorbike|quad|tractor|cab) (drift |go |roll |run |veer )?(off the road|off the cliff|off the bridge|into (a|the|an) (\S+ )?(tree|wall|river|lake|oncoming|truck|lorry|bridge|pylon|barrier|ditch|sea|quarry|elevator|silo|pole|post|pillar|abutment|overpass|underpass|semi|train|median|canal|dam|ravine|gorge|bayou|creek|pond|ocean|guardrail|guard rail|tanker|traffic))\b")
        .need_before(r"\b(think\w*|thought|tempt\w*|imagin\w*|pictur\w*|want\w*|urges?|plan\w*|consider\w*|fantasi\w*|wonder\w*|about|of)( \S+){0,3}$"),
    // "she'll take every morphine tablet in the house": all of a supply, as a method.
    spec(C::Method, K::SuicidalIdeation, r"\b(take|taking|takes|swallow\w*|down|downing) (every|all (of )?(the|her|his|my|their)?|the whole (box|bottle|packet|pack|lot) of( the| her| his| my)?) ?(\S+ )?(tablets?|pills?|meds|medication|painkillers|morphine|paracetamol|sleeping pills|insulin)\b"),
    // "the shotgun's in the cabinet and he's been thinking about using it on himself": a
    // weapon turned on oneself in thought or act (C-SSRS method).
    spec(C::Method, K::SuicidalIdeation, r"\b(us(e|es|ed|ing)|turn(s|ed|ing)?|point(s|ed|ing)?) (it|that|them|those|one|the \S+|his \S+|her \S+) on (himself|herself|myself|themselves|themself|yourself)\b")
        .need_any(&["gun", "guns", "shotgun", "shotgun's", "rifle", "rifles", "pistol", "handgun", "revolver", "firearm", "firearms", "knife", "knives", "blade", "razor", "weapon", "gun's", "rifle's", "pistol's"]),
    // "Collected phenazepam from three doctors ... think to take all at once": a supply
    // gathered, then the thought of taking it all in one go (C-SSRS method and preparatory
    // behaviour); the supply may be told a sentence before.
    spec(C::Method, K::SuicidalIdeation, r"\b(think|thinks|thinking|thought|plan|plans|planning|planned|want|wants|wanted|wanting|going|gonna|intends?|intending|tempted|decided|decides|ready|means|meaning) (of |about |to |on )?(take|taking|swallow|swallowing|drink|drinking|down|downing) (them |it |these |those |everything |the lot |the whole lot )?all (of (them|it) )?(at once|in one go|together|at the same time|at one time)\b")
        .need_near(&["pills", "tablets", "capsules", "bottles", "bottle", "meds", "medication", "medicine", "collected", "collecting", "stockpiled", "stockpiling", "saved", "saving", "hoarded", "hoarding", "stash", "stashed", "phenazepam", "corvalol", "diazepam", "sleeping", "box", "strips", "packets"]),
    // "takes all his vitamins at once with breakfast": a daily routine of supplements or of
    // one's morning or evening medicines is no supply taken in one go.
    block(r"\b(takes|taking|take) all (of )?(her|his|my|their|the) (\S+ ){0,2}?(vitamins|supplements|morning (pills|meds|tablets|medicines)|evening (pills|meds|tablets|medicines)|night (pills|meds|tablets))( \S+){0,2}? (at once|together|in one go|at the same time)\b"),
    // "thought about taking all her sertraline at once": a whole supply in one go.
    spec(C::Method, K::SuicidalIdeation, r"\b(take|taking|takes|took|swallow\w*|down|downing) all (of )?(her|his|my|their|the) (\S+ ){1,2}(at once|in one go|together|at the same time)\b"),
    // "wondering whether anybody would miss him": thwarted belonging as a passive wish.
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(wonder\w*|ask\w* (him|her|my|them)sel(f|ves)|thinking about|thought about) (whether|if) (anybody|anyone|people|they|his family|her family|anyone at all) would (miss|notice|care about|even notice) (him|her|me|them)( if (he|she|i|they) (was|were|'d) gone)?\b"),
    // "going for one of the other residents with a broken bottle": an attack with a weapon.
    spec(C::Violence, K::Violence, r"\b(went|go|goes|going|gone|came|come|comes|coming|ran|run|running) (for|at|after) (him|her|them|someone|somebody|(one of )?(the|a|an|another|his|her|two|some) (\S+ ){0,2}\S+) with (a|an|the|his|her) (broken )?(bottle|glass|knife|blade|bat|hammer|chair|brick|pool cue|screwdriver|machete|iron|bar|stick|pipe|weapon)\b"),
    // "busted a boy from Florala upside the head with a beer bottle": "upside the head" (US
    // vernacular) is a blow to someone's head, whoever is named between.
    spec(C::Violence, K::Violence, r"\b(hit|hits|hitting|bust|busts|busted|busting|smack\w*|whack\w*|knock\w*|pop|pops|popped|clock\w*|crack|cracks|cracked|slap\w*|thump\w*|bop\w*|went|goes|go) (\S+ ){1,6}upside (the|his|her|their|my|your) (head|face|skull)\b"),
    // "Took a tire iron to her cousin's boyfriend's truck window, then to him": a weapon
    // taken to a thing and then to a person is a blow to that person.
    spec(C::Violence, K::Violence, r"\b(took|takes|take|taking) (a|an|the|his|her|my|their) (\S+ )?(bat|tire iron|tyre iron|crowbar|hammer|knife|machete|pipe|wrench|spanner|shovel|spade|axe|golf club|bottle|stick|belt|two by four|pool cue|brick|rock|cutlass|panga|sjambok|bar|iron bar|baton|cane|club) to (\S+ ){1,6}(, )?(then|and then) to (him|her|them|the (man|woman|guy|boy|girl|driver|owner))\b"),
    // "Found with torn sheet tied to vent", "a belt looped over the closet rail": a ligature
    // found fixed to an anchor point (C-SSRS interrupted attempt); "cut down by officers".
    spec(C::Attempt, K::SuicidalIdeation, r"\b(sheet|sheets|bedsheet|bed sheet|belt|cord|shoelaces?|laces|rope|noose|towel|t-shirt|shirt|cable|lanyard|sock|socks|scarf|bra|strap|wire)( \S+){0,2} (tied|tied off|fastened|attached|looped|knotted|hung|hanging) (to|around|round|on|from|over) (the |a |his |her |their )?(\S+ )?(vent|door|door handle|doorknob|pipe|bar|bars|bed frame|bedframe|bunk|hook|rail|railing|beam|light fixture|curtain rail|window|sprinkler|shower head|showerhead|banister|bannister|tree|rafter|grate|grille)\b"),
    // "Found by son in the hay barn w/ a rope over the beam, son talked him down": a rope
    // found thrown over a beam or a rafter is a hanging set up (C-SSRS interrupted or
    // aborted attempt), with no verb of tying said.
    spec(C::Attempt, K::SuicidalIdeation, r"\b(found|caught|discovered|walked in on|came in on|sitting|standing|stood|sat)( \S+){0,8}? (with|w/) (a |the |his |her |their )?(rope|noose|cord|belt|cable|extension cord|sheet|strap)( \S+){0,2} (over|across|round|around|on|from) (a |the |his |her |their )?(\S+ )?(beam|beams|rafter|rafters|joist|joists|banister|bannister|branch|hook|crossbeam|pipe|rail)\b"),
    // "Then: 'should've just gone off the dugway instead'": a regret of not having died
    // another way, after an act, is ideation that goes on (C-SSRS 2).
    spec(C::Ideation, K::SuicidalIdeation, r"\b(should've|should have|shoulda|could've|could have|coulda|might as well have|ought to have) (just )?(gone|driven|went|jumped|stepped|steered|rolled|walked|swum|swam|run) (off|over|into|under|in front of) (the|a|that) (\S+ ){0,2}?\S+( instead| and been done| and ended it| then)?\b")
        .need_near(&["rope", "noose", "gun", "rifle", "shotgun", "pistol", "pills", "overdose", "instead", "talked", "beam", "suicide", "kill", "die", "dead", "attempt", "hanging", "hang", "end"]),
    // "found with a torn pillowcase tied around her neck", "tied a bootlace round his neck": a
    // ligature on the neck itself. Things worn there (a scarf, a tie) only when found so.
    spec(C::Attempt, K::SuicidalIdeation, r"\bfound\b( \S+){0,8}? (with|wearing) (a |an |the |her |his |their )?(\S+ )?(ligature|sheet|bedsheet|bed sheet|pillowcase|pillow case|belt|cord|shoelaces?|bootlaces?|laces|rope|towel|t-shirt|shirt|cable|lanyard|sock|socks|scarf|bra|strap|wire|tie|leggings|tights|strip of \S+)( \S+){0,2} (tied|knotted|wrapped|twisted|looped|cinched|tightened|pulled tight) (tightly |tight )?(around|round) (her|his|their|the|my) neck\b"),
    spec(C::Attempt, K::SuicidalIdeation, r"\b(tied|ties|tying|knotted|twisted|looped|cinched|tightened) (a |an |the |her |his |their |my )?(\S+ )?(ligature|sheet|bedsheet|bed sheet|pillowcase|pillow case|belt|cord|shoelaces?|bootlaces?|laces|rope|cable|sock|socks|bra|strap|wire|leggings|tights|strip of \S+) (tightly |tight )?(around|round) (her|his|their|my) (own )?neck\b"),
    spec(C::Attempt, K::SuicidalIdeation, r"\b(cut|was cut|were cut|been cut) down by (officers|staff|guards|the guards|the officers|a guard|an officer|nurses|the nurse|his cellmate|her cellmate|a cellmate|police|deputies|family)\b"),
    // "tying a sock around her neck": a ligature made (C-SSRS preparatory or attempt).
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(tie|ties|tied|tying|wrap\w*|put\w*|twist\w*|knott?\w*) (a|the|her|his|my|their) (\S+ )?(sock|belt|scarf|cord|rope|tie|sheet|shoelace|lace|bra|towel|cable|wire|charger|lead|ligature|strap|string) (a?round|tight round|tight around) (her|his|my|their) (own )?neck\b"),
    // "I'll see him dead", "wants that man dead", "he'd like to see the victim's family dead":
    // a wish for a person's death (a noun phrase of up to three words; a thing wished dead,
    // "the weeds", is rare enough in a clinical memo to leave to review).
    spec(C::HomicidalIdeation, K::HomicidalIdeation, r"\b(see|seeing|sees|want|wants|wanted|wanting|wish|wishes|wished|wishing) (him|her|them|(that|the|those|these|this|his|her|their|my|all|both|every) ([a-z]+'s |[a-z]+ ){0,2}(of them |of \S+ )?(guy|man|men|woman|women|bloke|kid|kids|driver|bastard|family|families|victim|boss|ex|husband|wife|partner|boyfriend|girlfriend|father|stepfather|dad|stepdad|mother|stepmother|mum|mom|brother|sister|son|daughter|uncle|aunt|cousin|neighbou?rs?|landlord|coworkers?|colleagues?|manager|supervisor|lot|people|gang|teacher|officer|cops?|judge|abuser|attacker|rapist|dealer|them|lads|girls|boys))( (were|was|be))? (dead|in (the|a) (grave|ground|box)|six feet under)\b"),
    // "He said he hopes the boss dies": a hope for a named person's death (not a dying
    // relative's peaceful end: "peacefully", "in her sleep", "at home" are kept out).
    // "he's gonna catch a bullet": street words for someone the speaker means to shoot.
    spec(C::HomicidalIdeation, K::HomicidalIdeation, r"\b(gonna|going to|will|'ll|is gonna|'s gonna|about to) (catch|get|take|eat) (a bullet|bullets|one in the head|a slug|some lead|a cap)\b"),
    // "He want to burn the house of the neighbour with the family inside": a fire set to a
    // home with its people in it is a wish or threat to kill them.
    spec(C::HomicidalIdeation, K::HomicidalIdeation, r"\b(want|wants|wanted|wanting|going to|gonna|will|'ll|threaten\w*|plan\w*|think\w*|thought|fantasi\w*|swore|swears|wish\w*|dream\w* of|talk\w* of|talk\w* about) (to |about |of )?(burn|burning|torch|torching|set fire to|setting fire to|firebomb|firebombing|petrol bomb|petrol-bomb) (down )?(the|his|her|their|that|a|my) (\S+ ){0,4}?(house|home|flat|apartment|place|shop|trailer|caravan|car)( (of|belonging to)( \S+){1,3}?)?( down)? (with|while) (him|her|them|the (\S+ )?(family|kids|children|baby|wife|husband|neighbou?rs?|people|whole family)|everyone|everybody|people|his family|her family|their family)( (still |all )?(inside|in it|in there|asleep|home))?\b"),
    // "'I will finish that jiju, I swear'", "swore he'd finish him off": to finish a person is
    // to kill him (Indian, African and Caribbean English; "finish off" everywhere).
    spec(C::HomicidalIdeation, K::HomicidalIdeation, r"\b(will|[a-z]+'ll|[a-z]+'d|gonna|going to|swore to|swears to|vow\w* to|promised to|threaten\w* to) finish (off )?(him|(that|this|the|his|her|their|my) (\S+ )?(man|guy|fellow|fella|bastard|idiot|boy|brother|sister|cousin|uncle|husband|wife|boyfriend|girlfriend|neighbou?r|landlord|boss|jiju|jijaji|bhai|in-law|brother-in-law|father|stepfather|stepbrother|dealer|cop|officer|teacher|ex))( off)?\b"),
    // "he will finish that man", "swore to finish him off": "finish" of a person is to kill
    // (Southern African, West African and Caribbean English), said by a person as a will or
    // a vow ("losing his licence would finish him" is ruin).
    spec(C::HomicidalIdeation, K::HomicidalIdeation, r"\b((he|she|they|i) (will|gonna|is going to|are going to|am going to|must|wants to|want to|swore to|swears to|vowed to|threatened to|threatens to)|he'll|she'll|they'll|i'll) finish (him|them|that (man|woman|boy|guy|bloke|fool|idiot|bastard|uncle|one|family)|the (uncle|man|woman|guy|bloke|neighbou?r|landlord|boss|bastard))( off)?\b"),
    spec(C::HomicidalIdeation, K::HomicidalIdeation, r"\b(hope|hopes|hoped|hoping|pray|prays|prayed|praying|wish|wishes|wished|wishing) (that )?(the|his|her|their|that|my) ([a-z]+ )?(boss|ex|husband|wife|partner|boyfriend|girlfriend|stepfather|stepdad|stepmother|landlord|coworker|colleague|manager|supervisor|neighbou?r|abuser|attacker|rapist|dealer|guy|man|woman|bloke|bastard) (dies|would die|will die|died|drops dead|would drop dead|gets killed|would get killed)\b")
        .not_after(r"^(peacefully|in (his|her|their) sleep|at home|without pain|quickly|soon and)\b"),
    // "she's pictured putting rat poison in his sweet tea": a poison meant for a person's
    // drink or food is a method of killing (homicidal ideation, not harm short of it).
    spec(C::HomicidalIdeation, K::HomicidalIdeation, r"\b(put\w*|slip\w*|mix\w*|pour\w*) (rat poison|poison|antifreeze|weed ?killer|paraquat|cyanide|arsenic|bleach|pesticide) (in|into) (his|her|their|the|\S+'s) (\S+ )?(drink|drinks|coffee|tea|food|dinner|meal|pint|glass|beer|wine|water|bottle|soup|juice)\b")
        .need_before(HARM_THOUGHT_CUE),
    // "thinking about spiking his flatmate's coffee", "she's pictured putting rat poison in
    // his sweet tea": a poisoning intended or imagined.
    spec(C::HarmThoughts, K::HarmToOthers, r"\b(spik\w*|lac\w*|poison\w*|dos\w*|put\w* (something|stuff|bleach|pills|drugs|laxatives|rat poison) in) (his|her|their|the|\S+'s) (\S+ )?(drink|drinks|coffee|tea|food|dinner|meal|pint|glass|beer|wine|water|bottle)\b")
        .need_before(HARM_THOUGHT_CUE),
    // "burning his brother's trailer down with his brother in it": a fire set on a home with
    // a person inside is a plan to kill (arson with intent to endanger life).
    spec(C::HomicidalIdeation, K::HomicidalIdeation, r"\b(burn\w*|torch\w*|set\w* fire to|set\w* alight|petrol bomb\w*|firebomb\w*) (down )?(his|her|their|the|my|\S+'s) (\S+'s )?(\S+ )?(house|home|trailer|caravan|flat|apartment|place|shed|cabin|shack|bach|car|van|ute|truck)( down| up)? with (him|her|them|(his|her|their|the|my) \S+)( still)? (in|inside) (it|there)\b"),
    // "He's going to end him": to end a person is to kill him (street usage).
    // "Her" may be a possessive: "one mistake will end her career" ends a career, no person.
    spec(C::HomicidalIdeation, K::HomicidalIdeation, r"\b(going to|gonna|'ll|\S+'ll|will|would|wants? to|wanted to|wanna|to|could) (\x22 )?end (him|her|them|that (guy|dude|man|woman|bloke|kid))\b")
        .not_after(r"^(((own|whole|entire) )?(days|time|season|year|term)|(\S+ )?(career|careers|job|jobs|marriage|relationship|chances?|hopes?|dreams?|studies|degree|course|contract|tenancy|placement|friendship|engagement|pregnancy|shift|run|streak|treatment|membership|business|company|affair|employment|reign|plans?|role|tenure|visa|benefits|stay|training|apprenticeship|scholarship|residency|licen[cs]e|registration|reputation|prospects|future|hopes|chance|visits?|contact|access|custody|rotation|internship|probation|sentence|tour|football|playing|music|singing|dancing|modelling|modeling|education|schooling))\b"),
    // "Part of her wanted it over": a wish for it all to be over (C-SSRS 1).
    // "Part of her wanted it over" (alone, "he just wants it over" is about a row).
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(part of (her|him|me|them) (wanted|wants|wanting|wished|wishes|wishing) (it|everything|it all) (all )?(over|to be over|to end|finished)|(wanted|wants|wanting|wished|wishes|wishing) (it all|everything) (all )?(over|to be over|finished))\b")
        .not_after(r"^(with|before|by|so)\b"),
    // "Holds them over the stove when the memories come": a burn done to oneself.
    spec(C::SelfInjury, K::SelfHarm, r"\b(hold|holds|held|holding|put|puts|putting|press|presses|pressed|pressing) (her|his|my|their) (hands?|arms?|fingers?|palms?|wrists?|forearms?) (over|on|against|onto|under|into|in) (the |a |an )?(stove|hob|gas ring|flame|flames|candle|lighter|iron|kettle|fire|boiling water|hot \S+|radiator|grill)\b")
        .not_after(r"^to (warm|heat|dry)\b"),
    spec(C::SelfInjury, K::SelfHarm, r"\b(hold|holds|held|holding|press|presses|pressed|pressing) them (over|on|against|onto|under|into|in) (the |a |an )?(stove|hob|gas ring|flame|flames|candle|lighter|iron|kettle|fire|boiling water|radiator|grill)\b")
        .need_any(&["burn", "burns", "burned", "burnt", "blisters", "scars", "marks", "hands", "arms", "fingers"])
        .not_after(r"^to (warm|heat|dry)\b"),
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(want|wants|wanted|wanting|wanna|gonna|wish|wishes|wished|wishing|hope|hopes|hoped|hoping|pray|prays|prayed|praying|rather|sooner|(\S+'d|would) (just )?as soon|ready to|can't wait to|longs? to|longing to|thoughts? (of|about)|thinking (of|about)|thinks? (of|about)|thought (of|about)|feels? like|felt like|fantasi\w* about|think (she|he|they|i)'d|would like to)( \S+){0,8}? (die|dying|be dead|being dead|were dead|was dead|dead|not exist|not existing|not to exist|stop existing|cease to exist|disappear forever|not be (here|around|alive)|not being (here|around|alive)|no longer (be )?(here|alive|around)|not wake up|never wake up|not waking up|never waking up|wouldn't wake up|won't wake up|not to wake up|never to wake up|wouldn't have to wake up|sleep forever|be gone forever|disappear (for good|permanently|and never come back)|not be around anymore|death|end(ing)? it|end(ing)? things|(get|got|be|being) hit by a (bus|car|truck|train)|die in (a|an) (accident|crash|wreck)|not survive)\b")
        // "thinking of ending it with her boyfriend": a relationship, not a life.
        .not_after(r"^(of (embarrassment|boredom|laughter|shame|cringe)|for|with (him|her|them|his|their|my|the|a))\b"),
    // --- Self-harm.
    spec(C::Abstinence, K::SelfHarm, r"\b(clean|free) (from|of) (cutting|self harm\w*|self injury|burning)\b"),
    // "she has stopped cutting vegetables": a cutting with its own object is a chore.
    spec(C::Abstinence, K::SelfHarm, r"\b(quit|stopped|stop|stopping|quitting) (cutting|self harm\w*|self injur\w*|burning (him|her|my|them)sel(f|ves))\b")
        .not_after(r"^(the |her |his |my |their |some |up |down |out )?(vegetables|veg|veggies|onions?|fruit|food|meat|fish|bread|hair|grass|lawn|hedges?|wood|firewood|timber|cane|sugarcane|paper|coupons?|class|classes|school|corners|ties|back|down|out|costs|people off|him|her|them|carbs|sugar|gluten)\b"),
    // Hair-pulling, skin-picking and biting done to hurt are self-injury (FORMATS §3: BFRBs
    // "unless done to hurt"): the act with a cue of pain or purpose in the sentence, not a
    // denied one ("not to hurt herself, just a habit"); bleeding alone is a consequence.
    spec(C::SelfInjury, K::SelfHarm, r"\b(pull\w*|pick\w*|bit|bite|bites|biting|chew\w*|tug\w*|rip\w*|tear\w*|tore) (at |out |off )?(her|his|their|my) (own )?(hair|eyebrows|eyelashes|lashes|skin|scabs|nails|cuticles|cheeks?|lips?)\b")
        .own()
        .not_after(r"^(\S+ ){0,8}(not|never|no|isn't|wasn't) (to hurt|on purpose|deliberate|deliberately|intent|intention|meant to)\b")
        .need_any(&["hurt", "hurts", "pain", "painful", "sting", "stings", "punish", "punishing", "purpose", "deliberately"]),
    spec(C::SelfInjury, K::SelfHarm, r"\b(nonsuicidal self injur\w*|self (harm|harming|harmed|harms|injury|injuries|injurious( behaviou?rs?)?|injured|injuring|mutilation|mutilating|inflicted( \S+)?|done)|selfharm\w*|sh urges)\b"),
    // "Burning forearms with the dab torch", "cutting her thighs with a sharpener": a body
    // part cut or burnt with a tool by the one it belongs to (a bare body part is the
    // subject's own).
    spec(C::SelfInjury, K::SelfHarm, r"\b(burn(s|ed|ing)?|burnt|cut(s|ting)?|carv\w*|slash\w*|slic\w*|scratch\w*|gouge\w*) (both |own |her |his |their |my )?(own )?(forearms?|wrists?|arms?|thighs?|upper arms?|legs?|stomach|belly|hips?|ankles?|skin|chest|shoulders?) (with|using) (a|an|the|his|her|their|my|some) (\S+ )?(torch|blowtorch|lighter|cigarettes?|cigs?|matches|match|curling iron|straighteners|candle|blade|razor|razors|knife|scissors|glass|compass|sharpener|needle|pins?|safety pin|lid|can lid|box cutter|eraser)\b")
        .not_after(r"^(\S+ ){0,4}(by accident|accidentally|while (cooking|ironing|working|welding|soldering|camping|shaving|fishing)|at work|on the job)\b")
        .own(),
    spec(C::SelfInjury, K::SelfHarm, r"\b(cut|cuts|cutting|carv\w*|slash\w*|slic\w*|scratch\w*|burn|burns|burned|burnt|burning|bang\w*|gouge\w*|stab\w*|hurt|hurts|hurting|injur\w*|harm|harms|harming|harmed) (on |into )?(him|her|my|them|your)sel(f|ves)\b"),
    // "Denies thoughts of harm to self or baby": the clinician's shorthand for self-harm.
    spec(C::SelfInjury, K::SelfHarm, r"\b(harm|harming|hurt|hurting|injury|injuring|danger) to (self|oneself)\b")
        .not_after(r"^up\b"),
    spec(C::SelfInjury, K::SelfHarm, concat!(r"\b(cut|cuts|cutting|carv\w*|slash\w*|scratch\w*|burn|burns|burned|burnt|burning|bang\w*|gouge\w*|hurt|hurts|hurting|injur\w*) (into |on )?(his|her|my|their|your) (\S+ )?", body!(), r"\b")),
    spec(C::SelfInjury, K::SelfHarm, r"\bhead ?bang\w*\b"),
    spec(C::SelfInjury, K::SelfHarm, r"\b(punish\w*|starv\w*) (him|her|my|them)sel(f|ves)\b"),
    spec(C::SelfInjury, K::SelfHarm, r"\b(until|till|til|'til) (they|it|she|he|i|her \S+|his \S+) (bleeds?|bled|bleeding)\b"),
    // "his stepfather burns him with a hot spoon", "burning the toddler with his cigarette",
    // "burning the small one with hot spoon":
    // a burn given to another with a hot thing is physical abuse (the client's or a child's).
    // "She left the baby in the truck outside the Publix for an hour": a child left in a
    // vehicle is neglect (with the client or a carer as the one who left them).
    spec(C::Abuse, K::Abuse, r"\b(left|leaves|leaving|leave) (the|her|his|their|my|a|two|three|both|your) (\S+ )?(baby|babies|infant|newborn|toddler|toddlers|kids?|children|child|son|daughter|little ones?|boy|girl|twins|grandkids|grandchildren) (\S+ )?(alone |by (himself|herself|themselves) )?in (the|a|her|his|their|my) (\S+ )?(car|truck|van|ute|vehicle|suv|pickup|minivan)\b")
        .not_before(r"\b(was|were|been|being|is|are|be|never|not|'t)$"),
    // "nobody stay home at night, ... the girl feeding her little brothers by herself all
    // week": children without an adult at home is neglect.
    spec(C::Abuse, K::Abuse, r"\b(nobody|no one|no adult|no adults|no grown-?ups?|no parent)( \S+){0,2} (stays?|staying|stayed|is|was|are|were|been|comes?|came) (at )?home (at night|overnight|all (week|night|weekend|day)|for days|most nights|nights)\b")
        .need_any(&["kids", "children", "child", "brothers", "sisters", "siblings", "baby", "girl", "boy", "son", "daughter", "toddler", "brother", "sister", "kid"]),
    spec(C::Abuse, K::Abuse, r"\b(burn|burns|burned|burnt|burning) (him|her|them|me|the (baby|toddler|kids?|child|children|boy|girl|twins|(little|small|smallest|young|youngest|eldest|oldest|middle) (one|ones|boy|girl)|youngest|eldest)|(his|her|their|my) (son|daughter|kids?|child|children|stepson|stepdaughter|baby|grandson|granddaughter)) with (a |an |the |his |her |their |my )?(hot |lit |heated |boiling )?(spoon|iron|cigarettes?|ciggies?|fags?|lighter|knife|pan|poker|wire|fork|water|kettle|match|matches|candle|stove)\b"),
    spec(C::SelfInjury, K::SelfHarm, r"\bburn\w*( \S+){0,3} with (a |her |his |their )?(lighter|cigarette|match|matches|lit \S+|hot \S+|curling iron|iron|candle)\b"),
    // Bare "cut"/"cuts"/"cutting": the self-injury sense is read by its frame (what follows
    // it), see `sense::cut_other_sense`; the words before keep the passive and noun senses.
    spec(C::SelfInjury, K::SelfHarm, r"\bcut\b")
        // "got cut", "had it cut": the passive or causative; "has cut again" is the act.
        .not_before(r"\b(got|get|gets|getting|been|were|was|be|being|is|are|(wants?|wanted|needs?|needed|get|got)( (it|them|(the|his|her|their|my|its|a) \S+))?|(had|has|have) (it|them|(the|his|her|their|my|its|a) \S+))$"),
    spec(C::SelfInjury, K::SelfHarm, r"\b(cuts|cutting)\b")
        // A trade's cutting: "cutting for eight hours straight" on a kill floor, "cutting
        // timber", "cutting hair".
        .not_after(r"^(for (\S+ ){1,2}(hours|hour) (straight|a day|a shift|on end|solid)|for (\S+ ){0,2}shifts?|meat|beef|lamb|pork|carcass\w*|timber|logs?|wood|firewood|hair|grass|hedges?|fabric|steel|pipes?|glass|tiles?|stone|keys)\b")
        // Cuts made by an institution to what it provides: "the ferry cuts", "benefit cuts".
        .not_before(r"\b(hair|paper|price|tax|budget|pay|job|salary|funding|a|the|clean|short|final|director's|rough|ferry|ferries|bus|train|rail|service|services|council|government|benefit|benefits|welfare|staff|staffing|spending|library|nhs|school|hours|wage|wages|pension|programme|program|grant|aid|rate|interest|power|cost|costs|public|austerity|funding|health|police|hospital|care|agency|federal|state|medicaid|medicare|snap|centrelink|shift|overtime|rota|roster|needs|need|needed|wants|wanted)$"),
    // "she took rat poison", "took gramoxone on Tuesday", "had taken the tick dip": a poison
    // taken is swallowed (WHO self-poisoning by pesticides, the commonest method in rural
    // Asia and Africa), unless it is taken away, out or to someone.
    spec(C::SelfPoisoning, K::SelfHarm, concat!(r#"\b(took|taken)( some| the| a bottle of| a cup of| a sachet of| a tin of| a packet of| a glass of| a capful of)? "#, poisons!(), r"\b"))
        .not_after(r"^(away|out|off|from|to (the|a|his|her|their)|back|down (to|from)|home|into (the|a) (shed|house|store))\b"),
    // "she drank Baygon from the cabinet": what is drunk or swallowed was taken into the
    // body, wherever it came from (a poison "taken from the shed" may only have been moved).
    spec(C::SelfPoisoning, K::SelfHarm, concat!(r#"\b(drank|drunk|swallowed|ingested)( some| the| a bottle of| a cup of| a sachet of| a tin of| a packet of| a glass of| a capful of)? "#, poisons!(), r"\b"))
        .not_after(r"^(away|out|off|to (the|a|his|her|their)|back|down (to|from)|home|into (the|a) (shed|house|store))\b"),
    // "she drink the vinegar essence last month to die": the verb's bare form after a
    // pronoun, as second-language dictation tells past acts.
    spec(C::SelfPoisoning, K::SelfHarm, concat!(r#"\b(she|he) (drink|swallow|take)( some| the| a bottle of| a cup of| a sachet of| a glass of| a capful of)? "#, poisons!(), r"\b"))
        .not_after(r"^(away|out|off|to (the|a|his|her|their)|back|down (to|from)|home|into (the|a) (shed|house|store))\b"),
    // "bought chumbinho at the market, for the rats she said first, then no, it's for her":
    // a poison got and said to be meant for oneself (preparatory behaviour, C-SSRS).
    spec(C::Preparatory, K::SuicidalIdeation, concat!(r"\b(bought|buys|buying|got|gets|getting|keeps|kept|keeping|has|hid|hides|hiding|stored|stores|saved)( \S+){0,2} ", poisons!(), r"( \S+){0,24}? (it's|it is|it was|that's|that is|its|'s|says is|said is|say is) (really |actually |in fact |all |only )?for (her|him|me|them)(self|selves)?( [,.;:!?]| and\b| but\b|$)")),
    // "taking forty at once and then feeling floating": a dozen or more of anything taken in
    // one go is an overdose, whatever the tablets are called.
    spec(C::Overdose, K::SubstanceUse, r"\b(taking|takes|took|take|taken|swallow\w*|popping|pops|popped|downing|downs|downed)( about| around| over| like| almost| nearly| up to| maybe)? (ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|a hundred|hundred|a dozen|dozens|[1-9][0-9]+)( \S+){0,3}? (at once|in one go|at a time|at one time|in one sitting)\b"),
    spec(C::SelfPoisoning, K::SelfHarm, r"\b(took|swallowed|taken|taking|takes) (a few |a couple of |some |a handful of |two |three )?(too many|a bunch|a lot|extra|more)( of)?( (his|her|my|their|the|\S+'s))?( \S+){0,4}? (on purpose|intentionally|deliberately|to (die|hurt|punish|not wake|sleep forever|make (it|it all|everything) stop|end it|end it all))\b"),
    spec(C::SelfPoisoning, K::SelfHarm, concat!(r"\b(took|take|takes|taking|taken|swallowed|swallow\w*|ingest\w*)( about| around| over| like| almost| nearly| roughly| approximately| an estimated| at least)? (", many!(), r"|a (handful|bottle|whole bottle|fistful)|all)( of)?( (his|her|my|their|the|\S+'s))?( \S+){0,2} (pills|tablets|capsules|ibuprofen|tylenol|acetaminophen|paracetamol|advil|aspirin|motrin|benadryl|meds|medications?|painkillers|sleeping pills|sertraline|citalopram|escitalopram|fluoxetine|paroxetine|venlafaxine|amitriptyline|mirtazapine|quetiapine|olanzapine|lithium|diazepam|lorazepam|zopiclone|zolpidem|temazepam|pregabalin|gabapentin|tramadol|codeine|co ?codamol|oxycodone|morphine|insulin|propranolol|antidepressants)\b")),
    // "found him in the garage with the engine running": carbon monoxide, an interrupted
    // attempt (C-SSRS).
    spec(C::Attempt, K::SuicidalIdeation, r"\b(in|inside) (the|his|her|their|a) (closed |locked |shut )?(garage|shed|machine shed|tractor shed|barn|workshop|lock-up|lockup)( \S+){0,6} (engine|motor|car|truck|pickup|van|ute|bakkie|tractor) (running|on|idling)\b|\bfound (him|her|them)( \S+){0,6} (engine|motor) (running|idling)\b"),
    // "thinking his family would be better off with the life insurance": a death costed.
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\bbetter off with (the |his |her |my |their )?(life )?insurance( money| payout| policy)?\b|\b(be fine|be okay|be ok|be sorted|be set|be looked after) with (the |his |her |my |their )?life insurance\b|\b(how much|whether) (the |his |her |my |their )?(life )?insurance (would|will) (pay|pay out|cover)\b"),
    // --- Homicidal ideation and harm to others (nouns; harm verbs are in `actors`).
    spec(C::Intent, K::HomicidalIdeation, r"\bhomicidal (intent|intention|plan)s?\b"),
    spec(C::HomicidalIdeation, K::HomicidalIdeation, r"\bhomicid\w*\b"),
    spec(C::HomicidalIdeation, K::HomicidalIdeation, r"\b(shoot\w*|shot) up (the|a|his|her|their|my) (school|office|workplace|church|place|mall|store|building|class|party|club|work|plant|warehouse)\b"),
    spec(C::HarmThoughts, K::HarmToOthers, r"\bviolent (thoughts|urges|fantasies|impulses|ideation|images)\b"),
    // "said he'd never kill anybody, just wants him hurting like he's hurting": pain wished
    // on a person is a thought of harming them (short of killing), not a wish for justice
    // ("wants him to pay", "wants him charged").
    spec(C::HarmThoughts, K::HarmToOthers, r"\b(want|wants|wanted|wanting|wish|wishes|wished|wishing|'d love to see|would love to see|'d like to see|would like to see) (him|them|(the|that|this|his|her|their) \S+( \S+)?) (hurting|hurt|to hurt|in pain|to suffer|suffering|bleeding|in (a|the) (hospital|wheelchair|ambulance)|in hospital|crippled|maimed)\b")
        .not_after(r"^ ?(by|from|in the (accident|crash|fall)|when|at work|for (his|her|their) own)\b"),
    spec(C::CommandHallucination, K::HarmToOthers, r"\bcommand (hallucinations|auditory hallucinations|voices)\b"),
    // "The voices are telling her to jump in front of a train": commands to die.
    spec(C::CommandHallucination, K::SuicidalIdeation, r"\b(voices?|the voice|a voice|(the )?(spirits?|demons?|devil|djinn|jinn|angels?)) (are |is |keep |keeps |kept |have been |has been |were |was |still )?(telling|tell|tells|told|ordering|orders|ordered|commanding|urging|urge|urged|instructing|saying) (him|her|them|me) (to )?(kill (him|her|them|my)sel(f|ves)|jump (off|from|in front of)|end (it|(his|her|their|my) life)|die|hang (him|her|them|my)sel(f|ves)|drown (him|her|them|my)sel(f|ves)|walk into)\b"),
    // Command hallucinations told as what the voices say (self-directed ones are read by the
    // self-injury and ideation entries that follow: "to kill herself").
    spec(C::CommandHallucination, K::HarmToOthers, concat!(r"\b(voices?|the voice|a voice|(the )?(spirits?|demons?|devil|djinn|jinn|angels?)) (are |is |keep |keeps |kept |have been |has been |were |was |still )?(telling|tell|tells|told|ordering|orders|ordered|commanding|urging|urge|urged|instructing|saying) (him|her|them|me) (to )?(hurt|kill|harm|attack|stab|strangle|hit|punch|shoot|go after|punish|poison|push|beat|set fire|burn down|torch|(cut|chop|slash|hack|choke|drown) (him|her|them|someone|somebody|people|everyone|(the|a|an|his|her|their|my) (\S+ )?(wife|husband|partner|son|daughter|baby|child|kids|children|mother|mum|mom|father|dad|brother|sister|boy|girl|", outsider!(), r")))\b"))
        .not_after(r"^(him|her|them|my|your|one)sel(f|ves)\b"),
    // "Burned her palm on the stove eye. On purpose, she says.": an injury to one's own body
    // told first and its intent said as the next fragment (NICE: intentional self-injury).
    spec(C::SelfInjury, K::SelfHarm, r"^\W*(it was |she did it |he did it |they did it |did it |all )?(on purpose|deliberately|intentionally|purposely|purposefully)( [,.;:!?'\x22]|$| she| he| they)")
        .need_near(&["herself", "himself", "themselves", "themself", "myself", "palm", "palms", "wrist", "wrists", "forearm", "forearms", "arm", "arms", "thigh", "thighs", "hand", "hands", "skin", "stomach", "belly", "ankle", "ankles", "face"]),
    // "The voices... telling him to cut the neighbor": the command told as a fragment after
    // the voices named in the pause before.
    spec(C::CommandHallucination, K::HarmToOthers, concat!(r"^\W*(are |is |keep |keeps |kept |still )?(telling|tell|tells|told|ordering|orders|ordered|commanding|urging|instructing|saying) (him|her|them|me) (to )?(hurt|kill|harm|attack|stab|strangle|hit|punch|shoot|go after|punish|poison|push|beat|set fire|burn down|torch|(cut|chop|slash|hack|choke|drown) (him|her|them|someone|somebody|people|everyone|(the|a|an|his|her|their|my) (\S+ )?(wife|husband|partner|son|daughter|baby|child|kids|children|mother|mum|mom|father|dad|brother|sister|boy|girl|neighbou?r|", outsider!(), r")))\b"))
        .not_after(r"^(him|her|them|my|your|one)sel(f|ves)\b")
        .need_near(&["voices", "voice", "spirits", "spirit", "demons", "demon", "devil", "djinn", "jinn"]),
    // "prayed for God to take her too", "asks the Lord to take him in his sleep": a prayer
    // for one's own death is a passive wish to be dead (C-SSRS 1).
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(pray\w*|ask\w*|begg?\w*|plead\w*|wish\w*|want\w*|daven\w*)( (every|each|most|some) (night|day|morning|evening)s?)?( that)? (for |to )?(god|the lord|lord|jesus|allah|heaven|him upstairs|the man upstairs|hashem|the almighty|almighty god|the creator|waheguru|bhagwan|jah|jehovah|the good lord|our lord|heavenly father|the ancestors|the spirits|spirits|her ancestors|his ancestors|the angels|the gods|mary|the virgin|her late \S+|his late \S+) (should |would |will |to )?(just |simply |please |quietly |soon )?(go ahead and )?(come and |come to )?(take|come for|call|fetch|collect) (her|him|me|them|you)( home)?\b")
        .not_after(r"^(back|away from|from)\b"),
    spec(C::HarmThoughts, K::HarmToOthers, r"\b(danger|risk|threat) to (others|other people|anyone|someone|the public)\b"),
    spec(C::SelfInjury, K::SelfHarm, r"\b(danger|risk) to (self|him ?self|her ?self|them ?selves)\b"),
    spec(C::HarmThoughts, K::HarmToOthers, r"\bmake (him|her|them) pay\b")
        .not_after(PAID_FOR),
    // "broke another boy's nose": an injury given to someone named by a possessive.
    spec(C::Violence, K::Violence, r"\b(broke|breaks|breaking|busted|bust|fractured|split|bloodied) (a |an |another |the |some |this |that )?(\S+ )?\S+'s (nose|jaw|ribs?|cheekbone|eye socket|cheek|lip|teeth|tooth|skull|arm|wrist|fingers?)\b"),
    // "says he 'has lived long enough'": an old person's sense that life is complete is a
    // passive death wish (C-SSRS 1; Van Wijngaarden 2015, "tired of living"). Not a time
    // somewhere ("has lived long enough in the city to know").
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(has|have|'ve|had|'s|i've|he's|she's) lived (long )?enough\b")
        .not_after(r"^(in|at|with|to|here|there|on|among|around|abroad|away|alone|near|by|under|through)\b"),
    // "'Not to die. Just to feel it.'" after a burn: self-injury told with its purpose, to
    // feel (ISAS: the intrapersonal function).
    spec(C::SelfInjury, K::SelfHarm, r"\bjust to feel (it|something|anything|the pain|pain|real|alive|that)\b")
        .need_near(&["burn", "burns", "burned", "burnt", "cut", "cuts", "cutting", "lighter", "blade", "razor", "scratched", "scratching", "thigh", "wrist", "arm", "arms", "die", "dying"]),
    // "he'd like to go to sleep and not wake up": a passive wish to be dead (C-SSRS 1).
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(go|going|goes|went|fall|falling|falls) (to sleep|asleep) and (not|never) (wake|waking|wakes)( up| again)?\b")
        .need_before(r"\b(like|love|want|wants|wanted|wanting|wish|wishes|wished|hope|hopes|hoped|hoping|pray\w*|'d|would|rather|just)( \S+){0,3}( to)?$"),
    // "whether anyone ever gets smacked or hit at home": the household screen for abuse.
    spec(C::Abuse, K::Abuse, r"\b(anyone|anybody|someone|somebody|the (kids|children)|either of (them|the kids)) (ever )?(gets?|got|is|are|was|were|being|been) (smacked|hit|hurt|beaten|slapped|kicked|pushed|shoved|belted|spanked)( or (smacked|hit|hurt|beaten|slapped|kicked|pushed|shoved|belted|spanked))? (at home|in the (house|home|family))\b"),
    // "at the end of her rope": exhausted, not a means.
    block(r"\b(end of (her|his|my|their|your) (rope|tether))\b"),
    // "he's become rough with her, gripping her wrists hard": physical force on a partner.
    // "her husband pulled her hair", "yanked him by the hair": hair pulled by another person
    // is an assault on the body (hair pulled by its owner is a habit, read above).
    spec(C::Abuse, K::Abuse, r"\b(pulled|pulls|pulling|yanked|yanks|yanking|tugged|tugging|grabbed|grabs|grabbing) (her|his|my|their) hair\b").others(),
    spec(C::Abuse, K::Abuse, r"\b(pulled|pulls|pulling|yanked|yanks|yanking|dragged|drags|dragging|grabbed|grabs|grabbing) (her|him|me|them)( (around|about|across the room|out|up|down|along|outside|inside))? by (the|her|his|my|their) hair\b"),
    spec(C::Abuse, K::Abuse, r"\b((become|becomes|became|been|being|getting|gets|got|is|was|gone) (very |really |a bit |more )?rough with (her|him|me|them)|(grip|grips|gripped|gripping|grab|grabs|grabbed|grabbing|squeez\w*|twist\w*|pinn\w*) (her|his|my|their) (wrists?|arms?|neck|throat|face|jaw|hair)( \S+)? (hard|tight|tightly|until|so hard|enough to))\b"),
    // "gets handy with her when he's had a drink": British and Irish for hitting.
    // "her grandson gets rough when he wants money": a relative or partner who "gets rough"
    // is physical with the one they live with or care for (a child's rough play has no such
    // subject).
    spec(C::Abuse, K::Abuse, r"\b(husband|wife|partner|boyfriend|girlfriend|fianc\w*|son|daughter|grandson|granddaughter|nephew|niece|carer|caregiver|father|dad|stepdad|stepfather|mother|mum|mom|stepmother|brother|sister|ex|son-in-law|daughter-in-law) (\x22 )?(often |sometimes |always |can |will |still )?(gets|got|getting|turns|turned|becomes|became) (a bit |really |very |quite |too )?(rough|physical|handsy)\b"),
    // "Kids left alone nights while she's at the shebeen", "boy alone in quarter for days, no
    // food": a young child left with no one, for nights or days, is neglect.
    spec(C::Abuse, K::Abuse, r"\b(kids|children|child|boy|girl|baby|babies|toddler|toddlers|infant|twins|little ones?|youngest|young ones|weans|bairns)( were| was| are| is| being| been| get| gets| got)?( left)?( home| at home| in (the |a |their |his |her )?\S+)? alone( at home| in (the |a |their |his |her )?\S+)? (for )?(at )?(nights|all night|overnight|for days|days|days at a time|the whole night|whole nights|the night|every night|most nights|for the weekend|the whole weekend|weekends)\b"),
    // A child married off, or forced into marriage, is abuse (UNICEF: child marriage is a
    // violation of the child's rights), whatever the family calls it.
    spec(C::Abuse, K::Abuse, r"\b(married (her |him |them )?off|forced (her |him |them )?(to marry|into (a |an )?(early |child )?marriage)|child brides?|child marriage|(sold|given|gave|promised) (her |him |them )?(off )?(in|into|for) marriage)\b"),
    // "she saw him whip his little girl with an extension cord": one's own child beaten with an
    // implement is physical abuse, the client's own act included.
    spec(C::Abuse, K::Abuse, r"\b(whip|whips|whipped|whipping|lash|lashes|lashed|lashing|flog|flogs|flogged|flogging|beat|beats|beating|beaten|hit|hits|hitting|strike|strikes|struck) (his|her|their|my) (\S+ ){0,2}?(girl|girls|boy|boys|son|sons|daughter|daughters|kids?|children|child|baby|toddler|stepson|stepdaughter|grandson|granddaughter|niece|nephew|little ones?|pickney|pikni) with (a|an|the|his|her|their|my|one)( \S+){0,2}? (cord|cords|belt|wire|cable|stick|switch|hose|rod|cane|rotan|sjambok|slipper|shoe|chappal|spoon|broom|strap|whip|hanger|plank|board)\b"),
    // Sexual touching of a child or a sleeping person: "the new husband touch the girl at
    // night", "touches her down there".
    spec(C::Abuse, K::Abuse, r"\b(touch|touches|touched|touching|fondle|fondles|fondled|fondling) (the |his |her |their |my |that )?((\S+ )?(girl|boy|child|kid|daughter|son|stepdaughter|stepson|niece|nephew|granddaughter|grandson|little one|baby) |her |him )(at night|in (her|his|their|the) (bed|sleep|room)|when (she|he) (was|is|'s) (asleep|sleeping)|while (she|he) (was|is|'s) (asleep|sleeping)|down there|(on|in) (her|his) private\w*|under (her|his) (clothes|nightie|nightdress|pyjamas|pajamas|skirt|dress))\b"),
    // An older person's money taken by someone else: "the granddaughter's been cashing
    // Papaw's checks" (elder financial exploitation).
    spec(C::CoerciveControl, K::Abuse, r"\b(cash|cashes|cashed|cashing|spend|spends|spending|spent|drain|drains|drained|draining|pocket|pockets|pocketed|pocketing|steal|steals|stealing|stole|helping (himself|herself|themselves) to|helped (himself|herself|themselves) to) (all )?(of )?(her|his|their|\S+'s) (\S+ )?(checks|cheques|pension|pension money|benefits|social security|ssi|disability checks|disability money|savings|retirement|giro|allowance)\b").others(),
    // A young child with no adult home for nights on end: neglect (told with the child's age
    // or a child word near).
    spec(C::Abuse, K::Abuse, r"\b(nobody|no one|no-one|no adult|no grown-?ups?|no parent)( is| was| were|'s)? (home|at home|there|around|in the house)( for)? (most|many|some|all|every|whole|two|three|four|five) (nights?|days?|weekends?|the time|week|weekend)\b")
        .need_near(&["kid", "kids", "child", "children", "boy", "girl", "baby", "toddler", "son", "daughter", "years", "year-old", "yr", "yo", "grade", "school", "mommy", "mummy", "mom", "mum", "mother", "supper", "cereal"]),
    // "better to die, better for daughter", "better I go join the ancestors": death said to
    // be the better thing (C-SSRS 1, wish to be dead). Not a preferred place or manner of
    // death ("better to die at home than in the hospital").
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(better|best|easier) (for (everyone|everybody|all|them|us|the family|(her|his|my|their) \S+) )?(to die|to be dead|i die|(if|that|when) (i|he|she|they) (just )?(die|died|dies|was dead|were dead|wasn't here|weren't here|was gone|were gone|wasn't around|weren't around)|dead)\b")
        .not_after(r"^ ?(at home|in (his|her|my|their|your|own|a|the) |peacefully|with dignity|on (your|his|her|my|their|one's) feet|fighting|standing|than (to )?(be|live) (a|in|on) (slave|prison|knees|cage))"),
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(go|going|goes|to|and|i|he|she|they|will|'ll|can|could|must|should|just|wants?|wanted|wanting|ready) (go |to )?join (the|my|his|her|their|our) (ancestors|forefathers|forebears)\b"),
    // "the Narrows keeps calling her": a drop or a water that keeps calling (the pull of a
    // place to die).
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(bridge|river|water|sea|ocean|lake|cliffs?|edge|tracks|rails|narrows|falls|gorge|overlook|quarry|dam|canyon|tide|waves|deep|void|drop|ledge) (keeps|keep|kept|won't stop|will not stop|has been|have been|is always|are always|always) (calling|pulling) (to )?(her|him|me|them)\b"),
    // "pockets full of rocks ... wanted to walk in and not come out": drowning (Woolf's
    // method) told without the word.
    spec(C::Preparatory, K::SuicidalIdeation, r"\bpockets (full of|filled with|loaded with|stuffed with|weighed down with) (rocks|stones|bricks)\b")
        .not_before(r"\b(dream|dreams|dreamed|dreamt|dreaming|nightmare|nightmares)\b"),
    spec(C::Ideation, K::SuicidalIdeation, r"\b(walk|walks|walked|walking|wade|wades|waded|wading|swim|swims|swam|swimming|go|goes|went|going)( \S+){0,4}? (in|into|out|under)( \S+){0,3}? and (not|never) (come|comes|coming|came) (out|back|up)( again)?\b")
        .need_near(&["rocks", "stones", "sea", "water", "river", "lake", "ocean", "waves", "drown", "drowning", "beach", "pockets", "surf", "tide", "bay", "creek", "dam"]),
    // Cloth tied to a fixed point indoors: "tied sarung to window bar in cell", "tied a sheet
    // to the bunk" (preparatory or interrupted hanging; a rope tied to a rail is a knot).
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(tied|ties|tying|tie|knotted|fastened|hung|looped) (a |an |the |his |her |my |their )?(\S+ )?(sarung|sarong|sheet|bedsheet|bed sheet|belt|shirt|t-shirt|towel|shoelaces?|laces|scarf|dupatta|chunni|lungi|kain|blanket|bra|sock|socks|jumper|hoodie|lanyard|noose) (to|round|around|on|onto|from|over) (the |a |his |her |my |their )?(\S+ )?(window|windows|bars?|door|doorknob|door handle|bunk|bunk bed|bed frame|beam|vent|grille|grill|hook|ceiling fan|shower rod|rafter|banister|bannister)\b")
        .not_after(r"^\S* ?(to (stop|fix|dry|hold|keep|mend|block|seal)|for (drying|the washing|the laundry|shade))"),
    // A return after a stretch of abstinence is a relapse whatever the drink or drug is
    // called ("had eight months sober and went right back to the pisto", "clean since
    // spring, then slid back on the shabu"): the sobriety named first makes the "back to" a
    // return to use (relapse, FORMATS §3), unless what is returned to is work, school, a
    // meeting, a place or a person.
    spec(C::Relapse, K::SubstanceUse, r"\b(sober|clean|dry|abstinent)\b( \S+){0,10}? (went|goes|go|going|gone|slid|slipped|slide|sliding) (right |straight |all the way )?back (to|on|onto)\b")
        .not_after(r"^ ?(the |his |her |their |my |a |an |that |this |some )?(\S+ )?(work|job|jobs|school|college|class|classes|uni|university|church|mosque|temple|masjid|meetings?|aa|na|ca|group|groups|program|programme|treatment|rehab|detox|therapy|counsell?ing|sessions?|gym|home|house|bed|sleep|sleeping|normal|routine|family|wife|husband|partner|kids|children|girlfriend|boyfriend|mother|mom|mum|father|dad|parents|farm|ranch|shelter|town|city|country|village|reserve|base|unit|shifts?|driving|track|schedule|his feet|her feet|their feet|feet|fishing|hunting|football|soccer|hockey|training|practice|sponsor|sponsorship|step|steps|service|duty|the boat|boat|the rig|rig|the mine|mine|the fields?|fields?|studying|studies|exercise|running|swimming|bible|prayer|praying)\b"),
    // Back on a drug or a drink by its slang: "back on the ice", "on the goon again", "back on
    // the blues" (not "back on the ice for hockey practice").
    spec(C::Relapse, K::SubstanceUse, r"\bback on the (goon|grog|piss|turps|sauce|ice|crank|glass|shard|gear|blues|sabu|shabu|syabu|pipe|needle|smack|hooch|moonshine|tinnies|cans|bottle|p)\b")
        .not_after(r"^ ?(for|at|with|to|after|in|since|this|next|and) ?(hockey|practice|the team|training|skat\w*|a game|games|the rink|the pond|the lake|his skates|her skates|season|the season|the squad)"),
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(on|hitting|hit|hits) the (goon|grog|piss|turps)\b"),
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(ngelem|sniff\w* (glue|lem|aibon|petrol|gas|gasoline|paint thinner|thinners?|solvents?|correction fluid|whitener))\b"),
    // Collapsed with naloxone given: "Fell out in the Sheetz bathroom, stranger had Narcan".
    spec(C::Overdose, K::SubstanceUse, r"\b(fell out|falls out|fall out|falling out|nodded out|nodding out|stopped breathing|turned blue|went blue)\b")
        .need_any(&["narcan", "naloxone"]),
    // "takes tramadol with energy drinks every day", "his painkillers washed down with beer":
    // an opioid or sedative taken with alcohol or energy drinks is non-medical use (the
    // tramadol-and-energy-drink pattern of West African and North African surveys; WHO).
    // The match stops before the drink, which a soft-drink reading may already have taken.
    spec(C::Misuse, K::SubstanceUse, r"\b(tramadol|tramol|tramal|tapentadol|codeine|diazepam|valium|xanax|alprazolam|pregabalin|lyrica|oxys?|oxycodone|percs?|percocets?|benzos|opioids|painkillers|pain pills|sleeping pills)( tablets| pills| capsules)? (with|mixed with|washed down with|chased with|on top of)\b")
        .not_after(r"^(?:\S+ ){0,3}?(food|meals?|water|milk|breakfast|dinner|lunch|supper|juice|tea|coffee|no|not|never|without)\b")
        .need_any(&["energy", "alcohol", "beer", "beers", "liquor", "gin", "vodka", "whisky", "whiskey", "rum", "booze", "wine", "spirits", "monster", "monsters", "redbull", "bull", "bulls"]),
    // "Sneaking his mom's oxy from the bathroom cabinet": a pain pill or sedative taken on
    // the sly or stolen is not the client's prescription (non-medical use).
    spec(C::Misuse, K::SubstanceUse, r"\b(sneak\w*|snuck|steal\w*|stole|stolen|nick\w*|pinch\w*|swip\w*|raid\w*|pilfer\w*) (\S+'s |(his|her|their|my) (\S+ )?\S+'s |some of (\S+'s|his|her|their) |(his|her|their) )?(oxy|oxys|oxycodone|oxycontin|hydrocodone|vicodin|norco|percs?|percocets?|codeine|tramadol|xanax|xannies|valium|klonopin|ativan|adderall|addys?|benzos|pain pills|painkillers|pain meds|sleeping pills|opioids)\b"),
    // A prescription opioid or sedative bought where no prescription is: "Tramadol daily,
    // 'tramol' from the market" (non-medical use; WHO).
    spec(C::Misuse, K::SubstanceUse, r"\b(tramadol|tramol|tramal|tapentadol|codeine|diazepam|valium|xanax|alprazolam|pregabalin|lyrica|oxys?|oxycodone|percs?|percocets?|benzos|opioids|painkillers)( \S+){0,6}? (from|off|at|in) (the |a )?(market|street|streets|dealer|black market|kiosk|roadside|corner|plug)\b"),
    // "new burns on forearm, this month. Herself, with cheroot": fresh wounds where people
    // hurt themselves (forearms, wrists, thighs), unless another cause is told.
    spec(C::SelfInjury, K::SelfHarm, r"\b(fresh|new|recent|raw) (burns?|cuts|cut marks|scratches|slashes|wounds|gashes) (on|to|along|across|up) (her |his |their |the |my |both )?(left |right |inner |upper |lower )?(forearms?|wrists?|thighs?)\b")
        .not_after(r"^ ?((from|after|in|during) (the |a |his |her )?(fight|attack|assault|accident|fall|crash|cooking|kitchen|stove|oven|work|brawl)|(from|with) (a |an |the |his |her )?(\S+ )?(lighter|blade|razor|cigarette|match|matches|knife))"),
    // A weapon swung in a fight where someone was cut: "Cl. swung parang, other boy cut on
    // arm".
    spec(C::Violence, K::Violence, r"\b(swung|swings|swinging|swing|slashed|slashes|slashing) (a |an |the |his |her |their |my )?(\S+ )?(parang|machete|cutlass|panga|knife|blade|golok|bolo|sickle|axe|hatchet|bat|bottle|sword|pipe|crowbar|chain|itak|dao|kukri|coupe-coupe)\b")
        .need_any(&["cut", "stabbed", "hurt", "injured", "wounded", "slashed", "bleeding", "stitches", "hospital", "fight", "brawl", "tawuran", "him", "them", "boy", "man", "guy"]),
    // "Says will kill tonton with the coupe-coupe": a killing threatened with a named weapon,
    // whatever word names the person.
    spec(C::HomicidalIdeation, K::HomicidalIdeation, r"\b(will|'ll|[a-z]+'ll|gonna|going to|fixing to|finna|wan|want to|wants to|swore to|swears to|vow\w* to|threaten\w* to) (kill|murder) \S+( \S+)? with (a|an|the|his|her|my|their|one|dat|de|that) (\S+ )?(knife|gun|pistol|rifle|shotgun|machete|cutlass|panga|coupe-coupe|sickle|axe|hatchet|parang|golok|bolo|sword|sabre|saber|scimitar|spear|dao|kukri|cleaver|blade|bat|hammer|crowbar)\b"),
    // "Husband's hands on her throat": hands at the neck are strangulation (the strongest
    // predictor of partner homicide).
    spec(C::Abuse, K::Abuse, r"\b(hands?|fingers|arm|forearm|knee) (on|around|round|at|across|against) (her|his|my|their) (throat|neck|windpipe)\b")
        .need_before(r"\b((husband|wife|partner|boyfriend|girlfriend|fianc\w*|ex|father|dad|stepdad|stepfather|mother|mum|mom|stepmother|son|daughter|brother|sister|uncle|aunt|carer|caregiver)'s|(put|puts|putting|wrapped|wraps|wrapping|had|has|got|gets|placed|places) (his|her|their))$"),
    // "Da daughter does tie her mudda to da bed", "we kept her chained in the back room": a
    // person tied, chained or locked up by her family is abuse (restraint, confinement).
    spec(C::Abuse, K::Abuse, r"\b((tie|ties|tied|tying|chain|chains|chained|chaining|rope|roped|strap|straps|strapped)( up)? (her|him|them|the (old|child|kid|boy|girl|baby|toddler)\S*|(his|her|their|my|\S+'s) (mother|mom|mum|mudda|father|dad|son|daughter|grandmother|grandfather|granny|child|wife|husband|uncle|aunt|sister|brother)) (up )?(to|in|on) (the|a|da|de|her|his|their) (bed|bedpost|chair|room|back room|tree|post|pole|cage|shed|toilet|bathroom|house)|kept (her|him|them) (chained|tied|locked)( up)? (in|to|for|these|those|all))\b"),
    // "Son-in-law taking his disability check": a relative taking the client's benefit or
    // pension is financial abuse (elder abuse, FORMATS §3).
    spec(C::Abuse, K::Abuse, r"\b(taking|takes|took|taken|keeps|keeping|kept|cashes|cashing|cashed|spends|spending|spent|steals|stealing|stole|pockets|pocketing|pocketed) (all of |most of )?(his|her|their|my) (disability|pension|social security|ssi|ssdi|benefits?|welfare|retirement|old age|grant|sassa|centrelink|giro|allowance)( check| cheque| money| payments?| grant| card)?\b")
        // "her daughter worries he might be taking her SSI check": a suspicion, which the
        // client's own answer settles.
        .not_before(r"\b(might|may|could|possibly|maybe|perhaps)( be)?$")
        .need_any(RELATIVES),
    // "Swallowed a pen spring and a battery": swallowing an object that harms is self-injury.
    spec(C::SelfInjury, K::SelfHarm, r"\b(swallow|swallows|swallowed|swallowing|ingest\w*) (a |an |some |two |three |the |several |more )?(pen springs?|springs?|batter(y|ies)|razor blades?|razors?|blades?|nails?|screws?|safety pins?|pins?|needles?|broken glass|glass|coins?|magnets?|paper ?clips?|staples?)\b"),
    // "fingertip bruises on both upper arms", "grab marks": the bruising pattern of being
    // gripped hard, a recognised sign of physical abuse.
    // "a bruise on her cheek and said her husband did it": an injury a partner or relative is
    // named as having caused.
    spec(C::Abuse, K::Abuse, r"\b(bruises?|bruising|black eye|welts?|marks|split lip|swelling|burns?|broken (arm|wrist|nose|rib|ribs|finger|tooth))\b( \S+){0,8} (said|says|saying|told me|admitted|admits|explained|reported|reports|disclosed|discloses) (that )?(her|his|their|my) (\S+ )?(husband|partner|boyfriend|wife|girlfriend|dad|father|mum|mom|mother|stepdad|stepfather|stepmum|stepmom|ex|fiancé|fiance|son|daughter|carer|caregiver|uncle|brother|sister|grandson|granddaughter) (did|caused|gave her|gave him|was behind|had done) ?(it|that|them|this)?\b"),
    // "disciplines the boys the old way, with a rattan cane": punishment with an implement is
    // physical abuse (AAP 2018), whatever it is called.
    spec(C::Abuse, K::Abuse, r"\b(disciplin\w*|punish\w*|spank\w*|belts|belted|belting|canes|caned|caning|thrash\w*|strapped|leathered)( \S+){0,6} with (a|an|the|his|her|their) (\S+ )?(cane|belt|stick|switch|paddle|cord|extension cord|wooden spoon|spoon|hanger|coat hanger|slipper|shoe|rod|ruler|hose|cable|chappal|chancla|chancleta|sandal|strap|whip|wire|danda|lathi|sjambok|koboko|kiboko|rattan|fimbo)\b"),
    spec(C::Abuse, K::Abuse, r"\b(hits|hit|hitting|beats|beat|beating|smacks|smacked|smacking|whips|whipped|whipping|strikes|struck|skelps|skelped|skelping|belts|belted|belting|wallops|walloped|walloping|leathers|leathered|leathering|whups|whup|whupped|whupping|whops|whopped|tans|tanned|thrashes|thrashed|thrashing|lashes|lashed|lashing) (him|her|them|kids|keiki|pikin|pickney|bairns|weans|the (keiki|boys|girls|kids|children|baby|toddler|twins|weans|bairns|wee ones?|little ones?|(middle|eldest|youngest|oldest|older|younger|little|big) (one|boy|girl|lad|lass))|(his|her|their) (keiki|son|sons|daughter|daughters|kids|children|boy|boys|girl|girls|child|stepson|stepdaughter|weans?|bairns?))( \S+){0,4} with (a|an|the|his|her|their)? ?(\S+ )?(slippah|slippahs|slippers|cane|belt|stick|switch|paddle|cord|extension cord|wooden spoon|spoon|hanger|coat hanger|slipper|shoe|rod|ruler|hose|cable|chappal|chancla|chancleta|sandal|strap|whip|wire|danda|lathi|sjambok|koboko|kiboko|rattan|fimbo)\b"),
    spec(C::Abuse, K::Abuse, r"\b(fingertip|finger-?tip|finger-?shaped|finger|grab|grip|grip-?pattern|grip pattern|thumb) (bruises|bruising|bruise|marks)\b"),
    // "her partner poured the kettle over her arm": a scald thrown at a person.
    spec(C::Abuse, K::Abuse, r"\b(poured|pours|pouring|threw|throws|throwing|tipped|tips|splashed|flung) (the |a |boiling |hot |a pan of |a cup of |a mug of )?(kettle|boiling water|hot water|water from the kettle|coffee|hot coffee|tea|hot tea|soup|oil|hot oil|fat|pan) (over|on|at|onto|in) (her|him|me|them|his|her|my|their)\b")
        .not_after(r"^.*\b(by accident|accidentally)\b"),
    spec(C::Abuse, K::Abuse, r"\b(gets?|got|getting|gotten) (a bit |a wee bit |too )?handy with (her|him|them|me|his \S+|her \S+)( fists)?\b"),
    spec(C::HomicidalIdeation, K::HomicidalIdeation, r"\b(put|putting|puts|send|sending) (him|her|them|(his|her|the|that|their|my) \S+( who( \S+){1,8}?)?) (in the ground|six feet under|in (a|the) (body bag|coffin|grave|morgue|hospital))\b"),
    // "he'd put him in the holler for good", "put her in the river for good": a person put
    // somewhere for good is the same killing said as a burial.
    spec(C::HomicidalIdeation, K::HomicidalIdeation, r"\b(put|putting|puts|send|sending|drop|dropping|dump|dumping) (him|her|them|(his|her|the|that|their|my) \S+) (in|into|under|at the bottom of) (the|a) (\S+ )?(holler|hollow|hole|river|lake|creek|swamp|bayou|woods|quarry|pond|ditch|mineshaft|shaft|well|sea|bush|ocean|dam|bog) for good\b"),
    spec(C::HarmThoughts, K::HarmToOthers, r"\b(or|and|nor) (of )?(hurting |harming |killing |hurt |harm |kill )?(anyone|anybody|someone|somebody|others|other people|another person)( else)?\b")
        .need_before(r"(self|selves)$"),
    // "thoughts of harm to self or baby", "of hurting herself or the kids" (not "keep herself
    // and the children safe": the harm word must govern the first).
    spec(C::HarmThoughts, K::HarmToOthers, r"\b(or|nor) (to )?((the|her|his|their) )?(baby|babies|infant|newborn|child|children|kids?|twins)\b")
        .need_before(r"\b((harm|harming|hurt|hurting|injury|injuring|danger) to (self|oneself)|(harm|harming|hurt|hurting|injur\w*|kill|killing) (him|her|them|my|your)sel(f|ves))$"),
    spec(C::HarmThoughts, K::HarmToOthers, r"\b(go|goes|going|went|get|gets|getting) (after|back at) (him|her|them)\b"),
    spec(C::HarmThoughts, K::HarmToOthers, r"\b(bring\w*|brought|take|taking|took|carry\w*) (a|his|her|my|their|the) (gun|knife|weapon|firearm|pistol|rifle|blade) to (school|work|class|the office|church)\b"),
    // --- Substance use (before abuse: "substance abuse" is substance use).
    block(r"\b(drug ?stores?|drug (coverage|plans?|interactions?|costs?|prices?|company|companies|rep))\b"),
    // "that was the end of her ninety days", "threw away two years sober": a count of sober
    // days ended is a lapse, whatever was drunk.
    spec(C::Relapse, K::SubstanceUse, r"\b(end of|ended|ends|broke|broken|breaks|blew|blown|lost|threw away|throws away|reset|resets) (her|his|their|my|all) (\S+ ){0,2}?(days|weeks|months|years|sobriety|sober time|clean time|sober date|sobriety date|clean date|streak|chip)\b")
        .need_near(&["sober", "sobriety", "clean", "dry", "drink", "drinks", "drinking", "drank", "pint", "pints", "beer", "beers", "cans", "bottle", "vodka", "whiskey", "whisky", "wine", "meeting", "meetings", "aa", "na", "relapse", "cider", "lager", "ale", "stout", "rum", "gin", "tequila", "bourbon", "liquor", "booze", "weed", "pills", "meth", "heroin", "coke", "crack", "case", "twelve-pack", "six-pack", "using", "used"]),
    // "Husband back on snops after three dry months": back on anything after a sober spell is
    // a relapse, whatever the drink is called.
    spec(C::Relapse, K::SubstanceUse, r"\bback on (the )?\S+( \S+)? after (\S+ ){0,3}?(dry|sober|clean|abstinent|sobriety)\b"),
    spec(C::Relapse, K::SubstanceUse, r"\bback on (the )?\S+( \S+)? after (\S+ ){0,2}?(days|weeks|months|years) (dry|sober|clean|off it|without)\b"),
    // "You said the yaba is finished for you": a drug said to be over for the client.
    spec(C::Abstinence, K::SubstanceUse, concat!(r"\b(the )?", drugs!(), r" (is|was|'s) (finished|done|over) for (you|him|her|me|them)\b")),
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(substance|alcohol|drug|drugs|opioid|opiate|cannabis|prescription|polysubstance|stimulant|benzodiazepine|inhalant|methamphetamine|meth|amphetamine|cocaine|hallucinogen|sedative|heroin|ketamine) (abuse|misuse|use disorder|dependence|use)\b"),
    spec(C::Abstinence, K::SubstanceUse, r"\b(sober|sobriety|abstinent|abstinence|abstaining|teetotal|teetotaller|teetotaler|tee-total)\b"),
    // "he's stayed dry nine weeks": dry as the drinker's word for sober.
    spec(C::Abstinence, K::SubstanceUse, r"\b((stayed|stays|staying|kept|keeping|remained|remains|been) (bone )?dry|(days?|weeks?|months?|years?) dry)\b")
        .not_before(DRY_THING),
    // "he's not touched a drop in four months", "not a drop since the inquest": a drop is
    // drink, and the negation before it is the denial.
    spec(C::SubstanceUse, K::SubstanceUse, r"\b((touched|had|taken|drunk) )?a (single )?drop\b")
        .need_before(r"\b(not|never|n't|no|nae|hasn't|haven't|hadn't|isn't|wasn't|didn't|without)( \S+){0,2}$"),
    // "she hasn't touched coke since the trip": touching a substance is using it.
    spec(C::SubstanceUse, K::SubstanceUse, r"\btouch(ed|es|ing)? (coke|cocaine|crack|weed|cannabis|pot|heroin|meth|drugs|pills|alcohol|booze|the drink|the booze|the bottle|a drink|drink|gear|speed|ketamine|ket|charlie|mandy|molly|pingers|acid|mdma|ecstasy)\b"),
    // "it's eight months since his last drink": months or years since the last use is
    // abstinence ("two days since his last drink" dates a use now).
    spec(C::Abstinence, K::SubstanceUse, r"\b(months|years|a year) since (his|her|their|my|the) (very )?last (drink|drinks|drop|pint|use|hit|fix|line|joint|pill|binge|smoke)\b"),
    // "he is clean from ice and charas for five months now": every drug named after "clean
    // from" is what he is clean of (one word the list does not know may lead the list).
    spec(C::Abstinence, K::SubstanceUse, concat!(r"\b(clean|free) (from|of|off) (\S+( and|,| or) )?", drugs!(), r"((,| and|, and| or|, or) ", drugs!(), r"){0,3}\b")),
    spec(C::Abstinence, K::SubstanceUse, r"\b((days?|weeks?|months?|years?) clean|(been|stayed|staying|is|was|remains?|remained|stays?) clean)\b")
        // "House was clean, kids fed", "the wound is clean": a thing that is clean says
        // nothing of use.
        .not_before(r"\b(house|home|flat|apartment|room|bedroom|kitchen|bathroom|place|yard|car|truck|clothes|clothing|uniform|shirt|dishes|floor|floors|wound|wounds|site|cut|cuts|dressing|bandage|sheets|bed|trailer|cell|unit|ward|record|dress|skirt|blouse|jacket|coat|trousers|pants|jeans|djellaba|sari|saree|abaya|hijab|kurta|robe|gown|apron|hair|nails|hands|face|shoes|boots|laundry|sheet|towel|kit|tray|plate|cup|glass)$")
        // "The patient was clean, well dressed, pleasant": a mental status exam's appearance.
        .not_after(r"^(, ?)?(and )?((well|neatly|appropriately|casually|adequately|nicely|smartly|tidily|simply|plainly) (dressed|groomed|kempt|presented)|groomed|shaven|shaved|tidy|neat|kempt|presentable|dressed|(a bit |quite |very |rather |much )?(thin|thinner|thinner than|pale|smiling|calm|pleasant|cheerful|well|bright|alert|oriented|polite|quiet|talkative|tired|the \S+ (nice|tidy|clean|swept)))\b"),
    // "he's been dry for two years now", "dry since New Year": abstinence from drink.
    spec(C::Abstinence, K::SubstanceUse, r"\b((been|stayed|staying|is|remains?|remained|stays?|kept) (completely |totally |bone )?dry (for|since)|(days?|weeks?|months?|years?) dry)\b")
        .not_before(DRY_THING),
    // "he said he stopped the mairungi but not the njaga": what he did not stop he still uses.
    spec(C::SubstanceUse, K::SubstanceUse, r"\bnot (the |his |her )?\S+\b")
        .need_before(r"\b(stopped|quit|gave up|given up|cut out|dropped) (the |his |her )?\S+( and (the )?\S+)? but$")
        .need_any(&["drinking", "smoking", "chewing", "using", "drugs", "alcohol", "weed", "beer", "drink", "smoke", "pills", "njaga", "mairungi", "khat", "miraa", "ganja", "booze", "wine", "cocaine", "meth", "heroin"]),
    spec(C::Abstinence, K::SubstanceUse, r"\b(quit|stopped|stop|quitting|stopping|gave up|give up|cut out|cutting out|knocked) (drinking|using|alcohol|drugs|cocaine|heroin|opioids|pills|meth|weed|cannabis|booze|the drink|the booze|smoking (weed|pot|cannabis|crack|meth|marijuana|hash|dope|skunk|spice|joints|grass)|chewing (khat|qat|miraa)|(the )?(khat|qat|miraa)|the (drink|booze|weed|coke|gear|pills|speed|spice|tablets))( completely| altogether| entirely| on the head)?\b"),
    // "Off the piss and the weed since Christmas": a list of drugs one is off, since a time,
    // each of them given up (the shorthand drops the verb).
    spec(C::Abstinence, K::SubstanceUse, concat!(r"(^|\b(been|is|was|stayed|staying|kept|stays|now|and|but|still|he's|she's|i'm|they're|been) )off (the |his |her |my )?(", drugs!(), r"|piss|grog|turps|sauce|drink|gear|pills|ice|p)((,|,? and|,? or) (the |his |her |my )?(", drugs!(), r"|piss|grog|turps|sauce|drink|gear|pills|ice))* (for|since)\b")),
    // "passed the tuica stand without stopping": a seller of drink passed by is resisted.
    spec(C::Abstinence, K::SubstanceUse, r"\b(passed|passes|passing|walked past|walks past|walking past|drove past|drives past|driving past|went past|goes past|going past|walked by|walks by|drove by|went by) (the|a|his|her|that|every) (\S+ ){0,3}(stand|stall|shop|store|bar|pub|tavern|cantina|kiosk|bottle shop|bottle-o|off-licence|off licence|offie|counter|aisle|dealer|corner|saloon|beer garden|brewery|shebeen) (without|and (didn't|did not|never)) (stopping|going in|buying|stopping in|a drink|drinking|going inside)\b"),
    // "he's been off it two years", "off the drink since March".
    spec(C::Abstinence, K::SubstanceUse, r"\b(been|is|was|stayed|staying|kept) off (it|the drink|the booze|the grog|drugs|everything|the gear|the pills|alcohol) (for |since )?(over |nearly |almost |about |going on |coming up on |close to |getting on for )?(\S+ )?(years?|months?|weeks?|days|march|april|may|june|july|august|september|october|november|december|january|february|christmas|new year)\b"),
    // "stopped the wine at night in April", "gave up the weed": a determiner before the
    // substance changes nothing (the time words still say when: "stopped ... last week" is
    // recent use).
    spec(C::Abstinence, K::SubstanceUse, r"\b(quit|stopped|quitting|stopping|gave up|given up|giving up|cut out|knocked) (the|her|his|their|my) (\S+ )?(wine|beer|beers|booze|drink|drinking|alcohol|vodka|whisky|whiskey|cider|spirits|weed|cannabis|pot|coke|cocaine|pills|gear|speed|meth)( on the head)?\b"),
    // Any named drug or drink given up ("stopped the akpeteshie completely", "quit the bhang").
    // "he stopped the chibuku and the kachasu": each drink of the list is given up.
    // "his ma say he must leave the tramadol and the kush": to leave it is to give it up.
    spec(C::Abstinence, K::SubstanceUse, concat!(r"\b(quit|stopped|quitting|stopping|gave up|given up|giving up|cut out|left|leave|leaving|dropped) (the|her|his|their|my) (", drugs!(), r"|tramadol)(,? (and|or) ((the|her|his|their|my) )?(", drugs!(), r"|tramadol))?( completely| altogether| entirely| for good| on the head)?\b"))
        // "left the beer in the fridge" is a place; "stopped the soju in spring" is a time.
        .not_after(r"^ ?(on|in (the|a|an|his|her|their|my|your|our) (\S+ )?(fridge|car|truck|ute|van|house|cupboard|cabinet|bag|room|kitchen|garage|shed|bar|pub|glass|bottle|freezer|cooler|esky|boot|trunk|drawer|closet|locker|office|basement|cellar|pantry|sink|bin|yard|garden|backpack|pocket)|at|out|behind|for|with|to|by|under|open|lying|around|alone)\b"),
    // "he stopped tella and areke completely", "quit beer and whisky": with no article too.
    spec(C::Abstinence, K::SubstanceUse, concat!(r"\b(quit|stopped|quitting|stopping|gave up|given up|giving up|cut out) (", drugs!(), r"|tramadol)(,? (and|or) (", drugs!(), r"|tramadol))?( completely| altogether| entirely| for good| on the head)?\b"))
        .not_after(r"^ ?(on|in|at|out|behind|for|with|to|by|under|open|lying|around|alone|and|but)\b"),
    // "He is telling he left mahua and handia after the detox": to leave a drink or drug,
    // with no article, is to give it up (Indian and African English).
    spec(C::Abstinence, K::SubstanceUse, concat!(r"\b(left|leaving|leaves) ", drugs!(), r"( and ", drugs!(), r")?( completely| altogether| entirely| for good)?\b"))
        .not_after(r"^ ?(on|in|at|out|behind|for|with|to|by|under|open|lying|around)\b"),
    spec(C::Relapse, K::SubstanceUse, r"\bslips?\b").need_before(r"\b(no|any|zero|without|a|one|two|few|single)$"),
    spec(C::Relapse, K::SubstanceUse, r"\b(relaps\w*|lapsed?|lapses|slipped up|had a slip)\b")
        .not_after(r"^(with|into|on|of) (self|cutting|nonsuicidal|burning|bingeing|binging|purging|restricting|depression|symptoms|anxiety|psychosis|mania)\b|^(in|of) (concentration|attention|judge?ment|memory|focus)\b")
        // "after his licence lapsed": a document or cover that runs out is no relapse; nor is
        // a lapse of memory or attention ("some memory lapses").
        .not_before(r"\b(licen[cs]es?|subscriptions?|memberships?|polic(y|ies)|insurance|contracts?|visas?|passports?|permits?|registrations?|certificates?|certifications?|leases?|warrant(y|ies)|tenanc(y|ies)|coverage|cover|benefits?|payments?|prescriptions?|plans?|agreements?|deadlines?|offers?|claims?|memory|concentration|attention|focus|judge?ment|cognitive|mental)( (has|had|have|just|finally|recently|some|few|occasional|brief))*$"),
    spec(C::Relapse, K::SubstanceUse, r"\b(using|use|used|drinking|drank) again\b"),
    // "every weekend XTC and speed": two street drugs named together are drug use, however
    // short the sentence.
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(xtc|ecstasy|mdma|molly|mandy|pingers|speed|crank|ket|ketamine|coke|cocaine|meth|ice|acid|lsd|shrooms|ghb|poppers|crack|smack|heroin)( and|,| &| or| plus) (xtc|ecstasy|mdma|molly|mandy|pingers|speed|crank|ket|ketamine|coke|cocaine|meth|ice|acid|lsd|shrooms|ghb|poppers|weed|pills|crack|smack|heroin|booze|alcohol)\b"),
    spec(C::SubstanceUse, K::SubstanceUse, r"\bxtc\b"),
    // "Blues off a guy at the truck stop, three days running": pressed "M30" pills (fentanyl
    // or oxycodone), bought from someone and taken day after day.
    spec(C::SubstanceUse, K::SubstanceUse, r"\bblues (off|from) (a|some|this|that|the|his|her) (\S+ )?(guy|dude|dealer|bloke|fella|plug|man|connect)\b"),
    spec(C::SubstanceUse, K::SubstanceUse, r"\bblues\b")
        .need_near(&["narcan", "narcan'd", "snorting", "snorted", "pressed", "fent", "fentanyl", "m30", "m30s", "foil", "oxy", "oxys"]),
    // "Burn marks L forearm": a chart's marks on a side's limb (L, R, bilat) are wounds told.
    spec(C::SelfInjury, K::SelfHarm, r"\b(fresh |new |recent |healing )?(burn|burns|cut|cuts|scratch|scratches|slash|slashes|cigarette burns?)( marks)? (on |to )?(l|r|lt|rt|bilat|bilateral) (forearms?|wrists?|thighs?|arms?|upper arms?|legs?|shins?|hips?|abdomen)\b")
        .not_before(r"\b(old|healed|faded|white|silvery|former|historic|historical|past|remote)$"),
    // "Patient takes Crystal again": crystal meth, capitalised or not.
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(takes|took|taking|take|using|uses|used|smoking|smokes|smoked|snorting|injecting|on|back on|started|buying|bought) (the )?crystal( meth)?\b")
        .not_after(r"^(glass\w*|vases?|bowls?|chandeliers?|balls?|decanters?|figurines?|earrings|necklaces?|ornaments?|beads|healing|set|clear|jewel\w*|lake|river|creek|springs|city|beach|bay|falls|mountain|cave|caves|palace|street|road|avenue|lane|pond|cove|valley|ridge)\b"),
    // "going over to his ex's new man's house with the deer rifle": a visit armed with a
    // weapon, thought of or done, is harm aimed at that person.
    spec(C::HarmThoughts, K::HarmToOthers, r"\b(go|going|goes|went|drive|driving|drove|show up|showing up|showed up|turn up|turning up|turned up) (over |round |around |back )?to (\S+ ){0,4}(house|place|flat|home|work|apartment|trailer|job|school) with (a|the|his|her|my|their) (\S+ )?(gun|rifle|shotgun|pistol|knife|machete|bat|axe|hammer|piece|blade)\b"),
    // "talking about going up the trail with the rope": a place and a means together.
    spec(C::Method, K::SuicidalIdeation, r"\b(talk\w*|think\w*|thought|mention\w*) (about|of) (going|heading|driving|walking|taking|hiking) (\S+ )?(up|to|out to|down to|into|over to|off to) (\S+ ){1,4}with (a|the|his|her|their|my) (rope|gun|rifle|shotgun|pills|noose|cord|hose|pistol)\b"),
    // "Knife ... pulled it on a guy outside the Coop", "Stuck a man. With a shank": a weapon
    // drawn or used on a person, the weapon told near.
    spec(C::Violence, K::Violence, r"\bpulled (it|one|that|a \S+|the \S+|his \S+|her \S+) on (a|some|the|this|that|another|his|her) (\S+ )?(guy|man|bloke|kid|boy|girl|lad|woman|dude|teacher|neighbou?r|person|cop|officer|stranger|student)\b")
        .need_near(&["knife", "gun", "blade", "pistol", "machete", "shank", "piece", "cuete", "rifle", "bat", "shiv"]),
    spec(C::Violence, K::Violence, r"\b(stuck|shanked|shivved|poked|juked|chivved|chibbed) (a|some|the|this|that|another) (\S+ )?(man|guy|bloke|lad|dude|inmate|kid|fella|woman|girl|boy|person|prisoner|cellmate)\b")
        .need_near(&["shank", "knife", "blade", "shiv", "screwdriver", "toothbrush", "stabbed", "blood", "chib", "pen"]),
    // "Her ex keeps texting that he'll ... finish what he started": a threat to end an
    // assault, from a partner or ex.
    spec(C::Abuse, K::Abuse, r"\bfinish (what he started|her off|the job on her)\b")
        .need_near(&["ex", "husband", "boyfriend", "partner", "texting", "texts", "texted", "threat", "threatened", "threatening", "threatens", "fiance", "ex-husband", "ex-boyfriend"]),
    // "Her five-year-old has belt marks on his back": a child's marks of an implement or a
    // hand are abuse (FORMATS §3), whoever is named.
    spec(C::Abuse, K::Abuse, r"\b(belt|cord|cane|hand|handprint|slap|whip|strap|stick|switch|wire|hanger) (marks|mark|welts|bruises) (on|across|all over) (his|her|their|the (boy's|girl's|child's|baby's|kid's)) (back|legs?|bottom|buttocks|arms?|face|thighs?|bum|behind)\b"),
    // "Crank, three days straight": slang for methamphetamine, told with a binge, a relapse or
    // a come-down.
    spec(C::SubstanceUse, K::SubstanceUse, r"\bcrank\b")
        .need_near(&["relapsed", "relapse", "using", "used", "high", "paranoid", "smoking", "smoked", "straight", "binge", "bender", "comedown", "tweaking", "tweaked", "awake", "shooting", "snorting", "pipe"]),
    // "Strong Zero, four cans nightly": a number of cans or drinks a night is drinking,
    // whatever the brand.
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|a couple of|couple of) (cans|tins|tallboys|tall boys|tinnies|stubbies|pints|shots|bottles|drinks|beers|glasses) (a night|nightly|a day|daily|per day|per night|every night|each night|every day|each day|an evening|every evening)\b"),
    // "he's been going through her pain pills and there's twenty gone": another's
    // prescription used up is prescription misuse (one stolen may be stolen from the client,
    // so stealing is left to the abuse readings).
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(going through|went through|goes through|raiding|raided|helping (himself|herself) to) (her|his|their|my|\S+'s) (\S+ )?(pain pills|pills|painkillers|pain meds|meds|medication|medications|tablets|oxy\w*|xanax|valium|percocets?|vicodin|norco|tramadol|codeine|benzos|morphine)\b"),
    // "she's clean off the crank - no, wait, she's back on it": back on a substance the
    // sentence or the one before names.
    spec(C::Relapse, K::SubstanceUse, r"\b(back on it|back on them|on it again)\b")
        .need_near(&["crank", "meth", "ice", "drink", "drinking", "booze", "weed", "pills", "heroin", "coke", "cocaine", "crack", "gear", "speed", "fentanyl", "fent", "oxy", "oxys", "kush", "ganja", "grog", "liquor", "alcohol", "beer", "wine", "vodka", "whiskey", "whisky", "rum", "drugs", "dope", "smack", "tina", "opioids", "benzos", "xanax"]),
    // "Back on codeine. Two bottles a day, mixed in Fanta": back on a drug of misuse (codeine
    // syrup, tramadol, benzodiazepines) is a relapse, as "back on the drink" is.
    spec(C::Relapse, K::SubstanceUse, r"\bback on (the )?(codeine|codeine syrup|cough syrup|syrup|lean|tramadol|tramal|oxys?|oxycodone|percs?|percocets?|xans?|xanax|benzos|valium|pills|painkillers|pain pills|tapentadol|pregabalin|lyrica|gabapentin|phensedyl|corex|codeine cough mixture)\b"),
    spec(C::SubstanceUse, K::SubstanceUse, r"\busing\b")
        .need_before(r"\b(been|started|starts|is|was|back to|resumed|keeps|kept|still|he's|she's|they're|i'm|not|isn't|wasn't|aren't|weren't|currently|actively)$")
        // "using more restraint than last month": a thing one uses, not use.
        .not_after(r"^((more|less|fewer|some|new|different|other|healthier|positive|several|many|most|both|all|much|real|great|extra) (\S+ )?(restraint|patience|self-control|control|skills?|strategies|tools|techniques|humou?r|caution|care|discipline|boundaries|words|language|support|supports|time|energy|effort|judg(e)?ment|sense|structure|routines?|breaks|help|assertiveness|self-talk|kindness|tact|diplomacy|insight)|coping|the|her|his|their|my|skills|a|an|cbt|dbt|breathing|grounding|it|them|this|that|what|tools|strategies|humor|humour|exercise|sleep|these|those|words|language|good|better|sound|common|judg(e)?ment|sense|logic|\S+ (judg(e)?ment|sense|skills|strategies|techniques))\b|^(art|music|drawing|painting|journaling|writing|prayer|humou?r|food|work|games|gaming|tv|sport|running|walking|exercise|sleep|crafts?|clay|colou?rs?|poetry|dance|yoga) (\S+ )?(to|for|as|when|instead)\b"),
    // Injecting told without the drug: "been injecting again", "injects in her groin",
    // "injecting with his friend", "injected in the station toilets".
    spec(C::Misuse, K::SubstanceUse, r"\b((been|started|back to|keeps|kept) injecting|inject(s|ed|ing)? (again|daily|every day|intravenously|(into|in) (his|her|my|their|the) (groin|arms?|neck|legs?|feet|foot|veins?|hands?)|with (his|her|their|my|a|some|the) (\S+ )?(friends?|mates?|partner|boyfriend|girlfriend|cousins?|brothers?|sisters?|crew|boys|girls|guys)|in (the|a|an) (\S+ )?(toilets?|bathrooms?|restroom|car|park|alley|alleyway|squat|stairwell|bushes|underpass|bus station|train station|station)))\b")
        .not_after(r"^(insulin|testosterone|hormones?|estrogen|oestrogen|medication|meds|ozempic|semaglutide|b12|heparin|her insulin|his insulin)\b"),
    spec(C::Misuse, K::SubstanceUse, r"\b(more than (prescribed|directed)|(not|other than) as prescribed|someone else's (pills|meds|medications?|medicines?|tablets|prescriptions?)|popping (pills|\S+)|snort\w*|inject\w* (drugs|heroin|meth)|shoot\w* up|iv drugs?)\b"),
    spec(C::Misuse, K::SubstanceUse, r"\b\S+'s (leftover |old |spare |prescription |pain |back |sleeping )?(pills|meds|medications?|percs?|percocets?|perks|roxies|roxys?|hydros|norcos?|vikes|lortabs?|xans|xannies|klonnies|addies|addys?|gabbies|xanax|adderall|oxy\w*|painkillers|vicodin|klonopin|ativan|valium|norco|hydrocodone)\b")
        // Another's pills are misuse when the sentence tells them used ("keeps her husband's
        // oxy in the cabinet" is means, read as such elsewhere).
        .need_any(USE_VERBS)
        .not_after(r"^(is|are|was|were|still|sits?|stays?|kept|locked|in (the|a|his|her|their))\b")
        // "She's got ... a bottle of her mother's old oxycodone she never threw out": a
        // supply kept is means (FORMATS §3), not use.
        .not_before(r"\b(got|has|have|had|keeps?|kept|keeping|found|finds|stores?|stored|hides?|hid|holds?|held)( \S+){0,8} (a |an |the )?(bottle|box|bag|stash|packet|supply|jar|tub|load|pot)s? of (her|his|their|my)$"),
    // Drugs diverted from work or taken past the dose: "took lorazepam from the waste bin on
    // the unit", "taking extra diazepam".
    spec(C::Misuse, K::SubstanceUse, r"\b(took|takes|taking|take|taken|stole|steals|stealing|pocketed|pocketing|pocket|swiped|nicked|nicking|helped (her|him)self to|helping (her|him)self to) (\S+ ){0,2}(lorazepam|diazepam|clonazepam|alprazolam|midazolam|temazepam|zopiclone|morphine|oxycodone|fentanyl|hydromorphone|ketamine|propofol|codeine|tramadol|opioids|benzos|meds|medication|pills|tablets|drugs|vials?|ampoules?) (from|out of|off) (the )?(\S+ )?(waste|sharps|bin|ward|unit|work|stock|drug cupboard|cupboard|pharmacy|clinic|hospital|trolley|cabinet|returns|job)\b")
        // "taking the tablets from the clinic for sleep as prescribed": her own, as prescribed.
        .not_after(r"^(\S+ ){0,4}?(as prescribed|as directed|as the doctor said)\b"),
    spec(C::Misuse, K::SubstanceUse, r"\b(taking|takes|took|take|using|uses|used|popping|pops|popped) (an )?extra (\S+ )?(lortabs?|norcos?|vicodin|percocets?|percs|hydrocodone|dilaudid|methadone|adderall|soma|lorazepam|diazepam|clonazepam|alprazolam|temazepam|zopiclone|zolpidem|morphine|oxycodone|oxy|fentanyl|codeine|tramadol|gabapentin|pregabalin|xanax|valium|ativan|klonopin|benzos|sleeping (pills|tablets)|painkillers|doses?|pills|tablets|meds)\b"),
    // "I smoke piedra every visiting day": "piedra" (rock) is crack cocaine in Latin American
    // and US Spanish.
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(smok\w*|hit\w*|pip\w*|us\w*|buy\w*|bought|sell\w*|sold|bring\w*|brought|on) (la |the |some |a )?(piedra|piedras|piedrita|piedritas)\b"),
    // "Drinking shine out of a mason jar": "shine" is moonshine (Appalachian and Southern US).
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(drink|drinks|drinking|drank|sipping|sips|sipped|nipping|nips|nipped|jar of|pint of|quart of|gallon of) (on )?(the |some |that |his |her |their |homemade |home made )?(shine|corn liquor|corn whiskey|rotgut)\b"),
    // "home from the bar after a case of Labatt": beer by the case, the slab or the two-four
    // (twenty-four cans), whatever the brand, beside a bar or a drive.
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(a|half a|another|a whole|the whole|two|three) (case|slab|carton|two-four|twenty four|thirty rack|thirty-rack|rack|flat) of\b")
        .not_after(r"^ ?((the |a )?(flu|cold|covid|measles|nerves|jitters|shingles|nostalgia|water|soda|pop|coke|sprite|juice|gatorade|red bull|energy drinks?|eggs|oranges|apples|paper|books|tools|oil|wood|ammo|ammunition|shells)\b|$)")
        .need_near(&["bar", "pub", "tavern", "saloon", "drunk", "drinking", "drank", "rolled", "crashed", "wrecked", "drove", "driving", "sled", "snowmobile", "party", "porch", "fight", "night", "weekend"]),
    // "topping up with gin at night": drink added to drink or pills.
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(topp?(ing|ed|s)? (it |them )?up with) (gin|vodka|whisk(e)?y|rum|wine|beer|cider|brandy|spirits|booze|drink)\b"),
    // Money taken: a relative taking the client's pension or savings, or keeping the card to
    // it (financial abuse, EASI).
    spec(C::Abuse, K::Abuse, r"\b(taking|took|takes|taken|take|helping himself to|helping herself to|helped himself to|helped herself to|spending|spent|draining|drained|emptying|emptied) (\S+ ){0,2}(money|cash|savings|benefits|pension) (from|out of|off) (your|her|his|their|my) (\S+ ){0,2}?(pension|account|bank|savings|purse|wallet|card|benefits|social security)\b"),
    spec(C::CoerciveControl, K::Abuse, r"\b(keeps|kept|keeping|holds|held|holding|took|takes|taken|has|had|controls|controlled|controlling) (your|her|his|their|my) (\S+'s )?(pension|bank|benefits?|debit|credit|post office|sassa|social security|ssi|salary|atm|wage|wages|pay|ration|food stamp|ebt) (card|book|money|account|cards)\b"),
    // "Papaw put his hands on her when she was eight. Tried again last month": the abuser
    // trying again, told after the old abuse, makes the abuse current.
    spec(C::Abuse, K::Abuse, r"\b(tried|has tried|tries|trying) (it |to )?again( \S+){0,4}? (last|this|yesterday|recently|a (week|few days|couple of weeks|month) ago|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b")
        .need_near(&["touched", "molested", "abused", "hands", "raped", "groped", "fondled", "assaulted", "interfered", "fiddled"]),
    // "in case he goes through with it": a note or means kept for an attempt.
    spec(C::Preparatory, K::SuicidalIdeation, r"\bin case (he|she|i|they) (goes|go|went|decides? to go|decided to go|ever goes?) through with it\b"),
    // "feels like finishing himself off": ending one's life.
    spec(C::Ideation, K::SuicidalIdeation, r"\b(finish|finishes|finishing|finished) (him|her|my|them)sel(f|ves) off\b"),
    // "She tried to finish herself two weeks before with the medicines": "finish oneself",
    // to end one's life in second-language English; tried, it is an attempt.
    spec(C::Attempt, K::SuicidalIdeation, r"\b(tried|tries|try|trying|attempted|attempts) to (finish|end|close) (him|her|my|them)sel(f|ves)\b"),
    spec(C::Ideation, K::SuicidalIdeation, r"\b(want\w*|think\w*|thought|wish\w*|plan\w*|going|idea|ideas|decided) (of |about |to )?(finish|end) (him|her|my|them)sel(f|ves)\b"),
    // "taking twice the dose on the box", "double his prescribed dose": more than directed.
    spec(C::Misuse, K::SubstanceUse, r"\b(taking|takes|took|take|using|uses|used|swallowing|popping) (double|twice|triple|three times|two times|four times) (the|his|her|their|my) (\S+ )?(dose|dosage|amount)\b"),
    // Someone else's prescription taken (FORMATS §3: prescription misuse), by class or by
    // name, after a verb of taking: "using her brother's ADHD tablets", "taking his mum's
    // co-codamol". Counted doses ("took twenty of her mum's diazepam") are overdoses, and
    // someone else's tablets in a drawer are means.
    spec(C::Misuse, K::SubstanceUse, r"\b\S+'s (adhd |sleeping |pain |anxiety |nerve |back |old |leftover |spare |prescription |prescribed |\S+ |blood pressure )?(tablets|tabs|capsules|medicines?|prescriptions?|scripts?|sleepers|pregabalin|gabapentin|lyrica|diazepam|lorazepam|clonazepam|alprazolam|zopiclone|zolpidem|ambien|tramadol|codeine|co ?codamol|cocodamol|dihydrocodeine|oxycodone|oxycontin|morphine|methadone|buprenorphine|subutex|suboxone|ritalin|vyvanse|concerta|methylphenidate|dexamphetamine|modafinil|quetiapine|seroquel|fentanyl|patches|benzos|opioids|stimulants)\b")
        .need_before(r"\b(tak(e|es|ing)|took|us(e|es|ed|ing)|borrow(s|ed|ing)?|help(s|ed|ing)? (him|her|them)sel(f|ves) to|nick(s|ed|ing)?|steal(s|ing)?( from)?|stole|swip(e|es|ed|ing)|pinch(es|ed|ing)?|raid(s|ed|ing)?|dipp(ed|ing) into|been on|started on|on|popp(ed|ing)|pops)( \S){0,2}(( (some|some of|the rest of|the))? (her|his|their|my|a|the|your))?( \S+)?$")
        // "taking her dad's heart tablets to the pharmacy": tablets carried, not taken.
        .not_after(r"^(to (the|a|an|her|his|their|my|school|work|church|hospital|pharmacy|chemist|clinic|town)|back|round|over|in to|for (her|him|them))\b"),
    spec(C::Misuse, K::SubstanceUse, r"\b(got|gets|get|buys?|bought|buying|getting|takes?|took|taking)( \S+){0,3} from (a|her|his|their) (friend|dealer|guy|someone|coworker|cousin|brother|sister|roommate)\b")
        // "getting lifts from her brother", "got a job from a friend": a drug or a medicine
        // must be named in the sentence (or a dealer be the one it came from).
        .need_any(&[
            "pills", "pill", "tablets", "tabs", "meds", "medication", "medicine", "xanax", "valium",
            "diazepam", "oxy", "oxys", "oxycodone", "percocet", "percocets", "adderall", "vicodin",
            "norco", "benzos", "benzo", "bars", "weed", "coke", "cocaine", "speed", "pregabalin",
            "gabapentin", "codeine", "tramadol", "morphine", "fentanyl", "heroin", "meth", "molly",
            "mdma", "ecstasy", "pot", "cannabis", "script", "scripts", "subs", "suboxone",
            "methadone", "bupe", "gear", "drugs", "dealer", "painkillers", "downers", "uppers",
            "vapes", "edibles", "gummies", "lean", "klonopin", "ativan", "ritalin", "tranqs",
        ]),
    spec(C::Misuse, K::SubstanceUse, r"\b(xanax|bars|percocets?|oxy\w*|adderall|vicodin|norco|benzos?) (she|he|they) (buys|bought|gets|got)\b"),
    // "buying pregabalin off a lad in the hostel": a medicine bought off someone.
    spec(C::Misuse, K::SubstanceUse, r"\b(buy\w*|bought|scor\w*|get|gets|getting|got) (\S+ ){1,2}off (a|some|this|his|her|their) (lad|bloke|guy|mate|friend|dealer|man|woman|kid|neighbour|neighbor|cousin|girl|fella)\b"),
    // "driving home after three or four margaritas": drink-driving (AUDIT item 9's harm).
    // "denies using spice", "on the spice", "spice in cell", "drinking hooch": the synthetic
    // cannabinoid and prison brew, told with a verb of use or a prison setting (a cook's
    // spice has neither; "hooch brewing on every landing" is no one's use).
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(spice (in|on) (his|her|the|their) (cell|wing|landing)|spice (use|user|users|attack|overdose|episode))\b"),
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(spice|hooch)\b")
        .need_before(r"\b(using|uses|used|smoking|smokes|smoked|vaping|taking|takes|took|drinking|drinks|drank|on|denies|denied|deny|no|any)( the)?$")
        .not_before(r"\b(stopped|stop|stops|quit|quits|quitting|stopping|gave up|given up|clean of|free of|off)( using| smoking| taking| drinking)?( the)?$"),
    // "smoking blues off foil", "chasing it on the foil": a drug smoked off foil, whatever
    // its street name.
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(smok\w*|chas\w*|toot\w*) (\S+ ){0,2}(off|on|from) (a |the |some )?(tin ?)?foil\b"),
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(driv\w*|drove) (\S+ ){0,2}after (a |an |\S+ (or \S+ )?)?(drinks|beers|pints|wines|ciders|lagers|vodkas|whiskies|gins|tinnies|stubbies|margaritas|cocktails|glasses|shots|cans|a few|a couple|drinking|a skinful|the pub)\b"),
    // "drove home from the casino after most of a twelve-pack": a whole pack or bottle drunk
    // before driving.
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(driv\w*|drove) (\S+ ){0,5}after (most of |half |all of |nearly )?(a|the|an entire|a whole) (twelve pack|six pack|slab|fifth|crate|case of (beer|beers|cans|lager|cider)|(half )?bottle of (wine|vodka|whiskey|whisky|gin|rum|spirits|bourbon|tequila|cider|red|white|jack))\b"),
    // "gouching out", "nodding out": an opioid nod.
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(gouch\w*|gauch\w*|nodding out|nodded out|nods out)\b"),
    spec(C::SubstanceUse, K::SubstanceUse, r"\bthc (vape|vapes|pen|pens|cart|carts|gummies|edibles|oil)\b"),
    // "he'll do him in with a Stanley knife", "wants to 'finish' cousin over the land": British
    // "do in" and African and Caribbean "finish" a person are to kill them, said as a will or
    // a want (homicidal ideation; "the stairs do her in" is tiredness, with no will). "He'll
    // 'finish' the brother" may mean finish with him: "finish" needs a wish or a vow.
    spec(C::HomicidalIdeation, K::HomicidalIdeation, concat!(r"\b(\S+'ll|will|gonna|going to|", vowed!(), r"|is going to|would) do (him|her|them|the \S+|that \S+|his \S+|her \S+) in\b")),
    spec(C::HomicidalIdeation, K::HomicidalIdeation, concat!(r"\b(", vowed!(), r") ('|' )?finish('| ')? (him|them|her( off)?( [,.;:!?'\x22]|$)|(the |his |her |their |that )?(cousin|brother|sister|uncle|aunt|wife|husband|neighbou?r|father|mother|stepfather|stepmother|dad|mum|mom|son|daughter|boss|partner|ex|boyfriend|girlfriend|brother-in-law|in-law|in-laws|landlord|co-wife|rival|man|woman|guy))( off)?\b")),
    // "he swung back with a bottle", "swung back at the bouncer with a pool cue", "broke a
    // bottle and went for the owner's son", "went for him with a knife", "came at him with a
    // wrench": an attack with a weapon, self-defence or not, is violence.
    spec(C::Violence, K::Violence, r"\b(swung|swings|swinging)(( back| out)?( at (him|her|them|a \S+|the \S+|some \S+|his \S+))? with (a|the|his|her|some) (broken |pool |golf |tyre |tire )?(bottle|bottles|bat|knife|pipe|machete|hammer|chair|brick|glass|crowbar|bar|stick|axe|panga|cricket bat|hurley|shovel|spade|cue|club|iron|wrench|spanner)| (a|the|his|her) (broken )?(bottle|bat|knife|pipe|machete|hammer|chair|brick|glass|crowbar|bar|stick|axe|panga|hurley|shovel|spade) at (him|her|them|a \S+|the \S+|some \S+|his \S+|her \S+))\b"),
    spec(C::Violence, K::Violence, r"\b((went|gone|goes|going|go) for (him|her|them|the \S+|his \S+|her \S+|a \S+|some \S+|that \S+|\S+'s \S+) with (a|the|his|her) (broken )?(\S+ )?(bottle|knife|machete|bat|hammer|blade|glass|stick|pipe|axe|panga|brick|razor|screwdriver|iron bar)|(went|goes|came|comes) at (him|her|them|the \S+|a \S+|some \S+) with (a|the|his|her|some) (\S+ )?(bottle|bat|knife|pipe|bar|chair|hammer|machete|stick|club|brick|glass|crowbar|wrench|spanner|shovel|axe|iron|cue)|(broke|broken|smashed) a bottle and (went|gone|go|goes) for)\b")
        .not_before(r"\b(to|will|would|might|could|should|gonna|wanna|\S+'ll|\S+'d|never|not)$"),
    // "he beat a man in the casino parking lot": an act of hitting done to "a man" or "a
    // guy" (an indefinite person; "the old man" may be a father and is left to the act
    // readings).
    spec(C::Violence, K::Violence, r"\b(beat|beats|beating|punched|punches|punching|stabbed|stabs|stabbing|slashed|kicked|kicks|kicking|headbutted|glassed|bottled|knifed|decked|floored|jumped|attacked|attacks|hit|hits|hitting|struck|shot|shoots|shooting) (up )?(a|some|another) (\S+ )?(man|woman|guy|bloke|lad|fella|fellow|dude|chap|geezer|youth|teenager|teen|kid|boy|girl|person)\b")
        .not_before(r"\b(was|were|got|gets|get|been|being|is|are|to|will|would|might|could|should|shall|can|gonna|wanna|of|about|\S+'ll|\S+'d|never|not)$")
        .not_after(r"^ ?(at|in) (chess|cards|pool|darts|tennis|golf|a game|the game|video games|fifa|arm wrestling)\b"),
    // "Assaulted taxi marshal at the rank with knobkierie", "assaulted a bouncer": "to
    // assault" takes a person whatever role names them, so the verb with any object is an
    // assault (not "assaulted by", nor a passive: the client as victim is read elsewhere).
    spec(C::Violence, K::Violence, r"\b(assaulted|assaulting|assaults) (a |an |the |that |this |two |three |some |another |one of the )?([ac-z][a-z'-]*|b[a-xz][a-z'-]*|by[a-z'-]+)\b")
        .not_before(r"\b(was|were|got|gets|get|been|being|is|are|be|to|will|would|might|could|should|shall|can|gonna|wanna|of|about|\S+'ll|\S+'d|never|not|allegedly)$"),
    // "using oxy from a buddy on the patch", "Oxy from a buddy on the rig": oxycodone used,
    // or got off someone (a prescription kept in a cabinet is means, read elsewhere).
    spec(C::Misuse, K::SubstanceUse, r"\b((using|uses|used|taking|takes|took|popping|pops|popped|snorting|snorted|smoking|smoked|buying|bought|scoring|scored|getting) (some |more |extra )?oxy|oxy (from|off) (a|some|his|her|their) (\S+ )?(buddy|guy|friend|mate|dealer|coworker|co-worker|cousin|connect|plug))\b"),
    // "Cones daily though": Australian cones and bongs are cannabis smoked, said with how
    // often (an ice-cream cone is never had "daily" in a note's telegraphic list).
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(cones|bongs|billies) (daily|every (day|night|morning|arvo|evening)|a day|a night|most (days|nights)|each (day|night)|all day|every other day)\b"),
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(smok\w*|pull\w*|punch\w*|having|has|had|does|doing|did|cone)( a few| some| heaps of| lots of| a couple of| \d+| ten| twenty| five)? (cones|bongs)\b"),
    // "drinking most of a mickey of rye at a bush party", "went through a fifth": a bottle or
    // case named by its size is drink (not "a bottle of water").
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(drank|drinking|drinks|drink|downed|downing|finished|finishing|polished off|went through|goes through|going through|killed|sank|sinks|necked|necking|chugged|chugging) (most of |half |all of |half of |the whole |an entire |nearly |almost )?(a|the|his|her|their|two|three) (mickey|mickeys|fifth|fifths|handle|forty|forty-ouncer|twenty-sixer|two-four|texas mickey|goon bag|goon sack|cask|slab|case|six-pack|sixer|eighteen-pack|thirty-rack)\b")
        .not_after(r"^ ?of (water|juice|milk|coke|soda|pop|tea|coffee|lemonade|squash|gatorade|powerade|kombucha|formula|pedialyte|sprite|fanta|pepsi|energy drinks?|red bull|root beer|ginger ale)\b"),
    // "hit a bus conductor with a carton", "attacked an okada rider": an assault on someone
    // named by a role outside the family, with words before the role that the act readings
    // do not look through ("the old man" may be a father: left to them). A determiner (not
    // "hit by a driver"), the whole word, and a deed done (not "to hit", "he'll hit").
    spec(C::Violence, K::Violence, r"\b(attack|attacks|attacked|attacking|assault|assaults|assaulted|assaulting|hit|hits|hitting|struck|strikes|striking|beat|beats|beating|stabbed|stabs|stabbing|slashed|slashing|punched|punches|punching|kicked|kicks|kicking|whacked|bashed|clubbed|slapped|headbutted|knifed|chopped|hacked|macheted) (a|an|the|that|this|two|three|some|another|one of the) (\S+ ){1,2}?(rider|riders|conductor|driver|drivers|trader|traders|vendor|seller|shopkeeper|customer|clerk|cashier|guard|guards|officer|officers|worker|workers|neighbou?r|stranger|strangers|tout|touts|herder|herdsman|farmer|miner|fisherman|policeman|soldier|bouncer|bartender|barman|waiter|dealer|landlord|tenant|boss|foreman|supervisor|manager|coworker|colleague|inmate|cellmate|referee|player|motorist|passenger|hawker|porter|mechanic|operator|attendant|collector|owner|keeper|trucker|cabbie)( |$)")
        .not_before(r"\b(was|were|got|gets|get|been|being|is|are|to|will|would|might|could|should|shall|can|gonna|wanna|of|about|\S+'ll|\S+'d)$")
        // "beat a trader at chess": a game won.
        .not_after(r"^(at|in) (chess|cards|draws|draughts|checkers|pool|darts|tennis|football|soccer|golf|the game|a game|the race|a race|the match|arm wrestling|ludo|oware|bao|scrabble|poker)\b"),
    // "whooped him with a extension cord", "beat her with the cable": a beating with an
    // instrument (a cord, a belt, a stick) is physical abuse of the one beaten (CTQ, ISPCAN).
    spec(C::Abuse, K::Abuse, r"\b(whoop\w*|whipp?(ed|ing|s)?|belt(ed|ing)|beat|beats|beating|beaten|flogg?\w*|thrash\w*|lash(ed|es|ing)|strapp(ed|ing)|hid(ed|ing)|lick(ed|ing)|spank\w*) (him|her|them|(the|his|her|their) (little |young |small |baby |eldest |youngest |older |younger )?(boy|girl|child|kid|kids|baby|children|little one|son|daughter|grandson|granddaughter|stepson|stepdaughter|nephew|niece)) (\S+ ){0,2}?with (a|an|the|his|her|their|my) (\S+ ){0,2}?(cord|cords|cable|belt|wire|stick|switch|hose|hosepipe|pipe|rod|cane|sjambok|strap|shoe|slipper|broom|whip|chain|spoon|ruler|iron|stick)\b"),
    // "grandson took whole PFD check", "her son cashes her pension": a relative or carer taking
    // an elder's or a dependant's income is financial abuse (EASI).
    spec(C::Abuse, K::Abuse, r"\b(son|daughter|grandson|granddaughter|nephew|niece|brother|sister|carer|caregiver|son-in-law|daughter-in-law|husband|wife|boyfriend|girlfriend|cousin|uncle|aunt|in-laws|grandkids?|kids)( \S+){0,2} (took|takes|taking|has taken|cashed|cashes|cashing|keeps|kept|spent|spends|spending|steals|stole|stealing|drinks|drank) (her|his|their|my|your|whole|all|all of)( \S+){0,2} (check|cheque|checks|cheques|pension|grant|benefits|social security|ssi|disability|pfd|dividend)\b"),
    // "tore the bedsheet and tied it to the window grill": a hanging begun (C-SSRS counts an
    // interrupted or aborted attempt apart from an actual one: no injury, no self-harm item).
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(tie|ties|tied|tying|knot\w*|hung|hang|hangs|hanging|fasten\w*) ((\S+ ){0,3}?(sheet|bedsheet|bed sheet|sheets|rope|cord|belt|scarf|cloth|wire|shawl|sari|saree|dupatta|chunni|lungi|sarong|kanga|towel|shoelaces?|cable|noose|it|them) )?(\S+ ){0,2}?(to|on|from|round|around) (a |the |his |her |their |my )?(\S+ )?(window|grill|grille|bars|beam|fan|ceiling|hook|rafter|door|tree|rail|railing|pipe|bunk|bed frame|light fitting|banister|branch|bars)\b")
        // "tied the rope to the tree for the swing": a rope tied for a use.
        .need_any(&["sheet", "bedsheet", "sheets", "rope", "cord", "belt", "scarf", "cloth", "wire", "shawl", "sari", "saree", "dupatta", "chunni", "lungi", "sarong", "kanga", "towel", "shoelace", "shoelaces", "cable", "noose", "ligature"])
        // Told as a hanging ("cut him down", "to hang himself", "round his neck"), not "tied
        // the rope to the boat railing".
        .need_near(&["neck", "hang", "hanging", "hanged", "noose", "cut", "suicide", "die", "dying", "kill", "breathe", "breathing"])
        .not_after(r"^(\S+ ){0,3}?(for|to (hold|keep|dry|hang (the|a|his|her|their) (washing|laundry|clothes|hammock|tarp|flag|lights?))|so (the|that)|as a (swing|line|leash)|swing|clothesline|washing line|hammock|tarp|tent|boat|canoe|goat|goats|cow|cows|horse|dog|load)\b"),
    // "pour kerosene on herself", "doused himself in petrol": a self-burning begun (an
    // interrupted attempt, as above).
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(pour|pours|poured|pouring|doused|douses|dousing|douse|sprinkled|sprinkles|splashed|threw|throws) (\S+ )?(kerosene|paraffin|petrol|gasoline|gas|diesel|fuel|lighter fluid|spirit|methylated spirits?|meths) (on|over|all over) (her|him|them|my)sel(f|ves)\b|\b(doused|douses|dousing|douse|soaked|soaks|drenched) (her|him|them|my)sel(f|ves) (in|with) (\S+ )?(kerosene|paraffin|petrol|gasoline|gas|diesel|fuel|lighter fluid)\b"),
    // "sat there thinking about going over" at a bridge: a fall from height thought of.
    spec(C::Ideation, K::SuicidalIdeation, r"\b(think\w*|thought|wonder\w*|consider\w*|tempted) (about |of |on )?(going over|going off|stepping off|driving off|going in|going into the water|letting go)\b")
        // "thinking about going over to her sister's": a visit.
        .not_after(r"^(to|for|at|with|there|the (plan|budget|notes|figures|accounts|details))\b")
        // The height may be told a sentence before ("stands on the bridge... every night
        // now... thinks about going in").
        .need_near(&["bridge", "cliff", "cliffs", "edge", "overpass", "railing", "rail", "roof", "rooftop", "balcony", "ledge", "gorge", "dam", "quarry", "parapet", "viaduct", "pier", "canyon", "ravine", "precipice", "bluff", "bluffs"]),
    // "Drove up to Lover's Leap Sunday to see how far the drop was": a height gone to and
    // measured by eye (C-SSRS preparatory behaviour: rehearsal at the site).
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(went|go|goes|going|drove|drives|driving|walked|walks|walking|climbed|climbs|hiked|rode|stood|stands|sat|sits|looked|looks|looking|peered|peering|leaned|leaning)( \S+){0,8}? to (see|check|look at|judge|measure|work out|test|find out) how (far|high|deep|long) (the )?(drop|fall|way down|down|it is|it was|it'd be|it would be)\b"),
    // "take all Big Mama's pressure pills and be done with it": every pill taken to be done.
    spec(C::Method, K::SuicidalIdeation, r"\b(take|taking|took|swallow|swallowing|swallowed|down|drink|drinking) (all|every one of|the whole (bottle|box|pack|packet|strip) of|the lot of) (\S+ ){0,4}?(pills|tablets|meds|medicine|medicines|medication|tabs|capsules|it|them) and (be done|end it|sleep forever|not wake up|never wake up|die|be gone|be finished|go to sleep for good)\b"),
    // Means bought or kept "in case ...": kept for a time it may be used (a preparatory act,
    // C-SSRS), unless the case is a pest, an intruder or an emergency.
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(just )?in case\b")
        .need_before(r"\b(bought|buys|buying|got|gets|getting|keeps|kept|keeping|hid|hides|hiding|hidden|stashed|stashing|saved|saves|saving|hoarding|hoarded|hoards|storing|stored)( \S+){0,8}( ['\x22])?$")
        .need_near(&["rope", "pills", "tablets", "poison", "pesticide", "insecticide", "weedkiller", "paraquat", "gramoxone", "sniper", "dichlorvos", "organophosphate", "gun", "pistol", "rifle", "shotgun", "razor", "blade", "blades", "charcoal", "noose", "hose", "cyanide"])
        .not_after(r"^ ?(of|someone|somebody|anyone|anybody|they|robbers?|thieves|burglars?|intruders?|an intruder|a burglar|snakes?|dogs?|rats?|mice|pests|an emergency|emergencies|the (rats|mice|snakes|dogs|pests|insects|bugs|weeds|power|pain|baby)|(his|her|my|their) (pain|headache|migraine)|she needs|he needs|she needs it|he needs it)\b"),
    // Perceived burdensomeness (Joiner) with means just bought: "tired of being a burden ...
    // bought a rope, won't say what for".
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(bought|buys|buying|purchased|got|gets|getting) (a |an |some |the |more )?(\S+ )?(rope|hose|hosepipe|charcoal|poison|pesticide|weedkiller|rat poison|gun|pistol|rifle|shotgun|bullets|ammo|ammunition|razor blades|blades)\b")
        .need_near(&["burden", "burdens"]),
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(bought|buys|buying|purchased|got|gets|getting) (a |an |some |the |more )?(\S+ )?(rope|hose|hosepipe|charcoal|poison|pesticide|weedkiller|rat poison)\b( \S+){0,6} (won't|will not|wouldn't|would not|doesn't|does not|didn't|did not|can't|cannot) (say|tell|explain) (what|why)\b"),
    // "gone back to Genny Cream Ale after eight months sober": a drink gone back to.
    spec(C::Relapse, K::SubstanceUse, r"\b(gone|went|going|goes|go|got|gets|getting|slid|slipped|slipping|slips) back (on)?to (the )?(\S+ ){0,3}?(ale|lager|beer|beers|stout|cider|whiskey|whisky|bourbon|vodka|rum|gin|wine|liquor|booze|drink|drinking|bottle|brandy|moonshine|tequila|spirits|pints|cans|six packs?|twelve packs?|tinnies)\b"),
    // "drinks it from the morning now", "drinking cane juice to sleep, whole bottle some
    // nights", "Brennivín most days": drinking by the clock or the bottle (AUDIT items 1-3),
    // whatever the drink is called, unless a soft drink is named (`findings::soft_drink_phrase`).
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(drink|drinks|drinking|drank)( \S+){0,4}? (to (get to )?sleep|from (the )?morning( time)?|in the mornings?|first thing|before (work|noon|breakfast|school)|all day|(the |a )?whole bottle|(most|every|some) (nights?|days?|mornings?|evenings?)|daily|every day)\b"),
    // "Girl, grade nine, shows scratches. Uses a pencil sharpener blade": the blade used,
    // told beside the marks it made, is self-injury (NICE NG225: a sharpener blade is the
    // commonest tool at school age).
    spec(C::SelfInjury, K::SelfHarm, r"\b(uses|used|using|use) (a|an|the|her|his|their|my) (pencil )?(sharpener blades?|razor blades?|blades?|razors?|compass( point)?|broken glass|piece of glass)\b")
        .need_near(&["scratches", "scratching", "cuts", "cutting", "cut", "marks", "scars", "wounds", "lines", "thighs", "forearm", "forearms", "wrist", "wrists", "arms", "bleeding", "self-harm"]),
    // A wish to hurt oneself kept down by force of habit: "the urge is bad", "the urges are
    // stronger", told with self-harm in the sentence.
    spec(C::Urge, K::SelfHarm, r"\b(the|her|his|my|their) urges? (is|are|was|were|'s|has been|have been|getting|got|still|stays|remains?)( \S+)? (bad|strong|stronger|worse|intense|there|constant|daily|overwhelming|huge|big|high|awful|terrible|every day)\b")
        .need_near(&["cut", "cuts", "cutting", "blade", "blades", "razor", "burn", "burning", "self-harm", "harm", "scratch", "scratching", "sharpener"]),
    // "Son hits head on wall when parents fight": head-banging told as a habit, present tense,
    // against a wall or floor, is self-injury (the past "hit his head on the door" is left to
    // the accident reading).
    spec(C::SelfInjury, K::SelfHarm, r"\b(hits|hitting|bangs|banging|bashes|bashing|slams|slamming) (his |her |their |my )?head (on|against|into) (the |a )?(wall|walls|floor|headboard|door|desk|ground)\b"),
    // "hit my head on the post till I saw stars, because I had it coming": a head struck on
    // purpose (the accidental knock is blocked elsewhere).
    spec(C::SelfInjury, K::SelfHarm, r"\b(hit|hits|hitting|bang\w*|bash\w*|smash\w*|slamm?\w*|knock\w*) (his|her|their|my) head (on|off|against|into) (the|a|an) (\S+ )?\S+( \S+){0,4} (till|until|because|on purpose|so (she|he|i|they))\b")
        .need_any(&["stars", "bled", "bleeding", "deserved", "coming", "punish", "purpose", "hurt", "pain", "numb", "blacked", "dizzy"]),
    // "eating kapenta and rape with the children": rape, the leafy green of Zambian and
    // Malawian cooking, eaten, cooked or named among foods.
    block(r"\b((eat|eats|eating|ate|eaten|cook|cooks|cooking|cooked|fry|fries|frying|fried|boil|boils|boiling|boiled|grow|grows|growing|grew|plant|planted|sell|sells|selling|sold|buy|buys|buying|bought)( \S+){0,3}? rape|(nshima|kapenta|beans|pap|sadza|ugali|relish|fish|rice|cabbage|greens|tomatoes|onions|kale|spinach|chomolia|okra|groundnuts|meat|chicken|matemba|usipa|chambo|bream),? (and|with) rape|rape (and|with) (nshima|kapenta|beans|pap|sadza|ugali|relish|fish|rice|tomatoes|onions|groundnuts|meat|chicken))\b"),
    // "too wore out from the mine to fight anybody anyhow": too spent to do it is not doing it.
    block(r"\btoo (tired|worn out|wore out|wore down|worn down|exhausted|weak|old|sick|busy|scared|frightened|afraid|lazy|shattered|knackered|beat|done in) (\S+ ){0,4}?to (fight|hit|hurt|drink|use|go after|bother)( anybody| anyone| nobody| no one| anything| with \S+)?\b"),
    // "Mom's fixing to kill me over the report card", "gonna murder you for leaving the lamp
    // on": a kill said over a small household or school matter is the everyday hyperbole.
    // "his ouma is 'going to murder him' when she hears he failed maths", "figured Dad was
    // gonna kill her over the gate she left open": a parent's anger at a small fault of the
    // child's, said as a killing (hyperbole, no threat).
    block(r"\b(gonna|going to|fixing to|fixin to|about to|will|'ll|would|'d) (literally |actually |just )?(kill|murder|strangle) (me|him|her|them|us)( ['\x22])? (when (she|he|they) (sees|finds out|hears|learns)( that)? (he|she|i|they) (failed|flunked|crashed|broke|lost|dented|missed|skipped|wrecked|forgot)|over (the|a|his|her|my|their) (\S+ ){0,2}(she|he|i|they) (left open|left out|left on|forgot|broke|lost|dented|spilled|smashed|scratched|wrecked|crashed))\b"),
    block(r"\b(gonna|going to|fixing to|fixin to|about to|will|'ll|would|'d) (literally |actually |just )?(kill|murder|strangle|end) (me|him|her|you|them|us)( \x22)? (over|for|about|when (she|he|they) (sees?|finds? out about|hears? about)) (\S+ ){0,2}?(the |a |an |my |his |her |your |their |this |that )?(\S+ )?(report card|grades?|marks|mess|phone|phone bill|bill|car|lamp|light|lights|homework|curfew|dishes|room|test|exam|quiz|haircut|tattoo|piercing|credit card|dent|scratch|results?|lamp on|being late|coming home late|missing the bus|the bus)\b"),
    // "his mom's gonna kill him for losing his jacket": a killing promised for a small fault
    // of the child's, told with its gerund, is the same everyday hyperbole.
    block(r"\b(gonna|going to|fixing to|fixin to|about to|will|'ll|would|'d) (literally |actually |just )?(kill|murder|strangle) (me|him|her|them|us)( ['\x22])? (for|over) (losing|breaking|forgetting|missing|leaving|wrecking|denting|skipping|failing|flunking|spilling|ruining|scratching|crashing|staining|tearing|ripping|being late|coming home late|getting home late|staying out|not calling|using up|borrowing|eating (the|her|his|my|all))\b"),
    // "the paperwork at DSS is 'fixing to kill her'", "this heat is gonna kill me": a chore,
    // the weather or a workload said to kill someone is strain, not a threat.
    block(r"\b(paperwork|forms|work|job|shifts?|commute|traffic|heat|humidity|cold|exams?|homework|bills?|deadlines?|overtime|workload|stairs|hill|drive|course|coursework|assignments?|inspection|audit|move|renovation|wedding planning|planning|schedule|hours) ((at|for|from|in|on) (\S+ ){1,2})?(is|are|was|were|'s|will be|'ll be)( ['\x22‘“])? (literally |actually |just |really |gonna |going to |fixing to |fixin to |about to )*(kill|killing|kills) (me|him|her|them|us)\b"),
    // "to feel my hands do something besides hurt me": a body part that hurts its owner is
    // pain, not a blow.
    block(r"\b(my|his|her|their|your) (hands?|head|back|knees?|feet|foot|legs?|arms?|stomach|belly|chest|joints|hips?|neck|shoulders?|wrists?|body|teeth|tooth|ears?|eyes?|fingers?|toes?)( (do|does|did|will|would|can|could|still|always|just|really|won't|don't|doesn't|something|anything|nothing|besides|but|other|than|except|that))* (hurt|hurts|hurting|ache|aches|aching) (me|him|her|them)\b"),
    // "just grabbing a Monster at the gas station": a drink or a bite grabbed on the way.
    block(r"\b(grab|grabs|grabbing|grabbed) (a|an|some|another|his|her|my|their) (monster|red bull|coffee|coke|drink|bite|sandwich|snack|soda|pop|energy drink|burger|pie|seat|taxi|cab|ride|shower|nap)\b"),
    // "cried when they killed him off": a character written out of a show or a book.
    block(r"\b(kill|kills|killed|killing) (him|her|them|the \S+|\S+) off\b")
        .need_near(&["show", "shows", "drama", "series", "movie", "movies", "film", "films", "book", "books", "novel", "play", "season", "character", "characters", "episode", "episodes", "writers", "soap", "telenovela", "sinetron", "anime", "manga", "comic"]),
    // "an overdose of hotdish at his ma's funeral lunch": too much of a food or a pastime is
    // the idiom (FORMATS §4.6's "overdose of homework").
    block(r"\b(an )?overdose of (\S+ )?(hotdish|homework|food|sugar|cake|candy|sweets|chocolate|tv|television|netflix|sun|sunshine|love|attention|work|meetings|paperwork|emails|drama|gossip|politics|news|carbs|pizza|turkey|casserole|cookies|pie|kindness|christmas|family|relatives|church|football|screen time|social media|reality tv|cheese|potatoes|rice|dessert|desserts|pastries|baking)\b"),
    // "I'm finna die if Mama sees this report card": dread of a parent's reaction to a small
    // matter, said as a death, is the everyday hyperbole.
    block(r"\b(gonna|going to|fixing to|about to|will|'ll) (literally |actually |just )?die if (\S+ ){1,2}(sees?|finds? out about|hears? about|reads?) (\S+ ){0,2}?(the |a |my |his |her |this |that )?(\S+ )?(report card|grades?|marks|mess|phone bill|bill|dent|homework|test|exam|results?|haircut|tattoo)\b"),
    // "says she's gonna die if she doesn't get into nursing, like, dramatic": hyperbole about
    // a wanted thing (the idiom of "dying of embarrassment").
    block(r"\b(gonna|going to|will|'ll|would|'d) (literally |actually |just )?die if (she|he|i|they|you) (doesn't|does not|don't|do not|can't|cannot|didn't|did not|won't|will not) (get|make|pass|see|go|have|win|find|meet|hear|finish)\b"),
    // "he ain' drink nothin' since Junkanoo", "drinks nothing now": no drink at all is
    // abstinence (negative concord included), not "nothing but beer".
    spec(C::Abstinence, K::SubstanceUse, r"\b(drink|drinks|drank|drinking|drunk) (nothing|none|not a drop|no (alcohol|booze|beer|wine|spirits|liquor|drink))\b")
        .not_after(r"^ ?(but|except|other than|besides|apart from)\b"),
    // "Tontonto daily. Tremor AM.": shakes in the morning beside daily drinking are
    // withdrawal (CIWA-Ar tremor; AUDIT item 6's morning drink), use told by the body.
    spec(C::SubstanceUse, K::SubstanceUse, r"\b((tremor|tremors|tremulous|shakes|shaky|shaking|the shakes) (in the |at |every |each )?(am|mornings?)|(morning|am) (shakes|tremors?))\b")
        .need_near(&["daily", "nightly", "drinks", "drinking", "drank", "alcohol", "liquor", "booze", "beer", "bottle", "quart", "spirits", "drink", "withdrawal"]),
    // "a thirty-pack over the weekend", "a twelve-pack most nights": beer counted by the pack,
    // drunk by the night or the weekend.
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(a|an|the|another|two|three|half a|half the|whole) (six|twelve|eighteen|twenty four|thirty|forty) ?pack( \S+){0,4}? (a night|a day|most nights|every night|each night|nightly|daily|every day|over the weekend|on weekends|every weekend|a weekend|on a weeknight|after work|after shift)\b")
        .not_after(r"^ ?of (coke|cokes|soda|pop|water|cola|pepsi|sprite|juice|seltzer|energy|diet|mountain dew|dr pepper|la croix)\b")
        // A drinking verb told before is the one read (with its drinker): "He drinks more than
        // he used to, she says, a six-pack most nights" is the husband's.
        .not_before(r"\b(bought|buys|buying|brought|brings|picked up|grabbed|carried|delivered|sells|sold)$|\b(drink|drinks|drinking|drank|downs|downing|necks|necking|sinks|sinking)\b"),
    // "brother find him not breathing" after too much: an overdose found.
    spec(C::Overdose, K::SubstanceUse, r"\b(find|finds|found|finding) (him|her|them) (\S+ )?(not breathing|unresponsive|blue|barely breathing)\b")
        // "she found him blue": the client found someone else.
        .not_before(r"\b(she|he|i|we|they|client|pt|patient)( (has|had|just|then|once|later))?$")
        .need_any(&["much", "overdose", "dose", "smoke", "smoked", "smoking", "heroin", "opium", "pills", "drugs", "using", "used", "drank", "drinking", "fentanyl", "taryak"]),
    // "seen outside her workplace in breach of his order": a protective order broken.
    spec(C::CoerciveControl, K::Abuse, r"\bin breach of (his|her|their|the|a) (\S+ )?(order|injunction|bail conditions|bail)\b"),
    // "because he wanted it over": the wish for it all to end (C-SSRS 1).
    // "because he wanted it over" (an act done so); "wants it all over". A bare "he just
    // wants it over" of a dispute is no death wish.
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(because (she|he|i|they) (just )?(wanted|wants) it (all )?over|(she|he|i|they) (just )?(wanted|wants|wanting) it all over)\b")
        .not_after(r"^with\b"),
    // "back on the tablets, Zimmos and Lyrica off the street": a prescription drug named as
    // coming off the street, with or without a verb of buying, is illicit.
    spec(C::Misuse, K::SubstanceUse, r"\b(xanax|valium|diazepam|alprazolam|oxycodone|hydrocodone|oxy|oxys|percocets?|vicodin|adderall|ritalin|tramadol|codeine|morphine|fentanyl|gabapentin|pregabalin|lyrica|klonopin|clonazepam|ativan|lorazepam|benzos|zimmos|zopiclone|zolpidem|ambien|methadone|subutex|buprenorphine|pills|tablets|painkillers|sleepers)( and \S+)? (off|from) the (street|streets)\b"),
    // "buying zimmos off the street": whatever it is called, bought on the street is illicit.
    spec(C::Misuse, K::SubstanceUse, r"\b(buy\w*|bought|scor\w*|get|gets|getting|got) (\S+ ){1,2}(off|on|from) the (street|streets|estate|dark web|darknet)\b"),
    // "took too many SP capsules at the match and was not breathing properly": too many of a
    // drug taken at once is an overdose, whatever the drug is called.
    // "took an overdose of Panadol after the fight", "overdosed on her antidepressants": an
    // overdose of a medicine (no drug of use) is self-poisoning (NICE), read before the bare
    // "overdose" below.
    spec(C::SelfPoisoning, K::SelfHarm, r"\b((took|taken|takes|taking|had|has) (an |a )?(deliberate |intentional |big |massive |large |small |second |another )?(overdose|od) (of|on)|overdosed on|od'd on|o\.d\.'d on) ((the |some |her |his |their |my |all (of )?(her |his |their |my )?)?(\S+ )?(paracetamol|panadol|tylenol|acetaminophen|ibuprofen|advil|nurofen|aspirin|antidepressants?|sertraline|fluoxetine|citalopram|escitalopram|amitriptyline|mirtazapine|quetiapine|olanzapine|lithium|insulin|propranolol|sleeping (pills|tablets)|heart pills|blood pressure (pills|tablets))|(her|his|their|my|all (of )?(her|his|their|my)) (own |prescribed |prescription |\S+'s )?(tablets|pills|medication|medicine|meds|prescription))\b")
        // "overdosed on his insulin by mistake", "the ER called it accidental": an accident
        // (FORMATS §3: substance use).
        .not_after(r"^(.* )?(by mistake|by accident|accident|accidental|accidentally|in error|mistakenly|without meaning to|when (she|he|they) (forgot|got confused|was confused))\b")
        .not_before(r"\b(accident|accidental|accidentally|by mistake|mistakenly)\b.*$"),
    spec(C::Overdose, K::SubstanceUse, r"\b(took|taken|takes|taking|take|swallowed|swallowing|popped|popping|downed|necked) (way |far |a few |a couple |a bit |one or two )?too (many|much) (of (his|her|their|my|the|those|these|them|it) )?(\S+ )?(pills|tablets|capsules|caps|meds|xans|bars|percs|oxys|benzos|painkillers|sleeping pills|sleepers|tramadol|of (it|them|the stuff))\b"),
    spec(C::Overdose, K::SubstanceUse, r"\b(overdos\w*|od)\b")
        .not_before(r"\b(witness\w*|saw|seeing|found)( the| his| her| their| a)?$")
        .not_after(r"^(of|on) (homework|work|tv|television|podcasts|true|sugar|caffeine|coffee|information|news|screen|social|chocolate|candy|love|attention|stress|paperwork|emails?|sunshine|fun|netflix|reality|drama|anime|video|games?|books?|shows?|music|sleep|exercise|carbs|junk|fast)\b"),
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(blacked out|black out|blacks out|blacking out|blackouts?|intoxicated|intoxication|inebriated|under the influence|stoned|hungover|hangover|duis?|dwis?|owis?|binge drink\w*|binged? on (alcohol|beer|wine|vodka|liquor|drinks)|bender)\b"),
    // "putting away a fifth most nights", "knocking back a bottle of wine": a large
    // container emptied is drinking (a fifth of spirits is about seventeen standard drinks).
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(put|puts|putting|knock|knocks|knocking|knocked|sink|sinks|sinking|sank|neck|necks|necking|necked) (away|back) (a|the|half a|most of a|two|three|four|a whole) (fifth|fifths|handle|handles|bottle|bottles|case|six pack|six-pack|slab|litre|liter|box of wine)\b"),
    // "drinking a box of wine every two days": a cask of wine (three litres, about thirty
    // standard drinks) drunk or finished by one person.
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(drink|drinks|drinking|drank|goes through|going through|go through|went through|gets through|getting through|got through|finish\w*|polish\w* off|kill\w*|empt\w*|down\w*) (a|half a|most of a|a whole|the whole|two|three|a full) (box|cask|goon bag|goon sack|bag|carton) of (wine|red|white|goon|vino|rosé|rose)\b"),
    // "buying codeine from three different chemists": one medicine got from several
    // pharmacies or prescribers is doctor or pharmacy shopping (prescription misuse).
    // Paracetamol got the same way is a stockpile, read as preparation (fields).
    spec(C::Misuse, K::SubstanceUse, r"\b(buy\w*|bought|get|gets|getting|got|obtain\w*|collect\w*|source\w*|scor\w*) (\S+ ){0,2}?(codeine|co-codamol|co codamol|tramadol|oxy\w*|benzos|diazepam|valium|xanax|alprazolam|pregabalin|lyrica|gabapentin|zopiclone|zolpidem|ambien|opioids|hydrocodone|morphine|fentanyl|adderall|ritalin|methadone|lean|cough syrup|phenergan|promethazine|phenazepam|clonazepam|lorazepam|klonopin|ativan|dihydrocodeine|nurofen plus|solpadeine|sleeping pills|painkillers) (\S+ ){0,2}?from (two|three|four|five|six|several|different|multiple|many|various|a few|a couple of) (different |separate )?(chemists|pharmacies|pharmacists|doctors|gps|drugstores|clinics|prescribers|surgeries)\b"),
    // Irish "a feed of drink", "a skinful": a night's heavy drinking in one word.
    spec(C::SubstanceUse, K::SubstanceUse, r"\b((had|has|have|having|\S+'d|got|gets|getting|get|after|on) )?(a|another|her|his|their) (feed|skinful|gutful|bellyful|rake|load) (of (drink|pints|beer|cans|cider|vodka|whiskey|whisky|wine|gin|the drink|booze|drinks))\b"),
    // "the rest of the weekend is a blank" said with drink: a blackout (AUDIT item 8).
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(the rest of )?(the|that|last) (night|weekend|evening|day|party|wedding) (is|was|'s) (a |all )?(complete |total )?(blank|blur|write-off)\b")
        .need_any(&["drink", "drinks", "drinking", "drank", "drunk", "pints", "beer", "beers", "vodka", "wine", "cans", "cider", "whiskey", "whisky", "gin", "booze", "shots"]),
    // "I drank zivania at the wedding until I fainted": drinking to unconsciousness or
    // vomiting is heavy use whatever the drink is called (AUDIT item 8).
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(drink|drinks|drinking|drank)\b( \S+){0,8}? (until|till|til|to the point (that|where)|so much that) (i|she|he|they|we) (fainted|faints|passed out|passes out|blacked out|blacks out|threw up|throws up|was sick|vomited|collapsed|couldn't stand|could not stand|fell over|lost consciousness)\b"),
    // "took dopalacze at a party, ended in hospital with his heart racing": something taken
    // at a party, told with what it did to the body, is a drug whatever its name.
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(took|taking|takes|take|dropped|snorted|smoked|swallowed) (some |a few |two |three |a couple of |a |an )?\S+ at (a|the|this|that|some|his|her|their) (\S+ )?(party|parties|rave|club|festival|gig|doof)\b")
        .need_near(&["hospital", "ambulance", "er", "a&e", "emergency", "racing", "seizure", "seizures", "overdose", "tripping", "paranoid", "comedown", "collapsed", "unconscious", "psychotic", "hallucinating", "high"]),
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(got|get|gets|getting|was|were|been) (hammered|wasted|smashed|plastered|blitzed|buzzed|tipsy)\b")
        .not_after(r"^(with|by|from|on|in)\b"),
    // "came in smelling like a brewery", "reeks of weed": use smelt on the client in session
    // (an observed sign, as slurred speech is).
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(smell\w*|reek\w*|stink\w*|stank|stunk|smelt) (strongly |heavily )?(of|like) (a |an |the )?(brewery|distillery|pub|bar|booze|drink|beer|cider|lager|spirits|wine|whisky|whiskey|vodka|gin|rum|weed|cannabis|skunk|pot|still|ashtray and (beer|booze|drink))\b"),
    // Drunk in the words of the British Isles and the Antipodes ("bevvied on cans",
    // "blootered", "langers", "munted"): words with no other sense, so "on" may follow.
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(got|get|gets|getting|was|were|been|is|are|came in|come in|turned up|rolled in|proper|absolutely|totally) (bevvied|blootered|bladdered|langers|langered|trollied|legless|pished|rat-arsed|ratarsed|maggoted|sloshed|sozzled|paralytic|steamboats|munted|blotto|shitfaced|steamin|mortal drunk|off (his|her|their) (face|head|tits|trolley) on)\b"),
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(drove|driving|drive|drives)( \S+){0,2} (drunk|buzzed|high|stoned|intoxicated|impaired|under the influence|tipsy|wasted|after drinking)\b"),
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(gets|got|getting|stays|stayed|staying|was|is) high (every|daily|most|on|before|at)\b"),
    // "just wanted to get messed up": intoxication sought, in slang.
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(wanted|wants|want|wanting|trying|tryna|try|tried|just|to) (to )?get (messed|fucked|effed|screwed|twisted|wrecked|munted|mashed|blasted|faded|lit|smashed) (up|on)?\b"),
    // "she takes double, heart racing all night": twice the dose of a pill or capsule.
    spec(C::Misuse, K::SubstanceUse, r"\b(she|he|they|i) (takes|took|is taking|was taking|has been taking|take|taking) (double|triple|twice as many|twice as much|two times)\b")
        .need_any(&["pills", "tablets", "capsules", "caps", "dose", "doses", "amphetamine", "amphetamines", "benzos", "diet", "painkillers", "meds", "medication", "xanax", "valium", "oxy", "adderall"]),
    spec(C::SubstanceUse, K::SubstanceUse, r"\b((got|get|gets|getting) high|high on (\S+ )?(drugs|meth|weed|pills|cocaine|heroin|something|pot|cannabis))\b"),
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(sipping|sip|sips|drinking|drank|drinks) (lean|purple drank|syrup)\b"),
    spec(C::SubstanceUse, K::SubstanceUse, r"\bvap\w*( \S+){0,6} (wax|thc|dabs?|carts?)\b"),
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(drink|drinks|drinking|drank|drunk|drunken)\b")
        .not_after(r"^((in )?(the )?(music|moment|view|atmosphere|scenery|sunshine|silence|applause)\b|(buddies|buddy|friends|games?|age|fountain|establishments?|culture|straws?|glass|glasses|nothing|none|no (alcohol|booze|beer|wine|spirits|drinks?)|not a drop)\b|(\S+ ){0,3}(waters?|coffees?|teas?|juices?|milks?|sodas?|pop|fluids|cokes?|diet cokes?|pepsis?|colas?|sprites?|fizzy drinks?|red bulls?|mountain dew|dew|big reds?|dr\.? peppers?|route (forty|sixty|twenty)\S*|monsters?|rockstars?|slurpees?|icees?|sweet tea|sun ?drop|cheerwine|faygo|irn bru|vimto|fantas?|mirinda|inca kola|kool-aid|koolaid|capri suns?|yoo-hoo|shasta|smoothies?|lemonade|gatorade|energy drinks?|sports drinks?|shakes?|ensure|protein|decaf|cups? of (coffee|tea)|cocoa|kombucha|seltzer|sparkling|more water|enough water|fluids|ataya|attaya|shahi|karak|chay|cay|kali|kvass|kvas|kompot|iced teas?|chai|shai|kahwa|qahwa|mate|yerba mate|rooibos|milo|horlicks|ovaltine|lassi|sikhye|karkade|hibiscus|herbal tea|green tea|mint tea|cha|chah|teh|kopi|chaas|buttermilk|sharbat|sherbet|nimbu pani|horchata|atole|agua fresca|aguas frescas|ayran|doogh|kefir|amasi|maheu|mahewu|bissap|zobo|kunu|mauby|sorrel|ginger beer|root beer|malta|hot chocolate|bournvita|yakult|buna|bunna|kahawa|atay|cafecito|cafezinho|tinto|salabat|tsokolate|sikwate|coconut water|buko juice|sugarcane juice|barley water|jaljeera|nimbu soda|nescafe|nescafé|instant coffee|espresso|lattes?|cappuccinos?|matcha|bubble tea|boba|lucozade|ribena|powerade|cà phê|ca phe|cafe|café|tra|teh tarik|kopi susu|sikhye|horchata|ayran|lassi|doogh|agua fresca|aguas frescas|yerba mate|mate|terere)\b)")
        // "the feast where everyone drinks": what everyone does is the setting, not the
        // client's use.
        .not_before(r"\b(soft|energy|protein|sports|warm|hot|down a|declin\w* a|refus\w* a|turn\w* down a|offered a|everyone|everybody|all the men|the whole village|the whole family)$"),
    // "He say he stop the kleren": the bare past of learner and creole English ("stop" for
    // "stopped") after a subject, with the drink or drug named, is abstinence told.
    spec(C::Abstinence, K::SubstanceUse, concat!(r"\b(he|she|they|i) (say |says |said )?(stop|quit) (the |all |all the |drinking( the)? |smoking( the)? |using( the)? |taking( the)? )?", drugs!(), r"\b")),
    // "what he will say when friends offer bhang": an offer still to come is rehearsed
    // refusal, not use.
    spec(C::SubstanceUse, K::SubstanceUse, concat!(r"\b", drugs!(), r"\b"))
        .not_before(r"\b(soft|energy|prescribed|prescription|over the counter|otc)$|\b(when|if|whenever|once) (\S+ ){1,3}(offer|offers|hand|hands|pass|passes)( (him|her|them|me|you))?( (some|a|any|the))?$"),
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(smok\w*|vap\w*) (some |the )?(weed|pot|cannabis|marijuana|crack|meth|dope|a joint|joints|blunts?|kush|ganja|skunk|hash|hashish|grass|herb|bhang|charas|dagga|igbo|chronic|crank|ice|shabu|syabu|yaba|sheesh)\b"),
    // Inhalants: "sniffing solution again" (Nigerian contact glue), "huffing gas", "bagging
    // paint", "petrol sniffing".
    spec(C::SubstanceUse, K::SubstanceUse, r"\b((sniff|huff|bagg)\w* (the |some |a bag of |a rag of )?(solution|glue|petrol|gasoline|gas|paint|thinners?|lacquer|aerosols?|spray paint|lighter fluid|butane|correction fluid|nail polish remover|inhalants?|poppers|benzine|benzene|kerosene|dendrite|dendi)|(petrol|glue|gas|paint|solvent|inhalant) (sniffing|huffing))\b"),
    // Chemsex slang (crystal meth as "Tina", "party and play"): named with a use verb, since
    // "Tina" alone is a name.
    spec(C::SubstanceUse, K::SubstanceUse, r"\b((party|parties|partying|partied|using|used|uses|smok\w*|slam\w*|high on|hooked on|on|did|doing|bump\w*) (with )?tina|tina and (g|ghb)|chemsex|pnp|party and play|partying and playing)\b"),
    // Regional street names ("smoking tik" in the Cape, "whoonga" and "nyaope" in KwaZulu-
    // Natal, "shabu" and "yaba" in South and East Asia, "a bit of brown" for heroin in
    // Britain): named with a use verb or a measure, since "brown", "ice" and "buttons" alone
    // are other words.
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(smok\w*|us(e|es|ed|ing)|on( the)?|doing|did|had|has|having|tak\w*|took|injected|injecting|chasing|chased|bought|buying|scored|scoring|some|a bit of|bit of|a bag of|a wrap of|a hit of|a pipe of|a line of|into) (tik|tic|crank|whoonga|wunga|nyaope|mandrax|buttons|shabu|yaba|shard|brown|smack|skag|scag|the brown|the smack|the skag|the shard|the tik)\b")
        .not_after(r"^(sauce|bread|rice|sugar|paper|envelope|eyes?|hair|shoes?|boots?|cream|ale|bear|mountain|mountains|hill|hills|street|road|lane|avenue|river|creek|lake|park|range|county|bridge)\b"),
    // "using ouma's pension money for buttons": money spent on a regional street drug.
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(for|on) (tik|tic|whoonga|wunga|nyaope|mandrax|buttons|shabu|yaba|shard|brown|smack|skag|scag|gear|crack|ice)\b")
        .not_after(r"^(sauce|bread|rice|sugar|paper|envelope|eyes?|hair|shoes?|boots?|cream|ale|bear|mountain|mountains|hill|hills|street|road|lane|avenue|river|creek|lake|park|range|county|bridge|rink|skating|skates|box|cream|machine|for|on|and)\b")
        .need_before(r"\b(money|cash|pension|grant|wages|pay|benefits|giro|savings|dole|payout|allowance)$"),
    // Irish "locked" for very drunk ("he was locked three nights running"): said of a
    // person, and not locked in, out, up or away.
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(he|she|i|they|we|you) (was|were|got|gets|get|is|are|am) (absolutely |totally |completely |fairly |well |properly |so )?locked\b")
        .not_after(r"^(in|out|up|away|down|inside|outside|into|onto|behind|the|a|his|her|their|my|it|him|them|me|us|together|with|to|and)\b"),
    // "Taking modafinil he buys online": a medicine from outside a prescription is misuse,
    // whatever it is called (FORMATS §3: prescription misuse, illicit use).
    spec(C::Misuse, K::SubstanceUse, r"\b(taking|takes|took|using|uses|used|popping|pops|popped) \S+( \S+)? (that )?(he|she|they|i) (buys|bought|gets|got|orders|ordered|buying|getting|ordering) (online|off (the )?(internet|web|dark web|a (friend|mate|classmate|guy|dealer)|his \S+|her \S+)|from (a|his|her) (friend|mate|classmate|dealer|cousin)|without (a )?prescription)\b"),
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(lines?|bumps?|did|doing|does|snort\w*|using|used|uses|on|some|of) (of )?(coke|blow)\b"),
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(used|using)\b")
        .need_before(r"\b(hasn't|has not|hadn't|had not|haven't|have not|didn't|did not|never|nor)$")
        .not_after(r"^(coping|the|her|his|their|my|skills|a|an|cbt|dbt|breathing|grounding|it|them|this|that|what|tools|strategies|humor|exercise|sleep|to|any (of|coping|skills|tools))\b"),
    // Recovery's intransitive "used" ("she used with him twice last week", "he used again
    // on Friday"): a drug taken, with its company, count or time.
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(he|she|i|they|pt|client|patient|and|we) (has |had |have |'s |then |only |also |actually )?used (with (him|her|them|\S+ mates|\S+ friends|friends|mates|\S+ (brother|sister|cousin|dad|mum|mom|partner|boyfriend|girlfriend|ex))|again|twice|once|(a couple of|a few|two|three|four|five|several) times|last (night|week|weekend)|yesterday|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|over the weekend)\b")
        .not_after(r"^(the|as|a|an|that|this|it|more|less|over|than)\b"),
    // "life is no use", "it's no use": pointless, not a use denied.
    spec(C::SubstanceUse, K::SubstanceUse, r"\buse\b")
        .need_before(r"\b(any|no|further|other|illicit|recreational|denies|denied)( (current|recent|ongoing|illicit|recreational|drug|substance|alcohol|further|other))?$")
        .not_before(r"(\b(is|was|are|were|be|been|of)|'s) no$"),
    // "denies selling his take-homes or using anything on the side", "hasn't touched
    // anything since": use named by its denial.
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(using|used|use|taking|took|touched|touching|touch) (anything|a thing)\b").need_before(r"\b(denies|denied|deny|not|never|hasn't|hadn't|haven't|didn't|doesn't|without|no)( \S+){0,5}$"),
    // "no urges to use and no dirty tests": the recovery words for a craving and a positive
    // screen, named to deny them.
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(urges?|cravings?) to (use|drink|score|get high|pick up)\b").need_before(r"\b(no|denies|denied|without|nil|not had any|hasn't had any|not having any)$"),
    spec(C::Screen, K::SubstanceUse, r"\bdirty (tests?|urines?|uas?|screens?|drops?)\b").need_before(r"\b(no|zero|nil|without|not a single|never (had )?a)$"),
    // "he's worked out how he'd do for the man who hurt his daughter": British "do for", "do
    // in" (kill), as a thought or a plan.
    spec(C::HomicidalIdeation, K::HomicidalIdeation, r"\b(do for|do in) (him|her|them|the \S+ who|the (man|guy|bloke|fella|lad|woman|sod|bastard|prick|bugger|rapist|abuser|dealer|nonce)|that (man|guy|bloke|fella|lad|woman|sod|bastard|prick|bugger|rapist|abuser|dealer|nonce))\b")
        .need_before(r"\b(how|plan\w*|want\w*|going to|gonna|swear\w*|swore|vow\w*|threaten\w*|fantasi\w*|thoughts? (about|of)|thinks? about|thinking about|urges? to|ready to|love to|mean\w* to|tempted to|worked out)( \S+){0,3}$"),
    // "'I'd do the time gladly'": willing to serve a sentence for what one would do.
    spec(C::HomicidalIdeation, K::HomicidalIdeation, r"\b(i'd|he'd|she'd|they'd|i would|he would|she would|they would|i'll|he'll|she'll|happy to|willing to|ready to) (gladly |happily |willingly |easily )?do (the )?(time|life|a life sentence|twenty years|the years)( for (it|him|her|them|that))?( gladly| happily| willingly)?\b"),
    // "Smoking down most days": Canadian street name for fentanyl or heroin, after a verb
    // of use only and with nothing after it ("smoking down by the river" is a place,
    // "shooting down emails" a phrasal verb).
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(smok\w*|shoot\w*|inject\w*|snort\w*|buy\w*|bought|scor\w*|sell\w*|sold|(is|was|been|'s|back|started) on) (street |some |the |more )?down( (most|every|daily|again|since|for|twice|once|now|regularly|heavily|lately|and|or|but)\b| [,.;!?]|$)"),
    // "Dropped dirty for K-two", "had a dirty UA Monday", "tested positive for spice": a
    // positive drug screen is use, whatever the substance is called (an unknown street name
    // included); an infection or a pregnancy tested for is not.
    spec(C::SubstanceUse, K::SubstanceUse, r"\b((dropped|drops|dropping|drop|popped|pops|pissed|pisses) (dirty|hot)|dirty (uas?|uds|urines?|drops?|tox( screens?)?|urine (screens?|tests?|samples?)|drug (screens?|tests?))|(tested|tests|testing|screened|came back|comes back|was|were) (positive|dirty|hot) for)\b")
        .not_after(r"^(covid\S*|coronavirus|the virus|flu|influenza|strep|hiv|hep \S+|hepatitis \S+|hepatitis|tb|tuberculosis|chlamydia|gonorrh\S*|syphilis|herpes|an? (std|sti|uti|infection)|stds?|stis?|pregnancy|antibodies|\S*virus|mono|measles|mrsa|c diff|lyme|the gene|brca\S*)\b"),
    // "no extra doses, pill count matches": a prescribed medicine taken as prescribed.
    spec(C::Misuse, K::SubstanceUse, r"\bextra (doses?|pills|tablets)\b").need_before(r"\b(no|denies|denied|without|nil|not taken|never takes?|never took|not taking)$"),
    // "his urine was clear", "her urine has come back clean every week": a urine screen.
    spec(C::Screen, K::SubstanceUse, r"\burines?( (samples?|tests?|drops?|results?))?\b").not_before(r"\b(of|incontinence|passing|passed|pass|in (his|her|the)|recheck|re-check|repeat|order|request|requested|arrange|book|booked|due|next|pending|awaiting|await)$"),
    // --- Abuse of or by the client.
    spec(C::Abuse, K::Abuse, r"\b(domestic|intimate partner|family|dating|partner|spousal) (violence|abuse)\b"),
    spec(C::CoerciveControl, K::Abuse, r"\bcoercive(ly)? control\w*\b"),
    spec(C::Abuse, K::Abuse, r"\b(sexual|sexually|physical|physically|emotional|emotionally|verbal|verbally|psychological|psychologically|financial|financially|elder|child|childhood) (abuse|abused|assault|assaulted|exploitation|exploited|neglect|neglected|maltreatment|abusive)\b"),
    spec(C::SubstanceUse, K::SubstanceUse, r"\babus\w* (of )?(alcohol|drugs|substances|opioids|pills|benzos|cocaine|meth|painkillers|prescriptions?)\b"),
    spec(C::Abuse, K::Abuse, r"\b(abuse|abused|abusive|abuser|abusing|molest\w*|rape|raped|raping|maltreat\w*|mistreat\w*|neglect|neglected|neglecting|neglectful|exploit\w*|incest)\b")
        .not_after(r"^((her|his|their|my) (homework|studies|chores|health|self care|hygiene|garden|friends)|(of|the) (power|system|privileges?|authority|position|process|rules|overtime|sick days))\b"),
    spec(C::Abuse, K::Abuse, r"\b(physical|corporal) (discipline|punishment)\b"),
    spec(C::Abuse, K::Abuse, r"\b(hit|hits|hitting|beat|beats|beating|whip\w*|spank\w*|strike|strikes|struck|hits?)( \S+){0,4} with (a|the|his|her) (belt|cord|switch|hanger|wooden spoon|spoon|paddle|shoe|extension cord|stick)\b"),
    // "beats amma and also her with the ekel broom": a household implement (a broom, the
    // rotan cane) used to beat a child or a partner (a neighbour or an aide struck with one
    // is violence, read elsewhere).
    spec(C::Abuse, K::Abuse, r"\b(hit|hits|hitting|beat|beats|beating|whip\w*|strike|strikes|struck) (him|her|them|\S+ and (also )?(her|him|them)|the (kids|children|boy|girl|boys|girls|baby|little one|small one)|(his|her|their) (son|daughter|kids|children|wife|husband|boy|girl|stepson|stepdaughter)) with (a|the|his|her|their) (\S+ )?(broom|broomstick|rotan|rattan|cane|hosepipe)\b"),
    spec(C::Abuse, K::Abuse, r"\b(spank\w*|whip|whips|whipped|whipping)\b"),
    // "pinching the baby hard enough to leave marks": force on a child that marks the skin is
    // physical abuse whatever the verb (FORMATS §3: child abuse).
    spec(C::Abuse, K::Abuse, r"\b\w+ (the|her|his|their|my|our) (baby|infant|newborn|toddler|child|kid|kids|children|son|daughter|boy|girl|little one|\w+-year-old|grandbab(y|ies)|grandchild(ren)?|grandson|granddaughter)( \S+){0,4} (hard|rough|roughly) enough to (leave|cause|make) (marks?|bruises?|bruising|welts?|a mark|a bruise|red marks)\b"),
    spec(C::Abuse, K::Abuse, r"\bforc\w* (her|him|them|me) (to have|into) (sex|sexual \S+)\b"),
    // "forcing her to sleep with him", "husband forcing relations even when she says no":
    // sex forced, in the everyday words for it.
    spec(C::Abuse, K::Abuse, r"\b(forc\w*|mak\w*|made) (her|him|them|me) (to )?(sleep|sleeping|lie|lying|have relations) with (him|her|them|his|the)\b")
        .not_after(r"^(\S+ )?(light|lights|lamp|door|window|tv|radio|fan|music|teddy|toy|toys|dog|cat|baby|brother|sister|siblings?|kids|children|grandma|granny|nan|mum|mom)\b"),
    spec(C::Abuse, K::Abuse, r"\b(forc\w*|forced) (sex|relations|intercourse|sexual relations|marital relations|conjugal relations)\b"),
    spec(C::Abuse, K::Abuse, r"\b(forc\w* (him|her)self on (her|him|me|them)|(make|makes|made|making|forc\w*|pressur\w*|coerc\w*|push\w*|guilt\w*) (her|him|me|them) ((in)?to )?(have sex|sleep with (him|her|them)|do (sexual|sex) (things|stuff|acts)|perform \S+ (acts|sex)|touch (him|her|them|his|her))( \S+){0,3}?( when| after| though| even though| although)?|(pressur\w*|coerc\w*|push\w*|forc\w*|guilt\w*|talk\w*) (her|him|me|them) into (sex|having sex|sleeping with)|(had|has|have|having) sex with (her|him|me|them) (when|after|though|even though|although|while) (she|he|i|they) (said no|was asleep|was passed out|was drunk|was unconscious|didn't want|did not want|refused|was crying)|(had|has|have|having) sex with (her|him|me|them) without (her|his|their|my)? ?consent)\b"),
    // "her uncle sends her messages asking for photos; she's twelve": an adult asking a child
    // for pictures of herself is online grooming (NSPCC), told with the child's age or kin.
    spec(C::Abuse, K::Abuse, r"\b(ask\w*|beg\w*|pressur\w*|push\w*|get\w*|got|want\w*|demand\w*|tell\w*|told)( (her|him|them|me))? (for|to send( (him|her))?) (\S+ )?(photos|pictures|pics|selfies|videos|nudes|snaps)( of (herself|himself|her body|his body))?\b")
        .need_near(&["eleven", "twelve", "thirteen", "fourteen", "fifteen", "ten", "nine", "uncle", "stepdad", "stepfather", "coach", "teacher", "tutor", "lodger", "cousin", "daughter", "niece", "child", "girl", "boy", "stranger", "man", "adult", "nude", "naked", "private", "sexual", "sexy"]),
    // "Her husband spits at her": spitting on a person is an assault.
    spec(C::Abuse, K::Abuse, r"\b(spits|spat|spitting|spit) (at|on|in) (her|him|them)( face)?\b")
        .need_before(r"\b(husband|wife|partner|boyfriend|girlfriend|ex|father|dad|mother|mum|mom|stepdad|stepfather|stepmum|stepmother|son|daughter|brother|sister|uncle|aunt|grandson|granddaughter|carer|caregiver|mother-in-law|father-in-law)( \S+){0,4}$")
        .not_before(r"\b(could|would|'d|might|wanted to|want to|wants to|ready to)$"),
    // "Grandad's been leaving the kids with no food while mum works nights": children left
    // without food, water or an adult is neglect (child maltreatment, WHO).
    spec(C::Abuse, K::Abuse, r"\b(leav\w*|left) (the|her|his|their|my|our|both) ((two|three|four|little|small|young|baby) )?(kids|children|baby|babies|toddler|toddlers|infant|twins|little ones|grandkids|grandchildren|boys|girls|son|daughter)( \S+){0,3}? ((with no|without|with nothing for) (food|anything to eat|dinner|meals|supper|water|heating|heat|nappies|diapers|formula)|with nothing to eat)\b"),
    // "The stepfather sends the girl messages at night and asks for photos": an adult asking
    // a child for pictures in secret, at night or of the body is grooming (sexual abuse).
    spec(C::Abuse, K::Abuse, r"\b(ask\w*|beg\w*|pressur\w*|push\w*|pester\w*|nag\w*|keeps asking|kept asking|wants?|wanted|request\w*|demand\w*) (her|him|them|the (\S+ )?(girl|boy|kid|child|teen|teenager|daughter|son|niece|nephew|stepdaughter|stepson|pupil|student))? ?(to send )?(for )?(nude |naked |sexy |private |dirty |secret |intimate )?(photos|pictures|pics|nudes|images|selfies|videos)\b")
        .need_any(&["night", "nude", "nudes", "naked", "secret", "delete", "private", "sexy", "underwear", "body", "bedroom", "bath", "shower", "tell"])
        .need_near(&["stepfather", "stepdad", "uncle", "coach", "teacher", "boyfriend", "cousin", "neighbour", "neighbor", "man", "grandfather", "grandad", "step-dad", "step-father", "tutor", "pastor", "priest", "lodger", "adult", "older"]),
    // "She was left alone in the flat three days, no food": a dependent left for days without
    // food, water or care is neglect (WHO elder abuse; child neglect), whoever is told.
    spec(C::Abuse, K::Abuse, r"\b(was|were|is|are|been|gets|got|get|being) left (alone|on (her|his|their) own|by (her|him|them)sel(f|ves))( \S+){0,6}? ((two|three|four|five|six|seven|several|a few|some|many|whole|all) )?(days|nights|a day|a night|the weekend|all day|all weekend|overnight|day and night)( \S+){0,3}? (no|without|with no|and no) (food|water|meals|anything to eat|(her|his|their) (meds|medicine|medication|pills|insulin)|heating|heat|help|care|one checking)\b"),
    spec(C::Abuse, K::Abuse, r"\b(left|leaves|leaving|leave) (the|her|his|their|my|our) ((two|three|four|five|both|two small|three small|two little|three little|small|little|young|baby) )?(kids|children|baby|toddler|infant|son|daughter|youngest|eldest|oldest|little ones?|small ones|young ones|young'uns|younguns|youngins|pickney|pickneys|wee ones|babies|grandkids|grandbabies|grandchild(ren)?|twins|boys|girls|\w+-year-old)( two| three)?( , (\S+ ){1,4},)? (alone|unattended|home alone|unsupervised|on (his|her|their) own|by (himself|herself|themselves))\b"),
    // "Mom's boyfriend. Comments on her body, walks into the bathroom. Lock taken off.":
    // the grooming signs of child sexual abuse (NSPCC; Craven 2006): an adult of the
    // household remarking on a child's body, walking in on her washing or changing, taking
    // the lock off her door, told with that adult or the child's age.
    spec(C::Abuse, K::Abuse, r"\b((comments?|commented|commenting|remarks?|remarked|remarking) (on|about) (her|his) (body|breasts|chest|figure|bum|butt|legs|shape|curves|developing)|(walks?|walked|walking|comes?|came|coming|barges?|barged|barging|bursts?|burst|bursting) in on (her|him)( \S+){0,2}? (shower|bath|bathroom|toilet|showering|bathing|changing|undressing|getting dressed|dressing)|(walks?|walked|walking|comes?|came|coming|barges?|barged|barging) into the (bathroom|shower) (when|while|whenever)|(took|takes|taken|taking|removed|removes|removing|take) (the )?locks? off (the |her |his )?((bathroom|bedroom) )?(door|doors)|locks? (taken|removed|pulled) off|(gets|got|getting|climbs|climbed|climbing|comes|came|coming) into (bed with (her|him)|(her|his) bed))\b")
        .need_near(&["stepdad", "stepfather", "step-dad", "step-father", "stepbrother", "uncle", "lodger", "fourteen", "thirteen", "twelve", "eleven", "ten", "fifteen", "daughter", "stepdaughter", "niece", "teen", "teenage", "girl", "mom's", "mum's", "mother's"]),
    // "Dad doesn't feed them when he's drinking": children not fed are neglected (NSPCC).
    spec(C::Abuse, K::Abuse, r"\b(doesn't|does not|didn't|did not|won't|will not|never|isn't|is not|wasn't|was not|not|forgets to|forgot to) (feed|feeding|fed) (them|the kids|the children|the baby|the boys|the girls|her kids|his kids|her children|his children|the little ones|the young'uns|the twins)\b"),
    // "He calls her worthless and stupid every day": degrading names said again and again are
    // emotional abuse (a single insult is not).
    spec(C::Abuse, K::Abuse, r"\b(calls|called|calling|call) (her|him|them|the kids|the children) (\S+ ){0,2}?(worthless|stupid|useless|fat|ugly|whore|slut|bitch|retard|retarded|idiot|pathetic|disgusting|waste of space|dumb|nothing)\b")
        .need_any(&["every", "daily", "constantly", "always", "keeps", "regularly", "whenever", "nightly", "again"]),
    // "She is not allowed to leave the house without him": her movements controlled (Stark,
    // coercive control).
    spec(C::CoerciveControl, K::Abuse, r"\b(isn't|is not|wasn't|was not|aren't|are not|not|never|no longer) allowed to (leave|go out of|go out|go|see|visit|call|phone|ring|have|use|work|drive|spend|talk to|speak to)( \S+){0,4}? (without (him|her|his permission|her permission|asking (him|her))|alone|on (her|his) own|by (herself|himself))\b")
        .not_before(r"\b(patients?|residents?|visitors?|children|kids|students?|pupils?|inmates?|staff)( \S+){0,2}$"),
    // "pt (eight y/o) comes in hungry most days, same clothes all wk, says nobody's home at
    // night": the signs of neglect a school sees (hunger, unchanged clothes, no adult at home
    // by night; CDC, NSPCC) are neglect when told of a child.
    spec(C::Abuse, K::Abuse, r"\b(nobody|no one|no adult|no adults|no grown-up|no grownups|no grown ups|no parent)( 's| is| was| are| were| has been)? (at )?(home|in the house|there) (at night|overnight|nights|most nights|all night|for days|all weekend|after dark)\b")
        .need_near(&["year old", "kid", "kids", "child", "children", "son", "daughter", "boy", "girl", "school", "grade", "teacher", "counselor", "counsellor", "cps", "little"]),
    spec(C::Abuse, K::Abuse, r"\b(comes|coming|came|arrives|arriving|arrived|turns up|turning up|shows up|showing up)( in| into school| to school| to class| to nursery)? (hungry|starving|unfed|unwashed|filthy)( most days| every day| daily| again| often| most mornings| every morning)\b")
        .need_near(&["school", "clothes", "teacher", "counselor", "counsellor", "class", "nursery", "daycare", "lice", "nobody", "alone", "cps", "year old"]),
    spec(C::Abuse, K::Abuse, r"\bsame (dirty )?clothes (all week|all wk|for days|every day|for a week|several days|all weekend)\b")
        .need_near(&["school", "teacher", "counselor", "counsellor", "hungry", "nursery", "daycare", "lice", "nobody", "cps", "year old", "kid", "child"]),
    // "Kids been home alone three nights running while she works doubles, the oldest is
    // seven": young children said to be left on their own, by night or for a shift, is
    // supervisory neglect whoever the sentence opens on.
    spec(C::Abuse, K::Abuse, r"\b(kids|children|baby|toddler|infant|little ones|wee ones|bairns|weans|twins|young ones|young'uns|younguns|youngins|youngsters|pickney|pickneys|pikin|pikins|watoto)( are| were| been| have been| has been| get| got| getting| is| was| being| are being| keep being)?( left)? (home alone|alone (at home|in the (house|flat|car|caravan))|on their own (at home|overnight|all night|in the (house|flat))|unsupervised)\b")
        .need_any(&["baby", "toddler", "infant", "nights", "overnight", "night", "doubles", "shift", "shifts", "nightshift", "nightshifts", "four", "five", "six", "seven", "eight", "tiny", "youngest"]),
    spec(C::Abuse, K::Abuse, r"\b(touch\w*|fondl\w*|grop\w*)( \S+){0,3} (private parts|privates|genitals|breasts?|crotch|between (her|his) legs)\b"),
    spec(C::Abuse, K::Abuse, r"\b(touch\w*|fondl\w*|grop\w*) (her|him|them|me)\b")
        // "the physio touched her shoulder": a touch on an ordinary body part is care or
        // comfort; groping and fondling stay (their own verbs say it).
        .not_after(r"^(shoulders?|arms?|hands?|back|head|hair|face|cheeks?|forehead|knees?|feet|foot|elbows?|wrists?|fingers?|neck|scar|bump|belly|tummy|stomach|forearm|wound|dressing|(\S+ )?(books?|things|stuff|belongings|phone|toys?|clothes|bag|food|plate|cup|papers|homework|laptop|computer|car|dolls?|pencils?|pens|make-?up|room|bed|desk|saree|sari|dress))\b")
        // "practised asking instructors not to touch her": a boundary asked for, no touch.
        .not_before(r"\b(asking|ask|request|requesting)( \S+){0,3} (not|never) to$")
        // "she touched her chest often": one's own body.
        .others(),
    spec(C::Abuse, K::Abuse, r"\b(leaves?|left|leaving) (her|him|them) (in|alone|without)( \S+){0,2} (wet|soiled|dirty|urine|feces|days?|hours?|all night|food|water|medication|meals?)\b"),
    spec(C::Abuse, K::Abuse, r"\b(locks?|locked|locking) (her|him|them|me) (in|out|inside)\b"),
    // "found in soiled clothing with no food in the room since morning", "sitting in a wet
    // chair with no supper in him": a dependent left soiled and unfed is neglected (APS).
    spec(C::Abuse, K::Abuse, r"\b(soiled|wet|dirty|urine-soaked|unwashed|filthy) (clothing|clothes|chair|bed|bedding|sheets|nappy|nappies|diaper|diapers|pads?|pants|trousers|nightgown|nightdress)( \S+){0,6} (with |and )?(no|without|nothing for) (food|supper|dinner|lunch|breakfast|meals?)\b"),
    // "no adult has been staying at the house, and he has been eating chips": a child with
    // no one minding him is supervisory neglect (child protection thresholds).
    spec(C::Abuse, K::Abuse, r"\bno (adults?|grown-?ups?|parents?|caregivers?|carers?|guardians?) (has been |have been |had been |is |was |were |'s been |'ve been )?(staying|living|home|at home|in the house|looking after|watching|supervising|minding|around)\b")
        .need_any(&["youth", "boy", "girl", "kid", "kids", "child", "children", "son", "daughter", "teen", "teenager", "grandson", "granddaughter", "minor", "baby", "toddler", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "nine", "eight", "seven", "six", "five"]),
    // "Bruises on both forearms. Says the husband did it": a mark told, then a partner or a
    // relative named as the one who did it, is abuse of the one marked.
    spec(C::Abuse, K::Abuse, r"\b(the|her|his|my|their) (husband|boyfriend|partner|wife|girlfriend|ex|ex-husband|ex-wife|father|dad|stepfather|stepdad|mother|mum|mom|stepmother|stepmum|stepmom|uncle|brother|son|son-in-law|daughter-in-law|in-laws|carer|caregiver) (did|does|caused|gave (her|him|me|them)) (it|that|this|them|those)\b")
        .need_near(&["bruise", "bruises", "bruised", "bruising", "welts", "welt", "marks", "mark", "black", "swollen", "swelling", "burns", "burn", "scratches", "injuries", "injury", "fracture", "broken", "split", "cut", "cuts", "bite", "bites", "cast", "sling", "stitches", "bleeding", "blood"]),
    // "his stepmother chased him from the house, plus nobody is feeding him": a child no one
    // feeds or keeps is neglected (child protection thresholds).
    spec(C::Abuse, K::Abuse, r"\b(nobody|no one|no-one|noone) (is |was |has been |had been |'s been )?(feeding|feeds|fed|looking after|caring for|cares for|looks after|minding|housing) (him|her|them|the (kids|children|baby|boy|girl|child|little ones))\b")
        .need_any(&["boy", "girl", "child", "children", "kids", "kid", "baby", "son", "daughter", "toddler", "infant", "stepmother", "stepfather", "stepmum", "stepmom", "stepdad", "orphan", "school", "grade", "class", "form", "standard", "year"]),
    // "Father admits caning son for skipping tuition": beating a child with a cane, the
    // school and home punishment of South Asia and East Africa, is physical abuse when it
    // leaves marks or is told as such.
    spec(C::Abuse, K::Abuse, r"\b(cane|canes|caned|caning) (his |her |their |the |my |a )?(son|sons|daughter|daughters|child|children|kids?|boy|boys|girl|girls|stepson|stepdaughter|grandson|granddaughter|nephew|niece|little one|youngest|eldest|pupil|pupils|students?)\b"),
    // "there's been no food at home most of the week and his mom's been gone since Monday":
    // a child without food at home is neglect (child protection thresholds), told with a
    // child or a parent in the sentence.
    spec(C::Abuse, K::Abuse, r"\b(no|not enough|hardly any|barely any|nothing to) (food|eat)( \S+){0,2} (at home|in the house|in the flat|in the fridge|for days|most of the week|all week|since)\b")
        .need_any(&["eleven", "ten", "nine", "eight", "seven", "six", "five", "four", "twelve", "kid", "kids", "child", "children", "son", "daughter", "boy", "girl", "baby", "toddler", "mom's", "mum's", "mother", "mom", "mum", "dad", "father", "parents"]),
    // "Her and her little brother alone at the house since Friday, amá over in Reynosa": a
    // young child alone at home for days is supervisory neglect (child protection
    // thresholds).
    spec(C::Abuse, K::Abuse, r"\b(alone|by themselves|on their own|by (himself|herself)) (at|in) (the|their|her|his) (house|home|flat|apartment|trailer|place|room) (since|for (days|two days|three days|the weekend|a week|the week)|all (day|night|week|weekend))\b")
        .need_any(&["little", "small", "baby", "babies", "toddler", "infant", "kids", "children", "eat", "food", "hungry", "fever", "youngest"]),
    // "nothing to eat but Maruchan": a child's only food named is no food.
    spec(C::Abuse, K::Abuse, r"\bnothing to eat (but|except|apart from|other than)\b")
        .need_any(&["little", "small", "baby", "toddler", "kids", "children", "alone", "brother", "sister", "son", "daughter", "boy", "girl", "eleven", "ten", "nine", "eight", "seven", "six", "five", "four"]),
    spec(C::Abuse, K::Abuse, r"\bwithout (food|meals|water|eating)\b").need_before(r"\b(room|locked|punishment|left|leaves)( \S+){0,3}$"),
    spec(C::CoerciveControl, K::Abuse, r"\bcontrols?( all)?( of)? (the|her|his|their) (money|finances|phone|car|medications?)\b"),
    spec(C::CoerciveControl, K::Abuse, r"\b(checks?|monitors?|tracks?|reads?) (her|his|their) (phone|texts|messages|emails?|location)\b")
        // "Mom reads her texts": a parent's oversight of a child, not a partner's control.
        .not_before(r"\b(mom|mum|mother|dad|father|parents?|stepmum|stepmom|stepdad|stepfather|guardian|carers?|foster (mum|mom|dad|carer|parents?))$")
        // "She ... checks her phone at every sound": her own phone.
        .others(),
    spec(C::CoerciveControl, K::Abuse, r"\b(takes|took|taken|taking|keeps|kept|keeping|withholds?|withheld|steals?|stole|stolen) (most of |all of |away )?(her|his|their) (phone|money|pension( check)?|paycheck|check|bank card|debit card|credit card|keys|car keys|passport|benefits|social security( check)?|savings|salary card|atm card|passbook|bank book)\b"),
    // "husband takes her salary, all, for his family": another's earnings taken by the one
    // who lives with them is financial abuse (the client's own pay kept by the client is not).
    spec(C::CoerciveControl, K::Abuse, r"\b(takes|took|taken|taking|keeps|kept|keeping|pockets|pocketed|pocketing|grabs|grabbed|collects|collected) (most of |all of |all |away )?(her|his|their) (salary|wages|pay|earnings|income|pay ?cheques?|pay packet|allowance|grant|disability (check|cheque|payment|money)|rent money)\b")
        .not_after(r"^(to|into|home|out|with)\b")
        .others(),
    // "The nephew, her guardian, takes every month the Rente, and she has no money even for
    // the kiosk, the fridge empty": a monthly income taken while the owner goes without.
    spec(C::CoerciveControl, K::Abuse, r"\b(takes|took|taking|keeps|kept|keeping|collects|collected|cashes|cashed) (every|each) (month|week|fortnight) (the |her |his |their )?(pension|rente|benefits|money|salary|wages|cheque|check|giro|allowance)\b")
        .need_any(&["empty", "hungry", "starving", "nothing", "penniless", "broke", "money"]),
    // "giving her extra of the liquid morphine to keep her quiet at night": a drug given to a
    // dependant to keep them quiet or asleep is chemical restraint (elder or child abuse).
    spec(C::Abuse, K::Abuse, r"\b(giving|gives|gave|given|slipping|slips|slipped|dosing|doses|dosed|putting|puts|put) (her|him|them|the (baby|kids|children|child|toddler|old man|old lady|resident|residents)) (extra|more|too much|double|a lot|some|a bit)( of)? (\S+ ){0,3}?(to|so (she|he|they)('ll| will| would|'d)?) (keep (her|him|them) (quiet|calm|down|asleep|sedated|out of the way|in bed)|sleep|shut up|be quiet|stay quiet|stay asleep|stay in bed|stay down|stay out of the way|not bother (him|her|them|anyone)|stop (crying|shouting|wandering|calling))\b")
        .need_any(&["morphine", "diazepam", "valium", "sleeping", "pills", "tablets", "meds", "medicine", "medication", "syrup", "drops", "benadryl", "phenergan", "melatonin", "whisky", "whiskey", "brandy", "rum", "gin", "vodka", "alcohol", "codeine", "tramadol", "haloperidol", "lorazepam", "quetiapine", "sedative", "sedatives", "oxycodone", "opium", "antihistamine", "calpol", "nyquil"])
        .others(),
    // "husband's family is asking more dowry": dowry demands after marriage are abuse of the
    // bride (dowry harassment, the Dowry Prohibition Act).
    spec(C::CoerciveControl, K::Abuse, r"\b(demand\w*|asking|asks|asked|ask|pressur\w*|harass\w*|want\w*|fighting) (for |over |about )?(more |extra |additional |the )?dowry\b"),
    spec(C::CoerciveControl, K::Abuse, r"\b(taken|takes|took|taking|steals?|stole|stolen) (\S+ ){0,2}(money|cash|checks?|pension|savings) from (her|him|me|them)\b"),
    // "nobody's taking from her or bullying her": the money left unsaid, asked about as
    // exploitation and denied.
    spec(C::CoerciveControl, K::Abuse, r"\b(taking|takes|took|stealing|steals|stole) from (her|him|them|me)\b")
        .need_before(r"\b(nobody's|nobody is|no one's|no one is|noone's|nobody|no one)$"),
    spec(C::CoerciveControl, K::Abuse, r"\b(won't|doesn't|wouldn't|will not|does not) (let|allow) (her|him|them|me) (to )?(leave|buy|see|go|eat|work|have|use|talk|drive|sleep|call)\b"),
    spec(C::CoerciveControl, K::Abuse, r"\b(threatens?|threatened|threatening|threats?) to (take|keep) (the|her|his|their|my) (kids|children|son|daughter|baby)\b"),
    spec(C::CoerciveControl, K::Abuse, r"\bmake sure (she|he|they) never sees? (the|her|his|their) (kids|children|son|daughter|baby)\b"),
    // "Her ex keeps texting that he'll drive over the bridge and finish what he started": a
    // promise to finish an assault begun is a threat of violence.
    spec(C::CoerciveControl, K::Abuse, r"\b(finish|finishing) (off )?what (he|she|they) (started|began)\b")
        .need_before(r"\b(he'll|she'll|they'll|will|going to|gonna|threaten\w* to)( \S+){0,4}$"),
    spec(C::CoerciveControl, K::Abuse, r"\b(stalk\w*|follows? (her|him) (home|to work|everywhere))\b"),
    // "he's already breached the AVO once": a court order against a partner, broken.
    spec(C::CoerciveControl, K::Abuse, r"\b(breach\w*|broke|broken|breaking|breaks|violat\w*|flout\w*) (the|his|her|their|an?|that|this) (\S+ )?(avo|dvo|ivo|apprehended violence order|intervention order|protection order|protective order|restraining order|non-molestation order|no-contact order|no contact order|domestic violence order|order of protection|pfa|injunction)\b"),
    // "her ex rang forty times over the weekend": contact by the dozen is harassment.
    spec(C::CoerciveControl, K::Abuse, r"\b(rang|rung|rings|ringing|called|calls|calling|phoned|phones|phoning|texted|texts|texting|messaged|messages|messaging)( her| him| me)? (over |about |nearly |almost |at least |more than )?(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds of|dozens of) (times|calls|texts|messages)\b")
        .need_before(r"\b(ex|ex-partner|ex-husband|ex-wife|ex-boyfriend|ex-girlfriend|husband|wife|partner|boyfriend|girlfriend|fella|missus|he|she)( \S+){0,3}$"),
    spec(C::Abuse, K::Abuse, r"\b(threats?|threatened|threatening|threatens) to (kill|hurt|harm) (her|him|me|them)\b"),
    // "threatened to put her in the dam", "threatens to send her back without the children":
    // a threat of harm, a grave or deportation to the person.
    spec(C::CoerciveControl, K::Abuse, r"\b(threats?|threatened|threatening|threatens|threaten) to ((throw|drown|bury|burn|beat|lock|kick|deport|shoot|stab|choke|strangle|finish|smash|drag|hit|slap|punch|push|cut|knife|glass|batter) (her|him|me|them)|put (her|him|me|them) in (the|a) (dam|river|sea|ground|grave|ditch|lake|canal|hospital|boot)|send (her|him|me|them) back)\b")
        // "threatened to shoot her husband": "her" is then a possessive; the threat is to
        // another person (the harm-verb reading decides).
        .not_after(r"^(husband|wife|partner|boyfriend|girlfriend|son|daughter|mum|mom|mother|dad|father|brother|sister|kids?|children|baby|family|friends?|ex|dog|cat|own|new|boss|neighbou?r)\b"),
    // "extras with the kicking coach", "a punching bag": a gerund after an article that
    // names a kind of coach, class or kit (a compound) is sport, not an act.
    block(r"\b(the|a|an|his|her|their) (pushing|shoving|hitting|slapping|grabbing|kicking|punching|boxing|striking|tackling) (coach|coaches|drills?|practice|class|classes|lessons?|bag|bags|tee|boots|technique|game|sessions?|machine|pads|gloves|sled|dummy)\b"),
    // "gave the eldest a hiding with his belt", "gives the lad a good thrashing": a beating
    // given, to a child (abuse) or to anyone else (violence).
    spec(C::Abuse, K::Abuse, r"\b(give|gave|given|giving|gives) (the|his|her|their|my) (eldest|youngest|kids?|children|son|daughter|boy|girl|lad|lass|wee one|little one|baby|toddler|stepson|stepdaughter|bairns?|\S+-year-old|(\S+ )?year old) (a |an )?(good |proper |right |hard )?(hiding|beating|thrashing|belting|leathering|walloping|smacking|whipping|hammering|slap|smack|whack|thump|wallop|clip round the ear|kick)\b"),
    spec(C::Violence, K::Violence, r"\b(give|gave|given|giving|gives) (the \S+|a \S+|some \S+) (a |an )?(good |proper |right )?(hiding|beating|thrashing|belting|leathering|walloping|hammering|kicking|pasting|doing)\b")
        .not_after(r"^(over|on)\b"),
    // "gave a dealer a box in the face": a blow given to a person named by a noun (Irish "a
    // box", British "a dig" only with where it landed; a kick given a door is no blow). A
    // pronoun may be the client, whom the harm verbs' reading in `actors` decides.
    spec(C::Violence, K::Violence, r"\b(give|gave|given|giving|gives) ((the|a|an|another|some|that|this) (\S+ )?(lad|lads|guy|guys|man|men|bloke|blokes|fella|fellas|dealer|boy|boys|kid|kids|player|players|ref|referee|bouncer|officer|cop|guard|woman|neighbou?r|teacher|coworker|colleague|brother|cousin|mate|pal|friend|customer|classmate|inmate|driver|stranger|fan|punter|worker|boss|manager|foreman|landlord|security guard|steward|barman|taxi driver)( (from|fae|frae|off|at|in) \S+)?) (a |an )?(good |proper |right |quick |hard )?(slap|clatter|thump|smack|punch|kick|headbutt|head butt|wallop|whack|skelp|kicking|hiding|beating|battering|belting|leathering|pasting|doing|((box|dig|belt|clip|boot) (in|on|across|round|to) (the|his|her|their) (face|mouth|head|jaw|nose|ribs|stomach|gut|eye|ear|chops|gob|teeth)))\b")
        // "wants to give that teacher a proper hiding", "he'd give the guy a slap": a blow
        // wished or threatened is a thought of harm, read elsewhere.
        .not_before(r"\b(to|\S+'d|would|will|\S+'ll|of|gonna|might|could|should|wants?)( just| really| happily| gladly)?( \x22)?$"),
    // "student swung first per aide", "swung on the bouncer": the first blow thrown.
    spec(C::Violence, K::Violence, r"\b(swung|swings|swinging) (first|on (him|her|them|me|someone|somebody|(the|a|another|his|her) (\S+ )?(lad|guy|man|bloke|fella|bouncer|officer|cop|guard|teacher|kid|boy|girl|student|classmate|inmate|brother|cousin|mate|driver|stranger|ref|referee|coworker|colleague|neighbou?r)))\b"),
    // Strangulation named by the clinician ("high risk given the strangulation", "non-fatal
    // strangulation disclosed"): the strongest lethality marker in partner abuse (Glass et
    // al. 2008), not a hazard ("strangulation risk with blind cords").
    spec(C::Abuse, K::Abuse, r"\b((non[- ]?fatal |nonfatal )?strangulation|choking (incident|episode))\b")
        .not_after(r"^ ?(hazard|risk|danger|game|challenge|warning)\b")
        .not_before(r"\b(risk of|hazard of|danger of|cord|cords|cot|crib|blind|blinds)$"),
    // "Keeps saying the landlord at the flats is 'a dead man walking'", "told him he's a
    // dead man": another person declared as good as dead is a threat to kill (C-SSRS
    // homicidal items), not a self-description ("he feels like a dead man walking").
    spec(C::HomicidalIdeation, K::HomicidalIdeation, r"\b(say\w*|said|tell\w*|told|reckon\w*|swear\w*|swore|warn\w*|text\w*|post\w*|shout\w*|yell\w*)( that)? ((the|that|this|his|her|their|my|your) (\S+ ){1,4}(is|'s|are|'re)|(told|tells|telling|texted|warned) (him|her|them) (he's|she's|they're|he is|she is|they are)) (a |as good as |going to be |gonna be )?(' |\x22 )?(a )?dead (man|men|woman|meat)( walking)?\b"),
    // An intimate-partner screen told as its acts, without objects ("no pushing, no threats",
    // "denied any pushing, shoving or hitting in the relationship", "asked about being
    // pushed, both said no"): abuse, read where a couple or a home is in the sentence.
    spec(C::Abuse, K::Abuse, r"\b(pushing|shoving|hitting|slapping|grabbing|choking|strangling|kicking|threats|name calling|intimidation|physical stuff|anything physical|being (pushed|shoved|hit|slapped|grabbed|choked|hurt|threatened|controlled))\b")
        .not_after(r"^(him|her|them|me|us|you|each other|one another|the|a|his|her|their|my|it|back|out|for|through|ahead|forward|on|harder|hard|himself|herself|themselves)\b")
        .need_any(&["relationship", "partner", "partners", "husband", "wife", "boyfriend", "girlfriend", "couple", "marriage", "both", "either", "neither", "spouse", "household", "home"]),
    // "He's never been violent at home", "not violent towards his wife": the adjective
    // placed in the family or the couple is abuse (FORMATS §3), not violence.
    spec(C::Abuse, K::Abuse, r"\b(violent|physically aggressive) (at home|in the home|in the house|(towards?|to|with) (her|his|their|my) (wife|husband|partner|kids|children|son|daughter|mum|mom|mother|dad|father|girlfriend|boyfriend|family))\b")
        .need_before(r"\b(is|was|been|be|being|gets|got|getting|become|became|'s|not|never|isn't|wasn't|no longer)$"),
    // "He's not violent, never has been": the client's violence named by its adjective.
    spec(C::Violence, K::Violence, r"\b(violent|physically aggressive)\b")
        .need_before(r"\b(is|was|been|be|being|gets|got|getting|become|became|'s|not|never|isn't|wasn't|no longer)$")
        .not_after(r"^(thoughts|urges|fantasies|images|films?|games?|movies?|videos?|content|crime|offen[cs]es?|history|past)\b"),
    // "Staff report no falls, no aggression": a denial named by the noun (never an
    // affirmation: "aggression" alone may be verbal).
    spec(C::Violence, K::Violence, r"\b(aggression|aggressive (behaviou?r|incidents?|episodes?))\b")
        .need_before(r"\b(no|nil|denies|denied|without|zero|any)( (physical|further|recent|reported|incidents of|episodes of|signs of))*$"),
    // --- Violence: the client's aggression outside family and partner.
    spec(C::Violence, K::Violence, r"\b(fist ?fights?|bar fights?|street fights?|brawls?|physical (fights?|altercations?|aggression|confrontations?|violence)|altercations?|road rage|(charged with|arrested for|charges? of|facing|convicted of) (assault|battery)|assault charges?|aggressive (incidents?|behaviou?rs?|outbursts?|episodes?)|violent (behaviou?rs?|acts?|outbursts?|incidents?|episodes?)|violence)\b"),
    spec(C::Violence, K::Violence, r"\b((gets?|got|getting|been|get) (into|in) (a |one |a single |any |another )?(fights?|fistfights?|scuffles?|brawls?|scraps?|tussles?|punch ups?|altercations?|(shoving|pushing|punching|wrestling) (matches|match))|in (a |one |a single |any )?(fights?|scuffles?|brawls?|(shoving|pushing|punching) match))\b"),
    // A physical clash by its everyday names, with a party ("had a scuffle with a bouncer",
    // "came to blows with his neighbour"): the client's violence (FORMATS §3).
    spec(C::Violence, K::Violence, r"\b((had|has|have|having|got into|gets into|get into|getting into) (a |another )?(scuffle|tussle|punch up|punch-up|shoving match|pushing match|fistfight|brawl|scrap|set to|square go|rammy|stramash|punch-on|dust-up|ruck) with|came to blows|come to blows|coming to blows|squared up to|squaring up to)\b"),
    spec(C::Violence, K::Violence, r"\b(got|get|gets|getting) physical\b"),
    spec(C::Violence, K::Violence, r"\b(got|get|gets|was|were|been) (hurt|injured)\b").need_before(r"\b(no one|nobody|noone|anyone|anybody)$"),
    spec(C::Violence, K::Violence, r"\b((got|get|gets|getting) into it with|came to blows|come to blows|exchanged blows|threw (a )?punch(es)?|throwing punches|swung at)\b"),
    spec(C::Violence, K::Violence, r"\b(broken|split) (his|her|their) (nose|jaw|lip|ribs?|teeth|eye socket)\b"),
    spec(C::Violence, K::Violence, r"\b(broke|broken|busted|bloodied|split) (their|the other \S+|\S+'s) (nose|jaw|lip|ribs?|teeth|eye socket)\b"),
    // Aggression by its phrasal verbs ("lashing out at staff", "hit out at a carer"), at a
    // person only ("lashed out at the council" is criticism), never said verbally; and blows
    // told by their punches ("punches were thrown", "no punches thrown").
    spec(C::Violence, K::Violence, r"\b(lash|lashes|lashed|lashing|hit|hits|hitting|strike|strikes|striking|struck) out (at|against) (him|her|them|me|us|someone|somebody|anyone|anybody|people|others|everyone|staff|(the|a|an|his|her|their|my|other|another|two|some|any) (\S+ )?(staff|carers?|nurses?|residents?|wife|husband|partner|son|daughter|kids|children|child|brother|sister|mum|mom|mother|dad|father|teachers?|classmates?|peers?|officers?|guards?|inmates?|workers?|co workers?|coworkers?|colleagues?|students?|patients?|neighbou?rs?|friends?|girlfriend|boyfriend|aides?|paramedics?|police|cops?|man|woman|guy|bloke|kid|boy|girl|people))\b")
        .not_before(r"\bverbally$")
        .not_after(r"^(verbally|with words|in (emails?|texts?|messages?|writing)|on (social media|twitter|facebook|line))\b"),
    spec(C::Violence, K::Violence, r"\bpunch(es)? (were |was |got |have been |had been |being )?(thrown|landed|exchanged)\b"),
    // "excluded for five days after a fight at college", "arrested after a scrap outside the
    // pub": a sanction for a fight tells that the fight was the client's.
    spec(C::Violence, K::Violence, r"\b(excluded|suspended|expelled|arrested|charged|cautioned|sent home|sacked|fired|barred|banned|kicked out|thrown out|written up|disciplined|detained|locked up|lifted|nicked|grounded)( \S+){0,4} (after|for|over|following) (a|the|another|his|her|their) (\S+ )?(fights?|punch ups?|punch-ups?|scraps?|brawls?|scuffles?|altercations?|assaults?|rumble|ruck|bust-up|bust up|set-to|dust-up|dust up|square-up)\b"),
    spec(C::Violence, K::Violence, r"\b(fights?|fighting|brawling|brawls?|scuffles?|scraps|altercations?|punch ups)\b").need_before(r"\b(any|no|denies|denied|physical|more|single|further|new|another)$"),
    // "he'd never lift a finger to hurt his ex": harm to a person, named to deny it.
    spec(C::HarmThoughts, K::HarmToOthers, r"\b(lift|lifts|lifted|lay|lays|laid|raise|raises|raised) a (finger|hand) to (hurt|harm|hit)\b").need_before(r"\b(never|not|wouldn't|won't|would never|'d never|hasn't|has never|didn't)( \S+)?$"),
    // "the caregiver denies any shoving or rough handling of her father": rough handling of
    // a dependent is maltreatment (FORMATS §3).
    spec(C::Abuse, K::Abuse, r"\b(rough handling|roughly handled|rough with (her|him|them)|manhandl\w*)\b"),
    // The safety question as asked: "whether anyone at home hurts or frightens her".
    // "whether anybody's been pushing or hitting or throwing things": the household screen
    // (HITS) asked with "has been" contracted and its acts listed without an object.
    spec(C::Abuse, K::Abuse, r"\b(anyone's|anybody's|someone's|somebody's|anyone has|anybody has|someone has|somebody has) (ever )?been (pushing|shoving|hitting|slapping|kicking|hurting|threatening|grabbing|choking|throwing things)( or (pushing|shoving|hitting|slapping|kicking|hurting|threatening|grabbing|choking|throwing things))*\b")
        .need_near(&["home", "house", "household", "family", "whether", "asked", "ask", "if", "anyone", "anybody"]),
    spec(C::Abuse, K::Abuse, r"\b(anyone|anybody|someone|somebody) (at home |in the (house|home|family) |in (her|his|their) (life|home|house) )?(is |was |ever )?(hurts?|hurting|hurt|frightens?|frightening|frightened|scares?|scaring|threatens?|threatening|hits?|hitting|harms?|harming|controls?|controlling)( or (hurts?|hurting|hurt|frightens?|frightening|scares?|scaring|threatens?|threatening|hits?|hitting|controls?|controlling))? (her|him|them|you)\b"),
    // Staying out of fights is a denial of violence, as being sober is of use.
    spec(C::Abstinence, K::Violence, r"\b(stay\w*|stayed|kept|keeps?|keeping) (himself |herself |themselves )?(out of|away from) (fights|fistfights|scuffles|brawls|scraps|physical (fights|altercations))\b"),
    // "shouted at him, but he didn't touch anybody": no hand laid on anyone.
    spec(C::Violence, K::Violence, r"\b(touch|touched|touches|touching) (anybody|anyone|a soul|nobody|no one|no-one)\b")
        .need_before(r"\b(never|not|didn't|doesn't|don't|hasn't|haven't|wouldn't|won't|without)( \S+)?$"),
    spec(C::Violence, K::Violence, r"\b((laid|lay|lays|put|puts|putting|laying) (a finger|a hand|hands|his hands|her hands|their hands|a fist) on|(rais\w*|lift\w*) (a|his|her|their) (hand|fist) (to|against|at))\b")
        // "put a hand on his shoulder": a comforting touch.
        .not_after(r"^(his|her|their|my|your) (shoulders?|back|arm|hands?)\b"),
    // "threatened his wife with a kitchen knife": a weapon threat to a partner, parent or
    // child is abuse (FORMATS §3), whatever the weapon or its adjective.
    spec(C::Abuse, K::Abuse, concat!(r"\bthreaten\w* (his|her|their|my) (\S+ )?(wife|husband|partner|girlfriend|boyfriend|ex|ex-wife|ex-husband|fiance|fiancee|fiancé|fiancée|missus|mother|mum|mom|mam|ma|father|dad|son|daughter|kids|children|child|stepson|stepdaughter|stepfather|stepmother|stepdad|stepmum|stepmom|grandmother|grandfather|gran|nan|grandma|grandpa|baby|toddler) (\S+ ){0,3}?with (a|an|the|his|her|their|my|one) (\S+ )?", hand_weapon!(), r"\b")),
    spec(C::Violence, K::Violence, r"\bthreaten\w*( \S+){0,4} with (a|his|her|the) (knife|gun|bat|weapon|firearm|hammer|machete|bottle|pistol|rifle)\b"),
    // "Threatened feedlot foreman w/ a pocketknife", "threatened the driver with his cutlass":
    // a weapon threat to someone outside the family, named by a noun (a bare pronoun is left
    // to the readings that know whose partner "her" is).
    spec(C::Violence, K::Violence, concat!(r"\bthreaten\w* ", weapon_target!(), r" (\S+ ){0,3}?with (a|an|his|her|their|the|my|one) (\S+ )?", hand_weapon!(), r"\b")),
    // "Client chased a keke rider with a cutlass": a person run after with a weapon.
    spec(C::Violence, K::Violence, concat!(r"\b(chas(e|es|ed|ing)|ran after|runs after|running after|run after) ", weapon_target!(), r" (\S+ ){0,4}?with (a|an|the|his|her|their|my|one) (\S+ )?", hand_weapon!(), r"\b")),
    // "Stuck a man with a shank he made", "stuck him in the ribs": to stick a person with a
    // blade or in the body is to stab.
    spec(C::Violence, K::Violence, concat!(r"\b(stuck|sticks|sticking) (him|her|them|someone|somebody|(a|the|some|that|this|one|another|his|her|their) (\S+ )?(man|guy|dude|fellow|fella|bloke|person|kid|boy|girl|inmate|prisoner|lad|youth|woman|cellie|cellmate|neighbou?r|cousin|brother|teenager))( \S+){0,4}? (with (a |an |the |his |her |their |my )?(\S+ ){0,2}", hand_weapon!(), r"|in the (ribs|gut|neck|belly|stomach|leg|arm|chest|face|thigh|eye))\b")),
    // "Boy brought a rungu to school": a weapon carried to school (a school threat
    // assessment's first sign). Blades, guns and clubs only, not `hand_weapon!`: a bat, a
    // stick or a bottle is carried to school for other reasons.
    spec(C::Violence, K::Violence, concat!(r"\b(brought|brings|bringing|bring|took|takes|taking|carried|carries|carrying|snuck|sneaked|smuggled) ", school_weapon!(), r"\b"))
        // A weapon only thought of or threatened ("he'd bring his dad's rifle to school and
        // shoot the kid") is the threat's, read as ideation; the bus stop is no bus.
        .not_before(r"(\b(would|will|might|could|gonna|going to|wants? to|wanted to|want to|threaten\w* to|threatening to|about|of|fixing to|plans? to|planning to)|'d|'ll)( \S+){0,2}$")
        .not_after(r"^(stop|station|shelter|depot)\b"),
    // "told the teacher he's going to bring his dad's gun to school": the threat to carry a
    // weapon to school is a threat with a weapon (FORMATS §3), unless a killing is told with
    // it (read as ideation).
    spec(C::Violence, K::Violence, concat!(r"\b(bring|take|carry|sneak|smuggle) ", school_weapon!(), r"\b"))
        .need_before(r"(\b(will|gonna|going to|threaten\w* to|threatening to|swore to|swears to|fixing to|plans? to|planning to)|'ll)( \S+){0,2}$")
        .not_after(r"^(stop|station|shelter|depot|(\S+ ){0,3}and (shoot|kill|stab|hurt|get|take out|blow|finish|do))\b"),
    // "if his ex turns up again he'll bury her": to bury a living person one means to kill
    // them (a funeral told in the sentence is the dead's).
    spec(C::HomicidalIdeation, K::HomicidalIdeation, r"\b(will|\S+'ll|gonna|going to|would|\S+'d|swore to|swears to|threatened to|threatens to|promised to|vows? to|vowed to|wants? to|ready to) (\S+ )?bury (him|her|them|you|the (bastard|bitch|prick|fucker|guy|man|woman))\b")
        .not_after(r"^((in|under|with) (work|paperwork|blankets|sand|kisses|leaves|snow)|next to|beside|at|in the (family|church)|properly|himself|herself|.*\b(funeral|cemetery|grave|plot)\b)")
        .not_before(r"\b(funeral|died|passed|cemetery|grave|dead|death|ashes)\b.*$"),
    // "he'll sort the landlord out properly this time, he's got a blade": a person "sorted
    // out", with a weapon told, is a threat with a weapon.
    spec(C::Violence, K::Violence, r"\b(will|\S+'ll|gonna|going to|finna|fixing to|wants? to|plans? to|threatened to|threatens to) (\S+ )?sort (him|her|them|the \S+|that \S+|his \S+|her \S+|those \S+)( \S+)? out\b")
        .need_any(&["blade", "knife", "machete", "gun", "bat", "hammer", "shank", "shiv", "cutlass", "panga", "bar", "pipe", "axe", "crowbar", "screwdriver", "piece", "strap", "tool"]),
    // "He's going to get the guy who jumped his brother", "finna handle the boy who jumped his
    // cousin": revenge on whoever hurt one's own, planned (a threat of violence).
    spec(C::Violence, K::Violence, r"\b(will|\S+'ll|gonna|going to|finna|fixing to|wants? to|plans? to|planning to|means to|swore to|swears to) (\S+ )?(get|handle|sort out|deal with|do|jump|cut|stab|shoot|hurt|get back at|go after|settle (it|the score) with) (the|that|this|those) (\S+ )?(guy|guys|boy|boys|man|men|lad|lads|kid|kids|dude|dudes|one|ones|fella|fellas|bloke|blokes|girl|girls|bitch|punk|punks|gang|crew)( from \S+( \S+)?)? (who|that|what) (jumped|hit|beat|attacked|stabbed|shot|robbed|hurt|battered|mugged|bullied|touched|disrespected|snitched|cut|rolled on|jacked)\b"),
    // "Keeps a list of the lads who bullied him and what he'll do to each", "his hit list":
    // people listed for what one will do to them (a warning sign of targeted violence).
    spec(C::HarmThoughts, K::HarmToOthers, r"\b(hit|kill|death|revenge|shit) lists?\b|\bwhat (he|she|they)('ll| will| is going to|'s going to|'s gonna| is gonna|'d| would) do to (each|each one|every one|all of them|them all|them)\b")
        .need_any(&["list", "lists", "names", "bullied", "hurt", "wronged", "enemies", "lads", "boys", "kids", "people", "teachers"])
        .not_after(r"^(of (chores|jobs|tasks|things to do|groceries|shopping))\b"),
    // "fantasising about running his boss down in the car park": a person run down by a
    // vehicle (not "running him down" in words).
    spec(C::HomicidalIdeation, K::HomicidalIdeation, r"\b(run|runs|running|ran|mow|mows|mowing|mowed) (him|her|them|his \S+|her \S+|their \S+|the \S+|that \S+) (down|over)\b")
        .need_before(r"\b(fantasi[sz]\w*|imagin\w*|pictur\w*|think\w* (about|of)|thought (about|of)|wants? to|wanted to|wanting to|going to|gonna|will|'ll|'d|would|threaten\w* to|urges? to|tempted to|dream\w* (of|about)|plans? to|planning to)( \S+){0,2}$")
        .need_any(&["car", "truck", "van", "ute", "lorry", "bus", "tractor", "pickup", "suv", "drive", "driving", "drove", "wheel", "park", "carpark", "road", "street", "crossing"])
        .not_after(r"^(to (his|her|their|the) (colleagues|friends|mates|boss|face)|in front of|behind (his|her|their) back)\b"),
    // "Says he will break his head", "threatened to smash the boy's face in": a threat to
    // injure a person (the head, face and jaw are not broken by accident in a threat).
    spec(C::HarmThoughts, K::HarmToOthers, r"\b(will|[a-z]+'ll|gonna|going to|go|wan|finna|fixing to|threaten\w* to|swore to|swears to|promised to|vow\w* to|ready to|about to|wants? to|wanted to) (break|smash|bust|crack|bash|cave|split|kick|knock|punch) (his|her|their|your|that \S+'s|the \S+'s|\S+'s) (\S+ )?(head|skull|face|jaw|teeth|nose|brains?)( in| open| off)?\b"),
    spec(C::Violence, K::Violence, r"\b(smash\w*|destroy\w*|broke|break\w*|beat\w*)( \S+){0,4} with (a|his|her) (bat|hammer|crowbar|club|pipe)\b"),
    spec(C::Violence, K::Violence, r"\bbroke (the |a |his |her )?(other \S+'s|\S+'s) (nose|jaw|arm|ribs?|teeth)\b"),
    // "picked up for fighting at a ball game", "adjudication for fighting on the servery":
    // a sanction for fighting tells a fight.
    spec(C::Violence, K::Violence, r"\b(arrested|picked up|lifted|nicked|charged|suspended|excluded|expelled|sent home|banned|adjudicat\w*|written up|sacked|fired|booked|cited|detained|locked up|jailed|segregated|kicked out|thrown out|barred)( \S+){0,4} for (fighting|brawling|assault|assaulting|punching|hitting|a fight|a brawl|a scrap)\b")
        // The one sanctioned is the client: a pronoun right before ("he was suspended for
        // fighting"), not "two lads in his year got suspended for fighting".
        // Telegraphic notes drop the subject ("Adjudicated for fighting", "Seen after
        // adjudication for fighting"), or give the sanction as a thing received.
        .need_before(r"\b(he|she|i|he's|she's|client|pt|patient)( (was|were|got|has been|had been|been|is|has|had|just|also|then|again))*$|^\W*$|\b(seen|referred|reviewed|admitted|assessed) (after|following|post)( an?| the| his| her| another)?$|\b(he|she|client|pt|patient) (got|gets|received|receives|had|has)( an?| another| his first| her first)$"),
    spec(C::Violence, K::Violence, r"\b(picked|arrested|lifted|nicked|charged|suspended|excluded|expelled|sent|banned|wrote|booked|detained|locked|kicked|threw|barred) (him|her|me)( up| home| out| off)?( \S+){0,4} for (fighting|brawling|assault|assaulting|punching|hitting|a fight|a brawl|a scrap)\b"),
    // "He head-butted a deckie from another boat": a head-butt given to a person (a wall or
    // a door head-butted is read as self-injury elsewhere).
    spec(C::Violence, K::Violence, r"\bhead-butt(ed|ing|s)? (a|an|the|his|her|their|some|another|that|this|him|her|them|someone|somebody)\b")
        .not_after(r"^(\S+ )?(wall|walls|door|doors|floor|window|mirror|desk|table|locker|cupboard)\b"),
    // "pushed a pint glass into a lad's face", "glassed him": a glass driven into a face.
    spec(C::Violence, K::Violence, r"\b(pushed|pushes|pushing|shoved|shoves|shoving|smashed|smashes|smashing|rammed|jammed|stuck|ground|twisted) (a|the|his|her|their) (pint |broken |beer |wine )?(glass|bottle) (into|in) (a|the|his|her|their|that|this|another|some|\S+'s) (\S+ )?(\S+'s )?(face|neck|head|eye)\b"),
    // "put a fella's face through the glass of the door": a head or face driven through glass,
    // a window or a wall is an assault whoever the victim.
    spec(C::Violence, K::Violence, r"\b(put|puts|putting|shoved|shoves|shoving|pushed|pushes|pushing|smashed|smashes|smashing|slammed|slams|slamming|rammed|rams|ramming|threw|throws|throwing|drove|drives|driving|stuck|sticks) (a |the |some |this |that |another )?(\S+ )?\S+'s (face|head|skull) (through|into|against|off) (a|the|his|her|their) (\S+ )?(glass|window|door|wall|windscreen|windshield|mirror|table|bar|counter|car|locker|pavement|floor|ground)\b"),
    // Bones wished broken on someone ("wants to wreck the knee of the freshman", "would love
    // to break that lad's jaw"): thoughts of harming another; done, violence.
    spec(C::HarmThoughts, K::HarmToOthers, r"\b(break|wreck|smash|snap|shatter|bust|crack|rearrange|do in|take out|blow out) (the|his|her|their|that|this|\S+'s|someone's|somebody's) (\S+ )?(\S+'s )?(knees?|kneecaps?|jaw|legs?|arms?|nose|ribs|neck|skull|face|teeth|fingers|hands?|ankles?|shoulders?|spine|back)\b")
        .need_before(r"\b(wants?|wanted|wanting|going|gonna|'ll|will|would love|'d love|plans?|planning|planned|thinking (about|of)|thinks (about|of)|thought (about|of)|urges?|urge|fantasi\w*( about)?|like|tempted|itching|dreams? of|intends?|intending|means|meant|determined|wishes|wished)(( \S+){0,3}( to)?| to( \S+){1,10} (and|then|to))$"),
    // "throws pint glasses at blokes in the pub", "smashed a guitar over the sound engineer's
    // shoulder": a thing used as a weapon on people.
    spec(C::Violence, K::Violence, r"\b(throw|throws|threw|throwing|hurl|hurls|hurled|hurling|lobs|lobbed|lobbing|chuck|chucks|chucked|chucking|flung|flings|fling|hoy|hoys|hoyed|hoying) (\S+ ){0,2}(glass|glasses|bottles?|chairs?|plates?|mugs?|bricks?|rocks?|stones?|stools?|cans?|ashtrays?|pints?|knives|knife|scissors|tools?|wrench|spanner|hammer) at ((a|the|some|this|that|another) \S+ who\S* |(\S+ ){0,2}(people|blokes|guys|fellas|lads|men|women|someone|somebody|staff|customers|punters|strangers|folk|others|players|fans|coworkers|co-workers|colleagues|workers|nurses|officers|police|cops|teachers|students|kids|lad|bloke|guy|fella|man|woman|bouncer|barman|barmaid|doorman|stranger|player|fan|punter|customer|officer|cop|teacher|student|kid))\b"),
    spec(C::Violence, K::Violence, r"\b(smash|smashes|smashed|smashing|broke|breaks|breaking|cracked|cracks|cracking|swung|swings|swinging) (a|the|his|her|their) (\S+ )?(guitar|bottle|chair|stool|glass|pint glass|bat|pipe|plank|board|plate|mug|vase|lamp|pool cue|cue|tray|bar stool) (over|across|on|into|against) (the|a|another|some) (\S+ ){0,2}(head|shoulder|shoulders|back|face|skull|arm|arms|ribs)\b"),
    spec(C::Violence, K::Violence, r"\b(broke|wrecked|smashed|snapped|shattered|busted|cracked|dislocated|fractured) (the|a) (knees?|kneecaps?|jaw|legs?|arms?|nose|ribs|neck|skull|cheekbone|eye socket|teeth|fingers|hands?|ankles?|wrist|collarbone) of (the|a|an|his|her|their|that|this|another|some) \S+\b"),
    // --- Access to means (context).
    // "found him with a noose made from a tow strap": a noose made, kept or held is a
    // preparatory act; "the debt is a noose round his neck" is not (no article before it).
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(with|had|has|have|kept|keeps|keeping|hid|hidden|hides|found|bought|rigged|hung|hanging up|put up|strung up) (a|the|her|his|their|my) (\S+ )?noose\b|\b(a|the) noose (made|fashioned|tied|rigged) (from|out of|with)\b")
        .not_after(r"^(of|around (the|his|her|their) (neck|necks) of)\b"),
    // "fixing to get even with that boy ..., said he might could bring his daddy's
    // twelve-gauge to the ball game Friday": a gun to be carried to a place where the person
    // to be paid back will be, with revenge told in that sentence or the one before, is a
    // plan to kill (Tarasoff's identifiable victim).
    spec(C::HomicidalIdeation, K::HomicidalIdeation, r"\b(bring|brings|bringing|take|takes|taking|carry|carries|carrying|pack|packing) (his|her|their|my|a|the|that|dad's|daddy's|papa's|pa's|grandpa's|\S+'s) (\S+'s )?(\S+ )?(gun|guns|pistol|revolver|shotgun|rifle|twelve-gauge|twelve gauge|twelve|handgun|glock|ar|deer rifle|\.22|piece|strap|nine|tool) to (the|school|work|class|church|his|her|their|that)\b")
        .need_near(&["even", "revenge", "payback", "avenge", "retaliate", "retaliation", "score", "vengeance"]),
    spec(C::Means, K::AccessToMeans, r"\b(firearms?|guns?|handguns?|rifles?|shotguns?|pistols?|revolvers?|ammunition|ammo|rope|noose)\b")
        .not_before(r"\b(glue|nail|water|nerf|squirt|staple|heat|toy|paintball|bb|jump|jumping|jumped|skip|skipped|skipping|tow|climbing|climb|climbed|jump the|learn the|learning the|show (him|her) the|(teach\w*|taught|learn\w*|how) ((him|her|them|me) )?to)$"),
    spec(C::Method, K::SuicidalIdeation, r"\b(thinks?|thinking|thought|considered|considering|imagines?|pictures?) (about |of )?using (it|them|that|one)\b")
        .need_before(r"\b(rope|noose|guns?|pills|rifle|firearms?|handgun|pistol|knife|blades?|razors?|belt|cord|medications?|insulin)( \S+){0,12}$"),
    spec(C::Means, K::AccessToMeans, r"\b(stockpil\w*|stash\w*|hoard\w*|saved up|saving up)( \S+){0,4} (pills|medications?|meds|tablets|insulin|opioids|painkillers|zopiclone|zolpidem|diazepam|lorazepam|temazepam|pregabalin|gabapentin|tramadol|codeine|co ?codamol|paracetamol|morphine|oxycodone|quetiapine|amitriptyline|mirtazapine|sertraline|citalopram|fluoxetine|lithium|sleeping (pills|tablets)|benzos|oxys?|oxycontin|percs|percocets?|roxys|roxies|xans|xanax|valium|ativan|klonopin|vicodin|norco|hydrocodone|fentanyl patches)\b"),
    spec(C::Means, K::AccessToMeans, r"\b(\S+ )?(pills|medications?|meds|insulin|tablets|painkillers) (at|in the) (home|house|bathroom)\b"),
    spec(C::Means, K::AccessToMeans, r"\b(a )?(month's|week's|year's) supply\b"),
    spec(C::Means, K::AccessToMeans, r"\b(locked up|lock up|removed|remove|hold|holds|holding) (all )?(the |his |her |their )?(extra )?(medications?|meds|pills)\b"),
    // "Hanging attempt twenty years ago. Says the thoughts came back this fortnight": thoughts
    // or urges said to have returned are the ones the note just named, now.
    spec(C::Ideation, K::SuicidalIdeation, r"\b(the|those|these|such|her|his|their|my|old) (same )?(thoughts|urges|ideas|feelings|impulses) (have |had |has |started )?(came|come|comes|creeping|crept|crawling|flooding) back\b|\b(the|those|these|her|his|their|my|old) (same )?(thoughts|urges|impulses) (have |has |had )?(returned|resurfaced)\b")
        .context_kind(),
    // --- Urges named alone take the nearest mention's category ("no urges since").
    spec(C::Urge, K::SelfHarm, r"\burges?\b")
        .need_before(r"\b(no|any|denies|denied|without|has|have|had|reports|endorses|strong|daily|ongoing|current|occasional|new)$")
        .not_after(r"^(to|for|of)\b")
        .context_kind(),
    // A plan to die stated as such ("plans to die on his fortieth birthday", "has decided to
    // end her life after the wedding"): C-SSRS items 4-5, ideation with a plan and intent (a
    // plan alone is a qualifier of the ideation it names; here it names its own).
    spec(C::Ideation, K::SuicidalIdeation, r"\b(plans|plan|planning|planned|intends|intend|intending|intended|has decided|had decided|decided) to (die|end (his|her|my|their) (own )?life|end it all|end it|end things|take (his|her|my|their) (own )?life)\b")
        .not_after(r"^((with|at|in) ((a|the|his|her|their|my) )?(own )?(boots|sleep|peace|bed|arms|home)|with (him|her|them|his|their|my|the|a))\b"),
    // "Cellmate attempted hanging last night; pt ... states no thoughts of doing the same":
    // thoughts of the act just told of another, in the category of that act.
    spec(C::Ideation, K::SuicidalIdeation, r"\b(thoughts? (of|about)|thought (of|about)|thinking (of|about)|urges? to|plans? to|considered|considering) doing (the same|likewise|that too|the same thing)\b")
        .need_any(ACTS_OF_OTHERS)
        .context_kind(),
    // "said he'd smash his brother's face in": a threat of a blow told as an idiom of force.
    spec(C::HarmThoughts, K::HarmToOthers, r"\b(smash|smashing|kick|kicking|punch|punching|bash|bashing|knock|knocking|cave|caving|beat|beating) (his|her|their|the|that|this|some|\S+'s) (\S+ )?(face|head|teeth|skull) in\b"),
    // "taking double her prescribed diazepam": more of a prescribed medicine than prescribed.
    spec(C::Misuse, K::SubstanceUse, r"\b(taking|takes|took|take|using|uses|used|swallow\w*) (double|triple|twice|three times|extra|more than) (of )?(her|his|their|the|my) (prescribed |usual |daily )?(dose|doses|\S+)\b"),
    // "makes her hand over her wages every Friday": a partner taking her earnings.
    spec(C::CoerciveControl, K::Abuse, r"\b(makes|made|making|forces|forced|forcing|gets|got) (her|him|them) (to )?(hand|sign|give|pay|turn) (over|across)( all| half)?( of)? (her|his|their) (wages|money|pay|pension|benefits|earnings|salary|bank card|card|paycheck|paycheque|savings)\b"),
    // "He said that if she leaves him he'll end it": ending it, said of oneself, is suicide
    // (a conditional consequent is said: FORMATS §4.1).
    spec(C::Ideation, K::SuicidalIdeation, r"\b(i'll|he'll|she'll|they'll|i'd|he'd|she'd|they'd|will|would|going to|gonna|might|could) (just )?end it( all)?\b")
        .not_after(r"^(with|between)\b"),
    // "stopped taking his insulin and doesn't much care what happens", "wants to go to sleep
    // for a very long time": indifference to living and a wish for long sleep are passive
    // ideation (C-SSRS item 1, "wish to be dead or to go to sleep and not wake up").
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b((doesn't|does not|don't|didn't|no longer) (much |really |even )?care|no longer cares|(doesn't|does not) (much |really )?care any ?more) (what happens( to (him|her|them|me))?|if (he|she|they|i) (lives?|dies?|wakes? up)|whether (he|she|they|i) (lives?|dies?|wakes? up))\b")
        // "doesn't care what happens at the meeting": an event's outcome, not her life.
        .not_after(r"^(at|in|with|on|next|tomorrow|today|about|this|that|during|after|before|between|for|to (the|this|that|his|her|their|my) \S+)\b"),
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(go|goes|going|went) to sleep (for a (very |really )?long time|forever|for good|and (never|not) (wake|come) (up|back))\b"),
    // "wants to go to sleep and stay there", "would like to fall asleep and stay that way":
    // the same wish for a sleep with no waking.
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(go|going|goes|fall|falling|falls|drift|drifting) (to sleep|asleep|off) and (just )?(stay|staying|stays) (there|that way|asleep|under|down)\b")
        .need_before(r"\b(like|love|want|wants|wanted|wanting|wish|wishes|wished|hope|hopes|hoped|hoping|pray\w*|'d|would|rather|just|longs?|longing)( \S+){0,3}( to)?$"),
    // "sleeping in his car with a hose he bought from the hardware store": a hose got for a
    // car's exhaust (carbon monoxide) is a preparatory act.
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(bought|buying|buys|got|getting|keeps|kept|keeping|hidden|hid|stored|has|had) (a |the |some )?(length of |piece of |new )?(hose|hosepipe|hose pipe|tubing|pipe)\b|\b(hose|hosepipe|hose pipe|tubing|pipe) (he|she|they) (bought|got|hid|kept)\b|\b(hose|hosepipe|tubing|pipe)( \S+){0,4} (exhaust|tailpipe|exhaust pipe)\b")
        .need_any(&["car", "car's", "van", "truck", "exhaust", "tailpipe", "garage", "ute"]),
    // "hearing his late father tell him to join him": the dead calling the client to them.
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(tell|tells|telling|told|ask|asks|asking|asked|call|calls|calling|called|beckon\w*|want|wants|wanting) (him|her|them|me) to (join|come to|come and be with|be with|follow) (him|her|them|me)\b")
        .need_any(&["late", "dead", "died", "deceased", "passed", "grave", "heaven", "ghost", "spirit", "voice", "voices"]),
    // "some nights she lies there hoping she won't wake": the wish not to wake (C-SSRS 1),
    // "up" left unsaid; waking someone else is not it.
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(hop\w*|wish\w*|pray\w*)( that)? (she|he|they|i|you) (won't|wouldn't|will not|would not|doesn't|don't|never) wake( up)?\b")
        .not_after(r"^(the|her|his|their|my|a|an|him|them|me|anyone|anybody|everyone|early|late|up (the|her|his|their|my|a|an|him|them|me|anyone|everyone|early|late))\b"),
    // "thinking it would be better to just disappear": vanishing as the better course is a
    // passive wish not to exist (a trip or a move has its place or its time).
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(better|easier|best) (off )?(to |if (she|he|they|i|you) (could |would |were to )?)(just )?(disappear|vanish|not (be here|exist|be around|wake up))\b")
        .not_after(r"^(for (a|the|some|two|three|a few)|to (her|his|their|my|the|a)|from|into|abroad|somewhere|off to|until|till|while)\b"),
    // "wants to disappear": a wish to vanish, not a trip.
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(wants?|wanted|wanting|wish|wishes|wished|wishing) (she|he|they|i)?( could)? ?(to )?(just )?(disappear|vanish|cease to exist|stop existing|not exist|not be here)\b")
        .not_after(r"^(to|for (a|the|two|three|some)|on|into|abroad|somewhere|off to|from (the|this|that|her|his) (party|meeting|room|office|class|session|event|wedding|reunion|conversation))\b"),
    // "sold his guitar and wrote his will last week": putting affairs in order beside giving
    // or selling things away (AFSP warning signs).
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(wrote|written|writing|write|made|making|updated|updating|drew up|drawn up|drawing up) (up )?(his|her|their|a|my) (will|funeral plans?|goodbye letters?)\b")
        .need_any(&["sold", "selling", "gave", "giving", "given", "goodbye", "note", "letters", "possessions", "guitar", "tools", "pets", "medals", "affairs", "order"]),
    // "He told his sponsor he picked up again": the fellowship's word for a lapse.
    spec(C::Relapse, K::SubstanceUse, r"\b(picked|picks|picking|pick) up (again|a drink|the drink|the bottle|a bottle)\b")
        .need_any(&["sponsor", "sober", "sobriety", "clean", "meeting", "meetings", "aa", "na", "recovery", "relapse", "drink", "drinking", "using", "program", "programme", "chip", "funeral"]),
    // "keeps a stash of pills he's saved in case things get worse": medication put by for a
    // day one cannot go on is a preparatory act (C-SSRS preparatory behaviour), read by the
    // rules so that a denial before "but" does not hide it. The purpose is the mention: the
    // pills themselves stay access to means.
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(in case|for when|for the day|for if)( \S+){0,10}? (had enough|can't (take|cope|go on|do)|cannot (take|cope)|too much|gets? (worse|bad|unbearable|too hard|intolerable)|is bad|comes back bad|the end|it's time|can't face|unbearable|ready|the time comes|time comes|the time is right|the right (time|moment|day))\b")
        .need_before(KEPT_BY)
        .need_any(MEDICINES),
    // "Saving up her pills... a month's worth. 'For when I'm ready.'": a supply put by for a
    // readiness left unsaid (nothing follows "ready") is kept for a chosen day, told a
    // sentence after the supply ("a month's worth" is a supply counted).
    spec(C::Preparatory, K::SuicidalIdeation, r"\bfor when (he|she|i|they)('s|'m|'re| is| am| are|'ll be| will be) (really |finally |truly |good and )?ready( [,.;:!?'\x22]|$)")
        // The purpose stands alone as its own sentence ("We'll save the exposure work for when
        // she's ready" is a plan).
        .need_before(r"^\W*$")
        .need_near(medicines!("worth")),
    // "Saving up Papaw's oxys in a poke. Says for when it gets bad enough.": the purpose of a
    // hoard told as a sentence of its own right after it.
    spec(C::Preparatory, K::SuicidalIdeation, r"\bfor when (it|things|life|the pain|everything) (gets?|get) (really |too |bad |worse |that )?(bad|worse|too much|unbearable|too hard)( enough)?( [,.;:!?'\x22]|$)")
        .need_before(r"^\W*((he|she|they) )?(says?|said|told me|tells me)?\W*$")
        .need_near(&["saving", "saved", "saves", "stash", "stashing", "stashed", "hoarding", "hoarded", "stockpiling", "stockpiled", "hiding", "hid", "hidden", "collecting", "collected"])
        .need_near_also(MEDICINES),
    // "he's been talking about ending it": talk of ending one's life (AFSP warning signs:
    // talking about wanting to die); "ending it with her boyfriend" is a relationship.
    spec(C::Ideation, K::SuicidalIdeation, r"\b(talk\w*|spoke|speak\w*|going on|goes on|went on|mention\w*|rambl\w*) (about|of) (ending it( all)?|ending things|ending (her|his|my|their) (own )?life|killing (her|him|my|them)sel(f|ves)|wanting to die|not being (here|around)|being better off dead)\b")
        .not_after(r"^(with|between)\b"),
    // "can't see any way out except not being here": the only way out named as one's death.
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b((can't|cannot|can not|couldn't|doesn't|don't|didn't|does not|do not) see )?(any |a |another |no |the only )?(way out|escape|option|answer|solution|choice)( \S+){0,2} (except|but|other than|apart from|besides|save) (not being (here|around|alive)|dying|death|to die|being dead|being gone|ending it|ending (her|his|my|their) life|killing (her|him|my|them)sel(f|ves)|suicide|not waking up|never waking up)\b"),
    // "he might as well drive off the bridge": a method of death named as what one might do.
    spec(C::Ideation, K::SuicidalIdeation, r"\b(might as well|may as well|could just|would just|'d just|wants? to|wanted to|thought about|thinks about|thinking about|tempted to|felt like|feels like) (drive|driving|steer|steering|jump|jumping|walk|walking|step|stepping|go|going) (off|over|into) (the|a) (\S+ ){0,2}(bridge|cliff|cliffs|edge|roof|ledge|overpass|pier|quay|dam|river|sea|lake|tracks)\b"),
    // "drives the county road way too fast hoping she'll roll it": driving recklessly in the
    // hope of a crash is a death wish acted on (C-SSRS 1-2).
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(driv\w*|drove|speed\w*|rid\w*|rode)( \S+){0,8} (hoping|wanting|praying|wishing|in the hope) (that )?(she'll|he'll|i'll|they'll|she'd|he'd|i'd|they'd|she|he|i|they|to|it'll|it'd) (would |will |might )?(roll|crash|wreck|flip|hit|go off|go over|not make it|die|be killed|get killed|end it)\b"),
    // "he's been fighting guys from the other crew in the parking lot": fighting people (a
    // person as the object, not "fighting the flu" or "fighting with his wife" over money).
    spec(C::Violence, K::Violence, r"\b(fighting|fights|fought|fight|brawling|scrapping) (guys|men|lads|blokes|boys|people|strangers|someone|somebody|anyone|anybody|other (guys|men|lads|boys|kids|inmates|patients|residents|players|workers|drivers)|the (guys|men|lads) from|(a|some) (guys?|men|lads?|blokes?|bouncers?) (from|at|outside|in))\b"),
    // "he and three others finish a case of Modelo": a case, crate or slab of drink got
    // through, whatever the brand.
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(finish\w*|drink\w*|drank|drunk|split|splits|splitting|sink\w*|sank|polish\w* off|knock\w* back|go through|goes through|going through|went through|put away|puts away|putting away) (a|the|two|three|half a|most of a) (case|crate|slab|keg|thirty rack|twelve pack|six pack|flagon|carton|two four|texas mickey|forty (pounder|ouncer)|twenty (sixer|sixers)|forty|fifth|handle|naggin|goon sack|goon|cask)\b"),
    // "Had ... a slab of tinnies Friday arvo": a drinker's bulk measure had or downed ("had a
    // case" stays out: a court case is had too).
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(had|has|having|downed|downing|smashed|smashing|demolished|sculled|sculling|skulled)( \S+){0,6}? (a|the|two|three|half a|most of a|a whole) (slab|crate|keg|carton|goon sack|goon|cask|six pack|twelve pack|thirty rack|two four|flagon|box of wine|bottle of (vodka|whiskey|whisky|gin|rum|bourbon|tequila|buckie|wine))\b"),
    // Australian "cones" (bong hits of cannabis): "had a few cones", "pulling cones".
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(had|has|having|smoked|smoking|smokes|pulled|pulling|pulls|ripped|ripping|rips|did|doing|does|packed|packing|few|couple( of)?|some|heaps of|a heap of|on the) (a )?(few |couple of |couple |heaps of |some )?cones\b"),
    // Scots "steaming" for very drunk: "she was steaming on Buckie from Friday to Sunday"
    // (not "steaming mad", "steaming hot").
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(was|were|got|gets|getting|is|'s|be|been|being|came home|come home|comes home|rolled in|turned up|ended up) (absolutely |pure |totally |fair |that |so |dead )?steaming\b")
        .not_after(r"^ ?(mad|angry|hot|with (rage|anger)|about|at (him|her|them|me|us|you|the (way|state|news|decision|ref|referee))|over|cross|raging|furious|like)\b"),
    // A blackout told by its gap: "doesn't remember driving home", "woke up in a close with
    // no idea how she got there" after drink or drugs (AUDIT item 8).
    spec(C::SubstanceUse, K::SubstanceUse, r"\b((doesn't|does not|didn't|did not|can't|cannot|couldn't|could not|don't|do not) (remember|recall|recollect)( \S+){0,2}? (driving|getting|coming|walking|how (she|he|they|i) got)( \S+){0,3}? (home|there|back)|((woke|wakes|waking|woken) up|came to|comes to|coming to)( \S+){0,6}? (with )?no (idea|memory|recollection|clue) (of )?how (she|he|they|i)('d| had)? got (there|home|back))\b")
        .need_any(&["drink", "drinking", "drank", "drunk", "steaming", "pissed", "wasted", "hammered", "tinnies", "beers", "cans", "wine", "vodka", "buckie", "session", "sesh", "bender", "pub", "party", "cones", "pills", "high", "stoned", "bevvy", "bevvies", "booze", "blitzed", "plastered", "legless", "blocked", "langers", "locked", "tins", "slab", "rum", "whiskey", "whisky", "gin", "cider", "lager", "weekend", "binge", "shots"]),
    // "He's not sure he can keep himself safe tonight": a client who cannot say they will
    // stay safe is at risk now (the safety-planning question; Stanley & Brown).
    spec(C::Ideation, K::SuicidalIdeation, r"\b((can't|cannot|can not|couldn't|could not|unable to|not able to|won't be able to|doesn't know if (she|he|they|i) can|does not know if (she|he|they|i) can|(not|isn't|wasn't|aren't|weren't) sure (if |whether )?(she|he|they|i) (can|could|will)|unsure (if |whether )?(she|he|they|i) (can|could|will)|didn't think (she|he|they|i) could|doesn't think (she|he|they|i) can) (keep|stay|be) ((her|him|my|them)sel(f|ves) )?safe)\b"),
    // "googling the tallest bridges in the county": scouting a height is method research
    // (C-SSRS preparatory behaviour).
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(googl\w*|search\w*|research\w*|look\w* up|looked up|looking into|looked into|scout\w*|checking out|checked out|map\w* out) (for )?(the )?(tallest|highest|nearest|closest|biggest) (bridges?|buildings?|cliffs?|car parks?|parking (garages?|structures?)|overpass(es)?|towers?|drops?|ledges?|rooftops?)\b"),
    // "the six-year-old has bruises from his stepfather": an injury given by a family member
    // or partner is abuse (CTS-PC, Danger Assessment).
    spec(C::Abuse, K::Abuse, r"\b(bruises?|bruising|welts?|belt marks|marks|burns?|scratches|a black eye|black eyes|a split lip|injuries|a broken \S+) (from|by|off|given (him|her|them) by|left by) (his|her|their|my|the) (\S+ )?(stepfather|stepdad|father|dad|daddy|mother|mum|mom|mommy|stepmother|stepmum|stepmom|boyfriend|girlfriend|husband|wife|partner|ex|uncle|aunt|grandfather|grandmother|carer|caregiver|brother|sister|son|daughter|parents?)\b"),
    // "Thakuma keeps saying 'Bhagawan, take me now'", "Lord, take me home": a prayer to be
    // taken is a wish to be dead (BSS item 4), in any faith's name for God.
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(god|lord|allah|ya allah|bhagwan|bhagawan|bhagavan|ishwar|ishvar|bhagwanji|khuda|rab|rabba|waheguru|jesus|father god|mungu|nyame|oluwa|chineke|ngai|modimo|unkulunkulu|thixo|mother mary|ancestors|baba|maa|mata|ram|hari|krishna)( \x22)? ?,? (please |just |now |oh )?(come and |come )?(take|call|carry) me( \S+){0,1} ?(now|home|away|soon|already|too|up|today|tonight)\b"),
    // "She has lost the will to live": a weak or absent wish to live (Beck Scale for Suicide
    // Ideation, items 1-2).
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b((lost|losing|loses|lose) (the |her |his |their |my |all |any )?(will|wish|desire|reason|reasons|motivation) to (live|go on|carry on|keep going|keep living|stay alive)|no (more |longer (any |a |the )?|real |great )?(will|wish|desire|reason) (left )?to (live|go on|carry on|keep going|keep living|stay alive))\b"),
    // "Takes more than doctor said": more than the prescriber allows, the drug left to the
    // sentence before or the clause's topic.
    spec(C::Misuse, K::SubstanceUse, r"\b(taking|takes|took|take|using|uses|used|swallow\w*) (a lot |far |much |way |a bit |double |twice )?more than (the |her |his |their |my )?(doctor|doctors|gp|psychiatrist|prescriber|pharmacist|label|prescription|box|packet) (said|says|say|prescribed|prescribes|told (her|him|them|me)|allows|allowed|gave|gives|ordered|wants|recommended|recommends)\b"),
    // "takes more of his oxycodone than prescribed": more than the prescription.
    spec(C::Misuse, K::SubstanceUse, r"\b(taking|takes|took|take|using|uses|used|swallow\w*) (a lot |far |much |way )?more (of )?(her|his|their|my|the) \S+( \S+)? than (prescribed|directed|recommended|(she|he|they|i) (should|is meant to|is supposed to|was told)|the (doctor|gp|label|pharmacist|prescription) (said|says|allows|told (her|him|them)))\b"),
    // "Ideation is passive, no plan", "fleeting ideation": ideation described by its kind in
    // a risk line is suicidal ideation (C-SSRS 1-2).
    spec(C::Ideation, K::SuicidalIdeation, r"\b(ideation (is|was|remains|seems|sounds|described as|appears) (passive|active|fleeting|intermittent|present|ongoing|chronic|daily|constant|frequent|worse|worsening|increased)|(passive|fleeting|intermittent|chronic|ongoing|recurrent|daily) ideation)\b"),
    // "the only way she'll get peace is if she's dead": death named as the only relief.
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(the )?only (way|thing|answer|solution|escape|relief)( \S+){0,6} (is|was|would be|will be) (if (she|he|i|they) (was|were|is|are|'s|'re|'m) (dead|gone)|(if )?(she's|he's|i'm|they're) (dead|gone)|to die|dying|death|being dead|not being here|to not be here|not to be here|to end it|ending it)\b"),
    // "she'd rather be with her mum in heaven": reunion with the dead wished for (Jordan
    // 2001, suicide bereavement).
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(rather|sooner|prefer to|longs? to|longing to|wants? to|wanting to|wish\w* (she|he|i|they) (was|were|could be)|wish\w* to) (be|go|join|being) (with )?(her|his|my|their) (\S+ )?(mum|mom|mother|dad|father|husband|wife|son|daughter|brother|sister|baby|nan|gran|grandma|grandad|grandpa|grandmother|grandfather|friend|partner|twin|boy|girl)( \S+){0,2} (in heaven|on the other side|in the ground|in the grave|up there|in the next life|beyond)\b"),
    // "imagines her funeral and who would come": fantasies of one's own funeral.
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(imagin\w*|pictur\w*|fantasi[sz]\w*|daydream\w*|dream\w* about|visuali[sz]\w*) (her|his|my|their) (own )?(funeral|wake|memorial|grave|headstone|obituary)\b"),
    // "a bottle of pills saved for the right moment": a stockpile kept for a time to come.
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(for|until) (the right (moment|time|day|night)|when the time (comes|is right)|the (day|night) (she|he|i|they) (decides?|needs? them|is ready|are ready))\b")
        .need_before(KEPT_BY)
        .need_any(MEANS_KEPT),
    // "her uncle has been sending her sexual messages": sexual contact by message.
    spec(C::Abuse, K::Abuse, r"\b(send\w*|sent|show\w*|shown|texting|texted|messag\w*) (her|him|them) (sexual|explicit|sexy|dirty|nude|naked|inappropriate|pornographic) (messages|texts|pictures|photos|pics|images|videos|content|things)\b"),
    // "keeps the children from eating as punishment": food withheld from a dependant.
    spec(C::Abuse, K::Abuse, r"\b(keeps?|kept|keeping|stops?|stopped|stopping|withholds?|withheld|withholding|denies|denied|denying|refuses|refused|refusing) (the |her |his |their )?(children|kids|child|son|daughter|baby|toddler|boy|girl|boys|girls|twins|grandchildren|mother|mum|mom|father|dad)( \S+)? (from eating|food|meals|dinner|breakfast|water|their meals|his meals|her meals)\b"),
    // "Her fella knocks her about when he's had a drink": repeated blows (UK, Irish, Aus).
    spec(C::Abuse, K::Abuse, r"\b(knock\w*|push\w*|shov\w*|slap\w*|kick\w*|throw\w*|threw|bash\w*|belt\w*) (her|him|them|me|you|the kids|the children|his wife|her husband|his partner|her partner|his girlfriend|her boyfriend) (about|around)\b")
        .not_after(r"^(the (idea|ideas|plan|plans|options?|thought|names?|figures|numbers))\b"),
    // "He's been clocking her phone and going mental if she texts anyone": a partner's
    // monitoring (coercive control: HITS, the Danger Assessment's controlling items).
    spec(C::CoerciveControl, K::Abuse, r"\b(checks?|checking|checked|clocks?|clocking|clocked|monitors?|monitoring|monitored|reads?|reading|goes through|going through|went through|tracks?|tracking|tracked|snoops? (on|through)|snooping (on|through)) (her|his|their) (phone|messages|texts|emails|location|whatsapp|social media|dms)\b")
        .need_any(&["husband", "wife", "partner", "boyfriend", "girlfriend", "fella", "bloke", "missus", "ex", "fiancé", "fiance", "fiancée", "jealous", "jealousy", "mental", "rage", "angry", "accuses", "accused", "controlling"]),
    // "climbed over the railing of the bridge before the police talked her down": an
    // interrupted attempt (C-SSRS).
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(climb\w*|stood|standing|stands|got|gets|getting|sat|sitting) (over|onto|on|up on|out on|out onto|on top of|outside) (the|a) (railing|railings|parapet|ledge|edge|barrier|safety barrier|rail)\b")
        .need_any(&["bridge", "roof", "rooftop", "cliff", "cliffs", "balcony", "overpass", "tower", "building", "multistorey", "police", "talked"]),
    // "started to write a note to her kids but tore it up": an aborted goodbye.
    spec(C::Preparatory, K::SuicidalIdeation, r"\b(started|began|begun|starting|beginning) (to write|writing|to draft|drafting) (a |the )?(note|letter|letters|message|messages)( to (her|his|their|my) \S+)?\b")
        .need_any(&["tore", "ripped", "binned", "burned", "burnt", "deleted", "goodbye", "sorry", "suicide", "forgive", "shredded"]),
    // "the last attempt was a decade ago", "denies any attempts since": an attempt named in a
    // risk history, dated or denied like any other.
    spec(C::Attempt, K::SuicidalIdeation, r"\b(attempts?)\b")
        .need_before(r"\b(last|previous|prior|recent|most recent|any|no|denies|denied|several|multiple|past|lifetime)$")
        .not_after(r"^(at|to|on|from|by|of (a|the|his|her)|in (the|a) (test|exam|race))\b"),
    // "taking an extra one of her Ativan most nights": a dose beyond the prescription.
    spec(C::Misuse, K::SubstanceUse, r"\b(taking|takes|took|take|using|uses|used|swallow\w*|pops?|popping|popped) (an extra|a second|another|an additional|extra|two extra) (one|two|couple|few)( of)? (her|his|their|my) \S+\b")
        .not_after(r"^(vitamins?|supplements?|iron|vitamin)\b"),
    // "he will chop his brother with the machete", "saying he go chop him up", "he's going to
    // stick him": a threat to cut, stab or shoot a person is a threat of violence (with a
    // weapon, the commonest form told in collateral reports).
    spec(C::Violence, K::Violence, concat!(r"\b(will|[a-z]+'ll|gonna|going to|go|wan|finna|fixing to|threaten\w* to|swore to|swears to|promised to|vow\w* to|ready to|about to) (chop|slash|hack|shank|burst|machete|wound) ", threat_object!(), r"( up| down| open)?\b"))
        .not_after(r"^(off|out|loose|some slack|short|in on|a (deal|check|cheque|break)|'s|prices|rates|fees|tyres|tires|wrists?|arms?|legs?|thighs?|skin|hair|nails|fingernails|toenails|fringe|bangs|cake|meat|food|bread|lawn|grass|hedges?|losses|ties|costs|hours|pay|wages|allowance|budget|onions|own|photo|picture|pictures|shot|shots|video)\b"),
    // "The stepfather has been touching the girl inappropriately", "touching her daughter
    // under her nightie": touching a child or the client that the sentence marks as sexual
    // (inappropriately, at night in bed, private parts) is sexual abuse.
    spec(C::Abuse, K::Abuse, r"\b(touch\w*|fondl\w*|grop\w*) (her|him|them|me|(the|his|her|their|my|a|that) (\S+ ){0,2}?(daughter|son|girl|boy|child|kid|kids|children|niece|nephew|granddaughter|grandson|stepdaughter|stepson|sister|brother|baby|toddler|little one|cousin|grandkids?|pupils?|students?))( \S+){0,3}? (inappropriately|sexually|in a sexual way|in (her|his|their|the) (bed|sleep)|while (she|he|they) (sleeps|slept|was asleep|were asleep|is asleep)|under (her|his|their) (clothes|clothing|nightie|nightdress|pyjamas|pajamas|underwear|skirt|dress)|(in|on) (her|his|their) private( parts| areas?)?|(on|in) (her|his|their) (privates|genitals|vagina|penis|bottom|breasts?)|down there)\b"),
    // "Says her uncle \"messes with her\" at night", "my mother's brother is coming to my
    // room at night": a relative's night visits or "messing with" a child are how children
    // tell sexual abuse (a child or a relative named in that sentence or the one before).
    spec(C::Abuse, K::Abuse, r"\b(\x22 )?(mess|messes|messed|messing|fiddles|fiddled|fiddling|plays|played|playing) with (her|him|them|me)( \x22)?( \S+){0,2} at night\b")
        .need_near(CHILD_OR_KIN),
    spec(C::Abuse, K::Abuse, r"\b(comes|came|coming|come|goes|went|sneaks|sneaking|snuck|creeps|crept|creeping|gets|got|getting) (in|into|to|in to) (her|his|their|my) (\S+ )?(room|bed|bedroom)( \S+){0,2} at night\b")
        .need_near(CHILD_OR_KIN),
    // "Told a boy he'd \"cut him open\"", "says he will cut her open": to cut a person open
    // is to wound, whatever the instrument (the told "'d" is a reported "will").
    spec(C::Violence, K::Violence, concat!(r"\b(will|[a-z]+'ll|gonna|going to|go|finna|fixing to|[a-z]+'d|would|threaten\w* to|swore to|swears to|vow\w* to|ready to|about to) (\x22 )?cut ", threat_object!(), r" open\b"))
        // "the surgeon will cut him open": an operation.
        .not_before(r"\b(surgeons?|doctors?|dr|surgery|surgical|operation|operating|vets?)( \S+){0,3}$"),
    // "I will cut him with the khukuri", "says he will cut his stepbrother with the panga":
    // "cut" with a person and an instrument after it is an intent to wound (harm to others).
    spec(C::HarmThoughts, K::HarmToOthers, concat!(r"\b(will|[a-z]+'ll|gonna|going to|go|finna|fixing to|threaten\w* to|swore to|swears to|vow\w* to|ready to|about to) cut ", threat_object!(), r" with (a|an|the|his|her|my|their|that|this|dat|one) \S+"))
        .not_after(r"^(scissors|clippers|shears|razor|trimmer|trimmers|knife and fork|words?|kindness|silence|a look)\b"),
    spec(C::Violence, K::Violence, concat!(r"\b(will|[a-z]+'ll|gonna|going to|go|finna|fixing to|threaten\w* to|swore to|ready to|about to) (\x22 )?stick( \x22)? ", threat_object!(), r"\b"))
        .not_after(r"^(in|on|into|at|to|with (the|a|his|her) (bill|tab|kids|baby|dishes|chores)|out|back|down|up|around|with it)\b"),
    // "Chop a man with the machete outside the club": a person cut, hacked or stabbed with a
    // blade or bottle is an assault (told in the fewest words, or creole present for past).
    spec(C::Violence, K::Violence, r"\b(chop|chops|chopped|chopping|slash|slashed|slashing|hack|hacked|hacking|juk|juked|jook|jooked|cut|stab|stabs|stabbed|stabbing) (a|an|the|that|this|some|one|another) (\S+ )?(man|woman|guy|boy|girl|fella|youth|person|neighbou?r|brother|cousin|dude|bloke|lad|stranger|driver|guard|inmate|student|kid|boss|worker) with (a|an|the|his|her|their|my|one) (\S+ )?(machete|cutlass|panga|knife|axe|hatchet|bottle|blade|sword|parang|bolo|screwdriver|razor|box cutter|shank)\b"),
    // "He's got a list of kids at Memorial he wants to, quote, mess up": a list of people one
    // means to hurt is a hit list (threat assessment's leakage), whatever the verb.
    spec(C::HarmThoughts, K::HarmToOthers, r"\b(list|hit list|kill list) of (\S+ ){0,2}(kids|people|students|classmates|peers|boys|girls|guys|teachers|staff|coworkers|co-workers|names|men|women|lads|folks)( \S+){0,4} (he|she|they) (wants?|wanted|plans?|planned|intends?|intended|means?|meant|is going|is gonna|was going|was gonna|'s going|'s gonna) (\S+ ){0,4}?(hurt|kill|shoot|stab|mess up|mess (them|him|her) up|beat|beat up|jump|fight|hit|merk|smoke|get|get back at|make pay|take out|punish|deal with|cut|pay back|blast|waste|off|end)\b"),
    // "Stepfather coming in her room at night. She twelve. Mother don't believe her": a man of
    // the household who comes into a child's room at night, told with the night, disbelief
    // or touching, is the commonest way a child's sexual abuse is first told.
    spec(C::Abuse, K::Abuse, r"\b(stepfather|stepdad|step-father|step-dad|uncle|father|dad|grandfather|grandpa|stepbrother|cousin|lodger|(mum's|mom's|mother's|mama's) (boyfriend|partner|husband|man))( \S+){0,2}? (comes|coming|came|goes|going|went|gets|getting|got|creeps|creeping|crept|sneaks|sneaking|snuck|slips|slipping|slipped) in(to)? (her|his|the (girls'|boys'|kids'|children's)) (room|bed|bedroom)\b")
        .not_after(r"^((at|every|most|some|last) (night|nights|evening) )?(to|and) (say|says|tuck|tucks|check|checks|wake|wakes|read|reads|kiss|kisses|pray|prays|turn|turns|make sure|see|sees|comfort|comforts|settle|settles|sing|sings)\b")
        .need_any(&["night", "nights", "believe", "believes", "believed", "touch", "touches", "touched", "touching", "secret", "happening", "scared", "afraid", "lock"]),
    // "what's the point, nobody'd even notice I was gone": no one missing the speaker once
    // gone (thwarted belongingness, Joiner; the C-SSRS wish-to-be-dead probe).
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(i|he|she|they|i'd|he'd|she'd|they'd|i'm|he's|she's|they're) ?(was|were|am|is|are|be|been)? ?(gone|dead|not here|not around|no longer here)\b")
        .need_before(r"\b(nobody|no one|no-one|noone|nobody'd|no one'd|noone'd)( would| will| 'd)?( even| really| ever)? (notice|miss|care|know)( it)?( if| that| when| once)?$"),
    // "he drew himself under the ice and told me that way nobody has to feed him anymore":
    // relief to others tied to one's own death is perceived burdensomeness (Joiner), a
    // passive wish to die.
    spec(C::PassiveIdeation, K::SuicidalIdeation, r"\b(that way|then|so|and) (nobody|no one|no-one|noone|they|mum|mom|mama|dad|everyone|everybody|the family|(his|her|my) (family|mum|mom|mama|dad|parents|kids))( would| will| wouldn't| won't)? (has|have|had|need|needs|needed|having) to (feed|look after|worry about|deal with|take care of|care for|put up with|pay for|bother with|clean up after|fuss over) (him|her|me|them)( anymore| any more| no more| again)\b")
        .need_any(&["dead", "die", "died", "dying", "death", "gone", "under", "drown", "drowned", "drowning", "grave", "heaven", "buried", "ice", "river", "kill", "killed", "jump", "disappear", "disappeared", "funeral", "coffin"]),
    // "Grandma's check. Son-in-law cashing it, keeps the money": a relative who cashes an
    // elder's check and keeps the money is financial exploitation (elder abuse).
    spec(C::Abuse, K::Abuse, r"\b(cash\w*|sign\w*) (it|them|the (check|cheque|checks|cheques))( \S+){0,2}? (keeps|keeping|kept|pockets|pocketing|pocketed|spends|spending|spent|takes|taking|took) (the|all the|all of the) (money|cash)\b")
        .need_any(RELATIVES),
    // "Tuba every day now ... drives home like that": tuba is palm toddy in the Philippines
    // and the Marianas; the brass instrument is played, practised or owned.
    spec(C::SubstanceUse, K::SubstanceUse, r"\b(tuba|coconut toddy|palm toddy)\b")
        .not_before(r"\b(play\w*|practi[cs]\w*|a|the|his|her|my|their|band|on|bass|marching|new|old|brass|school)$")
        .not_after(r"^(lessons?|player|players|solo|case|part|section|band|practice|teacher|concert|music|recital|city|county|town|village|road|street|creek|chapter)\b"),
    // --- Plan and intent named alone: context for the nearest ideation.
    spec(C::Plan, K::SuicidalIdeation, r"\b(plan|plans)\b")
        .need_before(r"\b(no|denies|denied|deny|any|without|with a|has a|had a|have a|specific|clear|vague|concrete|or|and|nor|made a|making a)$")
        .not_after(r"^(:|(is|was|for|includes|next|to (meet|see|call|attend|go|start|try|return|come|continue|practice|use|work|review|follow|check|talk|schedule|discuss|contact|refer|move|visit|take|get|apply|keep|do|bring|write|finish|join))\b)")
        .context_kind(),
    spec(C::Intent, K::SuicidalIdeation, r"\b(intent|intention|intentions)\b")
        .not_before(r"\b(good|best|positive|treatment|the|her|his|their|my)$")
        .context_kind(),
    // "Chop the neighbour with cutlass": a blow with a blade on a person, told with the verb
    // unmarked for tense and the article dropped as in Caribbean and West African English.
    // Read after the threat and command readings, which take "will cut her with the bolo".
    spec(C::Violence, K::Violence, r"\b(chop|chops|chopped|chopping|juk|juks|jukked|jook|jooks|jooked|slash|slashes|slashed|hack|hacks|hacked|cut|cuts|stab|stabs|stabbed|lick|licks|licked) ((the|a|his|her|their|dat|de|one|that|this) (\S+ )?(neighbou?r|neighbou?rs|man|men|woman|bwoy|boy|girl|guy|bloke|fella|youth|yute|brother|bredda|sister|cousin|uncle|aunt|husband|wife|baby father|baby mother|babyfather|babymother|dealer|landlord|tenant|farmer|herder|worker|stranger|friend|mate|son|daughter)|him|her|them)( \S+){0,2}? with (a |an |the |his |him |her |my |de |dat )?(cutlass|machete|panga|knife|blade|axe|dao|bolo|cleaver|ratchet|lance|sword|cutlass blade|bush knife|matchet)\b")
        .not_before(r"\b(could|would|will|'ll|'d|gonna|going to|wanna|want to|wants to|to|might|may|should|must)$"),
    // Denials told with a bare verb ("no hitting, no belt", "nobody pushed, nobody hit", "he
    // does not fight with anybody", "no wish to kill, no wish to hurt"): the bare verb is too
    // loose to affirm anything ("hit traffic", "fought the council"), so these read only where
    // a negation stands right before them, as the denial it is.
    spec(C::Abuse, K::Abuse, r"\b(hit|hits|hitting|beat|beats|beating|smack|smacks|smacking|slap|slaps|slapping|push|pushes|pushed|pushing|whip|whips|whipping|whipped|belt|belted|shove|shoves|shoved)\b")
        .need_before(BARE_NEGATOR)
        .not_after(OBJECT_AFTER)
        .need_any(&["kids", "children", "child", "boy", "girl", "baby", "toddler", "son", "daughter", "husband", "wife", "partner", "boyfriend", "girlfriend", "home", "mum", "mom", "mother", "dad", "father", "young'uns", "grandchildren", "grandkids", "spouse", "ex", "belt", "house", "family", "stepdad", "stepmum", "stepmom"]),
    spec(C::Violence, K::Violence, r"\b(fight|fights|fighting|fought|brawl|brawls|brawling|scrap|scraps|scrapping|swung|punched|punching|hit|hitting|hits)\b")
        .need_before(BARE_NEGATOR)
        .not_after(OBJECT_AFTER),
    spec(C::HomicidalIdeation, K::HomicidalIdeation, r"\b(wish|wishes|want|wants|wanting|desire|intention|intent|urge|urges|thought|thoughts|plan|plans|idea|ideas) (to|of) (kill|killing|murder|murdering)\b")
        .need_before(WISH_DENIED)
        .not_after(WISH_OBJECT),
    spec(C::HarmThoughts, K::HarmToOthers, r"\b(wish|wishes|want|wants|wanting|desire|intention|intent|urge|urges|thought|thoughts|plan|plans|idea|ideas) (to|of) (hurt|hurting|harm|harming|injure|injuring)\b")
        .need_before(WISH_DENIED)
        .not_after(WISH_OBJECT),
];

/// The compiled lexicon, built once.
pub(crate) fn entries() -> &'static [Entry] {
    static ENTRIES: OnceLock<Vec<Entry>> = OnceLock::new();
    ENTRIES.get_or_init(|| {
        let opt = |s: &str| (!s.is_empty()).then(|| compile(s));
        SPECS
            .iter()
            .map(|s| Entry {
                concept: s.concept,
                kind: s.kind,
                re: compile(s.re),
                not_after: opt(s.not_after),
                not_before: opt(s.not_before),
                need_before: opt(s.need_before),
                need_cue: s.need_cue,
                block: s.block,
                need_any: s.need_any,
                need_near: s.need_near,
                need_near_also: s.need_near_also,
                owner: s.owner,
                framed: false,
            })
            .collect()
    })
}

/// Compiles a lexicon pattern; the patterns are constants, checked by the tests below.
fn compile(re: &str) -> Regex {
    // An ASCII word boundary lets the fast regex engines run over the lower-case tokens.
    match Regex::new(&second_person(re).replace(r"\b", r"(?-u:\b)")) {
        Ok(r) => r,
        // A constant pattern that does not compile is a programming error caught by
        // `every_pattern_compiles`; never reached at run time.
        Err(e) => panic!("risk lexicon pattern {re:?}: {e}"),
    }
}

/// A client summary speaks to the client ("your life", "hurting yourself"): every
/// alternation of the client's pronouns ("(his|her|my|their)", "(him|her|my|them)sel(f|ves)")
/// takes "your" as well, so no pattern has to remember it.
fn second_person(re: &str) -> String {
    const PRONOUNS: &[&str] = &[
        "his", "her", "my", "their", "him", "them", "one", "your", "own",
    ];
    let mut out = String::with_capacity(re.len() + 16);
    let mut rest = re;
    while let Some(open) = rest.find('(') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find(')') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let inner = &after[..close];
        let alts: Vec<&str> = inner.split('|').collect();
        let pronouns = !inner.contains(['(', '?', '\\', ' '])
            && alts.iter().all(|a| PRONOUNS.contains(a))
            && alts.contains(&"my")
            && alts.iter().any(|a| matches!(*a, "his" | "him" | "her"))
            && !alts.contains(&"your");
        out.push('(');
        out.push_str(inner);
        if pronouns {
            out.push_str("|your");
        }
        out.push(')');
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn client_pronoun_groups_take_your() {
        assert_eq!(
            second_person(r"\bend (his|her|my|their) (own )?life\b"),
            r"\bend (his|her|my|their|your) (own )?life\b"
        );
        assert_eq!(
            second_person(r"kill (him|her|my|them)sel(f|ves)"),
            "kill (him|her|my|them|your)sel(f|ves)"
        );
        // Other people's pronouns and groups without "my" are left alone.
        assert_eq!(
            second_person(r"(him|her|them) (f|ves)"),
            r"(him|her|them) (f|ves)"
        );
        assert_eq!(second_person(r"(my|your)self"), r"(my|your)self");
    }

    #[test]
    fn every_pattern_compiles() {
        assert_eq!(entries().len(), SPECS.len());
    }
}
