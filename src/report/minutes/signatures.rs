//! The words that follow the document's title, the closing block with lines to sign and
//! date.

use super::model::Minutes;
use crate::domain::MeetingStatus;
use crate::i18n::t;
use crate::report::document::Document;
use crate::report::{MinutesTitle, Options};

/// "Sekreterare" in a protokoll, "Antecknare" in notes.
pub(super) fn writer_field(o: &Options) -> &'static str {
    match o.minutes_title {
        MinutesTitle::Protokoll => "minutes-field-secretary",
        _ => "minutes-field-note-taker",
    }
}

/// "Vid protokollet" in a protokoll, "Vid anteckningarna" in notes.
fn writer_signs(o: &Options) -> &'static str {
    match o.minutes_title {
        MinutesTitle::Protokoll => "minutes-signed-secretary",
        _ => "minutes-signed-note-taker",
    }
}

/// Who wrote the minutes and who checks them, each with a line to sign (and the checker's a
/// date, filled in once justerad), then the distribution list.
pub(super) fn signatures(m: &Minutes, o: &Options, doc: &mut Document) {
    let lang = o.lang;
    let mt = &m.meeting;
    let line = || t!(lang, "minutes-signature-line");
    let mut fields = vec![
        (t!(lang, writer_signs(o)), mt.note_taker.clone()),
        (t!(lang, "minutes-signature"), line()),
    ];
    if let Some(adjuster) = mt.adjuster.as_deref().filter(|a| !a.trim().is_empty()) {
        let date = match (mt.status, mt.approved_on) {
            (MeetingStatus::Justerat, Some(d)) => d.to_string(),
            _ => t!(lang, "minutes-signature-date-line"),
        };
        fields.extend([
            (t!(lang, "minutes-signed-adjuster"), adjuster.to_string()),
            (t!(lang, "minutes-signature"), line()),
            (t!(lang, "minutes-signature-date"), date),
        ]);
    }
    let distribution = m
        .picture
        .as_ref()
        .map(|p| p.distribution.clone())
        .unwrap_or_default();
    fields.push((t!(lang, "minutes-distribution"), distribution));
    doc.fields(fields);
}
