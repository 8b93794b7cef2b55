//! An observation read from a partner's template says so wherever it is shown: "mall från
//! <organisation>", the organisation being the one that reported it (its current name).

use crate::domain::{Lang, ObservationSource};
use crate::i18n::t;

/// "mall från Sjöviks kommun" for an observation from a template; `None` for other sources,
/// which lists show as they always have.
pub fn template_source(
    source: ObservationSource,
    organisation: &str,
    lang: Lang,
) -> Option<String> {
    (source == ObservationSource::Mall).then(|| {
        t!(
            lang,
            "sheet-source-template-from",
            organisation = organisation
        )
    })
}
