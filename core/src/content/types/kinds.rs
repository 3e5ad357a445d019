//! The kinds the files name by a fixed key (confidence, views, entities, labels, statuses, relations, units...).

use super::*;

kinds! {
    /// How solid a claim is. The article rests much on self-reported information; this says which kind each is.
    pub enum Confidence {
        /// A number the article reports (often from the company or press reports).
        ReportedFigure = "reported-figure",
        /// A fact the article reports.
        ReportedFact = "reported-fact",
        /// A single story or internal account.
        Anecdote = "anecdote",
        /// What the company says of itself: its stated goals, programmes, culture and what its executives say. The
        /// article warns that much of the story rests on such accounts.
        CompanyAccount = "company-account",
        /// The article's own reading or judgement.
        Analysis = "analysis",
        /// An assumption of our illustrative model, not the article's.
        ModelAssumption = "model-assumption",
    }

    /// The views the app knows how to draw; a step names one. Adding a view here makes the app's `match` on it
    /// fail to compile until the view exists, so no step can point at a view that is not drawn.
    pub enum ViewKind {
        /// The AI divisions, whom they report to, and the compute they share.
        OrgMap = "org-map",
        /// The step's key figures, then its people, units, companies and instruments, grouped by kind.
        Briefing = "briefing",
        /// Where the reader's scenario leads: the ending, every outcome and the biggest levers.
        Dashboard = "dashboard",
        /// The objectives set at the top, the divisions that carry them and the people who lead them.
        Objectives = "objectives",
        /// How new the AI workforce is, and where the senior hires came from.
        Talent = "talent",
        /// Tech giants and start-ups competing for the same people, and the state's instruments.
        Rivals = "rivals",
        /// The chip supply routes, their status under the chosen chip access, and the compute they add up to.
        Chips = "chips",
        /// How one assumption ripples out to the outcomes it moves.
        Ripple = "ripple",
        /// The yearly AI budget against the article's figure.
        Spending = "spending",
        /// Every assumption linked to every outcome it moves, lit where it acts now.
        Influence = "influence",
    }

    /// What an entity is.
    pub enum EntityKind {
        Objective = "objective",
        Person = "person",
        Division = "division",
        Company = "company",
        StartUp = "start-up",
        Lab = "lab",
        Programme = "programme",
        Product = "product",
        TalentPool = "talent-pool",
        StateInstrument = "state-instrument",
        ChipRoute = "chip-route",
    }

    /// A short label drawn inside a view (`labels` in `text/<lang>/views.json`); [`ViewKind::labels`] says which
    /// labels each view draws, and validation requires them.
    pub enum Label {
        /// Over the people the AI units report to.
        Top = "top",
        /// Over the shared compute pool.
        Pool = "pool",
        /// Beside the AI units: outside every business line.
        Outside = "outside",
        /// A value out of 100: "{value} / 100".
        Of100 = "of100",
        /// Over the rivals' embedded labs.
        Rivals = "rivals",
        /// Before where a hire came from.
        From = "from",
        /// Over the tech giants.
        Giants = "giants",
        /// Over the AI start-ups.
        Startups = "startups",
        /// Over the state's instruments.
        State = "state",
        /// The unit of the spending scale.
        Unit = "unit",
        /// A number on the spending scale in that unit, from the slider's value: "{value}" (billions), "{value_x10}" (亿).
        Tick = "tick",
        /// In the ripple's text alternative, instead of the list of changes when no outcome moves.
        Unchanged = "unchanged",
    }

    /// How available something is under an option (a chip supply route under a chip-access option).
    pub enum Status {
        Open = "open",
        Costly = "costly",
        Limited = "limited",
        Closed = "closed",
    }

    /// How one entity relates to another, in the order a briefing names them (`phrase::relations`): where an
    /// entity belongs first, then whom it answers to, what it leads, where it came from, and the rest.
    pub enum RelationKind {
        PartOf = "part-of",
        ReportsTo = "reports-to",
        Leads = "leads",
        CoLeads = "co-leads",
        CameFrom = "came-from",
        CompetesWith = "competes-with",
        DependsOn = "depends-on",
        CarriedBy = "carried-by",
        AcquiredBy = "acquired-by",
    }

    /// What a figure counts.
    pub enum Unit {
        Cny = "cny",
        Usd = "usd",
        Percent = "percent",
        People = "people",
        Count = "count",
        Year = "year",
    }

    /// What a proposition expects of the model (`content/model/propositions.json`).
    pub enum Expect {
        /// The change raises `outcome` (by more than `predict::SAME_WITHIN`).
        Up = "up",
        /// The change lowers `outcome` (by more than `predict::SAME_WITHIN`).
        Down = "down",
        /// The change does not raise `outcome` (at most `predict::SAME_WITHIN`).
        NotUp = "not-up",
        /// The change leaves the scenario short of `ending`.
        Misses = "misses",
        /// The change leads to `ending`.
        Reaches = "reaches",
        /// From the changed scenario, no single change leads to `ending`.
        NoSingleChange = "no-single-change",
    }

    /// How the article bounds a figure.
    pub enum Bound {
        Exactly = "exactly",
        About = "about",
        AtLeast = "at-least",
        MoreThan = "more-than",
    }
}

impl ViewKind {
    /// The labels this view draws; validation requires each in every language.
    pub fn labels(self) -> &'static [Label] {
        match self {
            ViewKind::OrgMap => &[Label::Top, Label::Pool, Label::Outside, Label::Of100, Label::Rivals],
            ViewKind::Talent => &[Label::From],
            ViewKind::Rivals => &[Label::Giants, Label::Startups, Label::State],
            ViewKind::Chips => &[Label::Pool],
            ViewKind::Spending => &[Label::Unit, Label::Tick],
            ViewKind::Ripple => &[Label::Unchanged],
            ViewKind::Briefing | ViewKind::Dashboard | ViewKind::Objectives | ViewKind::Influence => &[],
        }
    }
}
