//! Semantic fields: how clients and clinicians say risk in words no rule lists. Each field is
//! a set of lemma/phrase patterns over the normalised tokens of [`super::tokens`] (lower case,
//! one space between tokens, a few tokens of gap written `( \S+){0,n}`), built from the
//! clinical literature and from how people speak in US, UK and Australian English, never from
//! an evaluation set. The sources are cited on each field below.
//!
//! A hit is only a mention: the recall net ([`super::net`]) hands it to the same reading as
//! every other mention, so negation, history, hypotheticals and someone else's risk still
//! apply, and it is only consulted for a sentence no rule explained. Ambiguous slang counts
//! only beside a verb of using or obtaining, a quantity or a use context ("smoking cones", not
//! "ice cream cones"); names that are slang too (Molly, Charlie, Tina) count only in lower case.

use regex::{Regex, RegexSet, RegexSetBuilder};
use std::sync::OnceLock;

use super::actors;
use super::lexicon::{Concept, Owner};
use super::tokens::{self, Tok};
use super::RiskKind;

/// A field hit on token indices `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FieldHit {
    pub kind: RiskKind,
    pub concept: Concept,
    pub start: usize,
    pub end: usize,
}

/// One pattern of a field.
struct Pat {
    re: &'static str,
    /// Void when the text right before the match matches this (anchored at its end).
    not_before: &'static str,
    /// Void when the text right after the match matches this (anchored at its start).
    not_after: &'static str,
    /// Void when the sentence holds any of these words (sport, cooking, a pet's scratch).
    unless: &'static [&'static str],
    /// Counts only when the sentence holds one of these words.
    need_any: &'static [&'static str],
    /// Whose belongings the match's possessive must name (see [`Owner`]).
    owner: Owner,
}

const fn p(re: &'static str) -> Pat {
    Pat {
        re,
        not_before: "",
        not_after: "",
        unless: &[],
        need_any: &[],
        owner: Owner::Any,
    }
}

impl Pat {
    const fn before(mut self, re: &'static str) -> Self {
        self.not_before = re;
        self
    }
    const fn after(mut self, re: &'static str) -> Self {
        self.not_after = re;
        self
    }
    const fn unless(mut self, words: &'static [&'static str]) -> Self {
        self.unless = words;
        self
    }
    const fn need(mut self, words: &'static [&'static str]) -> Self {
        self.need_any = words;
        self
    }
    const fn owner(mut self, owner: Owner) -> Self {
        self.owner = owner;
        self
    }
}

/// One semantic field: a category, the concept its hits carry, its patterns.
struct Field {
    kind: RiskKind,
    concept: Concept,
    pats: &'static [Pat],
}

/// Body parts self-injury lands on (ISAS: arms, legs, stomach, ...).
macro_rules! body {
    () => {
        "(left |right |upper |inner |lower |both )?(arms?|forearms?|wrists?|thighs?|legs?|stomach|belly|tummy|skin|ankles?|hands?|palms?|hips?|chest|face|knuckles?|scalp|shoulders?|calf|calves|breasts?|feet|foot|ribs?|sides?|shins?|body)"
    };
}

/// A person outside family and partner, as the object of an assault ("a bloke at the pub").
macro_rules! stranger {
    () => {
        "((a|some|this|another|the other|two|three|a couple of) (guy|guys|bloke|blokes|man|men|woman|kid|kids|lad|lads|fella|fellas|fellow|dude|dudes|stranger|strangers|random|jagoff|jerk|idiot|asshole|arsehole|punk|prick|dickhead|creep|loser|tosser|wanker|knobhead|goon|bouncer|security guard|cop|copper|police officer|officer|neighbour|neighbor|coworker|co worker|colleague|teacher|student|classmate|inmate|prisoner|patient|player|customer|driver|cyclist|passenger|referee|umpire|barman|barmaid|bartender|waiter|waitress|shop assistant|cashier|taxi driver|bus driver|security guard)|the (bouncer|security guard|barman|barmaid|bartender|waiter|waitress|shop assistant|cashier|taxi driver|bus driver|neighbour|neighbor|referee|ref|umpire|teacher|cop|copper|officer|landlord|manager|driver|cyclist|other (guy|bloke|man|woman|kid|lad|driver|player|inmate))|(his|her|their|my) (neighbour|neighbor|coworker|co worker|colleague|boss|manager|supervisor|foreman|teacher|classmate|flatmate|roommate|housemate|cellmate|teammate|mate|friend|landlord))"
    };
}

/// Words that tell a death in the sentence, for a wish to be with someone to be a wish to join
/// the dead.
const DEATH_TOLD: &[&str] = &[
    "suicide",
    "died",
    "death",
    "passed",
    "funeral",
    "grave",
    "killed",
    "dead",
    "lost",
    "buried",
    "cremation",
    "anniversary",
    "heaven",
    "ground",
    "cemetery",
    "graveyard",
    "late",
    "burial",
    "widow",
    "widowed",
    "widower",
    "mourning",
    "bereaved",
    "bereavement",
    "drowned",
    "overdosed",
    "murdered",
    "hanged",
    "accident",
];

/// Passive voice before an act: the client is the one it was done to.
const PASSIVE: &str = r"\b(was|were|got|get|gets|getting|been|being|is|are|am|'s)$";

/// Words that make marks on the body an accident, a pet or a skin condition.
const NOT_SELF_INFLICTED: &[&str] = &[
    "cat",
    "cats",
    "kitten",
    "dog",
    "dogs",
    "puppy",
    "bush",
    "brambles",
    "thorns",
    "garden",
    "gardening",
    "fall",
    "fell",
    "bike",
    "crash",
    "accident",
    "accidentally",
    "football",
    "rugby",
    "netball",
    "soccer",
    "hockey",
    "training",
    "eczema",
    "psoriasis",
    "rash",
    "allergy",
    "surgery",
    "operation",
    "oven",
    "stove",
    "kitchen",
    "work",
    "shaving",
    "shave",
    "wax",
    "waxing",
];

/// Words that make a burn from a stove or a flame an accident of cooking or work.
const BURNED_BY_ACCIDENT: &[&str] = &[
    "accident",
    "accidentally",
    "cooking",
    "cooked",
    "frying",
    "fell",
    "slipped",
    "dropped",
    "spilled",
    "spilt",
    "warm",
    "warming",
    "cold",
];

/// Sport words: "got a hiding" is a heavy defeat there, "scored" a goal.
const SPORT: &[&str] = &[
    "team",
    "game",
    "match",
    "footy",
    "football",
    "rugby",
    "league",
    "netball",
    "cricket",
    "final",
    "finals",
    "season",
    "opposition",
    "derby",
    "nil",
    "points",
    "goals",
    "coach",
    "cup",
    "tournament",
    "soccer",
    "basketball",
    "baseball",
    "hockey",
];

/// Suicidal ideation, passive: C-SSRS item 1, wish to be dead (Posner et al. 2011); Beck
/// Scale for Suicide Ideation items 4-5 (wish to die, weak wish to live); Joiner's
/// interpersonal theory (perceived burdensomeness said with a death: "better off if I were
/// gone"; "a burden" alone is a risk factor, not a wish to be dead, C-SSRS item 1;
/// thwarted belongingness: "no one would miss me"); AFSP/SPRC warning signs (no reason to
/// live, feeling trapped, putting affairs in order, saying goodbye).
const SI_PASSIVE: &[Pat] = &[
    // "I pray every night the Lord takes me", "asks God to take him home": a prayer to be
    // taken is a passive death wish (C-SSRS 1, wish to be dead). Not the prayer for care,
    // company or a journey ("prays God takes care of her", "takes him to see the grandkids").
    p(r"\b(pray|prays|prayed|praying|asks?|asked|asking|begs?|begged|begging|wish|wishes|wished|wishing|hopes?|hoped|hoping) (every night |each night |nightly |daily |at night |every day |each day |for )?(that )?(the (good )?lord|god|allah|jesus|the almighty|the man upstairs) (would |will |'d |'ll |to |might |could |just |would just |will just )?(take|takes|took|call|calls|come for|comes for|come and take|comes and takes) (me|him|her|them)\b")
        .after(r"^(through|to (church|the|a|school|work|see|visit|meet)|out|along|with|care|under|in (his|her) care|safely)\b"),
    // "Asked if she means dying. Nodded.": the clinician's question whether the words mean
    // death, answered by the next sentence (the answer decides it, as for any question).
    // The words "mean dying": asked, the question reading before it takes the answer.
    p(r"\b(means?|meant) (dying|death|suicide|killing (her|him|them)sel(f|ves)|ending (her life|his life|their life)|wanting to die|being dead)\b"),
    // "better I go sleep with my father at the cemetery": lying down with the dead in their
    // resting place is a wish to join them (Jordan 2001; C-SSRS 1). Visiting is not: only
    // sleeping, lying or resting there.
    p(r"\b(sleep|sleeping|lie|lying|lay|rest|resting) (down )?(with|beside|next to|near) (my|her|his|their) (\S+ )?(father|mother|dad|mum|mom|papa|mama|husband|wife|son|daughter|brother|sister|grandmother|grandfather|granny|grandma|grandpa|baby|child|boy|girl|people|ancestors|parents) (at|in) the (cemetery|graveyard|churchyard|burial ground|grave)\b"),
    p(r"\b(wish\w*|pray\w*|hop\w*)( \S+){0,3} (had )?never (been|be) born\b"),
    p(r"\b(wish\w*|pray\w*)( \S+){0,2} (hadn't|had not|wasn't|weren't|was not|were not) (been )?born\b"),
    // "She wished she'd died in the labour ward": a wish for one's own death, said of the
    // wisher (C-SSRS item 1), not of someone else ("she wished he'd died").
    p(r"\b(she (\S+ ){0,2}(wish|wishes|wished|wishing) (that )?she|he (\S+ ){0,2}(wish|wishes|wished|wishing) (that )?he|i (\S+ ){0,2}(wish|wishes|wished|wishing) (that )?i|they (\S+ ){0,2}(wish|wishes|wished|wishing) (that )?they)('d| had| would have|'d have) (just |simply |quietly )?(died|not survived|never woken up|not woken up|been killed|not made it|not pulled through|gone (too|as well|with (her|him|them)))\b"),
    p(r"\b(want\w*|wish\w*|pray\w*|hop\w*|long\w*)( \S+){0,2} (it all|everything|all of it|all this|life|the whole thing) (would |could |to |will )?(just )?(end|be over|stop|finish)\b"),
    p(r"\b(want\w*|wish\w*|pray\w*|hop\w*|long\w*)( \S+){0,2} (it|this|things) (would |could |to |will )?(just )?(end|be over|stop) (for good|forever|permanently|once and for all)\b"),
    p(r"\bwants? (out of (life|this life|this world|it all|everything)|off this (planet|earth)|to (leave|get off) this (world|earth|planet))\b"),
    p(r"\b(no|not any|any|little) (point|purpose|meaning) (in |to |of )?(anything|anymore|any more|living|life|being (here|alive)|going on|carrying on|existing|any of it|waking up)\b"),
    p(r"\bwhat's the point (of|in) (anything|living|life|going on|carrying on|being (here|alive)|existing|any of it|waking up)\b"),
    p(r"\b(sees?|saw|seeing|can see|could see) no (way out|future|reason to (live|go on|keep going))\b"),
    p(r"\b(can't|cannot|can not|couldn't|don't|doesn't|didn't|does not|do not) see (the|any) point (in |of )?(anything|living|life|going on|carrying on|being (here|alive)|existing|any of it|anymore|any more)\b"),
    p(r"\b(no|only one|the only|no other) (way out|escape)\b")
        .after(r"^(of|from) (the|a|an|her|his|my|their|that|debt|work|school)\b"),
    p(r"\btrapped( \S+){0,3} (no way out|no escape|nowhere to (go|turn))\b"),
    p(r"\b(had|has|have|having) (had )?enough of (life|living|everything|it all|this life|being alive|this world)\b"),
    p(r"\b(hop\w*|pray\w*|wish\w*)( \S+){0,3} (won't|wouldn't|doesn't|didn't|will not|would not|not|never) (make it|survive|live|get) (through|to|past|until|till) (the night|tomorrow|morning|the morning|the week|the weekend|christmas|next week|another day|her next birthday|his next birthday)\b"),
    p(r"\bbetter off (six feet under|in the ground|in a box|pushing up daisies|in heaven|with (her|his|my|their) (late|dead) \S+)\b"),
    p(r"\b(life|living|going on|carrying on|any of it|it all)( \S+)? (isn't|is not|'s not|wasn't|was not|ain't|no longer|not) (really )?worth (it|the effort|the pain|the bother|the struggle|living)\b"),
    p(r"\blife's (not|no longer) (really )?worth (it|the effort|the pain|the bother|the struggle|living)\b"),
    p(r"\b(a )?(better|happier|nicer|safer) place without (her|him|me|them)\b").owner(Owner::Subject),
    p(r"\b(giving|given|gave|give|gives) up on (life|living|herself|himself|myself|themselves)\b"),
    p(r"\b(won't|will not|wouldn't|won't need to) (have to )?(worry|deal|put up) (about|with) (me|him|her|them)( \S+){0,2} (much longer|for much longer|for long)\b"),
    p(r"\b(thinking|thinks|thought|thoughts|preoccupied|preoccupation|ruminating|dwelling|obsessing)( a lot| constantly| all the time| more| so much| lately)? (about|of|on|with) (death and dying|dying|being dead|(her|his|my|their) own (death|funeral))\b")
        .unless(&["grief", "funeral", "mum's", "mom's", "dad's", "father's", "mother's", "pet", "dog"]),
    // Jamaican and other Caribbean English drop the "be" and the "-ed" ("mi cyaan bother
    // live again"): the same wish not to go on living.
    p(r"\b(can't|cannot|cant|cyaan|caan|kyaan|can not) (be )?bother(ed)? (to )?(living|live|with life|wid life|being alive|to live|staying alive|stay alive)\b"),
    p(r"\b(done|finished) with (life|living|it all|this life|being alive)\b"),
    p(r"\bwish\w* (it was|it had been|it'd been) (me|her|him|them) (who|that|instead)( \S+){0,2} (died|was killed|got killed|got cancer|had died)\b"),
    // "Wishes the truck had rolled at the border with her in it": a wish that a vehicle or a
    // house had been wrecked with oneself inside it is a wish to be dead (C-SSRS 1), said of
    // the wisher (a fragment's wish is the client's).
    p(r"\b(she( \S+){0,2} wish\w*( \S+){1,6} (had|would have|'d) (\S+ )?(rolled|crashed|sunk|gone down|gone over|gone off|flipped|burned|burnt|blown up|exploded|capsized|collapsed|fallen)( \S+){0,6} with her|he( \S+){0,2} wish\w*( \S+){1,6} (had|would have|'d) (\S+ )?(rolled|crashed|sunk|gone down|gone over|gone off|flipped|burned|burnt|blown up|exploded|capsized|collapsed|fallen)( \S+){0,6} with him|i( \S+){0,2} wish\w*( \S+){1,6} (had|would have|'d) (\S+ )?(rolled|crashed|sunk|gone down|gone over|gone off|flipped|burned|burnt|blown up|exploded|capsized|collapsed|fallen)( \S+){0,6} with me|^wish\w*( \S+){1,6} (had|would have|'d) (\S+ )?(rolled|crashed|sunk|gone down|gone over|gone off|flipped|burned|burnt|blown up|exploded|capsized|collapsed|fallen)( \S+){0,6} with (her|him|me))( still)? (in it|inside|on it|on board|aboard|in there|under it)\b"),
    p(r"\bdoing (everyone|everybody|them|the world|her family|his family|my family|their family|the family|her kids|his kids) a favou?r (by (dying|going|disappearing|not being here)|if (she|he|i|they) (died|was gone|were gone|disappeared|wasn't here|weren't here))\b"),
    // Worthlessness said of one's existence ("a waste of space"); feeling a burden alone is
    // left to the rules that tie it to a death ("better off if I were gone", "doing them a
    // favour by going"): labelled memos read it as a risk factor, not ideation.
    p(r"\b(she's|he's|i'm|they're|(she|he|i|they)( (really|just|always|only|still|now|honestly|genuinely|truly|totally|completely|basically|so|has|have|had))* (is|am|are|was|were|been|being|feels? like|felt like|feeling like|sees? (her|him|my|them)sel(f|ves) as|see (my|them)sel(f|ves) as|calls? (her|him|my|them)sel(f|ves))) (\S+ ){0,2}(a |such a |just a |nothing but a |only a |the )?(waste of space|waste of (air|oxygen|skin))\b"),
    p(r"\b(better off|happier|relieved|a relief|easier|better|lighter) (\S+ ){0,4}(if|when|once) (she|he|i|they|you) (died|was dead|were dead|was gone|were gone|disappeared|wasn't here|weren't here|wasn't around|weren't around|was out of the way|were out of the way|didn't exist|never existed|no longer existed|(was|were) (no longer|not) (around|here|alive)|(is|was|were|are|am) no more)\b")
        .owner(Owner::Subject),
    // "his family would manage better if he is no more": the family's coping weighed against
    // one's death (perceived burdensomeness with a death, Joiner 2005).
    p(r"\b(manage|cope|do|get on|live) (\S+ ){0,2}(better|fine|easier) (\S+ ){0,3}(if|when|once) (she|he|i|they) (is|was|were|are|am) (no more|gone|dead|not there|not around)\b"),
    // "it would be easier not to be here": the wish said as a comparison, without "if".
    p(r"\b(would|'d|might|could|will|must) be (so |much |a lot |far )?(easier|better|simpler|a relief|kinder|more peaceful|less painful) (for (everyone|everybody|all of them|them|her family|his family|the family|the kids) )?(just )?(not to be|to not be|not being|to be gone|to be dead|to not exist|not to exist|to disappear) ?(here|around|alive|anymore)?\b")
        // "easier not to be here for the family meeting": absent from an occasion.
        .after(r"^(for|when|during|while|on|in (the|that|this|a)|at (the|that|this|a|his|her|their|work|school|home|church|christmas))\b"),
    // "better I go, everyone will be happy", "better I go sit in the river and never come
    // back": one's going, weighed as better for all or with no return (perceived
    // burdensomeness with a death, Joiner 2005).
    p(r"\b(better|best|easier) (if )?(i|she|he) (just )?(go|went|goes|leave|left|leaves|am gone|was gone|were gone|die|died|disappear|disappeared)( ,)? (and )?(then )?(everyone|everybody|they|the family|the kids|all|them all|nobody) (will|would|'ll|'d|can|could) (be )?(happy|happier|better|better off|fine|relieved|free|rest|sleep|move on)\b"),
    p(r"\b(better|best|easier) (if )?(i|she|he) (just )?(go|went|goes|walk|walks|walked|swim|swims|swam|drive|drives|drove)( \S+){0,6}? and (never|not) (come|comes|coming|came) back\b"),
    // "the world would keep turning without him": one's absence weighed as nothing lost
    // (thwarted belongingness, Joiner 2005).
    p(r"\b(the )?world (would|will|'d|'ll|could|can) (just )?(keep|go on|carry on|spin|turn|be fine|be better|be better off|do fine|manage)( \S+){0,2} without (him|her|me|them)\b"),
    // "drinks until he blacks out, hoping not to wake": a wish not to wake (C-SSRS 1).
    p(r"\b(hoping|hopes|hoped|wanting|wishing|wishes|wished|praying|prays|prayed) (that )?((she|he|i|they) (would|'d|will|might) )?(not|never) (to )?wake( up| again)?\b|\b(hoping|hopes|hoped|wanting|wishing|praying) (not|never) to wake( up| again)?\b"),
    // "what if a rocket just hits the dormitory, would be fine, would be rest": a death from
    // outside welcomed as rest (a passive wish, C-SSRS 1).
    p(r"\bwhat if (a |the |some |that )?(\S+ ){0,2}(rocket|missile|bomb|shell|drone|bus|truck|car|lorry|train|plane|lightning|tree|wave|earthquake|stroke|heart attack|bullet|sniper|avalanche|flood)( just| simply| one day)? (hits?|struck|strikes|falls?|fell|crashes|crashed|lands?|landed|comes|came|takes|took|got|gets)( \S+){0,6}? (it )?(would|it'd|'d|will|would just) (be )?(fine|rest|ok|okay|alright|a relief|peace|peaceful|a mercy|a blessing|good|easier|welcome|for the best|no loss)\b"),
    // "the good Lord can take her any time now", "God can take me whenever He wants": one's
    // death welcomed now, given to God (a passive wish to be dead, C-SSRS 1); "when it's her
    // time" is no wish.
    p(r"\b(the )?(good )?(lord|god|jesus|almighty|allah|heavenly father|man upstairs|big man upstairs) (can|could|may|might|should|will|would|is welcome to|'s welcome to|is free to|'s free to) (come and |just |go ahead and )?(take|call) (her|him|me|them)( home| away| up)? (any ?time|any day|any minute|any second|whenever|tonight|today|right now|now|this minute|this very minute|as soon as)\b"),
    // "Asked me twice if I could help her along": a request to be helped to die.
    p(r"\b(asked|asks|asking|begged|begs|begging|pleaded|pleads|pleading)( me| us| the (doctor|nurse|gp|team|staff|carer|aide)| (her|his|their) (doctor|nurse|gp|carer|aide|daughter|son|husband|wife))?( \S+){0,3}? (if|whether|to)( (i|we|they|someone|somebody|anyone|he|she|you))?( (could|would|can|will|might))? help (her|him|them|me) (along|go|die|on (her|his|their|my) way|to die|end it|end (her|his|their|my) life)( [,.;:!?'\x22]|$)"),
    // "Said it'd be easier on everybody. If he just... wasn't around.": the condition told as
    // its own fragment after the burden (perceived burdensomeness with a death, Joiner 2005).
    p(r"^\W*(if|when|once) (she|he|i|they) (just |simply |only |really )?(\W+ )?(wasn't|weren't|was not|were not|was no longer|were no longer) (around|here|alive|in the picture|on this earth)\b")
        .need(&["easier", "better", "burden", "relief", "lighter", "happier", "everybody", "everyone"]),
    // Reunion with someone dead (a wish to join them; Jordan 2001, suicide bereavement): "she
    // would like to join her husband", "wants to be with her mum again", said with the death.
    // "fixin' to go see Daddy" (Southern "fixing to", about to), "wants to go be with her
    // mother, who passed": a going to the dead said with the death; "wants to be up there
    // with her" said of a grave or heaven named.
    p(r"\b(like|love|want\w*|wish\w*|long\w*|yearn\w*|desire\w*|ready|dream\w* of|think\w* (of|about)|pray\w*|fixin( ?['\x22])?|fixing|waiting|waits|can't wait) (to )?(['\x22] ?)?(go (and )?|just |finally )?((join|joining|meet|meeting|be with|being with|be (up |over |down |out )?there with|being (up |over |down |out )?there with|be reunited with|reunite with|go to|going to|follow|following) (him|her|them|(her|his|their|my) (\S+ )?(husband|wife|partner|son|daughter|mum|mom|mother|dad|father|brother|sister|boy|girl|baby|child|friend|twin|mate|nan|gran|grandma|grandad|grandpa))|(go see|go and see|see|be with|join) (daddy|mama|momma|mommy|mamma|papa|pappy|granny|mamaw|papaw|meemaw))( again| there| soon| now| up there| in heaven| on the other side)?\b")
        // "wants to be with her cousins at the lake": "her" before a noun is a possessive;
        // "wants to be there with her at the funeral" is company at a rite.
        .after(r"^ ?((cousins?|friends?|family|kids|children|sisters|brothers|parents|mates|grandkids|grandchildren|girls|boys|team|class|classmates|colleagues|people|folks|crew|group|own|new|church|dog|dogs|cat|horses?)\b|(at|for|during|through|after) (the |her |his |their )?(funeral|service|wake|burial|memorial|unveiling|hospital|hospice|appointment|surgery|operation|birth|wedding|party|end|last days)\b)")
        .need(DEATH_TOLD),
    // "Widow, husband lost in oil patch accident. Says she wants to go be with Dale": the same
    // wish with the dead named; a word of kin, a pronoun or a place after "with" is read above
    // or is company, not the dead.
    p(r"\b(want\w*|wish\w*|long\w*|yearn\w*|pray\w*|ready) (to )?(go |just |finally )?(go be with|go and be with|be with|be reunited with)\b")
        .after(r"^ ?($|[,.;:!?'\x22-]|(the|a|an|her|his|their|my|our|your|people|friends|family|someone|somebody|everyone|everybody|anyone|kids|children|others|other|us|you|me|them|him|it|god|jesus|church|work|school|home|bed|sleep|that|this|some|more|less|no|each|both|all|mates|in|at|on|for|when|while|during|and|or|but|so|because|sister|brother|mum|mom|dad|mother|father|husband|wife|boyfriend|girlfriend|partner|son|daughter|grandkids|baby|dog|cat|horses?|animals?|nature|herself|himself|themselves|myself|anybody|nobody|no one)\b)")
        .need(DEATH_TOLD),
    // "thinking about taking the shotgun up the hill and not coming back": a going away told
    // with no return (C-SSRS 2, active ideation with method).
    p(r"\b(think\w*|thought|studying on|considering|considered|fantasi[sz]\w*|tempted|planning|planned|wondering|wondered)( about| of| on)? (taking|going|walking|driving|heading|wandering|swimming)( \S+){0,10} (and|then) (not|never) (coming|come) (back|home)\b")
        // "going to Spain and not coming back for a year": a move, not a death.
        .after(r"^(for|until|till|from|to|unless|before|after|while)\b"),
    // "studying on taking one out to the barn and ending it" (Southern US "studying on":
    // thinking about).
    p(r"\b(studying on|studyin on)( \S+){0,10} (ending it|ending things|ending (her|his|my|their) life|killing (her|him|my|them)sel(f|ves)|not being here|dying)\b"),
    // Imitation after a suicide (suicide exposure): "made him think why not me too".
    p(r"\bwhy not me( too| as well)?\b").need(&["suicide", "killed", "died", "overdose", "hanged", "jumped"]),
    // "some mornings you're disappointed to wake": waking unwelcome (C-SSRS 1, passive).
    p(r"\b(disappointed|sorry|upset|annoyed|gutted|angry|cross|sad|fed up) (to (still )?(wake|wake up|be awake|have woken|see the morning)|(when|that|whenever) (she|he|i|they|you) (wakes?|woke)( up)?( again)?)\b"),
    // "when she wakes up she's sorry it was only a dream": the same regret told after the
    // waking (not sorry about or for something done).
    p(r"\b(when|whenever|every time|each time) (she|he|i|they) (wakes?|woke|waking)( up)?( again)?,? (and )?(she's|he's|i'm|they're|(she|he|i|they) (is|was|are|am|feels?|felt|gets?|got)) (really |so |a bit |kind of |always |often |just |actually )?(disappointed|sorry|gutted)\b")
        .after(r"^(about|for|to (her|him|them|me)|that (she|he|i|they) (said|did|yelled|shouted|snapped|hit|was))\b"),
    // "doesn't care if she wakes up or not": indifference to living (C-SSRS 1, passive).
    p(r"\b(doesn't|does not|don't|do not|didn't|did not|wouldn't|would not|no longer) (really |even )?care (if|whether) (she|he|i|they) (wakes? up|woke up|lives?|lived|dies|died|makes? it|survives?|is alive|was alive|gets? hit|does not wake|doesn't wake|don't wake)\b"),
    // "can't guarantee her safety tonight": no commitment to safety is itself a risk statement.
    // "She can't promise she'll be safe tonight": the same, said of being safe.
    p(r"\b(can't|cannot|can not|couldn't|could not|won't|will not|wouldn't|would not|unable to|not able to|refused to|refuses to|isn't able to) (guarantee|promise|commit to|say|agree|swear) (that )?(she'll|he'll|i'll|they'll|she will|he will|i will|they will|she would|he would|she'd|he'd|she can|he can|she'll be able to|he'll be able to) (be|stay|keep (her|him|my|them)sel(f|ves)) safe\b"),
    p(r"\b((can't|cannot|can not|couldn't|could not|won't|will not|wouldn't|would not|unable to|not able to|wasn't able to|isn't able to|refused to|refuses to) (guarantee|promise|commit to|contract for|agree to) (her|his|their|my|your) (own )?safety|(can't|cannot|can not|couldn't|could not|unable to|not able to|isn't able to|wasn't able to) keep (her|him|them|my|your)sel(f|ves) safe)\b"),
    // "She doesn't think anyone would miss her": no one would miss her, said through a belief.
    p(r"\b(doesn't|does not|don't|do not|didn't|did not) (think|believe|feel like|reckon) (anyone|anybody|any of them|her family|his family|their family|people) would (even |really |actually )?(miss (her|him|me|them)|(notice|care)( \S+){0,2} (if|when) (she|he|i|they) (died|was gone|were gone|disappeared|wasn't here|weren't here|was dead|were dead))\b"),
    // Thwarted belongingness said of one's death.
    p(r"\b(no one|nobody|noone|none of them|not one person|not a single person)( \S+){0,2} (would|will|'d|is going to|are going to|gonna)( even| really| actually)? miss (her|him|me|them)\b"),
    p(r"\b(no one|nobody|noone|none of them)( \S+){0,2} (would|will|'d)( even| really| actually)? (notice|care|cry)( \S+){0,2} (if|when|once) (she|he|i|they|you) (died|was gone|were gone|disappeared|was dead|were dead|wasn't here|weren't here|wasn't around|weren't around)\b"),
    // Reunion with the dead.
    p(r"\b(want\w*|wish\w*|long\w*|pray\w*|hop\w*|ready|can't wait|waiting) (\S+ ){0,2}(to )?(join|be with|be reunited with) (her|his|my|their) (late|dead|deceased) \S+\b"),
    p(r"\b(want\w*|wish\w*|long\w*|pray\w*|ready|can't wait) (\S+ ){0,2}(to )?(join|be with|be reunited with) (her|his|my|their) \S+ (in heaven|on the other side)\b"),
    // "he is waiting for death to come", "just waiting to die": a life lived toward its end,
    // wished or welcomed (C-SSRS 1, the wish to be dead).
    p(r"\b(she's|he's|i'm|they're|(she|he|i|they) (is|am|are|was|were)|just|only|now|sits|sitting|lies|lying) (just |only |now |simply )?(waiting|waits) (for (death|the end|god to take (her|him|me|them)|the lord to take (her|him|me|them)|death to (come|take))|to die)\b"),
    // "not scared of dying anymore, he'd welcome it": death welcomed (C-SSRS 1; Beck Scale
    // item 4, the wish to die outweighing the wish to live).
    p(r"\b(she'd|he'd|i'd|they'd|would|will|she'll|he'll|i'll|they'll) (\S+ )?(welcome|embrace|be glad of|be grateful for) (it|death|dying|the end)\b")
        .need(&["dying", "death", "die", "dead", "end"]),
    // "making his final arrangements": one's own last affairs settled (a warning sign).
    p(r"\b(mak\w*|made|sort\w*|put\w*|finaliz\w*|finalis\w*) (all )?(his|her|their|my) (final|last) (arrangements|affairs|goodbyes|wishes known)\b")
        .unless(&["hospice", "palliative", "terminal", "cancer", "dying"]),
    // Warning signs: leave-taking, affairs in order.
    p(r"\b(won't|will not|wouldn't|isn't going to|aren't going to|not going to) be (here|around)( \S+){0,2} (much longer|for much longer|for long|long|next christmas|next year|to see (\S+ ){0,2}(grow up|graduate|christmas))\b"),
    p(r"\b(won't|will not|wouldn't|shan't) need (it|them|this|that|these|those|any of (it|this|that|them)|(her|his|my|their) \S+)( anymore| any more)? (where|when) (she's|he's|i'm|they're|she is|he is|i am|they are) going\b"),
    p(r"\b(this|that|today) (is|was|will be|'ll be|would be) the last time (you|we|they|anyone|she|he|i|you'd|we'd|they'd|she'd|he'd|i'd|you'll|they'll)( will| would)? (see|hear from|talk to|speak to)\b"),
    p(r"\b(put\w*|get\w*|got|sort\w*|setting|set) (\S+ )?affairs in order\b"),
    p(r"\b(plann\w*|organi[sz]\w*|arrang\w*|paid for|prepaid|pre paid|chose|chosen|choosing|picked|picking|wrote|writing) (\S+ ){0,2}(her|his|my|their) own (funeral|eulogy|burial|cremation)\b"),
    p(r"\b(plann\w*|paid for|prepaid|chose|chosen|choosing|picked|picking) (the )?(music|songs?|hymns?|readings?) for (her|his|my|their) (own )?funeral\b"),
];

/// Suicidal ideation, active, in regional wording: UK/Australian "top myself", "do myself
/// in", Gen-Z "neck myself"; ending one's existence; methods and places thought about
/// (C-SSRS item 3, method; AFSP warning signs: looking for a way).
const SI_ACTIVE: &[Pat] = &[
    // "fixing to walk in the river tonight", "might as well walk off into the channel": a walk
    // into water set out as what one is about to do, or might as well do (C-SSRS 2-3, method;
    // Southern "fixing to" is "about to"). Bare "going to walk in the lake" may be a stroll,
    // so "in" only with a frame no stroll takes.
    p(r"\b(fixing to|fixin to|fixin' to|finna|might as well|may as well|wouldn't mind|would not mind|ready to) (just )?(go |going )?(walk|walking|wade|wading|drive|driving|go|going|swim|swimming) (out |off |on |right |straight )?(in|into|out into|off into|out in) the (river|sea|ocean|lake|bay|bayou|channel|sound|gulf|surf|waves|tide|water|creek|loch|harbour|harbor|reservoir|quarry|swamp|marsh)\b")
        .after(r"^(to|and) (fish|catch|cool|check|get|grab|fetch|rescue|save|help|look|wash|bathe|play|paddle)\b"),
    p(r"\b(going to|gonna|about to|is going to|was going to|planned to|plans to|planning to) (just )?(walk|wade|drive) (out |off |right |straight )?(into|out into|off into) the (river|sea|ocean|lake|bay|bayou|channel|sound|gulf|surf|waves|tide|creek|loch|harbour|harbor|reservoir|quarry|swamp)\b")
        .after(r"^(to|and) (fish|catch|cool|check|get|grab|fetch|rescue|save|help|look|wash|bathe|play|paddle|swim)\b")
        .unless(&["fishing", "kayak", "canoe", "boat", "paddle", "swimsuit", "waders", "rod"]),
    // "wouldn't mind going overboard some foggy morning": over the side of a boat as a wish
    // (a fisher's method; C-SSRS 1-2). Not going overboard with the decorations.
    p(r"\b(wouldn't mind|would not mind|might as well|may as well|thinks? about|thought about|thinking about|wants? to|wanted to|wanting to|fixing to|ready to|urge to|tempted to) (just )?(go|going|goes|went|jump|jumping|step|stepping|slip|slipping|roll|rolling|throw (him|her|my|them)sel(f|ves)) overboard\b")
        .after(r"^(with|on|for|about|when it comes)\b"),
    // "I does feel to just drink the Gramoxone and done": a poison one feels like drinking
    // (Caribbean "feel to": feel like; WHO 2014 on pesticide self-poisoning).
    p(r"\b(feel|feels|felt|feeling|tempted|wanting|wants|wanted|want) (to|like) (just )?(drink|drinking|take|taking|swallow|swallowing|down|downing) (the |some |a |that |a bottle of |a cup of )?(\S+ )?(gramoxone|paraquat|poison|rat poison|pesticide|weedicide|insecticide|herbicide|bleach|weed ?killer|weedkiller|antifreeze|kerosene|paraffin|dettol)\b"),
    // "studied on walking out into the New River and letting it carry me", "thought about
    // walking out onto the tundra without his gear": a walk into water or wilderness with no
    // return (C-SSRS 2-3, method).
    p(r"\b(studied on|studying on|studyin on|thought|thinking|thinks|think) (about |of |on )?(walking|wading|swimming|heading|going|driving) (out )?(into|onto|out on|out to|off) (the |a )?(\S+ )?(river|sea|ocean|lake|creek|tundra|snow|ice|bush|desert|wilderness|woods|forest|mountain|cliff|gorge|canyon|bridge|ridge)( \S+){0,2} (and (letting|let) (it|the water|the current|the cold) (carry|take|have) (me|him|her|them)|without (his|her|my|their|a|any) (gear|coat|jacket|clothes|boots|parka))\b"),
    // "Says he'd drive off Jellico Mountain if it weren't for the young'uns": the act held
    // back only by the children (a reason for living named as the only brake).
    p(r"\b(he'd|she'd|i'd|they'd|would) (just )?(drive|driving|jump|walk|step|go|run) (off|into|in front of|over) (the |a )?(\S+ ){0,2}(mountain|cliff|bridge|ridge|river|lake|sea|train|truck|road|edge|dam|gorge|canyon|overpass)( \S+){0,3} if it (weren't|wasn't|were not|was not) for\b"),
    // "thinking 'if I drink the gramoxone then everything will end'": an ending reached by
    // swallowing something is a method held in mind (C-SSRS 2-3).
    p(r"\bif (i|she|he|they) (just )?(drink|drinks|drank|take|takes|took|swallow|swallows|swallowed|eat|eats|ate|down|downs|downed) (the |some |that |this |a |my |her |his |all (the|my|her|his|those|these) )?(\S+ ){0,2}(then )?(everything|it all|all (this|of this|of it)|(my|her|his|their) (problems|troubles|suffering|life)) (will|would|'ll|'d|can|could) (end|be over|stop|finish|go away)\b"),
    // "thought about the rail bridge over the river": a place of means thought about is
    // ideation with a method (C-SSRS 3); the unless words are the everyday bridges.
    p(r"\b(thought|thinking|thinks|think|thoughts|dwelling|dwells|dwelt|fixat\w*) (about|of|on) (the|a|that) (\S+ ){0,3}(bridge|viaduct|cliffs?|cliff edge|overpass|quarry|railway line|train tracks|tracks|level crossing)\b")
        .after(r"^(job|jobs|work|works|project|shift|crew|repairs?|game|club|toll|tolls|traffic|walk|run|design|contract|inspection|scheme|construction|closure|collapse|engineer|engineering|painting|photo|photos|party|hand|player|players|partner|loan)\b")
        .unless(&["climb", "tour", "photo", "photos", "painting", "engineering", "design", "commute", "commuting", "traffic", "toll", "repairs", "closure", "closed", "game", "card", "cards", "club", "dental", "dentist", "teeth", "tooth", "music", "song", "chorus", "building", "built", "build", "model", "lego"]),
    p(r"\b(top|topping|topped|tops|neck|necking|necked) (my|him|her|them)sel(f|ves)\b").after(r"^up\b"),
    p(r"\b(do|doing|did|does|done) (my|him|her|them)sel(f|ves) in\b"),
    p(r"\b(end|ending|ended|ends|finish|finishing|finished|close|closing|stop|stopping) (my|his|her|their) (own )?(existence|suffering|days|life|lives)\b")
        .unless(&["dog", "cat", "pet", "vet", "euthanasia", "euthanised", "euthanized", "horse"]),
    p(r"\b(want\w*|wish\w*|thought\w*|think\w*|urges?|tempted|imagin\w*|plann\w*|consider\w*|fantasi\w*|pictur\w*) (\S+ ){0,4}(walk\w*|swim\w*|wad\w*|driv\w*|step\w*|jump\w*|leap\w*) (out )?(into|in front of|off|under) (the |a |an )?(sea|ocean|river|lake|loch|waves|surf|traffic|oncoming traffic|train|tube|bus|lorry|truck|car|cliff|cliffs|bridge|roof|platform|balcony|building|car park|motorway|highway|freeway|quarry|dam|overpass|tracks|switchbacks|canyon|gorge|ravine|embankment|pier|wharf|jetty|edge|cliff edge|road|mountain road|pass|guardrail|barrier|bluff|bluffs|escarpment|headland|ledge|levee)\b")
        // "thinking about walking into the sea of paperwork": a figure, not a place.
        .after(r"^(of|with|at work|for)\b"),
    p(r"\b(threw|throw|throws|throwing|thrown|fling\w*|flung|hurl\w*) (my|him|her|them)sel(f|ves) (off|from|under|in front of) (a|the|an|[a-z]+'s|[a-z]+ (crags|cliffs?|bridge|head|point|tower|viaduct|gorge|falls|quarry))\b"),
    // "throwing himself in the canal", "into the river", "into the sea": water as the way.
    // A lethal place dwelt on (Joiner's capability: rehearsal by thought): "thinks about
    // the canal locks at night", "keeps thinking about the viaduct". Only with the
    // dwelling said (at night, all the time, keeps), and only the place as the object.
    p(r"\b(think\w*|thought|dwell\w*|obsess\w*|fixat\w*|preoccupied) (about|on|with|of) the (\S+ ){0,2}(canal|canal locks|locks|weir|river|quarry|bridge|cliffs?|viaduct|tracks|railway line|train line|loch|reservoir|harbour|harbor|pier|dam|gorge|overpass|rope|pills|tablets|gun) (at night|all the time|every night|a lot|constantly|daily|most nights|nightly|when (he|she|i|they) can't sleep)\b"),
    p(r"\b(keeps|kept|keep|can't stop|cannot stop|couldn't stop) (thinking|dwelling|obsessing) (about|on) the (\S+ ){0,2}(canal|canal locks|locks|weir|river|quarry|bridge|cliffs?|viaduct|tracks|railway line|train line|loch|reservoir|harbour|harbor|pier|dam|gorge|overpass)\b"),
    p(r"\b(threw|throw|throws|throwing|thrown|fling\w*|flung|hurl\w*) (my|him|her|them)sel(f|ves) (in|into) (a|the) (canal|river|sea|ocean|loch|lake|reservoir|harbour|harbor|dam|quarry|weir|water|tide|surf)\b"),
];

/// Preparatory behaviour and rehearsal as the C-SSRS defines them (collecting pills, getting
/// a means, writing a will or note, rehearsing: holding the pills, putting a ligature on), and
/// method research (how high, how deep, how many); places of means (bridges, cliffs, car
/// parks, rail lines: Hawton 2007, means restriction at hotspots) and methods (car exhaust,
/// charcoal, helium: WHO 2014 "Preventing suicide").
const SI_PREPARATORY: &[Pat] = &[
    // "Letters to each kid, sealed, in the tackle box": a sealed letter for each child is a
    // goodbye written (C-SSRS 6, preparatory: writing a suicide note).
    p(r"\b(letters?|notes?|cards?|envelopes?) (to|for) (each|every|all) (of )?((his|her|their|the|my) )?(kids?|children|child|sons?|daughters?|grandkids|grandchildren|family|one of them)( \S+){0,2} ?,? sealed\b"),
    p(r"\bsealed (letters?|notes?|envelopes?) (to|for) (each|every|all) (of )?((his|her|their|the|my) )?(kids?|children|child|sons?|daughters?|grandkids|grandchildren|family)\b"),
    // "says he is only a weight on the family now ... asked which hour the freight goes by":
    // when trains pass, asked beside a burden or a train that does not stop, is method
    // research (rail suicide; warning signs: researching a method, feeling a burden).
    p(r"\b(asked|asks|asking|wondered|wonders|wanted to know|wants to know|looked up|checked|checks)( \S+){0,3} (which|what) (hour|hours|time|times)( \S+){0,2} (the |a )?(freight|freights|train|trains|express|goods train|coal train)( \S+){0,2} (goes|go|passes|pass|comes|come|runs|run)\b")
        .need(&["burden", "weight", "don't stop", "doesn't stop", "won't stop", "never stop", "no point", "better off", "tired of living", "end it", "hopeless"]),
    // "Wrote letters to both daughters, gave the dog to the neighbor": a prized thing given
    // away beside a leave-taking (warning signs: giving away possessions, letters; AFSP). A
    // gun given to someone to keep is means restriction, not this.
    // "I gave my sled and my guns to my brother and wrote a letter to my daughter", "been
    // giving her good dishes and the camp key to her sister" beside "the family'd do fine
    // without her": two keepsakes joined, or one beside a burden said of a death.
    p(r"\b(gave|giving|given|gives|give) (away )?(his|her|their|my|the) (\S+ ){0,2}?(dog|dogs|cat|cats|pets?|horse|tools|guitar|medals?|watch|ring|rings|belongings|things|stuff|bike|sled|snowmobile|boat|truck|ute|dishes|china|jewellery|jewelry|saddle|records|books|clothes|keys?)( and (his|her|their|my|the)? ?(\S+ ){0,2}?(guns?|rifles?|shotgun|dog|dogs|cat|tools|guitar|medals?|watch|ring|rings|truck|boat|key|keys|jewellery|jewelry|saddle|dishes|books|records))?( away)? to\b")
        .need(&["letters", "letter", "goodbye", "goodbyes", "tidying up", "affairs in order", "won't need", "won't be needing", "last wishes", "fine without", "better off without", "do fine without", "be fine without"]),
    // "sitting in his truck at night with his pistol in his lap": a gun held to oneself,
    // alone, is rehearsal (C-SSRS), not a weapon kept.
    p(r"\b(sitting|sat|sits|sit|holding|held|holds|hold|staring at|stared at|looking at)( \S+){0,10} (with )?(his|her|my|their|the|a) (\S+ )?(gun|pistol|rifle|shotgun|revolver|handgun|firearm|glock|colt|beretta|forty-five|forty five|\.45|thirty-eight|\.38|nine mil|nine-mil|nine millimeter|nine millimetre|twelve-gauge|twelve gauge|twenty-two|\.22|thirty-thirty|ought-six|ar-15|ak-47) (in|on|across) (his|her|my|their) (lap|knees?|mouth)\b"),
    // A poison bought, ground or hidden away ("buy gramoxone Tuesday, hide it under the
    // bed", "ground the yellow arali seeds and kept them in a tumbler"): means procured for an
    // attempt (C-SSRS preparatory behaviour; pesticide and oleander self-poisoning, WHO 2014).
    p(r"\b(bought|buy|buys|buying|purchased|got|gets|obtained|fetched|ground|grinds|grinding|crushed|crushes|crushing|pounded|pounding|mixed|mixes|mixing|hid|hides|hiding|hidden)( \S+){0,3} (rat poison|poison|pesticide|insecticide|gammalin|gamalin|lindane|doom|baygon|dimethoate|endosulfan|malathion|chlorpyrifos|carbofuran|furadan|temik|rattex|racumin|diazinon|rogor|thiodan|dichlorvos|ddvp|paraquat|gramoxone|weedkiller|weed killer|organophosphate|tick dip|cattle dip|oleander( seeds)?|arali( seeds)?|celphos|aluminium phosphide|aluminum phosphide|termite killer|herbicide|two-step|two step|twostep|aldicarb)( \S+){0,12}? (hid|hide|hides|hiding|hidden|kept|keeps|keeping|stored|under (the|her|his|my|their) (bed|mattress|pillow)|to (end|done|finish|die|rest|kill (her|him|my|them)sel(f|ves))|(will|would|going to|gonna|wants to|plans to|planning to) (drink|swallow|take) (it|them|that|the lot|all of it)|for (herself|himself|myself|later))\b"),
    // Medication put by "in case" or "for when" one has had enough: a stockpile kept for an
    // attempt (C-SSRS preparatory behaviour), whatever the drug is called.
    p(r"\b(sav\w*|keep\w* back|kept back|hoard\w*|stockpil\w*|stash\w*|squirrel\w*|collect\w*|hid\w*|hiding|put\w* (aside|by)|set\w* aside|hold\w* back|held back|cheek\w*)( \S+){0,8}? (pills|tablets|meds|medication|medicines|capsules|doses|paracetamol|oxycodone|morphine|tramadol|codeine|quetiapine|amitriptyline|insulin|painkillers|(\S+ )?(pills|tablets))( \S+){0,12}? (in case|for when|for the day|for if|for a day|for the time)( \S+){0,10}? (had enough|can't (take|cope|go on|do)|cannot (take|cope)|too much|gets? (worse|bad|unbearable|too hard|intolerable)|is bad|comes back bad|decides|the end|it's time|can't face|unbearable)\b"),
    p(r"\b(held|holding|hold|had|sat with|sitting with|stared at|staring at|looked at|looking at)( \S+){0,3} (pills|tablets|meds|paracetamol|blade|razor|gun|pistol|rifle|shotgun|rope|belt|knife|noose)( \S+){0,8} (but )?(stopped|put (it|them) (back|away|down)|couldn't go through|could not go through|didn't go through|talked (her|him|my|them)sel(f|ves) out|changed (her|his|my|their) mind|thought (of|about) (her|his|my|their) (kids|children|son|daughter|mum|mom|dad|family|dog|cat|partner))\b"),
    p(r"\b(lined|lining|lines|laid|laying|lays|poured|pouring|pours|tipped|tipping|emptied|emptying) (out |up )?(all )?(of )?(her |his |my |their |the |a handful of |a pile of )?(\S+ )?(pills|tablets|meds|medication|capsules|paracetamol|painkillers|sleeping (pills|tablets))( \S+){0,3} (on|onto|in front of|across|into) (the|her|his|my|their|a)( \S+)? (table|bed|desk|counter|bench|floor|hand|palm|sink)\b"),
    p(r"\b(look\w*|search\w*|googl\w*|research\w*|check\w*|read\w*|watch\w*|work\w* out|find\w* out|found out)( \S+){0,3} (how high|the height of|how far the drop|how deep)( \S+){0,3} (bridge|cliff|cliffs|building|car park|roof|overpass|drop|balcony|tower|viaduct|flats|river|water|quarry)\b"),
    p(r"\b(look\w*|search\w*|googl\w*|research\w*|read\w*|work\w* out|find\w* out|found out)( \S+){0,3} how long it (takes|would take|took) to (die|drown|bleed out|lose consciousness|pass out|suffocate)\b"),
    p(r"\b(stood|standing|stands|stand|sat|sitting|sits|waited|waiting|climbed|climbing|found (her|him|my|them)sel(f|ves))( \S+){0,3} (on|at|onto|over|up on|out on) (the|a) (ledge|parapet|wrong side of the (railing|barrier|fence|rail|railings))\b"),
    p(r"\b(stood|standing|stands|stand|sat|sitting|sits|waited|waiting|climbed|climbing|found (her|him|my|them)sel(f|ves))( \S+){0,3} (on|at|onto|over|up on|out on) (the|a) edge of (the|a|an)( \S+){0,2} (cliff|cliffs|bridge|roof|rooftop|building|car park|platform|tracks|quarry|overpass|balcony|dam|tower|gorge|viaduct)\b"),
    p(r"\b(look\w*|star\w*|peer\w*|gaz\w*) (down|over)( \S+){0,3} (at the (water|drop|traffic|tracks|river|rocks|sea|waves)|from the (bridge|roof|cliff|balcony|overpass|car park|ledge)|the (edge of the (bridge|cliff|roof|balcony|car park)|railing of the bridge|side of the bridge|drop|parapet))\b"),
    p(r"\b(stood|standing|stands|walked|walking|walks|sat|sitting|lay|lying|laid|waited|waiting|wandered|wandering)( \S+){0,3} (on|onto|along|beside|down|between) the (train |railway |rail |tube )?(tracks|railway line|train line|rail line|level crossing)\b"),
    p(r"\b(hose|hosepipe|tube|pipe|vacuum hose)( \S+){0,5} (exhaust|tailpipe|tail pipe)\b"),
    // "took the ute out with a hose and tape in the back": what seals a hose to an exhaust,
    // carried with a vehicle.
    p(r"\b(hose|hosepipe|hose pipe|tubing|vacuum hose)( and| with)( some| a roll of| a bit of| a reel of)? (tape|duct tape|gaffer tape|gaffa tape|masking tape|electrical tape)\b")
        .need(&["car", "car's", "van", "truck", "ute", "bakkie", "exhaust", "garage", "vehicle", "boot", "trunk", "drove", "driving", "parked"]),
    // "looking up the tide tables for the river mouth ... 'just in case'": finding out how
    // lethal water or a height is, with the reason kept back, is preparatory (C-SSRS
    // preparatory acts; concealment as a warning sign, Busch 2003).
    p(r"\b(look\w* up|looked up|check\w*|research\w*|googl\w*|search\w*|ask\w*|wonder\w*|find\w* out|found out|read\w* up on)( \S+){0,6} (how (cold|deep|high|fast|strong|far down|long) (the )?(\S+ )?(water|river|sea|lake|loch|current|currents|drop|fall|tide|bridge|cliff|cliffs|dam|estuary|harbour|harbor)|the tide (tables|times)|tide tables|tide times)\b")
        .need(&["just in case", "changed the subject", "wouldn't say", "won't say", "would not say", "no reason", "evasive", "guarded", "brushed it off", "shrugged it off", "wouldn't tell", "won't tell", "wouldn't explain"]),
    // "stood in the shed looking up at the beam": a hanging point looked at (C-SSRS
    // preparatory behaviour; the places of hanging in the home, Gunnell 2005).
    p(r"\b(look\w*|star\w*|gaz\w*|eye\w*|eyeball\w*) (up )?(at )?the (beam|beams|rafters?|banisters?|bannisters?|loft hatch|ceiling hook|hook in the (ceiling|garage|shed)|crossbeam|joists?)\b")
        .unless(&["builder", "builders", "renovation", "renovating", "extension", "conversion", "woodworm", "survey", "surveyor", "repair", "repairs", "carpentry", "joinery", "gymnastics", "gym"]),
    p(r"\b(lit|burning|burned|burnt|light|lighting) (a |some |the )?(charcoal|disposable (barbecue|bbq|grill))( \S+){0,4} (in|inside) (the|her|his|my|their|a) (car|tent|bedroom|room|bathroom|van)\b"),
    p(r"\b(car|engine|motor) running( \S+){0,4} (in )?(the|a) (closed|shut|locked) (garage|shed)\b"),
    p(r"\b(exit bag|suicide bag|helium (hood|tank|canister|cylinder)|nitrogen (tank|canister|cylinder))\b")
        .unless(&["balloons", "balloon", "party", "birthday", "welding", "brewing"]),
    p(r"\b(research\w*|look\w* up|looking into|googl\w*|search\w*|read\w* about|watch\w* videos (of|about|on))( \S+){0,2} (methods|ways to die|ways of dying|how to (die|end it|kill (her|him|my|them)sel(f|ves))|painless ways|lethal doses|suicide methods)\b")
        .after(r"^(of|for) (teaching|research|study|studying|revision|the (course|module|exam|essay|assignment))\b")
        .unless(&["essay", "course", "module", "class", "lecture", "exam", "thesis", "dissertation", "statistics", "assignment", "teaching", "study", "qualitative", "quantitative", "cooking", "recipes", "gardening"]),
    p(r"\b(drove|driven|driving|went|walked|walking|go|goes|going|been going|took the (bus|train)) (out |up |down )?to (the|a) (cliffs?|bridge|gap|viaduct|quarry|car park|multi storey|multistorey|tracks|railway|train line|river|reservoir|lake|beach|pier|jetty|top floor|rooftop|roof)( \S+){0,8} (thinking|thought|think|to think|considering|wondering|planning|meaning|intending) (about |of )?(jumping|ending it|ending things|dying|going over|throwing (her|him|my|them)sel(f|ves)|stepping off|drowning|walking in|not coming back)\b"),
    // At a place of means with the intention, said elliptically ("up at the bridge with the
    // intention", "went to the tracks meaning to"): an aborted or interrupted attempt (C-SSRS).
    p(r"\b(at|on|to|onto|up at|up on|out to|out at|down to|down at) (the|a) (\S+ ){0,2}(bridge|cliffs?|viaduct|quarry|tracks|railway|train line|roof|rooftop|car park|multi storey|overpass|ledge|pier|jetty|top floor)( \S+){0,6} with (the|an|full|every|clear) intention( of (jumping|ending it|dying|killing (him|her|my|them)sel(f|ves)|ending (his|her|my|their) life))?\b")
        .after(r"^(of|to) "),
    p(r"\b(at|on|to|onto|up at|up on|out to|out at|down to|down at) (the|a) (\S+ ){0,2}(bridge|cliffs?|viaduct|quarry|tracks|railway|train line|roof|rooftop|car park|multi storey|overpass|ledge|pier|jetty|top floor)( \S+){0,6} (intending|meaning|planning|wanting) to (jump|end it|die|kill (him|her|my|them)sel(f|ves)|end (his|her|my|their) life)\b"),
    p(r"\b(thinking|thought|considering|contemplating|planning|plans|planned|wanting|tempted|urges?) (about |of |to )?(jumping|jump|throwing (her|him|my|them)sel(f|ves) off|going over the edge|stepping off|step off|stepping out|step out|letting go|let go|falling|fall)\b")
        .need(&["cliff", "cliffs", "bridge", "roof", "rooftop", "building", "balcony", "overpass", "ledge", "tracks", "gap", "tower", "window", "car park", "viaduct", "quarry", "platform", "edge", "railing", "railings", "parapet"])
        .unless(&["pool", "trampoline", "swimming", "swim", "dive", "diving", "queue", "hoops", "joy", "chance", "gun", "ship", "bungee", "skydive", "skydiving", "parachute", "zipline"]),
    p(r"\b(wrote|written|writing|left|leaving|leaves) (a )?(letters?|notes?|cards?) (to|for) (each of )?(her|his|my|their|the) (kids|children|family|parents|mum|mom|dad|wife|husband|partner|sons?|daughters?|sister|brother|friends|mam|mammy|ma|mother|father|da|daddy|nan|nana|gran|granny|grandma|grandad|lads|boys|girls|missus|fiancee|fiance|wee ones|bairns|weans)( \S+){0,8} (with (her|his|my|their) will|in case|to (read|open) (after|when|if)|for after|when (she's|he's|i'm|they're|she is|he is) gone|saying sorry|saying goodbye)\b"),
    p(r"\b(say\w*|said) (her |his |their |my )?goodbyes?( \S+){0,4} (and|while|then) (giving|gave|handing|handed|gives|hands) (away )?\b"),
    p(r"\b(giving|gave|give|gives|handing|handed) (away )?(her|his|my|their) (dog|dogs|cat|cats|pets?|puppy|horse|birds?) to (her|his|my|their|a) \S+\b")
        .unless(&["moving", "move", "moved", "abroad", "allergic", "allergy", "landlord", "flat", "apartment", "travelling", "traveling", "deployment", "deployed", "job", "holiday", "vacation", "hospital", "surgery", "minding", "mind", "for the week", "for a week", "for the weekend", "for a weekend", "over the weekend", "for a few days", "for the summer"]),
    p(r"\b(check\w*|look\w* into|read\w*|ask\w* about|research\w*|googl\w*|find\w* out|found out)( \S+){0,3} (whether|if) (her|his|my|their|the) (life )?insurance( policy)? (covers|would cover|pays out|would pay out|still pays|excludes) (suicide|if (she|he|i|they) (died|killed))\b"),
    p(r"\b(tie|tied|ties|tying|wrap\w*|put|puts|putting|pulled|pull|tighten\w*|loop\w*)( \S+){0,3} (a |the |her |his |my |their )?(scarf|cord|rope|ligature|tie|sheet|bedsheet|cable|lead|strap|shoelaces?|laces?|charger( cable)?|phone charger|belt|dressing gown cord|dog lead|leash|wire|tights)( \S+){0,2} (around|round) (her|his|my|their) (own )?neck\b"),
    // Collecting the means: buying pack after pack where pack sizes are limited (UK/Ireland).
    p(r"\b(several|multiple|lots of|many|a dozen|(six|seven|eight|nine|ten|twelve|fifteen|twenty|[5-9]|[1-9][0-9]) (more )?)(packs|packets|boxes|bottles) of (paracetamol|tablets|pills|painkillers|co codamol|aspirin|ibuprofen|sleeping (tablets|pills)|tylenol|acetaminophen|panadol|nurofen)\b"),
    p(r"\b(packs|packets|boxes|bottles) of (paracetamol|tablets|pills|painkillers|co codamol|aspirin|ibuprofen|sleeping (tablets|pills)|tylenol|acetaminophen|panadol|nurofen) from (different|several|multiple|various|two|three|four|a few) (shops|chemists|pharmacies|stores|supermarkets)\b"),
];

/// Access to means kept back: collecting or hiding medication rather than taking it (C-SSRS
/// preparatory "collecting pills"; CALM, Counseling on Access to Lethal Means).
const MEANS: &[Pat] = &[p(r"\b(hid|hidden|hides|hiding|squirrel\w*|tucked away|tucks away|kept back|keeps back|keeping back|collecting|collected|collects|gathering|gathered|putting aside|put aside|puts aside|setting aside|set aside|building up|built up|not taking|hasn't been taking|pretend\w* to take)( \S+){0,2} (her |his |my |their |the |some |a few |extra |spare )?(\S+ )?(pills|tablets|meds|medication|medicines|capsules|painkillers|sleepers|sleeping (pills|tablets)|paracetamol|insulin|morphine|methadone|tramadol|codeine|diazepam|valium|oxys|oxycodone)( \S+){0,3} (in|under|behind|inside|at the back of) (a|the|her|his|my|their) (drawer|box|tin|bag|handbag|purse|suitcase|sock|cupboard|wardrobe|closet|mattress|bed|shoe|shoebox|jar|pocket|car)\b")
    .after(r"^(from|at)\b"),
    p(r"\b(keeps?|kept|has|had|owns?|owned|bought|buys|got|stores?|stored|inherited) (a |an |his |her |their |the |two |three |several )?(crossbows?|air rifles?|hunting rifles?|deer rifles?|twelve gauge|12 gauge|glocks?|ar 15|ar15|semi automatic|semi auto|compound bow)\b")];

/// Self-harm by act: the Inventory of Statements About Self-injury's behaviours (Klonsky &
/// Glenn 2009: cutting, biting, burning, carving, pinching, hair pulling, severe scratching,
/// banging or hitting oneself, interfering with wound healing, rubbing skin, sticking with
/// needles, swallowing dangerous substances), concealment (long sleeves in summer: NICE NG225
/// and school guidance), UK "scoring", teen "barcode" and eraser burns. Functions (Nock 2009)
/// are read by the purpose rules in `recall`.
const SELF_HARM: &[Pat] = &[
    // "She isn't cutting anymore; she's burning instead": one method of self-injury swapped
    // for another (ISAS methods) is still self-injury.
    p(r"\b(she's|he's|they're|i'm|is|are|am|been|started|starting|starts|now|moved on to|moving on to|switched to|turned to|turning to|gone to|went to)( \S+){0,2} (burning|scratching|hitting|punching|biting|head ?banging|carving|picking|bruising) (instead|now|herself|himself|themselves|myself)\b")
        .need(&["cutting", "cut", "self-harm", "self-harming", "harm", "harming", "self-injury", "injuring"]),
    p(r"\b(pinch\w*|punch\w*|hit|hits|hitting|slap\w*|claw\w*|scald\w*|bruis\w*|whack\w*|thump\w*|smack\w*|choke|chokes|choked|choking|strangl\w*|starv\w*|bit|bites|biting) (him|her|my|them)sel(f|ves)\b")
        .after(r"^(up|out|together|off|back|away|to sleep|awake|on the (back|forehead|shoulder)|to (check|make sure|see|stay))\b"),
    p(concat!(r"\b(scored|scoring|scores|etched|etching|nicked|nicking|gouged|gouging|gouges|clawed|clawing|claws at|raked|raking|pinched|pinching|pinches|punched|punching|punches|slapped|slapping|slaps|scalded|scalding|whacked|whacking|thumped|thumping|rubbed raw|rubbing raw|rubs raw|scrubbed raw|scrubbing raw|scrubs raw) (into |at |on )?(her|his|my|their) (own )?", body!(), r"\b"))
        .owner(Owner::Agent)
        .after(r"^(to (stay|keep|check|make sure|see|wake|get)|awake)\b")
        .unless(NOT_SELF_INFLICTED),
    p(r"\b(bit|bite|bites|biting) (into )?(her|his|my|their) (own )?(arms?|forearms?|wrists?|hands?|legs?|thighs?)( \S+){0,3} (until|till|hard enough|so hard|to)\b"),
    p(concat!(r"\b(took|takes|take|taking|put|puts|putting|used|uses|using|ran|runs|running|dragged|drags|dragging|pressed|presses|pressing|held|holds|holding) (a |the |her |his |my |their |an )?(blade|razor|razor blade|sharpener( blade)?|pencil sharpener( blade)?|compass|scissors|knife|kitchen knife|broken glass|piece of glass|shard|shard of glass|lighter|lit cigarette|cigarette|hot (spoon|knife|iron|metal|water)|boiling water|pin|safety pin|paperclip|paper clip|staple|eraser|lit match)( \S+){0,2} (to|on|across|into|against|over|along) (her|his|my|their) (own )?", body!(), r"\b"))
        .owner(Owner::Agent)
        .unless(NOT_SELF_INFLICTED),
    p(concat!(r"\b(fresh|new|recent|deep|self inflicted|superficial|healing|open|linear|parallel|horizontal|vertical|multiple|several|numerous|rows of) (cuts|cut marks|marks|scratches|lacerations|wounds|burns|burn marks|slashes|scabs|scars)( \S+){0,3} (on|to|across|along|over|covering|up|down) (her|his|my|their|both) (own )?", body!(), r"\b"))
        .unless(NOT_SELF_INFLICTED),
    p(r"\b(cuts|cut marks|slashes|cigarette burns|burn marks|lighter burns|bite marks|scratch marks)( \S+){0,2} (on|across|along|up|down|to) (her|his|my|their|both) (own )?(left |right |upper |inner |lower )?(arms?|forearms?|wrists?|thighs?|legs?|stomach|belly|hips?|ankles?)\b")
        .unless(NOT_SELF_INFLICTED),
    p(r"\b(reopen\w*|re opening|re opened|open\w* up|tear\w* open|tore open|rip\w* open|dig\w* (at|into)|pick\w* at) (her|his|my|their|the|old)( old)? (wounds?|cuts|stitches|sutures|scars)\b")
        .unless(&["surgery", "operation", "surgical"]),
    p(r"\b(long sleeves|sleeves|hoodies?|jumpers?|sweaters?|bracelets|wristbands|sweatbands|plasters|band aids|bandaids|bandages)( \S+){0,6} (to )?(hide|hides|hiding|hid|cover|covers|covering|covered|conceal\w*)( \S+){0,2} (the |her |his |my |their )?(marks|cuts|scars|burns|wounds)\b"),
    p(r"\b(hid\w*|hides|cover\w*|conceal\w*) (the |her |his |my |their )?(marks|cuts|scars|burns|wounds)( \S+){0,3} (with|under|using|in) (long sleeves|sleeves|hoodies?|jumpers?|sweaters?|bracelets|wristbands|plasters|band aids|bandages)\b"),
    p(r"\b(barcode (arms?|wrists?|thighs?|legs?|cuts|scars)|eraser (burns?|challenge)|salt and ice (burns?|challenge))\b"),
    p(r"\b(punch\w*|hit|hits|hitting|kick\w*|smash\w*) (a |the )?(brick )?(walls?|doors?|mirrors?|windows?)( \S+){0,4} (on purpose|to (hurt|feel|punish|break) (him|her|my|them)sel(f|ves)|to feel (pain|something))\b"),
    p(concat!(r"\b(ran|runs|running|put|puts|putting|held|holds|holding|plunged|dipped|stuck) (her|his|my|their) (own )?", body!(), r" (under|in|into) (the )?(boiling|scalding|very hot|freezing|ice|iced) (water|bath|kettle water|tap)\b"))
        .owner(Owner::Agent),
    p(r"\b(superficial |healing |fresh |linear |self inflicted |multiple |several )?(lacerations|lacs|cuts|scratches|burns) (to|on|across) (the |her |his )?(l|r|left|right|both|bilateral) (forearms?|arms?|wrists?|thighs?|legs?|upper arms?)\b")
        .unless(NOT_SELF_INFLICTED),
    // "Fresh cigarette burns L forearm": charting shorthand drops the preposition; only new
    // marks are read so ("old cigarette burns L forearm" is history).
    p(r"\b(fresh|new|recent|self inflicted) ((cigarette|cig|lighter) )?(lacerations|lacs|cuts|scratches|burns) (l|r|left|right|both|bilateral) (forearms?|arms?|wrists?|thighs?|legs?|upper arms?)\b")
        .unless(NOT_SELF_INFLICTED),
    p(r"\b(dsh|self poison\w*|selfpoison\w*)\b"),
    // "held his palms over the kerosene stove 'to punish the hands'": a body part put to a
    // flame or a hot ring is a burn one gives oneself (ISAS: burning).
    p(concat!(r"\b(held|holds|holding|hold|put|puts|putting|pressed|presses|pressing|kept|keeps) (her|his|my|their) (own )?", body!(), r" (over|on|against|in|into|onto|to) (the |a |an )?(\S+ )?(stove|flame|flames|fire|candle|hob|burner|hotplate|hot plate|gas ring|cooker ring|stove top|stovetop|iron)\b"))
        .owner(Owner::Agent)
        .unless(BURNED_BY_ACCIDENT),
    p(r"\b(held|holds|holding|put|puts|putting|pressed|presses|pressing) them (over|on|against|in|into|onto|to) (the |a |an )?(\S+ )?(stove|flame|flames|fire|candle|hob|burner|hotplate|hot plate|gas ring|cooker ring|stove top|stovetop)\b")
        .need(&["hands", "palms", "fingers", "arms", "wrists", "forearms", "feet"])
        .unless(BURNED_BY_ACCIDENT),
];

/// Self-poisoning by swallowing what is not food or medicine (ISAS; NICE NG225).
const SELF_POISON: &[Pat] = &[p(r"\b(swallow\w*|ate|eat|eats|eating|drank|drinking|drinks|drink|ingest\w*|downed|gulped|chugged)( \S+){0,3} (batteries|a battery|button batteries|broken glass|ground glass|glass shards|shards of glass|pieces of glass|bits of glass|razor blades?|blades|screws|nails|pins|coins|magnets|bleach|hand sanitiser|hand sanitizer|cleaning (fluid|products?|spray)|dettol|detergent|washing (up )?(liquid|powder)|laundry (pods?|capsules|detergent)|tide pods?|drain cleaner|antifreeze|weed ?killer|rat poison|paint thinner|nail polish remover|white spirit|paraquat|gramoxone|pesticide|insecticide|rat poison|two-step|aldicarb|weedicide|herbicide)\b")
    .after(r"^(of|noodles|bottles?|jars?|jug|cup)\b")
    .unless(&["accidentally", "accident", "toddler", "baby", "dog"])];

/// Substance use: street and regional names of drugs and drinking (DEA Intelligence Report
/// "Slang Terms and Code Words" 2018; UK Talk to FRANK; Australian Alcohol and Drug
/// Foundation), paraphernalia and withdrawal (CIWA/COWS wording: the shakes, dope sick), the
/// verbs of obtaining and using, and quantities of use (AUDIT items 2-3, UK units,
/// Australian standard drinks and slabs).
const SUBSTANCE: &[Pat] = &[
    // "ran his skiff up on the shoal full of shine": full of drink is intoxicated; not a fridge
    // or a truck full of it.
    p(r"\b(full of|tanked up on|loaded on|loaded up on|lit up on|sloshed on) (the )?(shine|moonshine|beer|beers|booze|liquor|whiskey|whisky|vodka|rum|wine|grog|piss|cider|drink|drinks|tequila|bourbon|gin|hooch|brandy|pills|meth|dope|coke)\b")
        .before(r"\b(fridge|cooler|esky|chilly bin|truck|ute|van|car|trunk|boot|bag|cupboard|cabinet|house|glass|bottle|cup|jar|room|barn|shed|garage|crate|box|pantry|cellar|backpack|tub|bucket|case|cart|trolley|basket|bin|boat|table|shelf|shelves|drawer|kitchen|freezer|store|shop|bar|pub|party|world|town|city|place|street)( \S+)?$"),
    // "Plastered at the Legion dance, drove home anyway": shorthand that opens on the state,
    // the client its unspoken subject. Not the slang that also means a heavy defeat.
    p(r"^(plastered|legless|paralytic|sloshed|blitzed|blotto|sozzled|bladdered|shitfaced|drunk|stoned|tanked|blind drunk|tipsy|intoxicated) (at|on|after|by|before|during|from|again|all)\b"),
    // "now on the coke", "back on the gear": on a drug by its street name.
    p(r"\b(is|was|been|'s|back|now|still|got|gets|went|gone|straight|always|heavily|properly) (\S+ )?on the (\S+ (and|or) the )?(coke|charlie|gear|crack|speed|ket|meth|ice|smack|brown|blow|benzos|vallies|sniff|pingers)\b"),
    // Names that mean nothing else (North African "zatla" and "karkoubi" pills, Colombian
    // "basuco", Czech "pernik", Zimbabwean "broncleer" syrup and "mutoriro").
    p(r"\b(zatla|zetla|karkoubi|basuco|bazuco|pernik|broncleer|mutoriro|yayo|nose candy|speedballs?|speedballing|skag|scag|china white|black tar|tar heroin|fetty|perkies|perc 30s|m30s?|crystal meth|geeked|geeking|shabu|yaba|billy whizz|pingers|pingas|eccies|eckies|mephedrone|meow meow|mkat|m cat|k hole|k holes|k holing|k holed|mushies|magic mushrooms|liberty caps|dmt|ayahuasca|gbl|ghb|liquid ecstasy|whippets|whip its|nangs|hippy crack|synthetic (cannabis|weed|marijuana|cannabinoids|cathinones)|bath salts|flakka|flocka|pervitin|sisa|spliffs?|bongs?|bong (hits|rips)|reefer|ganja|hashish|purple drank|sizzurp|dirty sprite|codeine syrup|xannies|zannies|trammies|street (benzos|valium|xanax|diazepam|pills|methadone|opioids|gear|heroin|oxy|oxys)|crack ?pipe|meth ?pipe|ice pipe|crackhead|methhead|meth head|smackhead|smack head|cokehead|coke head|pothead|junkie|druggie|dope ?sick|dopesick|comedowns?|come downs|track marks|needle marks|dirty needles|shar\w* needles|used needles|burnt foil|burned foil|chas\w* the dragon|on the nod|nodding out|nodded out|overamped|over amped)\b"),
    // Driving intoxicated told by the test (FORMATS §3: driving intoxicated is risky use):
    // "stopped him, he was over the limit", "breathalysed, twice the limit", "zero point nine
    // per mille", "with the Merlot in the blood".
    p(r"\b(over|above|twice|three times|double|way over|well over|just over|three times over|twice over) the (legal )?((drink|drunk)[- ]?driv\w* |alcohol |blood alcohol |breath )?limit\b")
        .need(&["police", "cops", "cop", "stopped", "pulled", "breath", "breathalysed", "breathalyzed", "breathalysed", "breathalyser", "breathalyzer", "roadside", "driving", "drove", "drive", "licence", "license", "car", "arrested", "charged", "checkpoint", "garda", "drink", "drinking", "drunk", "pints", "beers", "wine", "booze"]),
    p(r"\b(breathalys\w*|breathalyz\w*|breath[- ]?test\w*|blew|blows|blowing)( \S+){0,6} (positive|over|twice|failed|fail|point \S+|per mille|promille)\b")
        .need(&["police", "cops", "cop", "stopped", "pulled", "roadside", "driving", "drove", "licence", "license", "car", "arrested", "charged", "limit", "alcohol", "breathalysed", "breathalyzed", "breathalyser", "breathalyzer", "test"]),
    p(r"\b(per mille|promille|per mil)\b")
        .need(&["alcohol", "blood", "police", "stopped", "driving", "drove", "licence", "license", "wine", "beer", "drink", "drunk", "breath"]),
    p(r"\b(the )?(alcohol|booze|drink|wine|beer|vodka|whiske?y|rakija|spirits|merlot|schnapps|grappa) in (the|his|her|their) blood\b"),
    // British and Australian similes of drunkenness ("pissed" alone may be angry in US speech).
    p(r"\b(pissed|drunk|sloshed|tight) as (a newt|a fart|a skunk|a lord|a rat|a fiddler|a bastard|a parrot|two owls|a coot|a tick)\b|\bpissed out of (his|her|their|my) (head|skull|mind|tree)\b"),
    // South African English from Afrikaans: "properly gesuip", "he was dronk", "babalas".
    p(r"\b(gesuip|gesuipt|dronk|babalas|babbelas|getrek)\b"),
    p(r"\b(poppers|nitrous|laughing gas)\b")
        .before(r"\bparty$")
        .unless(&["dentist", "dental", "labour", "labor", "birth", "childbirth", "anaesthetic", "anesthetic", "surgery"]),
    p(r"\b(huff\w*|sniff\w*|chroming|chromed|bagging|inhal\w*)( \S+){0,2} (glue|petrol|gasoline|gas|paint|aerosols?|deodorant|lighter fluid|lighter gas|lighter refills?|butane|solvents?|spray paint|whipped cream cans|gas canisters|thinners?|paint thinners?|nail polish remover|correction fluid|tipp-?ex|markers|air freshener|spray cans?)\b")
        .unless(&["fumes", "smoke", "fire"]),
    p(r"\b(chroming|petrol sniffing|glue sniffing|huffing|khat|qat|miraa|doctor shopping)\b"),
    p(r"\b(two|multiple|several|different|three|four|a few) (doctors|gps|gp's|pharmacies|chemists|prescribers|walk in clinics)( \S+){0,4} (for|to get) (\S+ )?(scripts|prescriptions|pills|painkillers|benzos|oxys|valium|xanax|codeine|opioids|tramadol)\b"),
    p(r"\b(spent|spends|spending|blew|blows|blowing|wasted|wastes|wasting) (all )?(of )?(her|his|their|my) (pay|wages|money|dole|centrelink|benefits|rent money|pay packet|paycheck|pay cheque|welfare|giro) on (grog|piss|booze|drink|gear|ice|drugs|coke|weed|pills|(the )?pokies and (grog|piss|booze|drink)|(grog|piss|booze|drink) and)\b"),
    // Smoking.
    p(r"\b(smok\w*|toke\w*|toking|blaz\w*|hotbox\w*|hot box\w*|puff\w*) (some |a few |a couple of |two |three |a lot of |heaps of |loads of )?(ice|crystal|tina|crack|rock|rocks|dope|grass|bud|skunk|hash|resin|cones|a cone|billies|a billy|a bowl|bowls|a spliff|za|loud|brown|foil|off foil|choof|yarndi|mull|speed|spice|mamba|shard|shards)\b")
        .after(r"^(cream|salmon|mackerel|haddock|cheese|ham|fish)\b"),
    p(r"\b(hit|hits|hitting|ripp\w*|rip|rips|pull\w*) (on )?(the|a) (pipe|bong|billy|cone|vape pen|pen|cart|dab rig|rig)\b"),
    // Snorting, taking, using.
    p(r"\b(snort\w*|sniff\w*|rail\w*|did|doing|does|do|done|took|takes|taking|take|tried|trying|using|used|uses|use|dropp\w*|drops) (some |a bit of |a few |two |three |heaps of |loads of |a lot of )?(a line|lines|a bump|bumps|a key|keys|coke|charlie|chang|gak|gack|bugle|powder|the powder|speed|ket|molly|mandy|crystal|ice|pingers|eccies|a tab|tabs|acid|mushrooms|base|tina|k|g|smack|dope|blow|shards?)\b")
        .after(r"^(on|pack|packs|cube|cubes|cream|bath|baths|skating|water|lolly|lollies|and heat|to|for the|of (code|poetry|the play|the script))\b")
        .unless(&["play", "rehearsal", "rehearsals", "script", "audition", "drama", "theatre", "theater", "poem", "poetry", "code", "typing", "actor", "actress"]),
    p(r"\b(inject\w*|shoot\w*|shot|slam\w*|bang\w*) (some |the )?(ice|crystal|meth|gear|dope|smack|speed|heroin|coke|tina|shards?)\b")
        .after(r"^(cream|hockey|rink|skating|on|pack)\b"),
    p(r"\b(popp\w*|pop|pops|necked|necking|neck|necks) (a |some |two |three |a few |a couple of |half a |\S+ )?(pills|pingers|eccies|xans|bars|beans|caps|tabs|molly|mandy|e's|percs|oxys)\b"),
    p(r"\b(dropp\w*|drops) (a |some |two |half a )?(acid|a tab|tabs|molly|mandy|pingers|eccies|mdma|beans|xans|bars)\b")
        .after(r"^(on|off|in|into|at|down|onto|to|from)\b"),
    // Obtaining.
    p(r"\b(scor\w*|cop\w*|picked up|pick\w* up|bought|buy|buys|buying|got hold of|get hold of|getting hold of|sourc\w*|sell\w*|sold|dealing|deals|dealt|re ?upp\w*|re up)( some| a| an| another| her| his| their| two| three| half an?| an extra)? (gram|grams|g|gs|half g|eighth|eighths|8 ball|eight ball|eightball|ounce|ounces|half ounce|baggie|baggies|dime bag|nickel bag|twenty bag|tenner|coke|charlie|chang|gak|smack|dope|molly|mandy|pingers|eccies|xans|bars|tabs|acid|ket|speed|hash|skunk|bud|shrooms|mushies|shards?|tina|ganja|reefer|spice|blow|yayo|oxys|percs|perkies|m30s|fetty|crack rocks)\b")
        .after(r"^of (gold|silver|flour|sugar|salt|butter|cheese|spice|spices)\b")
        .unless(SPORT),
    p(r"\b(gram|grams|g|point|points|eighth|bag|bags|baggie|line|lines|bump|bumps|cap|caps|tab|tabs|pill|pills) of (ice|crystal|coke|charlie|smack|gear|dope|speed|molly|mandy|ket|acid|tina|shard)\b")
        .unless(SPORT),
    // "smokes a gram of hash a day": cannabis by its amount, smoked or vaped.
    p(r"\b(smok\w*|vap\w*|gets through|got through|goes through|went through|gone through)( a| an| one| two| three| half a| a quarter| an eighth)? (gram|grams|g|eighth|quarter|ounce|oz|bag|baggie|bowl|bowls) of (weed|hash|hashish|skunk|cannabis|pot|kush|grass|dope|ganja|bud|resin|charas|dagga)\b")
        .unless(SPORT),
    p(r"\b(her|his|my|their) (dealer|plug|connect|supplier)\b")
        .unless(&["car", "card", "art", "antique", "furniture", "electrical", "phone", "charger", "socket", "power", "outlet", "bath", "sink", "parts", "timber", "fabric"]),
    p(r"\b(owes|owed|owing|in debt to|debt to) (a |the |some )?(dealer|dealers|drug dealer|drug dealers)\b"),
    // On the ...: being on a substance, drinking idioms (UK, Irish, Australian).
    p(r"\bon the (gear|pipe|piss|lash|sesh|batter|tear|razz|turps|grog|drink|sauce|bottle|juice|nod|rock|smack|gak|charlie|sniff|bugle|chang|glass|ket|yokes|naggins|voddy|buckie)\b")
        .before(r"\b(put|puts|putting|try|tries|tried|trying|wear|wears|wearing|left|leave|leaves|stand|stood|standing|sit|sat|sitting|fell|played|playing|label|tap)( \S+){0,2}$")
        .unless(SPORT),
    p(r"\b(she|he|i|they|she's|he's|i'm|they're|started|starts|starting|got|gets|getting|back|hooked|addicted)( (was|is|were|are|has been|have been|had been|been|being|still|back|now|heavily|really|constantly|always|again|also|probably|clearly|definitely))* on (ice|crystal|tina|speed|smack|dope|coke|charlie|pingers|molly|mandy|ket|fent|fetty|bars|xans|percs|oxys|lean|gear|the gear|the pipe|the rock|g|h)\b")
        .after(r"^(for (the|a) (ride|team|game|trip|walk)|dial|cameras?|skates|rink|hockey|duty|shift)\b"),
    p(r"\b(hit|hits|hitting) the (bottle|booze|sauce|turps|grog|piss|drink|gear|pipe)\b"),
    // "Went on a tear Friday with the boys": a drinking spree in North American, Irish and
    // Scots words ("a toot", "a batter", "a bender" is in the lexicon).
    p(r"\b(went|goes|go|going|gone|been|was|were|is|are|'s|ended up|off) on (a|another|one|his|her|their) (tear|toot|batter|bash|rip|bust|blinder|tare|razz)\b")
        .after(r"^(about|at|over|against|with (her|his|their) (work|essays?|chores|cleaning|emails))\b")
        .unless(SPORT),
    // Drunk or high in regional words.
    p(r"\b(got|get|gets|getting|was|were|been|is|are|being|ended up|end up|came home|comes home|coming home|turned up|turns up|showed up|shows up|arrived|rolled in|she's|he's|they're|i'm)( absolutely| completely| totally| really| so| pretty| fairly| a bit| properly| proper| well| too| blind)? (legless|paralytic|rat arsed|ratarsed|trolleyed|sloshed|sozzled|blotto|bladdered|munted|maggoted|shitfaced|shit faced|off (her|his|my|their) (face|head|tits|nut|chops|trolley)|out of (her|his|my|their) (face|skull|tree|box|head|mind) on|three sheets to the wind|stocious|stotious|blootered|scuttered|langers|langered|steamboats|zooted|blazed|pissed up|tanked up|liquored up|boozed up|well oiled|half cut|worse for wear|blind drunk)\b"),
    p(r"\b(got|get|gets|getting) (absolutely |completely |totally |really |so |properly )?(trashed|twisted|lit|baked|faded|merry|tanked|wrecked|fried|blind|cooked|loaded|pissed|mashed|munted|on it)\b")
        .after(r"^(off|at|with|about|that|because|over|by|from|in|on|up|out|to|into)\b"),
    // Drinking verbs with containers and amounts.
    p(r"\b(sank|sink|sinks|sinking|sunk|knock\w* back|knocked back|put away|puts away|putting away|got through|gets through|getting through|goes through|go through|went through|polish\w* off|downs|downed|downing|skoll\w*|scull\w*|chug\w*|necks|necked|necking|shotgun\w*|smash\w*|drank|drinks|drinking|drink|had|has|have|having)( a| an)?( \S+){0,2} (cans|tins|tinnies|tinny|stubbies|stubby|schooners|middies|pints|pint|slab|slabs|goon|cask|casks|carton|cartons|longnecks|tallboys|tall boys|tall cans|jars|bevvies|bevvys|bevs|swallies|frothies|coldies|cold ones|sherbets|snifters|voddies|tequilas|sambucas|jagerbombs|jager bombs|shots of (vodka|tequila|whisky|whiskey|rum|gin|sambuca|jager|jagermeister|fireball|spirits))\b")
        .after(r"^of (milk|water|juice|coke|pepsi|lemonade|squash|orange|apple|soda|pop|tea|coffee|blood|energy|red bull|monster|diet)\b")
        .unless(&["paint", "beans", "tuna", "soup", "food"]),
    p(r"\b(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|half a|a couple of|couple of|a few|several|\d+|a whole|an entire|most of a|a full|a dozen)( or \S+)? (cans|tins|tinnies|stubbies|schooners|middies|pots|pints|slabs?|goon bags?|casks?|cartons|longnecks|tallboys|tall cans|units|standard drinks|grams|g|points|lines|cones|billies|bongs|bowls|pingers|bumps|eighths|bags|baggies)( of (beer|cider|lager|bitter|stout|ale|wine|goon|grog|premix|spirits|vodka|rum|bourbon))? (a|per|every|each|most|on a|at the|over the|in a|in one) (day|night|nights|evening|evenings|weekend|weekends|week|morning|mornings|session|sitting|go)\b")
        .unless(&["insulin", "paint", "soup", "beans"]),
    // Drinking idioms and secrecy (CAGE "eye-opener"; hidden bottles).
    p(r"\b(hair of the dog|liquid lunch|day drinking|secret drinking|drinks in secret|drinking in secret|pub crawls?|piss ups?|pissups?|all dayers?|drinking sessions?|goon (bags?|sacks?)|boxed wine|box wine|cask wine|bag of goon|seshing|on a sesh|big sesh|heavy sesh|(a|few|couple of|some|several|couple|two|three) (jars|bevvies|bevvys|bevs|swallies|frothies|coldies|cold ones|sherbets|snifters|voddies|tinnies|stubbies|schooners|pints|tins|cans of (beer|cider|lager)|rum and cokes|vodka sodas|vodka red bulls|gin and tonics|jagerbombs|jager bombs)|(needs?|needed|has|had|having|take|takes|took) an eye opener|(hid\w*|hides|stash\w*) (her |his |their |the |a )?(bottles|vodka|alcohol|booze|cans|grog|empties)|(hidden|stashed) (bottles|vodka|alcohol|booze|cans|grog|empties)|bottles (hidden|stashed))\b")
        .after(r"^of (milk|water|juice|coke|lemonade|squash|tea|coffee|blood)\b"),
    // Withdrawal and craving met.
    p(r"\b(the shakes|shaky|shaking)( \S+){0,3} (in the morning|of a morning|first thing|when (she|he|i|they) (doesn't|don't|didn't|stops?|stopped) (drinking|using|drink|use))\b"),
    p(r"\b(having|had|has|in|going through|went through|goes through|with|get|gets|got|getting|from) (bad |the |severe |nasty |awful )?withdrawals\b"),
    p(r"\b(was|is|been|she's|he's|i'm|they're|were|are) (rattling|clucking|hanging out)( \S+)? (for|bad|badly|from)\b")
        .after(r"^(with|at|in)\b"),
    p(r"\bhanging out for (a|some|the|another|her|his|their) (hit|fix|shot|pill|score|smoke|cone|drink|taste)\b"),
    p(r"\b(needed|needs|need|needing|get|got|gets|getting|score|scored|have|had) (a|her|his|their|the next|another) fix\b"),
    p(r"\b(needed|needs|needing|chasing|chase|chased) (a|her|his|their|the next|another|the) (hit|high)\b")
        .after(r"^of (dopamine|serotonin|adrenaline|sugar|caffeine|coffee|excitement)\b"),
];

/// Overdose told by its rescue: naloxone given (SAMHSA Opioid Overdose Prevention Toolkit).
const OVERDOSE: &[Pat] = &[p(
    r"\b(narcan(ned|'d)|(given|(gave|give|giving) (her|him|them|you|me)|administered|needed|received|revived with|brought back with|hit with) (\S+ )?(narcan|naloxone))\b",
)
// "I gave her a naloxone kit and showed her how to use it": a kit supplied is harm
// reduction, not a rescue.
.after(r"^(kits?|packs?|pens?|sprays?|training|to (keep|take|carry|have))\b")];

/// Violence by the client outside family: assault verbs in UK/Australian/US slang
/// ("glassed", "king hit", "decked"), threats with a weapon and weapon carrying (threat
/// assessment: Meloy 2012 warning behaviours, Fein & Vossekuil 1998 attack-related
/// behaviour), property destruction and road rage.
const VIOLENCE: &[Pat] = &[
    // "put his fist through her windshield with her sitting in the car", "Fist through the
    // windshield of a guy's truck. Guy was in it": a blow through glass at someone inside.
    p(r"\b(put|puts|putting|punched|punches|punching|smashed|smashes|smashing|drove|stuck|rammed)? ?(his|her|their|my|a) fist through (the|her|his|their|a) (\S+ )?(windshield|windscreen|window|car window|truck window|door|glass)\b")
        .need(&["in it", "inside", "sitting", "sat", "with her", "with him", "while she", "while he", "while they", "still in"]),
    p(concat!(r"\b(glassed|glassing|bottled|bottling|nutted|nutting|headbutt\w*|head butt\w*|king hit\w*|coward punch\w*|sucker punch\w*|stomp\w* on|curb stomp\w*|kerb stomp\w*|pistol whip\w*|shanked|shanking|knifed|knifing|lamped|lamping|chinned|chinning|kneed|elbowed|spat (at|on)) (him|her|them|someone|somebody|anyone|anybody|", stranger!(), r")\b"))
        .before(PASSIVE),
    p(concat!(r"\b(decked|floored|socked|clobbered|walloped|battered|booted|jumped|rolled|bashed) ", stranger!(), r"\b"))
        .before(PASSIVE)
        .unless(SPORT),
    p(concat!(r"\b((sparked|knocked|laid) ", stranger!(), r" out|put ", stranger!(), r" in (hospital|the hospital|a coma|intensive care|icu)|beat ", stranger!(), r" up)\b"))
        .before(PASSIVE)
        .unless(SPORT),
    p(r"\b(threaten\w*|threats? to|threatening to|said (she|he|i|they)('d| would| will|'ll| was going to| is going to| were going to))( \S+){0,2} (to )?(stab|shoot|glass|bottle|knife|shank|torch|firebomb|petrol bomb) (him|her|them|someone|somebody|the|his|her|their|my|a|that|this|anyone|everyone|people|\S+'s)\b")
        .before(PASSIVE),
    p(r"\b(tooled up|packing (heat|a gun|a piece|a knife|a blade)|carrying (heat|a piece|a strap|a shank))\b"),
    p(r"\b(got into|get into|gets into|getting into|was in|were in|been in|had|has|have|having) a (bit of a |big |massive |proper )?(blue|stoush|punch on|ruck|dust up|rumble|scrap)( with| at| outside| in| down| on| after|$| ,| \.)")
        // "had a blue on the phone": a row at a distance is words, no blow.
        .after(r"^\s*(with \S+ )?((on|over) )?(the )?(phone|text|texts|messenger|facetime|video|zoom)\b")
        .unless(SPORT),
    p(concat!(r"\bthreaten\w* (someone|somebody|", stranger!(), r")( \S+){0,3} with (a|an|his|her|the|their|some|a broken) \S+\b"))
        .before(PASSIVE)
        .unless(&["lawsuit", "court", "solicitor", "lawyer", "police", "eviction", "divorce", "letter", "fine", "ban", "suspension", "warning", "complaint", "ultimatum", "report", "sack", "sacking", "dismissal", "legal", "tribunal", "cops", "grievance", "fail", "detention"]),
    p(r"\bjumped (him|them)( \S+){0,3} (outside|after|near|at|behind|in the|on the way)\b")
        .before(PASSIVE),
    p(concat!(r"\b(gave|give|gives|giving) ", stranger!(), r" (a )?(good |real |proper |right )?(hiding|belting|beating|thrashing|kicking|going over|flogging|walloping|hammering)\b"))
        .unless(SPORT),
    p(r"\b(in|into|had|has|have|having|been in) (a |an |one |two |three |four |several |some |a few |a couple of )?(punch ons?|stoush(es)?|rucks|dust ups)\b")
        .unless(SPORT),
    p(concat!(r"\b(threw|throws|throwing|thrown|chucked|chucks|chucking|hurled|hurls|hurling|lobbed|lobs|flung|flings) (a|an|the|his|her|their|some|a full|a half full)( \S+){0,2} (at|towards|toward) (someone|somebody|", stranger!(), r")\b"))
        .before(PASSIVE),
    // "through the bookie's window", "through the kitchen door": a possessive or a noun may
    // stand before the thing broken.
    p(r"\b(put|puts|putting) (his|her|their|my) (fist|foot|head) through (the|a|his|her|their|my) (\S+'s )?(\S+ )?(wall|door|window|windscreen|windshield|tv|television|glass)\b"),
    p(r"\b(punch\w*|kick\w*|smash\w*|slamm\w*) (a |the )?(hole|holes)( \S+){0,2} (in|through) (the|a) (wall|door|plasterboard|drywall)\b"),
    p(concat!(r"\b(ran|run|running|runs|forced|forcing|force|drove|driving) (him|her|them|someone|somebody|", stranger!(), r") off the road\b")),
    p(r"\b(rammed|ramming|rams|ram)( into)? (a|the|another|his|her|their|someone's) (\S+ )?(car|ute|truck|van|vehicle)\b")
        .unless(&["bumper", "dodgems", "accident"]),
    // Squaring up, a chest bump or a shoulder barge is bodily; "got in his face and cussed him
    // out" is a confrontation in words (FORMATS §3: physical aggression), so not here.
    p(r"\b(squar\w* up to|chest bump\w*|shoulder barg\w*)\b"),
];

/// Thoughts or threats of harming others short of killing, and targeting: revenge planning,
/// a hit list (Meloy 2012: pathway, fixation, leakage; Borum et al. 1999).
const HARM_OTHERS: &[Pat] = &[
    p(r"\b(threaten\w*|threats?)( \S+){0,2} to (batter|bash|beat|kick|punch|deck|jump|hurt|harm|hit|slap|stomp|bash up|beat up|smash (his|her|their) face in) (him|her|them|someone|somebody|his|her|their|the|that|this|\S+'s)\b")
        .before(PASSIVE)
        .after(r"^(out of (here|there)|home|to bed|a job|back)\b"),
    p(r"\b(hit list|kill list)\b"),
    p(r"\blist of (people|names|everyone)( \S+){0,4} (to (hurt|kill|get|shoot|pay)|(he|she|they|i) (wants?|would like|plans?|planned|is going) to (hurt|kill|get|shoot))\b"),
    p(r"\b(revenge|vengeance) (fantas\w*|plans?|plots?|thoughts)\b"),
    p(r"\b(like|love|want\w*|wish\w*|hop\w*|longs?|can't wait) to (see|watch|make) (him|her|them|his \S+|her \S+|the \S+|that \S+)( \S+)? (suffer|hurt|in pain|bleed|burn|rot|scream)\b"),
    p(r"\b(plot\w*|plann\w*|plans|fantasi\w*|obsess\w* (over|about)|dwell\w* on|ruminat\w* (on|about)|thinks? about|thinking about|thought about)( \S+){0,2} (revenge|payback|vengeance|getting back at (him|her|them|his|her)|getting even with|making (him|her|them) pay|hurting (him|her|them|his \S+|her \S+|the \S+))\b")
        .after(r"^(the|child|back|rent|maintenance|support|his share|her share|bills|for (the|damages|repairs|rent|child))\b"),
];

/// Homicidal threats said in words other than "kill" (threat assessment: a directly
/// communicated threat).
const HOMICIDAL: &[Pat] = &[
    // "'Open him like muikku.' Means kill, he says. Not joke.": a threat the client glosses as
    // meaning to kill (threat assessment: intent stated); not killing time or oneself.
    p(r"\b(means?|meant|meaning) (to )?(kill|killing|murder|murdering)( (him|her|them|the guy|that guy|the man))?\b")
        .after(r"^((him|her|them|my|your)sel\w*|time|the (time|lights|engine|mood|music|pain)|off|it|switch)\b"),
    // "thinking about going over to his ex's new man's house with the deer rifle": a weapon
    // taken in thought to where a named person lives (threat assessment: target, weapon,
    // approach).
    p(r"\b(think\w*|thought|planning|planned|wants?|wanted|fantasi\w*|picturing|pictures|imagin\w*) (about |of |on )?(going|go|driving|drive|heading|walking|showing up|turning up) (over |round |around |down |up )?(to|at) (\S+ ){0,4}(house|home|place|work|office|shop|flat|apartment|trailer|farm|yard) with (the|his|her|a|my|their) (\S+ )?(rifle|gun|shotgun|pistol|handgun|revolver|knife|machete|cutlass|panga|axe|bat|crowbar|hammer)\b"),
    p(r"\b(threaten\w*|threats?)( \S+){0,2} to (murder|end|off|waste|take out|bury|top) (him|her|them|his|her|their|the|that|this|\S+'s|everyone|someone)\b")
        .before(PASSIVE)
        .after(r"^(business|project|relationship|marriage|lease|contract|friendship|call|meeting|season|deal)\b"),
    // "Wants to find the man with the panga and 'finish him'": a person sought out to be
    // "finished" (threat assessment: an identified target sought). Games and chores are not.
    p(r"\b(want\w*|going|gonna|plan\w*|vow\w*|swear\w*|swore|intend\w*) (to )?(find|track down|hunt down|get|go after|look for|catch) (the|that|this|his|her|those) (\S+ ){0,5}and (\x22 |' )?(finish|finished) (him|her|them)\b")
        .unless(&["game", "games", "level", "boss", "fortnite", "xbox", "playstation", "match", "homework", "essay", "job", "chores"]),
];

/// Words that name a child in the sentence, for neglect told by unmet needs.
const CHILD_CUES: &[&str] = &[
    "kids",
    "kid",
    "children",
    "child",
    "ones",
    "grader",
    "grader's",
    "graders",
    "son",
    "daughter",
    "boy",
    "girl",
    "toddler",
    "baby",
    "bairns",
    "weans",
    "wean",
    "mawther",
    "school",
    "teacher",
    "brother",
    "sister",
    "siblings",
    "bairn",
    "infant",
    "newborn",
    "youngest",
    "eldest",
    "wee one",
    "little one",
    // Southern US "young'uns", Caribbean "pickney", Nigerian "pikin".
    "young'uns",
    "younguns",
    "youngins",
    "pickney",
    "pikin",
    CHILD_AGE,
];

/// A need entry for a child's age ("the four-year-old", "her 7 year old"): a number up to
/// fifteen before "year old".
const CHILD_AGE: &str = "#child-age";

/// Whether the words give a child's age: a number from one to fifteen, in words or digits,
/// before "year old" or "years old".
fn child_age(words: &[&str]) -> bool {
    const AGES: &[&str] = &[
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen",
    ];
    words.windows(3).any(|w| {
        let young =
            AGES.contains(&w[0]) || w[0].parse::<u32>().is_ok_and(|n| (1..=15).contains(&n));
        young && matches!(w[1], "year" | "years") && matches!(w[2], "old" | "olds")
    })
}

/// Words that name an older person or their income, for neglect told by unmet needs.
const ELDER_CUES: &[&str] = &[
    "grandma",
    "grandpa",
    "gran",
    "granny",
    "nan",
    "nana",
    "grandad",
    "granddad",
    "grandmother",
    "grandfather",
    "pension",
    "pensioner",
    "elderly",
    "mr",
    "mrs",
    "dementia",
    "security",
    "centrelink",
    "carer",
    "caregiver",
    "grandson",
    "granddaughter",
    "aged",
];

/// Abuse and neglect told by acts: HITS (Sherin 1998: hurt, insult, threaten, scream) and
/// WAST (Brown 1996: frightened by a partner), the Danger Assessment (Campbell 2009:
/// strangulation, threats, stalking), coercive control (Stark 2007: isolation, money,
/// monitoring, threats to pets, immigration and custody), sexual coercion (Koss's Sexual
/// Experiences Survey; reproductive coercion), child maltreatment (Straus's CTS-PC:
/// hitting with a belt, hairbrush or stick; "a hiding", "a belting"; injuries on a child), and
/// elder abuse (Elder Abuse Suspicion Index, Yaffe 2008; NCEA indicators: signing papers,
/// money taken, neglect by a carer: soiled, pressure sores, left alone, no glasses or aids).
const ABUSE: &[Pat] = &[
    // "Three nights, kids alone, fridge empty.": children alone, told in shorthand beside the
    // nights or an empty larder, are neglected.
    p(r"\b(the )?(kids|children|little ones|young ones|babies|baby|toddlers?) (home |at home |left )?alone\b")
        // "carrying the house and the two kids alone": a parent raising them alone.
        .before(r"\b(carrying|carries|raising|raises|caring for|cares for|looking after|looks after|managing|manages|handling|doing|with|has|had|have|minding|minds|watching|bringing up|parenting|feeding|feeds|supporting)( \S+){0,5}$")
        .need(&["fridge", "food", "nights", "night", "drinking", "drunk", "empty", "hungry", "overnight", "weekend"]),
    // "Him and little brother eating boiled peanuts for supper. Mama gone most nights.": a
    // parent gone most nights, with children named, is supervisory neglect (child protection
    // thresholds: a young child repeatedly left without an adult).
    p(r"\b(mama|mamma|momma|mom|mommy|mum|mummy|mother|ma|dad|daddy|father|pa|parents|both parents) (is |was |been |'s |are |were )?(gone|out|away|not home|not there|off somewhere) (most|all|every|some|three|four|five) (nights?|weekends?|evenings?)\b")
        .need(&["brother", "sister", "brothers", "sisters", "kids", "children", "baby", "little", "toddler", "siblings", CHILD_AGE]),
    // "locked the boy out overnight, in the cold": a child shut out of the home at night or in
    // the cold is neglect with danger (child maltreatment, WHO 2022), whoever does it.
    p(r"\b(locked|locks|locking|lock|shut|shuts|shutting|kicked|kicks|kicking|put|puts|putting|threw|throws|throwing) (the |her |his |their |my |a )?(\S+ )?(boy|girl|child|kid|kids|children|son|daughter|baby|toddler|grandson|granddaughter|grandkids|grandchildren|nephew|niece|stepson|stepdaughter|stepkids|foster child|foster kids) out( of the house| of the flat| of the home| of doors| outside)?( \S+){0,2} (overnight|all night|for the night|in the cold|in the rain|in the snow|in the dark|at night|till morning|until morning)\b"),
    // A person tied, strapped or chained to furniture: physical restraint is maltreatment
    // (CTS-PC; the restraint items of child protection thresholds), "tying the four-year-old
    // to the kitchen chair with a jump rope".
    p(r"\b(tie|ties|tied|tying|strap|straps|strapped|strapping|chain|chains|chained|chaining|tape|tapes|taped|taping|handcuff\w*|cable tie\w*|zip tie\w*) (him|her|them|me|(the|her|his|their|my) (wee|little|baby|youngest|eldest|middle) ones?|(the|her|his|their|my) (\S+ )?(kids?|children|child|son|daughter|boy|girl|baby|toddler|bairn|wean|\S+ years? old|wife|husband|partner|girlfriend|boyfriend|mum|mom|mother|dad|father|gran|grandma|grandad|grandpa|nan|brother|sister|stepson|stepdaughter))( \S+){0,3} to (a|the|his|her|their|my) (\S+ )?(chair|bed|cot|crib|radiator|table|pole|post|bedpost|bed post|banister|bannister|pipe|door handle|cot bars|tree|window|window bars|burglar bars|bars|grille|grill|pillar|fence|gate|stake|railing|rail|bench|stool|sink|toilet|door|doorknob|hook|bedframe|bed frame|cupboard|wardrobe)\b")
        .unless(&["game", "games", "playing", "play", "pretend", "halloween", "scouts", "knots", "hospital", "ward", "ambulance", "paramedics", "restraint", "section"]),
    // Chilli or pepper rubbed in a child's eyes, mouth or privates: a punishment that
    // injures (the caustic-substance items of child protection thresholds).
    p(r"\b(rubs?|rubbed|rubbing|puts?|putting|pours?|poured|pouring|squeezes?|squeezed|smears?|smeared|throws?|threw|blows?|blew) (\S+ ){0,2}(pepper|peppers|chilli|chillies|chili|chilies|pili pili|mirchi|hot sauce|scotch bonnet|bird's eye|bleach|kerosene|paraffin) (\S+ )?(in|into|on|onto) (his|her|their|the \S+'s|the \S+ \S+'s|(his|her|their) \S+'s) (eyes?|mouth|private parts|privates|genitals|bum|wounds?)\b"),
    // "Oun, nine, bruises both arms. Says pa hit w/ bamboo stick": a parent or carer's blows
    // with an implement, the child left unnamed as dictation does, said beside a child.
    p(r"\b(pa|papa|dad|daddy|father|stepfather|stepdad|mum|mom|mama|mamma|mother|stepmother|stepmom|stepmum|padrastro|madrastra|uncle|aunt|auntie|grandfather|grandmother|granny|grandpa|grandma|foster (mum|mom|dad|father|mother)|teacher|mak|pok|baba|mai)( \S+){0,2} (hit|hits|beat|beats|beaten|whipped|whips|whup|whups|whupped|belted|belts|thrashed|thrashes|flogged|flogs|caned|canes|lashed|lashes|struck|strikes) (with|using) (a |an |the |his |her |their )?(\S+ )?(stick|belt|cane|switch|rod|whip|hose|cable|wire|cord|broom|spoon|shoe|slipper|chancla|sandal|ruler|branch|rope|pipe|bamboo|paddle|strap|hanger)\b")
        .need(&["bruise", "bruises", "bruised", "bruising", "marks", "welts", "swollen", "cuts", "scared", "afraid", "kid", "kids", "child", "children", "boy", "girl", "son", "daughter", CHILD_AGE]),
    // "mama says the padrastro put the hands on the stove": a child's hands or body held to
    // a fire or a hot surface is a burn inflicted (child protection thresholds).
    p(r"\b(put|puts|putting|held|holds|holding|pressed|presses|pressing|pushed|pushes|forced|forces|stuck|sticks) (the|her|his|their|its|the (child's|boy's|girl's|baby's|kid's)) (hands?|fingers?|arms?|feet|foot|face|palms?) (on|onto|in|into|over|against|to) (the|a) (hot |lit )?(stove|fire|iron|hotplate|hot plate|pan|pot|coals|flame|flames|burner|cooker|oven|grill|heater|boiling water|kettle|brazier|candle)\b")
        .need(&["burn", "burns", "burned", "burnt", "punish", "punishment", "punished", "stealing", "stole", "lying", "lied", "naughty", "kid", "kids", "child", "children", "boy", "girl", "son", "daughter", "wawa", "baby", CHILD_AGE]),
    // "If she doesn't finish carrying the water she doesn't eat": food withheld as a
    // punishment or a wage is neglect and exploitation (child maltreatment, WHO 2022).
    p(r"\bif (she|he|they) (doesn't|does not|don't|do not|won't|will not|didn't|did not|can't|cannot) (\S+ ){1,6}(she|he|they) (doesn't|does not|don't|do not|won't|will not|can't|cannot|gets no|get no|is not allowed to|isn't allowed to|are not allowed to|aren't allowed to|goes without|go without) (eat|eats|get to eat|gets to eat|get food|get fed|gets fed|gets? (her |his |their |a |any )?(food|supper|dinner|lunch|breakfast|meal|meals|rice)|have (food|supper|dinner|lunch|breakfast|a meal)|food|supper|dinner|lunch|breakfast)\b"),
    // "Granny alone all day. Bed soiled": a dependent left in soiled bedding and alone is
    // neglect by whoever is meant to care (elder abuse, WHO 2022), told in fragments.
    p(r"\b((soiled|wet|dirty|unchanged|filthy) (bed|beds|sheets|bedding|nappy|nappies|diaper|diapers|pad|pads|clothes)|(bed|sheets|bedding|nappy|diaper|pad|pads)( \S+)? (soiled|unchanged|not changed|never changed|wet through))\b")
        .need(&["alone", "left", "nobody", "supposed", "doesn't", "does not", "didn't", "neglect", "neglected", "never"])
        .unless(&["ward", "staff", "nurse", "nurses", "carer changed", "changed her", "changed him", "incontinence", "incontinent"]),
    // Physical discipline with an implement.
    p(r"\b(hit|hits|hitting|beat|beats|beaten|beating|smack\w*|whack\w*|wallop\w*|belt|belts|belted|belting|strap|straps|strapped|strapping|thrash\w*|leather\w*|slap\w*|strike|strikes|struck|paddl\w*|swat\w*|flog\w*|cane|caned|caning|lash\w*) (him|her|them|me|the (kids|children|boys|girls|baby|toddler|boy|girl)|(his|her|their|my) (son|daughter|kids|children|boy|girl|sister|brother|stepson|stepdaughter|child|little one|grandson|granddaughter))( \S+){0,3} (with|using) (a|the|his|her|their|my|an)( \S+)? (belt|slipper|jandal|chancla|flip flop|shoe|hairbrush|hair brush|brush|ruler|cane|strap|stick|switch|rod|wire|cable|cord|hanger|coat hanger|wooden spoon|spatula|ladle|broom|mop|jug cord|kettle cord|phone charger|charger|extension lead|belt buckle|buckle|hose|fly swatter|jug|plank|paddle)\b"),
    p(r"\b(gave|give|gives|giving|got|get|gets|getting|copped|cop|received|deserved|deserves)( (him|her|them|the (kids|children|boys|girls|boy|girl)|(his|her|their|my) (son|daughter|kids|children|boy|girl|lad|little one)))? (a )?(good |real |proper |right |severe |massive )?(hiding|belting|thrashing|walloping|leathering|whipping|flogging|strapping|caning|smacking|hidings|lickings?|whuppings?|whoopings?|clip (round|around|over|across) the (ear|head|earhole))\b")
        .unless(SPORT),
    // A blow got off a parent, partner or carer: Irish "got a clatter off the father",
    // "copped a backhander from his stepdad", "took a slap from her fella".
    p(r"\b(got|gets|getting|copped|cops|took|takes|received|receives)( another| a| an)?( good| proper| right| fierce| hard)? (clatter|clatters|slap|slaps|smack|smacks|clout|clouts|thump|thumps|box|dig|belt|belts|kick|kicks|punch|punches|wallop|skelp|skelps|backhander|hiding|beating|kicking|doing|going over) (off|from|of) (the |his |her |their |my |your )?(father|dad|da|daddy|stepdad|stepfather|mother|mum|mam|mom|ma|mammy|stepmum|stepmom|parents|uncle|aunt|auntie|granda|grandad|grandpa|gran|nan|granny|husband|wife|partner|boyfriend|girlfriend|fella|man|missus|carer|caregiver|foster (dad|mum|mom|father|mother))\b")
        .unless(SPORT),
    // Injuries on a child.
    p(r"\b(bruises?|bruising|welts?|belt marks|burns?|cigarette burns|scalds?|a black eye|fractures?|a broken (arm|wrist|rib|ribs|collarbone|leg)|fingertip bruises|handprints?|hand prints?|bite marks|lash marks)( \S+){0,3} (on|to|across|around) (her|his|their|the) (\S+ )?(son's|daughter's|child's|kid's|baby's|toddler's|infant's|boy's|girl's|grandson's|granddaughter's|stepson's|stepdaughter's)\b")
        .unless(SPORT)
        .unless(&["fell", "fall", "accident", "playground", "trampoline", "bike", "sport", "sports"]),
    p(r"\b(her|his|their|the) (son|daughter|child|kid|kids|children|baby|toddler|infant|boy|girl|grandson|granddaughter|stepson|stepdaughter) (had|has|have|came (home|in|to school) with|turned up with|showed up with|arrived with|was covered in|were covered in)( \S+){0,3} (bruises|bruising|welts|belt marks|burns|a black eye|marks on (his|her|their) (back|legs|arms|face|bottom)|a broken \S+|fractures?|handprints?|scalds)\b")
        .unless(&["fell", "fall", "accident", "playground", "trampoline", "bike", "sport", "sports", "football", "rugby", "soccer", "chickenpox", "eczema"]),
    p(r"\bunexplained (bruis\w*|injur\w*|fractures?|burns?|welts)\b"),
    // "burned her daughter's hand on the stove as punishment", "makes her sleep in the shed
    // when she's naughty", "kept in her room and fed once a day": hurt, exclusion or hunger
    // used to punish or contain a dependant (child and elder maltreatment).
    p(r"\b(burn\w*|scald\w*|held|holds|hold|pressed|presses|put|puts) (her|his|their|the) (son's|daughter's|child's|kid's|baby's|toddler's|boy's|girl's|grandson's|granddaughter's|stepson's|stepdaughter's|mother's|mum's|mom's|father's|dad's) (hand|hands|arm|arms|fingers?|foot|feet|leg|legs|face|back) (on|onto|against|over|under|in) (the |a )?(stove|hob|cooker|iron|kettle|heater|radiator|fire|grill|oven|boiling water|hot water|hot tap)\b"),
    p(r"\b(as|for) (a )?(punishment|discipline)\b")
        .need(&["burned", "burnt", "burns", "scalded", "beat", "beats", "beaten", "hit", "hits", "whipped", "belt", "locked", "locks", "starved", "starves", "tied", "shed", "cupboard", "closet", "outside", "kneel", "kneeling", "cold", "bruises", "bruised"])
        .unless(&["timeout", "time-out", "grounded", "phone", "screen", "screens", "ipad", "tablet", "privileges", "pocket"]),
    p(r"\b(makes|made|making|forces|forced|forcing|sends|sent|puts|put) (her|him|them|the (kids|children|boy|girl|child|baby)) (to )?(sleep|stay|spend the night|kneel|stand) (in|on|out in|outside in) (the |a )?(shed|garage|yard|backyard|porch|doghouse|dog kennel|kennel|barn|car|cold|rain|snow|street|hallway|bathtub)\b"),
    p(r"\b(fed|feeds|feeding|given (food|a meal|meals)|gets (food|a meal|fed)|gives (her|him|them) (food|a meal)) (only )?(once|one time|one meal) a day\b")
        .need(&["granny", "grandma", "gran", "nan", "nana", "grandmother", "grandfather", "grandad", "grandpa", "kids", "child", "children", "baby", "toddler", "boy", "girl", "resident", "kept", "locked", "room", "mother", "father", "mum", "mom", "dad"]),

    // Neglect by a carer.
    p(r"\b(pressure sores|bed ?sores|bedsores|(sitting|lying|left|found) in (her|his|their) own (urine|faeces|feces|mess|waste|excrement)|left in (wet|soiled|dirty) (sheets|pads|nappies|diapers|clothes|bedding|bed)|soiled (bed|sheets|bedding|pads|nappies|clothes))\b"),
    p(r"\b(not (being )?fed|hasn't been fed|haven't been fed|wasn't fed|weren't fed|not given (her|his|their) (medication|meds|tablets|insulin|food|meals))\b")
        .unless(&["baby", "dog", "cat", "fish"]),
    p(r"\bleft (alone|on (her|his|their) own|by (her|him|them)sel(f|ves)|home alone|unsupervised) (for (days|a (day|week|weekend)|the (weekend|night|whole day|day))|all (weekend|night|day)|overnight)\b"),
    p(r"\bleft (her|him|them|the \S+) without (food|water|heating|heat|(her|his|their) (glasses|walker|frame|hearing aids?|dentures|medication|meds|insulin|wheelchair))\b"),
    p(r"\b(took|takes|taking|taken|hid|hides|hiding|hidden|keeps|kept|keeping) (away )?(her|his|their) (walker|frame|glasses|hearing aids?|wheelchair|dentures|mobility scooter|walking stick|cane)( away)?\b")
        .owner(Owner::Other),
    p(r"\b(kids|children|baby|toddler|son|daughter)( \S+){0,3} (left )?(to )?fend(ing)? for (themselves|himself|herself)\b"),
    // A child's basic needs unmet (Trocmé's Child Neglect Index: food, clothing, supervision):
    // "coming in with no coat in January", "no food at the house", "nothing for tea and Mum's
    // out till gone midnight". Said of a child, so a child must be named.
    p(r"\b(coming|comes|came|come|turning up|turns up|turned up|showing up|shows up|showed up|arriving|arrives|arrived|sent|sends|going|goes|went)( in| to school| to class| to nursery| to kindergarten| to daycare| to day care)?( \S+){0,2} (with|wearing)? ?(no|without( a| any)?) (coats?|jackets?|lunch|lunches|lunch money|breakfast|shoes|socks|winter coats?|warm clothes|food)\b")
        .need(CHILD_CUES),
    // "the wee one had nae coat and nae breakfast": a child who has no coat or breakfast.
    p(r"\b(had|has|have|having) (no|nae|not had|never has|never had|hardly ever has) (coats?|jackets?|winter coats?|warm clothes|shoes|breakfast|tea|dinner|supper|lunch|clean clothes)\b")
        .after(r"^(break|money|box|time|hour|ladies|lady|party)\b")
        .need(CHILD_CUES),
    p(r"\b(no|never any|hardly any|isn't any|wasn't any|not any) food (at|in) (the|his|her|their) (house|home|flat|place|apartment|trailer)\b")
        .need(CHILD_CUES),
    p(r"\b(nothing|never anything|no food|not anything) (for (tea|dinner|supper)|in the (fridge|cupboards?) for (them|him|her|the kids))\b")
        .need(CHILD_CUES),
    p(r"\b(mum|mom|mam|ma|dad|da|parents|mother|father|stepdad|stepmum|stepmom)('s| is| are| was| were)? (out|away|gone|at the pub|down the pub) (till|until|til) (gone |after |past )?(midnight|two|three|four|morning|the morning|all hours)\b")
        .need(CHILD_CUES),
    // An older person left without food or heat (NCEA neglect indicators: "grandma hasn't
    // had groceries in two weeks", "the heating's been off since November"), named with
    // an older person or their pension.
    p(r"\b((heating|heat|gas|electric|electricity)('s| has| had| is| was)?( been)? (off|cut off|turned off|switched off)|(hasn't|has not|haven't|have not|hadn't|had not|hasn't been|has not been) (had|given|getting|got)( any)? (groceries|food|shopping|a hot meal|hot meals|meals|heating|(her|his) (meds|medication|tablets))|(had|has|having|been|gone|going|left) (no|without) (heating|heat|food|groceries|hot meals)( on)? (for|in) (a|two|three|four|several|over a|nearly a|almost a) (days?|weeks?|fortnight|months?))\b")
        .need(ELDER_CUES),
    // Financial exploitation.
    p(r"\b(forc\w*|pressur\w*|made|make|makes|talked|coerc\w*|bull(ied|ies|y|ying)|push\w*|trick\w*|persuad\w*) (her|him|them|me) (into )?(to )?(sign\w*|hand\w* over|giving|give|transfer\w*|lend\w*|loan\w*|chang\w*|sell\w*|remortgag\w*|add\w*|put\w*)( \S+){0,4} (papers|paperwork|documents|forms|cheques?|checks?|will|power of attorney|deeds?|house|money|savings|pension|bank|account|card|pin|car|property|loan|name)\b"),
    p(r"\b(using|used|uses|took|takes|taking|helped (him|her|them)sel(f|ves) to|helps (him|her|them)sel(f|ves) to|helping (him|her|them)sel(f|ves) to|withdr\w*|drain\w*|empt\w*|clean\w* out|cleaned out|spent|spends|spending|cash\w*|pocket\w*|forg\w*|max\w* out|ran up|running up|runs up)( all| most| some)?( of)? (her|his|their|my) (bank card|debit card|credit cards?|pension card|pension book|benefits card|ebt card|cards|pin|account|accounts|savings|pension|pension money|benefits|social security|centrelink|checks|cheques|chequebook|checkbook|signature|money|cash|inheritance|super|superannuation|wages|disability (payment|payments|check|cheque))\b")
        .owner(Owner::Other),
    // "using ouma's pension money", "spending his nan's benefits": an elder's income used by
    // another (NCEA financial exploitation).
    p(r"\b(using|used|uses|took|takes|taking|helped (him|her|them)sel(f|ves) to|helps (him|her|them)sel(f|ves) to|helping (him|her|them)sel(f|ves) to|drain\w*|spent|spends|spending|pocket\w*|blow\w*|blew)( all| most| some)?( of)? (his|her|their|the)? ?(gran's|granny's|nan's|nana's|nanna's|grandma's|grandpa's|grandad's|granddad's|grandmother's|grandfather's|ouma's|oupa's|gogo's|kuia's|koro's|nonna's|nonno's|abuela's|abuelo's|lola's|lolo's|bubbe's|baba's|babcia's|mum's|mom's|mam's|mother's|dad's|father's|aunt's|auntie's|uncle's) (pension|pension money|pension card|benefits|social security|disability (payment|payments|check|cheque|money)|sassa (grant|money)|grant money|old age (pension|grant))\b"),
    p(r"\b(took|takes|taking|withdr\w*|moved|moving|transferr\w*)( \S+){0,3} (money|cash|funds|thousands|hundreds|pounds|dollars) (out of|from) (her|his|their|my) (bank |savings |joint )?(account|accounts|savings|pension|purse|wallet)\b")
        .owner(Owner::Other),
    p(r"\b(misus\w*|abus\w*) (the |her |his |their )?(power of attorney|poa|lasting power of attorney|enduring power of attorney)\b"),
    p(r"\b(threaten\w*|says?|said|told (her|him|them))( \S+){0,4} (put|send|sending|putting|will put|'ll put|would put|'d put) (her|him|them) (in|into) (a |an )?(home|nursing home|care home|aged care|facility|old people's home)\b"),
    // Coercive control: isolation, money, monitoring, threats.
    p(r"\b(stops?|stopped|stopping|prevents?|prevented|preventing|forbids?|forbade|forbidden|bans?|banned|banning|won't let|wouldn't let|doesn't let|didn't let|never lets?|never let) (her|him|them|me) (from )?(seeing|see|visiting|visit|calling|call|contacting|contact|talking to|talk to|speaking to|speak to) (her|his|their|my) (friends|family|mum|mom|mother|sister|sisters|brother|brothers|parents|relatives)\b"),
    p(r"\b(stops?|stopped|prevents?|prevented|won't let|wouldn't let|doesn't let|never lets?) (her|him|them|me) (from )?(having|have) (her|his|their|my) own (money|bank account|account|phone|car|keys)\b"),
    p(r"\b(isolat\w*|cut\w*) (her|him|them|me) (off )?from (her|his|their|my) (friends|family|mum|mom|mother|sister|brother|parents)\b"),
    p(r"\b(gives|gave|give|giving) (her|him|them|me) an? (allowance|pocket money)\b")
        .unless(&["kids", "children", "son", "daughter", "teenager", "teen", "chores"]),
    p(r"\b(has|had|have|having) to ask (him|her|them)? ?(for )?(permission|money|for money)\b"),
    p(r"\b(goes|went|going|go) through (her|his|their|my) (phone|messages|texts|emails|bag|handbag|purse|wallet|browser history)\b")
        .owner(Owner::Other),
    p(r"\b(put|puts|putting|placed|hid|hidden|installed|installs|install\w*|found|finds|discovered)( \S+){0,3} (a |an )?(tracker|tracking (device|app)|airtag|air tag|gps (tracker|device)|spyware|stalkerware|hidden camera|spy app)\b"),
    p(r"\b(tracks?|tracking|tracked|monitors?|monitoring|monitored)( \S+){0,2} (her|his|their|my) (location|whereabouts|movements|every move|bank (statements|account)|receipts|spending|mileage|odometer)\b")
        .owner(Owner::Other),
    p(r"\bwalk\w* on eggshells\b"),
    p(r"\b(scared|afraid|frightened|terrified) (to go home|of going home|to leave|of leaving|to tell (him|her)|to say no)( \S+){0,4} (what (he|she)('ll| will| would|'d| might) do|(he|she)('ll| will| would|'d| might) (hurt|kill|hit|beat|find|do))\b"),
    p(r"\b(sell\w*|sold|pawn\w*) (\S+ ){0,2}(her|his|their|my) (belongings|things|jewellery|jewelry|car|furniture|possessions|stuff|medals|rings?)\b")
        .owner(Owner::Other),
    p(r"\b(lock\w*|hid\w*|hides|withhold\w*|withheld) (the |all the )?food( \S+){0,4} (so|from) (the kids|the children|her|him|them|they|she|he)\b"),
    p(r"\b(sending|sends|sent|leaving|leaves|left) (her|him|me|them)? ?(threatening|abusive|nasty|harassing|hundreds of|dozens of|constant|endless) (texts|messages|calls|voicemails|emails|letters|notes)\b"),
    // Emotional abuse by family or a partner: "her dad keeps sending letters telling her she's
    // worthless and should never have been born", "he calls her useless".
    // Said as a habit (a present tense or "keeps", "always"), not one insult told once ("after
    // her mother called her worthless").
    p(r"\b(calls|tells|says|reminds|screams|yells|((keeps?|kept|always|constantly|repeatedly|regularly|routinely|continually|forever)( \S+){0,4} (calling|telling|saying|reminding|screaming|yelling|called|told|said|reminded|screamed|yelled))) (to )?(her|him|them|me) (that )?((she's|he's|they're|i'm|she is|he is|they are|i am|she was|he was) )?(worthless|useless|a waste of space|nothing|a mistake|a burden|unlovable|a disgrace|(she|he|they|i) (should|shouldn't|should not) (never )?have been born|(should|shouldn't) (never )?have been born)\b")
        .need(&["dad", "father", "mum", "mom", "mother", "parents", "stepdad", "stepfather", "stepmum", "stepmom", "stepmother", "husband", "wife", "partner", "boyfriend", "girlfriend", "ex", "fiance", "fiancee", "grandmother", "grandfather", "nan", "gran", "grandma", "grandpa", "uncle", "aunt", "brother", "sister", "son", "daughter", "carer", "caregiver", "foster"]),
    p(r"\b(following|followed|follows|stalking|stalked|watching|watches) (her|him|me|them)( \S+){0,3} (and|,)( \S+){0,2} (sending|sends|sent|leaving|texting|calling|messaging|turning up|showing up)\b"),
    p(r"\b(hasn't|has not|haven't|have not|isn't|is not|wasn't|was not|weren't|never|stopped|stops) (been )?(giving|given|gave|feeding|fed|changing|washing|bathing|turning) (her|him|them) (her|his|their) (medication|meds|tablets|insulin|food|meals|dinner|pads|sheets)\b"),
    p(r"\b(gaslight\w*|gaslit)\b"),
    p(r"\b(smash\w*|broke|breaks|break\w*|destroy\w*|threw|throws|thrown|took|takes|hid|hides)( \S+){0,2} (her|his|my|their) phone( \S+){0,4} (so (she|he|i|they) (couldn't|can't|could not|cannot|wouldn't) (call|ring|text|contact|get help|phone)|when (she|he|i|they) tried to (call|ring|text|leave|phone))\b"),
    p(r"\bforc\w* (her|him|them|me)? ?(to|into) (marry|marriage|a marriage|an arranged marriage|getting married)\b"),
    p(r"\b(going|go|goes|went|turn up|turning up|turns up|turned up|arriving|arrive|arrives|sent|sends) to (school|nursery|daycare|kindy|kindergarten) (hungry|dirty|unwashed|smelling|in dirty clothes|without (food|lunch|breakfast|a coat))\b"),
    p(r"\b(afraid|scared|frightened|terrified|fearful) (of|to go home to|of going home to) (her|his|their|my) (husband|wife|partner|boyfriend|girlfriend|ex|ex husband|ex wife|ex partner|spouse|fiance|fiancee|dad|father|stepdad|stepfather|carer|caregiver)\b")
        .after(r"^'s\b"),
    // "conflict driven by dad's fear for his safety": a relative's fear for the client is
    // worry, not the client's fear of someone.
    p(r"\b(afraid|scared|frightened|terrified|fears?|feared|fearing) for (her|his|their|my) (life|safety)\b")
        .before(r"\b(dad|mum|mom|father|mother|parents|parent|family|son|daughter|sister|brother|teacher|friend|grandmother|grandfather|nan|gran|aunt|uncle|wife|husband|partner)'s?$")
        .unless(&["burglary", "burglar", "robbery", "war", "earthquake", "flight", "flying", "covid", "virus", "cancer", "surgery", "storm", "fire"]),
    p(r"\bthreaten\w*( \S+){0,2} to (have (her|him|them|me) (deported|sectioned|committed|put away|locked up|arrested)|report (her|him|them|me) to (immigration|ice|the home office|the authorities|social services|child protection|cps|docs|centrelink)|leave (her|him|them|me) with nothing|(hurt|kill|get rid of|harm|drown|shoot) (the|her|his|their|my) (dog|cat|pet|pets|puppy|horse)|(share|post|send|leak) (her|his|their|my) (nudes|intimate (images|photos|pictures)|naked (photos|pictures)))\b"),
    p(r"\b(waited|waiting|waits|sat|sitting|sits|parked|parks|parking|hung around|hanging around|hangs around|loiter\w*|lurk\w*|drove past|drives past|driving past|drove by|drives by|driving by|keeps (turning|showing) up|kept (turning|showing) up|turned up uninvited|showed up uninvited)( \S+){0,3} (outside|near|by|at|past|around) (her|his|their|the \S+'s|\S+'s|my) (house|home|flat|place|work|workplace|office|apartment|unit|gym|new place|new house)\b")
        .need(&["ex", "ex's", "former"]),
    // Physical acts of partner and family violence.
    p(r"\b(chok\w*|strangl\w*|throttl\w*) (her|him|me|them)\b").after(r"^(up|back)\b"),
    p(r"\b(put|puts|putting|had|has|wrapped|wraps) (his|her|their|both) hands? (around|round|on) (her|his|my|their) (throat|neck)\b"),
    p(r"\b(pinn\w*|held|holds|holding|hold) (her|him|me|them) down\b")
        .unless(&["nurse", "nurses", "staff", "paramedics", "security", "wrestling"]),
    p(r"\b(dragg\w*|drag|drags|yank\w*|pull\w*|grabb\w*|grab|grabs) (her|him|me|them) (by|across|along|down|up) (the |her |his |my |their )?(hair|neck|collar|throat|floor|stairs|hallway|ankles?)\b"),
    p(r"\b(shov\w*|push\w*|slamm\w*|slam|slams|threw|throw\w*|thrown|pinned|knocked) (her|him|me|them) (against|into|onto|down|across) (a |the )?(wall|door|floor|ground|stairs|table|cupboard|fridge|car|wardrobe|bench|counter)\b"),
    // Sexual coercion.
    p(r"\b(pressur\w*|coerc\w*|guilt\w*|forc\w*|badger\w*|nag\w*|bull(ied|ies|y|ying)|manipulat\w*|talked|talks|make|makes|made|making|push\w*) (her|him|me|them) (into )?(having )?(sex|sexual (things|acts?|contact|activity|stuff|favours|favors)|sleeping with (him|her|them)|(do|doing) (sexual )?(things|stuff) (she|he|they|i) (didn't|did not|don't|doesn't|does not) (want|like))\b"),
    p(r"\b(sex|sexual (contact|activity|acts?|things)|intercourse|touched|touching|had his way)( \S+){0,6} (while|when) (she|he|i|they) (was|were) (asleep|sleeping|passed out|unconscious|too drunk|drunk|out of it|high|blacked out|barely conscious)\b"),
    p(r"\b(non consensual|nonconsensual|without (her|his|my|their) consent|(didn't|did not|doesn't|does not|never) consent(ed)? to)\b")
        .need(&["sex", "sexual", "touched", "touching", "photos", "images", "pictures", "videos", "intimate", "kissed", "groped"]),
    p(r"\b(wouldn't|won't|would not|will not|doesn't|didn't|does not|did not) (take|accept) no (for an answer)?\b")
        .need(&["sex", "sexual", "bed", "intimate", "touch", "touched", "touching"]),
    p(r"\b(stealthing|stealthed|(took|takes|taking|pulled|removed) (the |his )?condom off|refus\w* to (wear|use) (a )?(condom|protection)|sabotag\w* (her|his|my|their) (birth control|contraception|pill|pills)|(hid|hides|flushed|flushes|threw away|throws away) (her|my|their) (birth control|contraception|contraceptive pills|pill))\b"),
    p(r"\b(show\w*|made (her|him|them|me) watch|makes (her|him|them|me) watch|sends?|sent) (her|him|them|me)? ?(porn|pornography|explicit (images|pictures|videos|photos)|pictures of (his|her) (penis|genitals))\b")
        .need(&["son", "daughter", "child", "kids", "children", "boy", "girl", "niece", "nephew", "stepson", "stepdaughter", "uncle", "stepdad", "stepfather", "coach", "teacher", "year", "old", "she", "her"]),
    p(r"\b(groom\w*) (her|him|them|me)\b").unless(&["dog", "horse", "pony", "hair", "barber", "salon", "beard"]),
    p(r"\b(shared|posted|leaked|spread|sent round|sent around) (her|his|their|my) (nudes|intimate (images|photos|pictures)|naked (photos|pictures))\b"),
];

/// Hurt done by a relative, partner or carer named before the act (HITS "hurt", CTS2 minor
/// and severe physical assault items: pinching, twisting, slapping, a black eye), ahead of
/// the self-harm field so "her daughter-in-law pinches her arms" is abuse.
const FAMILY_ACTS: &[Pat] = &[
    p(r"\b(husband|wife|partner|boyfriend|girlfriend|spouse|fiance|fiancee|son|daughter|(daughter|son|mother|father)[- ]in[- ]law|in-laws|carer|caregiver|dad|father|mum|mom|mother|stepdad|stepfather|stepmum|stepmom|step mum|step mom|brother|sister|grandson|granddaughter|nephew|niece|ex)( \S+){0,4} (pinch\w*|slap\w*|scratch\w*|punch\w*|kick\w*|twist\w*|yank\w*|shov\w*|belts|belted|belting|thump\w*|whack\w*|wallop\w*|rapes|raped|raping|spits on|spat on) (her|him|them|me)\b")
        .after(r"^(up|off|out|back|cheeks?|nose|on the (cheek|nose)|to (sleep|bed|school)|playfully|gently|awake)\b")
        .unless(SPORT),
    p(r"\b(belts|belted|belting) (her|him|them|me) (when|if|whenever|every|again|for|in the|across|round|around|with)\b"),
    p(r"\b(rapes|raping) (her|him|them|me)\b"),
    p(r"\b(gave|gives|give|giving) (her|his|their|the) (\S+ )?(son|daughter|kid|kids|child|children|wife|husband|partner|girlfriend|boyfriend|mum|mom|mother|dad|father|baby|toddler|stepson|stepdaughter) (a )?(black eye|split lip|bloody nose|fat lip|broken \S+|bruises|concussion|hiding|belting|beating|thrashing|smack|slap)\b")
        .unless(SPORT),
];

/// The fields in the order they claim tokens.
const FIELDS: &[Field] = &[
    Field {
        kind: RiskKind::Abuse,
        concept: Concept::Abuse,
        pats: FAMILY_ACTS,
    },
    Field {
        kind: RiskKind::SuicidalIdeation,
        concept: Concept::Preparatory,
        pats: SI_PREPARATORY,
    },
    Field {
        kind: RiskKind::SuicidalIdeation,
        concept: Concept::Ideation,
        pats: SI_ACTIVE,
    },
    Field {
        kind: RiskKind::SuicidalIdeation,
        concept: Concept::PassiveIdeation,
        pats: SI_PASSIVE,
    },
    Field {
        kind: RiskKind::SelfHarm,
        concept: Concept::SelfPoisoning,
        pats: SELF_POISON,
    },
    Field {
        kind: RiskKind::SelfHarm,
        concept: Concept::SelfInjury,
        pats: SELF_HARM,
    },
    Field {
        kind: RiskKind::AccessToMeans,
        concept: Concept::Means,
        pats: MEANS,
    },
    Field {
        kind: RiskKind::SubstanceUse,
        concept: Concept::Overdose,
        pats: OVERDOSE,
    },
    Field {
        kind: RiskKind::SubstanceUse,
        concept: Concept::SubstanceUse,
        pats: SUBSTANCE,
    },
    Field {
        kind: RiskKind::HomicidalIdeation,
        concept: Concept::HomicidalIdeation,
        pats: HOMICIDAL,
    },
    Field {
        kind: RiskKind::HarmToOthers,
        concept: Concept::HarmThoughts,
        pats: HARM_OTHERS,
    },
    Field {
        kind: RiskKind::Violence,
        concept: Concept::Violence,
        pats: VIOLENCE,
    },
    Field {
        kind: RiskKind::AccessToMeans,
        concept: Concept::Means,
        pats: WEAPON_KEPT,
    },
    Field {
        kind: RiskKind::Abuse,
        concept: Concept::Abuse,
        pats: ABUSE,
    },
];

/// A weapon kept or carried "for protection" (a knife under the pillow, a bat in the car):
/// a means in the client's possession (FORMATS §3 access to means), not an act of violence.
const WEAPON_KEPT: &[Pat] = &[
    p(r"\b(carr\w*|takes|took|taking|brings|brought|bringing|keeps|kept|keeping|has|had) (a |his |her |their |the )?(knife|blade|shank|machete|zombie knife|flick knife|switchblade|butterfly knife|knuckle ?dusters?|brass knuckles|shiv)( \S+){0,4} (for protection|to protect (him|her|my|them)sel(f|ves)|just in case|in case (anyone|someone|somebody|he|she|they|(the |those |any |some )?\S+ (start|starts|come|comes|try|tries|turn|turns|kick|kicks))|everywhere|on (him|her|them) at all times|to school|to the pub|to parties|out with (him|her|them)|when (she|he|i|they) (goes?|went) out|in (his|her|their) (waistband|sock|pocket|bag|backpack|glovebox|glove box|car|boot|ute|truck))\b")
        .unless(&["chef", "kitchen", "fishing", "camping", "cooking", "scouts"]),
    p(r"\b(carr\w*|keeps|kept|keeping|has|had) (a |his |her |their |the )?(baseball bat|bat|crowbar|tyre iron|tire iron|hammer|axe|hatchet|wrench|golf club)( \S+){0,4} (for protection|to protect (him|her|my|them)sel(f|ves)|just in case|in case (anyone|someone|somebody|he|she|they|(the |those |any |some )?\S+ (start|starts|come|comes|try|tries|turn|turns|kick|kicks))|for (anyone|people|trouble|whoever))\b"),
];

/// Slang that is also a name: counts only in lower case ("Molly" is a daughter).
const NAMES: &[&str] = &[
    "molly", "mandy", "tina", "charlie", "crystal", "lucy", "billy", "chang", "g", "k", "h",
];

/// Words of psychoeducation: a sentence with one teaches rather than discloses.
const TEACHING: &[&str] = &[
    "psychoeducation",
    "psychoeducational",
    "handout",
    "handouts",
    "leaflet",
    "leaflets",
    "worksheet",
    "roleplay",
];

/// A compiled pattern.
struct Compiled {
    field: usize,
    re: Regex,
    not_before: Option<Regex>,
    not_after: Option<Regex>,
    pat: &'static Pat,
}

fn compiled() -> &'static [Compiled] {
    static ALL: OnceLock<Vec<Compiled>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut out = Vec::new();
        for (field, f) in FIELDS.iter().enumerate() {
            for pat in f.pats {
                // A pattern that does not compile is skipped here and fails the unit test
                // `every_field_pattern_compiles`: never a panic at run time.
                let Some(re) = compile(pat.re) else { continue };
                out.push(Compiled {
                    field,
                    re,
                    not_before: (!pat.not_before.is_empty())
                        .then(|| compile(pat.not_before))
                        .flatten(),
                    not_after: (!pat.not_after.is_empty())
                        .then(|| compile(pat.not_after))
                        .flatten(),
                    pat,
                });
            }
        }
        out
    })
}

/// Compiles a field pattern over the lower-case normalised text: an ASCII word boundary (the
/// fast engines, as the lexicon), and small classes for a word (`\S` is "not a space",
/// `\w` a lower-case letter, digit or apostrophe) so hundreds of patterns stay cheap.
fn compile(re: &str) -> Option<Regex> {
    Regex::new(&ascii(re)).ok()
}

fn ascii(re: &str) -> String {
    re.replace(r"\b", r"(?-u:\b)")
        .replace(r"\S", "[^ ]")
        .replace(r"\w", "[a-z0-9']")
        .replace(r"\d", "[0-9]")
}

/// All patterns at once: one pass says which can match a sentence at all.
fn prefilter() -> Option<&'static RegexSet> {
    static SET: OnceLock<Option<RegexSet>> = OnceLock::new();
    SET.get_or_init(|| {
        // The default lazy-DFA cache is too small for this many patterns: it would be
        // rebuilt on every long sentence (~40x slower). States are only built as visited.
        RegexSetBuilder::new(compiled().iter().map(|c| ascii(c.pat.re)))
            .dfa_size_limit(64 << 20)
            .build()
            .ok()
    })
    .as_ref()
}

/// Whether a sentence holds one of a pattern's needed words: a word, a phrase of several
/// words ("wee one"), or [`CHILD_AGE`].
fn need_met(need: &[&str], words: &[&str], norm: &str) -> bool {
    need.iter().any(|n| {
        if *n == CHILD_AGE {
            child_age(words)
        } else if n.contains(' ') {
            norm.match_indices(n).any(|(i, _)| {
                let before = norm[..i].chars().next_back().is_none_or(|c| c == ' ');
                let after = norm[i + n.len()..].chars().next().is_none_or(|c| c == ' ');
                before && after
            })
        } else {
            words.contains(n)
        }
    })
}

/// Every field hit in a sentence's tokens, in sentence order; an earlier field owns its tokens.
#[cfg(test)]
pub(crate) fn field_hits(toks: &[Tok]) -> Vec<FieldHit> {
    field_hits_after(toks, None)
}

/// [`field_hits`] of a sentence told after `prev`: the context a field needs may stand in the
/// sentence before ("Husband lost at sea. Says she wants to follow him"), as dictated
/// fragments split one thought over two sentences; what voids a field must be in its own.
pub(crate) fn field_hits_after(toks: &[Tok], prev: Option<&[Tok]>) -> Vec<FieldHit> {
    let (norm, offs) = tokens::norm_string(toks);
    let words: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    // The sentence before is only consulted for a pattern that needs a word this one lacks:
    // built on first use.
    let prev_ctx: std::cell::OnceCell<(String, Vec<&str>)> = std::cell::OnceCell::new();
    let prev_met = |need| {
        let (prev_norm, prev_words) = prev_ctx.get_or_init(|| {
            let (n, _) = prev.map(tokens::norm_string).unwrap_or_default();
            let w = prev
                .unwrap_or_default()
                .iter()
                .map(|t| t.norm.as_str())
                .collect();
            (n, w)
        });
        need_met(need, prev_words, prev_norm)
    };
    // Teaching about risk is no disclosure: a list of warning signs, a handout, a role play.
    let teaching = words.iter().any(|w| TEACHING.contains(w))
        || words
            .windows(2)
            .any(|p| matches!(p, ["warning" | "early", "signs"] | ["role", "play"]));
    if teaching {
        return Vec::new();
    }
    let mut taken = vec![false; toks.len()];
    let mut hits = Vec::new();
    let candidates: Vec<usize> = match prefilter() {
        Some(set) => set.matches(&norm).into_iter().collect(),
        None => (0..compiled().len()).collect(),
    };
    for c in candidates.into_iter().filter_map(|i| compiled().get(i)) {
        if (!c.pat.unless.is_empty() && need_met(c.pat.unless, &words, &norm))
            || (!c.pat.need_any.is_empty()
                && !need_met(c.pat.need_any, &words, &norm)
                && !prev_met(c.pat.need_any))
        {
            continue;
        }
        for m in c.re.find_iter(&norm) {
            let Some(s) = offs.iter().position(|o| o.0 == m.start()) else {
                continue;
            };
            let Some(e) = offs.iter().position(|o| o.1 >= m.end()).map(|e| e + 1) else {
                continue;
            };
            if e <= s || taken[s..e].iter().any(|t| *t) {
                continue;
            }
            let before = norm[..m.start()].trim_end();
            let after = norm[m.end()..].trim_start();
            if c.not_before.as_ref().is_some_and(|r| r.is_match(before))
                || c.not_after.as_ref().is_some_and(|r| r.is_match(after))
            {
                continue;
            }
            if toks[s..e]
                .iter()
                .enumerate()
                .any(|(i, t)| t.capital && s + i > 0 && NAMES.contains(&t.norm.as_str()))
                || super::findings::place_name(toks, s, e)
            {
                continue;
            }
            if !actors::owner_matches(toks, s, e, c.pat.owner) {
                continue;
            }
            taken[s..e].iter_mut().for_each(|t| *t = true);
            let f = &FIELDS[c.field];
            hits.push(FieldHit {
                kind: f.kind,
                concept: f.concept,
                start: s,
                end: e,
            });
        }
    }
    hits.sort_by_key(|h| h.start);
    hits
}

#[cfg(test)]
#[path = "tests_fields.rs"]
mod tests;
