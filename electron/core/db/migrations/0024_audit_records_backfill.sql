-- The record index for audit rows written before it existed; afterwards the router writes it with each row.
INSERT OR IGNORE INTO audit_log_records (record_id, audit_id)
  SELECT j.value, a.id FROM audit_log a, json_each(a.record_ids) j WHERE json_valid(a.record_ids) AND typeof(j.value) = 'text';
