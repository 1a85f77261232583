-- Counts for cohorts that existed before the counters did; afterwards the services keep them.
UPDATE cohorts SET
  enrolled_count = (SELECT count(*) FROM enrollments e WHERE e.cohort_id = cohorts.id AND e.deleted_at IS NULL),
  passed_count = (SELECT count(*) FROM enrollments e WHERE e.cohort_id = cohorts.id AND e.deleted_at IS NULL AND e.result = 'pass');
