//! Creating a record from its fields as JSON: the generic path of the record command line,
//! which knows a record only through the entity registry. The op is judged like every other.

use serde_json::Value;

use super::Writer;
use super::error::{Result, StoreError};
use crate::domain::{Classification, EntityKind, Id, OpKind};

impl Writer<'_> {
    /// Creates a `kind` record with these fields (every field of the kind, by name) in one op.
    pub fn create_json(
        &mut self,
        kind: EntityKind,
        classification: Classification,
        fields: serde_json::Map<String, Value>,
    ) -> Result<Id> {
        if fields.contains_key("id") || fields.contains_key("classification") {
            return Err(StoreError::Said(crate::i18n::said!(
                "error-store-create-own-id"
            )));
        }
        let id = Id::new();
        self.emit(
            kind,
            id,
            OpKind::Create,
            None,
            Some(Value::Object(fields)),
            classification,
            None,
        )?;
        Ok(id)
    }
}
