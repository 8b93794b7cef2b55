//! The languages the program speaks. Adding one (Norwegian, Finnish) is a folder of `.ftl`
//! files under `data/i18n/<code>/` and one line in `languages!` below: see `docs/i18n.md`.

use super::number::NumberStyle;

/// The files of one language's catalogue, embedded in the binary. Each language has the same
/// files; a test checks that they hold the same messages with the same variables.
macro_rules! catalogue_files {
    ($code:literal) => {
        [
            catalogue_file!($code, "common.ftl"),
            catalogue_file!($code, "vocab.ftl"),
            catalogue_file!($code, "fields.ftl"),
            catalogue_file!($code, "cli.ftl"),
            catalogue_file!($code, "report.ftl"),
            catalogue_file!($code, "report-minutes.ftl"),
            catalogue_file!($code, "errors.ftl"),
            catalogue_file!($code, "report-sheets.ftl"),
            catalogue_file!($code, "tui-records.ftl"),
            catalogue_file!($code, "tui-forms.ftl"),
            catalogue_file!($code, "tui-meeting.ftl"),
            catalogue_file!($code, "pii.ftl"),
            catalogue_file!($code, "analysis.ftl"),
            catalogue_file!($code, "report-week.ftl"),
            catalogue_file!($code, "tui-analysis.ftl"),
            catalogue_file!($code, "tui-exchange.ftl"),
            catalogue_file!($code, "tui-form-gaps.ftl"),
            catalogue_file!($code, "cli-records.ftl"),
            catalogue_file!($code, "tui-meeting-week.ftl"),
            catalogue_file!($code, "sheets.ftl"),
            catalogue_file!($code, "tui-loading.ftl"),
            catalogue_file!($code, "report-intern-name.ftl"),
            catalogue_file!($code, "register-series.ftl"),
            catalogue_file!($code, "analysis2.ftl"),
            catalogue_file!($code, "analysis3.ftl"),
            catalogue_file!($code, "sheets-in.ftl"),
            catalogue_file!($code, "pii2.ftl"),
            catalogue_file!($code, "errors-exchange.ftl"),
            catalogue_file!($code, "tui-shell.ftl"),
            catalogue_file!($code, "errors-store.ftl"),
            catalogue_file!($code, "errors-files.ftl"),
            catalogue_file!($code, "tui-shell2.ftl"),
            catalogue_file!($code, "tui-screens2.ftl"),
            catalogue_file!($code, "errors-config.ftl"),
            catalogue_file!($code, "errors-polisen.ftl"),
            catalogue_file!($code, "errors-report.ftl"),
            catalogue_file!($code, "errors-seed.ftl"),
            catalogue_file!($code, "domain.ftl"),
            catalogue_file!($code, "errors-store-ops.ftl"),
            catalogue_file!($code, "check.ftl"),
            catalogue_file!($code, "cli-messages.ftl"),
            catalogue_file!($code, "services.ftl"),
            catalogue_file!($code, "sheets-tui.ftl"),
            catalogue_file!($code, "tui-house.ftl"),
        ]
    };
}

macro_rules! catalogue_file {
    ($code:literal, $file:literal) => {
        (
            $file,
            include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/data/i18n/",
                $code,
                "/",
                $file
            )),
        )
    };
}

macro_rules! languages {
    ($($(#[$meta:meta])* $variant:ident = $code:literal, $name:literal, $numbers:expr;)+) => {
        /// The language the UI and reports speak.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        pub enum Lang {
            $($(#[$meta])* #[serde(rename = $code)] $variant,)+
        }

        impl Lang {
            /// Every language, the default (Swedish) first.
            pub const ALL: &'static [Lang] = &[$(Lang::$variant),+];

            /// The language tag (BCP 47), also the name of its folder under `data/i18n/`.
            pub fn code(self) -> &'static str {
                match self { $(Lang::$variant => $code),+ }
            }

            /// The language's own name for itself ("svenska", "English").
            pub fn native_name(self) -> &'static str {
                match self { $(Lang::$variant => $name),+ }
            }

            /// How numbers are written: digit grouping and the decimal sign.
            pub fn numbers(self) -> NumberStyle {
                match self { $(Lang::$variant => $numbers),+ }
            }

            /// The catalogue's files as (file name, text).
            pub(crate) fn sources(self) -> &'static [(&'static str, &'static str)] {
                match self { $(Lang::$variant => &catalogue_files!($code)),+ }
            }
        }
    };
}

languages! {
    #[doc = "Swedish, the default."]
    Sv = "sv", "svenska", NumberStyle::SPACE_AND_COMMA;
    En = "en", "English", NumberStyle::COMMA_AND_POINT;
}

impl Default for Lang {
    fn default() -> Self {
        Lang::ALL[0]
    }
}

impl Lang {
    /// A language from its code or its name, any case ("sv", "svenska", "en", "English").
    pub fn from_name(s: &str) -> Option<Lang> {
        let s = s.trim();
        Lang::ALL.iter().copied().find(|l| {
            l.code().eq_ignore_ascii_case(s) || l.native_name().to_lowercase() == s.to_lowercase()
        })
    }
}
