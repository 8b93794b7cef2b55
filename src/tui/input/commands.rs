//! The commands a key can mean, typed: one enum per keymap section (mode). The keymap's names
//! are read into these at start, so a misspelt name is an error with a Swedish message, not a
//! key that silently does nothing; and every handler matches its mode's enum without a
//! catch-all, so the compiler proves each command is handled.

/// Declares a mode's command enum with its keymap names.
macro_rules! commands {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $text:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($variant),* }

        impl $name {
            pub const ALL: &[$name] = &[$($name::$variant),*];

            /// The name the keymap and the config file use.
            pub fn name(self) -> &'static str {
                match self { $($name::$variant => $text),* }
            }

            pub fn parse(s: &str) -> Option<$name> {
                match s { $($text => Some($name::$variant),)* _ => None }
            }
        }
    };
}

commands!(
    /// Everywhere outside forms and overlays.
    GlobalCmd {
        Quit = "quit",
        Help = "help",
        Search = "search",
        Undo = "undo",
        NextScreen = "next_screen",
        PrevScreen = "prev_screen",
        ScreenMeeting = "screen_meeting",
        ScreenObservations = "screen_observations",
        ScreenActions = "screen_actions",
        ScreenAgreement = "screen_agreement",
        ScreenPrevention = "screen_prevention",
        ScreenPlaces = "screen_places",
        ScreenExchange = "screen_exchange",
        ScreenRegister = "screen_register",
        ScreenAnalysis = "screen_analysis",
        History = "history",
    }
);

commands!(
    /// Moving in any list, and the filter.
    ListCmd {
        Down = "down",
        Up = "up",
        PageDown = "page_down",
        PageUp = "page_up",
        Top = "top",
        Bottom = "bottom",
        Filter = "filter",
    }
);

commands!(
    /// Möte.
    MeetingCmd {
        PrevStep = "prev_step",
        NextStep = "next_step",
        New = "new",
        Presence = "presence",
        FollowUp = "follow_up",
        Level = "level",
        Trend = "trend",
        Priority = "priority",
        HotSpot = "hot_spot",
        Open = "open",
        Export = "export",
        CloseMeeting = "close_meeting",
        Series = "series",
        Details = "details",
        Edit = "edit",
        Remove = "remove",
        MoveUp = "move_up",
        MoveDown = "move_down",
        CancelMeeting = "cancel_meeting",
        HeatWeeks = "heat_weeks",
        NextObservation = "next_observation",
        PrevObservation = "prev_observation",
    }
);

commands!(
    /// Lägesbild.
    ObservationsCmd {
        New = "new",
        Edit = "edit",
        ReviewQueue = "review_queue",
        MarkReviewed = "mark_reviewed",
        MarkDuplicate = "mark_duplicate",
        Escalated = "escalated",
        PersonalData = "personal_data",
        Deleted = "deleted",
        Purge = "purge",
        Overview = "overview",
        Clear = "clear",
        Police = "police",
        Promote = "promote",
        FetchPolice = "fetch_police",
        NewPlace = "new_place",
        Import = "import",
    }
);

commands!(
    /// Åtgärder.
    ActionsCmd {
        New = "new",
        FollowUp = "follow_up",
        StatusFilter = "status_filter",
        Overdue = "overdue",
        PersonalData = "personal_data",
        Chain = "chain",
        OwnerFilter = "owner_filter",
        Clear = "clear",
        Export = "export",
        Plan = "plan",
    }
);

commands!(
    /// Platssamverkan.
    PlacesCmd {
        ToAction = "to_action",
        NewInspection = "new_inspection",
    }
);

commands!(
    /// The records of Överenskommelse, Förebyggande and Platssamverkan: new where the cursor
    /// is, edit, delete or deactivate, status and follow-up, the detail at narrow widths.
    RecordsCmd {
        New = "new",
        Edit = "edit",
        Delete = "delete",
        FollowUp = "follow_up",
        Detail = "detail",
    }
);

commands!(
    /// Register: the municipality's organisations, areas, places and event types.
    RegisterCmd {
        NextSection = "next_section",
        PrevSection = "prev_section",
        New = "new",
        Edit = "edit",
        Delete = "delete",
        SetupStep = "setup_step",
        Import = "import",
    }
);

commands!(
    /// Utbyte.
    ExchangeCmd {
        Import = "import",
        Export = "export",
        Conflicts = "conflicts",
        KeepCurrent = "keep_current",
        TakeOther = "take_other",
        ShowAll = "show_all",
        Init = "init",
        Check = "check",
    }
);

commands!(
    /// Analys: the period, the filter, the map, the decision.
    AnalysisCmd {
        PrevPeriod = "prev_period",
        NextPeriod = "next_period",
        PeriodKind = "period_kind",
        Filter = "filter",
        ClearFilter = "clear",
        Map = "map",
        Decide = "decide",
    }
);

commands!(
    /// In an open form.
    FormCmd {
        Save = "save",
        Cancel = "cancel",
        NextField = "next_field",
        PrevField = "prev_field",
        ChoiceNext = "choice_next",
        ChoicePrev = "choice_prev",
        LineBreak = "line_break",
        OpenList = "open_list",
        ListToggle = "list_toggle",
        ListDown = "list_down",
        ListUp = "list_up",
        ListClose = "list_close",
    }
);

commands!(
    /// Typing a list's filter (the other keys edit the text).
    FilterCmd {
        Done = "done",
        Clear = "clear",
    }
);

commands!(
    /// In the search overlay (the other keys edit the query).
    SearchCmd {
        Open = "open",
        Down = "down",
        Up = "up",
        Close = "close",
    }
);

commands!(
    /// In the help overlay (the other keys edit its filter).
    HelpCmd {
        Down = "down",
        Up = "up",
        PageDown = "page_down",
        PageUp = "page_up",
        Top = "top",
        Bottom = "bottom",
        Close = "close",
    }
);

commands!(
    /// On an empty database, before anything else.
    OnboardingCmd {
        Demo = "demo",
        StartEmpty = "start_empty",
        Exchange = "exchange",
        Quit = "quit",
    }
);

commands!(
    /// While a job runs (the demo load, an export, a preview), outside forms and overlays.
    JobCmd {
        Cancel = "cancel",
    }
);

commands!(
    /// In a question that asks before something far-reaching.
    ConfirmCmd {
        Yes = "yes",
        No = "no",
    }
);

/// A keymap section. The order is the help overlay's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    Global,
    List,
    Meeting,
    Observations,
    Actions,
    Places,
    Records,
    Exchange,
    Register,
    Analysis,
    Form,
    Filter,
    Search,
    Help,
    Confirm,
    Onboarding,
    Job,
}

impl Mode {
    pub const ALL: [Mode; 17] = [
        Mode::Global,
        Mode::List,
        Mode::Meeting,
        Mode::Observations,
        Mode::Actions,
        Mode::Places,
        Mode::Records,
        Mode::Exchange,
        Mode::Register,
        Mode::Analysis,
        Mode::Form,
        Mode::Filter,
        Mode::Search,
        Mode::Help,
        Mode::Confirm,
        Mode::Onboarding,
        Mode::Job,
    ];

    /// The section's name in the keymap and the config file.
    pub fn name(self) -> &'static str {
        match self {
            Mode::Global => "global",
            Mode::List => "list",
            Mode::Meeting => "meeting",
            Mode::Observations => "observations",
            Mode::Actions => "actions",
            Mode::Places => "places",
            Mode::Records => "records",
            Mode::Exchange => "exchange",
            Mode::Register => "register",
            Mode::Analysis => "analysis",
            Mode::Form => "form",
            Mode::Filter => "filter",
            Mode::Search => "search",
            Mode::Help => "help",
            Mode::Confirm => "confirm",
            Mode::Onboarding => "onboarding",
            Mode::Job => "job",
        }
    }

    pub fn parse(s: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.name() == s)
    }

    /// The section's heading in the help overlay.
    pub fn title(self, lang: crate::domain::Lang) -> &'static str {
        let id = match self {
            Mode::Global => "tui-mode-global",
            Mode::List => "tui-mode-list",
            Mode::Meeting => "tui-tab-meeting",
            Mode::Observations => "tui-tab-situation",
            Mode::Actions => "tui-tab-actions",
            Mode::Places => "tui-tab-places",
            Mode::Records => "records-mode-title",
            Mode::Exchange => "tui-tab-exchange",
            Mode::Register => "tui-tab-register",
            Mode::Analysis => "tui-analysis-tab",
            Mode::Form => "tui-mode-form",
            Mode::Filter => "tui-mode-filter",
            Mode::Search => "tui-mode-search",
            Mode::Help => "tui-mode-help",
            Mode::Confirm => "tui-mode-confirm",
            Mode::Onboarding => "tui-mode-onboarding",
            Mode::Job => "tui-mode-job",
        };
        crate::tui::widgets::words::word(lang, id)
    }

    /// Every command of the section.
    pub fn commands(self) -> Vec<Command> {
        fn all<T: Copy + Into<Command>>(v: &[T]) -> Vec<Command> {
            v.iter().map(|c| (*c).into()).collect()
        }
        match self {
            Mode::Global => all(GlobalCmd::ALL),
            Mode::List => all(ListCmd::ALL),
            Mode::Meeting => all(MeetingCmd::ALL),
            Mode::Observations => all(ObservationsCmd::ALL),
            Mode::Actions => all(ActionsCmd::ALL),
            Mode::Places => all(PlacesCmd::ALL),
            Mode::Records => all(RecordsCmd::ALL),
            Mode::Exchange => all(ExchangeCmd::ALL),
            Mode::Register => all(RegisterCmd::ALL),
            Mode::Analysis => all(AnalysisCmd::ALL),
            Mode::Form => all(FormCmd::ALL),
            Mode::Filter => all(FilterCmd::ALL),
            Mode::Search => all(SearchCmd::ALL),
            Mode::Help => all(HelpCmd::ALL),
            Mode::Confirm => all(ConfirmCmd::ALL),
            Mode::Onboarding => all(OnboardingCmd::ALL),
            Mode::Job => all(JobCmd::ALL),
        }
    }
}

/// A command of some mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Command {
    Global(GlobalCmd),
    List(ListCmd),
    Meeting(MeetingCmd),
    Observations(ObservationsCmd),
    Actions(ActionsCmd),
    Places(PlacesCmd),
    Records(RecordsCmd),
    Exchange(ExchangeCmd),
    Register(RegisterCmd),
    Analysis(AnalysisCmd),
    Form(FormCmd),
    Filter(FilterCmd),
    Search(SearchCmd),
    Help(HelpCmd),
    Confirm(ConfirmCmd),
    Onboarding(OnboardingCmd),
    Job(JobCmd),
}

impl Command {
    /// Reads `mode.name` as the keymap writes it; `None` when the mode has no such command.
    pub fn parse(mode: Mode, name: &str) -> Option<Command> {
        Some(match mode {
            Mode::Global => Command::Global(GlobalCmd::parse(name)?),
            Mode::List => Command::List(ListCmd::parse(name)?),
            Mode::Meeting => Command::Meeting(MeetingCmd::parse(name)?),
            Mode::Observations => Command::Observations(ObservationsCmd::parse(name)?),
            Mode::Actions => Command::Actions(ActionsCmd::parse(name)?),
            Mode::Places => Command::Places(PlacesCmd::parse(name)?),
            Mode::Records => Command::Records(RecordsCmd::parse(name)?),
            Mode::Exchange => Command::Exchange(ExchangeCmd::parse(name)?),
            Mode::Register => Command::Register(RegisterCmd::parse(name)?),
            Mode::Analysis => Command::Analysis(AnalysisCmd::parse(name)?),
            Mode::Form => Command::Form(FormCmd::parse(name)?),
            Mode::Filter => Command::Filter(FilterCmd::parse(name)?),
            Mode::Search => Command::Search(SearchCmd::parse(name)?),
            Mode::Help => Command::Help(HelpCmd::parse(name)?),
            Mode::Confirm => Command::Confirm(ConfirmCmd::parse(name)?),
            Mode::Onboarding => Command::Onboarding(OnboardingCmd::parse(name)?),
            Mode::Job => Command::Job(JobCmd::parse(name)?),
        })
    }

    pub fn mode(self) -> Mode {
        match self {
            Command::Global(_) => Mode::Global,
            Command::List(_) => Mode::List,
            Command::Meeting(_) => Mode::Meeting,
            Command::Observations(_) => Mode::Observations,
            Command::Actions(_) => Mode::Actions,
            Command::Places(_) => Mode::Places,
            Command::Records(_) => Mode::Records,
            Command::Exchange(_) => Mode::Exchange,
            Command::Register(_) => Mode::Register,
            Command::Analysis(_) => Mode::Analysis,
            Command::Form(_) => Mode::Form,
            Command::Filter(_) => Mode::Filter,
            Command::Search(_) => Mode::Search,
            Command::Help(_) => Mode::Help,
            Command::Confirm(_) => Mode::Confirm,
            Command::Onboarding(_) => Mode::Onboarding,
            Command::Job(_) => Mode::Job,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Command::Global(c) => c.name(),
            Command::List(c) => c.name(),
            Command::Meeting(c) => c.name(),
            Command::Observations(c) => c.name(),
            Command::Actions(c) => c.name(),
            Command::Places(c) => c.name(),
            Command::Records(c) => c.name(),
            Command::Exchange(c) => c.name(),
            Command::Register(c) => c.name(),
            Command::Analysis(c) => c.name(),
            Command::Form(c) => c.name(),
            Command::Filter(c) => c.name(),
            Command::Search(c) => c.name(),
            Command::Help(c) => c.name(),
            Command::Confirm(c) => c.name(),
            Command::Onboarding(c) => c.name(),
            Command::Job(c) => c.name(),
        }
    }
}

/// `keymap.first_key(MeetingCmd::New)` and the like.
macro_rules! into_command {
    ($($t:ident => $v:ident),*) => {
        $(impl From<$t> for Command {
            fn from(c: $t) -> Command {
                Command::$v(c)
            }
        })*
    };
}

into_command!(
    GlobalCmd => Global,
    ListCmd => List,
    MeetingCmd => Meeting,
    ObservationsCmd => Observations,
    ActionsCmd => Actions,
    PlacesCmd => Places,
    RecordsCmd => Records,
    ExchangeCmd => Exchange,
    RegisterCmd => Register,
    AnalysisCmd => Analysis,
    FormCmd => Form,
    FilterCmd => Filter,
    SearchCmd => Search,
    HelpCmd => Help,
    ConfirmCmd => Confirm,
    OnboardingCmd => Onboarding,
    JobCmd => Job
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_reads_back_into_its_command() {
        for mode in Mode::ALL {
            assert_eq!(Mode::parse(mode.name()), Some(mode));
            for c in mode.commands() {
                assert_eq!(c.mode(), mode);
                assert_eq!(Command::parse(mode, c.name()), Some(c), "{}", c.name());
            }
        }
        assert_eq!(Command::parse(Mode::Meeting, "review_queue"), None);
    }
}
