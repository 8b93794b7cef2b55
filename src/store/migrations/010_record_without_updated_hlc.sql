-- `record.updated_hlc` (the clock of a record's last change) and its index were written on
-- every change and never read: on an import of a year each set op rewrote the record's row
-- and moved its index entry. The last change of a record is its newest op in `op_log`
-- (index `op_log_entity`).

DROP INDEX record_entity;

ALTER TABLE record DROP COLUMN updated_hlc;
